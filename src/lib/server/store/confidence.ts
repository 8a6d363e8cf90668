/**
 * Events per start day, type and confidence level: the rollup that answers bucket counts
 * with a minimum confidence, as day_counts answers them without one. Levels are steps of
 * 1/20 (the explorer's filter moves in steps of 0.05): an event is at level k, the highest
 * k in -1..20 with confidence >= k/20, so `confidence >= k/20` holds exactly for the events
 * at levels k and above. A threshold off that grid is answered from the events themselves.
 *
 * Triggers on events keep the table (every writer, linking, corrections, imports, bulk
 * loads, stays consistent without knowing of it). Rejected events are left out, as in
 * day_counts.
 */
import { sql, type Kysely, type Migration } from 'kysely';
import type { Dialect } from './schema';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

export const CONFIDENCE_STEPS = 20;
const DAY = 86_400;

/** The level whose rows answer `confidence >= c`, or null when c is not on the grid. */
export function gridLevel(c: number): number | null {
	const k = Math.round(c * CONFIDENCE_STEPS);
	// Both sides are correctly rounded doubles, so equality means "the same decimal step".
	return k >= 0 && k <= CONFIDENCE_STEPS && k / CONFIDENCE_STEPS === c ? k : null;
}

/** An event's level, as TypeScript computes it (tests compare it with the database's). */
export function confidenceLevel(confidence: number): number {
	let k = Math.trunc(confidence * CONFIDENCE_STEPS);
	if (confidence >= (k + 1) / CONFIDENCE_STEPS) k++;
	else if (confidence < k / CONFIDENCE_STEPS) k--;
	return Math.max(-1, Math.min(CONFIDENCE_STEPS, k));
}

/** SQL for the level of `row.confidence` (row: NEW, OLD or a table alias): the truncated product, corrected by one step by exact comparison. */
function levelSql(dialect: Dialect, row: string): string {
	const c = `${row}.confidence`;
	const f = dialect === 'postgres' ? `CAST(trunc(${c} * ${CONFIDENCE_STEPS}) AS integer)` : `CAST(${c} * ${CONFIDENCE_STEPS} AS INTEGER)`;
	const dbl = dialect === 'postgres' ? 'double precision' : 'REAL';
	const [max, min] = dialect === 'postgres' ? ['GREATEST', 'LEAST'] : ['max', 'min'];
	const step = `CASE WHEN ${c} >= CAST(${f} + 1 AS ${dbl}) / ${CONFIDENCE_STEPS} THEN ${f} + 1 WHEN ${c} < CAST(${f} AS ${dbl}) / ${CONFIDENCE_STEPS} THEN ${f} - 1 ELSE ${f} END`;
	return `${max}(-1, ${min}(${CONFIDENCE_STEPS}, ${step}))`;
}

/** SQL for the UTC day of `row.start_s` (floored, also before 1970). */
function daySql(dialect: Dialect, row: string): string {
	const s = `${row}.start_s`;
	return dialect === 'postgres' ? `CAST(floor(${s} / ${DAY}.0) AS integer)` : `((${s} - (((${s} % ${DAY}) + ${DAY}) % ${DAY})) / ${DAY})`;
}

/** SQL for year * 12 + month - 1 of `row.start_s` (UTC), as monthOfDay computes it. */
function monthSql(dialect: Dialect, row: string): string {
	const s = `${row}.start_s`;
	if (dialect === 'postgres') {
		const t = `(to_timestamp(${s}) AT TIME ZONE 'UTC')`;
		return `CAST(extract(year FROM ${t}) * 12 + extract(month FROM ${t}) - 1 AS integer)`;
	}
	return `(CAST(strftime('%Y', ${s}, 'unixepoch') AS INTEGER) * 12 + CAST(strftime('%m', ${s}, 'unixepoch') AS INTEGER) - 1)`;
}

const keysOf = (dialect: Dialect, row: string) => ({ day: daySql(dialect, row), month: monthSql(dialect, row), level: levelSql(dialect, row) });

/** SQL that fills the (empty) rollup from the events stored: the migration's, and bulk loads' that load with the triggers off. */
export function fillDayConfidenceSql(dialect: Dialect): string {
	const e = keysOf(dialect, 'e');
	return `INSERT INTO day_confidence (day, month, type, level, n)
		SELECT day, month, type, level, count(*) FROM (SELECT ${e.day} AS day, ${e.month} AS month, e.type AS type, ${e.level} AS level FROM events e WHERE e.rejected = 0) x
		GROUP BY day, month, type, level`;
}

/** Creates the rollup, fills it from the events stored, and installs the triggers that keep it. */
export function dayConfidenceMigration(dialect: Dialect): Migration {
	return {
		async up(db: AnyDb) {
			await db.schema
				.createTable('day_confidence')
				.addColumn('day', 'integer', (c) => c.notNull())
				.addColumn('month', 'integer', (c) => c.notNull())
				.addColumn('type', 'text', (c) => c.notNull())
				.addColumn('level', 'integer', (c) => c.notNull())
				.addColumn('n', 'integer', (c) => c.notNull())
				.addPrimaryKeyConstraint('day_confidence_pk', ['day', 'type', 'level'])
				.execute();
			// Bucket counts read a day range above a level: answered from this index alone.
			await db.schema.createIndex('day_confidence_cover').on('day_confidence').columns(['day', 'level', 'type', 'month', 'n']).execute();
			await sql.raw(fillDayConfidenceSql(dialect)).execute(db);
			const o = keysOf(dialect, 'OLD'), n = keysOf(dialect, 'NEW');
			const add = `INSERT INTO day_confidence (day, month, type, level, n) VALUES (${n.day}, ${n.month}, NEW.type, ${n.level}, 1)
				ON CONFLICT (day, type, level) DO UPDATE SET n = day_confidence.n + 1`;
			const remove = `UPDATE day_confidence SET n = n - 1 WHERE day = ${o.day} AND type = OLD.type AND level = ${o.level}`;
			const moved = `${o.day} <> ${n.day} OR OLD.type <> NEW.type OR ${o.level} <> ${n.level} OR OLD.rejected <> NEW.rejected`;
			if (dialect === 'postgres') {
				await sql
					.raw(
						`CREATE FUNCTION day_confidence_keep() RETURNS trigger LANGUAGE plpgsql AS $$
						BEGIN
							IF TG_OP = 'UPDATE' AND NOT (${moved}) THEN RETURN NULL; END IF;
							IF TG_OP <> 'INSERT' AND OLD.rejected = 0 THEN ${remove}; END IF;
							IF TG_OP <> 'DELETE' AND NEW.rejected = 0 THEN ${add}; END IF;
							RETURN NULL;
						END $$`
					)
					.execute(db);
				await sql
					.raw(`CREATE TRIGGER events_day_confidence AFTER INSERT OR DELETE OR UPDATE OF start_s, type, confidence, rejected ON events FOR EACH ROW EXECUTE FUNCTION day_confidence_keep()`)
					.execute(db);
			} else {
				await sql.raw(`CREATE TRIGGER events_day_confidence_insert AFTER INSERT ON events WHEN NEW.rejected = 0 BEGIN ${add}; END`).execute(db);
				await sql.raw(`CREATE TRIGGER events_day_confidence_delete AFTER DELETE ON events WHEN OLD.rejected = 0 BEGIN ${remove}; END`).execute(db);
				await sql
					.raw(
						`CREATE TRIGGER events_day_confidence_update AFTER UPDATE OF start_s, type, confidence, rejected ON events WHEN ${moved} BEGIN
							${remove} AND OLD.rejected = 0;
							INSERT INTO day_confidence (day, month, type, level, n) SELECT ${n.day}, ${n.month}, NEW.type, ${n.level}, 1 WHERE NEW.rejected = 0
								ON CONFLICT (day, type, level) DO UPDATE SET n = day_confidence.n + 1;
						END`
					)
					.execute(db);
			}
		}
	};
}
