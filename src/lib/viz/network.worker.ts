/// <reference lib="webworker" />
// Runs the force layout and community detection off the main thread.
import { communities, layoutNetwork, type NetEdge, type NetNode, type Point } from './network';

export interface LayoutRequest {
	id: number;
	nodes: NetNode[];
	edges: NetEdge[];
	previous?: Record<string, Point>;
	seed?: number;
	/** Louvain is only worth its cost when the picture is coloured by community. */
	communities?: boolean;
}
export interface LayoutReply {
	id: number;
	positions: Record<string, Point>;
	communities: Record<string, number>;
	/** layout time alone, without community detection. */
	ms: number;
}

self.onmessage = (e: MessageEvent<LayoutRequest>) => {
	const { id, nodes, edges, previous, seed, communities: wantCommunities } = e.data;
	const t0 = performance.now();
	const positions = layoutNetwork(nodes, edges, { previous, seed });
	const ms = performance.now() - t0;
	const comm = wantCommunities ? communities(nodes, edges, seed) : {};
	const reply: LayoutReply = { id, positions, communities: comm, ms };
	(self as unknown as Worker).postMessage(reply);
};
