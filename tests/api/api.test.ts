import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buckets, exportSelection, getEvent, graph, ingestRequest, listActors, listEvents } from '../../src/lib/server/api/index';
import { SafeFetcher } from '../../src/lib/server/ingest/fetch';
import type { Store } from '../../src/lib/server/store/types';
import { bareExtract, story, tempStore } from '../ingest/helpers';
import { seed } from './seed';

let store: Store;
const BASE = 'http://sitrep.test';
const u = (path: string) => new URL(path, BASE);

beforeAll(async () => {
	store = await tempStore();
	await seed(store);
});
afterAll(async () => {
	await store.close();
});

async function body(res: Response) {
	return JSON.parse(await res.text());
}

describe('GET /api/events', () => {
	it('lists events in a window with filters and paging', async () => {
		const all = await body(await listEvents(store, u('/api/events')));
		expect(all.total).toBe(2);
		expect(all.events.map((e: { type: string }) => e.type)).toEqual(['airstrike', 'shelling']);
		const may = await body(await listEvents(store, u('/api/events?from=2020-05-01&to=2020-06-01')));
		expect(may.events.map((e: { type: string }) => e.type)).toEqual(['airstrike']);
		const typed = await body(await listEvents(store, u('/api/events?type=shelling,airstrike&limit=1&offset=1')));
		expect(typed).toMatchObject({ total: 2, limit: 1, offset: 1 });
		expect(typed.events).toHaveLength(1);
		const byActor = await body(await listEvents(store, u('/api/events?actor=Blue%20Front')));
		expect(byActor.events.map((e: { type: string }) => e.type)).toEqual(['shelling']);
		const bySource = await body(await listEvents(store, u('/api/events?source=Test%20Wire')));
		expect(bySource.total).toBe(1);
	});

	it.each([
		['/api/events?from=yesterday', /"from" not an ISO 8601 date/],
		['/api/events?from=2020-06-01&to=2020-05-01', /"to" must be after "from"/],
		['/api/events?limit=0', /"limit" must be at least 1/],
		['/api/events?limit=abc', /"limit" must be a whole number/],
		['/api/events?limit=999999', /"limit" must be at most 5000/],
		['/api/events?minConfidence=2', /"minConfidence" must be a number between 0 and 1/],
		['/api/events?colour=red', /unknown parameter: colour/],
		['/api/events?q=a&q=b', /"q" is given 2 times/]
	])('answers 400 with the reason for %s', async (path, message) => {
		const res = await listEvents(store, u(path));
		expect(res.status).toBe(400);
		const b = await body(res);
		expect(b.error).toMatch(message);
	});
});

describe('GET /api/events/:id', () => {
	it('gives detail with sources and 404 for an unknown id, 400 for a malformed one', async () => {
		const { events } = await body(await listEvents(store, u('/api/events')));
		const detail = await body(await getEvent(store, events[0].id));
		expect(detail.sources[0]).toMatchObject({ title: 'Strike near Eastville', source: 'Test Wire' });
		expect(Array.isArray(detail.merges)).toBe(true);
		expect((await getEvent(store, '999999')).status).toBe(404);
		const bad = await getEvent(store, "1' OR '1'='1");
		expect(bad.status).toBe(400);
	});
});

describe('actors, graph, buckets', () => {
	it('lists actors and filters them by name', async () => {
		const all = await body(await listActors(store, u('/api/actors')));
		expect(all.actors.map((a: { name: string }) => a.name)).toEqual(expect.arrayContaining(['Northland', 'Red Brigade', 'Blue Front']));
		const some = await body(await listActors(store, u('/api/actors?q=Blue')));
		expect(some.actors.map((a: { name: string }) => a.name)).toContain('Blue Front');
		expect((await listActors(store, u('/api/actors?type=x'))).status).toBe(400);
	});

	it('gives nodes and edges for a selection', async () => {
		const g = await body(await graph(store, u('/api/graph?from=2020-01-01&to=2021-01-01')));
		expect(g.nodes.length).toBeGreaterThanOrEqual(2);
		expect(Array.isArray(g.edges)).toBe(true);
		expect((await graph(store, u('/api/graph?limit=3'))).status).toBe(400);
	});

	it('counts per bucket and requires a valid unit', async () => {
		const b = await body(await buckets(store, u('/api/buckets?unit=month&from=2020-01-01&to=2021-01-01')));
		expect(b.unit).toBe('month');
		const counts = Object.fromEntries(b.buckets.map((x: { start: string; count: number }) => [x.start.slice(0, 7), x.count]));
		expect(counts).toMatchObject({ '2020-05': 1, '2020-07': 1 });
		const missing = await buckets(store, u('/api/buckets'));
		expect(missing.status).toBe(400);
		expect((await body(missing)).error).toMatch(/"unit"/);
		expect((await body(await buckets(store, u('/api/buckets?unit=fortnight')))).error).toMatch(/must be one of year, month, week, day, hour/);
	});

	// Object.prototype's names once read as table entries: type=constructor put a function into the SQL.
	it('treats names of Object.prototype as plain words in every filter', async () => {
		const handlers = { events: listEvents, actors: listActors, graph, buckets, export: exportSelection };
		for (const word of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf']) {
			for (const key of ['type', 'actor', 'place', 'source', 'q']) {
				for (const [name, handler] of Object.entries(handlers)) {
					const qs = new URLSearchParams({ [key]: word, ...(name === 'buckets' ? { unit: 'month' } : {}) });
					const res = await handler(store, u(`/api/${name}?${qs}`));
					expect([200, 400], `${name}?${qs}: ${res.status}`).toContain(res.status);
					if (name === 'events' && key === 'type') expect((await body(res)).events).toEqual([]);
				}
			}
		}
		// and as parameter names they are unknown parameters, not silently dropped ones
		const proto = await listEvents(store, u('/api/events?__proto__=x'));
		expect(proto.status).toBe(400);
		expect((await body(proto)).error).toMatch(/unknown parameter: __proto__/);
	});
});

describe('GET /api/export', () => {
	it('downloads each format for the selection and refuses an unknown format', async () => {
		const csv = await exportSelection(store, u('/api/export?format=csv&type=airstrike'));
		expect(csv.status).toBe(200);
		expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
		expect(csv.headers.get('content-disposition')).toBe('attachment; filename="sitrep-export.csv"');
		const lines = (await csv.text()).trim().split('\r\n');
		expect(lines).toHaveLength(2);
		expect(lines[0].startsWith('event_id_cnty,event_date,year')).toBe(true);
		for (const format of ['json', 'gexf', 'graphml', 'timelinejs', 'jsonld']) {
			const res = await exportSelection(store, u(`/api/export?format=${format}`));
			expect(res.status, format).toBe(200);
			const text = await res.text();
			if (format === 'gexf' || format === 'graphml') expect(text.startsWith('<?xml')).toBe(true);
			else expect(() => JSON.parse(text)).not.toThrow();
		}
		const json = JSON.parse(await (await exportSelection(store, u('/api/export?format=json'))).text());
		expect(json.events[1].sources[0]).toMatchObject({ title: 'Shelling at <b>Westport</b>', evidence: { start: 0 } });
		const bad = await exportSelection(store, u('/api/export?format=pdf'));
		expect(bad.status).toBe(400);
		expect((await body(bad)).error).toMatch(/"format" must be one of csv, json, gexf, graphml, timelinejs, jsonld/);
	});
});

describe('POST /api/ingest', () => {
	let server: http.Server;
	let pageUrl: string;
	beforeAll(async () => {
		server = http.createServer((req, res) => {
			if (req.url === '/feed') {
				const items = Array.from({ length: 30 }, (_, i) => `<item><title>Item ${i}</title><pubDate>Mon, 03 Aug 2020 10:00:00 GMT</pubDate><description>${story(300 + i)} Feed item ${i}.</description></item>`);
				res.writeHead(200, { 'content-type': 'application/rss+xml' });
				res.end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Feed</title>${items.join('')}</channel></rss>`);
				return;
			}
			res.writeHead(200, { 'content-type': 'text/html' });
			res.end(`<html><head><meta property="article:published_time" content="2020-08-01"></head><body><p>${story(40)}</p></body></html>`);
		});
		await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
		pageUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/page`;
	});
	afterAll(async () => {
		server.closeAllConnections();
		await new Promise((r) => server.close(r));
	});

	const post = (payload: unknown, headers: Record<string, string> = {}, raw?: string) =>
		new Request(`${BASE}/api/ingest`, {
			method: 'POST',
			headers: { 'content-type': 'application/json', ...headers },
			body: raw ?? JSON.stringify(payload)
		});
	const deps = () => ({ store, fetcher: new SafeFetcher({ allowHosts: ['127.0.0.1'] }), extract: bareExtract, maxBodyBytes: 64 * 1024 });

	it('ingests text and answers a result per article; the same text again is a duplicate', async () => {
		const text = story(41);
		const first = await ingestRequest(post({ text, published: '2020-08-02', title: 'T', source: 'S' }), deps());
		expect(first.status).toBe(200);
		const a = await body(first);
		expect(a).toMatchObject({ ingested: 1, failed: 0, results: [{ status: 'ingested', events: 0 }] });
		const again = await body(await ingestRequest(post({ text, published: '2020-08-02' }), deps()));
		expect(again.results[0]).toMatchObject({ status: 'duplicate', articleId: a.results[0].articleId });
	});

	it('ingests a URL through the fetcher it was given, and a batch of articles', async () => {
		const res = await body(await ingestRequest(post({ url: pageUrl }), deps()));
		expect(res.results).toEqual([expect.objectContaining({ origin: pageUrl, status: 'ingested' })]);
		const batch = await body(await ingestRequest(post({ articles: [{ text: story(42), published: '2020-01-01' }, { text: story(43), published: '2020-01-02' }] }), deps()));
		expect(batch.ingested).toBe(2);
	});

	it('ingests a feed, at most 25 items per request', async () => {
		const res = await body(await ingestRequest(post({ feed: pageUrl.replace('/page', '/feed') }), deps()));
		expect(res.results).toHaveLength(25);
		expect(res.failed).toBe(0);
	});

	it('refuses private URLs with the production fetcher (422 with the reason)', async () => {
		const res = await ingestRequest(post({ url: pageUrl }), { store, fetcher: new SafeFetcher(), extract: bareExtract });
		expect(res.status).toBe(422);
		expect((await body(res)).results[0].error).toMatch(/refused: 127\.0\.0\.1 is a loopback address/);
	});

	it.each([
		[{}, /must have "text"/],
		[{ text: '' }, /"text" must not be empty/],
		[{ text: 'x', published: 'soon' }, /"published" must be an ISO 8601 date/],
		[{ text: 'x', colour: 1 }, /unknown parameter: colour|Unrecognized key/],
		[{ url: 'file:///etc/passwd' }, /"url" must be an http or https URL/],
		[{ feed: 'not a url' }, /"feed" must be an http or https URL/],
		[[1, 2], /must be a JSON object/]
	])('answers 400 for the body %j', async (payload, message) => {
		const res = await ingestRequest(post(payload), deps());
		expect(res.status).toBe(400);
		expect((await body(res)).error).toMatch(message);
	});

	it('answers 400 for malformed JSON, 415 for other content types, 413 over the size limit', async () => {
		const bad = await ingestRequest(post(null, {}, '{"text": '), deps());
		expect(bad.status).toBe(400);
		expect((await body(bad)).error).toMatch(/not valid JSON/);
		const form = await ingestRequest(post(null, { 'content-type': 'application/x-www-form-urlencoded' }, 'text=hello'), deps());
		expect(form.status).toBe(415);
		const big = await ingestRequest(post({ text: 'a'.repeat(70 * 1024) }), deps());
		expect(big.status).toBe(413);
		expect((await body(big)).error).toMatch(/over the 65536-byte limit/);
		// Without a content-length the limit holds while streaming.
		const chunks = new ReadableStream({
			start(c) {
				for (let i = 0; i < 100; i++) c.enqueue(new TextEncoder().encode('x'.repeat(1024)));
				c.close();
			}
		});
		const streamed = await ingestRequest(
			new Request(`${BASE}/api/ingest`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: chunks, duplex: 'half' } as RequestInit),
			deps()
		);
		expect(streamed.status).toBe(413);
	});

	it('refuses cross-origin posts of any content type with 403', async () => {
		for (const type of ['application/json', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'text/plain', 'TEXT/PLAIN']) {
			const res = await ingestRequest(post({ text: story(44) }, { 'content-type': type, origin: 'https://evil.example' }), deps());
			expect(res.status, type).toBe(403);
		}
		const site = await ingestRequest(post({ text: story(45) }, { 'sec-fetch-site': 'cross-site' }), deps());
		expect(site.status).toBe(403);
		const same = await ingestRequest(post({ text: story(46), published: '2020-01-01' }, { origin: BASE }), deps());
		expect(same.status).toBe(200);
	});

	it('stores 50 concurrent uploads exactly once each', async () => {
		const before = (await store.stats()).articles;
		const texts = Array.from({ length: 50 }, (_, i) => story(100 + i) + ` Unique marker ${i}.`);
		const responses = await Promise.all(
			[...texts, ...texts.slice(0, 10)].map((text) => ingestRequest(post({ text, published: '2020-09-09' }), deps()))
		);
		const results = await Promise.all(responses.map(body));
		expect(responses.every((r) => r.status === 200)).toBe(true);
		const ingested = results.filter((r) => r.results[0].status !== 'duplicate').length;
		expect(ingested).toBe(50);
		expect((await store.stats()).articles - before).toBe(50);
	});
});
