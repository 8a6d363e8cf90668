/** Extraction documents built without running the extractor. */
import type { Extraction } from './types';

/** The document stored for an article we do not extract (not English): its metadata and nothing else. */
export function emptyExtraction(article: Extraction['article']): Extraction {
	return { article, timexes: [], actors: [], places: [], events: [], links: [] };
}
