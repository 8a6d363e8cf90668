/** The JSON API's handlers; the SvelteKit routes under src/routes/api call these with the shared store. */
export { listEvents, getEvent, listActors, graph, buckets } from './read';
export { exportSelection, API_EXPORT_MAX_EVENTS } from './export';
export { ingestRequest, MAX_BATCH, type IngestDeps } from './ingest';
export { assertSameOrigin, readJsonBody, DEFAULT_MAX_BODY_BYTES } from './body';
export { guard, json, errorResponse, HttpError } from './http';
