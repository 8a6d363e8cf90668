/**
 * Time-window SQL. An event overlaps [from, to) when start < to and end > from;
 * with only an index on start, "end > from" would scan every earlier event. Events
 * are filed by duration class, and within a class no event lasts longer than its
 * bound, so each class needs only the index range start ∈ (from - bound, to) of
 * the covering index (span_class, start_s, end_s, id). Queries run one small
 * range scan per class instead of an OR, which both databases would turn into a
 * rowid set and a sort.
 */
import { sql, type RawBuilder } from 'kysely';

const DAY = 86_400;
/** Upper bound (seconds) of each duration class; the last class is unbounded. */
export const SPAN_CLASS_MAX = [2 * DAY, 8 * DAY, 32 * DAY, 367 * DAY];
export const SPAN_CLASSES = SPAN_CLASS_MAX.length + 1;

export function spanClass(start: number, end: number): number {
	const d = end - start;
	const i = SPAN_CLASS_MAX.findIndex((m) => d <= m);
	return i === -1 ? SPAN_CLASS_MAX.length : i;
}

/** Events of duration class `k` overlapping [from, to); either bound may be open. */
export function classWindow(k: number, from: number | null, to: number | null): RawBuilder<boolean> {
	const parts: RawBuilder<unknown>[] = [sql`e.span_class = ${sql.lit(k)}`];
	if (from !== null && k < SPAN_CLASS_MAX.length) parts.push(sql`e.start_s > ${from - SPAN_CLASS_MAX[k]}`);
	if (to !== null) parts.push(sql`e.start_s < ${to}`);
	if (from !== null) parts.push(sql`e.end_s > ${from}`);
	return sql<boolean>`${sql.join(parts, sql` AND `)}`;
}

/**
 * One condition for events overlapping [from, to), for queries that cannot be split per class (joins, aggregates).
 * `within` (e.g. a family) is repeated inside every class term, so that SQLite can answer each term from the
 * (family, span_class, start_s) index instead of scanning the whole family.
 */
export function overlapCondition(from: number | null, to: number | null, within?: RawBuilder<boolean>): RawBuilder<boolean> {
	if (from === null && to === null) return within ?? sql<boolean>`1 = 1`;
	if (from === null) return within ? sql<boolean>`${within} AND e.start_s < ${to}` : sql<boolean>`e.start_s < ${to}`;
	const classes = Array.from({ length: SPAN_CLASSES }, (_, k) => (within ? sql`(${within} AND ${classWindow(k, from, to)})` : sql`(${classWindow(k, from, to)})`));
	return sql<boolean>`(${sql.join(classes, sql` OR `)})`;
}

/**
 * The events of one family overlapping [from, to), as SQL text with `?` placeholders for the raw statements of the
 * write path: one condition per duration class (classWindow), for a UNION ALL whose arms each read one range of the
 * (family, span_class, start_s) index in index order. familyClassParams binds them.
 */
export const FAMILY_CLASS_WINDOWS: readonly string[] = Array.from(
	{ length: SPAN_CLASSES },
	(_, k) => `e.family = ? AND e.span_class = ${k}${k < SPAN_CLASS_MAX.length ? ' AND e.start_s > ?' : ''} AND e.start_s < ? AND e.end_s > ?`
);

/** The values of each of FAMILY_CLASS_WINDOWS. */
export function familyClassParams(from: number, to: number, family: string): unknown[][] {
	return Array.from({ length: SPAN_CLASSES }, (_, k) => (k < SPAN_CLASS_MAX.length ? [family, from - SPAN_CLASS_MAX[k], to, from] : [family, to, from]));
}
