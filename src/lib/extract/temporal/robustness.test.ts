import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findTimexes, isTimemlValue, valueToInterval } from './index';

const DCT = '2021-02-26';

// Pieces that combine into text dense with (near-)time expressions.
const PIECES = [
	'Friday', 'last Tuesday', 'on Thursday night', 'two days later', 'a year earlier', 'the third quarter', 'in December 2019',
	'Feb. 25, 2021', '25 February', '9:15 a.m. EST', 'noon', 'since 1990', 'the 1990s', 'every day', 'daily', 'now',
	'the past week', 'three years', 'about six months', 'early next year', 'mid-March', 'last fall', 'the weekend',
	'Section 2019', '1990s-era', '$1,998', '6 1/4%', 'U.S.', 'Sen.', '(R-FL)', '"', ',', '.', ';', ' - ', '\n\n',
	'the', 'strike', 'killed', 'will', 'said', 'rebels', 'year', 'day', 'quarter', 'May', 'March', 'fall'
];

const textArb = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 8 })), { maxLength: 40 }).map((parts) => parts.join(' '));

describe('properties', () => {
	it('offsets always slice to the reported text, inside the input, in order, without overlap', () => {
		fc.assert(
			fc.property(textArb, (text) => {
				const found = findTimexes(text, DCT);
				let last = 0;
				for (const t of found) {
					expect(t.start).toBeGreaterThanOrEqual(last);
					expect(t.end).toBeGreaterThan(t.start);
					expect(t.end).toBeLessThanOrEqual(text.length);
					expect(text.slice(t.start, t.end)).toBe(t.text);
					expect(t.text).toBe(t.text.trim());
					last = t.end;
				}
			}),
			{ numRuns: 300 }
		);
	});

	it('values always follow the TimeML value grammar, intervals are ordered', () => {
		fc.assert(
			fc.property(textArb, fc.date({ min: new Date('1950-01-01'), max: new Date('2049-12-31'), noInvalidDate: true }), (text, day) => {
				for (const t of findTimexes(text, day.toISOString().slice(0, 10))) {
					expect(isTimemlValue(t.value), `${t.text} → ${t.value}`).toBe(true);
					if (t.interval) expect(Date.parse(t.interval.start)).toBeLessThan(Date.parse(t.interval.end));
				}
			}),
			{ numRuns: 300 }
		);
	});

	it('valueToInterval covers the value it is given', () => {
		expect(valueToInterval('2021-02-25')).toEqual({ interval: { start: '2021-02-25T00:00:00Z', end: '2021-02-26T00:00:00Z' }, granularity: 'day' });
		expect(valueToInterval('2021-W08')!.interval).toEqual({ start: '2021-02-22T00:00:00Z', end: '2021-03-01T00:00:00Z' });
		expect(valueToInterval('2021-Q1')!.interval).toEqual({ start: '2021-01-01T00:00:00Z', end: '2021-04-01T00:00:00Z' });
		expect(valueToInterval('2021-SU')!.granularity).toBe('season');
		expect(valueToInterval('202')!.interval).toEqual({ start: '2020-01-01T00:00:00Z', end: '2030-01-01T00:00:00Z' });
		expect(valueToInterval('2021-02-25TEV')!.interval).toEqual({ start: '2021-02-25T18:00:00Z', end: '2021-02-26T00:00:00Z' });
		expect(valueToInterval('2021-02-25T23:59')!.interval.end).toBe('2021-02-26T00:00:00Z');
		expect(valueToInterval('P3D')).toBeNull();
		expect(valueToInterval('PAST_REF')).toBeNull();
		expect(valueToInterval('XXXX-XX-XX')).toBeNull();
	});

	it('the value grammar rejects what is not TimeML', () => {
		for (const v of ['2021-02-25', '2021-02', '2021-W08', '2021-Q1', '2021-SU', '202', '2021-02-25TEV', 'P3D', 'PT2H', 'P1M', 'PAST_REF', 'XXXX-XX-XX', 'XXXX-WXX-7']) {
			expect(isTimemlValue(v), v).toBe(true);
		}
		for (const v of ['', 'P', 'PT', '2021-2-25', 'yesterday', '2021/02/25', 'T10:00', 'P3X']) expect(isTimemlValue(v), v).toBe(false);
	});
});

describe('pathological input returns in bounded time', () => {
	// chrono #382 / #399: long whitespace runs next to date-like words.
	const cases: [string, string][] = [
		['10,000 spaces', ' '.repeat(10_000)],
		['spaces around a date', `Friday${' '.repeat(10_000)}Aug. 7${' '.repeat(10_000)}1998`],
		['chrono #382 shape', `at 10${' '.repeat(5_000)}pm ${'\t'.repeat(5_000)}on 3`],
		['1 MB of digits', '7'.repeat(1_000_000)],
		['1 MB of dots', '.'.repeat(1_000_000)],
		['many short numbers', '12 '.repeat(200_000)],
		['a repeated date phrase', 'last Friday, two days later, '.repeat(20_000)]
	];
	it.each(cases)('%s', (_name, text) => {
		const t0 = performance.now();
		const found = findTimexes(text, DCT);
		const ms = performance.now() - t0;
		expect(Array.isArray(found)).toBe(true);
		// Generous bound for a shared CI machine; the point is "not exponential".
		expect(ms).toBeLessThan(20_000);
	});
});

describe('time zone independence', () => {
	it('gives the same answers whatever TZ the process runs in', () => {
		const text = 'On Thursday night, two days after the Feb. 22 strike, rebels said they attacked at 11:30 p.m. last Tuesday; a year earlier, in the third quarter, sales fell.';
		const saved = process.env.TZ;
		const runs: string[] = [];
		try {
			for (const tz of ['UTC', 'Pacific/Kiritimati', 'America/Los_Angeles', 'Asia/Kathmandu']) {
				process.env.TZ = tz;
				runs.push(JSON.stringify(findTimexes(text, '2021-02-26T23:30:00-08:00')));
			}
		} finally {
			if (saved === undefined) delete process.env.TZ;
			else process.env.TZ = saved;
		}
		expect(new Set(runs).size).toBe(1);
		expect(JSON.parse(runs[0]).length).toBeGreaterThan(3);
	});
});
