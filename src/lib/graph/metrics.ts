/**
 * Graph metrics over an actor selection with graphology: degree, weighted degree,
 * betweenness, Louvain communities. Louvain is randomised, so it runs with a seeded
 * generator: the same selection always yields the same communities.
 */
import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness.js';

export interface MetricsInput {
	nodes: { id: string }[];
	edges: { source: string; target: string; weight: number }[];
}

export interface NodeMetrics {
	degree: number;
	weightedDegree: number;
	/** normalised betweenness, 0..1. */
	betweenness: number;
	community: number;
}

export interface GraphMetrics {
	nodes: Record<string, NodeMetrics>;
	communities: number;
	modularity: number | null;
}

function lcg(seed: number): () => number {
	let s = seed >>> 0;
	return () => ((s = (Math.imul(1664525, s) + 1013904223) >>> 0) / 4294967296);
}

export function graphMetrics(selection: MetricsInput, seed = 42): GraphMetrics {
	// Undirected and simple: several typed relations between two actors add up into one tie.
	const g = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
	for (const n of selection.nodes) if (!g.hasNode(n.id)) g.addNode(n.id);
	for (const e of selection.edges) {
		if (e.source === e.target) continue;
		for (const id of [e.source, e.target]) if (!g.hasNode(id)) g.addNode(id);
		const w = Number.isFinite(e.weight) && e.weight > 0 ? e.weight : 1;
		if (g.hasEdge(e.source, e.target)) g.updateEdgeAttribute(e.source, e.target, 'weight', (x: number | undefined) => (x ?? 0) + w);
		else g.addEdge(e.source, e.target, { weight: w });
	}
	const nodes: Record<string, NodeMetrics> = {};
	if (g.order === 0) return { nodes, communities: 0, modularity: null };
	const between = betweennessCentrality(g, { normalized: true });
	let communities: Record<string, number> = {};
	let modularity: number | null = null;
	if (g.size > 0) {
		const detailed = louvain.detailed(g, { rng: lcg(seed), getEdgeWeight: 'weight' });
		communities = detailed.communities;
		modularity = detailed.modularity;
	} else {
		g.forEachNode((n, _a) => (communities[n] = Object.keys(communities).length));
	}
	g.forEachNode((n) => {
		let wd = 0;
		g.forEachEdge(n, (_e, attr) => (wd += (attr.weight as number) ?? 1));
		nodes[n] = { degree: g.degree(n), weightedDegree: wd, betweenness: between[n] ?? 0, community: communities[n] ?? 0 };
	});
	return { nodes, communities: new Set(Object.values(communities)).size, modularity };
}
