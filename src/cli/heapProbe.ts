/**
 * For the benchmark (`npm run bench -- store`): the JS heap after a full collection, every so many
 * articles of a long ingest, so that "memory flat in corpus size" is read from live data rather than
 * from the peak resident size, which follows V8's collection schedule. Active only when the process
 * was started with `--expose-gc` and SITREP_HEAP_PROBE_EVERY gives the number of articles between
 * samples; otherwise null, and ingest runs as it always does.
 */
export interface HeapProbe {
	/** Called with the number of articles done so far. */
	sample(done: number): void;
	/** One line for stderr: `sitrep-heap-probe {"every":N,"heapMb":[…]}`. */
	line(): string;
}

export function heapProbe(env: NodeJS.ProcessEnv = process.env): HeapProbe | null {
	const every = Number(env.SITREP_HEAP_PROBE_EVERY);
	const gc = (globalThis as { gc?: () => void }).gc;
	if (!Number.isInteger(every) || every <= 0 || typeof gc !== 'function') return null;
	const heapMb: number[] = [];
	let next = every;
	return {
		sample(done) {
			if (done < next) return;
			next += every;
			gc();
			heapMb.push(Math.round(process.memoryUsage().heapUsed / 1e5) / 10);
		},
		line: () => `sitrep-heap-probe ${JSON.stringify({ every, heapMb })}\n`
	};
}
