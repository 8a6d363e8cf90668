/**
 * Events per start day and type, counted at every confidence threshold: the rollup that answers
 * bucket counts with a minimum confidence, as day_counts answers them without one. Thresholds are
 * steps of 1/20 (the explorer's filter moves in steps of 0.05): column c{k} counts the events with
 * confidence >= k/20, so a query at threshold k/20 sums one column of one row per day and type.
 * A threshold off that grid is answered from the events themselves.
 *
 * The first layout (0072) kept one row per day, type and level and summed the levels at or above
 * the threshold: with 1,000,000 events a two-year month query read 61,000 rows (22 ms); one row
 * per day and type reads 5,800.
 *
 * Triggers on events keep the table (every writer, linking, corrections, imports, bulk loads,
 * stays consistent without knowing of it). Rejected events are left out, as in day_counts.
 */
import { sql, type Kysely, type Migration } from 'kysely';
import type { Dialect } from './schema';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

export const CONFIDENCE_STEPS = 20;
const DAY = 86_400;
const STEPS = Array.from({ length: CONFIDENCE_STEPS + 1 }, (_, k) => k);

/** The threshold step k with c === k/20, or null when c is not on the grid. */
export function gridLevel(c: number): number | null {
	const k = Math.round(c * CONFIDENCE_STEPS);
	// Both sides are correctly rounded doubles, so equality means "the same decimal step".
	return k >= 0 && k <= CONFIDENCE_STEPS && k / CONFIDENCE_STEPS === c ? k : null;
}

/** An event's level: the highest k in -1..20 with confidence >= k/20 (tests compare it with the database's). */
export function confidenceLevel(confidence: number): number {
	let k = Math.trunc(confidence * CONFIDENCE_STEPS);
	if (confidence >= (k + 1) / CONFIDENCE_STEPS) k++;
	else if (confidence < k / CONFIDENCE_STEPS) k--;
	return Math.max(-1, Math.min(CONFIDENCE_STEPS, k));
}

/** The column counting the events with confidence >= k/20. */
export const thresholdColumn = (k: number) => `c${k}`;

/**
 * SQL, 1 or 0, for `row.confidence >= k/20`. The literal is JavaScript's shortest round-trip text
 * of k/20, which both databases read back as the same double, so the comparison is exactly the
 * filter `e.confidence >= ${k / 20}` that gridLevel stands in for.
 */
function atThreshold(dialect: Dialect, row: string, k: number): string {
	const t = String(k / CONFIDENCE_STEPS);
	return dialect === 'postgres' ? `(${row}.confidence >= ${t}::float8)::int` : `(${row}.confidence >= ${t})`;
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

const columns = STEPS.map(thresholdColumn).join(', ');
const thresholds = (dialect: Dialect, row: string) => STEPS.map((k) => atThreshold(dialect, row, k));

/** SQL that fills the (empty) rollup from the events stored: the migration's, and bulk loads' that load with the triggers off. */
export function fillDayConfidenceSql(dialect: Dialect): string {
	const e = keysOf(dialect, 'e');
	const sums = STEPS.map((k) => `sum(${thresholdColumn(k)})`).join(', ');
	const marks = thresholds(dialect, 'e').map((t, k) => `${t} AS ${thresholdColumn(k)}`).join(', ');
	return `INSERT INTO day_confidence (day, month, type, ${columns})
		SELECT day, month, type, ${sums} FROM (SELECT ${e.day} AS day, ${e.month} AS month, e.type AS type, ${marks} FROM events e WHERE e.rejected = 0) x
		GROUP BY day, month, type`;
}

/** 0072's layout, one row per day, type and level: superseded by 0074, which drops it. */
export const firstDayConfidenceMigration: Migration = {
	async up() {
		// Databases made before 0074 have the table and its triggers, and 0074 drops them; new ones need neither.
	}
};

/** Creates the rollup (dropping 0072's layout), fills it from the events stored, and installs the triggers that keep it. */
export function dayConfidenceMigration(dialect: Dialect): Migration {
	return {
		async up(db: AnyDb) {
			if (dialect === 'postgres') {
				await sql.raw('DROP TRIGGER IF EXISTS events_day_confidence ON events').execute(db);
				await sql.raw('DROP FUNCTION IF EXISTS day_confidence_keep()').execute(db);
			} else {
				for (const t of ['insert', 'delete', 'update']) await sql.raw(`DROP TRIGGER IF EXISTS events_day_confidence_${t}`).execute(db);
			}
			await db.schema.dropTable('day_confidence').ifExists().execute();
			let table = db.schema
				.createTable('day_confidence')
				.addColumn('day', 'integer', (c) => c.notNull())
				.addColumn('month', 'integer', (c) => c.notNull())
				.addColumn('type', 'text', (c) => c.notNull());
			for (const k of STEPS) table = table.addColumn(thresholdColumn(k), 'integer', (c) => c.notNull());
			table = table.addPrimaryKeyConstraint('day_confidence_pk', ['day', 'type']);
			// Bucket counts read a day range: in SQLite the key's B-tree then holds the counts, with no second tree to keep.
			await (dialect === 'sqlite' ? table.modifyEnd(sql`WITHOUT ROWID`) : table).execute();
			await sql.raw(fillDayConfidenceSql(dialect)).execute(db);
			const o = keysOf(dialect, 'OLD'), n = keysOf(dialect, 'NEW');
			const accumulate = `ON CONFLICT (day, type) DO UPDATE SET ${STEPS.map((k) => `${thresholdColumn(k)} = day_confidence.${thresholdColumn(k)} + excluded.${thresholdColumn(k)}`).join(', ')}`;
			const add = `INSERT INTO day_confidence (day, month, type, ${columns}) VALUES (${n.day}, ${n.month}, NEW.type, ${thresholds(dialect, 'NEW').join(', ')})
				${accumulate}`;
			const remove = `UPDATE day_confidence SET ${thresholds(dialect, 'OLD').map((t, k) => `${thresholdColumn(k)} = ${thresholdColumn(k)} - ${t}`).join(', ')} WHERE day = ${o.day} AND type = OLD.type`;
			// A confidence change that stays between two thresholds changes no count.
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
							INSERT INTO day_confidence (day, month, type, ${columns}) SELECT ${n.day}, ${n.month}, NEW.type, ${thresholds(dialect, 'NEW').join(', ')} WHERE NEW.rejected = 0
								${accumulate};
						END`
					)
					.execute(db);
			}
		}
	};
}
