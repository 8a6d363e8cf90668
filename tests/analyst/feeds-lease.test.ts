/**
 * Several pollers on one database (two servers, a server and a worker…): each feed
 * is fetched by one of them per period. Two schedulers with their own connections
 * poll the same 127.0.0.1 feed at the same moment; the server counts the requests.
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractNothing } from './corpus';
import { openStore } from '../../src/lib/server/store/index';
import type { SqlStore } from '../../src/lib/server/store/sql-store';
import { SafeFetcher } from '../../src/lib/server/ingest/fetch';
import { FeedScheduler, LEASE_S, listFeeds, subscribe } from '../../src/lib/server/feeds/index';
import { startPostgres, type PgServer } from '../helpers/pg';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sitrep-lease-'));
let server: http.Server;
let base = '';
let pg: PgServer;
const hits = new Map<string, number>();

// Written for this test: one short wire-style item per feed.
const ITEM = 'Negotiators from both parties met again on Wednesday and agreed to extend the ceasefire by another month, a spokesperson said.';

const extract = extractNothing;

beforeAll(async () => {
	server = http.createServer((req, res) => {
		const url = req.url ?? '';
		hits.set(url, (hits.get(url) ?? 0) + 1);
		if (url.endsWith('.xml')) {
			// slow enough that both pollers are inside their poll at the same time
			setTimeout(() => {
				const item = `<item><title>Talks</title><link>${base}${url.replace('.xml', '.txt')}</link><pubDate>Wed, 03 Mar 2021 10:00:00 GMT</pubDate></item>`;
				res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Lease Wire</title>${item}</channel></rss>`);
			}, 150);
			return;
		}
		if (url.endsWith('.txt')) {
			res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end(`${ITEM} (${url})`);
			return;
		}
		res.writeHead(404).end();
	});
	await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
	base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	pg = await startPostgres();
});

afterAll(async () => {
	await new Promise((r) => server.close(r));
	await pg?.stop();
	fs.rmSync(tmp, { recursive: true, force: true });
});

const databases: [string, () => Promise<string>][] = [
	['SQLite', async () => path.join(tmp, `lease-${hits.size}-${Date.now()}.db`)],
	['PostgreSQL', async () => pg.createDatabase(`lease${Date.now()}`)]
];

describe.each(databases)('two pollers on %s', (_name, database) => {
	it('never fetch the same feed in the same period, and take turns period after period', async () => {
		const url = await database();
		const a = await openStore({ url }), b = await openStore({ url });
		try {
			let now = Date.parse('2021-03-03T12:00:00Z');
			const fetcher = new SafeFetcher({ allowHosts: ['127.0.0.1'] });
			const one = new FeedScheduler({ store: a, fetcher, now: () => now, extract, owner: 'one' });
			const two = new FeedScheduler({ store: b, fetcher, now: () => now, extract, owner: 'two' });
			const feeds = [`/${_name}-x.xml`, `/${_name}-y.xml`, `/${_name}-z.xml`];
			for (const f of feeds) await subscribe(a, `${base}${f}`, 600, now);

			for (let period = 1; period <= 3; period++) {
				const [r1, r2] = await Promise.all([one.tick(), two.tick()]);
				// every feed polled exactly once in this period, by one poller or the other
				expect([...r1, ...r2].map((r) => r.feed).sort()).toEqual(feeds.map((f) => `${base}${f}`).sort());
				for (const f of feeds) expect(hits.get(f), `${f} in period ${period}`).toBe(period);
				// a second round in the same period finds nothing due
				expect([...(await one.tick()), ...(await two.tick())]).toEqual([]);
				now += 600_000;
			}
			// this server sends no ETag, so each period's poll reads the item again: once per period, never twice
			for (const f of feeds) expect(hits.get(f.replace('.xml', '.txt'))).toBe(3);
			expect((await a.stats()).articles).toBe(3);
			const status = await listFeeds(b);
			expect(status.map((s) => [s.lastStatus, s.pollingBy])).toEqual([['ok', null], ['ok', null], ['ok', null]]);
		} finally {
			await a.close();
			await b.close();
		}
	});

	it('a lease held by a poller that died keeps the feed from the others until it expires', async () => {
		const url = await database();
		const store = await openStore({ url });
		try {
			let now = Date.parse('2021-03-03T12:00:00Z');
			const feed = `/${_name}-dead.xml`;
			await subscribe(store, `${base}${feed}`, 600, now);
			// a poller claimed it and was killed before it finished
			await sql`UPDATE feeds SET lease_until_s = ${Math.floor(now / 1000) + LEASE_S}, lease_owner = 'gone'`.execute(store.db);
			const sched = new FeedScheduler({ store, fetcher: new SafeFetcher({ allowHosts: ['127.0.0.1'] }), now: () => now, extract });
			expect(await sched.tick()).toEqual([]);
			expect((await listFeeds(store))[0].pollingBy).toBe('gone');
			expect((await sched.poll((await listFeeds(store))[0].id)).status).toBe('busy');
			expect(hits.get(feed)).toBeUndefined();
			now += LEASE_S * 1000;
			const polls = await sched.tick();
			expect(polls.map((p) => p.result.status)).toEqual(['ok']);
			expect(hits.get(feed)).toBe(1);
			const row = await sql<{ lease_until_s: unknown; lease_owner: unknown }>`SELECT lease_until_s, lease_owner FROM feeds`.execute(store.db);
			expect(row.rows[0]).toEqual({ lease_until_s: null, lease_owner: null });
		} finally {
			await store.close();
		}
	});
});
