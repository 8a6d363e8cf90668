/**
 * The Store over kysely: one implementation for SQLite and PostgreSQL; the few
 * places where they differ (transactions, full text) branch on `dialect`.
 */
import { Migrator, sql, type Kysely, type RawBuilder } from 'kysely';
import { InputError, type Extraction } from '../../core/types';
import { familyOf } from '../../graph/families';
import { toIso } from '../../graph/time';
import { migrationProvider } from './migrations';
import type { DB, Dialect } from './schema';
import { filterConditions, ftsTerms, otherConditions, parseInstant, parseWindow, whereAll, type Window } from './filter';
import { classWindow, overlapCondition, SPAN_CLASSES } from './window';
import { gridLevel, thresholdColumn } from './confidence';
import { findByHashTx, LinkBatch, saveArticleTx } from './save';
import { asFull } from './migrations-analyst';
import { afterArticleLinked } from '../corrections/overlay';
import type {
	ActorSummary,
	ArticleRecordInput,
	Bucket,
	BucketQuery,
	EventDetail,
	EventFilter,
	EventQuery,
	EventSummary,
	GraphSelection,
	RoleSummary,
	SaveItem,
	SaveOutcome,
	SaveResult,
	Store,
	StoreStats
} from './types';

/** One lock id for all linking on PostgreSQL: workers extract in parallel and link one article at a time. */
const LINK_LOCK = 0x5157_0001;
const DAY = 86_400;
const MAX_LIMIT = 5000;

export class SqlStore implements Store {
	constructor(
		readonly db: Kysely<DB>,
		readonly kind: Dialect,
		private readonly onClose: () => Promise<void> = async () => {}
	) {}

	async migrate(): Promise<void> {
		const migrator = new Migrator({ db: this.db, provider: migrationProvider(this.kind) });
		// SQLite can roll DDL back, but Kysely runs its migrations outside a transaction there (PostgreSQL's run inside
		// one): a process killed between two migrations left half a schema behind. All pending ones commit together.
		// (The SQLite dialect has one connection, so the migrator's statements run inside this transaction. IMMEDIATE:
		// it writes, and a racing process waits for it rather than failing on a stale snapshot. An up-to-date database,
		// the usual start, takes no write lock at all.)
		const atomic = this.kind === 'sqlite' && (await migrator.getMigrations()).some((m) => !m.executedAt);
		if (atomic) await sql`BEGIN IMMEDIATE`.execute(this.db);
		let outcome: Awaited<ReturnType<Migrator['migrateToLatest']>>;
		try {
			outcome = await migrator.migrateToLatest();
		} catch (e) {
			if (atomic) await sql`ROLLBACK`.execute(this.db);
			throw e;
		}
		if (atomic) await (outcome.error ? sql`ROLLBACK` : sql`COMMIT`).execute(this.db);
		const { error, results } = outcome;
		if (error) {
			const failed = results?.find((r) => r.status === 'Error');
			throw new Error(`migration ${failed?.migrationName ?? ''} failed: ${error instanceof Error ? error.message : String(error)}`);
		}
	}

	async close(): Promise<void> {
		await this.db.destroy();
		await this.onClose();
	}

	/** Runs `fn` in one write transaction (SQLite: BEGIN IMMEDIATE, so concurrent writers queue instead of deadlocking). */
	async transaction<T>(fn: (db: Kysely<DB>) => Promise<T>): Promise<T> {
		if (this.kind === 'postgres') {
			return this.db.transaction().execute(async (trx) => {
				await sql`SELECT pg_advisory_xact_lock(${LINK_LOCK})`.execute(trx);
				return fn(trx);
			});
		}
		return this.db.connection().execute(async (conn) => {
			await sql`BEGIN IMMEDIATE`.execute(conn);
			try {
				const out = await fn(conn);
				await sql`COMMIT`.execute(conn);
				return out;
			} catch (err) {
				// SQLite rolls back by itself on some errors (SQLITE_FULL, SQLITE_IOERR): ROLLBACK would then fail with
				// "no transaction is active" and hide the error that says what went wrong.
				await sql`ROLLBACK`.execute(conn).catch(() => {});
				throw err;
			}
		});
	}

	async saveArticle(article: ArticleRecordInput, extraction: Extraction): Promise<SaveResult> {
		if (!article.text || !article.text.trim()) throw new InputError('article text is empty');
		return this.transaction(async (db) => {
			const saved = await saveArticleTx(db, this.kind, article, extraction);
			// Analysts' corrections are an overlay on linking: re-applied to whatever this article touched.
			if (saved.inserted) await afterArticleLinked(asFull(db), this.kind, Number(saved.articleId));
			return saved;
		});
	}

	async saveArticles(items: SaveItem[]): Promise<SaveOutcome[]> {
		if (items.length === 0) return [];
		return this.transaction(async (db) => {
			const out: SaveOutcome[] = [];
			// Corrections hold the link lock too, so none appears while this batch runs.
			const corrected = await asFull(db).selectFrom('corrections').select('id').limit(1).executeTakeFirst();
			const batch = new LinkBatch(corrected === undefined);
			for (const { article, extraction } of items) {
				if (!article.text || !article.text.trim()) {
					out.push({ error: 'article text is empty' });
					continue;
				}
				await sql`SAVEPOINT article`.execute(db);
				try {
					const saved = await saveArticleTx(db, this.kind, article, extraction, batch);
					if (saved.inserted) await afterArticleLinked(asFull(db), this.kind, Number(saved.articleId));
					await sql`RELEASE SAVEPOINT article`.execute(db);
					batch.keep();
					out.push(saved);
				} catch (err) {
					// Bad input is this article's problem; anything else is the store's, and ends the batch.
					if (!(err instanceof InputError)) throw err;
					await sql`ROLLBACK TO SAVEPOINT article`.execute(db);
					await sql`RELEASE SAVEPOINT article`.execute(db);
					batch.drop();
					out.push({ error: err.message });
				}
			}
			await batch.finish(db);
			return out;
		});
	}

	async articleByContentHash(hash: string): Promise<SaveResult | null> {
		return findByHashTx(this.db, hash);
	}

	async listEvents(query: EventQuery): Promise<{ total: number; events: EventSummary[] }> {
		const limit = clampInt(query.limit, 200, 0, MAX_LIMIT, 'limit');
		const offset = clampInt(query.offset, 0, 0, Number.MAX_SAFE_INTEGER, 'offset');
		const w = parseWindow(query);
		const rest = await otherConditions(this.db, this.kind, query);
		let total: number;
		let rows: SummaryRow[];
		if (w.from === null) {
			const where = whereAll(w.to === null ? rest : [overlapCondition(null, w.to), ...rest]);
			total = Number((await this.db.selectFrom('events as e').select(sql<number>`count(*)`.as('n')).where(where).executeTakeFirstOrThrow()).n);
			rows = await this.db.selectFrom('events as e').select(SUMMARY_SELECT).where(where).orderBy('e.start_s').orderBy('e.end_s').orderBy('e.id').limit(limit).offset(offset).execute();
		} else {
			({ total, rows } = await this.windowPage(w, rest, limit, offset));
		}
		if (rows.length === 0) return { total, events: [] };
		const ids = rows.map((r) => r.id);
		const [places, roles, outlets] = [await this.placesOf(rows), await this.rolesOf(ids), await this.outletsOf(ids)];
		return { total, events: rows.map((r) => summary({ ...r, ...places.get(r.place_id ?? -1) }, roles.get(r.id) ?? [], outlets.get(r.id) ?? [])) };
	}

	/** Names and coordinates of the places of a page of events (few, from a small table). */
	private async placesOf(rows: SummaryRow[]): Promise<Map<number, { place_name: string; lat: number | null; lon: number | null }>> {
		const ids = [...new Set(rows.map((r) => r.place_id).filter((x): x is number => x !== null))];
		const out = new Map<number, { place_name: string; lat: number | null; lon: number | null }>();
		if (ids.length === 0) return out;
		for (const p of await this.db.selectFrom('places').select(['id', 'name', 'lat', 'lon']).where('id', 'in', ids).execute()) out.set(p.id, { place_name: p.name, lat: p.lat, lon: p.lon });
		return out;
	}

	/**
	 * A page of events overlapping the window: one index range per duration class, merged by (start, end, id)
	 * inside the database. On SQLite each arm of the UNION ALL reads its range in index order and the arms are
	 * merged as streams (MERGE (UNION ALL)) up to the page's end: only the rows of the page are read out, not
	 * `offset + limit` rows of every class (four times as many at year zoom, where every class fills the page).
	 * The window index covers the summary columns.
	 */
	private async windowPage(w: Window, rest: RawBuilder<boolean>[], limit: number, offset: number): Promise<{ total: number; rows: SummaryRow[] }> {
		let rows: SummaryRow[] = [];
		if (limit > 0) {
			const from = rest.length === 0 ? this.windowIndexed() : sql`events AS e`;
			const columns = sql.join(SUMMARY_SELECT.map((c) => sql.ref(c)));
			// PostgreSQL plans a UNION ALL of plain arms as bitmap scans and one sort of every row in the window
			// (200 ms for a year of 1,000,000 events), not as a Merge Append: there, each arm reads its own first
			// rows in index order and only those are sorted. SQLite sorts such limited arms instead of merging them.
			const arms = Array.from({ length: SPAN_CLASSES }, (_, k) => {
				const arm = sql`SELECT ${columns} FROM ${from} WHERE ${whereAll([classWindow(k, w.from, w.to), ...rest])}`;
				return this.kind === 'postgres' ? sql`(${arm} ORDER BY e.start_s, e.end_s, e.id LIMIT ${offset + limit})` : arm;
			});
			const page = sql<SummaryRow>`${sql.join(arms, sql` UNION ALL `)} ORDER BY start_s, end_s, id LIMIT ${limit} OFFSET ${offset}`;
			rows = (await page.execute(this.db)).rows;
		}
		let total = 0;
		if (rest.length === 0 && w.to !== null) total = await this.rollupTotal(w.from!, w.to);
		else {
			for (let k = 0; k < SPAN_CLASSES; k++) {
				const r = await this.db.selectFrom('events as e').select(sql<number>`count(*)`.as('n')).where(whereAll([classWindow(k, w.from, w.to), ...rest])).executeTakeFirstOrThrow();
				total += Number(r.n);
			}
		}
		return { total, rows };
	}

	/**
	 * The events table for an unfiltered window range. SQLite re-plans each window with its bound values
	 * (STAT4) and, once ANALYZE has run, sometimes prefers a skip-scan of the family index plus a sort or a
	 * scan of the whole year's events (90,000 rows at 1,000,000 events, 10-15 ms) to the class range of the
	 * window index. Without other filters the window index is always the right one, so it is named.
	 */
	private windowIndexed() {
		return this.kind === 'sqlite' ? sql`events AS e INDEXED BY events_span_cover` : sql`events AS e`;
	}

	/**
	 * Exact count of events overlapping [from, to) without a filter: whole days from the
	 * per-day rollup, the partial days at both ends from the start index, plus the events
	 * that began before `from` and are still running (few: one short range per class).
	 */
	private async rollupTotal(from: number, to: number): Promise<number> {
		const count = async (conds: RawBuilder<boolean>[]) =>
			Number((await this.db.selectFrom('events as e').select(sql<number>`count(*)`.as('n')).where(whereAll(conds)).executeTakeFirstOrThrow()).n);
		const firstDay = Math.ceil(from / DAY), lastDay = Math.floor(to / DAY);
		let total = 0;
		if (lastDay <= firstDay) total += await count([sql<boolean>`e.start_s >= ${from}`, sql<boolean>`e.start_s < ${to}`]);
		else {
			const r = await this.db.selectFrom('day_counts').select(sql<number>`coalesce(sum(n), 0)`.as('n')).where('day', '>=', firstDay).where('day', '<', lastDay).executeTakeFirstOrThrow();
			total += Number(r.n);
			if (from < firstDay * DAY) total += await count([sql<boolean>`e.start_s >= ${from}`, sql<boolean>`e.start_s < ${firstDay * DAY}`]);
			if (lastDay * DAY < to) total += await count([sql<boolean>`e.start_s >= ${lastDay * DAY}`, sql<boolean>`e.start_s < ${to}`]);
		}
		for (let k = 0; k < SPAN_CLASSES; k++) {
			const r = await sql<{ n: number }>`SELECT count(*) AS n FROM ${this.windowIndexed()} WHERE ${whereAll([classWindow(k, from, from), sql<boolean>`e.end_s > ${from}`])}`.execute(this.db);
			total += Number(r.rows[0].n);
		}
		return total;
	}

	private async rolesOf(eventIds: number[]): Promise<Map<number, RoleSummary[]>> {
		const out = new Map<number, RoleSummary[]>();
		if (eventIds.length === 0) return out;
		const rows = await this.db
			.selectFrom('event_roles as r')
			.innerJoin('actors as a', 'a.id', 'r.actor_id')
			.select(['r.event_id', 'r.role', 'r.actor_id', 'a.name', 'a.kind'])
			.where('r.event_id', 'in', eventIds)
			.orderBy('r.mentions', 'desc')
			.execute();
		for (const r of rows) {
			const list = out.get(r.event_id) ?? [];
			list.push({ role: r.role as RoleSummary['role'], actorId: String(r.actor_id), name: r.name, kind: r.kind });
			out.set(r.event_id, list);
		}
		return out;
	}

	/** Distinct outlets per event, in order of their first report. */
	private async outletsOf(eventIds: number[]): Promise<Map<number, string[]>> {
		const out = new Map<number, string[]>();
		if (eventIds.length === 0) return out;
		const rows = await this.db
			.selectFrom('mentions as m')
			.innerJoin('articles as a', 'a.id', 'm.article_id')
			.select(['m.event_id', 'a.source', sql<string>`min(a.published)`.as('first'), sql<number>`min(m.id)`.as('mid')])
			.where('m.event_id', 'in', eventIds)
			.where('a.source', 'is not', null)
			.groupBy(['m.event_id', 'a.source'])
			.execute();
		rows.sort((x, y) => (x.first < y.first ? -1 : x.first > y.first ? 1 : Number(x.mid) - Number(y.mid)));
		for (const r of rows) {
			const list = out.get(r.event_id) ?? [];
			list.push(r.source!);
			out.set(r.event_id, list);
		}
		return out;
	}

	async getEvent(id: string): Promise<EventDetail | null> {
		if (!/^\d+$/.test(String(id))) return null;
		const eventId = Number(id);
		const row = await this.db
			.selectFrom('events as e')
			.leftJoin('places as p', 'p.id', 'e.place_id')
			.selectAll('e')
			.select(['p.name as place_name', 'p.lat', 'p.lon'])
			.where('e.id', '=', eventId)
			.executeTakeFirst();
		if (!row) return null;
		const roles = (await this.rolesOf([eventId])).get(eventId) ?? [];
		const mentions = await this.db
			.selectFrom('mentions as m')
			.innerJoin('articles as a', 'a.id', 'm.article_id')
			.select([
				'm.id', 'm.article_id', 'm.evidence_start', 'm.evidence_end', 'm.evidence_text', 'm.date_text', 'm.date_value', 'm.basis',
				'm.place_name', 'm.fatalities', 'm.agents', 'a.url', 'a.title', 'a.source', 'a.published', 'a.text'
			])
			.where('m.event_id', '=', eventId)
			.orderBy('a.published')
			.orderBy('m.id')
			.execute();
		const agentIds = [...new Set(mentions.flatMap((m) => JSON.parse(m.agents) as number[]))];
		const names = new Map<number, string>();
		if (agentIds.length) {
			for (const a of await this.db.selectFrom('actors').select(['id', 'name']).where('id', 'in', agentIds).execute()) names.set(a.id, a.name);
		}
		const merges = await this.db.selectFrom('merges').selectAll().where('event_id', '=', eventId).orderBy('mention_id').execute();
		const out = await this.db
			.selectFrom('event_links as l')
			.innerJoin('events as o', 'o.id', 'l.to_id')
			.select(['l.relation', 'o.id', 'o.label'])
			.where('l.from_id', '=', eventId)
			.execute();
		const inn = await this.db
			.selectFrom('event_links as l')
			.innerJoin('events as o', 'o.id', 'l.from_id')
			.select(['l.relation', 'o.id', 'o.label'])
			.where('l.to_id', '=', eventId)
			.execute();
		const outlets = [...new Set(mentions.map((m) => m.source).filter((x): x is string => x !== null))];
		return {
			...summary(row, roles, outlets),
			interval: { start: toIso(Number(row.start_s)), end: toIso(Number(row.end_s)) },
			basis: row.basis,
			sources: mentions.map((m) => ({
				articleId: String(m.article_id),
				mentionId: String(m.id),
				url: m.url,
				title: m.title,
				source: m.source,
				published: m.published,
				text: m.text,
				evidence: { start: m.evidence_start, end: m.evidence_end, text: m.evidence_text },
				dateText: m.date_text,
				dateValue: m.date_value,
				dateBasis: m.basis,
				placeName: m.place_name,
				fatalities: m.fatalities,
				agents: (JSON.parse(m.agents) as number[]).map((a) => names.get(a) ?? String(a))
			})),
			merges: merges.map((m) => ({ mentionId: String(m.mention_id), reason: m.reason, score: m.score, automatic: m.automatic === 1 })),
			links: [
				...out.map((l) => ({ relation: l.relation, otherId: String(l.id), otherLabel: l.label, direction: 'out' as const })),
				...inn.map((l) => ({ relation: l.relation, otherId: String(l.id), otherLabel: l.label, direction: 'in' as const }))
			]
		};
	}

	async buckets(query: BucketQuery): Promise<Bucket[]> {
		const unit = query.unit;
		if (!['year', 'month', 'week', 'day', 'hour'].includes(unit)) throw new InputError(`unit must be one of year, month, week, day, hour (got ${String(unit)})`);
		const from = parseInstant(query.from, 'from'), to = parseInstant(query.to, 'to');
		if (from !== null && to !== null && to <= from) throw new InputError('to must be after from');
		const minConfidence = query.minConfidence ?? null;
		const level = minConfidence === null ? null : gridLevel(Number(minConfidence));
		const onlyTime = !query.actors?.length && !query.places?.length && !query.sources?.length && !query.q?.trim() && (minConfidence === null || level !== null);
		let rows: { b: number; type: string; n: number }[];
		// Buckets count events by the bucket their start falls in.
		if (onlyTime && unit !== 'hour') {
			// Coarse zooms read the per-day rollup, which the store keeps as events are linked; with a minimum
			// confidence on the 0.05 grid, the per-day count at that threshold (confidence.ts).
			const expr =
				unit === 'day' ? sql<number>`d.day` : unit === 'week' ? floorDiv(sql`d.day - 4`, 7) : unit === 'month' ? sql<number>`d.month` : floorDiv(sql`d.month`, 12);
			let q =
				level === null
					? this.db.selectFrom('day_counts as d').select([expr.as('b'), 'd.type', sql<number>`sum(d.n)`.as('n')]).where('d.n', '>', 0)
					: this.db
							.selectFrom('day_confidence as d')
							.select([expr.as('b'), 'd.type', sql<number>`sum(${sql.ref(`d.${thresholdColumn(level)}`)})`.as('n')])
							.where(sql.ref(`d.${thresholdColumn(level)}`), '>', 0);
			if (from !== null) q = q.where('d.day', '>=', Math.ceil(from / DAY));
			if (to !== null) q = q.where('d.day', '<', Math.ceil(to / DAY));
			rows = await q.groupBy([expr, 'd.type']).execute();
			if (query.types?.length) {
				const want = new Set(query.types);
				rows = rows.filter((r) => want.has(r.type) || want.has(familyOf(r.type)));
			}
		} else {
			const conds = await filterConditions(this.db, this.kind, { ...query, from: undefined, to: undefined });
			// Every class listed: the start range is then read from the window index, which covers type,
			// confidence and rejected, instead of visiting each event's row.
			conds.push(sql<boolean>`e.span_class IN (${sql.join(Array.from({ length: SPAN_CLASSES }, (_, k) => sql.lit(k)))})`);
			if (from !== null) conds.push(sql<boolean>`e.start_s >= ${from}`);
			if (to !== null) conds.push(sql<boolean>`e.start_s < ${to}`);
			// Month and year are not fixed widths: count per day in SQL, fold days into months here.
			const width = unit === 'hour' ? 3600 : unit === 'week' ? 7 * DAY : DAY;
			const origin = unit === 'week' ? 4 * DAY : 0; // 1970-01-05 was a Monday
			const expr = floorDiv(sql`e.start_s - ${sql.lit(origin)}`, width);
			rows = await this.db
				.selectFrom('events as e')
				.select([expr.as('b'), 'e.type', sql<number>`count(*)`.as('n')])
				.where(whereAll(conds))
				.groupBy([expr, 'e.type'])
				.execute();
			if (unit === 'month' || unit === 'year') rows = rows.map((r) => ({ ...r, b: monthIndex(Number(r.b)) }));
			if (unit === 'year') rows = rows.map((r) => ({ ...r, b: Math.floor(r.b / 12) }));
		}
		const byBucket = new Map<number, Bucket>();
		for (const r of rows) {
			const b = Number(r.b), n = Number(r.n);
			const bucket = byBucket.get(b) ?? { start: bucketStart(unit, b), count: 0, byType: {} };
			bucket.count += n;
			bucket.byType![r.type] = (bucket.byType![r.type] ?? 0) + n;
			byBucket.set(b, bucket);
		}
		return [...byBucket.entries()].sort((a, b) => a[0] - b[0]).map(([, v]) => v).filter((v) => v.count > 0);
	}

	async listActors(query: { q?: string; limit?: number }): Promise<ActorSummary[]> {
		const limit = clampInt(query.limit, 100, 1, MAX_LIMIT, 'limit');
		let q = this.db.selectFrom('actors as a').select(['a.id', 'a.name', 'a.kind', 'a.country', 'a.event_count']).orderBy('a.event_count', 'desc').orderBy('a.id').limit(limit);
		if (query.q?.trim()) {
			const terms = ftsTerms(query.q);
			if (terms.length === 0) return [];
			if (this.kind === 'sqlite') {
				// The last word is a prefix so that the list narrows as a person types.
				const match = terms.map((t, i) => `"${t.replace(/"/g, '""')}"${i === terms.length - 1 ? '*' : ''}`).join(' ');
				q = q.where(sql<boolean>`a.id IN (SELECT rowid FROM actors_fts WHERE actors_fts MATCH ${match})`);
			} else {
				const tsq = terms.map((t, i) => `${t.replace(/[^\p{L}\p{N}]/gu, '')}${i === terms.length - 1 ? ':*' : ''}`).join(' & ');
				q = q.where(sql<boolean>`to_tsvector('simple', a.search_text) @@ to_tsquery('simple', ${tsq})`);
			}
		}
		const rows = await q.execute();
		return this.withAliases(rows.map((r) => ({ id: r.id, name: r.name, kind: r.kind, country: r.country, eventCount: r.event_count })));
	}

	private async withAliases(rows: { id: number; name: string; kind: string; country: string | null; eventCount: number }[]): Promise<ActorSummary[]> {
		const aliases = new Map<number, string[]>();
		if (rows.length) {
			const all = await this.db.selectFrom('actor_aliases').select(['actor_id', 'alias']).where('actor_id', 'in', rows.map((r) => r.id)).execute();
			for (const a of all) aliases.set(a.actor_id, [...(aliases.get(a.actor_id) ?? []), a.alias]);
		}
		return rows.map((r) => ({ ...r, id: String(r.id), aliases: (aliases.get(r.id) ?? []).filter((a) => a !== r.name) }));
	}

	async graph(filter: EventFilter): Promise<GraphSelection> {
		const conds = await filterConditions(this.db, this.kind, filter);
		let edges: { source_id: number; target_id: number; relation: string; events: number; weight: number }[];
		let nodeCounts = new Map<number, number>();
		if (conds.length === 0) {
			edges = await this.db.selectFrom('actor_edges').select(['source_id', 'target_id', 'relation', 'events', 'weight']).orderBy('weight', 'desc').limit(2000).execute();
			const top = await this.db.selectFrom('actors').select(['id', 'event_count']).orderBy('event_count', 'desc').limit(300).execute();
			for (const t of top) nodeCounts.set(t.id, t.event_count);
		} else {
			const where = whereAll(conds);
			edges = await this.db
				.selectFrom('edge_events as x')
				.innerJoin('events as e', 'e.id', 'x.event_id')
				.select(['x.source_id', 'x.target_id', 'x.relation', sql<number>`count(*)`.as('events'), sql<number>`sum(e.source_count)`.as('weight')])
				.where(where)
				.groupBy(['x.source_id', 'x.target_id', 'x.relation'])
				.orderBy(sql`sum(e.source_count)`, 'desc')
				.limit(2000)
				.execute();
			const counts = await this.db
				.selectFrom('event_roles as r')
				.innerJoin('events as e', 'e.id', 'r.event_id')
				.select(['r.actor_id', sql<number>`count(DISTINCT r.event_id)`.as('n')])
				.where(where)
				.groupBy('r.actor_id')
				.orderBy(sql`count(DISTINCT r.event_id)`, 'desc')
				.limit(300)
				.execute();
			nodeCounts = new Map(counts.map((c) => [c.actor_id, Number(c.n)]));
		}
		for (const e of edges) for (const id of [e.source_id, e.target_id]) if (!nodeCounts.has(id)) nodeCounts.set(id, 0);
		const ids = [...nodeCounts.keys()];
		if (conds.length > 0 && ids.length) {
			// Backing is a standing relation, not an event: show who backs the actors of the selection.
			const backing = await this.db
				.selectFrom('actor_edges')
				.select(['source_id', 'target_id', 'relation', 'events', 'weight'])
				.where('relation', '=', 'backed-by')
				.where('source_id', 'in', ids)
				.execute();
			edges.push(...backing);
			for (const b of backing) if (!nodeCounts.has(b.target_id)) { nodeCounts.set(b.target_id, 0); ids.push(b.target_id); }
		}
		const actors = ids.length ? await this.db.selectFrom('actors').select(['id', 'name', 'kind', 'country', 'event_count']).where('id', 'in', ids).execute() : [];
		const nodes = await this.withAliases(
			actors.map((a) => ({ id: a.id, name: a.name, kind: a.kind, country: a.country, eventCount: conds.length ? nodeCounts.get(a.id) ?? 0 : a.event_count }))
		);
		nodes.sort((a, b) => b.eventCount - a.eventCount);
		return {
			nodes,
			edges: edges.map((e) => ({ source: String(e.source_id), target: String(e.target_id), relation: e.relation, weight: Number(e.weight), events: Number(e.events) }))
		};
	}

	async stats(): Promise<StoreStats> {
		const count = async (t: 'articles' | 'events' | 'mentions' | 'actors') =>
			Number((await this.db.selectFrom(t).select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow()).n);
		return { articles: await count('articles'), events: await count('events'), mentions: await count('mentions'), actors: await count('actors') };
	}
}

/** The event columns a summary shows (the window index covers them: migrations.ts SUMMARY_COLUMNS). */
const SUMMARY_SELECT = [
	'e.id', 'e.start_s', 'e.end_s', 'e.type', 'e.plover', 'e.date_value', 'e.granularity', 'e.place_id', 'e.fatalities', 'e.confidence', 'e.source_count', 'e.disputed', 'e.label'
] as const;

interface SummaryRow {
	id: number;
	start_s: number;
	end_s: number;
	type: string;
	plover: string | null;
	date_value: string | null;
	granularity: string | null;
	place_id: number | null;
	fatalities: number | null;
	confidence: number;
	source_count: number;
	disputed: number;
	label: string;
}

function floorDiv(x: ReturnType<typeof sql>, w: number) {
	// Integer division truncates toward zero in both databases; dates before 1970 must floor.
	// Literals, not parameters: PostgreSQL matches GROUP BY to the select list textually.
	return sql<number>`((${x}) - CASE WHEN (${x}) < 0 THEN ${sql.lit(w - 1)} ELSE 0 END) / ${sql.lit(w)}`;
}

function monthIndex(day: number): number {
	const d = new Date(day * DAY * 1000);
	return d.getUTCFullYear() * 12 + d.getUTCMonth();
}

function bucketStart(unit: BucketQuery['unit'], b: number): string {
	switch (unit) {
		case 'hour':
			return toIso(b * 3600);
		case 'day':
			return toIso(b * DAY);
		case 'week':
			return toIso(b * 7 * DAY + 4 * DAY);
		case 'month':
			return new Date(Date.UTC(Math.floor(b / 12), b % 12, 1)).toISOString();
		case 'year':
			return new Date(Date.UTC(b, 0, 1)).toISOString();
	}
}

function clampInt(v: number | undefined, dflt: number, min: number, max: number, name: string): number {
	if (v === undefined || v === null) return dflt;
	if (!Number.isInteger(Number(v)) || Number(v) < min) throw new InputError(`${name} must be an integer ≥ ${min}`);
	return Math.min(Number(v), max);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function summary(r: any, roles: RoleSummary[], outlets: string[]): EventSummary {
	return {
		id: String(r.id),
		type: r.type,
		plover: r.plover ?? null,
		dateValue: r.date_value ?? null,
		granularity: r.granularity ?? null,
		start: toIso(Number(r.start_s)),
		end: toIso(Number(r.end_s)),
		placeId: r.place_id === null || r.place_id === undefined ? null : String(r.place_id),
		placeName: r.place_name ?? null,
		lat: r.lat ?? null,
		lon: r.lon ?? null,
		fatalities: r.fatalities ?? null,
		confidence: Number(r.confidence),
		sourceCount: Number(r.source_count),
		roles,
		label: r.label,
		disputed: Number(r.disputed) === 1,
		outlets
	};
}
