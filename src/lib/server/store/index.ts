/**
 * Opening the store: `postgres://…` / `postgresql://…` selects PostgreSQL, anything
 * else is a SQLite file (`:memory:` works). Migrations run on open.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import type { DB } from './schema';
import { SqlStore } from './sql-store';
import type { Store } from './types';

export type { Store } from './types';
export { SqlStore } from './sql-store';

export const DEFAULT_DATABASE = './data/sitrep.db';

export function isPostgresUrl(url: string): boolean {
	return /^postgres(ql)?:\/\//i.test(url);
}

/** Where the database is: the --db flag, else DATABASE_URL, else ./data/sitrep.db. */
export function resolveDatabaseUrl(argvDb?: string | null): string {
	if (argvDb && argvDb.trim()) return argvDb.trim();
	const env = process.env.DATABASE_URL;
	if (env && env.trim()) return env.trim();
	return DEFAULT_DATABASE;
}

export async function openStore(opts: { url?: string | null; file?: string | null } = {}): Promise<Store & SqlStore> {
	const target = opts.url ?? opts.file ?? resolveDatabaseUrl(null);
	const store = isPostgresUrl(target) ? openPostgres(target) : openSqlite(target);
	try {
		await store.migrate();
	} catch (err) {
		await store.close();
		throw err;
	}
	return store;
}

function openSqlite(file: string): SqlStore {
	if (file !== ':memory:' && !file.startsWith('file:')) fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
	const sqlite = new Database(file);
	sqlite.pragma('journal_mode = WAL');
	sqlite.pragma('foreign_keys = ON');
	sqlite.pragma('busy_timeout = 10000');
	// WAL + NORMAL: a killed process never corrupts or half-writes a transaction; only a power cut may lose the last commits.
	sqlite.pragma('synchronous = NORMAL');
	sqlite.pragma('cache_size = -65536');
	// Checkpoint when the WAL holds 64 MB, not SQLite's 4 MB: ingest dirties index pages all over the file, and a
	// page written by many commits is then copied back once instead of once per checkpoint (store ingest +9%).
	sqlite.pragma('wal_autocheckpoint = 16384');
	sqlite.pragma('journal_size_limit = 67108864');
	// Each article is saved inside a savepoint, and SQLite copies every page a savepoint changes to a statement
	// journal; past 64 KB that journal spills to a temporary file, which cost 356 write calls per ingested article
	// (a third of ingest's system time). In memory it holds one article's pages at a time (emptied at each release).
	sqlite.pragma('temp_store = MEMORY');
	const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: cachedStatements(sqlite) }) });
	return new SqlStore(db, 'sqlite');
}

/**
 * kysely prepares every query afresh; preparing costs as much as running the small
 * queries linking issues. Statements are cached by SQL text (kysely runs one query
 * at a time on this connection, so a statement is never used re-entrantly), the
 * least recently used dropped first: each batch's totals are written by a few
 * statements of a new length, which would otherwise push out the ones every
 * article runs.
 */
export function cachedStatements(sqlite: Database.Database, capacity = 500) {
	const cache = new Map<string, Database.Statement>();
	return {
		close: () => sqlite.close(),
		prepare(text: string) {
			let st = cache.get(text);
			if (st) {
				// Map keeps insertion order: re-inserted, the statement is the newest.
				cache.delete(text);
			} else {
				st = sqlite.prepare(text);
				if (cache.size >= capacity) cache.delete(cache.keys().next().value!);
			}
			cache.set(text, st);
			return st;
		}
	};
}

// COUNT(*) and BIGINT epoch seconds arrive as strings by default; they fit a double.
const pgTypes = {
	getTypeParser(oid: number, format?: 'text' | 'binary') {
		if (oid === 20) return (v: string) => Number(v);
		// eslint-disable-next-line @typescript-eslint/no-explicit-any
		return (pg.types.getTypeParser as any)(oid, format);
	}
};

function openPostgres(url: string): SqlStore {
	const pool = new pg.Pool({ connectionString: url, max: 4, types: pgTypes });
	// An idle pooled connection that the server drops (restart, pg_terminate_backend, network) is
	// reported here; without a listener Node treats it as an uncaught exception and the process dies.
	// The pool discards that client by itself and the next query opens a fresh one.
	pool.on('error', (err) => process.stderr.write(`sitrep: PostgreSQL connection lost (${err.message}); reconnecting on next use\n`));
	// A connection checked out of the pool (kysely holds one for a whole transaction) has no listener
	// between queries either: the same drop would crash the process. The query in flight, or the next
	// one, fails instead, the transaction rolls back, and the pool discards the dead client on release.
	pool.on('connect', (client) => client.on('error', () => {}));
	const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
	return new SqlStore(db, 'postgres');
}
