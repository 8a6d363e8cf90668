import { describe, expect, it } from 'vitest';
import { demonymOf } from '../extract/countries';
import { DIRECTIONS } from '../extract/lexicon';
import { parseNumber } from '../extract/numbers';
import { parseCount, parseMonth } from '../extract/temporal/lexicon';
import { familyOf, typeKey } from '../graph/families';
import { kindOfPath } from '../server/ingest/sources';
import { kindColour } from '../viz/palette';
import { lookupTable } from './lookup';

const INHERITED = ['constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', 'propertyIsEnumerable', 'toLocaleString'];

describe('lookup tables keyed by outside text', () => {
	it('answer only the keys written into them', () => {
		const t = lookupTable({ strike: 'strike', a: 1 as unknown as string });
		expect(t.strike).toBe('strike');
		for (const k of INHERITED) {
			expect(t[k], k).toBeUndefined();
			expect(k in t, k).toBe(false);
		}
		expect(Object.isFrozen(t)).toBe(true);
	});

	it('give inherited names no meaning in the lookups built on them', () => {
		for (const k of INHERITED) {
			expect(familyOf(k), k).toBe(typeKey(k));
			expect(familyOf(`violence.${k}`), k).toBe('violence');
			expect(kindColour(k), k).toBe(kindColour('no such kind'));
			expect(parseCount(k), k).toBeNull();
			expect(parseCount(`${k}-${k}`), k).toBeNull();
			expect(parseMonth(k), k).toBeUndefined();
			expect(parseNumber(k), k).toBeUndefined();
			expect(demonymOf(k), k).toBeUndefined();
			expect(kindOfPath(`feed.${k}`), k).toBeNull();
			expect(DIRECTIONS[k], k).toBeUndefined();
		}
		// the tables still answer what they hold
		expect(familyOf('Airstrike')).toBe('strike');
		expect(parseCount('twenty-five')).toBe(25);
		expect(parseMonth('Sept.')).toBe(9);
		expect(demonymOf('fr')).toBeTruthy();
		expect(DIRECTIONS['north-eastern']).toBe('northeast');
	});
});
