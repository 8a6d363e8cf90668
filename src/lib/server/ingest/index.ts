/** Ingestion: readers for every input format, the safe URL fetcher, and the pipeline that stores articles. */
export { ingest, ingestArticle, emptyExtraction, emptySummary, tally } from './pipeline';
export { readSource, sourceFromArg, sniff, walk } from './sources';
export { parseHtml } from './html';
export { parseFeed } from './feed';
export { parseNdjson, parseJsonBatch, recordToArticle } from './batch';
export { SafeFetcher, FetchError, INGEST_CONTENT_TYPES } from './fetch';
export type { SafeFetcherOptions, FetchErrorCode } from './fetch';
export { blockedReason } from './address';
export { detectLanguage } from './language';
export { normalizeDate } from './dates';
export { RejectedInput } from './text';
export type * from './types';
