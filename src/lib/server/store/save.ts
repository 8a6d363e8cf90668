/**
 * saveArticle: one article and its extraction, stored and linked inside one
 * transaction (the caller opens it). Order: idempotence by content hash, then
 * near-duplicate detection, then places, actors, mentions → canonical events,
 * edges and links. Linking decisions come from the pure functions in
 * src/lib/graph; this file only fetches their candidates through indexes and
 * writes what they decide.
 */
import { createHash } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { Actor, Extraction, ExtractedEvent } from '../../core/types';
import { normaliseForHash, simhash } from '../../graph/simhash';
import { bandKeys, decodeSignature, encodeSignature, jaccardEstimate, minhashSignature, NEAR_DUPLICATE_JACCARD } from '../../graph/minhash';
import { actorKeys, resolveActor, type CanonicalActor } from '../../graph/actors';
import { normaliseName, personName } from '../../graph/normalize';
import { familyOf } from '../../graph/families';
import { eventInterval, toSeconds } from '../../graph/time';
import { bestEventMatch, DATE_SLACK, scoreEventMatch, summariseEvent, type EventCandidate, type MentionFacts, type MentionForSummary, type PlaceFacts } from '../../graph/events';
import { edgesForEvent, isBackingRelation } from '../../graph/edges';
import type { DB, Dialect } from './schema';
import type { ArticleRecordInput, SaveResult } from './types';
import { overlapCondition, spanClass } from './window';

type Db = Kysely<DB>;
const DAY = 86_400;

export function contentHash(text: string): string {
	return createHash('sha256').update(normaliseForHash(text)).digest('hex');
}

export function placeKey(name: string, country: string | null | undefined): string {
	return `${normaliseName(name)}|${country ?? ''}`;
}

export async function saveArticleTx(db: Db, dialect: Dialect, article: ArticleRecordInput, ex: Extraction): Promise<SaveResult> {
	const hash = contentHash(article.text);
	const existing = await db.selectFrom('articles').select(['id', 'duplicate_of']).where('content_hash', '=', hash).executeTakeFirst();
	if (existing) {
		const n = await db.selectFrom('mentions').select(sql<number>`count(*)`.as('n')).where('article_id', '=', existing.id).executeTakeFirstOrThrow();
		return { articleId: String(existing.id), inserted: false, duplicateOf: existing.duplicate_of === null ? null : String(existing.duplicate_of), events: Number(n.n) };
	}

	const published = article.published;
	const publishedS = toSeconds(published);
	if (publishedS === null) throw new Error(`invalid publication date: ${published}`);
	const sig = minhashSignature(article.text);
	const bands = bandKeys(sig);
	const original = await findNearDuplicate(db, sig, bands);

	const inserted = await db
		.insertInto('articles')
		.values({
			content_hash: hash,
			simhash: simhash(article.text),
			minhash: encodeSignature(sig),
			url: article.url ?? null,
			title: article.title ?? null,
			source: article.source ?? null,
			published,
			published_s: publishedS,
			published_inferred: article.publishedInferred ? 1 : 0,
			language: article.language ?? null,
			text: article.text,
			extractor_version: ex.extractor ?? null,
			duplicate_of: original?.id ?? null,
			story_id: original?.story ?? null,
			created_at: new Date().toISOString()
		})
		.returning('id')
		.executeTakeFirstOrThrow();
	const articleId = inserted.id;
	const story = original?.story ?? articleId;
	if (!original) await db.updateTable('articles').set({ story_id: articleId }).where('id', '=', articleId).execute();
	await db.insertInto('article_bands').values(bands.map((key, band) => ({ band, key, article_id: articleId }))).onConflict((oc) => oc.doNothing()).execute();
	if (dialect === 'sqlite') {
		await sql`INSERT INTO articles_fts(rowid, title, text) VALUES (${articleId}, ${article.title ?? ''}, ${article.text})`.execute(db);
	}
	await linkArticleTx(db, dialect, { articleId, story, original: original?.id ?? null, published }, ex);
	return { articleId: String(articleId), inserted: true, duplicateOf: original ? String(original.id) : null, events: ex.events.length };
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
	ex: Extraction
): Promise<void> {
	const { articleId, story, published } = art;
	const original = art.original === null ? null : { id: art.original };
	const places = await savePlaces(db, ex);
	const actors = await saveActors(db, dialect, ex, articleId);
	const touched = new Set<number>();
	const localToEvent = new Map<string, number>();
	const before = await maxEventId(db);
	const joins = new Map<number, number>();
	for (const e of ex.events) {
		const eventId = await linkMention(db, e, ex, { articleId, story, original: original?.id ?? null, published, places, actors });
		localToEvent.set(e.id, eventId);
		touched.add(eventId);
		joins.set(eventId, (joins.get(eventId) ?? 0) + 1);
	}
	// An event this article created from a single mention already holds that mention's facts.
	for (const id of touched) if (id <= before || joins.get(id)! > 1) await refreshEvent(db, id);
	await refreshEdges(db, [...touched]);
	await saveAffiliations(db, ex, actors);
	for (const l of ex.links) {
		const from = localToEvent.get(l.from), to = localToEvent.get(l.to);
		if (from === undefined || to === undefined || from === to) continue;
		await db
			.insertInto('event_links')
			.values({ from_id: from, to_id: to, relation: l.relation, article_id: articleId, evidence_start: l.evidence?.start ?? null, evidence_end: l.evidence?.end ?? null })
			.onConflict((oc) => oc.doNothing())
			.execute();
	}
}

async function maxEventId(db: Db): Promise<number> {
	const r = await db.selectFrom('events').select(sql<number | null>`max(id)`.as('m')).executeTakeFirst();
	return Number(r?.m ?? 0);
}

async function findNearDuplicate(db: Db, sig: number[], bands: number[]): Promise<{ id: number; story: number } | null> {
	// Articles sharing the most bands first: boilerplate can make many articles share one band,
	// while a copy shares nearly all of them.
	const hits = await db
		.selectFrom('article_bands as b')
		.select(['b.article_id', sql<number>`count(*)`.as('n')])
		.where((eb) => eb.or(bands.map((key, band) => eb.and([eb('b.band', '=', band), eb('b.key', '=', key)]))))
		.groupBy('b.article_id')
		.orderBy(sql`count(*)`, 'desc')
		.orderBy('b.article_id')
		.limit(20)
		.execute();
	if (hits.length === 0) return null;
	const rows = await db.selectFrom('articles as a').select(['a.id', 'a.minhash', 'a.story_id', 'a.duplicate_of']).where('a.id', 'in', hits.map((h) => h.article_id)).execute();
	let best: { id: number; story: number; j: number } | null = null;
	for (const r of rows) {
		const j = jaccardEstimate(sig, decodeSignature(r.minhash));
		if (j >= NEAR_DUPLICATE_JACCARD && (!best || j > best.j)) {
			// Point at the story's original so that copies of copies form one story.
			const root = r.duplicate_of ?? r.id;
			best = { id: root, story: r.story_id ?? root, j };
		}
	}
	return best ? { id: best.id, story: best.story } : null;
}

async function savePlaces(db: Db, ex: Extraction): Promise<Map<string, PlaceFacts>> {
	const out = new Map<string, PlaceFacts>();
	for (const p of ex.places) {
		if (!p.name?.trim()) continue;
		const key = placeKey(p.name, p.country);
		await db
			.insertInto('places')
			.values({ key, name: p.name, country: p.country ?? null, admin1: p.admin1 ?? null, lat: p.lat ?? null, lon: p.lon ?? null, precision: p.precision ?? null })
			.onConflict((oc) => oc.column('key').doNothing())
			.execute();
		const row = await db.selectFrom('places').selectAll().where('key', '=', key).executeTakeFirstOrThrow();
		out.set(p.id, { id: row.id, key, name: row.name, country: row.country, precision: row.precision });
	}
	return out;
}

async function loadCanonicalActors(db: Db, ids: number[]): Promise<CanonicalActor[]> {
	if (ids.length === 0) return [];
	const rows = await db.selectFrom('actors').select(['id', 'name', 'kind', 'country']).where('id', 'in', ids).execute();
	const keys = await db.selectFrom('actor_keys').select(['actor_id', 'key']).where('actor_id', 'in', ids).execute();
	return rows.map((r) => ({ ...r, keys: keys.filter((k) => k.actor_id === r.id).map((k) => k.key) }));
}

const MENTION_ROWS_PER_INSERT = 1000;

async function saveActors(db: Db, dialect: Dialect, ex: Extraction, articleId: number): Promise<Map<string, number>> {
	const out = new Map<string, number>();
	for (const a of ex.actors) {
		if (!a.name?.trim()) continue;
		const { keys, surname } = actorKeys(a);
		// One indexed lookup for every way the corpus may already know this actor: a name key, a surname, a state's country.
		const isState = (a.kind === 'state' || a.kind === 'government') && !!a.country;
		const found = await db
			.selectFrom('actors')
			.select('id')
			.where((eb) =>
				eb.or([
					eb('id', 'in', eb.selectFrom('actor_keys').select('actor_id').where('key', 'in', keys)),
					...(surname ? [eb.and([eb('surname', '=', surname), eb('kind', '=', 'person')])] : []),
					...(isState ? [eb.and([eb('country', '=', a.country!), eb('kind', 'in', ['state', 'government'])])] : [])
				])
			)
			.limit(100)
			.execute();
		const decision = resolveActor(a, await loadCanonicalActors(db, found.map((r) => r.id)));
		let actorId = decision.actorId;
		const aliases = [...new Set([a.name, ...(a.aliases ?? [])])];
		if (actorId === null) {
			const row = await db
				.insertInto('actors')
				.values({ name: a.name, kind: a.kind, country: a.country ?? null, surname, search_text: searchText(a), event_count: 0, mention_count: 1 })
				.returning('id')
				.executeTakeFirstOrThrow();
			actorId = row.id;
			if (dialect === 'sqlite') await sql`INSERT INTO actors_fts(rowid, search_text) VALUES (${actorId}, ${searchText(a)})`.execute(db);
			await db.insertInto('actor_aliases').values(aliases.map((alias) => ({ actor_id: actorId!, alias }))).execute();
		} else {
			await addAliases(db, dialect, actorId, a);
			await db.updateTable('actors').set((eb) => ({ mention_count: eb('mention_count', '+', 1) })).where('id', '=', actorId).execute();
		}
		await db.insertInto('actor_keys').values(keys.map((key) => ({ key, actor_id: actorId! }))).onConflict((oc) => oc.doNothing()).execute();
		const spans = a.mentions?.length ? a.mentions : [null];
		// In slices: one statement may bind at most 32,766 values in SQLite (65,535 in PostgreSQL),
		// and an actor named thousands of times in one text would pass that in a single INSERT.
		for (let i = 0; i < spans.length; i += MENTION_ROWS_PER_INSERT) {
			await db
				.insertInto('actor_mentions')
				.values(
					spans.slice(i, i + MENTION_ROWS_PER_INSERT).map((s) => ({
						actor_id: actorId!,
						article_id: articleId,
						local_id: a.id,
						name: s?.text ?? a.name,
						start_offset: s?.start ?? null,
						end_offset: s?.end ?? null,
						reason: decision.actorId === null ? 'new actor' : decision.reason,
						score: decision.actorId === null ? 1 : decision.score
					}))
				)
				.execute();
		}
		out.set(a.id, actorId);
	}
	return out;
}

function searchText(a: Actor): string {
	return [...new Set([a.name, ...(a.aliases ?? [])])].join(' ; ');
}

async function addAliases(db: Db, dialect: Dialect, actorId: number, a: Actor): Promise<void> {
	const known = await db.selectFrom('actor_aliases').select('alias').where('actor_id', '=', actorId).execute();
	const have = new Set(known.map((k) => k.alias));
	const fresh = [...new Set([a.name, ...(a.aliases ?? [])])].filter((x) => !have.has(x));
	if (fresh.length === 0) return;
	await db.insertInto('actor_aliases').values(fresh.map((alias) => ({ actor_id: actorId, alias }))).onConflict((oc) => oc.doNothing()).execute();
	const row = await db.selectFrom('actors').select('search_text').where('id', '=', actorId).executeTakeFirstOrThrow();
	const next = [row.search_text, ...fresh].join(' ; ');
	if (dialect === 'sqlite') {
		// External-content FTS5 forgets a row by being told its old values.
		await sql`INSERT INTO actors_fts(actors_fts, rowid, search_text) VALUES ('delete', ${actorId}, ${row.search_text})`.execute(db);
		await sql`INSERT INTO actors_fts(rowid, search_text) VALUES (${actorId}, ${next})`.execute(db);
	}
	await db.updateTable('actors').set({ search_text: next }).where('id', '=', actorId).execute();
}

interface LinkContext {
	articleId: number;
	story: number;
	original: number | null;
	published: string;
	places: Map<string, PlaceFacts>;
	actors: Map<string, number>;
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

async function loadCandidates(db: Db, ids: number[] | null, m: MentionFacts): Promise<EventCandidate[]> {
	let q = db
		.selectFrom('events as e')
		.leftJoin('places as p', 'p.id', 'e.place_id')
		.select(['e.id', 'e.type', 'e.family', 'e.start_s', 'e.end_s', 'e.granularity', 'e.basis', 'e.fatalities', 'p.id as pid', 'p.key as pkey', 'p.name as pname', 'p.country as pcountry', 'p.precision as pprecision']);
	if (ids) q = q.where('e.id', 'in', ids.length ? ids : [-1]);
	else q = q.where(overlapCondition(m.start - DATE_SLACK, m.end + DATE_SLACK, sql<boolean>`e.family = ${m.family}`)).limit(200);
	const rows = await q.execute();
	if (rows.length === 0) return [];
	const roles = await db.selectFrom('event_roles').select(['event_id', 'actor_id', 'role']).where('event_id', 'in', rows.map((r) => r.id)).execute();
	return rows.map((r) => ({
		id: r.id,
		type: r.type,
		family: r.family,
		start: Number(r.start_s),
		end: Number(r.end_s),
		granularity: r.granularity ?? 'day',
		basis: r.basis ?? 'explicit',
		place: r.pkey ? { id: r.pid ?? undefined, key: r.pkey, name: r.pname ?? '', country: r.pcountry, precision: r.pprecision } : null,
		agents: roles.filter((x) => x.event_id === r.id && x.role === 'agent').map((x) => x.actor_id),
		targets: roles.filter((x) => x.event_id === r.id && (x.role === 'target' || x.role === 'victim')).map((x) => x.actor_id),
		fatalities: r.fatalities
	}));
}

async function linkMention(db: Db, e: ExtractedEvent, ex: Extraction, ctx: LinkContext): Promise<number> {
	const m = mentionFacts(e, ctx);
	let eventId: number | null = null;
	let reason = 'new event';
	let score = 1;
	if (ctx.original !== null) {
		// A syndicated copy reports what its original reported: join the original story's events.
		const storyEvents = await db.selectFrom('mentions').select('event_id').distinct().where('story_id', '=', ctx.story).execute();
		const cands = await loadCandidates(db, storyEvents.map((r) => r.event_id), m);
		let best: { id: number; s: number; why: string } | null = null;
		for (const c of cands) {
			if (c.family !== m.family) continue;
			const d = scoreEventMatch(m, c);
			if (d.score > 0 && (!best || d.score > best.s)) best = { id: c.id, s: d.score, why: d.reason };
		}
		if (best) {
			eventId = best.id;
			reason = `syndicated copy of article ${ctx.original}; ${best.why}`;
			score = Math.max(best.s, 0.9);
		}
	}
	if (eventId === null) {
		const match = bestEventMatch(m, await loadCandidates(db, null, m));
		if (match) {
			eventId = match.id;
			reason = match.decision.reason;
			score = match.decision.score;
		}
	}
	if (eventId === null) {
		const row = await db
			.insertInto('events')
			.values({
				type: m.type,
				family: m.family,
				plover: e.plover ?? null,
				date_value: m.dateValue,
				start_s: m.start,
				end_s: m.end,
				span_class: spanClass(m.start, m.end),
				granularity: m.granularity,
				basis: m.basis,
				place_id: m.place?.id ?? null,
				fatalities: m.fatalities,
				confidence: e.confidence,
				source_count: 1,
				mention_count: 1,
				disputed: 0,
				disputes: null,
				label: labelOf(e.evidence.text)
			})
			.returning('id')
			.executeTakeFirstOrThrow();
		eventId = row.id;
		await bumpDay(db, Math.floor(m.start / DAY), m.type, 1);
	}
	const timex = typeof e.date?.timex === 'number' ? ex.timexes[e.date.timex] : undefined;
	const mention = await db
		.insertInto('mentions')
		.values({
			article_id: ctx.articleId,
			event_id: eventId,
			story_id: ctx.story,
			local_id: e.id,
			type: e.type,
			family: m.family,
			plover: e.plover ?? null,
			acled_event_type: e.acled?.eventType ?? null,
			acled_sub_event_type: e.acled?.subEventType ?? null,
			date_value: e.date?.value ?? null,
			date_start: e.date?.interval?.start ?? null,
			date_end: e.date?.interval?.end ?? null,
			start_s: m.start,
			end_s: m.end,
			granularity: m.granularity,
			basis: m.basis,
			date_text: timex?.text ?? null,
			evidence_start: e.evidence.start,
			evidence_end: e.evidence.end,
			evidence_text: e.evidence.text,
			place_id: m.place?.id ?? null,
			place_name: m.place?.name ?? null,
			fatalities: e.fatalities ?? null,
			injuries: e.injuries ?? null,
			confidence: e.confidence,
			agents: JSON.stringify(m.agents),
			targets: JSON.stringify(m.targets),
			attributed_to: e.attributedTo ?? null,
			extractor_version: ex.extractor ?? null
		})
		.returning('id')
		.executeTakeFirstOrThrow();
	await db.insertInto('merges').values({ mention_id: mention.id, event_id: eventId, reason, score, automatic: 1 }).execute();
	const roles = new Map<string, { event_id: number; actor_id: number; role: string; mentions: number }>();
	for (const r of e.roles) {
		const actorId = ctx.actors.get(r.actor);
		if (actorId !== undefined) roles.set(`${actorId}|${r.role}`, { event_id: eventId, actor_id: actorId, role: r.role, mentions: 1 });
	}
	if (roles.size) {
		const actorIds = [...new Set([...roles.values()].map((r) => r.actor_id))];
		const had = new Set(
			(await db.selectFrom('event_roles').select('actor_id').where('event_id', '=', eventId).where('actor_id', 'in', actorIds).execute()).map((r) => r.actor_id)
		);
		await db
			.insertInto('event_roles')
			.values([...roles.values()])
			.onConflict((oc) => oc.columns(['event_id', 'actor_id', 'role']).doUpdateSet((eb) => ({ mentions: eb('event_roles.mentions', '+', 1) })))
			.execute();
		// An actor's event count grows when it first takes any role in the event.
		const fresh = actorIds.filter((id) => !had.has(id));
		if (fresh.length) await db.updateTable('actors').set((eb) => ({ event_count: eb('event_count', '+', 1) })).where('id', 'in', fresh).execute();
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
}

/** Recomputes an event's canonical facts from all its mentions (sources may disagree). */
export async function refreshEvent(db: Db, eventId: number): Promise<void> {
	const rows = await db
		.selectFrom('mentions as m')
		.leftJoin('places as p', 'p.id', 'm.place_id')
		.select(['m.type', 'm.family', 'm.start_s', 'm.end_s', 'm.granularity', 'm.basis', 'm.agents', 'm.targets', 'm.fatalities', 'm.confidence', 'm.story_id', 'm.date_value', 'p.id as pid', 'p.key as pkey', 'p.name as pname', 'p.country as pcountry', 'p.precision as pprecision'])
		.where('m.event_id', '=', eventId)
		.execute();
	const current = await db.selectFrom('events').select(['start_s', 'type', sql<number>`rejected`.as('rejected')]).where('id', '=', eventId).executeTakeFirst();
	if (!current) return;
	// An event an analyst rejected is already out of the per-day rollup (corrections/ops.ts).
	const counted = Number(current.rejected) === 0;
	if (rows.length === 0) {
		if (counted) await bumpDay(db, Math.floor(Number(current.start_s) / DAY), current.type, -1);
		await db.deleteFrom('event_roles').where('event_id', '=', eventId).execute();
		await db.deleteFrom('edge_events').where('event_id', '=', eventId).execute();
		await db.deleteFrom('event_links').where((eb) => eb.or([eb('from_id', '=', eventId), eb('to_id', '=', eventId)])).execute();
		await db.deleteFrom('events').where('id', '=', eventId).execute();
		return;
	}
	const ms: MentionForSummary[] = rows.map((r) => ({
		type: r.type,
		family: r.family,
		start: Number(r.start_s),
		end: Number(r.end_s),
		granularity: r.granularity ?? 'day',
		basis: r.basis ?? 'explicit',
		place: r.pkey ? { id: r.pid ?? undefined, key: r.pkey, name: r.pname ?? '', country: r.pcountry, precision: r.pprecision } : null,
		agents: JSON.parse(r.agents) as number[],
		targets: JSON.parse(r.targets) as number[],
		fatalities: r.fatalities,
		confidence: r.confidence,
		story: r.story_id,
		dateValue: r.date_value
	}));
	const s = summariseEvent(ms);
	const oldDay = Math.floor(Number(current.start_s) / DAY), newDay = Math.floor(s.start / DAY);
	if (counted && (oldDay !== newDay || current.type !== s.type)) {
		await bumpDay(db, oldDay, current.type, -1);
		await bumpDay(db, newDay, s.type, 1);
	}
	await db
		.updateTable('events')
		.set({
			type: s.type,
			date_value: s.dateValue,
			start_s: s.start,
			end_s: s.end,
			span_class: spanClass(s.start, s.end),
			granularity: s.granularity,
			basis: s.basis,
			place_id: s.place?.id ?? null,
			fatalities: s.fatalities,
			confidence: s.confidence,
			source_count: s.sourceCount,
			mention_count: rows.length,
			disputed: s.disputed ? 1 : 0,
			disputes: s.disputes.length ? s.disputes.join(',') : null
		})
		.where('id', '=', eventId)
		.execute();
}

/** Derives the typed actor edges of the given events and re-sums the edges they touch. */
export async function refreshEdges(db: Db, eventIds: number[]): Promise<void> {
	if (eventIds.length === 0) return;
	const events = await db.selectFrom('events').select(['id', 'family']).where('id', 'in', eventIds).execute();
	const roles = await db.selectFrom('event_roles').select(['event_id', 'actor_id', 'role']).where('event_id', 'in', eventIds).execute();
	const touched = new Map<string, { source_id: number; target_id: number; relation: string }>();
	for (const ev of events) {
		const edges = edgesForEvent(ev.family, roles.filter((r) => r.event_id === ev.id).map((r) => ({ role: r.role, actor: r.actor_id })));
		if (edges.length === 0) continue;
		await db
			.insertInto('edge_events')
			.values(edges.map((d) => ({ source_id: d.source, target_id: d.target, relation: d.relation, event_id: ev.id })))
			.onConflict((oc) => oc.doNothing())
			.execute();
		for (const d of edges) touched.set(`${d.source}|${d.target}|${d.relation}`, { source_id: d.source, target_id: d.target, relation: d.relation });
	}
	for (const t of touched.values()) {
		const agg = await db
			.selectFrom('edge_events as x')
			.innerJoin('events as e', 'e.id', 'x.event_id')
			.select([sql<number>`count(*)`.as('events'), sql<number>`coalesce(sum(e.source_count), 0)`.as('sources')])
			.where('x.source_id', '=', t.source_id)
			.where('x.target_id', '=', t.target_id)
			.where('x.relation', '=', t.relation)
			.executeTakeFirstOrThrow();
		const events = Number(agg.events), sources = Number(agg.sources);
		await db
			.insertInto('actor_edges')
			.values({ ...t, events, sources, weight: sources })
			.onConflict((oc) => oc.columns(['source_id', 'target_id', 'relation']).doUpdateSet({ events, sources, weight: sources }))
			.execute();
	}
}

async function saveAffiliations(db: Db, ex: Extraction, actors: Map<string, number>): Promise<void> {
	for (const a of ex.actors) {
		for (const af of a.affiliations ?? []) {
			if (!isBackingRelation(af.relation)) continue;
			const source = actors.get(a.id), target = actors.get(af.actor) ?? (await findActorByName(db, af.actor));
			if (source === undefined || target === undefined || target === null || source === target) continue;
			await db
				.insertInto('actor_edges')
				.values({ source_id: source, target_id: target, relation: 'backed-by', events: 0, sources: 1, weight: 1 })
				.onConflict((oc) => oc.columns(['source_id', 'target_id', 'relation']).doUpdateSet((eb) => ({ sources: eb('actor_edges.sources', '+', 1), weight: eb('actor_edges.weight', '+', 1) })))
				.execute();
		}
	}
}

async function findActorByName(db: Db, name: string): Promise<number | null> {
	const keys = [...new Set([normaliseName(name), personName(name)])];
	const row = await db.selectFrom('actor_keys').select('actor_id').where('key', 'in', keys).limit(1).executeTakeFirst();
	return row?.actor_id ?? null;
}
