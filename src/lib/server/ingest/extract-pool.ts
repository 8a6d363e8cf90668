/**
 * Extraction in worker threads, for batch ingestion on a machine with more than one core.
 *
 * An ingest spends about half its time extracting and half storing. Storing stays in
 * one thread (SQLite has one writer, and each article's savepoint must follow the
 * order of the input); extraction is pure and needs nothing but the article, so
 * threads can extract the next articles while the main thread stores the last ones.
 * The pool is an `ExtractFn`: the pipeline keeps several articles in flight
 * (IngestOptions.inFlight) and stores them in input order, whoever extracted them.
 *
 * Threads start on the first article that needs extracting (a run of duplicates
 * starts none), or when told to, and load the extractor themselves; the main
 * thread does only when a thread cannot. A
 * thread that fails to start or dies hands its articles back to be extracted
 * in-process, so a thread is never the reason an article fails.
 */
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ArticleInput, Extraction } from '../../core/types';

export interface ExtractRequest {
	id: number;
	input: ArticleInput;
}

export type ExtractReply = { id: number; extraction: Extraction } | { id: number; error: string } | { ready: true };

/** bin/extract-thread.js from the source tree (the thread's entry registers the TypeScript hooks, then runs extract-thread.ts). */
export function locateThreadEntry(): string | null {
	const here = path.dirname(fileURLToPath(import.meta.url));
	const candidates = [path.resolve(here, '../../../../bin/extract-thread.js'), path.join(process.cwd(), 'bin', 'extract-thread.js')];
	return candidates.find((c) => existsSync(c)) ?? null;
}

/** Most extraction threads a default asks for: past this the single storing thread is the bottleneck. */
const MAX_DEFAULT_THREADS = 4;

/**
 * Threads for a batch by default: one per core beyond the one that stores, at most
 * MAX_DEFAULT_THREADS. One core gets none (extraction in the storing thread, as before).
 */
export function defaultExtractThreads(cores = os.availableParallelism?.() ?? os.cpus().length): number {
	return Math.max(0, Math.min(MAX_DEFAULT_THREADS, cores - 1));
}

interface Job {
	input: ArticleInput;
	resolve: (e: Extraction) => void;
	reject: (e: Error) => void;
}

interface Thread {
	worker: Worker;
	jobs: Map<number, Job>;
	alive: boolean;
}

export interface ExtractPoolOptions {
	threads: number;
	/** the thread's entry (tests pass a broken one); default bin/extract-thread.js. */
	entry?: string | null;
	/** extraction in this thread, used when no thread can do it (default: the extractor, loaded on first use). */
	fallback?: (input: ArticleInput) => Extraction | Promise<Extraction>;
	/** told once per thread that fails, with why. */
	onError?: (message: string) => void;
}

export class ExtractPool {
	private readonly threads: Thread[] = [];
	private started = false;
	private nextId = 1;
	private closed = false;
	private readonly entry: string | null;
	private inProcess: ((input: ArticleInput) => Extraction | Promise<Extraction>) | null;

	constructor(private readonly opts: ExtractPoolOptions) {
		this.entry = opts.entry === undefined ? locateThreadEntry() : opts.entry;
		this.inProcess = opts.fallback ?? null;
	}

	/** Threads that are running (0 before the first article, and when every thread has failed). */
	get liveThreads(): number {
		return this.threads.filter((t) => t.alive).length;
	}

	/** Extracts one article in the least busy thread; rejects with the extractor's message when the article is bad. */
	readonly extract = (input: ArticleInput): Promise<Extraction> => {
		if (this.closed) return Promise.reject(new Error('the extraction pool is closed'));
		this.start();
		let best: Thread | null = null;
		for (const t of this.threads) if (t.alive && (!best || t.jobs.size < best.jobs.size)) best = t;
		if (!best) return this.extractHere(input);
		const thread = best;
		const id = this.nextId++;
		return new Promise<Extraction>((resolve, reject) => {
			thread.jobs.set(id, { input, resolve, reject });
			// A thread with work keeps the process alive (an awaited promise alone does not); an idle one does not.
			if (thread.jobs.size === 1) thread.worker.ref();
			thread.worker.postMessage({ id, input } satisfies ExtractRequest);
		});
	};

	/** Stops the threads; articles still in them are extracted here. */
	async close(): Promise<void> {
		this.closed = true;
		await Promise.all(
			this.threads.map(async (t) => {
				const wasAlive = t.alive;
				this.retire(t, null);
				if (wasAlive) await t.worker.terminate();
			})
		);
	}

	/**
	 * Starts the threads now rather than on the first article: a command that will extract lets their start-up
	 * (compiling the extractor, loading the gazetteers: 1–3 s) overlap its own.
	 */
	start(): void {
		if (this.started || this.closed) return;
		this.started = true;
		if (!this.entry) {
			if (this.opts.threads > 0) this.opts.onError?.('no extraction thread entry (bin/extract-thread.js) found: extracting in-process');
			return;
		}
		for (let i = 0; i < this.opts.threads; i++) {
			// execArgv: [] — the parent's flags (--import of another loader, --expose-gc) are not the thread's business.
			const worker = new Worker(this.entry, { execArgv: [] });
			const thread: Thread = { worker, jobs: new Map(), alive: true };
			worker.on('message', (reply: ExtractReply) => {
				if ('ready' in reply) return;
				const job = thread.jobs.get(reply.id);
				if (!job) return;
				thread.jobs.delete(reply.id);
				if (thread.jobs.size === 0) worker.unref();
				if ('error' in reply) job.reject(new Error(reply.error));
				else job.resolve(reply.extraction);
			});
			worker.on('error', (e) => this.retire(thread, `extraction thread failed: ${e.message}`));
			worker.on('exit', (code) => {
				if (thread.alive && !this.closed) this.retire(thread, `extraction thread exited with code ${code}`);
			});
			worker.unref();
			this.threads.push(thread);
		}
	}

	/** Takes a thread out of service; its unfinished articles are extracted here. */
	private retire(thread: Thread, why: string | null): void {
		if (!thread.alive) return;
		thread.alive = false;
		if (why) this.opts.onError?.(why);
		const jobs = [...thread.jobs.values()];
		thread.jobs.clear();
		for (const job of jobs) this.extractHere(job.input).then(job.resolve, job.reject);
	}

	private async extractHere(input: ArticleInput): Promise<Extraction> {
		if (!this.inProcess) {
			const mod = (await import('../../extract/index')) as { extract: (i: ArticleInput) => Extraction };
			this.inProcess = mod.extract;
		}
		return this.inProcess(input);
	}
}
