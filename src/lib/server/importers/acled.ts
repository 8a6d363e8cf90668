/**
 * ACLED-style CSV rows as events with their sources. Each row becomes one stored
 * "article" whose text is the row's notes (what ACLED writes about the event) and
 * one event mention whose facts are the row's columns, so imported events go
 * through the same linking as extracted ones and can be compared with them.
 */
import type { Actor, Extraction, ExtractedEvent, Place } from '../../core/types';
import { InputError } from '../../core/types';
import { EVENT_TYPES } from '../../extract/taxonomy';
import type { ArticleRecordInput } from '../store/types';
import { unguard } from './csv';

export const IMPORTER_VERSION = 'import-acled/1';

const BY_SUB = new Map<string, string>();
const BY_TYPE = new Map<string, string>();
for (const t of [...EVENT_TYPES].reverse()) {
	// The first taxonomy entry for an ACLED pair wins ("Other" is shared by several sitrep types).
	BY_SUB.set(`${t.acled.eventType}|${t.acled.subEventType}`.toLowerCase(), t.id);
	BY_TYPE.set(t.acled.eventType.toLowerCase(), t.id);
}

/** The sitrep type of an ACLED (event_type, sub_event_type) pair; the sitrep_type column wins when present. */
export function typeOf(r: Record<string, string>): string {
	const own = unguard(r.sitrep_type ?? '').trim();
	if (own && EVENT_TYPES.some((t) => t.id === own)) return own;
	const pair = `${r.event_type ?? ''}|${r.sub_event_type ?? ''}`.toLowerCase();
	return BY_SUB.get(pair) ?? BY_TYPE.get((r.event_type ?? '').toLowerCase()) ?? 'other_development';
}

function isoDay(v: string): string | null {
	const s = v.trim();
	if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return s;
	// ACLED's own exports write "25 February 2021" or "25-February-2021".
	const t = Date.parse(s.replace(/-/g, ' ') + ' UTC');
	return Number.isFinite(t) ? new Date(t).toISOString().slice(0, 10) : null;
}

const names = (v: string | undefined) => unguard(v ?? '').split(/;\s*/).map((x) => x.trim()).filter(Boolean);

function num(v: string | undefined): number | undefined {
	if (v === undefined || v.trim() === '') return undefined;
	const n = Number(v);
	return Number.isFinite(n) ? n : undefined;
}

export function acledRowToArticle(r: Record<string, string>, line: number): { article: ArticleRecordInput; extraction: Extraction } {
	const day = isoDay(r.event_date ?? '');
	if (!day) throw new InputError(`line ${line}: event_date is not a date (${JSON.stringify(r.event_date ?? '')})`);
	const type = typeOf(r);
	const location = unguard(r.location ?? '').trim();
	const notes = unguard(r.notes ?? '').trim();
	const text = notes || `${r.event_type || type} in ${location || 'an unnamed place'} on ${day}.`;
	const precision = Number(r.time_precision || 1);
	const value = precision >= 3 ? day.slice(0, 7) : day;
	const outlets = names(r.source);
	const urls = (r.sitrep_urls ?? '').split(/\s+/).filter((u) => /^https?:\/\//.test(u));
	const ts = num(r.timestamp);
	const published = ts ? new Date(ts * 1000).toISOString() : `${day}T12:00:00Z`;

	const actors: Actor[] = [];
	const add = (name: string, kind: Actor['kind']) => {
		const id = `a${actors.length + 1}`;
		const at = text.indexOf(name);
		actors.push({ id, name, kind, mentions: at >= 0 ? [{ start: at, end: at + name.length, text: name }] : [] });
		return id;
	};
	const kindOf = (n: string): Actor['kind'] => (/civilians/i.test(n) ? 'civilians' : /protesters/i.test(n) ? 'protesters' : /military|forces|army/i.test(n) ? 'military' : 'organization');
	const roles: ExtractedEvent['roles'] = [];
	const a1 = names(r.actor1), a2 = names(r.actor2);
	for (const n of [...a1, ...names(r.assoc_actor_1)]) roles.push({ role: 'agent', actor: add(n, kindOf(n)) });
	for (const n of [...a2, ...names(r.assoc_actor_2)]) roles.push({ role: /civilians/i.test(n) ? 'victim' : 'target', actor: add(n, kindOf(n)) });

	const places: Place[] = [];
	if (location) {
		const at = text.indexOf(location);
		places.push({
			id: 'p1',
			name: location,
			country: (r.iso ?? r.country_code ?? '').length === 2 ? (r.iso ?? r.country_code).toUpperCase() : undefined,
			lat: num(r.latitude),
			lon: num(r.longitude),
			precision: 'city',
			mentions: at >= 0 ? [{ start: at, end: at + location.length, text: location }] : []
		});
	}
	const event: ExtractedEvent = {
		id: 'e1',
		type,
		acled: { eventType: r.event_type || undefined, subEventType: r.sub_event_type || undefined },
		date: { value, granularity: value.length === 7 ? 'month' : 'day', basis: 'explicit' },
		roles,
		place: places.length ? 'p1' : undefined,
		fatalities: num(r.fatalities),
		evidence: { start: 0, end: text.length, text },
		confidence: 1
	};
	return {
		article: { text, published, publishedInferred: !ts, url: urls[0] ?? null, title: `${r.event_type || type}: ${location || day}`.slice(0, 200), source: outlets.join('; ') || 'ACLED import', language: 'en' },
		extraction: { article: { published, language: 'en' }, timexes: [], actors, places, events: [event], links: [], extractor: IMPORTER_VERSION }
	};
}
