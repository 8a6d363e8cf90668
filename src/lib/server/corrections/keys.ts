/**
 * Stable identities. Row ids change when an article is re-extracted (its mentions
 * are removed and linked again), so corrections never point at ids: a mention is
 * its article's content hash plus its evidence span and event family, an actor
 * mention is the content hash plus where and how the name was written. Finding
 * them again tolerates an extractor that moved the evidence boundaries a little.
 */
import { sql, type Kysely } from 'kysely';
import { familyOf } from '../../graph/families';
import { normaliseName } from '../../graph/normalize';
import type { FullDB } from '../store/migrations-analyst';

type Db = Kysely<FullDB>;

export function mentionKey(hash: string, start: number, end: number, type: string): string {
	return `m:${hash}:${start}-${end}:${familyOf(type)}`;
}

export function actorKey(hash: string, start: number | null, name: string): string {
	return `a:${hash}:${start ?? ''}:${normaliseName(name)}`;
}

function parseMentionKey(key: string): { hash: string; start: number; end: number; family: string } | null {
	const m = /^m:([0-9a-f]+):(\d+)-(\d+):(.*)$/.exec(key);
	return m ? { hash: m[1], start: Number(m[2]), end: Number(m[3]), family: m[4] } : null;
}

function parseActorKey(key: string): { hash: string; start: number | null; name: string } | null {
	const m = /^a:([0-9a-f]+):(\d*):(.*)$/.exec(key);
	return m ? { hash: m[1], start: m[2] === '' ? null : Number(m[2]), name: m[3] } : null;
}

/** Keys of the given mentions (by row id). */
export async function keysOfMentions(db: Db, mentionIds: number[]): Promise<Map<number, string>> {
	const out = new Map<number, string>();
	if (mentionIds.length === 0) return out;
	const rows = await db
		.selectFrom('mentions as m')
		.innerJoin('articles as a', 'a.id', 'm.article_id')
		.select(['m.id', 'a.content_hash', 'm.evidence_start', 'm.evidence_end', 'm.type'])
		.where('m.id', 'in', mentionIds)
		.execute();
	for (const r of rows) out.set(r.id, mentionKey(r.content_hash, r.evidence_start, r.evidence_end, r.type));
	return out;
}

export async function mentionsOfEvent(db: Db, eventId: number): Promise<number[]> {
	const rows = await db.selectFrom('mentions').select('id').where('event_id', '=', eventId).orderBy('id').execute();
	return rows.map((r) => r.id);
}

export async function keysOfEvent(db: Db, eventId: number): Promise<string[]> {
	return [...(await keysOfMentions(db, await mentionsOfEvent(db, eventId))).values()];
}

/**
 * The mention a key names today: the same span and family; else the same span;
 * else the mention of that article whose evidence overlaps the span most (same
 * family first). Null when the article is gone or no longer yields such a mention.
 */
export async function resolveMention(db: Db, key: string): Promise<number | null> {
	const k = parseMentionKey(key);
	if (!k) return null;
	const rows = await db
		.selectFrom('mentions as m')
		.innerJoin('articles as a', 'a.id', 'm.article_id')
		.select(['m.id', 'm.evidence_start', 'm.evidence_end', 'm.family'])
		.where('a.content_hash', '=', k.hash)
		.where('m.evidence_start', '<', Math.max(k.end, k.start + 1))
		.where('m.evidence_end', '>', k.start)
		.execute();
	if (rows.length === 0) return null;
	const score = (r: (typeof rows)[number]) => {
		const overlap = Math.min(r.evidence_end, k.end) - Math.max(r.evidence_start, k.start);
		const exact = r.evidence_start === k.start && r.evidence_end === k.end ? 1e9 : 0;
		return exact + (r.family === k.family ? 1e6 : 0) + overlap;
	};
	rows.sort((a, b) => score(b) - score(a) || a.id - b.id);
	return rows[0].id;
}

export async function resolveMentions(db: Db, keys: string[]): Promise<number[]> {
	const out: number[] = [];
	for (const k of keys) {
		const id = await resolveMention(db, k);
		if (id !== null && !out.includes(id)) out.push(id);
	}
	return out;
}

/** The event most of these mentions belong to (ties: the oldest event). */
export async function majorityEvent(db: Db, mentionIds: number[]): Promise<number | null> {
	if (mentionIds.length === 0) return null;
	const rows = await db
		.selectFrom('mentions')
		.select(['event_id', sql<number>`count(*)`.as('n')])
		.where('id', 'in', mentionIds)
		.groupBy('event_id')
		.execute();
	rows.sort((a, b) => Number(b.n) - Number(a.n) || a.event_id - b.event_id);
	return rows[0]?.event_id ?? null;
}

export async function keysOfActor(db: Db, actorId: number): Promise<string[]> {
	const rows = await db
		.selectFrom('actor_mentions as m')
		.innerJoin('articles as a', 'a.id', 'm.article_id')
		.select(['a.content_hash', 'm.start_offset', 'm.name'])
		.where('m.actor_id', '=', actorId)
		.orderBy('m.id')
		.execute();
	return [...new Set(rows.map((r) => actorKey(r.content_hash, r.start_offset, r.name)))];
}

export async function actorMentionKeys(db: Db, actorMentionIds: number[]): Promise<string[]> {
	if (actorMentionIds.length === 0) return [];
	const rows = await db
		.selectFrom('actor_mentions as m')
		.innerJoin('articles as a', 'a.id', 'm.article_id')
		.select(['a.content_hash', 'm.start_offset', 'm.name'])
		.where('m.id', 'in', actorMentionIds)
		.execute();
	return [...new Set(rows.map((r) => actorKey(r.content_hash, r.start_offset, r.name)))];
}

/** Actor mention rows a key names today: the same offset and name, else the same name in that article. */
export async function resolveActorMentions(db: Db, keys: string[]): Promise<number[]> {
	const out = new Set<number>();
	for (const key of keys) {
		const k = parseActorKey(key);
		if (!k) continue;
		const rows = await db
			.selectFrom('actor_mentions as m')
			.innerJoin('articles as a', 'a.id', 'm.article_id')
			.select(['m.id', 'm.start_offset', 'm.name'])
			.where('a.content_hash', '=', k.hash)
			.execute();
		const named = rows.filter((r) => normaliseName(r.name) === k.name);
		const exact = named.filter((r) => r.start_offset === k.start);
		for (const r of exact.length ? exact : named) out.add(r.id);
	}
	return [...out];
}

export async function majorityActor(db: Db, actorMentionIds: number[]): Promise<number | null> {
	if (actorMentionIds.length === 0) return null;
	const rows = await db
		.selectFrom('actor_mentions')
		.select(['actor_id', sql<number>`count(*)`.as('n')])
		.where('id', 'in', actorMentionIds)
		.groupBy('actor_id')
		.execute();
	rows.sort((a, b) => Number(b.n) - Number(a.n) || a.actor_id - b.actor_id);
	return rows[0]?.actor_id ?? null;
}
