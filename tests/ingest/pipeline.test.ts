import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BATCH_ARTICLES, BATCH_ARTICLES_POSTGRES, ingest } from '../../src/lib/server/ingest/pipeline';
import { SafeFetcher } from '../../src/lib/server/ingest/fetch';
import { bareExtract, story, tempDir, tempStore } from './helpers';

function write(file: string, content: string | Buffer) {
	fs.mkdirSync(path.dirname(file), { recursive: true });
	fs.writeFileSync(file, content);
}

function makeFolder(): string {
	const dir = tempDir();
	write(path.join(dir, 'a.txt'), story(1));
	write(path.join(dir, 'a.meta.json'), JSON.stringify({ title: 'Story one', source: 'Wire', published: '2020-03-03', url: 'https://wire.example/1' }));
	write(path.join(dir, 'nested/deeper/b.txt'), story(2));
	write(path.join(dir, 'nested/deeper/b.meta.json'), JSON.stringify({ published: '2020-03-04T10:00:00Z' }));
	write(
		path.join(dir, 'page.html'),
		`<html><head><meta property="og:title" content="Page story"><meta property="article:published_time" content="2020-03-05"></head><body><article><p>${story(3)}</p></article></body></html>`
	);
	write(
		path.join(dir, 'batch.ndjson'),
		[
			JSON.stringify({ id: 'n1', text: story(4), published: '2020-03-06' }),
			'{"id":"n2","text": broken',
			JSON.stringify({ id: 'n3', text: story(5), published: '2020-03-07', title: '<script>alert(1)</script>' })
		].join('\n') + '\n'
	);
	write(path.join(dir, 'list.json'), JSON.stringify([{ id: 'j1', text: story(6), published: '2020-03-08' }]));
	write(path.join(dir, 'notes.md'), 'not an article format: ignored in folders');
	write(path.join(dir, '.hidden.txt'), story(99));
	return dir;
}

describe('ingest pipeline on a folder', () => {
	it('reads every format recursively, reports bad lines, and a second run changes nothing', async () => {
		const dir = makeFolder();
		const store = await tempStore();
		const progress: number[] = [];
		const first = await ingest([{ kind: 'path', path: dir }], { store, extract: bareExtract, onProgress: (p) => progress.push(p.done) });
		expect(first.ingested).toBe(6);
		expect(first.failed).toBe(1);
		expect(first.failures[0].origin).toBe(path.join(dir, 'batch.ndjson') + ':2');
		expect(first.failures[0].error).toMatch(/^line 2: not valid JSON/);
		expect(progress).toEqual([1, 2, 3, 4, 5, 6, 7]);
		const titles = first.results.map((r) => r.title);
		expect(titles).toContain('Story one');
		expect(titles).toContain('Page story');
		expect(titles).toContain('<script>alert(1)</script>');
		expect((await store.stats()).articles).toBe(6);

		const second = await ingest([{ kind: 'path', path: dir }], { store, extract: bareExtract });
		expect(second.ingested).toBe(0);
		expect(second.duplicates).toBe(6);
		expect(second.failed).toBe(1);
		expect((await store.stats()).articles).toBe(6);
		await store.close();
	});

	it('fails one article with a reason and goes on: binary, empty, oversize, bad sidecar, no date', async () => {
		const dir = tempDir();
		write(path.join(dir, '1-binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]));
		write(path.join(dir, '2-empty.txt'), '   \n');
		write(path.join(dir, '3-huge.txt'), 'word '.repeat(200_000));
		write(path.join(dir, '4-badmeta.txt'), story(7));
		write(path.join(dir, '4-badmeta.meta.json'), '{"published": ');
		write(path.join(dir, '5-nodate.txt'), story(8));
		write(path.join(dir, '6-good.txt'), story(9));
		write(path.join(dir, '6-good.meta.json'), JSON.stringify({ published: '2020-01-01' }));
		const store = await tempStore();
		const s = await ingest([{ kind: 'path', path: dir }], { store, extract: bareExtract });
		expect(s.ingested).toBe(1);
		const reasons = Object.fromEntries(s.failures.map((f) => [path.basename(f.origin), f.error]));
		expect(reasons['1-binary.txt']).toMatch(/binary/);
		expect(reasons['2-empty.txt']).toMatch(/empty/);
		expect(reasons['3-huge.txt']).toMatch(/too long/);
		expect(reasons['4-badmeta.txt']).toMatch(/4-badmeta\.meta\.json is not valid JSON/);
		expect(reasons['5-nodate.txt']).toMatch(/no publication date/);
		await store.close();
	});

	it('uses --published and --source defaults for articles that state none', async () => {
		const dir = tempDir();
		write(path.join(dir, 'x.txt'), story(10));
		const store = await tempStore();
		const s = await ingest([{ kind: 'path', path: dir }], { store, extract: bareExtract, defaults: { published: '2021-05-01', source: 'Desk' } });
		expect(s.ingested).toBe(1);
		await store.close();
	});

	it('stores many articles to a transaction, reporting each in input order, with the same result as one at a time', async () => {
		const dir = tempDir();
		const n = BATCH_ARTICLES + 8;
		const lines = Array.from({ length: n }, (_, i) => JSON.stringify({ id: `b${i}`, text: story(200 + i), published: '2020-04-01' }));
		// a bad line, and a repeat of the first article inside the batch
		lines.splice(5, 0, '{"id": broken', JSON.stringify({ id: 'again', text: story(200), published: '2020-04-01' }));
		write(path.join(dir, 'many.ndjson'), lines.join('\n') + '\n');
		const batched = await tempStore();
		const calls: number[] = [];
		const saveArticles = batched.saveArticles.bind(batched);
		const counting = Object.assign(Object.create(batched), { saveArticles: (items: Parameters<typeof saveArticles>[0]) => (calls.push(items.length), saveArticles(items)) });
		const order: string[] = [];
		const a = await ingest([{ kind: 'path', path: dir }], { store: counting, extract: bareExtract, onProgress: (p) => order.push(p.last.origin) });
		expect(a).toMatchObject({ duplicates: 1, failed: 1 });
		expect(a.ingested + a.nearDuplicates).toBe(n);
		expect(order.map((o) => Number(o.split(':').pop()))).toEqual(Array.from({ length: n + 2 }, (_, i) => i + 1));
		expect(calls.length).toBeLessThan(n); // grouped, not one commit per article
		expect(calls.reduce((x, y) => x + y, 0)).toBe(n + 1);
		expect(Math.max(...calls)).toBeLessThanOrEqual(BATCH_ARTICLES);
		// PostgreSQL gets smaller transactions: each savepoint is a subtransaction, and past 64 they overflow to disk
		const onPostgres: number[] = [];
		const pgStore = await tempStore();
		const pgSave = pgStore.saveArticles.bind(pgStore);
		const postgresLike = Object.assign(Object.create(pgStore), { kind: 'postgres', saveArticles: (items: Parameters<typeof pgSave>[0]) => (onPostgres.push(items.length), pgSave(items)) });
		const c = await ingest([{ kind: 'path', path: dir }], { store: postgresLike, extract: bareExtract });
		expect(c.ingested + c.nearDuplicates).toBe(n);
		expect(Math.max(...onPostgres)).toBeLessThanOrEqual(BATCH_ARTICLES_POSTGRES);
		await pgStore.close();
		expect(BATCH_ARTICLES_POSTGRES).toBeLessThan(64);
		// a store with saveArticle only gets the same answers
		const single = await tempStore();
		const b = await ingest([{ kind: 'path', path: dir }], { store: { saveArticle: single.saveArticle.bind(single) }, extract: bareExtract });
		expect({ ...b, seconds: 0, results: [] }).toEqual({ ...a, seconds: 0, results: [] });
		expect(b.results.map((r) => [r.origin, r.status, r.events])).toEqual(a.results.map((r) => [r.origin, r.status, r.events]));
		expect(await single.stats()).toEqual(await batched.stats());
		await batched.close();
		await single.close();
	});

	it('with many articles in flight and extractions finishing out of order, stores and reports them in input order, as one at a time', async () => {
		const dir = tempDir();
		const n = 40;
		const lines = Array.from({ length: n }, (_, i) => JSON.stringify({ id: `f${i}`, text: story(400 + i), published: '2020-05-01' }));
		// a bad line, an empty text, and a repeat of an article still in flight
		lines.splice(3, 0, '{"id": broken', JSON.stringify({ id: 'empty', text: '', published: '2020-05-01' }), JSON.stringify({ id: 'again', text: story(401), published: '2020-05-01' }));
		write(path.join(dir, 'flight.ndjson'), lines.join('\n') + '\n');
		// Later articles tend to finish first.
		let k = 0;
		const slowFirst = (input: Parameters<typeof bareExtract>[0]) => new Promise<ReturnType<typeof bareExtract>>((res) => setTimeout(() => res(bareExtract(input)), 20 - ((k++ * 7) % 20)));
		const inFlightStore = await tempStore();
		const order: string[] = [];
		const a = await ingest([{ kind: 'path', path: dir }], { store: inFlightStore, extract: slowFirst, inFlight: 16, onProgress: (p) => order.push(p.last.origin) });
		expect(order.map((o) => Number(o.split(':').pop()))).toEqual(Array.from({ length: n + 3 }, (_, i) => i + 1));
		expect(a).toMatchObject({ duplicates: 1, failed: 2 });
		expect(a.ingested + a.nearDuplicates).toBe(n);
		const oneByOne = await tempStore();
		const b = await ingest([{ kind: 'path', path: dir }], { store: oneByOne, extract: bareExtract });
		expect(b.results.map((r) => [r.origin, r.status, r.error, r.duplicateOf])).toEqual(a.results.map((r) => [r.origin, r.status, r.error, r.duplicateOf]));
		expect(await inFlightStore.stats()).toEqual(await oneByOne.stats());
		await inFlightStore.close();
		await oneByOne.close();
	});

	it('reports a missing path', async () => {
		const store = await tempStore();
		const s = await ingest([{ kind: 'path', path: '/nonexistent/sitrep/path' }], { store, extract: bareExtract });
		expect(s.failures).toEqual([{ origin: '/nonexistent/sitrep/path', error: 'no such file or folder: /nonexistent/sitrep/path' }]);
		await store.close();
	});

	it('stores a non-English article with its language and no extraction', async () => {
		const fr =
			"Le gouvernement a annoncé mardi la fermeture du pont principal de la capitale après la découverte de fissures dans deux piliers, selon un porte-parole du ministère des transports. Les travaux dureront au moins trois semaines, et la circulation sera déviée vers le nord.";
		const store = await tempStore();
		let called = 0;
		const s = await ingest([{ kind: 'text', text: fr, published: '2020-02-02' }], {
			store,
			extract: (i) => {
				called++;
				return bareExtract(i);
			}
		});
		expect(called).toBe(0);
		expect(s.ingested).toBe(1);
		expect(s.nonEnglish).toBe(1);
		expect(s.results[0].language).toBe('fr');
		await store.close();
	});

	it('recognises a syndicated copy with small edits as a near-duplicate', async () => {
		const base = story(11) + ' ' + story(12) + ' ' + story(13);
		const edited = base.replace('Officials in district 11', 'Authorities in district 11').replace('the mayor promised', 'the mayor has promised');
		const store = await tempStore();
		const s = await ingest(
			[
				{ kind: 'text', text: base, published: '2020-02-02', source: 'Wire' },
				{ kind: 'text', text: edited, published: '2020-02-02', source: 'Paper' },
				{ kind: 'text', text: base, published: '2020-02-02', source: 'Wire' }
			],
			{ store, extract: bareExtract }
		);
		expect(s.results.map((r) => r.status)).toEqual(['ingested', 'near-duplicate', 'duplicate']);
		expect(s.results[1].duplicateOf).toBe(s.results[0].articleId);
		await store.close();
	});
});

describe('feeds and URLs', () => {
	let server: http.Server;
	let base: string;
	beforeAll(async () => {
		server = http.createServer((req, res) => {
			if (req.url === '/feed.xml') {
				res.writeHead(200, { 'content-type': 'application/rss+xml' });
				res.end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Local Feed</title>
<item><title>Item A</title><link>${base}/a.html</link><pubDate>Tue, 10 Mar 2020 14:00:00 GMT</pubDate><description>Short A.</description></item>
<item><title>Item B</title><link>${base}/gone.html</link><pubDate>Wed, 11 Mar 2020 14:00:00 GMT</pubDate><description><![CDATA[<p>${story(21)}</p>]]></description></item>
<item><title>Item C</title><link>http://10.0.0.1/private.html</link><description>${story(22)}</description></item>
<item><title>Item D</title></item>
</channel></rss>`);
			} else if (req.url === '/a.html') {
				res.writeHead(200, { 'content-type': 'text/html' });
				res.end(`<html><head><meta property="og:site_name" content="Local Paper"></head><body><article><p>${story(20)}</p></article></body></html>`);
			} else if (req.url === '/page.html') {
				res.writeHead(200, { 'content-type': 'text/html', 'last-modified': 'Thu, 12 Mar 2020 09:00:00 GMT' });
				res.end(`<html><head><title>Undated page</title></head><body><p>${story(23)}</p></body></html>`);
			} else {
				res.writeHead(404);
				res.end();
			}
		});
		await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
		base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	});
	afterAll(async () => {
		server.closeAllConnections();
		await new Promise((r) => server.close(r));
	});

	it('fetches each item link, falls back to the item text, and refuses private links', async () => {
		const store = await tempStore();
		const fetcher = new SafeFetcher({ allowHosts: ['127.0.0.1'], totalTimeoutMs: 3000 });
		const s = await ingest([{ kind: 'feed', url: `${base}/feed.xml` }], { store, fetcher, extract: bareExtract });
		expect(s.results.map((r) => r.status)).toEqual(['ingested', 'ingested', 'ingested', 'failed']);
		expect(s.results[0]).toMatchObject({ origin: `${base}/a.html`, title: 'Item A' });
		expect(s.results[3].error).toMatch(/neither a fetchable link nor text/);
		await store.close();
	});

	it('takes an undated page’s date from Last-Modified, and refuses a loopback URL without the allow-list', async () => {
		const store = await tempStore();
		const ok = await ingest([{ kind: 'url', url: `${base}/page.html` }], { store, fetcher: new SafeFetcher({ allowHosts: ['127.0.0.1'] }), extract: bareExtract });
		expect(ok.ingested).toBe(1);
		const refused = await ingest([{ kind: 'url', url: `${base}/page.html` }], { store, fetcher: new SafeFetcher(), extract: bareExtract });
		expect(refused.failures[0].error).toMatch(/refused: 127\.0\.0\.1 is a loopback address/);
		await store.close();
	});
});
