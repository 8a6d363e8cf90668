import { describe, expect, it } from 'vitest';
import { findCasualties } from './casualties';

describe('findCasualties', () => {
	const cases: Array<[string, { fatalities?: number; injuries?: number }]> = [
		['the attack killed a contractor and injured a u.s. service member.', { fatalities: 1, injuries: 1 }],
		['gunmen opened fire, killing 6 civilians.', { fatalities: 6 }],
		['at least a dozen people were killed.', { fatalities: 12 }],
		['three officers died. 3 fatalities.', { fatalities: 3 }],
		['trump ordered a strike that killed the quds force leader qasem soleimani.', { fatalities: 1 }],
		['the strike was believed to have killed up to a handful of people.', {}],
		['neither fatalities nor injuries were reported.', { fatalities: 0, injuries: 0 }],
		['two soldiers were wounded when a mine exploded.', { injuries: 2 }]
	];
	it.each(cases)('%s', (text, expected) => {
		expect(findCasualties(text)).toEqual(expected);
	});
});
