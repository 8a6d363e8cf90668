/**
 * Density bars from the server: counts per time bucket for the window on screen, from
 * /api/buckets with the page's filters. The page loads at most a few thousand events;
 * when the store holds more, counting the loaded ones would draw a fraction of the
 * truth, so the bars come from the store's own counts instead.
 */
import { api } from '../lib/client/api';
import { apiParams, type ViewState } from '../lib/client/urlstate';
import { bucketBounds, type BucketUnit, type DensityBar, type LaneBy, type LaneCounts } from '../lib/viz/timeline';
import type { Bucket } from '../lib/server/store/types';

const FILTER: Record<Exclude<LaneBy, 'type'>, string> = { actor: 'actor', place: 'place', source: 'source' };
const UNCOUNTABLE = new Set(['other', 'no actor', 'unknown place', 'unknown outlet', '']);

export function serverCounts(view: () => ViewState): LaneCounts {
	return async ({ unit, from, to, lanes, laneBy }) => {
		const s = view();
		// the window on screen, within the filters' own dates
		const lo = Math.max(from, s.from ? Date.parse(s.from) : -Infinity);
		const hi = Math.min(to, s.to ? Date.parse(s.to) : Infinity);
		const params = (extra?: [string, string]) => {
			const p = apiParams(s, { from: new Date(lo).toISOString(), to: new Date(hi).toISOString() });
			p.set('unit', unit);
			if (extra) p.append(...extra);
			return p;
		};
		const out = new Map<string, DensityBar[]>();
		if (!(hi > lo)) return out;
		if (laneBy === 'type') {
			// one request: the buckets carry their counts per type
			const list = unwrap(await api.buckets(params()));
			const kept = new Set(lanes);
			for (const lane of lanes) out.set(lane, []);
			for (const b of list) {
				const per = new Map<string, number>();
				for (const [type, n] of Object.entries(b.byType ?? {})) {
					const lane = kept.has(type) ? type : 'other';
					if (out.has(lane)) per.set(lane, (per.get(lane) ?? 0) + n);
				}
				for (const [lane, count] of per) if (count > 0) out.get(lane)!.push(bar(lane, b.start, unit, count));
			}
			return out;
		}
		await Promise.all(
			lanes
				.filter((l) => !UNCOUNTABLE.has(l))
				.map(async (lane) => {
					const list = unwrap(await api.buckets(params([FILTER[laneBy], lane])));
					out.set(lane, list.filter((b) => b.count > 0).map((b) => bar(lane, b.start, unit, b.count)));
				})
		);
		return out;
	};
}

function unwrap(r: Bucket[] | { buckets: Bucket[] }): Bucket[] {
	return Array.isArray(r) ? r : r.buckets;
}

function bar(lane: string, start: string, unit: BucketUnit, count: number): DensityBar {
	const [s, e] = bucketBounds(Date.parse(start), unit);
	return { lane, start: s, end: e, count };
}
