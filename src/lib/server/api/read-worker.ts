/**
 * A reader thread (see read-pool.ts): answers read requests on its own read-only
 * SQLite connection, so that a slow query runs beside the server's event loop
 * instead of on it. WAL lets readers proceed while one writer commits.
 *
 * Requests wait here in a queue taken in the order of read-queue.ts (someone
 * waiting before a background refresh, cheap kinds first); between two requests
 * the thread reads its messages, so a request that just came can go next.
 */
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { parentPort, workerData } from 'node:worker_threads';
import type { DB } from '../store/schema';
import { cachedStatements } from '../store/index';
import { SqlStore } from '../store/sql-store';
import { answerRead, encodeAnswer, READ_PROTOCOL, type ReadRequest } from './read';
import { costClass, CostBook, nextInQueue, type Queued } from './read-queue';

export interface ReadJob {
	id: number;
	req: ReadRequest;
	/** a refresh nobody waits for yet: runs after every other request queued here. */
	background?: boolean;
}

/** What the server sends: a request, or word that someone now waits for a background one. */
export type ReadMessage = ReadJob | { promote: number };

/** `ms`: the thread's time on the request, query and encoding (the pool's cost estimate). */
export type ReadReply = { id: number; status: number; bytes: Uint8Array<ArrayBuffer>; etag: string; ms: number } | { id: number; error: string } | { ready: true } | { fatal: string };

const port = parentPort!;
const { file, protocol } = workerData as { file: string; protocol: number };

interface Waiting extends Queued {
	job: ReadJob;
}

try {
	if (protocol !== READ_PROTOCOL) throw new Error(`the source tree speaks read protocol ${READ_PROTOCOL}, the server ${protocol} (rebuild the server)`);
	const sqlite = new Database(file, { readonly: true, fileMustExist: true });
	sqlite.pragma('busy_timeout = 10000');
	sqlite.pragma('cache_size = -32768');
	const store = new SqlStore(new Kysely<DB>({ dialect: new SqliteDialect({ database: cachedStatements(sqlite) }) }), 'sqlite');
	const queue: Waiting[] = [];
	const costs = new CostBook();
	let running = false;

	const next = (): void => {
		if (queue.length === 0) {
			running = false;
			return;
		}
		const { job, cls } = queue.splice(nextInQueue(queue, (c) => costs.of(c), performance.now()), 1)[0];
		const started = performance.now();
		const done = () => setImmediate(next); // let messages that came meanwhile join the queue first
		answerRead(store, job.req)
			.then(
				(a) => {
					const { status, bytes, etag } = encodeAnswer(a);
					const ms = performance.now() - started;
					costs.note(cls, ms);
					port.postMessage({ id: job.id, status, bytes, etag, ms } satisfies ReadReply, [bytes.buffer]);
				},
				(e) => port.postMessage({ id: job.id, error: (e as Error)?.stack ?? String(e) } satisfies ReadReply)
			)
			.finally(done);
	};

	port.on('message', (m: ReadMessage) => {
		if ('promote' in m) {
			const w = queue.find((q) => q.job.id === m.promote);
			if (w) w.background = false;
			return;
		}
		queue.push({ job: m, background: m.background === true, cls: costClass(m.req), at: performance.now() });
		if (!running) {
			running = true;
			setImmediate(next);
		}
	});
	port.postMessage({ ready: true } satisfies ReadReply);
} catch (e) {
	port.postMessage({ fatal: (e as Error)?.message ?? String(e) } satisfies ReadReply);
}
