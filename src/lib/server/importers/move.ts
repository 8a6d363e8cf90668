/**
 * Moving a database: `migrate` copies every table of an SQLite database into an
 * empty PostgreSQL one (ids kept, sequences moved past them) and then compares
 * row counts and a checksum per table; `backup` writes a consistent copy of a
 * live SQLite database (VACUUM INTO reads one snapshot, writers keep going).
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { sql, type Kysely } from 'kysely';
import { InputError } from '../../core/types';
import type { SqlStore } from '../store/sql-store';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

/** Parents before children, so that foreign keys hold at every insert. */
export const TABLE_ORDER = [
	'articles',
	'article_bands',
	'places',
	'actors',
	'actor_keys',
	'actor_aliases',
	'actor_mentions',
	'events',
	'mentions',
	'merges',
	'event_roles',
	'edge_events',
	'actor_edges',
	'event_links',
	'day_counts',
	'corrections',
	'correction_keys',
	'merge_blocks',
	'mention_roles',
	'users',
	'sessions',
	'api_tokens',
	'public_views',
	'feeds'
];

export interface TableCheck {
	table: string;
	sourceRows: number;
	targetRows: number;
	sourceChecksum: string;
	targetChecksum: string;
	equal: boolean;
}

async function sqliteColumns(db: AnyDb, table: string): Promise<string[]> {
	const rows = await sql<{ name: string }>`SELECT name FROM pragma_table_info(${table})`.execute(db);
	return rows.rows.map((r) => r.name);
}

async function sqliteTables(db: AnyDb): Promise<Set<string>> {
	const rows = await sql<{ name: string }>`SELECT name FROM sqlite_master WHERE type = 'table'`.execute(db);
	return new Set(rows.rows.map((r) => r.name));
}

/**
 * One value as the checksum sees it. Floats are compared exactly: both databases
 * keep 8-byte doubles (migration 0053), so any digit lost on the way is a difference.
 */
function canon(v: unknown): string {
	if (v === null || v === undefined) return 'N';
	if (typeof v === 'number' || typeof v === 'bigint') {
		const n = Number(v);
		return Number.isInteger(n) ? `I${n}` : `F${n}`;
	}
	if (typeof v === 'string' && /^-?\d+$/.test(v) && v.length < 16) return `S${v}`;
	return `S${String(v)}`;
}

/** Order-independent checksum of a table: the sorted hashes of its rows (collations differ between the databases). */
async function checksum(db: AnyDb, table: string, cols: string[]): Promise<{ rows: number; sum: string }> {
	const hashes: string[] = [];
	const PAGE = 5000;
	const key = cols.includes('id') ? ['id'] : cols;
	for (let offset = 0; ; offset += PAGE) {
		let q = db.selectFrom(table).select(cols);
		for (const k of key) q = q.orderBy(k);
		const rows = (await q.limit(PAGE).offset(offset).execute()) as Record<string, unknown>[];
		for (const r of rows) hashes.push(createHash('sha256').update(cols.map((c) => canon(r[c])).join('\u0001')).digest('hex'));
		if (rows.length < PAGE) break;
	}
	hashes.sort();
	return { rows: hashes.length, sum: createHash('sha256').update(hashes.join('\n')).digest('hex') };
}

export async function compareTables(source: SqlStore, target: SqlStore): Promise<TableCheck[]> {
	const src = source.db as AnyDb, dst = target.db as AnyDb;
	const present = await sqliteTables(src);
	const out: TableCheck[] = [];
	for (const t of TABLE_ORDER.filter((t) => present.has(t))) {
		const cols = await sqliteColumns(src, t);
		const a = await checksum(src, t, cols), b = await checksum(dst, t, cols);
		out.push({ table: t, sourceRows: a.rows, targetRows: b.rows, sourceChecksum: a.sum, targetChecksum: b.sum, equal: a.rows === b.rows && a.sum === b.sum });
	}
	return out;
}

/** Copies an SQLite store into an empty PostgreSQL store (both already migrated), then compares every table. */
export async function migrateSqliteToPostgres(source: SqlStore, target: SqlStore, onProgress?: (table: string, rows: number) => void): Promise<TableCheck[]> {
	if (source.kind !== 'sqlite') throw new InputError('the source must be an SQLite database');
	if (target.kind !== 'postgres') throw new InputError('the target must be a postgres:// URL');
	const src = source.db as AnyDb;
	const present = await sqliteTables(src);
	const tgtCount = Number((await sql<{ n: number }>`SELECT count(*) AS n FROM articles`.execute(target.db)).rows[0].n);
	if (tgtCount > 0) throw new InputError('the target database already holds articles; migrate into an empty database');
	await target.db.transaction().execute(async (trx) => {
		const dst = trx as AnyDb;
		for (const t of TABLE_ORDER.filter((t) => present.has(t))) {
			const cols = await sqliteColumns(src, t);
			const PAGE = 1000;
			let copied = 0;
			for (let offset = 0; ; offset += PAGE) {
				let q = src.selectFrom(t).select(cols);
				q = cols.includes('id') ? q.orderBy('id') : q.orderBy(sql`rowid`);
				const rows = (await q.limit(PAGE).offset(offset).execute()) as Record<string, unknown>[];
				// Rows per INSERT stay under PostgreSQL's 65535 bound parameters.
				const per = Math.max(1, Math.floor(60_000 / cols.length));
				for (let i = 0; i < rows.length; i += per) await dst.insertInto(t).values(rows.slice(i, i + per)).execute();
				copied += rows.length;
				onProgress?.(t, copied);
				if (rows.length < PAGE) break;
			}
			if (cols.includes('id')) {
				// Identity columns continue after the copied ids.
				await sql`SELECT setval(pg_get_serial_sequence(${t}, 'id'), coalesce((SELECT max(id) FROM ${sql.table(t)}), 1), (SELECT max(id) FROM ${sql.table(t)}) IS NOT NULL)`.execute(dst);
			}
		}
	});
	return compareTables(source, target);
}

/** A consistent copy of a live SQLite database in FILE (which must not exist yet). */
export async function backupSqlite(store: SqlStore, file: string): Promise<{ file: string; bytes: number }> {
	if (store.kind !== 'sqlite') throw new InputError('sitrep backup copies SQLite databases; for PostgreSQL use pg_dump');
	const target = path.resolve(file);
	if (fs.existsSync(target)) throw new InputError(`${target} exists; give a new file name`);
	fs.mkdirSync(path.dirname(target), { recursive: true });
	await sql`VACUUM INTO ${target}`.execute(store.db);
	return { file: target, bytes: fs.statSync(target).size };
}
