import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { geoBounds, geoCentroid } from 'd3';
import { feature } from 'topojson-client';
import { countryPoint, findCitySpelledLike, geonamesRegions, regionPoint } from './geo';
import { countryByCode, numericCode } from './countries';

const require = createRequire(import.meta.url);

describe('country shapes', () => {
	it('each country, worked out on first use, has the centroid and bounds of the whole collection', () => {
		// eslint-disable-next-line @typescript-eslint/no-explicit-any
		const topo = require('world-atlas/countries-50m.json') as any;
		// eslint-disable-next-line @typescript-eslint/no-explicit-any
		const all = new Map<string, any>();
		// eslint-disable-next-line @typescript-eslint/no-explicit-any
		for (const f of (feature(topo, topo.objects.countries) as any).features) if (f.id != null) all.set(String(f.id).padStart(3, '0'), f);
		let checked = 0;
		for (let a = 65; a <= 90; a++)
			for (let b = 65; b <= 90; b++) {
				const code = String.fromCharCode(a, b);
				if (!countryByCode(code)) continue;
				const f = all.get(numericCode(code) ?? '');
				if (!f) {
					expect(countryPoint(code)).toBeUndefined();
					continue;
				}
				const [lon, lat] = geoCentroid(f);
				expect(countryPoint(code)).toEqual({ lat, lon });
				const [[w, south], [e, north]] = geoBounds(f);
				if (w <= e) expect(regionPoint(code, 'north')?.lat).toBe(south + 0.75 * (north - south));
				checked++;
			}
		expect(checked).toBeGreaterThan(200);
	}, 60_000);
});

describe('towns spelled otherwise than the gazetteer (session 12)', () => {
	const found = (name: string, countries: string[]) => {
		const c = findCitySpelledLike(name, countries);
		return c ? `${c.name}, ${c.country}` : null;
	};
	it('a transliteration of a smaller town of the article\'s own country: only the vowels differ', () => {
		expect(found('Jenin', ['PS'])).toBe('Janīn, PS');
		expect(found('Avdiivka', ['UA'])).toBe('Avdiyivka, UA');
	});
	it('a Somali town written in English for the Somali orthography: c and x, doubled vowels and consonants', () => {
		expect(found('Bulo Burde', ['SO'])).toBe('Buulobarde, SO');
		expect(found('Galkayo', ['SO'])).toBe('Gaalkacyo, SO');
		expect(found('Hudur', ['SO'])).toBe('Xuddur, SO');
		expect(found('Dhusamareb', ['SO'])).toBe('Dhuusamarreeb, SO');
		// Not across a consonant the orthography does not explain, nor in another country.
		expect(found('Bulo Burte', ['SO'])).toBeNull();
		expect(found('Galkayo', ['KE'])).toBeNull();
	});
	it('an Arabic name whose short vowels English writes otherwise, when the name is long: "Deir Hafer" is Dayr Hafir', () => {
		expect(found('Deir Hafer', ['SY'])).toBe('Dayr Ḩāfir, SY');
		// Short names meet other towns by their consonants alone: none.
		expect(found('Mayadin', ['SA'])).toBeNull();
		expect(found('Quriyeh', ['SY'])).toBeNull();
	});
	it('no namesake by spelling: another consonant, a Latin-script country, a town of that name elsewhere, another country', () => {
		expect(found('Tondo', ['PH'])).toBeNull();
		expect(found('Frankfurt', ['US'])).toBeNull();
		expect(found('Jenin', ['IL'])).toBeNull();
	});
});

describe('first-level regions by the codes the city gazetteer uses (session 13)', () => {
	const codes = (name: string) => geonamesRegions(name).map((r) => `${r.country}.${r.code}`);
	it('names a region by its GeoNames admin1 code, whatever generic word or spelling the text uses', () => {
		expect(codes('Chihuahua')).toEqual(['MX.06']);
		expect(codes('Kaduna State')).toEqual(codes('Kaduna'));
		expect(codes('Kaduna')).toHaveLength(1);
		expect(codes('Idleb')).toEqual(codes('Idlib'));
		expect(codes('Al-Hasakeh')[0]).toMatch(/^SY\./);
		expect(codes('Lower Shabelle')[0]).toMatch(/^SO\./);
	});
	it('reads no region into an ordinary word or a short name spelled differently', () => {
		expect(codes('Shelling')).toEqual([]);
		expect(codes('Lora')).toEqual([]);
	});
});
