/**
 * The network the graph formats (GEXF, GraphML) describe: actors and events as
 * nodes, an edge from each actor to each event it took part in (labelled with the
 * role), and the actor–actor edges of the store. Times come from the events, so
 * Gephi's timeline can replay the network as it grew.
 */
import type { ExportData } from './types';

export interface NetNode {
	id: string;
	label: string;
	kind: 'actor' | 'event';
	type: string;
	start: string | null;
	end: string | null;
	weight: number;
	lat: number | null;
	lon: number | null;
}

export interface NetEdge {
	id: string;
	source: string;
	target: string;
	relation: string;
	weight: number;
	start: string | null;
	end: string | null;
}

const day = (iso: string) => iso.slice(0, 10);
/** The stored end is exclusive; the graph formats want the last day the element exists. */
const lastDay = (iso: string) => new Date(Date.parse(iso) - 1).toISOString().slice(0, 10);

export function buildNetwork(data: ExportData): { nodes: NetNode[]; edges: NetEdge[] } {
	const actorSpan = new Map<string, { start: string; end: string }>();
	const pairSpan = new Map<string, { start: string; end: string }>();
	const widen = (m: Map<string, { start: string; end: string }>, key: string, start: string, end: string) => {
		const s = m.get(key);
		if (!s) m.set(key, { start, end });
		else {
			if (start < s.start) s.start = start;
			if (end > s.end) s.end = end;
		}
	};
	const edges: NetEdge[] = [];
	const eventNodes: NetNode[] = [];
	const actorNames = new Map<string, { name: string; kind: string }>();
	for (const e of data.events) {
		const start = day(e.start);
		const end = e.end > e.start ? lastDay(e.end) : start;
		eventNodes.push({ id: `event:${e.id}`, label: e.label, kind: 'event', type: e.type, start, end, weight: e.sourceCount, lat: e.lat, lon: e.lon });
		const seen = new Set<string>();
		for (const r of e.roles) {
			actorNames.set(r.actorId, { name: r.name, kind: r.kind });
			widen(actorSpan, r.actorId, start, end);
			const key = `${r.actorId}|${r.role}`;
			if (seen.has(key)) continue;
			seen.add(key);
			edges.push({ id: `role:${e.id}:${r.actorId}:${r.role}`, source: `actor:${r.actorId}`, target: `event:${e.id}`, relation: r.role, weight: 1, start, end });
		}
		const ids = [...new Set(e.roles.map((r) => r.actorId))];
		for (const a of ids) for (const b of ids) if (a !== b) widen(pairSpan, `${a}|${b}`, start, end);
	}
	const actorNodes: NetNode[] = [];
	const listed = new Set<string>();
	for (const a of data.actors) {
		listed.add(a.id);
		const span = actorSpan.get(a.id);
		actorNodes.push({ id: `actor:${a.id}`, label: a.name, kind: 'actor', type: a.kind, start: span?.start ?? null, end: span?.end ?? null, weight: a.eventCount, lat: null, lon: null });
	}
	// Actors that appear in the selected events but were not in the actor list still need a node.
	for (const [id, a] of actorNames) {
		if (listed.has(id)) continue;
		const span = actorSpan.get(id);
		actorNodes.push({ id: `actor:${id}`, label: a.name, kind: 'actor', type: a.kind, start: span?.start ?? null, end: span?.end ?? null, weight: 0, lat: null, lon: null });
		listed.add(id);
	}
	data.edges.forEach((g, i) => {
		if (!listed.has(g.source) || !listed.has(g.target)) return;
		const span = pairSpan.get(`${g.source}|${g.target}`);
		edges.push({ id: `rel:${i}`, source: `actor:${g.source}`, target: `actor:${g.target}`, relation: g.relation, weight: g.weight, start: span?.start ?? null, end: span?.end ?? null });
	});
	return { nodes: [...actorNodes, ...eventNodes], edges };
}
