/** The JSON API's handlers; the SvelteKit routes under src/routes/api call these with the shared store. */
export { listEvents, getEvent, listActors, graph, buckets, parseRead, answerRead, type ReadKind, type ReadRequest, type ReadAnswer } from './read';
export { ReadService, type ReadServiceOptions } from './read-service';
export { AnswerCache, type DataVersion } from './read-cache';
export { noteLocalWrite } from './data-version';
export { serveRead, warmReads } from './served';
export { exportSelection, API_EXPORT_MAX_EVENTS } from './export';
export { ingestRequest, MAX_BATCH, type IngestDeps } from './ingest';
export { assertSameOrigin, readJsonBody, DEFAULT_MAX_BODY_BYTES } from './body';
export { guard, json, errorResponse, HttpError } from './http';
