/**
 * EventFilter → SQL conditions on events alias `e`. Values come from users (API,
 * CLI), so everything is bound as a parameter; full-text queries are reduced to
 * quoted terms before they reach FTS5 or tsquery.
 */
import { sql, type Kysely, type RawBuilder } from 'kysely';
import { InputError } from '../../core/types';
import { familyOf } from '../../graph/families';
import { normaliseName, personName } from '../../graph/normalize';
import { toSeconds } from '../../graph/time';
import type { DB, Dialect } from './schema';
import type { EventFilter } from './types';
import { overlapCondition } from './window';

export function parseInstant(value: string | undefined, name: string): number | null {
	if (value === undefined || value === null || value === '') return null;
	const s = toSeconds(value);
	if (s === null) throw new InputError(`${name} is not an ISO 8601 date: ${value}`);
	return s;
}

/** Words of a free-text query, each quoted so that FTS5 operators in user input are plain text. */
export function ftsTerms(q: string): string[] {
	return q
		.normalize('NFKC')
		.split(/[^\p{L}\p{N}]+/u)
		.filter((t) => t.length > 0)
		.slice(0, 16);
}

const ids = (values: string[]) => values.filter((v) => /^\d+$/.test(v)).map(Number);
const names = (values: string[]) => values.filter((v) => !/^\d+$/.test(v));

export interface Window {
	from: number | null;
	to: number | null;
}

export function parseWindow(f: EventFilter): Window {
	const from = parseInstant(f.from, 'from'), to = parseInstant(f.to, 'to');
	if (from !== null && to !== null && to <= from) throw new InputError('to must be after from');
	return { from, to };
}

/** All conditions of the filter, the time window included, on alias `e`. */
export async function filterConditions(db: Kysely<DB>, dialect: Dialect, f: EventFilter): Promise<RawBuilder<boolean>[]> {
	const w = parseWindow(f);
	const rest = await otherConditions(db, dialect, f);
	return w.from !== null || w.to !== null ? [overlapCondition(w.from, w.to), ...rest] : rest;
}

/** The filter's conditions other than the time window. */
export async function otherConditions(db: Kysely<DB>, dialect: Dialect, f: EventFilter): Promise<RawBuilder<boolean>[]> {
	const out: RawBuilder<boolean>[] = [];
	if (f.types?.length) {
		// A type matches its own name or its family's; the family set lets the index on family narrow first.
		const families = [...new Set([...f.types, ...f.types.map(familyOf)])];
		out.push(sql<boolean>`e.family IN (${sql.join(families)}) AND (e.type IN (${sql.join(f.types)}) OR e.family IN (${sql.join(f.types)}))`);
	}
	if (f.minConfidence !== undefined && f.minConfidence !== null) {
		if (!Number.isFinite(f.minConfidence)) throw new InputError('minConfidence must be a number');
		out.push(sql<boolean>`e.confidence >= ${f.minConfidence}`);
	}
	if (f.actors?.length) {
		// Actors by id, or by any name or alias they are known by.
		const actorIds = new Set(ids(f.actors));
		const keys = names(f.actors).flatMap((n) => [normaliseName(n), personName(n)]);
		if (keys.length) {
			const rows = await db.selectFrom('actor_keys').select('actor_id').where('key', 'in', keys).execute();
			for (const r of rows) actorIds.add(r.actor_id);
			// A bare surname ("Biden") selects the people who carry it.
			const single = keys.filter((k) => k && !k.includes(' '));
			if (single.length) {
				const people = await db.selectFrom('actors').select('id').where('surname', 'in', single).where('kind', '=', 'person').limit(100).execute();
				for (const r of people) actorIds.add(r.id);
			}
		}
		const list = actorIds.size ? [...actorIds] : [-1];
		out.push(sql<boolean>`EXISTS (SELECT 1 FROM event_roles r WHERE r.event_id = e.id AND r.actor_id IN (${sql.join(list)}))`);
	}
	if (f.places?.length) {
		const placeIds = new Set(ids(f.places));
		for (const n of names(f.places)) {
			const norm = normaliseName(n);
			const rows = await db
				.selectFrom('places')
				.select('id')
				.where((eb) => eb.or([eb('key', 'like', `${norm}|%`), eb('country', '=', n.toUpperCase())]))
				.limit(1000)
				.execute();
			for (const r of rows) placeIds.add(r.id);
		}
		const list = placeIds.size ? [...placeIds] : [-1];
		out.push(sql<boolean>`e.place_id IN (${sql.join(list)})`);
	}
	if (f.sources?.length) {
		out.push(
			sql<boolean>`EXISTS (SELECT 1 FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.event_id = e.id AND a.source IN (${sql.join(f.sources)}))`
		);
	}
	if (f.q && f.q.trim()) {
		const terms = ftsTerms(f.q);
		if (terms.length === 0) throw new InputError('q has no searchable words');
		if (dialect === 'sqlite') {
			const match = terms.map((t) => `"${t.replace(/"/g, '""')}"`).join(' ');
			out.push(sql<boolean>`e.id IN (SELECT m.event_id FROM mentions m WHERE m.article_id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ${match}))`);
		} else {
			out.push(
				sql<boolean>`e.id IN (SELECT m.event_id FROM mentions m JOIN articles a ON a.id = m.article_id WHERE a.tsv @@ plainto_tsquery('english', ${terms.join(' ')}))`
			);
		}
	}
	return out;
}

export function whereAll(conds: RawBuilder<boolean>[]): RawBuilder<boolean> {
	// Events an analyst rejected (migrations-analyst.ts) keep their mentions but leave every view.
	return conds.length ? sql<boolean>`e.rejected = 0 AND ${sql.join(conds, sql` AND `)}` : sql<boolean>`e.rejected = 0`;
}
