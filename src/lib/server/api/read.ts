/**
 * The read endpoints (events, one event, actors, graph, buckets) in two steps:
 * `parseRead` validates the request into a plain `ReadRequest` (structured-clonable,
 * and with one spelling per question, so it doubles as a cache key), and
 * `answerRead` runs it on a store and serialises the answer. The split lets the
 * server answer from a cache or from a reader thread (read-service.ts) while
 * the handlers below keep answering straight from a store.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { InputError } from '../../core/types';
import type { BucketQuery, EventFilter, EventQuery, Store } from '../store/types';
import { guard, HttpError } from './http';
import { filterShape, pagingShape, parseWith, toFilter } from './params';

export type ReadKind = 'events' | 'event' | 'actors' | 'graph' | 'buckets';

export type ReadRequest =
	| { kind: 'events'; query: EventQuery & { limit: number; offset: number } }
	| { kind: 'event'; id: string }
	| { kind: 'actors'; q?: string; limit: number }
	| { kind: 'graph'; filter: EventFilter }
	| { kind: 'buckets'; query: BucketQuery };

/** An answer ready to send: the status and the JSON text of the body. */
export interface ReadAnswer {
	status: number;
	body: string;
}

/**
 * Version of what the server and its reader threads exchange. The threads load the
 * source tree while the server may run an older build: a thread that finds another
 * version refuses to start, and the server reads in-process. Raise it whenever
 * ReadRequest, EncodedAnswer or the messages of read-worker.ts change.
 */
export const READ_PROTOCOL = 3;

/**
 * An answer as bytes with its ETag: what is cached and sent. Reader threads
 * encode and hash off the event loop and hand the bytes over without a copy.
 */
export interface EncodedAnswer {
	status: number;
	bytes: Uint8Array<ArrayBuffer>;
	/** strong validator of the body, sent as ETag. */
	etag: string;
}

export function etagOf(bytes: Uint8Array): string {
	return `"${createHash('sha1').update(bytes).digest('base64url')}"`;
}

export function encodeAnswer(a: ReadAnswer): EncodedAnswer {
	// TextEncoder gives a buffer of its own (Buffer.from may share a pool), so it can be transferred
	const bytes = new TextEncoder().encode(a.body);
	return { status: a.status, bytes, etag: etagOf(bytes) };
}

/** Event ids are what the store hands out; anything else is refused before it reaches a query. */
const EVENT_ID = /^[A-Za-z0-9_.:-]{1,100}$/;
const UNITS = ['year', 'month', 'week', 'day', 'hour'] as const;

// one object per endpoint, so that parseWith keeps one compiled schema for each
const EVENTS_SHAPE = { ...filterShape, ...pagingShape };
const ACTORS_SHAPE = { q: z.string().max(200, 'is longer than 200 characters').optional(), limit: pagingShape.limit };
const BUCKETS_SHAPE = { ...filterShape, unit: z.enum(UNITS, { error: `must be one of ${UNITS.join(', ')}` }) };

/** Validates a read request; a bad parameter throws an HttpError(400) that says which and why. */
export function parseRead(kind: ReadKind, url: URL, id?: string): ReadRequest {
	switch (kind) {
		case 'events': {
			const p = parseWith(EVENTS_SHAPE, url.searchParams);
			return { kind, query: { ...toFilter(p), limit: p.limit ?? 200, offset: p.offset ?? 0 } };
		}
		case 'event': {
			const eventId = id ?? '';
			if (!EVENT_ID.test(eventId)) throw new HttpError(400, 'event id must be 1–100 letters, digits, or _ . : -');
			return { kind, id: eventId };
		}
		case 'actors': {
			const p = parseWith(ACTORS_SHAPE, url.searchParams);
			return p.q === undefined ? { kind, limit: p.limit ?? 100 } : { kind, q: p.q, limit: p.limit ?? 100 };
		}
		case 'graph':
			return { kind, filter: toFilter(parseWith(filterShape, url.searchParams)) };
		case 'buckets': {
			const p = parseWith(BUCKETS_SHAPE, url.searchParams);
			const { unit, ...rest } = p;
			return { kind, query: { ...toFilter(rest), unit } };
		}
	}
}

/**
 * Runs a validated request on a store. Problems the store reports about the input
 * become 400s; a missing event is a 404; anything else is thrown (a server fault).
 */
export async function answerRead(store: Store, req: ReadRequest): Promise<ReadAnswer> {
	try {
		return { status: 200, body: JSON.stringify(await payload(store, req)) };
	} catch (e) {
		if (e instanceof HttpError) return { status: e.status, body: JSON.stringify({ error: e.message, status: e.status }) };
		if (e instanceof InputError) return { status: 400, body: JSON.stringify({ error: e.message, status: 400 }) };
		throw e;
	}
}

async function payload(store: Store, req: ReadRequest): Promise<unknown> {
	switch (req.kind) {
		case 'events': {
			const { total, events } = await store.listEvents(req.query);
			return { total, limit: req.query.limit, offset: req.query.offset, events };
		}
		case 'event': {
			const event = await store.getEvent(req.id);
			if (!event) throw new HttpError(404, `no event with id ${req.id}`);
			return event;
		}
		case 'actors':
			return { actors: await store.listActors({ q: req.q, limit: req.limit }) };
		case 'graph':
			return store.graph(req.filter);
		case 'buckets':
			return { unit: req.query.unit, buckets: await store.buckets(req.query) };
	}
}

export const JSON_HEADERS = {
	'content-type': 'application/json; charset=utf-8',
	'x-content-type-options': 'nosniff'
} as const;

/** Answers straight from a store, uncached (embedders, tests; the server goes through read-service.ts). */
async function direct(store: Store, parse: () => ReadRequest): Promise<Response> {
	return guard(async () => {
		const a = await answerRead(store, parse());
		return new Response(a.body, { status: a.status, headers: { ...JSON_HEADERS, 'cache-control': 'no-store' } });
	});
}

export const listEvents = (store: Store, url: URL): Promise<Response> => direct(store, () => parseRead('events', url));
export const getEvent = (store: Store, id: string): Promise<Response> => direct(store, () => parseRead('event', new URL('http://x/'), id));
export const listActors = (store: Store, url: URL): Promise<Response> => direct(store, () => parseRead('actors', url));
export const graph = (store: Store, url: URL): Promise<Response> => direct(store, () => parseRead('graph', url));
export const buckets = (store: Store, url: URL): Promise<Response> => direct(store, () => parseRead('buckets', url));
