/** What every export format is rendered from: the selected events with their sources, and the actor network. */
import type { ActorSummary, EventDetail, GraphEdge } from '../store/types';

export interface ExportData {
	events: EventDetail[];
	actors: ActorSummary[];
	edges: GraphEdge[];
	/** ISO instant the export was made (stated in the file headers that have a place for it). */
	generated: string;
	/** human description of the selection, e.g. the filters used. */
	description?: string;
}

export const EXPORT_FORMATS = ['csv', 'json', 'gexf', 'graphml', 'timelinejs', 'jsonld'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface Rendered {
	body: string;
	contentType: string;
	extension: string;
}
