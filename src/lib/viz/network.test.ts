import { describe, expect, it } from 'vitest';
import { syntheticGraph } from './synthetic';
import { adjacency, communities, layoutNetwork, nodeRadius, placeLabels, type NetEdge, type NetNode } from './network';

function ring(n: number): { nodes: NetNode[]; edges: NetEdge[] } {
	const nodes = Array.from({ length: n }, (_, i) => ({ id: `a${i}`, weight: i + 1 }));
	const edges = nodes.map((nd, i) => ({ source: nd.id, target: nodes[(i + 1) % n].id, weight: 1 }));
	return { nodes, edges };
}

describe('layoutNetwork', () => {
	it('is reproducible with a seed', () => {
		const { nodes, edges } = ring(30);
		expect(layoutNetwork(nodes, edges, { seed: 3 })).toEqual(layoutNetwork(nodes, edges, { seed: 3 }));
	});

	it('keeps nodes near where they were when the graph is filtered', () => {
		const { nodes, edges } = ring(40);
		const first = layoutNetwork(nodes, edges, { seed: 1 });
		const fewer = nodes.slice(0, 30);
		const second = layoutNetwork(fewer, edges, { seed: 1, previous: first });
		const spread = Math.max(...Object.values(first).map((p) => Math.hypot(p.x, p.y)));
		for (const n of fewer) {
			const moved = Math.hypot(second[n.id].x - first[n.id].x, second[n.id].y - first[n.id].y);
			expect(moved).toBeLessThan(spread * 0.5);
		}
	});

	it('pulls linked nodes closer than unlinked ones', () => {
		const nodes = ['a', 'b', 'c', 'd'].map((id) => ({ id, weight: 1 }));
		const edges = [
			{ source: 'a', target: 'b', weight: 5 },
			{ source: 'c', target: 'd', weight: 5 }
		];
		const p = layoutNetwork(nodes, edges, { seed: 2 });
		const d = (u: string, v: string) => Math.hypot(p[u].x - p[v].x, p[u].y - p[v].y);
		expect(d('a', 'b')).toBeLessThan(d('a', 'c'));
	});

	it('lays out a big graph from its hubs: reproducible, and linked actors end up nearer than random pairs', () => {
		const { nodes, edges } = syntheticGraph(2100, 4000);
		const flat = nodes.map((n) => ({ id: n.id, weight: n.eventCount }));
		const p = layoutNetwork(flat, edges, { seed: 4 });
		expect(layoutNetwork(flat, edges, { seed: 4 })).toEqual(p);
		const d = (u: string, v: string) => Math.hypot(p[u].x - p[v].x, p[u].y - p[v].y);
		let linked = 0;
		for (const e of edges) linked += d(e.source, e.target);
		let random = 0;
		for (let i = 0; i < 5000; i++) random += d(flat[(i * 7919) % flat.length].id, flat[(i * 104729 + 13) % flat.length].id);
		expect(linked / edges.length).toBeLessThan(0.8 * (random / 5000));
		expect(Object.values(p).every((q) => Number.isFinite(q.x) && Number.isFinite(q.y))).toBe(true);
	});

	it('ignores edges to nodes that are not in the selection', () => {
		const p = layoutNetwork([{ id: 'a', weight: 1 }], [{ source: 'a', target: 'zz', weight: 1 }]);
		expect(Object.keys(p)).toEqual(['a']);
	});
});

describe('communities', () => {
	it('separates two cliques joined by one edge, the same way every time', () => {
		const nodes = 'abcdefgh'.split('').map((id) => ({ id, weight: 1 }));
		const edges: NetEdge[] = [];
		for (const group of ['abcd', 'efgh'])
			for (const u of group) for (const v of group) if (u < v) edges.push({ source: u, target: v, weight: 1 });
		edges.push({ source: 'd', target: 'e', weight: 1 });
		const c = communities(nodes, edges);
		expect(c.a).toBe(c.b);
		expect(c.a).not.toBe(c.h);
		expect(communities(nodes, edges)).toEqual(c);
	});
});

describe('helpers', () => {
	it('sizes nodes by area and lists neighbours both ways', () => {
		expect(nodeRadius(0, 100)).toBe(3);
		expect(nodeRadius(100, 100)).toBe(18);
		expect(nodeRadius(25, 100)).toBeCloseTo(3 + 15 * 0.5);
		const adj = adjacency([{ source: 'a', target: 'b', weight: 1 }]);
		expect([...adj.get('b')!]).toEqual(['a']);
	});
});

describe('placeLabels', () => {
	it('drops a label that would overlap a more important one', () => {
		const kept = placeLabels([
			{ x: 0, y: 0, r: 4, text: 'United States' },
			{ x: 10, y: 3, r: 4, text: 'Iran' },
			{ x: 0, y: 40, r: 4, text: 'Iraq' }
		]);
		expect(kept.map((k) => k.text)).toEqual(['United States', 'Iraq']);
	});
});
