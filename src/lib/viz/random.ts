/** Seeded uniform [0, 1) generator (a linear congruential generator, as d3-force uses), so layouts are reproducible. */
export function lcg(seed = 42): () => number {
	let s = (seed >>> 0) || 1;
	return () => ((s = (1664525 * s + 1013904223) >>> 0) / 4294967296);
}
