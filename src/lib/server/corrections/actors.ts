/** What the actor panel shows to correct an actor: its facts, the names it was written as, and the corrections naming it. */
import { InputError } from '../../core/types';
import { asFull } from '../store/migrations-analyst';
import type { SqlStore } from '../store/sql-store';
import { listCorrections, type CorrectionEntry } from './service';

export interface ActorForCorrection {
	id: string;
	name: string;
	kind: string;
	country: string | null;
	eventCount: number;
	/** every name the articles wrote for it, with how often: the aliases a split can take off. */
	names: { name: string; mentions: number }[];
	/** corrections naming any of its names, newest first (active and reverted). */
	corrections: CorrectionEntry[];
}

export async function actorForCorrection(store: SqlStore, id: string): Promise<ActorForCorrection | null> {
	if (!/^\d+$/.test(String(id))) throw new InputError(`actor must be a numeric id, got ${JSON.stringify(id)}`);
	const db = asFull(store.db);
	const a = await db.selectFrom('actors').select(['id', 'name', 'kind', 'country', 'event_count']).where('id', '=', Number(id)).executeTakeFirst();
	if (!a) return null;
	const names = await db
		.selectFrom('actor_mentions')
		.select(['name', (eb) => eb.fn.countAll<number>().as('n')])
		.where('actor_id', '=', a.id)
		.groupBy('name')
		.execute();
	names.sort((x, y) => Number(y.n) - Number(x.n) || x.name.localeCompare(y.name));
	const { entries } = await listCorrections(store, { actor: String(a.id), limit: 50 });
	return {
		id: String(a.id),
		name: a.name,
		kind: a.kind,
		country: a.country,
		eventCount: Number(a.event_count),
		names: names.map((n) => ({ name: n.name, mentions: Number(n.n) })),
		corrections: entries
	};
}
