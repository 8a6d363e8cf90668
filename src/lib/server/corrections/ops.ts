/**
 * Graph surgery for corrections: move mentions between canonical events, rebuild
 * an event's roles and edges from its mentions, set or clear a rejection, patch an
 * event's facts, merge and split actors. Every function runs inside the caller's
 * transaction and leaves the derived tables (day_counts, event_roles, edge_events,
 * actor_edges, counts) as linking would have left them.
 */
import { sql, type Kysely } from 'kysely';
import { ACTOR_KINDS, isActorKind } from '../../core/actor-kinds';
import { InputError } from '../../core/types';
import { familyOf } from '../../graph/families';
import { edgesForEvent } from '../../graph/edges';
import { intervalOfValue, toSeconds } from '../../graph/time';
import { normaliseName, personName, surnameOf } from '../../graph/normalize';
import { bumpDay, labelOf, placeKey, refreshEvent } from '../store/save';
import { spanClass } from '../store/window';
import type { DB, Dialect } from '../store/schema';
import type { FullDB } from '../store/migrations-analyst';

type Db = Kysely<FullDB>;
const DAY = 86_400;
const plain = (db: Db) => db as unknown as Kysely<DB>;

type EdgeKey = { source_id: number; target_id: number; relation: string };
const edgeId = (e: EdgeKey) => `${e.source_id}|${e.target_id}|${e.relation}`;

/** Re-sums actor_edges for the given keys from edge_events; an edge no event supports any more goes (standing backing edges stay). */
async function resumEdges(db: Db, keys: EdgeKey[]): Promise<void> {
	const seen = new Set<string>();
	for (const k of keys) {
		if (seen.has(edgeId(k))) continue;
		seen.add(edgeId(k));
		const agg = await db
			.selectFrom('edge_events as x')
			.innerJoin('events as e', 'e.id', 'x.event_id')
			.select([sql<number>`count(*)`.as('events'), sql<number>`coalesce(sum(e.source_count), 0)`.as('sources')])
			.where('x.source_id', '=', k.source_id)
			.where('x.target_id', '=', k.target_id)
			.where('x.relation', '=', k.relation)
			.executeTakeFirstOrThrow();
		const events = Number(agg.events), sources = Number(agg.sources);
		if (events === 0) {
			if (k.relation !== 'backed-by') {
				await db.deleteFrom('actor_edges').where('source_id', '=', k.source_id).where('target_id', '=', k.target_id).where('relation', '=', k.relation).execute();
			}
			continue;
		}
		await db
			.insertInto('actor_edges')
			.values({ ...k, events, sources, weight: sources })
			.onConflict((oc) => oc.columns(['source_id', 'target_id', 'relation']).doUpdateSet({ events, sources, weight: sources }))
			.execute();
	}
}

/** Derives the event's edges from its current roles (none when rejected or gone) and re-sums what changed. */
export async function rebuildEdges(db: Db, eventId: number, extra: EdgeKey[] = []): Promise<void> {
	const old = await db.selectFrom('edge_events').select(['source_id', 'target_id', 'relation']).where('event_id', '=', eventId).execute();
	await db.deleteFrom('edge_events').where('event_id', '=', eventId).execute();
	const ev = await db.selectFrom('events').select(['family', 'rejected']).where('id', '=', eventId).executeTakeFirst();
	const fresh: EdgeKey[] = [];
	if (ev && Number(ev.rejected) === 0) {
		const roles = await db.selectFrom('event_roles').select(['actor_id', 'role']).where('event_id', '=', eventId).execute();
		for (const d of edgesForEvent(ev.family, roles.map((r) => ({ role: r.role, actor: r.actor_id })))) {
			fresh.push({ source_id: d.source, target_id: d.target, relation: d.relation });
		}
		if (fresh.length) {
			await db.insertInto('edge_events').values(fresh.map((f) => ({ ...f, event_id: eventId }))).onConflict((oc) => oc.doNothing()).execute();
		}
	}
	await resumEdges(db, [...old, ...fresh, ...extra]);
}

export async function recountActors(db: Db, actorIds: Iterable<number>): Promise<void> {
	for (const id of new Set(actorIds)) {
		const ev = await db.selectFrom('event_roles').select(sql<number>`count(DISTINCT event_id)`.as('n')).where('actor_id', '=', id).executeTakeFirstOrThrow();
		const mn = await db.selectFrom('actor_mentions').select(sql<number>`count(*)`.as('n')).where('actor_id', '=', id).executeTakeFirstOrThrow();
		await db.updateTable('actors').set({ event_count: Number(ev.n), mention_count: Number(mn.n) }).where('id', '=', id).execute();
	}
}

/** The roles each report gave (mention_roles), else the agents and targets the mention row keeps. */
async function rebuildRoles(db: Db, eventId: number): Promise<number[]> {
	const before = await db.selectFrom('event_roles').select('actor_id').where('event_id', '=', eventId).execute();
	const ms = await db.selectFrom('mentions').select(['id', 'agents', 'targets']).where('event_id', '=', eventId).execute();
	const mr = ms.length ? await db.selectFrom('mention_roles').selectAll().where('mention_id', 'in', ms.map((m) => m.id)).execute() : [];
	const counts = new Map<string, { actor_id: number; role: string; n: number }>();
	const add = (actor_id: number, role: string) => {
		const k = `${actor_id}|${role}`;
		const c = counts.get(k) ?? { actor_id, role, n: 0 };
		c.n++;
		counts.set(k, c);
	};
	for (const m of ms) {
		const own = mr.filter((r) => r.mention_id === m.id);
		if (own.length) for (const r of own) add(r.actor_id, r.role);
		else {
			for (const a of JSON.parse(m.agents) as number[]) add(a, 'agent');
			for (const t of JSON.parse(m.targets) as number[]) add(t, 'target');
		}
	}
	await db.deleteFrom('event_roles').where('event_id', '=', eventId).execute();
	const rows = [...counts.values()].map((c) => ({ event_id: eventId, actor_id: c.actor_id, role: c.role, mentions: c.n }));
	if (rows.length) await db.insertInto('event_roles').values(rows).execute();
	return [...before.map((b) => b.actor_id), ...rows.map((r) => r.actor_id)];
}

/** Recomputes an event from its mentions as linking would (it is deleted when none are left). */
export async function rebuildEvent(db: Db, eventId: number): Promise<void> {
	const oldEdges = await db.selectFrom('edge_events').select(['source_id', 'target_id', 'relation']).where('event_id', '=', eventId).execute();
	const oldActors = (await db.selectFrom('event_roles').select('actor_id').where('event_id', '=', eventId).execute()).map((r) => r.actor_id);
	await refreshEvent(plain(db), eventId);
	const exists = await db.selectFrom('events').select('id').where('id', '=', eventId).executeTakeFirst();
	let actors = oldActors;
	if (exists) actors = [...actors, ...(await rebuildRoles(db, eventId))];
	await rebuildEdges(db, eventId, oldEdges);
	await recountActors(db, actors);
}

/** A new canonical event holding nothing yet, seeded from one mention's facts (rebuildEvent then sums its mentions). */
async function newEventFrom(db: Db, mentionId: number): Promise<number> {
	const m = await db.selectFrom('mentions').selectAll().where('id', '=', mentionId).executeTakeFirstOrThrow();
	const row = await db
		.insertInto('events')
		.values({
			type: m.type,
			family: m.family,
			plover: m.plover,
			date_value: m.date_value,
			start_s: m.start_s,
			end_s: m.end_s,
			span_class: spanClass(Number(m.start_s), Number(m.end_s)),
			granularity: m.granularity,
			basis: m.basis,
			place_id: m.place_id,
			fatalities: m.fatalities,
			confidence: m.confidence,
			source_count: 1,
			mention_count: 0,
			disputed: 0,
			disputes: null,
			label: labelOf(m.evidence_text)
		})
		.returning('id')
		.executeTakeFirstOrThrow();
	await bumpDay(plain(db), Math.floor(Number(m.start_s) / DAY), m.type, 1);
	return row.id;
}

/** Repoints an emptied event's links to the event that absorbed it. */
async function moveLinks(db: Db, from: number, to: number): Promise<void> {
	const links = await db.selectFrom('event_links').selectAll().where((eb) => eb.or([eb('from_id', '=', from), eb('to_id', '=', from)])).execute();
	for (const l of links) {
		const f = l.from_id === from ? to : l.from_id, t = l.to_id === from ? to : l.to_id;
		if (f !== t) await db.insertInto('event_links').values({ ...l, from_id: f, to_id: t }).onConflict((oc) => oc.doNothing()).execute();
	}
	await db.deleteFrom('event_links').where((eb) => eb.or([eb('from_id', '=', from), eb('to_id', '=', from)])).execute();
}

/**
 * Moves mentions into `target` (an event id) or into one new event, records the
 * move as a human decision in `merges`, and rebuilds every event touched.
 * Returns the event that now holds them.
 */
export async function moveMentions(db: Db, mentionIds: number[], target: number | 'new', reason: string): Promise<number | null> {
	if (mentionIds.length === 0) return null;
	const from = (await db.selectFrom('mentions').select('event_id').distinct().where('id', 'in', mentionIds).execute()).map((r) => r.event_id);
	const to = target === 'new' ? await newEventFrom(db, mentionIds[0]) : target;
	await db.updateTable('mentions').set({ event_id: to }).where('id', 'in', mentionIds).execute();
	await db.updateTable('merges').set({ event_id: to, reason, score: 1, automatic: 0 }).where('mention_id', 'in', mentionIds).execute();
	for (const e of from) {
		if (e === to) continue;
		const left = await db.selectFrom('mentions').select('id').where('event_id', '=', e).limit(1).executeTakeFirst();
		if (!left && target !== 'new') await moveLinks(db, e, to);
	}
	for (const e of new Set([...from, to])) await rebuildEvent(db, e);
	return to;
}

/** Takes an event out of (or puts it back into) every view; its mentions stay so that the decision survives re-extraction. */
export async function setRejected(db: Db, eventId: number, rejected: boolean): Promise<boolean> {
	const ev = await db.selectFrom('events').select(['start_s', 'type', 'rejected']).where('id', '=', eventId).executeTakeFirst();
	if (!ev || (Number(ev.rejected) === 1) === rejected) return false;
	await db.updateTable('events').set({ rejected: rejected ? 1 : 0 }).where('id', '=', eventId).execute();
	await bumpDay(plain(db), Math.floor(Number(ev.start_s) / DAY), ev.type, rejected ? -1 : 1);
	await rebuildEdges(db, eventId);
	return true;
}

export interface PlacePatch {
	name: string;
	country?: string | null;
	lat?: number | null;
	lon?: number | null;
	precision?: string | null;
}

export interface RolePatch {
	role: string;
	/** actor name (resolved by its normalised keys, so it survives re-extraction) or id. */
	actor: string;
}

export interface EventPatch {
	type?: string;
	/** TimeML date value (2020-01-08, 2020-01, 2020-W02, 2020) */
	date?: string;
	place?: PlacePatch | null;
	fatalities?: number | null;
	addRoles?: RolePatch[];
	removeRoles?: RolePatch[];
}

export const ROLES = ['agent', 'target', 'authorizer', 'victim', 'participant', 'source'];

/** Checks a patch before it is stored; the same rules the API, the CLI and the form use. */
export function validatePatch(p: EventPatch): void {
	if (p.type !== undefined && !/^[a-z][a-z0-9_.\/-]{0,63}$/i.test(p.type)) throw new InputError(`type must be a taxonomy id (letters, digits, _ . /), got ${JSON.stringify(p.type)}`);
	if (p.date !== undefined && !intervalOfValue(p.date)) throw new InputError(`date must be a TimeML date value such as 2020-01-08, 2020-01, 2020-W02 or 2020 (got ${JSON.stringify(p.date)})`);
	if (p.fatalities !== undefined && p.fatalities !== null && !(Number.isInteger(p.fatalities) && p.fatalities >= 0)) throw new InputError('fatalities must be a whole number ≥ 0');
	if (p.place && !p.place.name?.trim()) throw new InputError('place needs a name');
	for (const r of [...(p.addRoles ?? []), ...(p.removeRoles ?? [])]) {
		if (!ROLES.includes(r.role)) throw new InputError(`role must be one of ${ROLES.join(', ')}`);
		if (!r.actor?.trim()) throw new InputError('a role needs an actor');
	}
	if (Object.keys(p).length === 0) throw new InputError('nothing to change');
}

export async function findActor(db: Db, ref: string): Promise<number | null> {
	const keys = [...new Set([normaliseName(ref), personName(ref)])].filter(Boolean);
	if (keys.length) {
		const row = await db.selectFrom('actor_keys').select('actor_id').where('key', 'in', keys).orderBy('actor_id').limit(1).executeTakeFirst();
		if (row) return row.actor_id;
	}
	if (/^\d+$/.test(ref)) {
		const row = await db.selectFrom('actors').select('id').where('id', '=', Number(ref)).executeTakeFirst();
		if (row) return row.id;
	}
	return null;
}

async function placeId(db: Db, p: PlacePatch): Promise<number> {
	const key = placeKey(p.name, p.country ?? null);
	await db
		.insertInto('places')
		.values({ key, name: p.name.trim(), country: p.country ?? null, admin1: null, lat: p.lat ?? null, lon: p.lon ?? null, precision: p.precision ?? 'city' })
		.onConflict((oc) => oc.column('key').doNothing())
		.execute();
	return (await db.selectFrom('places').select('id').where('key', '=', key).executeTakeFirstOrThrow()).id;
}

/** Overrides an event's facts with what an analyst stated; idempotent. */
export async function patchEvent(db: Db, eventId: number, p: EventPatch): Promise<void> {
	const ev = await db.selectFrom('events').select(['start_s', 'type', 'family', 'rejected']).where('id', '=', eventId).executeTakeFirst();
	if (!ev) return;
	const set: Partial<Record<string, unknown>> = {};
	let start = Number(ev.start_s), type = ev.type;
	if (p.type !== undefined) {
		type = p.type;
		set.type = p.type;
		set.family = familyOf(p.type);
	}
	if (p.date !== undefined) {
		const iv = intervalOfValue(p.date);
		if (iv) {
			start = iv.start;
			Object.assign(set, { date_value: p.date, start_s: iv.start, end_s: iv.end, span_class: spanClass(iv.start, iv.end), granularity: iv.granularity, basis: 'corrected', disputed: 0, disputes: null });
		}
	}
	if (p.place !== undefined) set.place_id = p.place === null ? null : await placeId(db, p.place);
	if (p.fatalities !== undefined) set.fatalities = p.fatalities;
	if (Object.keys(set).length) await db.updateTable('events').set(set).where('id', '=', eventId).execute();
	const oldDay = Math.floor(Number(ev.start_s) / DAY), newDay = Math.floor(start / DAY);
	if (Number(ev.rejected) === 0 && (oldDay !== newDay || type !== ev.type)) {
		await bumpDay(plain(db), oldDay, ev.type, -1);
		await bumpDay(plain(db), newDay, type, 1);
	}
	const touched: number[] = [];
	for (const r of p.removeRoles ?? []) {
		const a = await findActor(db, r.actor);
		if (a === null) continue;
		await db.deleteFrom('event_roles').where('event_id', '=', eventId).where('actor_id', '=', a).where('role', '=', r.role).execute();
		touched.push(a);
	}
	for (const r of p.addRoles ?? []) {
		const a = await findActor(db, r.actor);
		if (a === null) continue;
		await db.insertInto('event_roles').values({ event_id: eventId, actor_id: a, role: r.role, mentions: 1 }).onConflict((oc) => oc.doNothing()).execute();
		touched.push(a);
	}
	if (touched.length || set.family !== undefined) await rebuildEdges(db, eventId);
	if (touched.length) await recountActors(db, touched);
}

/** Present values of the fields a patch changes: the "before" of the audit log. */
export async function currentFacts(db: Db, eventId: number): Promise<Record<string, unknown>> {
	const ev = await db
		.selectFrom('events as e')
		.leftJoin('places as p', 'p.id', 'e.place_id')
		.select(['e.type', 'e.date_value', 'e.start_s', 'e.end_s', 'e.fatalities', 'e.rejected', 'p.name as place', 'p.country as country'])
		.where('e.id', '=', eventId)
		.executeTakeFirst();
	if (!ev) return {};
	const roles = await db
		.selectFrom('event_roles as r')
		.innerJoin('actors as a', 'a.id', 'r.actor_id')
		.select(['r.role', 'a.name'])
		.where('r.event_id', '=', eventId)
		.orderBy('r.role')
		.orderBy('a.name')
		.execute();
	return {
		type: ev.type,
		date: ev.date_value,
		place: ev.place ? { name: ev.place, country: ev.country } : null,
		fatalities: ev.fatalities,
		rejected: Number(ev.rejected) === 1,
		roles: roles.map((r) => ({ role: r.role, actor: r.name }))
	};
}

async function replaceInJsonLists(db: Db, mentionWhere: { article?: number[] } | null, from: number, to: number): Promise<number[]> {
	let q = db.selectFrom('mentions').select(['id', 'event_id', 'agents', 'targets']).where((eb) => eb.or([eb('agents', 'like', `%${from}%`), eb('targets', 'like', `%${from}%`)]));
	if (mentionWhere?.article) q = q.where('article_id', 'in', mentionWhere.article.length ? mentionWhere.article : [-1]);
	const events = new Set<number>();
	for (const m of await q.execute()) {
		const swap = (s: string) => JSON.stringify([...new Set((JSON.parse(s) as number[]).map((x) => (x === from ? to : x)))]);
		const agents = swap(m.agents), targets = swap(m.targets);
		if (agents !== m.agents || targets !== m.targets) {
			await db.updateTable('mentions').set({ agents, targets }).where('id', '=', m.id).execute();
			events.add(m.event_id);
		}
	}
	return [...events];
}

async function setSearchText(db: Db, dialect: Dialect, actorId: number, next: string | null): Promise<void> {
	const row = await db.selectFrom('actors').select('search_text').where('id', '=', actorId).executeTakeFirst();
	if (!row) return;
	if (dialect === 'sqlite') await sql`INSERT INTO actors_fts(actors_fts, rowid, search_text) VALUES ('delete', ${actorId}, ${row.search_text})`.execute(db);
	if (next === null) return;
	if (dialect === 'sqlite') await sql`INSERT INTO actors_fts(rowid, search_text) VALUES (${actorId}, ${next})`.execute(db);
	await db.updateTable('actors').set({ search_text: next }).where('id', '=', actorId).execute();
}

/** `gone` becomes part of `keep`: its mentions, names, roles and edges move; its row goes. */
export async function mergeActors(db: Db, dialect: Dialect, keep: number, gone: number): Promise<void> {
	if (keep === gone) return;
	await db.updateTable('actor_mentions').set({ actor_id: keep }).where('actor_id', '=', gone).execute();
	for (const k of await db.selectFrom('actor_keys').select('key').where('actor_id', '=', gone).execute()) {
		await db.insertInto('actor_keys').values({ key: k.key, actor_id: keep }).onConflict((oc) => oc.doNothing()).execute();
	}
	await db.deleteFrom('actor_keys').where('actor_id', '=', gone).execute();
	const goneAliases = await db.selectFrom('actor_aliases').select('alias').where('actor_id', '=', gone).execute();
	for (const a of goneAliases) await db.insertInto('actor_aliases').values({ actor_id: keep, alias: a.alias }).onConflict((oc) => oc.doNothing()).execute();
	await db.deleteFrom('actor_aliases').where('actor_id', '=', gone).execute();
	for (const r of await db.selectFrom('mention_roles').selectAll().where('actor_id', '=', gone).execute()) {
		await db.insertInto('mention_roles').values({ ...r, actor_id: keep }).onConflict((oc) => oc.doNothing()).execute();
	}
	await db.deleteFrom('mention_roles').where('actor_id', '=', gone).execute();
	const events = new Set([
		...(await replaceInJsonLists(db, null, gone, keep)),
		...(await db.selectFrom('event_roles').select('event_id').where('actor_id', '=', gone).execute()).map((r) => r.event_id)
	]);
	for (const e of events) await rebuildEvent(db, e);
	// Standing edges (backing) are not derived from events: repoint them.
	const standing = await db.selectFrom('actor_edges').selectAll().where((eb) => eb.or([eb('source_id', '=', gone), eb('target_id', '=', gone)])).execute();
	for (const e of standing) {
		const s = e.source_id === gone ? keep : e.source_id, t = e.target_id === gone ? keep : e.target_id;
		if (s !== t) {
			await db
				.insertInto('actor_edges')
				.values({ ...e, source_id: s, target_id: t })
				.onConflict((oc) => oc.columns(['source_id', 'target_id', 'relation']).doUpdateSet((eb) => ({ sources: eb('actor_edges.sources', '+', e.sources), weight: eb('actor_edges.weight', '+', e.weight) })))
				.execute();
		}
	}
	await db.deleteFrom('edge_events').where((eb) => eb.or([eb('source_id', '=', gone), eb('target_id', '=', gone)])).execute();
	await db.deleteFrom('actor_edges').where((eb) => eb.or([eb('source_id', '=', gone), eb('target_id', '=', gone)])).execute();
	await db.deleteFrom('event_roles').where('actor_id', '=', gone).execute();
	const names = await db.selectFrom('actor_aliases').select('alias').where('actor_id', '=', keep).execute();
	// its own name too: a renamed actor is not among the names it was written as
	const own = await db.selectFrom('actors').select('name').where('id', '=', keep).executeTakeFirstOrThrow();
	await setSearchText(db, dialect, keep, [...new Set([own.name, ...names.map((n) => n.alias)])].join(' ; '));
	await setSearchText(db, dialect, gone, null);
	await db.deleteFrom('actors').where('id', '=', gone).execute();
	await recountActors(db, [keep]);
}

/** The given actor mentions leave their actor for a new one (named after the first); returns its id. */
export async function splitActor(db: Db, dialect: Dialect, actorMentionIds: number[]): Promise<number | null> {
	if (actorMentionIds.length === 0) return null;
	const moved = await db.selectFrom('actor_mentions').selectAll().where('id', 'in', actorMentionIds).orderBy('id').execute();
	const from = moved[0].actor_id;
	const src = await db.selectFrom('actors').selectAll().where('id', '=', from).executeTakeFirstOrThrow();
	const names = [...new Set(moved.map((m) => m.name))];
	const norm = src.kind === 'person' ? personName(names[0]) : normaliseName(names[0]);
	const created = await db
		.insertInto('actors')
		.values({ name: names[0], kind: src.kind, country: src.country, surname: src.kind === 'person' ? surnameOf(norm) : null, search_text: names.join(' ; '), event_count: 0, mention_count: 0 })
		.returning('id')
		.executeTakeFirstOrThrow();
	const to = created.id;
	if (dialect === 'sqlite') await sql`INSERT INTO actors_fts(rowid, search_text) VALUES (${to}, ${names.join(' ; ')})`.execute(db);
	await db.updateTable('actor_mentions').set({ actor_id: to }).where('id', 'in', actorMentionIds).execute();
	const remaining = await db.selectFrom('actor_mentions').select(['name', 'article_id']).where('actor_id', '=', from).execute();
	const stillNamed = new Set(remaining.flatMap((r) => [normaliseName(r.name), personName(r.name)]));
	for (const n of names) {
		for (const key of new Set([normaliseName(n), personName(n)])) {
			await db.insertInto('actor_keys').values({ key, actor_id: to }).onConflict((oc) => oc.doNothing()).execute();
			if (!stillNamed.has(key)) await db.deleteFrom('actor_keys').where('key', '=', key).where('actor_id', '=', from).execute();
		}
		await db.insertInto('actor_aliases').values({ actor_id: to, alias: n }).onConflict((oc) => oc.doNothing()).execute();
		if (!remaining.some((r) => r.name === n)) await db.deleteFrom('actor_aliases').where('actor_id', '=', from).where('alias', '=', n).execute();
	}
	// The roles the moved names played (each report's role remembers the article's own actor id) go with them.
	const movedLocal = new Set(moved.map((m) => `${m.article_id}|${m.local_id}`));
	const touchedArticles = [...new Set(moved.map((m) => m.article_id))];
	const events = new Set<number>();
	const roleRows = await db
		.selectFrom('mention_roles as r')
		.innerJoin('mentions as m', 'm.id', 'r.mention_id')
		.select(['r.mention_id', 'r.actor_id', 'r.role', 'r.actor_local', 'm.article_id', 'm.event_id'])
		.where('r.actor_id', '=', from)
		.where('m.article_id', 'in', touchedArticles)
		.execute();
	for (const r of roleRows) {
		if (!movedLocal.has(`${r.article_id}|${r.actor_local}`)) continue;
		await db.deleteFrom('mention_roles').where('mention_id', '=', r.mention_id).where('actor_id', '=', from).where('role', '=', r.role).execute();
		await db.insertInto('mention_roles').values({ mention_id: r.mention_id, actor_id: to, role: r.role, actor_local: r.actor_local }).onConflict((oc) => oc.doNothing()).execute();
		events.add(r.event_id);
	}
	// Agents and targets lists (the fallback of reports without per-mention roles) move where the old actor is no longer named.
	const stillIn = new Set(remaining.map((r) => r.article_id));
	const articles = touchedArticles.filter((a) => !stillIn.has(a));
	if (articles.length) for (const e of await replaceInJsonLists(db, { article: articles }, from, to)) events.add(e);
	for (const e of events) await rebuildEvent(db, e);
	const left = await db.selectFrom('actor_aliases').select('alias').where('actor_id', '=', from).execute();
	if (left.length) await setSearchText(db, dialect, from, left.map((l) => l.alias).join(' ; '));
	await recountActors(db, [from, to]);
	return to;
}

export function isoDay(s: number): string {
	return new Date(s * 1000).toISOString().slice(0, 10);
}

export { toSeconds };


/** A person's correction of an actor's own facts (not of who it is: that is merge/split). */
export interface ActorPatch {
	name?: string;
	kind?: string;
	/** ISO 3166-1 alpha-2, or null for none. */
	country?: string | null;
}

export function validateActorPatch(p: ActorPatch): void {
	if (!p || typeof p !== 'object' || Array.isArray(p)) throw new InputError('changes must be an object {name?, kind?, country?}');
	const extra = Object.keys(p).filter((k) => !['name', 'kind', 'country'].includes(k));
	if (extra.length) throw new InputError(`an actor correction changes name, kind or country (not ${extra.join(', ')})`);
	if (Object.keys(p).length === 0) throw new InputError('nothing to change: give a name, kind or country');
	if (p.name !== undefined && (typeof p.name !== 'string' || !p.name.trim() || p.name.length > 200)) throw new InputError('name must be non-empty text of at most 200 characters');
	if (p.kind !== undefined && !isActorKind(p.kind)) throw new InputError(`kind must be one of ${ACTOR_KINDS.join(', ')}`);
	if (p.country !== undefined && p.country !== null && !/^[A-Z]{2}$/.test(String(p.country))) throw new InputError('country must be a two-letter ISO code such as IQ, or null');
}

export async function actorFacts(db: Db, actorId: number): Promise<{ name: string; kind: string; country: string | null }> {
	const r = await db.selectFrom('actors').select(['name', 'kind', 'country']).where('id', '=', actorId).executeTakeFirstOrThrow();
	return { name: r.name, kind: r.kind, country: r.country };
}

/** Sets an actor's name, kind or country; search finds it by the new name as well as by every name it was written as. */
export async function patchActor(db: Db, dialect: Dialect, actorId: number, p: ActorPatch): Promise<void> {
	const now = await actorFacts(db, actorId);
	const name = p.name?.trim() ?? now.name;
	const kind = p.kind ?? now.kind;
	const country = p.country !== undefined ? p.country : now.country;
	if (name === now.name && kind === now.kind && country === now.country) return;
	await db
		.updateTable('actors')
		// the surname is how a later "Smith" finds "John Smith": only a new name or kind changes it
		.set({ name, kind, country, ...(name !== now.name || kind !== now.kind ? { surname: kind === 'person' ? surnameOf(personName(name)) : null } : {}) })
		.where('id', '=', actorId)
		.execute();
	const aliases = await db.selectFrom('actor_aliases').select('alias').where('actor_id', '=', actorId).execute();
	await setSearchText(db, dialect, actorId, [...new Set([name, ...aliases.map((a) => a.alias)])].join(' ; '));
}

/** Names recorded as `to`'s before a merge go back to it; those `from` had before the merge stay there too. */
export async function returnAliases(db: Db, dialect: Dialect, from: number, to: number, aliases: string[], fromHad: ReadonlySet<string>): Promise<void> {
	for (const alias of aliases) {
		await db.insertInto('actor_aliases').values({ actor_id: to, alias }).onConflict((oc) => oc.doNothing()).execute();
		if (!fromHad.has(alias)) await db.deleteFrom('actor_aliases').where('actor_id', '=', from).where('alias', '=', alias).execute();
	}
	for (const id of [from, to]) {
		const row = await db.selectFrom('actors').select('name').where('id', '=', id).executeTakeFirst();
		if (!row) continue;
		const names = await db.selectFrom('actor_aliases').select('alias').where('actor_id', '=', id).execute();
		await setSearchText(db, dialect, id, [...new Set([row.name, ...names.map((n) => n.alias)])].join(' ; '));
	}
}
