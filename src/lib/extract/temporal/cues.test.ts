import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cueScanner } from './cues';

describe('cue scanner', () => {
	const scanner = cueScanner(['year', 'new year', 'day', ' term', "o'clock", 'ago']);

	/** Every occurrence as [word, end], from one scan of the whole text. */
	const all = (text: string) => {
		const out: Array<[number, number]> = [];
		scanner.scan(text, 0, text.length, (w, end) => out.push([w, end]));
		return out;
	};

	it('finds words as substrings, across case and line breaks', () => {
		// "new year" and the "year" inside it end together; the curly apostrophe is outside the alphabet.
		expect(all('Years ago, on New\nYear’s Day')).toEqual([
			[0, 4],
			[5, 9],
			[1, 22],
			[0, 22],
			[2, 28]
		]);
	});

	it('any(): a word ending inside the range, even one that starts before it', () => {
		const text = 'the new year began';
		expect(scanner.any(text, 8, 12)).toBe(true);
		expect(scanner.any(text, 10, 12)).toBe(true);
		expect(scanner.any(text, 12, text.length)).toBe(false);
		expect(scanner.any(text, 0, 11)).toBe(false);
	});

	it('any() agrees with a whole-text scan on every range', () => {
		const piece = fc.constantFrom('year', 'new', ' ', 'ye', 'ar', 'day', 'da', "o'", 'clock', 'term', ' te', 'ago', 'a', 'Y', '\n', '.', '9', 'é');
		fc.assert(
			fc.property(fc.array(piece, { maxLength: 20 }).map((p) => p.join('')), fc.nat(), fc.nat(), (text, a, b) => {
				const from = a % (text.length + 1);
				const to = from + (b % (text.length - from + 1));
				const expected = all(text.slice(0, to)).some(([, end]) => end - 1 >= from);
				expect(scanner.any(text, from, to)).toBe(expected);
			}),
			{ numRuns: 3000 }
		);
	});
});
