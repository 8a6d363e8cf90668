/**
 * Actor network layout: d3-force, seeded, no DOM — the same function runs in a web
 * worker in the browser and in Node for tests. Stability: nodes already placed keep
 * their positions as the starting point and the simulation starts cool, so filtering
 * by a time window moves the picture a little instead of scrambling it.
 */
import { forceCenter, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3';
import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import { lcg } from './random';

export interface NetNode {
	id: string;
	weight: number;
}
export interface NetEdge {
	source: string;
	target: string;
	weight: number;
}
export interface Point {
	x: number;
	y: number;
}

export interface LayoutOptions {
	seed?: number;
	/** positions from the previous layout, by node id. */
	previous?: Record<string, Point>;
	/** force iterations; by default fewer for big graphs (Barnes–Hut keeps each one O(n log n)). */
	ticks?: number;
}

interface SimNode extends SimulationNodeDatum {
	id: string;
	weight: number;
}

export function defaultTicks(nodes: number, warm: boolean): number {
	if (warm) return nodes > 2000 ? 20 : 120;
	// big graphs start from a hub-seeded placement (seedFromHubs) that is already close
	return nodes > 5000 ? 16 : nodes > 2000 ? 60 : nodes > 1000 ? 120 : 300;
}

/** Above this many nodes a cold layout starts from its hubs instead of d3's spiral. */
const SEED_ABOVE = 2000;

export function layoutNetwork(nodes: readonly NetNode[], edges: readonly NetEdge[], opts: LayoutOptions = {}): Record<string, Point> {
	const rand = lcg(opts.seed ?? 7);
	const prev = opts.previous ?? {};
	const ids = new Set(nodes.map((n) => n.id));
	const links = edges.filter((e) => e.source !== e.target && ids.has(e.source) && ids.has(e.target)).map((e) => ({ ...e }));
	const neighbours = new Map<string, string[]>();
	for (const l of links) {
		(neighbours.get(l.source) ?? neighbours.set(l.source, []).get(l.source)!).push(l.target);
		(neighbours.get(l.target) ?? neighbours.set(l.target, []).get(l.target)!).push(l.source);
	}
	let known = 0;
	const sim: SimNode[] = nodes.map((n) => {
		const p = prev[n.id];
		if (p) known++;
		return { id: n.id, weight: n.weight, ...(p ? { x: p.x, y: p.y } : {}) };
	});
	const warm = known > 0 && known >= nodes.length / 2;
	const seeded = !warm && nodes.length > SEED_ABOVE;
	if (seeded) seedFromHubs(sim, links, neighbours, rand);
	else placeBesideNeighbours(sim, neighbours, prev, rand);
	let maxW = 1;
	for (const l of links) if (l.weight > maxW) maxW = l.weight;
	const simulation = forceSimulation<SimNode>(sim)
		.randomSource(rand)
		.force(
			'link',
			forceLink<SimNode, (typeof links)[number] & SimulationNodeDatum>(links as never)
				.id((d) => d.id)
				.distance(40)
				.strength((l) => 0.15 + 0.6 * ((l as unknown as NetEdge).weight / maxW))
		)
		// a coarser Barnes–Hut approximation on big graphs: the picture barely changes, the cost halves
		.force('charge', forceManyBody<SimNode>().strength(-60).theta(nodes.length > 5000 ? 1.2 : 0.9).distanceMax(600))
		// actors with no link in the selection would drift to a far ring; hold them nearer the middle
		.force('x', forceX<SimNode>(0).strength((d) => (neighbours.has(d.id) ? 0.04 : 0.12)))
		.force('y', forceY<SimNode>(0).strength((d) => (neighbours.has(d.id) ? 0.04 : 0.12)))
		.force('center', forceCenter(0, 0))
		// a seeded start is near its end already: heat it only enough to settle the newcomers
		.alpha(warm ? 0.25 : seeded ? 0.35 : 1)
		.stop();
	const ticks = opts.ticks ?? defaultTicks(nodes.length, warm);
	// cool to d3's alphaMin within the tick budget, whatever the budget is
	simulation.alphaDecay(1 - Math.pow(0.001, 1 / ticks));
	simulation.tick(ticks);
	const out: Record<string, Point> = {};
	for (const s of sim) out[s.id] = { x: round(s.x ?? 0), y: round(s.y ?? 0) };
	return out;
}

/** A newcomer starts beside the placed neighbours it has, so it does not fly in from afar. */
function placeBesideNeighbours(sim: SimNode[], neighbours: Map<string, string[]>, prev: Record<string, Point>, rand: () => number) {
	for (const s of sim) {
		if (s.x !== undefined) continue;
		const placed = (neighbours.get(s.id) ?? []).map((id) => prev[id]).filter(Boolean);
		if (placed.length) {
			s.x = placed.reduce((a, p) => a + p.x, 0) / placed.length + (rand() - 0.5) * 20;
			s.y = placed.reduce((a, p) => a + p.y, 0) / placed.length + (rand() - 0.5) * 20;
		}
	}
}

/**
 * A cold start for a big graph. Laid out from d3's spiral, thousands of nodes need
 * hundreds of ticks to untangle; instead lay out the hubs alone (a few hundred
 * nodes, cheap), then put every other node at the middle of its already placed
 * neighbours, breadth first from the hubs. The full simulation then only has to
 * settle the details, in a few ticks.
 */
function seedFromHubs(sim: SimNode[], links: readonly NetEdge[], neighbours: Map<string, string[]>, rand: () => number) {
	const byId = new Map(sim.map((s) => [s.id, s]));
	const degree = (s: SimNode) => neighbours.get(s.id)?.length ?? 0;
	const hubs = [...sim].sort((a, b) => degree(b) - degree(a) || (a.id < b.id ? -1 : 1)).slice(0, Math.min(600, Math.ceil(sim.length / 10)));
	const hubIds = new Set(hubs.map((h) => h.id));
	const hubLinks = links.filter((l) => hubIds.has(l.source) && hubIds.has(l.target));
	const hubPos = layoutNetwork(
		hubs.map((h) => ({ id: h.id, weight: h.weight })),
		hubLinks,
		{ seed: Math.floor(rand() * 1e9), ticks: 150 }
	);
	// hubs sit in a ring of their own; spread them to the room the whole graph will take
	const scale = Math.sqrt(sim.length / hubs.length);
	const queue: SimNode[] = [];
	for (const h of hubs) {
		h.x = hubPos[h.id].x * scale;
		h.y = hubPos[h.id].y * scale;
		queue.push(h);
	}
	for (let i = 0; i < queue.length; i++) {
		for (const id of neighbours.get(queue[i].id) ?? []) {
			const s = byId.get(id)!;
			if (s.x !== undefined) continue;
			let x = 0;
			let y = 0;
			let k = 0;
			for (const m of neighbours.get(id)!) {
				const p = byId.get(m)!;
				if (p.x === undefined) continue;
				x += p.x;
				y += p.y!;
				k++;
			}
			s.x = x / k + (rand() - 0.5) * 30;
			s.y = y / k + (rand() - 0.5) * 30;
			queue.push(s);
		}
	}
	// nodes in no component with a hub: a loose disc around the middle
	const radius = 10 * Math.sqrt(sim.length);
	for (const s of sim) {
		if (s.x !== undefined) continue;
		const a = rand() * Math.PI * 2;
		const r = radius * Math.sqrt(rand());
		s.x = r * Math.cos(a);
		s.y = r * Math.sin(a);
	}
}

function round(v: number) {
	return Math.round(v * 100) / 100;
}

/** Louvain communities with a seeded random source: the same graph always gets the same colours. */
export function communities(nodes: readonly NetNode[], edges: readonly NetEdge[], seed = 7): Record<string, number> {
	const g = new Graph({ type: 'undirected', multi: false });
	for (const n of nodes) g.mergeNode(n.id);
	for (const e of edges) {
		if (e.source === e.target || !g.hasNode(e.source) || !g.hasNode(e.target)) continue;
		const prev = g.hasEdge(e.source, e.target) ? (g.getEdgeAttribute(e.source, e.target, 'weight') as number) : 0;
		g.mergeEdge(e.source, e.target, { weight: prev + e.weight });
	}
	if (g.size === 0) return Object.fromEntries(nodes.map((n, i) => [n.id, i]));
	return louvain(g, { rng: lcg(seed), getEdgeWeight: 'weight' });
}

/** Node radius grows with the square root of involvement, so area tracks the count. */
export function nodeRadius(weight: number, maxWeight: number, min = 3, max = 18): number {
	return min + (max - min) * Math.sqrt(Math.max(0, weight) / Math.max(1, maxWeight));
}

/**
 * Which labels to draw: the given candidates in order of importance, each kept only
 * if its box does not overlap one already kept (boxes estimated from text length).
 */
export function placeLabels<T extends { x: number; y: number; r: number; text: string }>(candidates: readonly T[], charWidth = 6, height = 12): T[] {
	const kept: { x0: number; x1: number; y0: number; y1: number }[] = [];
	const out: T[] = [];
	for (const c of candidates) {
		const box = { x0: c.x + c.r + 2, x1: c.x + c.r + 4 + c.text.length * charWidth, y0: c.y - height / 2, y1: c.y + height / 2 };
		if (kept.some((k) => box.x0 < k.x1 && k.x0 < box.x1 && box.y0 < k.y1 && k.y0 < box.y1)) continue;
		kept.push(box);
		out.push(c);
	}
	return out;
}

/** Neighbour sets, for hover highlighting. */
export function adjacency(edges: readonly NetEdge[]): Map<string, Set<string>> {
	const adj = new Map<string, Set<string>>();
	for (const e of edges) {
		(adj.get(e.source) ?? adj.set(e.source, new Set()).get(e.source)!).add(e.target);
		(adj.get(e.target) ?? adj.set(e.target, new Set()).get(e.target)!).add(e.source);
	}
	return adj;
}
