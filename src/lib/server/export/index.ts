/**
 * Exports of a selection: gather the events (with their sources) and the actor
 * network from the store, then render one format.
 */
import type { EventFilter, Store } from '../store/types';
import { toCsv } from './csv';
import { toGexf } from './gexf';
import { toGraphml } from './graphml';
import { toJson } from './json';
import { toJsonLdText } from './jsonld';
import { toTimelineJsJson } from './timelinejs';
import { EXPORT_FORMATS, type ExportData, type ExportFormat, type Rendered } from './types';

export { EXPORT_FORMATS, type ExportData, type ExportFormat, type Rendered };
export { csvCell, ACLED_COLUMNS } from './csv';

const PAGE = 500;

/** Reads the events matching `filter` (at most `maxEvents`, newest paging order as the store gives), their details, and the network. */
export async function collectExport(
	store: Pick<Store, 'listEvents' | 'getEvent' | 'listActors' | 'graph'>,
	filter: EventFilter,
	opts: { maxEvents?: number; generated?: string; description?: string } = {}
): Promise<ExportData> {
	const max = opts.maxEvents ?? 100_000;
	const events = [];
	for (let offset = 0; events.length < max; offset += PAGE) {
		const page = await store.listEvents({ ...filter, limit: Math.min(PAGE, max - events.length), offset });
		for (const summary of page.events) {
			const detail = await store.getEvent(summary.id);
			// No format carries whole articles; dropping them keeps a large export's memory to its events.
			if (detail) events.push({ ...detail, sources: detail.sources.map((s) => ({ ...s, text: '' })) });
		}
		if (page.events.length === 0 || offset + page.events.length >= page.total) break;
	}
	const graph = await store.graph(filter);
	const inGraph = new Set(graph.nodes.map((n) => n.id));
	const actors = [...graph.nodes];
	// Actors of the events that the network left out (no edge) are listed too, with their aliases.
	const missing = new Set(events.flatMap((e) => e.roles.map((r) => r.actorId)).filter((id) => !inGraph.has(id)));
	if (missing.size) {
		for (const a of await store.listActors({ limit: 100_000 })) if (missing.has(a.id)) actors.push(a);
	}
	return {
		events,
		actors,
		edges: graph.edges,
		generated: opts.generated ?? new Date().toISOString(),
		description: opts.description
	};
}

export function render(format: ExportFormat, data: ExportData): Rendered {
	switch (format) {
		case 'csv':
			return { body: toCsv(data), contentType: 'text/csv; charset=utf-8', extension: 'csv' };
		case 'json':
			return { body: toJson(data), contentType: 'application/json; charset=utf-8', extension: 'json' };
		case 'gexf':
			return { body: toGexf(data), contentType: 'application/gexf+xml; charset=utf-8', extension: 'gexf' };
		case 'graphml':
			return { body: toGraphml(data), contentType: 'application/graphml+xml; charset=utf-8', extension: 'graphml' };
		case 'timelinejs':
			return { body: toTimelineJsJson(data), contentType: 'application/json; charset=utf-8', extension: 'timeline.json' };
		case 'jsonld':
			return { body: toJsonLdText(data), contentType: 'application/ld+json; charset=utf-8', extension: 'jsonld' };
	}
}

export function isExportFormat(value: string): value is ExportFormat {
	return (EXPORT_FORMATS as readonly string[]).includes(value);
}
