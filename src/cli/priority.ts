/**
 * CPU priority of the batch commands (`ingest`, `reextract`). They are throughput
 * jobs that often run beside `sitrep serve` on the same machine: at equal priority
 * an ingestion took an equal share of a 2-core machine from the server's readers,
 * and read latency under load doubled. A raised nice value costs a batch job
 * nothing on an idle machine (the scheduler only weighs it against runnable work)
 * and lets interactive reads go first when both want the CPU. `--nice 0` keeps the
 * priority the command was started with.
 */
import { readdirSync } from 'node:fs';
import os from 'node:os';
import { InputError } from '../lib/core/types';

export const DEFAULT_BATCH_NICE = 10;

/** The --nice option: a whole number 0–19 (19 is the lowest priority); absent means the default. */
export function parseNice(value: string | undefined): number {
	if (value === undefined) return DEFAULT_BATCH_NICE;
	const n = Number(value);
	if (!/^\d+$/.test(value.trim()) || !Number.isInteger(n) || n > 19) throw new InputError(`--nice must be a whole number from 0 to 19 (got "${value}")`);
	return n;
}

/**
 * Lowers this process's CPU priority to `nice`, never raising it: a command started
 * with `nice -n 15` stays at 15. Returns the nice value in effect. On Linux a nice
 * value belongs to a thread, so every thread running now is lowered (V8's garbage
 * collector helpers and the module loader thread took a fifth of a core at the old
 * priority); threads started later inherit it.
 */
export function lowerPriority(nice: number): number {
	const current = os.getPriority(0);
	if (nice <= current) return current;
	try {
		os.setPriority(0, nice);
	} catch {
		return current; // a platform that refuses: run as started
	}
	for (const tid of threadIds()) {
		try {
			if (os.getPriority(tid) < nice) os.setPriority(tid, nice);
		} catch {
			// the thread ended in between
		}
	}
	return os.getPriority(0);
}

/** Linux: this process's threads other than the calling one; elsewhere none. */
function threadIds(): number[] {
	try {
		return readdirSync('/proc/self/task')
			.map(Number)
			.filter((t) => Number.isInteger(t) && t !== process.pid);
	} catch {
		return [];
	}
}
