/**
 * sitrep's own JSON export (export/json.ts) back in: every source of every event
 * becomes a stored report whose text is its evidence sentence (the export leaves
 * article texts out), carrying the event's type, date, place, roles and fatalities.
 * Linking then joins the reports of one event again.
 */
import type { Actor, Extraction, ExtractedEvent, Place, Role } from '../../core/types';
import { InputError } from '../../core/types';
import type { ArticleRecordInput } from '../store/types';

export const JSON_IMPORTER_VERSION = 'import-sitrep-json/1';

interface JsonEvent {
	id: string;
	type: string;
	date?: { value?: string | null; granularity?: string | null; start?: string; end?: string; basis?: string | null };
	place?: { name?: string | null; lat?: number | null; lon?: number | null } | null;
	fatalities?: number | null;
	confidence?: number;
	roles?: { role: string; actor: string; name: string }[];
	sources?: { url?: string | null; title?: string | null; source?: string | null; published: string; evidence?: { text?: string } }[];
}

const ROLES = new Set(['agent', 'target', 'authorizer', 'victim', 'participant', 'source']);

export function sitrepJsonToArticles(doc: unknown): { article: ArticleRecordInput; extraction: Extraction }[] {
	const d = doc as { generator?: string; events?: JsonEvent[]; actors?: { id: string; name: string; kind: string; country?: string | null }[] };
	if (!d || typeof d !== 'object' || !Array.isArray(d.events)) throw new InputError('not a sitrep JSON export: no "events" array');
	const kinds = new Map((d.actors ?? []).map((a) => [a.id, a]));
	const out: { article: ArticleRecordInput; extraction: Extraction }[] = [];
	for (const e of d.events) {
		if (!e || typeof e.type !== 'string') throw new InputError(`event ${JSON.stringify(e?.id)} has no type`);
		for (const s of e.sources ?? []) {
			const text = (s.evidence?.text ?? '').trim() || `${e.type} reported by ${s.source ?? 'an unnamed outlet'}.`;
			const actors: Actor[] = [];
			const roles: ExtractedEvent['roles'] = [];
			for (const r of e.roles ?? []) {
				if (!ROLES.has(r.role)) continue;
				let a = actors.find((x) => x.name === r.name);
				if (!a) {
					const known = kinds.get(r.actor);
					const at = text.indexOf(r.name);
					a = { id: `a${actors.length + 1}`, name: r.name, kind: (known?.kind as Actor['kind']) ?? 'other', country: known?.country ?? undefined, mentions: at >= 0 ? [{ start: at, end: at + r.name.length, text: r.name }] : [] };
					actors.push(a);
				}
				roles.push({ role: r.role as Role, actor: a.id });
			}
			const places: Place[] = e.place?.name ? [{ id: 'p1', name: e.place.name, lat: e.place.lat ?? undefined, lon: e.place.lon ?? undefined, precision: 'city', mentions: [] }] : [];
			const event: ExtractedEvent = {
				id: 'e1',
				type: e.type,
				date: {
					value: e.date?.value ?? null,
					...(e.date?.start && e.date?.end ? { interval: { start: e.date.start, end: e.date.end } } : {}),
					granularity: e.date?.granularity ?? undefined,
					basis: e.date?.value ? 'explicit' : 'published'
				},
				roles,
				place: places.length ? 'p1' : undefined,
				fatalities: e.fatalities ?? undefined,
				evidence: { start: 0, end: text.length, text },
				confidence: typeof e.confidence === 'number' ? e.confidence : 0.5
			};
			out.push({
				article: { text, published: s.published, url: s.url ?? null, title: s.title ?? null, source: s.source ?? null, language: 'en' },
				extraction: { article: { published: s.published }, timexes: [], actors, places, events: [event], links: [], extractor: JSON_IMPORTER_VERSION }
			});
		}
	}
	return out;
}
