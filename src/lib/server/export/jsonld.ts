/**
 * JSON-LD with schema.org types: each event an `Event`, its place a `Place` with
 * `GeoCoordinates`, its agents `performer`s, and the reports `subjectOf` as
 * `NewsArticle`s. Serialised so it can be embedded in a <script> block safely.
 */
import { scriptSafeJson } from './escape';
import type { ExportData } from './types';

const PERSON_KINDS = new Set(['person']);

export function toJsonLd(data: ExportData): object {
	return {
		'@context': 'https://schema.org',
		'@graph': data.events.map((e) => {
			const agents = new Map<string, { name: string; kind: string }>();
			const others = new Map<string, { name: string; kind: string }>();
			for (const r of e.roles) (r.role === 'agent' || r.role === 'authorizer' ? agents : others).set(r.actorId, { name: r.name, kind: r.kind });
			const party = (id: string, a: { name: string; kind: string }) => ({
				'@type': PERSON_KINDS.has(a.kind) ? 'Person' : 'Organization',
				'@id': `urn:sitrep:actor:${id}`,
				name: a.name
			});
			return {
				'@type': 'Event',
				'@id': `urn:sitrep:event:${e.id}`,
				name: `${e.type.replace(/_/g, ' ')}${e.placeName ? ` in ${e.placeName}` : ''}`,
				description: e.label,
				startDate: e.dateValue && /^\d{4}-\d{2}-\d{2}$/.test(e.dateValue) ? e.dateValue : e.start,
				endDate: e.end,
				additionalType: e.type,
				eventStatus: 'https://schema.org/EventScheduled',
				...(e.placeName
					? {
							location: {
								'@type': 'Place',
								name: e.placeName,
								...(e.lat !== null && e.lon !== null ? { geo: { '@type': 'GeoCoordinates', latitude: e.lat, longitude: e.lon } } : {})
							}
						}
					: {}),
				...(agents.size ? { performer: [...agents].map(([id, a]) => party(id, a)) } : {}),
				...(others.size ? { about: [...others].map(([id, a]) => party(id, a)) } : {}),
				subjectOf: e.sources.map((s) => ({
					'@type': 'NewsArticle',
					'@id': `urn:sitrep:article:${s.articleId}`,
					...(s.url ? { url: s.url } : {}),
					...(s.title ? { headline: s.title } : {}),
					datePublished: s.published,
					...(s.source ? { publisher: { '@type': 'Organization', name: s.source } } : {}),
					citation: s.evidence.text
				}))
			};
		})
	};
}

export function toJsonLdText(data: ExportData): string {
	return scriptSafeJson(toJsonLd(data), 2) + '\n';
}
