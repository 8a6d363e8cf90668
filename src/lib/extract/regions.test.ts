import { describe, expect, it } from 'vitest';
import type { Place } from '../core/types';
import { cityCountries } from './geo';
import { agreedCountry, reconcilePlaces, regionCountries, regionKey } from './regions';

describe('regions', () => {
	it('folds accents, hyphens, apostrophes and a trailing "state"', () => {
		expect(regionKey('Bío-Bío')).toBe(regionKey('Biobio'));
		expect(regionKey("Dar'a")).toBe('dara');
		expect(regionKey('Merida state')).toBe('merida');
	});
	it('knows first-level regions and their countries', () => {
		expect([...regionCountries('La Libertad')]).toContain('PE');
		expect([...regionCountries('Eastern Cape')]).toEqual(['ZA']);
		expect([...regionCountries('Coahuila')]).toEqual(['MX']);
		expect(regionCountries('Springfield').size).toBe(0);
	});
});

describe('agreedCountry', () => {
	const towns = (n: string) => cityCountries(n);
	it('a region beside a town decides between homonyms', () => {
		expect(agreedCountry(['Trujillo', 'La Libertad'], towns)).toBe('PE');
		expect(agreedCountry(['Lagunillas', 'Merida'], towns)).toBe('VE');
		// both are a region and a town in their countries: no decision
		expect(agreedCountry(['Leon', 'Guanajuato'], towns)).toBeUndefined();
		expect(agreedCountry(['New Brighton', 'Eastern Cape'], towns)).toBe('ZA');
	});
	it('a lone town is not enough, nor a tie', () => {
		expect(agreedCountry(['Los Angeles'], towns)).toBeUndefined();
		expect(agreedCountry([], towns)).toBeUndefined();
	});
});

describe('reconcilePlaces', () => {
	it('moves a homonym abroad into the agreed country and leaves big cities alone', () => {
		const places: Place[] = [
			{ id: 'p1', name: 'Trujillo', mentions: [], country: 'Honduras', precision: 'city', lat: 15.9, lon: -86 },
			{ id: 'p2', name: 'Nowhere Village', mentions: [], country: 'Honduras', precision: 'unknown' },
			{ id: 'p3', name: 'Syria', mentions: [], country: 'Syria', precision: 'country' }
		];
		reconcilePlaces(places, 'PE');
		expect(places[0].country).toBe('Peru');
		expect(places[0].lat).toBeLessThan(-5);
		expect(places[1].country).toBe('Peru');
		expect(places[2].country).toBe('Syria');
	});
});
