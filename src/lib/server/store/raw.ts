/**
 * Hand-written SQL for the write path. Building and compiling a kysely query costs
 * about as much as running the small indexed statements that linking issues, tens
 * of times per article; these run straight through the connection instead (SQLite
 * statements are prepared once and cached by text, see index.ts). Statements are
 * written once with `?` placeholders and numbered for PostgreSQL here.
 */
import { CompiledQuery, PostgresAdapter, type Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

/** The same statement texts recur: numbered once. Bounded, since IN lists vary in length. */
const numbered = new Map<string, string>();

function toPostgres(text: string): string {
	let out = numbered.get(text);
	if (out === undefined) {
		let i = 0;
		out = text.replace(/\?/g, () => `$${++i}`);
		if (numbered.size >= 1000) numbered.delete(numbered.keys().next().value!);
		numbered.set(text, out);
	}
	return out;
}

export function isPostgres(db: AnyDb): boolean {
	return db.getExecutor().adapter instanceof PostgresAdapter;
}

/** Runs one statement and returns its rows (RETURNING rows for writes). */
export async function q<R = Record<string, unknown>>(db: AnyDb, text: string, params: readonly unknown[] = []): Promise<R[]> {
	const compiled = CompiledQuery.raw(isPostgres(db) ? toPostgres(text) : text, params as unknown[]);
	return (await db.executeQuery<R>(compiled)).rows;
}

/** `?, ?, ?` for an IN list of n values. */
export function marks(n: number): string {
	return n === 1 ? '?' : Array.from({ length: n }, () => '?').join(', ');
}

/** Multi-row VALUES tuples: `(?, ?), (?, ?)`. */
export function tuples(rows: number, cols: number): string {
	const one = `(${marks(cols)})`;
	return Array.from({ length: rows }, () => one).join(', ');
}

/**
 * Splits rows so that one statement binds at most this many values: SQLite allows
 * 32,766 per statement and PostgreSQL 65,535.
 */
export const MAX_BOUND = 30_000;

export function* chunked<T>(rows: T[], cols: number): Generator<T[]> {
	const per = Math.max(1, Math.floor(MAX_BOUND / cols));
	for (let i = 0; i < rows.length; i += per) yield rows.slice(i, i + per);
}

/** Inserts rows (arrays of column values) in as few statements as the bind limit allows. */
export async function insertRows(db: AnyDb, head: string, cols: number, rows: unknown[][], tail = ''): Promise<void> {
	for (const part of chunked(rows, cols)) {
		await q(db, `${head} VALUES ${tuples(part.length, cols)}${tail ? ' ' + tail : ''}`, part.flat());
	}
}
