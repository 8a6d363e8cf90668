import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractNothing } from './corpus';
import { openStore } from '../../src/lib/server/store/index';
import type { SqlStore } from '../../src/lib/server/store/sql-store';
import { SafeFetcher } from '../../src/lib/server/ingest/fetch';
import { FeedScheduler, listFeeds, parseInterval, subscribe, backoffSeconds } from '../../src/lib/server/feeds/index';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sitrep-feeds-'));
let server: http.Server;
let base = '';
let store: SqlStore;
let mode: 'ok' | 'fail' = 'ok';
const hits = { feed: 0, feed304: 0, pages: 0 };

// Written for this test: two short wire-style items.
const PAGES: Record<string, string> = {
	'/a1': 'Officials in the capital said on Monday that the talks between the two delegations would continue through the week, and both sides described the first day as constructive.',
	'/a2': 'Heavy rain caused flooding in several northern districts on Tuesday, and local authorities opened shelters for families who had to leave their homes overnight.'
};

function feedXml(): string {
	const items = Object.keys(PAGES)
		.map((p, i) => `<item><title>Item ${i + 1}</title><link>${base}${p}</link><pubDate>Mon, 0${i + 1} Mar 2021 10:00:00 GMT</pubDate><description>Summary ${i + 1}</description></item>`)
		.join('');
	return `<?xml version="1.0"?><rss version="2.0"><channel><title>Test Wire</title><link>${base}/</link>${items}</channel></rss>`;
}

const extract = extractNothing;

beforeAll(async () => {
	server = http.createServer((req, res) => {
		if (req.url === '/feed.xml') {
			hits.feed++;
			if (mode === 'fail') {
				res.writeHead(500).end('down');
				return;
			}
			if (req.headers['if-none-match'] === '"v1"') {
				hits.feed304++;
				res.writeHead(304, { etag: '"v1"' }).end();
				return;
			}
			res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"v1"', 'last-modified': 'Mon, 01 Mar 2021 12:00:00 GMT' }).end(feedXml());
			return;
		}
		const page = PAGES[req.url ?? ''];
		if (page) {
			hits.pages++;
			res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end(page);
			return;
		}
		res.writeHead(404).end();
	});
	await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
	base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	store = await openStore({ file: path.join(tmp, 'feeds.db') });
});

afterAll(async () => {
	await store.close();
	await new Promise((r) => server.close(r));
	fs.rmSync(tmp, { recursive: true, force: true });
});

describe('feed subscriptions', () => {
	it('parses intervals and refuses silly ones', () => {
		expect(parseInterval('15m')).toBe(900);
		expect(parseInterval('2h')).toBe(7200);
		expect(() => parseInterval('5s')).toThrow(/between/);
		expect(() => parseInterval('soon')).toThrow(/interval/);
		expect(backoffSeconds(900, 1)).toBe(1800);
		expect(backoffSeconds(900, 30)).toBe(86_400);
	});

	it('polls a 127.0.0.1 feed on schedule, does not re-ingest it when unchanged (304), and backs off when it fails', async () => {
		let now = Date.parse('2021-03-01T12:00:00Z');
		const fetcher = new SafeFetcher({ allowHosts: ['127.0.0.1'] });
		const sched = new FeedScheduler({ store, fetcher, now: () => now, extract });
		await subscribe(store, `${base}/feed.xml`, 900, now);

		// first poll: due at once, both items fetched and stored
		let polls = await sched.tick();
		expect(polls).toHaveLength(1);
		expect(polls[0].result).toMatchObject({ status: 'ok', ingested: 2 });
		expect((await store.stats()).articles).toBe(2);
		expect(hits.pages).toBe(2);
		let [f] = await listFeeds(store);
		expect(f).toMatchObject({ lastStatus: 'ok', failures: 0, itemsIngested: 2, title: 'Test Wire', lastPolledAt: '2021-03-01T12:00:00.000Z', nextPollAt: '2021-03-01T12:15:00.000Z' });

		// not due yet: nothing is fetched
		now += 600_000;
		expect(await sched.tick()).toHaveLength(0);
		expect(hits.feed).toBe(1);

		// due: a conditional GET answered 304; items are not fetched or ingested again
		now += 300_000;
		polls = await sched.tick();
		expect(polls[0].result).toMatchObject({ status: 'not-modified', ingested: 0 });
		expect(hits.feed304).toBe(1);
		expect(hits.pages).toBe(2);
		expect((await store.stats()).articles).toBe(2);

		// failing: status error, next poll backed off to twice the interval, then four times
		mode = 'fail';
		now += 900_000;
		polls = await sched.tick();
		expect(polls[0].result.status).toBe('error');
		[f] = await listFeeds(store);
		expect(f).toMatchObject({ lastStatus: 'error', failures: 1 });
		expect(f.lastError).toMatch(/HTTP 500/);
		expect(Date.parse(f.nextPollAt) - now).toBe(1800_000);
		now += 900_000;
		expect(await sched.tick()).toHaveLength(0); // backed off: not polled at the normal interval
		now += 900_000;
		await sched.tick();
		[f] = await listFeeds(store);
		expect(f.failures).toBe(2);
		expect(Date.parse(f.nextPollAt) - now).toBe(3600_000);

		// recovers: back to the normal interval
		mode = 'ok';
		now += 3600_000;
		polls = await sched.tick();
		expect(polls[0].result.status).toBe('not-modified');
		[f] = await listFeeds(store);
		expect(f).toMatchObject({ failures: 0, lastStatus: 'not-modified' });
		expect(Date.parse(f.nextPollAt) - now).toBe(900_000);
	});
});
