/**
 * The overlay: human corrections applied on top of what linking produced. Each
 * correction names its targets by stable keys (keys.ts) and applying it is
 * idempotent, so the same list can be re-applied after any article is saved or
 * re-extracted. Structural corrections (merges, splits) go first, in the order
 * they were made; fact corrections (edits, rejections) after, because rebuilding
 * an event from its mentions would otherwise wipe them.
 */
import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../store/schema';
import { q } from '../store/raw';
import type { FullDB } from '../store/migrations-analyst';
import { keysOfEvent, keysOfMentions, majorityActor, majorityEvent, resolveActorMentions, resolveMention, resolveMentions, actorKey } from './keys';
import { mergeActors, moveMentions, patchActor, patchEvent, setRejected, splitActor, type ActorPatch, type EventPatch } from './ops';

type Db = Kysely<FullDB>;

export type Action = 'edit_event' | 'reject_event' | 'merge_events' | 'split_event' | 'merge_actors' | 'split_actor' | 'edit_actor' | 'revert';

export const STRUCTURAL: ReadonlySet<string> = new Set(['merge_events', 'split_event', 'merge_actors', 'split_actor']);

export interface StoredCorrection {
	id: number;
	action: string;
	target: Record<string, unknown>;
	after: Record<string, unknown>;
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/** Applies one active correction to the graph as it is now; a no-op when already in effect or when its targets are gone. */
export async function applyCorrection(db: Db, dialect: Dialect, c: StoredCorrection): Promise<void> {
	const why = `correction #${c.id}`;
	switch (c.action) {
		case 'edit_event': {
			const ev = await majorityEvent(db, await resolveMentions(db, strings(c.target.mentions)));
			if (ev !== null) await patchEvent(db, ev, c.after as EventPatch);
			return;
		}
		case 'reject_event': {
			const ev = await majorityEvent(db, await resolveMentions(db, strings(c.target.mentions)));
			if (ev !== null) await setRejected(db, ev, true);
			return;
		}
		case 'merge_events': {
			// Both sides' reports are one event: re-extraction may have scattered either side, so gather all of them.
			const all = await resolveMentions(db, [...strings(c.target.a), ...strings(c.target.b)]);
			const a = await majorityEvent(db, await resolveMentions(db, strings(c.target.a)));
			if (a === null) return;
			const away = all.length ? await db.selectFrom('mentions').select('id').where('id', 'in', all).where('event_id', '!=', a).execute() : [];
			if (away.length) await moveMentions(db, away.map((r) => r.id), a, `merged by ${why}`);
			return;
		}
		case 'split_event': {
			const moved = await resolveMentions(db, strings(c.target.moved));
			if (moved.length === 0) return;
			const rows = await db.selectFrom('mentions').select(['id', 'event_id']).where('id', 'in', moved).execute();
			const events = [...new Set(rows.map((r) => r.event_id))];
			if (events.length === 1) {
				const others = await db.selectFrom('mentions').select('id').where('event_id', '=', events[0]).where('id', 'not in', moved).limit(1).executeTakeFirst();
				if (!others) return;
			}
			await moveMentions(db, moved, 'new', `split off by ${why}`);
			return;
		}
		case 'merge_actors': {
			const a = await majorityActor(db, await resolveActorMentions(db, strings(c.target.a)));
			const b = await majorityActor(db, await resolveActorMentions(db, strings(c.target.b)));
			if (a !== null && b !== null && a !== b) await mergeActors(db, dialect, a, b);
			return;
		}
		case 'edit_actor': {
			// after merges and splits (it is a fact correction), so it lands on the actor those made
			const a = await majorityActor(db, await resolveActorMentions(db, strings(c.target.a)));
			if (a !== null) await patchActor(db, dialect, a, c.after as ActorPatch);
			return;
		}
		case 'split_actor': {
			const moved = await resolveActorMentions(db, strings(c.target.moved));
			if (moved.length === 0) return;
			const owner = await majorityActor(db, moved);
			const rows = await db.selectFrom('actor_mentions').select('id').where('actor_id', '=', owner!).where('id', 'not in', moved).limit(1).executeTakeFirst();
			if (rows) await splitActor(db, dialect, moved);
			return;
		}
	}
}

function chunks<T>(xs: T[], n = 500): T[][] {
	const out: T[][] = [];
	for (let i = 0; i < xs.length; i += n) out.push(xs.slice(i, i + n));
	return out;
}

async function activeCorrectionsFor(db: Db, keys: string[]): Promise<StoredCorrection[]> {
	const ids = new Set<number>();
	for (const part of chunks([...new Set(keys)])) {
		const rows = await db.selectFrom('correction_keys').select('correction_id').where('key', 'in', part).execute();
		for (const r of rows) ids.add(r.correction_id);
	}
	if (ids.size === 0) return [];
	const rows = await db.selectFrom('corrections').select(['id', 'action', 'target', 'after']).where('id', 'in', [...ids]).where('status', '=', 'active').orderBy('id').execute();
	return rows.map((r) => ({ id: r.id, action: r.action, target: JSON.parse(r.target), after: JSON.parse(r.after) }));
}

/** Applies, in order, every active correction that names any mention of these events (or any of the extra keys). */
export async function reapply(db: Db, dialect: Dialect, eventIds: number[], extraKeys: string[] = []): Promise<number> {
	const keys = [...extraKeys];
	for (const e of new Set(eventIds)) keys.push(...(await keysOfEvent(db, e)));
	const list = await activeCorrectionsFor(db, keys);
	for (const c of list.filter((c) => STRUCTURAL.has(c.action))) await applyCorrection(db, dialect, c);
	for (const c of list.filter((c) => !STRUCTURAL.has(c.action))) await applyCorrection(db, dialect, c);
	return list.length;
}

/** Every active correction, in order: after a whole re-extraction. */
export async function reapplyAll(db: Db, dialect: Dialect): Promise<number> {
	const rows = await db.selectFrom('corrections').select(['id', 'action', 'target', 'after']).where('status', '=', 'active').where('action', '!=', 'revert').orderBy('id').execute();
	const list = rows.map((r) => ({ id: r.id, action: r.action, target: JSON.parse(r.target), after: JSON.parse(r.after) }));
	for (const c of list.filter((c) => STRUCTURAL.has(c.action))) await applyCorrection(db, dialect, c);
	for (const c of list.filter((c) => !STRUCTURAL.has(c.action))) await applyCorrection(db, dialect, c);
	return list.length;
}

/** Mentions of this article linked to an event holding a mention a person said is a different event: taken out again. */
async function honourBlocks(db: Db, mentionKeys: Map<number, string>): Promise<void> {
	const byKey = new Map([...mentionKeys].map(([id, k]) => [k, id]));
	const keys = [...byKey.keys()];
	for (const part of chunks(keys)) {
		const blocks = await db
			.selectFrom('merge_blocks as b')
			.innerJoin('corrections as c', 'c.id', 'b.correction_id')
			.select(['b.key_a', 'b.key_b', 'b.correction_id'])
			.where('c.status', '=', 'active')
			.where((eb) => eb.or([eb('b.key_a', 'in', part), eb('b.key_b', 'in', part)]))
			.execute();
		for (const b of blocks) {
			const mine = byKey.get(b.key_a) ?? byKey.get(b.key_b)!;
			const other = await resolveMention(db, byKey.has(b.key_a) ? b.key_b : b.key_a);
			if (other === null || other === mine) continue;
			const rows = await db.selectFrom('mentions').select(['id', 'event_id']).where('id', 'in', [mine, other]).execute();
			if (rows.length === 2 && rows[0].event_id === rows[1].event_id) await moveMentions(db, [mine], 'new', `kept apart by correction #${b.correction_id}`);
		}
	}
}

/**
 * Called by the store inside saveArticle's transaction (and by re-extraction)
 * once an article is linked (linking has stored its per-mention roles):
 * do-not-merge pairs, then every correction touching the events this article joined.
 */
export async function afterArticleLinked(db: Db, dialect: Dialect, articleId: number): Promise<void> {
	// Asked once per ingested article, and nearly always answered "none": hand-written SQL, not a query built each time.
	if ((await q(db, 'SELECT id FROM corrections LIMIT 1')).length === 0) return;
	const ms = await db.selectFrom('mentions').select('id').where('article_id', '=', articleId).execute();
	const keys = await keysOfMentions(db, ms.map((m) => m.id));
	await honourBlocks(db, keys);
	const events = (await db.selectFrom('mentions').select('event_id').distinct().where('article_id', '=', articleId).execute()).map((r) => r.event_id);
	const actorRows = await db
		.selectFrom('actor_mentions as m')
		.innerJoin('articles as a', 'a.id', 'm.article_id')
		.select(['a.content_hash', 'm.start_offset', 'm.name'])
		.where('m.article_id', '=', articleId)
		.execute();
	await reapply(db, dialect, events, actorRows.map((r) => actorKey(r.content_hash, r.start_offset, r.name)));
}

export { sql };
