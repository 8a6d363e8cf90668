/** The --threads option of the batch commands (`ingest`, `reextract`): how many threads extract while the main one stores. */
import { InputError } from '../lib/core/types';
import { defaultExtractThreads, ExtractPool } from '../lib/server/ingest/extract-pool';

/** The --threads option: a whole number 0–64; absent means one per core beyond the first (at most 4). */
export function parseThreads(value: string | undefined): number {
	if (value === undefined) return defaultExtractThreads();
	const n = Number(value);
	if (!/^\d+$/.test(value.trim()) || n > 64) throw new InputError(`--threads must be a whole number from 0 to 64 (got "${value}")`);
	return n;
}

/** The batch commands' extraction threads, started now (their start-up overlaps the command's), or none for 0. */
export function startExtractPool(threads: number): ExtractPool | null {
	if (threads <= 0) return null;
	const pool = new ExtractPool({ threads, onError: (m) => process.stderr.write(`warning: ${m}\n`) });
	pool.start();
	return pool;
}
