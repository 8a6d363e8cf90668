import { describe, expect, it } from 'vitest';
import { similarity, skeleton, skeletonOf } from './fuzzy';

describe('skeleton', () => {
	it('drops vowels, apostrophes and hyphens, and collapses doubled consonants', () => {
		expect(skeleton("Kait'ib")).toBe('ktb');
		expect(skeleton("Kata'ib")).toBe('ktb');
		expect(skeleton('Mississippi')).toBe('msp');
		expect(skeleton('Al-Qa\u2019ida')).toBe('lqd');
		expect(skeleton('Qāmishlī')).toBe(skeleton('Qamishli'));
		expect(skeleton('Hezbollah')).not.toBe(skeleton('Hamas'));
	});

	it('takes the ASCII shortcut only where it agrees with the general path', () => {
		// A seeded stream of ASCII strings, control characters and white space included.
		let x = 12345;
		const next = () => (x = (x * 1103515245 + 12345) % 2147483648) / 2147483648;
		for (let k = 0; k < 20000; k++) {
			let s = '';
			const n = Math.floor(next() * 12);
			for (let i = 0; i < n; i++) s += String.fromCharCode(Math.floor(next() * 128));
			expect(skeleton(s), JSON.stringify(s)).toBe(skeletonOf(s));
		}
		for (const s of ['Müller', 'ÉCOLE', 'aa\u2028b', 'Kait\u2019ib']) expect(skeleton(s)).toBe(skeletonOf(s));
	});
});

describe('similarity', () => {
	it('is one minus the normalised edit distance', () => {
		expect(similarity('kirby', 'kirby')).toBe(1);
		expect(similarity('kirby', 'kirbi')).toBeCloseTo(0.8);
		expect(similarity('', 'x')).toBe(0);
	});
});
