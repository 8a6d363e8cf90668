import { describe, expect, it } from 'vitest';
import { parseIsoInstant } from './dates';

describe('parseIsoInstant', () => {
	it.each([
		['2021-02-26', '2021-02-26T00:00:00.000Z'],
		['2021-02-26T14:30', '2021-02-26T14:30:00.000Z'],
		['2021-02-26T14:30:05Z', '2021-02-26T14:30:05.000Z'],
		['2021-02-26T01:00:00+03:00', '2021-02-25T22:00:00.000Z'],
		['2021-02-26T01:00:00-0500', '2021-02-26T06:00:00.000Z'],
		['2020-02-29', '2020-02-29T00:00:00.000Z']
	])('%s → %s', (input, expected) => {
		expect(parseIsoInstant(input)).toBe(expected);
	});

	it.each(['', 'yesterday', '2021-02-30', '2021-13-01', '2019-02-29', '2021-02-26T25:00', '26/02/2021', '2021-2-6'])(
		'rejects %j',
		(input) => {
			expect(parseIsoInstant(input)).toBeNull();
		}
	);
});
