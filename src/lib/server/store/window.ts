/**
 * Time-window SQL. An event overlaps [from, to) when start < to and end > from;
 * with only an index on start, "end > from" would scan every earlier event. Events
 * are filed by duration class, and within a class no event lasts longer than its
 * bound, so each class needs only the index range start ∈ (from - bound, to).
 */
import { sql, type RawBuilder } from 'kysely';

const DAY = 86_400;
/** Upper bound (seconds) of each duration class; the last class is unbounded. */
export const SPAN_CLASS_MAX = [2 * DAY, 8 * DAY, 32 * DAY, 367 * DAY];

export function spanClass(start: number, end: number): number {
	const d = end - start;
	const i = SPAN_CLASS_MAX.findIndex((m) => d <= m);
	return i === -1 ? SPAN_CLASS_MAX.length : i;
}

/** Condition on alias `e` for events overlapping [from, to); either bound may be open. */
export function overlapCondition(from: number | null, to: number | null): RawBuilder<boolean> {
	const parts: RawBuilder<unknown>[] = [];
	if (to !== null) parts.push(sql`e.start_s < ${to}`);
	if (from !== null) {
		parts.push(sql`e.end_s > ${from}`);
		const classes = SPAN_CLASS_MAX.map((max, i) => sql`(e.span_class = ${i} AND e.start_s > ${from - max})`);
		classes.push(sql`e.span_class = ${SPAN_CLASS_MAX.length}`);
		parts.push(sql`(${sql.join(classes, sql` OR `)})`);
	}
	if (parts.length === 0) return sql<boolean>`1 = 1`;
	return sql<boolean>`${sql.join(parts, sql` AND `)}`;
}
