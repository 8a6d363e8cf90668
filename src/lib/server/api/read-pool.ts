/**
 * A few reader threads for a SQLite store (better-sqlite3 is synchronous: on the
 * event loop, one slow read holds up every other request, cache hits included).
 * Each thread has its own read-only connection and runs the same `answerRead` as
 * the server would.
 *
 * The production build carries the thread compiled (build/server/read-worker.js,
 * scripts/build-read-worker.js), which starts in well under a second. From the
 * source tree (tests, `vite dev`) the thread loads read-worker.ts through tsx, as
 * bin/sitrep.js loads the CLI, which compiles the store code in the new thread
 * first. When no entry can be found or a thread fails to start, requests are
 * answered in-process (`fallback`), so the pool is never the reason a read fails.
 *
 * A request goes at once to the thread with the least work outstanding (by the
 * measured cost of each kind of query), which takes its queue in the order of
 * read-queue.ts. The choice is made in the thread: held back here until a thread
 * had room, requests waited for the server's busy event loop, and the threads
 * idled (72 instead of 778 req/s under the load test's mix).
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { READ_PROTOCOL, type EncodedAnswer, type ReadRequest } from './read';
import { costClass, CostBook } from './read-queue';
import type { ReadMessage, ReadReply } from './read-worker';

const WORKER_SOURCE = path.join('src', 'lib', 'server', 'api', 'read-worker.ts');
/** the compiled thread's name in the build (READ_WORKER_FILE in scripts/build-read-worker.js). */
const WORKER_COMPILED = 'read-worker.js';

/**
 * The thread's entry: the compiled read-worker.js when this module runs from the
 * build (it sits in the server folder, a level or two above the chunk holding this
 * code), else read-worker.ts beside this module or in the source tree above it.
 */
export function locateWorkerEntry(): string | null {
	const here = path.dirname(fileURLToPath(import.meta.url));
	const candidates: string[] = [];
	for (let d = here, i = 0; i < 3; i++, d = path.dirname(d)) candidates.push(path.join(d, WORKER_COMPILED));
	candidates.push(path.join(here, 'read-worker.ts'));
	for (let d = here, i = 0; i < 6; i++, d = path.dirname(d)) candidates.push(path.join(d, WORKER_SOURCE));
	candidates.push(path.join(process.cwd(), WORKER_SOURCE));
	return candidates.find((c) => existsSync(c)) ?? null;
}

/** A TypeScript entry needs tsx's loader in the thread; a compiled one starts as it is. */
function needsTsx(entry: string): boolean {
	return /\.[cm]?ts$/.test(entry);
}

/** file URL of tsx's ESM API (its CommonJS build cannot register the loader from a worker). */
function tsxApi(): string | null {
	try {
		const req = createRequire(import.meta.url);
		const pkgFile = req.resolve('tsx/package.json');
		const pkg = req(pkgFile) as { exports?: Record<string, { import?: { default?: string } }> };
		const rel = pkg.exports?.['./esm/api']?.import?.default;
		return rel ? pathToFileURL(path.join(path.dirname(pkgFile), rel)).href : null;
	} catch {
		return null; // no tsx: answer in-process
	}
}

// Runs in the new thread as a CommonJS script: register tsx there, then load the TypeScript entry.
const BOOT = `
const { parentPort, workerData } = require('node:worker_threads');
import(workerData.tsx)
	.then((tsx) => {
		tsx.register();
		return import(workerData.entry);
	})
	.catch((e) => parentPort.postMessage({ fatal: String((e && e.stack) || e) }));
`;

interface Pending {
	req: ReadRequest;
	resolve: (a: EncodedAnswer) => void;
	reject: (e: Error) => void;
	background: boolean;
	/** kind of query, for the cost estimate. */
	cls: string;
}

/** A scheduled request: its answer, and a way to move it ahead once someone waits for it. */
export interface Ticket {
	answer: Promise<EncodedAnswer>;
	/** a background request that someone now waits for is taken as a foreground one. */
	promote(): void;
}

interface Thread {
	worker: Worker;
	ready: boolean;
	inFlight: Map<number, Pending>;
	/** estimated ms of work it holds. */
	load: number;
}

const NOOP = () => {};

export interface ReadPoolOptions {
	file: string;
	threads: number;
	/** answers a request in-process: used until a thread is ready, and when threads fail. */
	fallback: (req: ReadRequest) => Promise<EncodedAnswer>;
	entry?: string | null;
	/** how many times a thread that died after starting is replaced before the pool gives up on threads. */
	maxRestarts?: number;
	onError?: (message: string) => void;
	/** the protocol the server speaks (tests pass another to see a thread refuse). */
	protocol?: number;
}

export class ReadPool {
	private readonly threads: Thread[] = [];
	/** what each kind of query took in the threads. */
	private readonly costs = new CostBook();
	private nextId = 1;
	private restarts = 0;
	private closed = false;
	private readonly entry: string | null;
	private readonly tsx: string | null;

	constructor(private readonly opts: ReadPoolOptions) {
		this.entry = opts.entry === undefined ? locateWorkerEntry() : opts.entry;
		this.tsx = this.entry && needsTsx(this.entry) ? tsxApi() : null;
		if (!this.entry || (needsTsx(this.entry) && !this.tsx)) opts.onError?.('reader threads unavailable (worker entry or tsx not found); reading in-process');
		else for (let i = 0; i < opts.threads; i++) this.spawn();
	}

	/** How the threads start: the compiled entry, or the TypeScript source through tsx (slow to start). */
	get mode(): 'compiled' | 'tsx' | 'none' {
		if (!this.entry) return 'none';
		return needsTsx(this.entry) ? (this.tsx ? 'tsx' : 'none') : 'compiled';
	}

	/** Threads that have opened their connection and take requests. */
	get readyThreads(): number {
		return this.threads.filter((t) => t.ready).length;
	}

	/** Resolves once every thread is ready (or has failed): for tests and warm-up. */
	async whenReady(timeoutMs = 30_000): Promise<number> {
		const deadline = Date.now() + timeoutMs;
		while (this.threads.some((t) => !t.ready) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
		return this.readyThreads;
	}

	/** The running average (ms) the threads measured for a kind of query, if any ran yet. */
	measuredCost(cls: string): number | undefined {
		return this.costs.measured(cls);
	}

	run(req: ReadRequest): Promise<EncodedAnswer> {
		return this.schedule(req).answer;
	}

	/** Sends a request to the thread with the least work; `background` ones wait there behind every request someone waits for. */
	schedule(req: ReadRequest, background = false): Ticket {
		let thread: Thread | null = null;
		for (const t of this.threads) if (t.ready && (!thread || t.load < thread.load)) thread = t;
		if (!thread) return { answer: this.opts.fallback(req), promote: NOOP };
		const id = this.nextId++;
		const chosen = thread;
		const cls = costClass(req);
		const answer = new Promise<EncodedAnswer>((resolve, reject) => {
			// held while it owes answers, so that an awaited read keeps the process alive
			if (chosen.inFlight.size === 0) chosen.worker.ref();
			chosen.inFlight.set(id, { req, resolve, reject, background, cls });
			chosen.load += this.costs.of(cls);
			chosen.worker.postMessage({ id, req, background } satisfies ReadMessage);
		});
		return {
			answer,
			promote: () => {
				const p = chosen.inFlight.get(id);
				if (!p?.background) return;
				p.background = false;
				chosen.worker.postMessage({ promote: id } satisfies ReadMessage);
			}
		};
	}

	async close(): Promise<void> {
		this.closed = true;
		const all = this.threads.splice(0);
		await Promise.all(all.map((t) => t.worker.terminate().catch(() => 0)));
		for (const t of all) this.failOver(t);
	}

	private spawn(): void {
		const entry = pathToFileURL(this.entry!);
		const workerData = { tsx: this.tsx, entry: entry.href, file: this.opts.file, protocol: this.opts.protocol ?? READ_PROTOCOL };
		const worker = this.tsx ? new Worker(BOOT, { eval: true, workerData }) : new Worker(entry, { workerData });
		const thread: Thread = { worker, ready: false, inFlight: new Map(), load: 0 };
		this.threads.push(thread);
		worker.on('message', (m: ReadReply) => {
			if ('ready' in m) thread.ready = true;
			// a thread that cannot start would fail the same way again: no replacement
			else if ('fatal' in m) this.retire(thread, `reader thread failed to start: ${m.fatal}`, false);
			else {
				const p = thread.inFlight.get(m.id);
				if (!p) return;
				thread.inFlight.delete(m.id);
				thread.load = 0;
				for (const q of thread.inFlight.values()) thread.load += this.costs.of(q.cls);
				if (thread.inFlight.size === 0) thread.worker.unref();
				if ('error' in m) p.reject(new Error(m.error));
				else {
					this.costs.note(p.cls, m.ms);
					p.resolve({ status: m.status, bytes: m.bytes, etag: m.etag });
				}
			}
		});
		worker.on('error', (e) => this.retire(thread, `reader thread error: ${e.message}`));
		worker.on('exit', (code) => {
			if (!this.closed) this.retire(thread, `reader thread exited (${code})`);
		});
		// an idle reader thread must never keep the process alive (unref after the listeners: adding one refs it again)
		worker.unref();
	}

	/** Takes a broken thread out, answers its requests in-process, and replaces it a few times at most. */
	private retire(thread: Thread, why: string, replace = true): void {
		const i = this.threads.indexOf(thread);
		if (i < 0) return;
		this.threads.splice(i, 1);
		thread.ready = false;
		void thread.worker.terminate().catch(() => 0);
		this.opts.onError?.(why);
		this.failOver(thread);
		if (replace && !this.closed && this.restarts < (this.opts.maxRestarts ?? 3)) {
			this.restarts++;
			this.spawn();
		}

	}

	private failOver(thread: Thread): void {
		for (const p of thread.inFlight.values()) this.opts.fallback(p.req).then(p.resolve, p.reject);
		thread.inFlight.clear();
	}
}
