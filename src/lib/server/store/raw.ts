/**
 * Hand-written SQL for the write path. Building and compiling a kysely query costs
 * about as much as running the small indexed statements that linking issues, tens
 * of times per article; these run straight through the connection instead (SQLite
 * statements are prepared once and cached by text, see index.ts). Statements are
 * written once with `?` placeholders and numbered for PostgreSQL here.
 *
 * Statement texts are built once, not per call: the statement cache (and the
 * numbering for PostgreSQL) looks each text up by value, and a text built anew is
 * hashed and compared whole on every call. A list of values is one bound array
 * (IN_LIST), so one text serves any number of values; multi-row inserts keep one
 * text per row count (RowsInsert).
 */
import { CompiledQuery, PostgresAdapter, type Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

/**
 * `column ${IN_LIST}` is true when the column equals one of the values of an array bound in its place (empty: none).
 * SQLite reads the array as JSON (json_each); PostgreSQL binds it as an array (= ANY).
 */
export const IN_LIST = 'IN (SELECT value FROM json_each(?))';
const PG_IN_LIST = '= ANY(?)';

/** The same statement texts recur: numbered once. Bounded, since multi-row inserts vary in length. */
const numbered = new Map<string, string>();

function toPostgres(text: string): string {
	let out = numbered.get(text);
	if (out === undefined) {
		let i = 0;
		out = text.replaceAll(IN_LIST, PG_IN_LIST).replace(/\?/g, () => `$${++i}`);
		if (numbered.size >= 1000) numbered.delete(numbered.keys().next().value!);
		numbered.set(text, out);
	}
	return out;
}

export function isPostgres(db: AnyDb): boolean {
	return db.getExecutor().adapter instanceof PostgresAdapter;
}

/** Runs one statement and returns its rows (RETURNING rows for writes). An array parameter is an IN_LIST's values. */
export async function q<R = Record<string, unknown>>(db: AnyDb, text: string, params: readonly unknown[] = []): Promise<R[]> {
	const compiled = isPostgres(db)
		? CompiledQuery.raw(toPostgres(text), params as unknown[])
		: CompiledQuery.raw(text, params.map((p) => (Array.isArray(p) ? JSON.stringify(p) : p)));
	return (await db.executeQuery<R>(compiled)).rows;
}

/** `?, ?, ?` for n values. */
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

/** Row counts whose text a RowsInsert keeps: an article's inserts; a batch's totals are larger and written once a batch. */
const KEPT_ROWS = 64;

/** A multi-row INSERT (`head VALUES (…), (…) tail`) whose text for each small row count is built once. */
export class RowsInsert {
	private readonly texts: string[] = [];

	constructor(
		private readonly head: string,
		readonly cols: number,
		private readonly tail = ''
	) {}

	text(rows: number): string {
		const kept = this.texts[rows];
		if (kept !== undefined) return kept;
		const text = `${this.head} VALUES ${tuples(rows, this.cols)}${this.tail ? ' ' + this.tail : ''}`;
		if (rows <= KEPT_ROWS) this.texts[rows] = text;
		return text;
	}
}

/** Inserts rows (arrays of column values) in as few statements as the bind limit allows; RETURNING rows, if any. */
export async function insertRows<R = Record<string, unknown>>(db: AnyDb, insert: RowsInsert, rows: unknown[][]): Promise<R[]> {
	const out: R[] = [];
	for (const part of chunked(rows, insert.cols)) out.push(...(await q<R>(db, insert.text(part.length), part.flat())));
	return out;
}
