/** Seeded synthetic data at scale, for the browser benchmark and layout tests. */
import type { GraphSelection } from '../server/store/types';
import { lcg } from './random';
import type { TimelineEvent } from './timeline';

const TYPES = ['airstrike', 'armed_clash', 'protest', 'shelling', 'arrest', 'statement', 'rocket_attack', 'drone_strike', 'sanctions', 'negotiation'];
const NO_ROLES: TimelineEvent['roles'] = [];

/** n events between 1995 and 2025, clustered in bursts the way news is; one in ten known only to the month. */
export function syntheticEvents(n: number, seed = 1): TimelineEvent[] {
	const r = lcg(seed);
	const t0 = Date.UTC(1995, 0, 1);
	const span = Date.UTC(2025, 0, 1) - t0;
	const bursts = Array.from({ length: 200 }, () => t0 + r() * span);
	const out: TimelineEvent[] = new Array(n);
	for (let i = 0; i < n; i++) {
		const around = bursts[Math.floor(r() * bursts.length)];
		const t = Math.min(t0 + span - 1, Math.max(t0, around + (r() - 0.5) * 400 * 86_400_000 * r()));
		const month = r() < 0.1;
		const d = new Date(t);
		const start = month ? Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1) : Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
		const end = month ? Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) : start + 86_400_000;
		out[i] = {
			id: `s${i}`,
			type: TYPES[Math.floor(r() * r() * TYPES.length)],
			start: new Date(start).toISOString(),
			end: new Date(end).toISOString(),
			granularity: month ? 'month' : 'day',
			placeName: null,
			disputed: r() < 0.02,
			confidence: 0.5 + r() / 2,
			label: `synthetic event ${i}`,
			roles: NO_ROLES
		};
	}
	return out;
}

/** A scale-free-ish actor graph: edges prefer already-busy actors, as real coverage does. */
export function syntheticGraph(nodes: number, edges: number, seed = 2): GraphSelection {
	const r = lcg(seed);
	const kinds = ['state', 'government', 'military', 'armed_group', 'person', 'organization'];
	const list = Array.from({ length: nodes }, (_, i) => ({
		id: `a${i}`,
		name: `Actor ${i}`,
		kind: kinds[i % kinds.length],
		country: null,
		aliases: [],
		eventCount: 1
	}));
	const out: GraphSelection['edges'] = [];
	const pick = () => Math.floor(nodes * Math.pow(r(), 2.5));
	for (let i = 0; i < edges; i++) {
		const a = pick();
		let b = Math.floor(r() * nodes);
		if (b === a) b = (a + 1) % nodes;
		list[a].eventCount++;
		list[b].eventCount++;
		out.push({ source: `a${a}`, target: `a${b}`, relation: r() < 0.7 ? 'attacked' : 'cooperated', weight: 1 + Math.floor(r() * 4), events: 1 });
	}
	return { nodes: list, edges: out };
}
