/**
 * The graph as JSON: events each with the sources that report them (article id,
 * URL, title, evidence span), actors with their aliases, and actor–actor edges.
 * Article texts are left out (they can be large); the evidence span carries the
 * sentence and its offsets into the article.
 */
import type { ExportData } from './types';

export function toJsonGraph(data: ExportData): object {
	return {
		generator: 'sitrep',
		generated: data.generated,
		description: data.description ?? null,
		events: data.events.map((e) => ({
			id: e.id,
			type: e.type,
			plover: e.plover,
			label: e.label,
			date: { value: e.dateValue, granularity: e.granularity, start: e.interval?.start ?? e.start, end: e.interval?.end ?? e.end, basis: e.basis },
			place: e.placeId || e.placeName ? { id: e.placeId, name: e.placeName, lat: e.lat, lon: e.lon } : null,
			fatalities: e.fatalities,
			confidence: e.confidence,
			disputed: e.disputed,
			roles: e.roles.map((r) => ({ role: r.role, actor: r.actorId, name: r.name })),
			sources: e.sources.map((s) => ({
				articleId: s.articleId,
				mentionId: s.mentionId,
				url: s.url,
				title: s.title,
				source: s.source,
				published: s.published,
				evidence: s.evidence
			})),
			merges: e.merges,
			links: e.links
		})),
		actors: data.actors.map((a) => ({ id: a.id, name: a.name, kind: a.kind, country: a.country, aliases: a.aliases, eventCount: a.eventCount })),
		edges: data.edges.map((g) => ({ source: g.source, target: g.target, relation: g.relation, weight: g.weight, events: g.events }))
	};
}

export function toJson(data: ExportData): string {
	return JSON.stringify(toJsonGraph(data), null, 2) + '\n';
}
