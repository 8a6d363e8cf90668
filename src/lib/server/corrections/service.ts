/**
 * Making, listing and reverting corrections. A correction is recorded (who, when,
 * what it targets by stable keys, before → after, why) and applied in the same
 * transaction; a revert is itself a logged entry. The API, the CLI and the UI
 * all come through here.
 */
import type { Kysely } from 'kysely';
import { InputError } from '../../core/types';
import type { SqlStore } from '../store/sql-store';
import { asFull, type FullDB } from '../store/migrations-analyst';
import type { Dialect } from '../store/schema';
import { actorMentionKeys, keysOfActor, keysOfEvent, keysOfMentions, majorityActor, majorityEvent, mentionsOfEvent, resolveActorMentions, resolveMentions } from './keys';
import { actorFacts, currentFacts, mergeActors, moveMentions, patchActor, returnAliases, rebuildEvent, setRejected, splitActor, validateActorPatch, validatePatch, type ActorPatch, type EventPatch } from './ops';
import { applyCorrection, reapply, type Action } from './overlay';

type Db = Kysely<FullDB>;

const ACTOR_ACTIONS: ReadonlySet<string> = new Set(['merge_actors', 'split_actor', 'edit_actor']);

export type CorrectionInput =
	| { action: 'edit_event'; event: string; changes: EventPatch }
	| { action: 'reject_event'; event: string }
	| { action: 'merge_events'; event: string; other: string }
	/** mentions: ids of the event's mentions (EventDetail.sources[].mentionId / merges[].mentionId) that are another event. */
	| { action: 'split_event'; event: string; mentions: string[] }
	| { action: 'merge_actors'; actor: string; other: string }
	/** changes: a new name, kind or country for the actor (who it is stays: that is merge/split). */
	| { action: 'edit_actor'; actor: string; changes: ActorPatch }
	/** names: the names (aliases) under which the actor is a different one. */
	| { action: 'split_actor'; actor: string; names: string[] };

export interface Who {
	author: string;
	reason: string;
}

export interface CorrectionEntry {
	id: number;
	createdAt: string;
	author: string;
	action: Action | string;
	target: Record<string, unknown>;
	before: Record<string, unknown>;
	after: Record<string, unknown>;
	reason: string;
	status: 'active' | 'reverted';
	revertedAt: string | null;
	revertedBy: string | null;
	/** one line for people: "edit_event #12: date 2020-01-07 → 2020-01-08". */
	summary: string;
}

function idOf(v: string, what: string): number {
	if (!/^\d+$/.test(String(v ?? ''))) throw new InputError(`${what} must be a numeric id, got ${JSON.stringify(v)}`);
	return Number(v);
}

async function eventExists(db: Db, id: number): Promise<void> {
	if (!(await db.selectFrom('events').select('id').where('id', '=', id).executeTakeFirst())) throw new InputError(`no event ${id}`);
}

async function actorExists(db: Db, id: number): Promise<void> {
	if (!(await db.selectFrom('actors').select('id').where('id', '=', id).executeTakeFirst())) throw new InputError(`no actor ${id}`);
}

function checkWho(who: Who): void {
	if (!who.author?.trim()) throw new InputError('a correction needs an author');
	if (typeof who.reason !== 'string') throw new InputError('reason must be text');
	if (who.reason.length > 2000) throw new InputError('reason is longer than 2000 characters');
}

interface Planned {
	target: Record<string, unknown>;
	before: Record<string, unknown>;
	after: Record<string, unknown>;
	keys: string[];
	blocks?: [string, string][];
	/** the event or actor the correction concerns, reported back. */
	subject: { event?: number; actor?: number };
}

async function plan(db: Db, input: CorrectionInput): Promise<Planned> {
	switch (input.action) {
		case 'edit_event': {
			const ev = idOf(input.event, 'event');
			await eventExists(db, ev);
			const changes = input.changes ?? {};
			validatePatch(changes);
			const mentions = await keysOfEvent(db, ev);
			const now = await currentFacts(db, ev);
			const before: Record<string, unknown> = {};
			for (const k of Object.keys(changes)) {
				if (k === 'addRoles' || k === 'removeRoles') before.roles = now.roles;
				else before[k] = now[k];
			}
			return { target: { event: ev, mentions }, before, after: changes as Record<string, unknown>, keys: mentions, subject: { event: ev } };
		}
		case 'reject_event': {
			const ev = idOf(input.event, 'event');
			await eventExists(db, ev);
			const mentions = await keysOfEvent(db, ev);
			const now = await currentFacts(db, ev);
			if (now.rejected) throw new InputError(`event ${ev} is already rejected`);
			return { target: { event: ev, mentions }, before: { rejected: false }, after: { rejected: true }, keys: mentions, subject: { event: ev } };
		}
		case 'merge_events': {
			const a = idOf(input.event, 'event'), b = idOf(input.other, 'other');
			if (a === b) throw new InputError('an event cannot be merged with itself');
			await eventExists(db, a);
			await eventExists(db, b);
			const ka = await keysOfEvent(db, a), kb = await keysOfEvent(db, b);
			return {
				target: { event: a, other: b, a: ka, b: kb },
				before: { a: await currentFacts(db, a), b: await currentFacts(db, b) },
				after: { merged: true },
				keys: [...ka, ...kb],
				subject: { event: a }
			};
		}
		case 'split_event': {
			const ev = idOf(input.event, 'event');
			await eventExists(db, ev);
			const all = await mentionsOfEvent(db, ev);
			const moved = (input.mentions ?? []).map((m) => idOf(m, 'mention'));
			if (moved.length === 0) throw new InputError('name the mentions (reports) to split off');
			for (const m of moved) if (!all.includes(m)) throw new InputError(`mention ${m} is not part of event ${ev}`);
			const rest = all.filter((m) => !moved.includes(m));
			if (rest.length === 0) throw new InputError('a split must leave at least one mention in the event');
			const keys = await keysOfMentions(db, all);
			const km = moved.map((m) => keys.get(m)!), kr = rest.map((m) => keys.get(m)!);
			return {
				target: { event: ev, moved: km, rest: kr },
				before: await currentFacts(db, ev),
				after: { split: km.length },
				keys: [...km, ...kr],
				blocks: km.flatMap((a) => kr.map((b) => [a, b] as [string, string])),
				subject: { event: ev }
			};
		}
		case 'merge_actors': {
			const a = idOf(input.actor, 'actor'), b = idOf(input.other, 'other');
			if (a === b) throw new InputError('an actor cannot be merged with itself');
			await actorExists(db, a);
			await actorExists(db, b);
			const ka = await keysOfActor(db, a), kb = await keysOfActor(db, b);
			const names = async (id: number) => ({
				...(await db.selectFrom('actors').select(['name', 'kind', 'country']).where('id', '=', id).executeTakeFirstOrThrow()),
				aliases: (await db.selectFrom('actor_aliases').select('alias').where('actor_id', '=', id).orderBy('alias').execute()).map((r) => r.alias)
			});
			return { target: { actor: a, other: b, a: ka, b: kb }, before: { a: await names(a), b: await names(b) }, after: { merged: true }, keys: [...ka, ...kb], subject: { actor: a } };
		}
		case 'edit_actor': {
			const a = idOf(input.actor, 'actor');
			await actorExists(db, a);
			const changes = { ...(input.changes ?? {}) };
			validateActorPatch(changes);
			if (changes.name !== undefined) changes.name = changes.name.trim();
			const now = await actorFacts(db, a);
			const changed = (Object.keys(changes) as (keyof ActorPatch)[]).filter((k) => changes[k] !== now[k]);
			if (changed.length === 0) throw new InputError(`actor ${a} already has these facts`);
			const before = Object.fromEntries(changed.map((k) => [k, now[k]]));
			const after = Object.fromEntries(changed.map((k) => [k, changes[k]]));
			const mentions = await keysOfActor(db, a);
			return { target: { actor: a, a: mentions }, before, after, keys: mentions, subject: { actor: a } };
		}
		case 'split_actor': {
			const a = idOf(input.actor, 'actor');
			await actorExists(db, a);
			const want = new Set((input.names ?? []).map((n) => n.trim()).filter(Boolean));
			if (want.size === 0) throw new InputError('name the aliases to split off');
			const rows = await db.selectFrom('actor_mentions').select(['id', 'name']).where('actor_id', '=', a).execute();
			const moved = rows.filter((r) => want.has(r.name)).map((r) => r.id);
			const rest = rows.filter((r) => !want.has(r.name)).map((r) => r.id);
			if (moved.length === 0) throw new InputError(`actor ${a} is never named ${[...want].join(' or ')}`);
			if (rest.length === 0) throw new InputError('a split must leave the actor at least one name');
			const km = await actorMentionKeys(db, moved), kr = await actorMentionKeys(db, rest);
			return { target: { actor: a, names: [...want], moved: km, rest: kr }, before: { names: [...new Set(rows.map((r) => r.name))] }, after: { split: [...want] }, keys: [...km, ...kr], subject: { actor: a } };
		}
		default:
			throw new InputError(`unknown correction ${JSON.stringify((input as { action?: unknown }).action)}; one of edit_event, reject_event, merge_events, split_event, merge_actors, split_actor, edit_actor`);
	}
}

async function record(db: Db, action: string, p: Pick<Planned, 'target' | 'before' | 'after' | 'keys' | 'blocks'>, who: Who): Promise<number> {
	const row = await db
		.insertInto('corrections')
		.values({
			created_at: new Date().toISOString(),
			author: who.author.trim(),
			action,
			target: JSON.stringify(p.target),
			before: JSON.stringify(p.before),
			after: JSON.stringify(p.after),
			reason: who.reason.trim(),
			status: 'active',
			reverted_at: null,
			reverted_by: null
		})
		.returning('id')
		.executeTakeFirstOrThrow();
	const keys = [...new Set(p.keys)];
	for (let i = 0; i < keys.length; i += 200) {
		await db.insertInto('correction_keys').values(keys.slice(i, i + 200).map((key) => ({ correction_id: row.id, key }))).onConflict((oc) => oc.doNothing()).execute();
	}
	for (const [a, b] of p.blocks ?? []) await db.insertInto('merge_blocks').values({ key_a: a, key_b: b, correction_id: row.id }).onConflict((oc) => oc.doNothing()).execute();
	return row.id;
}

/** Records and applies one correction; returns its log entry and the event or actor it now concerns. */
export async function correct(store: SqlStore, input: CorrectionInput, who: Who): Promise<{ entry: CorrectionEntry; event?: string; actor?: string }> {
	checkWho(who);
	return store.transaction(async (raw) => {
		const db = asFull(raw);
		const p = await plan(db, input);
		const id = await record(db, input.action, p, who);
		await applyCorrection(db, store.kind, { id, action: input.action, target: p.target, after: p.after });
		let event: number | null | undefined, actor: number | null | undefined;
		if (p.subject.event !== undefined) {
			const keys = (p.target.a ?? p.target.rest ?? p.target.mentions) as string[];
			event = await majorityEvent(db, await resolveMentions(db, keys));
			// The event now holding these mentions may carry other corrections that a rebuild reset.
			if (event !== null) await reapply(db, store.kind, [event]);
		}
		if (p.subject.actor !== undefined) actor = await majorityActor(db, await resolveActorMentions(db, (p.target.a ?? p.target.rest) as string[]));
		const entry = (await entries(db, { id }))[0];
		return { entry, ...(event != null ? { event: String(event) } : {}), ...(actor != null ? { actor: String(actor) } : {}) };
	});
}

/** Undoes correction `id` (recorded as a 'revert' entry); the graph returns to what linking and the other corrections make of it. */
export async function revert(store: SqlStore, id: number, who: Who): Promise<CorrectionEntry> {
	checkWho(who);
	return store.transaction(async (raw) => {
		const db = asFull(raw);
		const c = await db.selectFrom('corrections').selectAll().where('id', '=', id).executeTakeFirst();
		if (!c) throw new InputError(`no correction #${id}`);
		if (c.action === 'revert') throw new InputError(`#${id} is itself a revert; revert the correction it undid again instead`);
		if (c.status !== 'active') throw new InputError(`correction #${id} is already reverted`);
		const now = new Date().toISOString();
		await db.updateTable('corrections').set({ status: 'reverted', reverted_at: now, reverted_by: who.author.trim() }).where('id', '=', id).execute();
		const target = JSON.parse(c.target) as Record<string, string[]>;
		const touched = await undo(db, store.kind, c.action, target, id, JSON.parse(c.before));
		// Other corrections of the same reports or names (an earlier rename, say) take effect again.
		const actorKeys = ACTOR_ACTIONS.has(c.action) ? [...(target.a ?? []), ...(target.b ?? []), ...(target.rest ?? []), ...(target.moved ?? [])] : [];
		await reapply(db, store.kind, touched, actorKeys);
		const rid = await record(db, 'revert', { target: { correction: id, action: c.action }, before: JSON.parse(c.after), after: JSON.parse(c.before), keys: [] }, who);
		return (await entries(db, { id: rid }))[0];
	});
}

async function undo(db: Db, dialect: Dialect, action: string, t: Record<string, string[]>, id: number, before: Record<string, unknown>): Promise<number[]> {
	const why = `revert of correction #${id}`;
	switch (action) {
		case 'edit_event': {
			const ev = await majorityEvent(db, await resolveMentions(db, t.mentions ?? []));
			if (ev === null) return [];
			await rebuildEvent(db, ev);
			return [ev];
		}
		case 'reject_event': {
			const ev = await majorityEvent(db, await resolveMentions(db, t.mentions ?? []));
			if (ev === null) return [];
			await setRejected(db, ev, false);
			return [ev];
		}
		case 'merge_events': {
			const a = await majorityEvent(db, await resolveMentions(db, t.a ?? []));
			const b = await resolveMentions(db, t.b ?? []);
			const nb = await moveMentions(db, b, 'new', why);
			return [a, nb].filter((x): x is number => x !== null);
		}
		case 'split_event': {
			await db.deleteFrom('merge_blocks').where('correction_id', '=', id).execute();
			const home = await majorityEvent(db, await resolveMentions(db, t.rest ?? []));
			const moved = await resolveMentions(db, t.moved ?? []);
			if (home === null) return [];
			await moveMentions(db, moved, home, why);
			return [home];
		}
		case 'merge_actors': {
			const b = await resolveActorMentions(db, t.b ?? []);
			const back = await splitActor(db, dialect, b);
			// the actor comes back as it was before the merge (name, kind, aliases), not named after its first written name
			const was = before.b as (ActorPatch & { aliases?: string[] }) | undefined;
			const kept = before.a as { aliases?: string[] } | undefined;
			const home = await majorityActor(db, await resolveActorMentions(db, t.a ?? []));
			if (back !== null && was) {
				await patchActor(db, dialect, back, { name: was.name, kind: was.kind, ...(was.country !== undefined ? { country: was.country } : {}) });
				if (home !== null && was.aliases) await returnAliases(db, dialect, home, back, was.aliases, new Set(kept?.aliases ?? []));
			}
			return [];
		}
		case 'edit_actor': {
			const a = await majorityActor(db, await resolveActorMentions(db, t.a ?? []));
			if (a !== null) await patchActor(db, dialect, a, before as ActorPatch);
			return [];
		}
		case 'split_actor': {
			const home = await majorityActor(db, await resolveActorMentions(db, t.rest ?? []));
			const away = await majorityActor(db, await resolveActorMentions(db, t.moved ?? []));
			if (home !== null && away !== null) await mergeActors(db, dialect, home, away);
			return [];
		}
	}
	return [];
}

function summarise(action: string, target: Record<string, unknown>, before: Record<string, unknown>, after: Record<string, unknown>): string {
	const show = (v: unknown) => (v === null || v === undefined ? '∅' : typeof v === 'object' ? JSON.stringify(v) : String(v));
	switch (action) {
		case 'edit_event':
			return `event ${target.event}: ` + Object.keys(after).map((k) => `${k} ${show(before[k === 'addRoles' || k === 'removeRoles' ? 'roles' : k])} → ${show(after[k])}`).join('; ');
		case 'reject_event':
			return `event ${target.event} rejected`;
		case 'merge_events':
			return `event ${target.other} merged into event ${target.event}`;
		case 'split_event':
			return `${(target.moved as unknown[]).length} report(s) split off event ${target.event}`;
		case 'merge_actors':
			return `actor ${target.other} merged into actor ${target.actor}`;
		case 'split_actor':
			return `names ${show(target.names)} split off actor ${target.actor}`;
		case 'edit_actor':
			return `actor ${target.actor}: ` + Object.keys(after).map((k) => `${k} ${show(before[k])} → ${show(after[k])}`).join('; ');
		case 'revert':
			return `reverted #${target.correction} (${target.action})`;
	}
	return action;
}

async function entries(db: Db, q: { id?: number; limit?: number; offset?: number; event?: number; actor?: number; author?: string }): Promise<CorrectionEntry[]> {
	let sel = db.selectFrom('corrections').selectAll().orderBy('id', 'desc');
	if (q.id !== undefined) sel = sel.where('id', '=', q.id);
	if (q.author) sel = sel.where('author', '=', q.author);
	if (q.event !== undefined) {
		const keys = await keysOfEvent(db, q.event);
		sel = sel.where('id', 'in', db.selectFrom('correction_keys').select('correction_id').where('key', 'in', keys.length ? keys : ['-']));
	}
	if (q.actor !== undefined) {
		const keys = await keysOfActor(db, q.actor);
		sel = sel.where('id', 'in', db.selectFrom('correction_keys').select('correction_id').where('key', 'in', keys.length ? keys : ['-']));
	}
	const rows = await sel.limit(q.limit ?? 100).offset(q.offset ?? 0).execute();
	return rows.map((r) => {
		const target = JSON.parse(r.target), before = JSON.parse(r.before), after = JSON.parse(r.after);
		return {
			id: r.id,
			createdAt: r.created_at,
			author: r.author,
			action: r.action,
			target,
			before,
			after,
			reason: r.reason,
			status: r.status as 'active' | 'reverted',
			revertedAt: r.reverted_at,
			revertedBy: r.reverted_by,
			summary: summarise(r.action, target, before, after)
		};
	});
}

/** The audit log, newest first; `event` (`actor`) narrows it to corrections naming that event's reports (that actor's names). */
export async function listCorrections(store: SqlStore, q: { limit?: number; offset?: number; event?: string; actor?: string; author?: string } = {}): Promise<{ total: number; entries: CorrectionEntry[] }> {
	const db = asFull(store.db);
	const limit = Math.min(Math.max(Number(q.limit ?? 100) || 100, 1), 1000);
	const offset = Math.max(Number(q.offset ?? 0) || 0, 0);
	const event = q.event !== undefined && q.event !== '' ? idOf(q.event, 'event') : undefined;
	const actor = q.actor !== undefined && q.actor !== '' ? idOf(q.actor, 'actor') : undefined;
	const list = await entries(db, { limit, offset, event, actor, author: q.author });
	const total = Number((await db.selectFrom('corrections').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
	return { total, entries: list };
}
