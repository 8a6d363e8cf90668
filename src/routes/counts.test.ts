import { afterEach, describe, expect, it, vi } from 'vitest';
import { serverCounts } from './counts';
import { parseState } from '../lib/client/urlstate';

/** A stand-in for /api/buckets that records what it was asked and answers from a table. */
function fakeApi(answer: (p: URLSearchParams) => unknown) {
	const asked: URLSearchParams[] = [];
	vi.stubGlobal('fetch', async (path: string) => {
		const p = new URL(path, 'http://x').searchParams;
		asked.push(p);
		return new Response(JSON.stringify(answer(p)), { status: 200, headers: { 'content-type': 'application/json' } });
	});
	return asked;
}
afterEach(() => vi.unstubAllGlobals());

const FEB = Date.UTC(2021, 1, 1);
const MAR = Date.UTC(2021, 2, 1);
const APR = Date.UTC(2021, 3, 1);

describe('serverCounts', () => {
	it('splits the buckets into type lanes with one request, folding types without a lane into "other"', async () => {
		const asked = fakeApi(() => ({
			unit: 'month',
			buckets: [
				{ start: '2021-02-01T00:00:00.000Z', count: 9, byType: { airstrike: 5, protest: 3, arrest: 1 } },
				{ start: '2021-03-01T00:00:00.000Z', count: 2, byType: { protest: 2 } }
			]
		}));
		const counts = serverCounts(() => parseState(new URLSearchParams('q=rocket')));
		const bars = await counts({ unit: 'month', from: FEB, to: APR, lanes: ['airstrike', 'protest', 'other'], laneBy: 'type' });
		expect(asked).toHaveLength(1);
		expect(asked[0].get('unit')).toBe('month');
		expect(asked[0].get('q')).toBe('rocket');
		expect(Date.parse(asked[0].get('from')!)).toBe(FEB);
		expect(bars.get('airstrike')).toEqual([{ lane: 'airstrike', start: FEB, end: MAR, count: 5 }]);
		expect(bars.get('protest')!.map((b) => b.count)).toEqual([3, 2]);
		expect(bars.get('other')).toEqual([{ lane: 'other', start: FEB, end: MAR, count: 1 }]);
	});

	it('asks once per outlet lane with that outlet as a filter, and leaves lanes it cannot count to the page', async () => {
		const asked = fakeApi((p) => ({ buckets: [{ start: '2021-02-01T00:00:00.000Z', count: p.get('source') === 'Wire A' ? 4 : 1 }] }));
		const counts = serverCounts(() => parseState(new URLSearchParams()));
		const bars = await counts({ unit: 'month', from: FEB, to: APR, lanes: ['Wire A', 'Daily B', 'unknown outlet'], laneBy: 'source' });
		expect(asked.map((p) => p.get('source')).sort()).toEqual(['Daily B', 'Wire A']);
		expect(bars.get('Wire A')![0].count).toBe(4);
		expect(bars.get('Daily B')![0].count).toBe(1);
		expect(bars.has('unknown outlet')).toBe(false);
	});

	it('keeps to the dates the filters allow', async () => {
		const asked = fakeApi(() => ({ buckets: [] }));
		const counts = serverCounts(() => parseState(new URLSearchParams('from=2021-03-01')));
		await counts({ unit: 'day', from: FEB, to: APR, lanes: ['airstrike'], laneBy: 'type' });
		expect(Date.parse(asked[0].get('from')!)).toBe(MAR);
		expect(Date.parse(asked[0].get('to')!)).toBe(APR);
		const none = await counts({ unit: 'day', from: FEB, to: Date.UTC(2021, 1, 20), lanes: ['airstrike'], laneBy: 'type' });
		expect(asked).toHaveLength(1);
		expect(none.size).toBe(0);
	});
});
