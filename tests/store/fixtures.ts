/**
 * Hand-built extractions for store tests. The wording is written for these tests;
 * spans are computed from the text so that text.slice(start, end) === span.text.
 */
import type { Actor, Extraction, ExtractedEvent, Place, RoleAssignment } from '../../src/lib/core/types';
import type { ArticleRecordInput } from '../../src/lib/server/store/types';

export function span(text: string, needle: string, from = 0) {
	const start = text.indexOf(needle, from);
	if (start < 0) throw new Error(`"${needle}" not in text`);
	return { start, end: start + needle.length, text: needle };
}

export interface ActorSpec {
	id: string;
	name: string;
	kind: Actor['kind'];
	country?: string;
	aliases?: string[];
	affiliations?: Actor['affiliations'];
}

export interface EventSpec {
	id?: string;
	type: string;
	evidence: string;
	date: string | null;
	basis?: 'explicit' | 'published' | 'inherited';
	place?: string;
	roles?: RoleAssignment[];
	fatalities?: number;
	confidence?: number;
}

export interface ArticleSpec {
	text: string;
	published: string;
	source?: string;
	title?: string;
	url?: string;
	actors?: ActorSpec[];
	places?: (Omit<Place, 'mentions'> & { mention?: string })[];
	events: EventSpec[];
	links?: Extraction['links'];
}

export function build(spec: ArticleSpec): { article: ArticleRecordInput; extraction: Extraction } {
	const t = spec.text;
	const actors: Actor[] = (spec.actors ?? []).map((a) => ({
		id: a.id,
		name: a.name,
		kind: a.kind,
		country: a.country,
		aliases: a.aliases,
		affiliations: a.affiliations,
		mentions: t.includes(a.name) ? [span(t, a.name)] : []
	}));
	const places: Place[] = (spec.places ?? []).map((p) => ({ ...p, mentions: t.includes(p.mention ?? p.name) ? [span(t, p.mention ?? p.name)] : [] }));
	const events: ExtractedEvent[] = spec.events.map((e, i) => ({
		id: e.id ?? `e${i + 1}`,
		type: e.type,
		date: { value: e.date, basis: e.basis ?? (e.date ? 'explicit' : 'published'), granularity: e.date ? (e.date.length === 7 ? 'month' : 'day') : undefined },
		roles: e.roles ?? [],
		place: e.place,
		fatalities: e.fatalities,
		evidence: span(t, e.evidence),
		confidence: e.confidence ?? 0.7
	}));
	const extraction: Extraction = {
		article: { published: spec.published, source: spec.source, title: spec.title, url: spec.url },
		timexes: [],
		actors,
		places,
		events,
		links: spec.links ?? [],
		extractor: 'test-fixture'
	};
	return { article: { text: t, published: spec.published, source: spec.source ?? null, title: spec.title ?? null, url: spec.url ?? null }, extraction };
}
