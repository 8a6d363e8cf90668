/**
 * Property tests of every API handler, called in-process with Request objects and
 * URLs against a store holding the demo corpus: whatever the query string, body or
 * headers, the answer is a deliberate status (200, 400, 403, 404, 413, 415, 422)
 * with a JSON error that says why — never a 500, never a hang.
 */
import fc from 'fast-check';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buckets, exportSelection, getEvent, graph, ingestRequest, listActors, listEvents } from '../../src/lib/server/api/index';
import { ingest } from '../../src/lib/server/ingest/pipeline';
import type { Fetcher } from '../../src/lib/server/ingest/types';
import { openStore } from '../../src/lib/server/store/index';
import type { Store } from '../../src/lib/server/store/types';
import { demoArticles, HOSTILE_SNIPPETS, mutatedText, publishedArb, runs } from './gen';

const BASE = 'http://sitrep.test';
const BOUND_MS = 5_000;
let store: Store;
let dir: string;
let eventIds: string[] = [];
const demo = demoArticles();
const texts = demo.map((d) => d.text);

// Fetching is not under test here; a fetcher that refuses keeps the test off the network.
const noFetch: Fetcher = {
	fetch: async (url) => {
		throw Object.assign(new Error(`fetching is off in this test (${url})`), { name: 'FetchError' });
	}
};

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'sitrep-fuzz-api-'));
	store = await openStore({ url: join(dir, 'fuzz.db') });
	// a dozen demo articles: enough events, actors and text for every filter to match something
	await ingest(demo.slice(0, 12).map((d) => ({ kind: 'text' as const, text: d.text, published: d.meta.published, title: d.meta.title, source: d.meta.source, url: d.meta.url })), { store });
	eventIds = (await store.listEvents({ limit: 50 })).events.map((e) => e.id);
	expect(eventIds.length).toBeGreaterThan(10);
}, 300_000);
afterAll(async () => {
	await store?.close();
	rmSync(dir, { recursive: true, force: true });
});

const KEYS = ['from', 'to', 'type', 'actor', 'place', 'source', 'q', 'minConfidence', 'limit', 'offset', 'unit', 'format', 'colour', '__proto__', 'constructor', ''];
const valueArb = fc.oneof(
	publishedArb,
	fc.constantFrom(...HOSTILE_SNIPPETS),
	fc.constantFrom('airstrike', 'protest', 'Iran', 'United States', 'Baghdad', 'Wire Desk', 'year', 'month', 'week', 'day', 'hour', 'decade', 'csv', 'json', 'gexf', 'graphml', 'timelinejs', 'jsonld', 'xlsx', '0', '1', '0.5', '-1', '1e9', '99999999999', '5000', '5001', ''),
	// the names every plain object inherits, as a lookup table would see them
	fc.constantFrom('constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf'),
	// full-text syntax that trips FTS5 and tsquery parsers
	fc.constantFrom('"', '""', '"unterminated', 'AND', 'OR', 'NOT', 'NEAR(', 'a NEAR/2 b', '*', 'iran*', '^x', 'col:val', '(', ')', '-', '+', '{a b}', '&', '|', '!', ':*', "'", '\\', '%', '_', 'a'.repeat(600)),
	fc.string({ unit: 'grapheme', maxLength: 30 })
);
const queryArb = fc.array(fc.tuple(fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...KEYS) }, { weight: 1, arbitrary: fc.string({ maxLength: 8 }) }), valueArb), { maxLength: 5 }).map((pairs) => {
	const p = new URLSearchParams();
	for (const [k, v] of pairs) p.append(k, v);
	return p.toString();
});

async function answer(res: Promise<Response>, allowed: number[]): Promise<Response> {
	const t0 = performance.now();
	const r = await res;
	const ms = performance.now() - t0;
	expect(ms, `handler took ${ms.toFixed(0)} ms`).toBeLessThan(BOUND_MS);
	const text = await r.clone().text();
	expect(allowed, `status ${r.status}: ${text.slice(0, 300)}`).toContain(r.status);
	if (r.status >= 400 && r.status !== 422) {
		const body = JSON.parse(text);
		expect(typeof body.error).toBe('string');
		expect(body.error.length).toBeGreaterThan(0);
	}
	return r;
}

const READ: [string, (url: URL) => Promise<Response>][] = [
	['events', (u) => listEvents(store, u)],
	['actors', (u) => listActors(store, u)],
	['graph', (u) => graph(store, u)],
	['buckets', (u) => buckets(store, u)],
	['export', (u) => exportSelection(store, u)]
];

describe('read endpoints under fuzzing', () => {
	for (const [name, handler] of READ) {
		it(`GET /api/${name} with random query strings: 200 or 400, JSON (1,000 inputs)`, async () => {
			await fc.assert(
				fc.asyncProperty(queryArb, async (qs) => {
					const r = await answer(handler(new URL(`/api/${name}?${qs}`, BASE)), [200, 400]);
					if (r.status === 200 && name !== 'export') JSON.parse(await r.text());
				}),
				runs(1000)
			);
		});
	}

	it('GET /api/events/:id with random and real ids: 200, 400 or 404 (1,000 inputs)', async () => {
		await fc.assert(
			fc.asyncProperty(fc.oneof(fc.constantFrom(...eventIds), fc.string({ unit: 'grapheme', maxLength: 120 }), fc.constantFrom(...HOSTILE_SNIPPETS), fc.constantFrom(...eventIds).map((id) => id + "' OR '1'='1")), async (id) => {
				const r = await answer(getEvent(store, id), [200, 400, 404]);
				if (r.status === 200) expect(JSON.parse(await r.text()).id).toBe(id);
			}),
			runs(1000)
		);
	});
});

const CONTENT_TYPES = ['application/json', 'APPLICATION/JSON', 'application/json; charset=utf-8', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', '', 'application/jsonx'];
const articleArb = fc.record(
	{
		text: fc.oneof(mutatedText(texts, 300), fc.constantFrom('', '   ', '\u0000x')),
		published: publishedArb,
		title: fc.oneof(fc.constantFrom(...HOSTILE_SNIPPETS), fc.string({ maxLength: 1200 })),
		source: fc.string({ maxLength: 250 }),
		url: fc.oneof(fc.webUrl(), fc.constantFrom('javascript:alert(1)', 'file:///etc/passwd', 'ftp://x')),
		id: fc.string({ maxLength: 30 })
	},
	{ requiredKeys: ['text'] }
);
const bodyArb = fc.oneof(
	{ weight: 4, arbitrary: articleArb.map((a) => JSON.stringify(a)) },
	{ weight: 1, arbitrary: fc.array(articleArb, { maxLength: 3 }).map((a) => JSON.stringify({ articles: a })) },
	{ weight: 1, arbitrary: fc.constantFrom('{"url":"http://127.0.0.1/"}', '{"feed":"http://169.254.169.254/latest"}', '{"url":"javascript:alert(1)"}', '{"articles":[]}', '{"text":"x","extra":1}', '{"__proto__":{"text":"x"}}') },
	{ weight: 1, arbitrary: fc.json({ maxDepth: 3 }) },
	{ weight: 1, arbitrary: fc.string({ maxLength: 100 }) }
);

describe('POST /api/ingest under fuzzing', () => {
	it('random bodies, content types and origins: a deliberate status, never 500 (1,000 inputs)', async () => {
		await fc.assert(
			fc.asyncProperty(bodyArb, fc.constantFrom(...CONTENT_TYPES), fc.constantFrom(null, BASE, 'https://evil.example', 'null'), async (body, type, origin) => {
				const headers: Record<string, string> = {};
				if (type) headers['content-type'] = type;
				if (origin) headers.origin = origin;
				const req = new Request(`${BASE}/api/ingest`, { method: 'POST', headers, body });
				const r = await answer(ingestRequest(req, { store, fetcher: noFetch }), [200, 400, 403, 413, 415, 422]);
				if (origin && origin !== BASE) expect(r.status).toBe(403);
				else if (!type.toLowerCase().startsWith('application/json') || type === 'application/jsonx') expect(r.status).toBe(415);
				if (r.status === 200 || r.status === 422) {
					const out = JSON.parse(await r.text());
					for (const res of out.results) expect(['ingested', 'duplicate', 'near-duplicate', 'failed']).toContain(res.status);
					// 422 means nothing could be stored, and each result says why
					if (r.status === 422) for (const res of out.results) expect(res.error).toEqual(expect.any(String));
				}
			}),
			runs(1000)
		);
	});
});
