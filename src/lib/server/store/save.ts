/**
 * saveArticle: one article and its extraction, stored and linked inside one
 * transaction (the caller opens it). Order: idempotence by content hash, then
 * near-duplicate detection, then places, actors, mentions → canonical events,
 * edges and links. Linking decisions come from the pure functions in
 * src/lib/graph; this file only fetches their candidates through indexes and
 * writes what they decide.
 */
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { InputError, type Actor, type Extraction, type ExtractedEvent } from '../../core/types';
import { normaliseForHash } from '../../graph/simhash';
import { bandKeys, encodeSignature, fingerprints, jaccardOfEncoded, NEAR_DUPLICATE_JACCARD } from '../../graph/minhash';
import { actorKeys, resolveActor } from '../../graph/actors';
import { ActorPool, isStateKind, type ActorCandidate } from './actor-pool';
import { normaliseName, personName } from '../../graph/normalize';
import { familyOf } from '../../graph/families';
import { eventInterval, toSeconds } from '../../graph/time';
import { bestEventMatch, DATE_SLACK, mayMatch, scoreEventMatch, summariseEvent, type EventCandidate, type MentionFacts, type MentionForSummary, type PlaceFacts } from '../../graph/events';
import { edgesForEvent, isBackingRelation } from '../../graph/edges';
import type { DB, Dialect } from './schema';
import type { ArticleRecordInput, SaveResult } from './types';
import { FAMILY_CLASS_WINDOWS, familyClassParams, spanClass } from './window';
import { chunked, IN_LIST, insertRows, marks, q, RowsInsert } from './raw';

type Db = Kysely<DB>;
const DAY = 86_400;

export function contentHash(text: string): string {
	return createHash('sha256').update(normaliseForHash(text)).digest('hex');
}

export function placeKey(name: string, country: string | null | undefined): string {
	return `${normaliseName(name)}|${country ?? ''}`;
}

/**
 * Saves one article. With `batch` (Store.saveArticles), the article's derived totals wait for the end of
 * the batch and actor candidates are shared with the batch's earlier articles (LinkBatch).
 */
export async function saveArticleTx(db: Db, dialect: Dialect, article: ArticleRecordInput, ex: Extraction, batch?: LinkBatch): Promise<SaveResult> {
	const hash = contentHash(article.text);
	const existing = await findByHashTx(db, hash);
	if (existing) return existing;

	const published = article.published;
	const publishedS = toSeconds(published);
	if (publishedS === null) throw new InputError(`invalid publication date: ${published}`);
	const { simhash, minhash: sig } = fingerprints(article.text);
	const bands = bandKeys(sig);
	const encoded = encodeSignature(sig);
	const original = await findNearDuplicate(db, encoded, bands);

	const [inserted] = await q<{ id: number }>(
		db,
		INSERT_ARTICLE,
		[
			hash, simhash, encoded, article.url ?? null, article.title ?? null, article.source ?? null, published, publishedS,
			article.publishedInferred ? 1 : 0, article.language ?? null, article.text, ex.extractor ?? null, original?.id ?? null, original?.story ?? null,
			new Date().toISOString()
		]
	);
	const articleId = Number(inserted.id);
	const story = original?.story ?? articleId;
	if (!original) await q(db, 'UPDATE articles SET story_id = ? WHERE id = ?', [articleId, articleId]);
	await insertRows(db, INSERT_BANDS, bands.map((key, band) => [band, key, articleId]));
	if (dialect === 'sqlite') await q(db, 'INSERT INTO articles_fts(rowid, title, text) VALUES (?, ?, ?)', [articleId, article.title ?? '', article.text]);
	await linkArticleTx(db, dialect, { articleId, story, original: original?.id ?? null, published }, ex, batch);
	return { articleId: String(articleId), inserted: true, duplicateOf: original ? String(original.id) : null, events: ex.events.length };
}

const INSERT_ARTICLE = `INSERT INTO articles (content_hash, simhash, minhash, url, title, source, published, published_s, published_inferred, language, text, extractor_version, duplicate_of, story_id, created_at)
	VALUES (${marks(15)}) RETURNING id`;
const INSERT_BANDS = new RowsInsert('INSERT INTO article_bands (band, key, article_id)', 3, 'ON CONFLICT DO NOTHING');

/** The stored article with this content hash, as saveArticle reports a repeat; null when none. */
export async function findByHashTx(db: Db, hash: string): Promise<SaveResult | null> {
	const [row] = await q<{ id: number; duplicate_of: number | null; n: number }>(
		db,
		'SELECT a.id, a.duplicate_of, (SELECT count(*) FROM mentions m WHERE m.article_id = a.id) AS n FROM articles a WHERE a.content_hash = ?',
		[hash]
	);
	if (!row) return null;
	return { articleId: String(row.id), inserted: false, duplicateOf: row.duplicate_of === null ? null : String(row.duplicate_of), events: Number(row.n) };
}

/**
 * Writes that nothing in linking reads back: per-day rollup deltas, actors' event and mention counts, merge
 * reasons, and the events whose actor edges must be derived and re-summed. Gathered while linking and written
 * as a few multi-row statements: at the end of the article, or of the batch (LinkBatch).
 */
interface Totals {
	/** per-day rollup deltas, keyed `day|type`. */
	days: Map<string, number>;
	/** increments of actors' event counts. */
	eventCounts: Map<number, number>;
	/** increments of actors' mention counts. */
	mentionCounts: Map<number, number>;
	merges: unknown[][];
	/** events whose roles changed: their edges are derived when the totals are written. */
	edgeEvents: Set<number>;
}

function newTotals(): Totals {
	return { days: new Map(), eventCounts: new Map(), mentionCounts: new Map(), merges: [], edgeEvents: new Set() };
}

function addTo<K>(m: Map<K, number>, k: K, delta: number): void {
	m.set(k, (m.get(k) ?? 0) + delta);
}

function addDay(t: Totals, day: number, type: string, delta: number): void {
	addTo(t.days, `${day}|${type}`, delta);
}

function mergeTotals(into: Totals, from: Totals): void {
	for (const [k, n] of from.days) addTo(into.days, k, n);
	for (const [k, n] of from.eventCounts) addTo(into.eventCounts, k, n);
	for (const [k, n] of from.mentionCounts) addTo(into.mentionCounts, k, n);
	for (const m of from.merges) into.merges.push(m);
	for (const id of from.edgeEvents) into.edgeEvents.add(id);
}

const BUMP_ACTORS = {
	event_count: `UPDATE actors SET event_count = event_count + ? WHERE id ${IN_LIST}`,
	mention_count: `UPDATE actors SET mention_count = mention_count + ? WHERE id ${IN_LIST}`
};

/** Adds counts to actors, one statement per distinct increment (most are +1). */
async function bumpActors(db: Db, column: 'event_count' | 'mention_count', counts: Map<number, number>): Promise<void> {
	const byStep = new Map<number, number[]>();
	for (const [id, n] of counts) if (n !== 0) byStep.set(n, [...(byStep.get(n) ?? []), id]);
	for (const [n, ids] of byStep) await q(db, BUMP_ACTORS[column], [n, ids]);
}

const INSERT_DAY_COUNTS = new RowsInsert('INSERT INTO day_counts (day, month, type, n)', 4, 'ON CONFLICT (day, type) DO UPDATE SET n = day_counts.n + excluded.n');
const DROP_EMPTY_DAY = 'DELETE FROM day_counts WHERE day = ? AND type = ? AND n = 0';
const INSERT_MERGES = new RowsInsert('INSERT INTO merges (mention_id, event_id, reason, score, automatic)', 5);

async function writeTotals(db: Db, t: Totals): Promise<void> {
	const days = [...t.days].filter(([, n]) => n !== 0).map(([k, n]) => {
		const i = k.indexOf('|');
		const day = Number(k.slice(0, i));
		return [day, monthOfDay(day), k.slice(i + 1), n];
	});
	if (days.length) {
		await insertRows(db, INSERT_DAY_COUNTS, days);
		// A day a batch took events away from may be left at 0: dropped, so that the rows do not depend on where
		// batches began (a batch nets +1 and -1 to nothing; two batches would leave a row of 0 behind).
		for (const [day, , type, n] of days) if ((n as number) < 0) await q(db, DROP_EMPTY_DAY, [day, type]);
	}
	await bumpActors(db, 'event_count', t.eventCounts);
	await bumpActors(db, 'mention_count', t.mentionCounts);
	if (t.merges.length) await insertRows(db, INSERT_MERGES, t.merges);
	await refreshEdges(db, [...t.edgeEvents]);
}

/**
 * What the articles of one Store.saveArticles batch (one transaction) share. Their derived totals are written
 * once, before the batch commits, instead of once per article; an article rolled back to its savepoint takes
 * its own totals with it. When no analyst correction exists, the actor candidates fetched for one article
 * stay for the next: keys, surnames and states already fetched in this batch are not fetched again, since
 * every actor and key the batch creates joins the pool as it is written and nothing else writes actors while
 * the batch holds the write lock (SQLite) or the link lock (PostgreSQL). Corrections may merge, split or
 * rename actors and rebuild totals in the middle of a batch: with any stored, every article fetches and
 * writes its own, as a lone article does.
 */
export class LinkBatch {
	private kept = newTotals();
	/** the totals of the article being linked (kept when it is released, dropped when it is rolled back). */
	current = newTotals();
	/** the candidate pool, the names it was fetched for, and the (actor, alias) pairs known to be stored. */
	readonly actors: { pool: ActorPool; keys: Set<string>; surnames: Set<string>; states: Set<string>; aliases: Set<string> } | null;

	constructor(readonly deferred: boolean) {
		this.actors = deferred ? { pool: new ActorPool(), keys: new Set(), surnames: new Set(), states: new Set(), aliases: new Set() } : null;
	}

	/** The article linked since the last keep/drop was saved. */
	keep(): void {
		mergeTotals(this.kept, this.current);
		this.current = newTotals();
	}

	/** The article linked since the last keep/drop was rolled back: its totals and any actors it added to the pool are forgotten. */
	drop(): void {
		this.current = newTotals();
		if (this.actors) for (const set of [this.actors.pool, this.actors.keys, this.actors.surnames, this.actors.states, this.actors.aliases]) set.clear();
	}

	/** Writes the kept totals; called once the batch's last article is saved, inside its transaction. */
	async finish(db: Db): Promise<void> {
		await writeTotals(db, this.kept);
		this.kept = newTotals();
	}
}

/**
 * Links a stored article's extraction into the graph: places, actors, mentions →
 * canonical events, edges and links. Used by saveArticleTx, and by re-extraction
 * (corrections/reextract.ts) after the article's previous mentions were removed.
 */
export async function linkArticleTx(
	db: Db,
	dialect: Dialect,
	art: { articleId: number; story: number; original: number | null; published: string },
	ex: Extraction,
	batch?: LinkBatch
): Promise<void> {
	const { articleId, story, published } = art;
	const deferred = batch?.deferred ? batch : null;
	const totals = deferred ? deferred.current : newTotals();
	const places = await savePlaces(db, ex);
	const actors = await saveActors(db, dialect, ex, articleId, totals, deferred?.actors ?? null);
	/** events this article created (their facts are already those of their single mention). */
	const created = new Set<number>();
	const touched = new Set<number>();
	const localToEvent = new Map<string, number>();
	const joins = new Map<number, number>();
	const ctx: LinkContext = { articleId, story, original: art.original, published, places, actors, mentionRoles: new Map() };
	for (const e of ex.events) {
		const eventId = await linkMention(db, e, ex, ctx, totals, created);
		localToEvent.set(e.id, eventId);
		touched.add(eventId);
		joins.set(eventId, (joins.get(eventId) ?? 0) + 1);
	}
	for (const id of touched) if (!created.has(id) || joins.get(id)! > 1) await refreshEvent(db, id, totals);
	for (const id of touched) totals.edgeEvents.add(id);
	if (ctx.mentionRoles.size) await insertRows(db, INSERT_MENTION_ROLES, [...ctx.mentionRoles.values()]);
	if (!deferred) await writeTotals(db, totals);
	await saveAffiliations(db, ex, actors);
	const links: unknown[][] = [];
	const seen = new Set<string>();
	for (const l of ex.links) {
		const from = localToEvent.get(l.from), to = localToEvent.get(l.to);
		if (from === undefined || to === undefined || from === to) continue;
		const k = `${from}|${to}|${l.relation}`;
		if (seen.has(k)) continue;
		seen.add(k);
		links.push([from, to, l.relation, articleId, l.evidence?.start ?? null, l.evidence?.end ?? null]);
	}
	if (links.length) await insertRows(db, INSERT_EVENT_LINKS, links);
}

const INSERT_MENTION_ROLES = new RowsInsert('INSERT INTO mention_roles (mention_id, actor_id, role, actor_local)', 4, 'ON CONFLICT DO NOTHING');
const INSERT_EVENT_LINKS = new RowsInsert('INSERT INTO event_links (from_id, to_id, relation, article_id, evidence_start, evidence_end)', 6, 'ON CONFLICT DO NOTHING');

/**
 * Articles read per band when looking for an earlier copy. Boilerplate makes a band bucket grow with the
 * corpus (1,479 of 10,000 SYNTHETIC articles shared one), and reading it whole made every ingest slower as the
 * corpus grew. The latest copies suffice: every copy points at its story's original.
 */
export const BAND_READ_LIMIT = 128;

const bandHitsTexts: string[] = [];

/** Articles sharing the most of `bands` bands (bound as band, key pairs): one text per band count (one in practice). */
function bandHitsText(bands: number): string {
	const perBand = `SELECT article_id FROM (SELECT article_id FROM article_bands WHERE band = ? AND key = ? ORDER BY article_id DESC LIMIT ${BAND_READ_LIMIT})`;
	return (bandHitsTexts[bands] ??= `SELECT x.article_id, count(*) AS n FROM (${Array.from({ length: bands }, (_, i) => `${perBand} AS b${i}`).join(' UNION ALL ')}) AS x
		 GROUP BY x.article_id ORDER BY count(*) DESC, x.article_id LIMIT 40`);
}

async function findNearDuplicate(db: Db, sig: string, bands: number[]): Promise<{ id: number; story: number } | null> {
	// Articles sharing the most bands first: boilerplate can make many articles share one band,
	// while a copy shares nearly all of them.
	const hits = await q<{ article_id: number; n: number }>(db, bandHitsText(bands.length), bands.flatMap((key, band) => [band, key]));
	if (hits.length === 0) return null;
	const rows = await q<{ id: number; minhash: string; story_id: number | null; duplicate_of: number | null }>(
		db,
		`SELECT id, minhash, story_id, duplicate_of FROM articles WHERE id ${IN_LIST}`,
		[hits.map((h) => h.article_id)]
	);
	let best: { id: number; story: number; j: number } | null = null;
	for (const r of rows) {
		const j = jaccardOfEncoded(sig, r.minhash);
		if (j >= NEAR_DUPLICATE_JACCARD && (!best || j > best.j)) {
			// Point at the story's original so that copies of copies form one story.
			const root = Number(r.duplicate_of ?? r.id);
			best = { id: root, story: Number(r.story_id ?? root), j };
		}
	}
	return best ? { id: best.id, story: best.story } : null;
}

type PlaceRow = { id: number; key: string; name: string; country: string | null; precision: string | null };

async function savePlaces(db: Db, ex: Extraction): Promise<Map<string, PlaceFacts>> {
	const out = new Map<string, PlaceFacts>();
	const wanted = new Map<string, Extraction['places'][number]>();
	for (const p of ex.places) if (p.name?.trim()) wanted.set(placeKey(p.name, p.country), wanted.get(placeKey(p.name, p.country)) ?? p);
	if (wanted.size === 0) return out;
	const stored = new Map<string, PlaceRow>();
	const keys = [...wanted.keys()];
	for (const r of await q<PlaceRow>(db, `SELECT id, key, name, country, precision FROM places WHERE key ${IN_LIST}`, [keys])) stored.set(r.key, r);
	for (const [key, p] of wanted) {
		if (stored.has(key)) continue;
		const sqlText = 'INSERT INTO places (key, name, country, admin1, lat, lon, precision) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (key) DO NOTHING RETURNING id, key, name, country, precision';
		const [row] = await q<PlaceRow>(db, sqlText, [key, p.name, p.country ?? null, p.admin1 ?? null, p.lat ?? null, p.lon ?? null, p.precision ?? null]);
		stored.set(key, row ?? (await q<PlaceRow>(db, 'SELECT id, key, name, country, precision FROM places WHERE key = ?', [key]))[0]);
	}
	for (const p of ex.places) {
		if (!p.name?.trim()) continue;
		const row = stored.get(placeKey(p.name, p.country))!;
		out.set(p.id, { id: Number(row.id), key: row.key, name: row.name, country: row.country, precision: row.precision });
	}
	return out;
}

const ACTOR_TERMS = [
	`id IN (SELECT actor_id FROM actor_keys WHERE key ${IN_LIST})`,
	`(surname ${IN_LIST} AND kind = 'person')`,
	`(country ${IN_LIST} AND kind IN ('state', 'government'))`
];
const actorCandidatesTexts: string[] = [];

/** The candidates statement with the terms whose bit is set in `present` (keys 1, surnames 2, countries 4). */
function actorCandidatesText(present: number): string {
	return (actorCandidatesTexts[present] ??= `SELECT a.id, a.name, a.kind, a.country, a.surname, a.search_text, k.key FROM actors a LEFT JOIN actor_keys k ON k.actor_id = a.id
		 WHERE a.id IN (SELECT id FROM actors WHERE ${ACTOR_TERMS.filter((_, i) => present & (1 << i)).join(' OR ')} LIMIT ?)`);
}

/**
 * Every actor the corpus may already know one of the article's actors as, in one statement:
 * sharing a name key, a person's surname, or a state's country.
 */
async function actorCandidates(db: Db, keys: string[], surnames: string[], countries: string[], limit: number): Promise<ActorCandidate[]> {
	const lists = [keys, surnames, countries];
	const present = lists.reduce((mask, list, i) => (list.length ? mask | (1 << i) : mask), 0);
	if (present === 0) return [];
	const rows = await q<{ id: number; name: string; kind: string; country: string | null; surname: string | null; search_text: string; key: string | null }>(
		db,
		actorCandidatesText(present),
		[...lists.filter((list) => list.length), limit]
	);
	const byId = new Map<number, ActorCandidate>();
	for (const r of rows) {
		const id = Number(r.id);
		let c = byId.get(id);
		if (!c) byId.set(id, (c = { id, name: r.name, kind: r.kind, country: r.country, surname: r.surname, keys: [], searchText: r.search_text }));
		if (r.key !== null) c.keys.push(r.key);
	}
	return [...byId.values()];
}

/**
 * Resolves the article's actors against the corpus and stores them. Candidates for all of them
 * come in one statement; actors this article creates, and keys it adds, join that pool as it
 * goes, so later actors of the article see them as they would see stored ones. The writes that
 * need no id back (keys, aliases, counts, actor mentions) are one statement each for the article.
 */
async function saveActors(db: Db, dialect: Dialect, ex: Extraction, articleId: number, totals: Totals, cache: LinkBatch['actors']): Promise<Map<string, number>> {
	const out = new Map<string, number>();
	const actors = ex.actors.filter((a) => a.name?.trim()).map((a) => ({ a, ...actorKeys(a), state: isStateKind(a.kind) && a.country ? a.country : null }));
	if (actors.length === 0) return out;
	const keys = [...new Set(actors.flatMap((x) => x.keys))];
	const surnames = [...new Set(actors.map((x) => x.surname).filter((x): x is string => !!x))];
	const states = [...new Set(actors.map((x) => x.state).filter((x): x is string => !!x))];
	const limit = 100 * actors.length;
	let pool: ActorPool;
	if (cache) {
		// Only what no earlier article of the batch fetched; the pool already holds the rest.
		const [k, s, c] = [keys.filter((x) => !cache.keys.has(x)), surnames.filter((x) => !cache.surnames.has(x)), states.filter((x) => !cache.states.has(x))];
		const fetched = await actorCandidates(db, k, s, c, limit);
		for (const a of fetched) cache.pool.add(a);
		// A capped answer may have left candidates out: those names are fetched again next time.
		if (fetched.length < limit) {
			for (const x of k) cache.keys.add(x);
			for (const x of s) cache.surnames.add(x);
			for (const x of c) cache.states.add(x);
		}
		pool = cache.pool;
	} else {
		pool = new ActorPool();
		for (const a of await actorCandidates(db, keys, surnames, states, limit)) pool.add(a);
	}
	const keyRows: unknown[][] = [];
	const aliasRows = new Map<string, [number, string]>();
	const mentionCounts = totals.mentionCounts;
	const mentionRows: unknown[][] = [];
	for (const { a, keys, surname, state } of actors) {
		// Oldest first (matching sorts by id): resolveActor takes the first of equally good candidates, and the
		// pool's order depends on which article of a batch fetched what (and on PostgreSQL's join order).
		const decision = resolveActor(a, pool.matching(keys, surname, state));
		let actorId = decision.actorId;
		if (actorId === null) {
			const text = searchText(a);
			const [row] = await q<{ id: number }>(
				db,
				'INSERT INTO actors (name, kind, country, surname, search_text, event_count, mention_count) VALUES (?, ?, ?, ?, ?, 0, 1) RETURNING id',
				[a.name, a.kind, a.country ?? null, surname, text]
			);
			actorId = Number(row.id);
			if (dialect === 'sqlite') await q(db, 'INSERT INTO actors_fts(rowid, search_text) VALUES (?, ?)', [actorId, text]);
			pool.add({ id: actorId, name: a.name, kind: a.kind, country: a.country ?? null, surname, keys: [...keys], searchText: text });
			for (const key of keys) keyRows.push([key, actorId]);
		} else {
			for (const key of keys) if (pool.addKey(actorId, key)) keyRows.push([key, actorId]);
			mentionCounts.set(actorId, (mentionCounts.get(actorId) ?? 0) + 1);
		}
		for (const alias of new Set([a.name, ...(a.aliases ?? [])])) aliasRows.set(`${actorId}\u0000${alias}`, [actorId, alias]);
		const reason = decision.actorId === null ? 'new actor' : decision.reason;
		const score = decision.actorId === null ? 1 : decision.score;
		for (const s of a.mentions?.length ? a.mentions : [null]) {
			mentionRows.push([actorId, articleId, a.id, s?.text ?? a.name, s?.start ?? null, s?.end ?? null, reason, score]);
		}
		out.set(a.id, actorId);
	}
	if (keyRows.length) await insertRows(db, INSERT_ACTOR_KEYS, keyRows);
	await saveAliases(db, dialect, [...aliasRows.values()], pool, cache?.aliases ?? null);
	// One statement (or a few, under the bind limit) for every actor mention of the article.
	await insertRows(db, INSERT_ACTOR_MENTIONS, mentionRows);
	return out;
}

const INSERT_ACTOR_KEYS = new RowsInsert('INSERT INTO actor_keys (key, actor_id)', 2, 'ON CONFLICT DO NOTHING');
const INSERT_ACTOR_MENTIONS = new RowsInsert('INSERT INTO actor_mentions (actor_id, article_id, local_id, name, start_offset, end_offset, reason, score)', 8);
const INSERT_ALIASES = new RowsInsert('INSERT INTO actor_aliases (actor_id, alias)', 2, 'ON CONFLICT DO NOTHING RETURNING actor_id, alias');

function searchText(a: Actor): string {
	return [...new Set([a.name, ...(a.aliases ?? [])])].join(' ; ');
}

/** Stores the names the article knows its actors by; the names an actor was not yet searchable by join its search text. */
async function saveAliases(db: Db, dialect: Dialect, all: [number, string][], pool: ActorPool, known: Set<string> | null): Promise<void> {
	// Names this batch already wrote or found stored are there still: not sent again.
	const rows = known ? all.filter(([id, alias]) => !known.has(`${id}\u0000${alias}`)) : all;
	for (const [id, alias] of known ? rows : []) known!.add(`${id}\u0000${alias}`);
	// Only the rows actually inserted come back.
	const fresh = new Map<number, string[]>();
	for (const r of await insertRows<{ actor_id: number; alias: string }>(db, INSERT_ALIASES, rows)) {
		fresh.set(Number(r.actor_id), [...(fresh.get(Number(r.actor_id)) ?? []), r.alias]);
	}
	for (const [id, aliases] of fresh) {
		const actor = pool.get(id)!;
		const have = new Set(actor.searchText.split(' ; '));
		const add = aliases.filter((x) => !have.has(x));
		if (add.length === 0) continue;
		const next = [actor.searchText, ...add].join(' ; ');
		if (dialect === 'sqlite') {
			// External-content FTS5 forgets a row by being told its old values.
			await q(db, `INSERT INTO actors_fts(actors_fts, rowid, search_text) VALUES ('delete', ?, ?)`, [id, actor.searchText]);
			await q(db, 'INSERT INTO actors_fts(rowid, search_text) VALUES (?, ?)', [id, next]);
		}
		await q(db, 'UPDATE actors SET search_text = ? WHERE id = ?', [next, id]);
		actor.searchText = next;
	}
}

interface LinkContext {
	articleId: number;
	story: number;
	original: number | null;
	published: string;
	places: Map<string, PlaceFacts>;
	actors: Map<string, number>;
	/** which actor played which role in each report (mention_roles, keyed mention|actor|role), so that splits rebuild roles exactly. */
	mentionRoles: Map<string, unknown[]>;
}

function mentionFacts(e: ExtractedEvent, ctx: LinkContext): MentionFacts & { dateValue: string | null } {
	const iv = eventInterval(e.date, ctx.published);
	const ids = (roles: string[]) => [...new Set(e.roles.filter((r) => roles.includes(r.role)).map((r) => ctx.actors.get(r.actor)).filter((x): x is number => x !== undefined))];
	return {
		type: e.type,
		family: familyOf(e.type),
		start: iv.start,
		end: iv.end,
		granularity: iv.granularity,
		basis: iv.basis,
		place: e.place ? ctx.places.get(e.place) ?? null : null,
		agents: ids(['agent']),
		targets: ids(['target', 'victim']),
		fatalities: e.fatalities ?? null,
		dateValue: e.date?.value ?? null
	};
}

/** A place joined to an event or mention row (`pid`, `pkey`, …), as the pure linking functions take it. */
function rowPlace(r: { pid: number | null; pkey: string | null; pname: string | null; pcountry: string | null; pprecision: string | null }): PlaceFacts | null {
	return r.pkey ? { id: r.pid === null ? undefined : Number(r.pid), key: r.pkey, name: r.pname ?? '', country: r.pcountry, precision: r.pprecision } : null;
}

/** The dated, placed facts of an event or mention row, as the pure linking functions take them (one mapping for candidates and summaries). */
function rowToSummary(r: {
	type: string;
	family: string;
	start_s: number;
	end_s: number;
	granularity: string | null;
	basis: string | null;
	fatalities: number | null;
	pid: number | null;
	pkey: string | null;
	pname: string | null;
	pcountry: string | null;
	pprecision: string | null;
}): Omit<MentionFacts, 'agents' | 'targets'> {
	return {
		type: r.type,
		family: r.family,
		start: Number(r.start_s),
		end: Number(r.end_s),
		granularity: r.granularity ?? 'day',
		basis: r.basis ?? 'explicit',
		place: rowPlace(r),
		fatalities: r.fatalities === null ? null : Number(r.fatalities)
	};
}

const PLACE_COLUMNS = 'p.id AS pid, p.key AS pkey, p.name AS pname, p.country AS pcountry, p.precision AS pprecision';

/** Most events of a family read as candidates for one mention: a crowded day's reads stay bounded. */
const CANDIDATE_LIMIT = 200;

const SUMMARY_COLUMNS = `e.id, e.type, e.family, e.start_s, e.end_s, e.granularity, e.basis, e.fatalities, ${PLACE_COLUMNS}`;
const STORY_CANDIDATES = `SELECT ${SUMMARY_COLUMNS}, r.event_id, r.actor_id, r.role
	FROM events e LEFT JOIN places p ON p.id = e.place_id LEFT JOIN event_roles r ON r.event_id = e.id
	WHERE e.id IN (SELECT DISTINCT event_id FROM mentions WHERE story_id = ?)`;
/** One arm per duration class (familyClassParams binds each), with or without a country condition bound after each arm's window. */
const familyCandidates = (where: string) =>
	`${FAMILY_CLASS_WINDOWS.map((w) => `SELECT ${SUMMARY_COLUMNS} FROM events e LEFT JOIN places p ON p.id = e.place_id WHERE ${w}${where}`).join(' UNION ALL ')} LIMIT ${CANDIDATE_LIMIT}`;
const FAMILY_CANDIDATES = familyCandidates('');
const FAMILY_CANDIDATES_IN_COUNTRY = familyCandidates(' AND (p.country IS NULL OR p.country = ?)');

type CandidateRow = Parameters<typeof rowToSummary>[0] & { id: number; event_id: number | null; actor_id: number | null; role: string | null };

/** A candidate event with every actor that has any role in it (an actor's event count grows on its first). */
type StoredCandidate = EventCandidate & { actors: Set<number> };

/** A candidate from its row, roles still to add. */
function storedCandidate(r: Parameters<typeof rowToSummary>[0] & { id: number }): StoredCandidate {
	// Added onto the summary rather than spread with it into a new object: V8 spent about 10 µs a row spreading it
	// (measured), the largest share of the write path's own JavaScript; dozens of candidate rows are read per mention.
	return Object.assign(rowToSummary(r), { id: Number(r.id), agents: [], targets: [], actors: new Set<number>() });
}

/**
 * Candidate events with their roles: those of a story (in one statement), or those of the family overlapping the
 * mention's dates. Of the latter, only the ones that could still match once their actors are known (mayMatch) have
 * their roles read, in a second statement: on a crowded day most fail on place or date, and often none is left.
 * Oldest first, on both databases: the first of equally good matches wins.
 */
async function loadCandidates(db: Db, story: number | null, m: MentionFacts): Promise<StoredCandidate[]> {
	const byId = new Map<number, StoredCandidate>();
	const addRoles = (rows: { event_id: number | null; actor_id: number | null; role: string | null }[]) => {
		for (const r of rows) {
			const c = r.event_id === null ? undefined : byId.get(Number(r.event_id));
			if (!c || r.actor_id === null) continue;
			c.actors.add(Number(r.actor_id));
			if (r.role === 'agent') c.agents.push(Number(r.actor_id));
			else if (r.role === 'target' || r.role === 'victim') c.targets.push(Number(r.actor_id));
		}
	};
	if (story !== null) {
		const rows = await q<CandidateRow>(db, STORY_CANDIDATES, [story]);
		for (const r of rows) if (!byId.has(Number(r.id))) byId.set(Number(r.id), storedCandidate(r));
		addRoles(rows);
	} else {
		// An event placed in another country can never match (comparePlaces): left out before the LIMIT, so that
		// on a crowded day the events of everywhere else do not take the places of the ones that could match.
		// One arm per duration class, read in class and index order (as SQLite's OR plan read them before, so
		// that the LIMIT keeps the same events): each row is read once, with no second lookup by id.
		const country = m.place?.country ?? null;
		const arms = familyClassParams(m.start - DATE_SLACK, m.end + DATE_SLACK, m.family);
		const rows = await q<Parameters<typeof rowToSummary>[0] & { id: number }>(
			db,
			country ? FAMILY_CANDIDATES_IN_COUNTRY : FAMILY_CANDIDATES,
			country ? arms.flatMap((params) => [...params, country]) : arms.flat()
		);
		for (const r of rows) {
			const c = storedCandidate(r);
			if (mayMatch(m, c)) byId.set(c.id, c);
		}
		if (byId.size === 0) return [];
		addRoles(await q(db, `SELECT event_id, actor_id, role FROM event_roles WHERE event_id ${IN_LIST}`, [[...byId.keys()]]));
	}
	return [...byId.values()].sort((a, b) => a.id - b.id);
}

const INSERT_EVENT = `INSERT INTO events (type, family, plover, date_value, start_s, end_s, span_class, granularity, basis, place_id, fatalities, confidence, source_count, mention_count, disputed, disputes, label)
	VALUES (${marks(12)}, 1, 1, 0, NULL, ?) RETURNING id`;
const INSERT_MENTION = `INSERT INTO mentions (article_id, event_id, story_id, local_id, type, family, plover, acled_event_type, acled_sub_event_type, date_value, date_start, date_end, start_s, end_s,
	granularity, basis, date_text, evidence_start, evidence_end, evidence_text, place_id, place_name, fatalities, injuries, confidence, agents, targets, attributed_to, extractor_version)
	VALUES (${marks(29)}) RETURNING id`;
const INSERT_EVENT_ROLES = new RowsInsert('INSERT INTO event_roles (event_id, actor_id, role, mentions)', 4, 'ON CONFLICT (event_id, actor_id, role) DO UPDATE SET mentions = event_roles.mentions + 1');

async function linkMention(db: Db, e: ExtractedEvent, ex: Extraction, ctx: LinkContext, pending: Totals, createdEvents: Set<number>): Promise<number> {
	const m = mentionFacts(e, ctx);
	let eventId: number | null = null;
	/** the event joined, as read with its roles just now (nothing writes its roles before this mention's). */
	let joined: StoredCandidate | undefined;
	let reason = 'new event';
	let score = 1;
	if (ctx.original !== null) {
		// A syndicated copy reports what its original reported: join the original story's events.
		let best: { c: StoredCandidate; s: number; why: string } | null = null;
		for (const c of await loadCandidates(db, ctx.story, m)) {
			if (c.family !== m.family) continue;
			const d = scoreEventMatch(m, c);
			if (d.score > 0 && (!best || d.score > best.s)) best = { c, s: d.score, why: d.reason };
		}
		if (best) {
			joined = best.c;
			eventId = best.c.id;
			reason = `syndicated copy of article ${ctx.original}; ${best.why}`;
			score = Math.max(best.s, 0.9);
		}
	}
	if (eventId === null) {
		const candidates = await loadCandidates(db, null, m);
		const match = bestEventMatch(m, candidates);
		if (match) {
			joined = candidates.find((c) => c.id === match.id);
			eventId = match.id;
			reason = match.decision.reason;
			score = match.decision.score;
		}
	}
	if (eventId === null) {
		const [row] = await q<{ id: number }>(
			db,
			INSERT_EVENT,
			[m.type, m.family, e.plover ?? null, m.dateValue, m.start, m.end, spanClass(m.start, m.end), m.granularity, m.basis, m.place?.id ?? null, m.fatalities, e.confidence, labelOf(e.evidence.text)]
		);
		eventId = Number(row.id);
		createdEvents.add(eventId);
		addDay(pending, Math.floor(m.start / DAY), m.type, 1);
	}
	const timex = typeof e.date?.timex === 'number' ? ex.timexes[e.date.timex] : undefined;
	const [mention] = await q<{ id: number }>(
		db,
		INSERT_MENTION,
		[
			ctx.articleId, eventId, ctx.story, e.id, e.type, m.family, e.plover ?? null, e.acled?.eventType ?? null, e.acled?.subEventType ?? null, e.date?.value ?? null,
			e.date?.interval?.start ?? null, e.date?.interval?.end ?? null, m.start, m.end, m.granularity, m.basis, timex?.text ?? null, e.evidence.start, e.evidence.end,
			e.evidence.text, m.place?.id ?? null, m.place?.name ?? null, e.fatalities ?? null, e.injuries ?? null, e.confidence, JSON.stringify(m.agents), JSON.stringify(m.targets),
			e.attributedTo ?? null, ex.extractor ?? null
		]
	);
	const mentionId = Number(mention.id);
	pending.merges.push([mentionId, eventId, reason, score, 1]);
	const roles = new Map<string, unknown[]>();
	for (const r of e.roles) {
		const actorId = ctx.actors.get(r.actor);
		if (actorId === undefined) continue;
		roles.set(`${actorId}|${r.role}`, [eventId, actorId, r.role, 1]);
		ctx.mentionRoles.set(`${mentionId}|${actorId}|${r.role}`, [mentionId, actorId, r.role, r.actor]);
	}
	if (roles.size) {
		const actorIds = [...new Set([...roles.values()].map((r) => r[1] as number))];
		// An actor's event count grows when it first takes any role in the event.
		const had = joined?.actors ?? new Set<number>();
		await insertRows(db, INSERT_EVENT_ROLES, [...roles.values()]);
		for (const id of actorIds) if (!had.has(id)) addTo(pending.eventCounts, id, 1);
	}
	return eventId;
}

export function labelOf(evidence: string): string {
	const s = evidence.replace(/\s+/g, ' ').trim();
	return s.length > 160 ? s.slice(0, 157) + '…' : s;
}

export function monthOfDay(day: number): number {
	const d = new Date(day * DAY * 1000);
	return d.getUTCFullYear() * 12 + d.getUTCMonth();
}

export async function bumpDay(db: Db, day: number, type: string, delta: number): Promise<void> {
	await db
		.insertInto('day_counts')
		.values({ day, month: monthOfDay(day), type, n: delta })
		.onConflict((oc) => oc.columns(['day', 'type']).doUpdateSet((eb) => ({ n: eb('day_counts.n', '+', delta) })))
		.execute();
	if (delta < 0) await q(db, DROP_EMPTY_DAY, [day, type]);
}

/** The event as stored (event_*) beside each of its mentions; one row with null mention columns when it has none. */
const EVENT_MENTIONS = `SELECT e.start_s AS event_start_s, e.type AS event_type, e.rejected AS event_rejected,
	m.type, m.family, m.start_s, m.end_s, m.granularity, m.basis, m.agents, m.targets, m.fatalities, m.confidence, m.story_id, m.date_value, ${PLACE_COLUMNS}
	FROM events e LEFT JOIN mentions m ON m.event_id = e.id LEFT JOIN places p ON p.id = m.place_id WHERE e.id = ?`;

/**
 * Recomputes an event's canonical facts from all its mentions (sources may disagree).
 * With `pending`, rollup changes join the article's batched writes (linking); without, they are written at once.
 */
export async function refreshEvent(db: Db, eventId: number, pending?: Totals): Promise<void> {
	type Row = Parameters<typeof rowToSummary>[0] & { agents: string; targets: string; confidence: number; story_id: number | null; date_value: string | null };
	const stored = await q<Row & { event_start_s: number; event_type: string; event_rejected: number }>(db, EVENT_MENTIONS, [eventId]);
	if (stored.length === 0) return;
	const current = { start_s: stored[0].event_start_s, type: stored[0].event_type, rejected: stored[0].event_rejected };
	// A mention's story is never null: a null one is the row of an event without mentions.
	const rows = stored[0].story_id === null ? [] : stored;
	const bump = async (day: number, type: string, delta: number) => (pending ? addDay(pending, day, type, delta) : bumpDay(db, day, type, delta));
	// An event an analyst rejected is already out of the per-day rollup (corrections/ops.ts).
	const counted = Number(current.rejected) === 0;
	if (rows.length === 0) {
		if (counted) await bump(Math.floor(Number(current.start_s) / DAY), current.type, -1);
		await q(db, 'DELETE FROM event_roles WHERE event_id = ?', [eventId]);
		await q(db, 'DELETE FROM edge_events WHERE event_id = ?', [eventId]);
		await q(db, 'DELETE FROM event_links WHERE from_id = ? OR to_id = ?', [eventId, eventId]);
		await q(db, 'DELETE FROM events WHERE id = ?', [eventId]);
		return;
	}
	// Added onto the summary, not spread with it into a new object (see storedCandidate).
	const ms: MentionForSummary[] = rows.map((r) =>
		Object.assign(rowToSummary(r), {
			agents: JSON.parse(r.agents) as number[],
			targets: JSON.parse(r.targets) as number[],
			confidence: Number(r.confidence),
			story: Number(r.story_id),
			dateValue: r.date_value
		})
	);
	const s = summariseEvent(ms);
	const oldDay = Math.floor(Number(current.start_s) / DAY), newDay = Math.floor(s.start / DAY);
	if (counted && (oldDay !== newDay || current.type !== s.type)) {
		await bump(oldDay, current.type, -1);
		await bump(newDay, s.type, 1);
	}
	await q(
		db,
		`UPDATE events SET type = ?, date_value = ?, start_s = ?, end_s = ?, span_class = ?, granularity = ?, basis = ?, place_id = ?, fatalities = ?, confidence = ?,
		 source_count = ?, mention_count = ?, disputed = ?, disputes = ? WHERE id = ?`,
		[
			s.type, s.dateValue, s.start, s.end, spanClass(s.start, s.end), s.granularity, s.basis, s.place?.id ?? null, s.fatalities, s.confidence, s.sourceCount, rows.length,
			s.disputed ? 1 : 0, s.disputes.length ? s.disputes.join(',') : null, eventId
		]
	);
}

const INSERT_EDGE_EVENTS = new RowsInsert('INSERT INTO edge_events (source_id, target_id, relation, event_id)', 4, 'ON CONFLICT DO NOTHING');

/** Derives the typed actor edges of the given events and re-sums the edges they touch. */
export async function refreshEdges(db: Db, eventIds: number[]): Promise<void> {
	if (eventIds.length === 0) return;
	const rows = await q<{ id: number; family: string; actor_id: number; role: string }>(
		db,
		`SELECT e.id, e.family, r.actor_id, r.role FROM events e JOIN event_roles r ON r.event_id = e.id WHERE e.id ${IN_LIST}`,
		[eventIds]
	);
	const byEvent = new Map<number, { family: string; roles: { role: string; actor: number }[] }>();
	for (const r of rows) {
		const id = Number(r.id);
		const ev = byEvent.get(id) ?? { family: r.family, roles: [] };
		ev.roles.push({ role: r.role, actor: Number(r.actor_id) });
		byEvent.set(id, ev);
	}
	const links: unknown[][] = [];
	const touched = new Map<string, [number, number, string]>();
	for (const [id, ev] of byEvent) {
		for (const d of edgesForEvent(ev.family, ev.roles)) {
			links.push([d.source, d.target, d.relation, id]);
			touched.set(`${d.source}|${d.target}|${d.relation}`, [d.source, d.target, d.relation]);
		}
	}
	if (links.length === 0) return;
	await insertRows(db, INSERT_EDGE_EVENTS, links);
	// Every touched edge re-summed from its events in the statement that writes it (an index range on each edge's key).
	const keys = [...touched.values()];
	const tuple = '(CAST(? AS integer), CAST(? AS integer), CAST(? AS text))';
	for (const part of chunked(keys, 3)) {
		await q(
			db,
			`INSERT INTO actor_edges (source_id, target_id, relation, events, sources, weight)
			 SELECT x.source_id, x.target_id, x.relation, count(*), coalesce(sum(e.source_count), 0), coalesce(sum(e.source_count), 0)
			 FROM edge_events x JOIN events e ON e.id = x.event_id
			 WHERE (x.source_id, x.target_id, x.relation) IN (VALUES ${part.map(() => tuple).join(', ')})
			 GROUP BY x.source_id, x.target_id, x.relation
			 ON CONFLICT (source_id, target_id, relation) DO UPDATE SET events = excluded.events, sources = excluded.sources, weight = excluded.weight`,
			part.flat()
		);
	}
}

async function saveAffiliations(db: Db, ex: Extraction, actors: Map<string, number>): Promise<void> {
	for (const a of ex.actors) {
		for (const af of a.affiliations ?? []) {
			if (!isBackingRelation(af.relation)) continue;
			const source = actors.get(a.id), target = actors.get(af.actor) ?? (await findActorByName(db, af.actor));
			if (source === undefined || target === undefined || target === null || source === target) continue;
			await q(
				db,
				`INSERT INTO actor_edges (source_id, target_id, relation, events, sources, weight) VALUES (?, ?, 'backed-by', 0, 1, 1)
				 ON CONFLICT (source_id, target_id, relation) DO UPDATE SET sources = actor_edges.sources + 1, weight = actor_edges.weight + 1`,
				[source, target]
			);
		}
	}
}

async function findActorByName(db: Db, name: string): Promise<number | null> {
	const keys = [...new Set([normaliseName(name), personName(name)])];
	const [row] = await q<{ actor_id: number }>(db, `SELECT actor_id FROM actor_keys WHERE key ${IN_LIST} LIMIT 1`, [keys]);
	return row ? Number(row.actor_id) : null;
}
