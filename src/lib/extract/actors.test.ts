import { describe, expect, it } from 'vitest';
import { extract } from './index';
import { InputError } from '../core/types';
import { norm, normOf } from './actors';

const run = (text: string) => extract({ text, published: '2021-02-26' });
const byName = (doc: ReturnType<typeof run>, name: string) => doc.actors.find((a) => a.name === name);

describe('actors', () => {
	it('binds acronyms in parentheses and reads spelling variants', () => {
		const doc = run("The strikes hit Kait'ib Hezbollah (KH) positions. KH said it would respond.");
		const kh = byName(doc, "Kata'ib Hezbollah");
		expect(kh?.aliases).toEqual(expect.arrayContaining(["Kait'ib Hezbollah", 'KH']));
		expect(kh?.mentions).toHaveLength(3);
	});
	it('keeps stated titles and resolves surnames back to the full name', () => {
		const doc = run('Pentagon Press Secretary John Kirby said the strikes were proportionate. Kirby added that more could follow.');
		const kirby = byName(doc, 'John Kirby');
		expect(kirby?.titles).toContain('Pentagon Press Secretary');
		expect(kirby?.aliases).toContain('Kirby');
		expect(byName(doc, 'Pentagon')).toBeDefined();
	});
	it('links "Iranian-backed" groups to Iran and demonyms to their state', () => {
		const doc = run('Iranian-backed militia groups fired rockets at American troops in Iraq.');
		const iran = byName(doc, 'Iran');
		expect(iran?.aliases).toContain('Iranian-backed');
		const militia = doc.actors.find((a) => a.kind === 'armed_group');
		expect(militia?.affiliations).toContainEqual({ actor: iran!.id, relation: 'backed_by' });
		expect(doc.actors.some((a) => a.country === 'United States')).toBe(true);
	});
	it('names unnamed groups by class and country', () => {
		const doc = run('On 9 May 2020, in Celaya, Mexico, unidentified gunmen killed two police officers.');
		expect(doc.actors.map((a) => a.name)).toEqual(expect.arrayContaining(['Unidentified armed group (Mexico)', 'Police forces of Mexico']));
	});
});

describe('places', () => {
	it('geocodes regional phrases inside the country', () => {
		const doc = run('U.S. forces struck targets in eastern Syria.');
		const p = doc.places.find((x) => x.name === 'eastern Syria');
		expect(p).toMatchObject({ country: 'Syria', precision: 'region' });
		expect(p!.lon!).toBeGreaterThan(39);
	});
	it('geocodes known towns', () => {
		const doc = run('A rocket hit near Baghdad airport.');
		expect(doc.places.find((x) => x.name === 'Baghdad')).toMatchObject({ country: 'Iraq', precision: 'city' });
	});
});

describe('extract input checks', () => {
	it('rejects empty text, binary text and bad dates', () => {
		expect(() => extract({ text: '  ', published: '2021-02-26' })).toThrow(InputError);
		expect(() => extract({ text: 'a\u0000b\u0001c', published: '2021-02-26' })).toThrow(InputError);
		expect(() => extract({ text: 'Troops clashed.', published: '2021-02-30' })).toThrow(InputError);
	});
	it('infers a missing publication date from the text, or refuses', () => {
		expect(() => extract({ text: 'Troops clashed with rebels on Monday.' })).toThrow(/no publication date/);
		const doc = extract({ text: 'BAGHDAD, March 3, 2021 - Rockets hit a base on Tuesday.' });
		if (doc.article.publishedInferred) expect(doc.article.published).toMatch(/^2021-03-03/);
	});
});

describe('actor name keys', () => {
	it('lower-cases, straightens apostrophes, tidies spaces and drops a leading "the"', () => {
		expect(norm('The Pentagon')).toBe('pentagon');
		expect(norm('Theodore Roosevelt')).toBe('theodore roosevelt');
		expect(norm('the  Kata\u2019ib   Hezbollah ')).toBe("kata'ib hezbollah");
		expect(norm('The')).toBe('the');
	});
	it('takes the plain-name shortcut only where it agrees with the general path', () => {
		// A seeded stream of strings over letters, "the", spaces, tabs, name punctuation and curly quotes.
		const alphabet = "Tthe ThE aAbZ.&'-0 \t\u2019`\u00c9";
		let x = 7;
		const next = () => (x = (x * 1103515245 + 12345) % 2147483648) / 2147483648;
		for (let k = 0; k < 20000; k++) {
			let s = '';
			const n = Math.floor(next() * 14);
			for (let i = 0; i < n; i++) s += alphabet[Math.floor(next() * alphabet.length)];
			expect(norm(s), JSON.stringify(s)).toBe(normOf(s));
		}
	});
});
