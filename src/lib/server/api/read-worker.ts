/**
 * A reader thread (see read-pool.ts): answers read requests on its own read-only
 * SQLite connection, so that a slow query runs beside the server's event loop
 * instead of on it. WAL lets readers proceed while one writer commits.
 */
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { parentPort, workerData } from 'node:worker_threads';
import type { DB } from '../store/schema';
import { cachedStatements } from '../store/index';
import { SqlStore } from '../store/sql-store';
import { answerRead, encodeAnswer, READ_PROTOCOL, type ReadRequest } from './read';

export interface ReadJob {
	id: number;
	req: ReadRequest;
}

export type ReadReply = { id: number; status: number; bytes: Uint8Array<ArrayBuffer>; etag: string } | { id: number; error: string } | { ready: true } | { fatal: string };

const port = parentPort!;
const { file, protocol } = workerData as { file: string; protocol: number };

try {
	if (protocol !== READ_PROTOCOL) throw new Error(`the source tree speaks read protocol ${READ_PROTOCOL}, the server ${protocol} (rebuild the server)`);
	const sqlite = new Database(file, { readonly: true, fileMustExist: true });
	sqlite.pragma('busy_timeout = 10000');
	sqlite.pragma('cache_size = -32768');
	const store = new SqlStore(new Kysely<DB>({ dialect: new SqliteDialect({ database: cachedStatements(sqlite) }) }), 'sqlite');
	port.on('message', (job: ReadJob) => {
		answerRead(store, job.req).then(
			(a) => {
				const { status, bytes, etag } = encodeAnswer(a);
				port.postMessage({ id: job.id, status, bytes, etag } satisfies ReadReply, [bytes.buffer]);
			},
			(e) => port.postMessage({ id: job.id, error: (e as Error)?.stack ?? String(e) } satisfies ReadReply)
		);
	});
	port.postMessage({ ready: true } satisfies ReadReply);
} catch (e) {
	port.postMessage({ fatal: (e as Error)?.message ?? String(e) } satisfies ReadReply);
}
