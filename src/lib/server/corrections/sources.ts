/**
 * Taking sources out: an article's mentions leave their events (an event left with
 * no mention goes), its actors lose those mentions (an actor never named again
 * goes), and the article itself may go. Re-extraction uses the first half; deleting
 * an article or a whole outlet uses both and reports the corrections that named
 * the removed reports.
 */
import { sql, type Kysely } from 'kysely';
import { InputError } from '../../core/types';
import type { SqlStore } from '../store/sql-store';
import { asFull, type FullDB } from '../store/migrations-analyst';
import type { Dialect } from '../store/schema';
import { keysOfMentions } from './keys';
import { rebuildEdges, rebuildEvent, recountActors } from './ops';

type Db = Kysely<FullDB>;

async function dropActor(db: Db, dialect: Dialect, id: number): Promise<void> {
	const roles = await db.selectFrom('event_roles').select('event_id').where('actor_id', '=', id).execute();
	await db.deleteFrom('event_roles').where('actor_id', '=', id).execute();
	for (const r of roles) await rebuildEdges(db, r.event_id);
	await db.deleteFrom('mention_roles').where('actor_id', '=', id).execute();
	await db.deleteFrom('edge_events').where((eb) => eb.or([eb('source_id', '=', id), eb('target_id', '=', id)])).execute();
	await db.deleteFrom('actor_edges').where((eb) => eb.or([eb('source_id', '=', id), eb('target_id', '=', id)])).execute();
	await db.deleteFrom('actor_keys').where('actor_id', '=', id).execute();
	await db.deleteFrom('actor_aliases').where('actor_id', '=', id).execute();
	const row = await db.selectFrom('actors').select('search_text').where('id', '=', id).executeTakeFirst();
	if (row && dialect === 'sqlite') await sql`INSERT INTO actors_fts(actors_fts, rowid, search_text) VALUES ('delete', ${id}, ${row.search_text})`.execute(db);
	await db.deleteFrom('actors').where('id', '=', id).execute();
}

/** Removes an article's mentions and actor mentions from the graph; returns the events it was a source of. */
export async function unlinkArticle(db: Db, dialect: Dialect, articleId: number): Promise<number[]> {
	const ms = await db.selectFrom('mentions').select(['id', 'event_id']).where('article_id', '=', articleId).execute();
	const ids = ms.map((m) => m.id);
	if (ids.length) {
		await db.deleteFrom('mention_roles').where('mention_id', 'in', ids).execute();
		await db.deleteFrom('merges').where('mention_id', 'in', ids).execute();
	}
	await db.deleteFrom('event_links').where('article_id', '=', articleId).execute();
	await db.deleteFrom('mentions').where('article_id', '=', articleId).execute();
	const actors = [...new Set((await db.selectFrom('actor_mentions').select('actor_id').where('article_id', '=', articleId).execute()).map((r) => r.actor_id))];
	await db.deleteFrom('actor_mentions').where('article_id', '=', articleId).execute();
	const events = [...new Set(ms.map((m) => m.event_id))];
	for (const e of events) await rebuildEvent(db, e);
	const keep: number[] = [];
	for (const a of actors) {
		const left = await db.selectFrom('actor_mentions').select('id').where('actor_id', '=', a).limit(1).executeTakeFirst();
		if (left) keep.push(a);
		else await dropActor(db, dialect, a);
	}
	await recountActors(db, keep);
	return events;
}

export interface RemovalReport {
	articles: number;
	mentions: number;
	/** events that lost a source and remain. */
	eventsUpdated: string[];
	/** events left with no source, now gone. */
	eventsRemoved: string[];
	/** active corrections that named a removed report: they no longer apply to it. */
	corrections: { id: number; action: string; author: string; reason: string }[];
}

async function deleteArticleTx(db: Db, dialect: Dialect, articleId: number, report: RemovalReport, touched: Set<number>): Promise<void> {
	const art = await db.selectFrom('articles').select(['id', 'title', 'text']).where('id', '=', articleId).executeTakeFirst();
	if (!art) throw new InputError(`no article ${articleId}`);
	const ms = await db.selectFrom('mentions').select('id').where('article_id', '=', articleId).execute();
	const keys = [...(await keysOfMentions(db, ms.map((m) => m.id))).values()];
	if (keys.length) {
		const rows = await db
			.selectFrom('corrections as c')
			.innerJoin('correction_keys as k', 'k.correction_id', 'c.id')
			.select(['c.id', 'c.action', 'c.author', 'c.reason'])
			.distinct()
			.where('k.key', 'in', keys)
			.where('c.status', '=', 'active')
			.execute();
		for (const r of rows) if (!report.corrections.some((c) => c.id === r.id)) report.corrections.push(r);
	}
	report.mentions += ms.length;
	for (const e of await unlinkArticle(db, dialect, articleId)) touched.add(e);
	// Syndicated copies of this article become their own story, rooted at the oldest copy.
	const copies = await db.selectFrom('articles').select('id').where((eb) => eb.or([eb('duplicate_of', '=', articleId), eb('story_id', '=', articleId)])).where('id', '!=', articleId).orderBy('id').execute();
	if (copies.length) {
		const root = copies[0].id;
		await db.updateTable('articles').set({ duplicate_of: null, story_id: root }).where('id', '=', root).execute();
		const rest = copies.slice(1).map((c) => c.id);
		if (rest.length) await db.updateTable('articles').set({ duplicate_of: root, story_id: root }).where('id', 'in', rest).execute();
		await db.updateTable('mentions').set({ story_id: root }).where('story_id', '=', articleId).execute();
	}
	await db.deleteFrom('article_bands').where('article_id', '=', articleId).execute();
	if (dialect === 'sqlite') await sql`INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', ${articleId}, ${art.title ?? ''}, ${art.text})`.execute(db);
	await db.deleteFrom('articles').where('id', '=', articleId).execute();
	report.articles++;
}

async function finish(db: Db, report: RemovalReport, touched: Set<number>): Promise<RemovalReport> {
	for (const e of touched) {
		const still = await db.selectFrom('events').select('id').where('id', '=', e).executeTakeFirst();
		(still ? report.eventsUpdated : report.eventsRemoved).push(String(e));
	}
	return report;
}

const emptyReport = (): RemovalReport => ({ articles: 0, mentions: 0, eventsUpdated: [], eventsRemoved: [], corrections: [] });

export async function deleteArticle(store: SqlStore, articleId: string): Promise<RemovalReport> {
	if (!/^\d+$/.test(String(articleId))) throw new InputError(`article must be a numeric id, got ${JSON.stringify(articleId)}`);
	return store.transaction(async (raw) => {
		const db = asFull(raw);
		const report = emptyReport(), touched = new Set<number>();
		await deleteArticleTx(db, store.kind, Number(articleId), report, touched);
		return finish(db, report, touched);
	});
}

/** Deletes every article of one outlet (the `source` field), in one transaction. */
export async function deleteOutlet(store: SqlStore, outlet: string): Promise<RemovalReport> {
	if (!outlet?.trim()) throw new InputError('name the outlet (its source name)');
	return store.transaction(async (raw) => {
		const db = asFull(raw);
		const ids = await db.selectFrom('articles').select('id').where('source', '=', outlet.trim()).orderBy('id').execute();
		if (ids.length === 0) throw new InputError(`no articles from outlet ${JSON.stringify(outlet)}`);
		const report = emptyReport(), touched = new Set<number>();
		for (const r of ids) await deleteArticleTx(db, store.kind, r.id, report, touched);
		return finish(db, report, touched);
	});
}

/** Outlets and how many articles each has, for the CLI and the admin page. */
export async function listOutlets(store: SqlStore): Promise<{ source: string | null; articles: number }[]> {
	const rows = await store.db.selectFrom('articles').select(['source', sql<number>`count(*)`.as('n')]).groupBy('source').orderBy('source').execute();
	return rows.map((r) => ({ source: r.source, articles: Number(r.n) }));
}
