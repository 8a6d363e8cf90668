import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buckets, getEvent, graph, listActors, listEvents, noteLocalWrite, ReadService } from '../../src/lib/server/api/index';
import { answerRead, encodeAnswer, parseRead } from '../../src/lib/server/api/read';
import { ReadPool } from '../../src/lib/server/api/read-pool';
import { openStore } from '../../src/lib/server/store/index';
import type { Store } from '../../src/lib/server/store/types';
import { tempDir } from '../ingest/helpers';
import { extractionFor, seed, SPECS } from './seed';

const dir = tempDir('sitrep-reads-');
const file = path.join(dir, 'reads.db');
let store: Store;
const u = (p: string) => new URL(p, 'http://sitrep.test');
const get = (p: string, headers: Record<string, string> = {}) => new Request(u(p), { headers });

beforeAll(async () => {
	store = await openStore({ url: file });
	await seed(store);
});
afterAll(async () => {
	await store.close();
});

/** Writes one more article through a connection of its own, as `sitrep ingest` in another process would. */
async function addFromElsewhere(n: number): Promise<void> {
	const other = await openStore({ url: file });
	try {
		const s = { ...SPECS[0], text: `${SPECS[0].text} Report ${n}.`, published: `2020-0${3 + n}-02T10:00:00Z`, date: `2020-0${3 + n}-01` };
		await other.saveArticle({ text: s.text, published: s.published, source: `Elsewhere ${n}`, title: s.title, language: 'en' }, extractionFor(s));
	} finally {
		await other.close();
	}
}

async function total(svc: ReadService): Promise<number> {
	return JSON.parse(await (await svc.respond(get('/api/events'), 'events', u('/api/events'))).text()).total;
}

describe('ReadService answers as the store does', () => {
	it('each read endpoint gives the same body as the direct handler, with an ETag and no-cache', async () => {
		const svc = await ReadService.open(store, { threads: 0, file });
		try {
			const first = JSON.parse(await (await listEvents(store, u('/api/events'))).text()).events[0].id as string;
			const cases: [Parameters<ReadService['respond']>[1], string, Response, string?][] = [
				['events', '/api/events?from=2020-01-01&to=2021-01-01&type=airstrike,shelling', await listEvents(store, u('/api/events?from=2020-01-01&to=2021-01-01&type=airstrike,shelling'))],
				['actors', '/api/actors?q=Blue', await listActors(store, u('/api/actors?q=Blue'))],
				['graph', '/api/graph?from=2020-01-01&to=2021-01-01', await graph(store, u('/api/graph?from=2020-01-01&to=2021-01-01'))],
				['buckets', '/api/buckets?unit=month', await buckets(store, u('/api/buckets?unit=month'))],
				['event', `/api/events/${first}`, await getEvent(store, first), first]
			];
			for (const [kind, p, direct, id] of cases) {
				const res = await svc.respond(get(p), kind, u(p), id);
				expect(res.status, p).toBe(200);
				expect(await res.text(), p).toBe(await direct.text());
				expect(res.headers.get('etag'), p).toMatch(/^"/);
				expect(res.headers.get('cache-control')).toBe('private, no-cache');
				expect(res.headers.get('content-type')).toMatch(/^application\/json/);
			}
		} finally {
			await svc.close();
		}
	});

	it('If-None-Match with the current ETag gets a 304 without a body; a stale ETag gets the body', async () => {
		const svc = await ReadService.open(store, { threads: 0, file });
		try {
			const first = await svc.respond(get('/api/events'), 'events', u('/api/events'));
			const etag = first.headers.get('etag')!;
			const again = await svc.respond(get('/api/events', { 'if-none-match': etag }), 'events', u('/api/events'));
			expect(again.status).toBe(304);
			expect(await again.text()).toBe('');
			expect(again.headers.get('etag')).toBe(etag);
			const listed = await svc.respond(get('/api/events', { 'if-none-match': `"nope", W/${etag}` }), 'events', u('/api/events'));
			expect(listed.status).toBe(304);
			const other = await svc.respond(get('/api/events', { 'if-none-match': '"nope"' }), 'events', u('/api/events'));
			expect(other.status).toBe(200);
			expect(await other.text()).toBe(await first.text());
		} finally {
			await svc.close();
		}
	});

	it('bad parameters get a 400 and an unknown event a 404, neither kept nor given an ETag', async () => {
		const svc = await ReadService.open(store, { threads: 0, file });
		try {
			const bad = await svc.respond(get('/api/events?limit=abc'), 'events', u('/api/events?limit=abc'));
			expect(bad.status).toBe(400);
			expect(JSON.parse(await bad.text()).error).toMatch(/"limit" must be a whole number/);
			const missing = await svc.respond(get('/api/events/999999'), 'event', u('/api/events/999999'), '999999');
			expect(missing.status).toBe(404);
			expect(missing.headers.get('etag')).toBeNull();
			expect(missing.headers.get('cache-control')).toBe('no-store');
			expect(svc.cache.size).toBe(0);
		} finally {
			await svc.close();
		}
	});
});

describe('ReadService says how it found each answer', () => {
	const outcome = (r: Response) => /read;desc=(\w+)/.exec(r.headers.get('server-timing') ?? '')?.[1];

	it('computed, then fresh while nothing changed, stale within the bound after another process wrote, joined when it waited for the same query', async () => {
		const svc = await ReadService.open(store, { threads: 0, file, maxStaleMs: 60_000, changeCheckMs: 0 });
		try {
			noteLocalWrite(); // nothing from earlier tests can answer
			const p = '/api/events?limit=3';
			const first = await svc.respond(get(p), 'events', u(p));
			expect(outcome(first)).toBe('computed');
			const body = new Uint8Array(await first.arrayBuffer());
			expect(Number(first.headers.get('content-length'))).toBe(body.byteLength);
			const again = await svc.respond(get(p), 'events', u(p));
			expect(outcome(again)).toBe('fresh');
			expect(new Uint8Array(await again.arrayBuffer())).toEqual(body);
			await addFromElsewhere(4);
			expect(outcome(await svc.respond(get(p), 'events', u(p)))).toBe('stale');
			noteLocalWrite();
			const together = await Promise.all([1, 2, 3].map(() => svc.respond(get(p), 'events', u(p))));
			expect(together.map(outcome).sort()).toEqual(['computed', 'joined', 'joined']);
		} finally {
			await svc.close();
		}
	});

	it('a request validated once is not trusted for another URL, and a bad one is refused every time', async () => {
		const svc = await ReadService.open(store, { threads: 0, file });
		try {
			const two = JSON.parse(await (await svc.respond(get('/api/events?limit=2'), 'events', u('/api/events?limit=2'))).text());
			const one = JSON.parse(await (await svc.respond(get('/api/events?limit=1'), 'events', u('/api/events?limit=1'))).text());
			expect([two.events.length, one.events.length]).toEqual([2, 1]);
			for (let i = 0; i < 2; i++) expect((await svc.respond(get('/api/events?limit=-1'), 'events', u('/api/events?limit=-1'))).status).toBe(400);
			// the same search string names another request on another endpoint
			const actors = await svc.respond(get('/api/actors?limit=1'), 'actors', u('/api/actors?limit=1'));
			expect(Object.keys(JSON.parse(await actors.text()))).toEqual(['actors']);
		} finally {
			await svc.close();
		}
	});
});

describe('ReadService and changes to the data', () => {
	it('with no staleness allowed, a commit by another connection shows in the next answer', async () => {
		const svc = await ReadService.open(store, { threads: 0, file, maxStaleMs: 0, changeCheckMs: 0 });
		try {
			const before = await total(svc);
			expect(await total(svc)).toBe(before);
			expect(svc.cache.hits).toBe(1);
			await addFromElsewhere(1);
			expect(await total(svc)).toBe(before + 1);
		} finally {
			await svc.close();
		}
	});

	it('within the staleness bound another process’s commit is not seen yet, but a write through this server is', async () => {
		const svc = await ReadService.open(store, { threads: 0, file, maxStaleMs: 60_000, changeCheckMs: 0 });
		try {
			const before = await total(svc);
			await addFromElsewhere(2);
			expect(await total(svc)).toBe(before);
			noteLocalWrite();
			expect(await total(svc)).toBe(before + 1);
		} finally {
			await svc.close();
		}
	});

	it('an answer served past half its allowance refreshes itself in the background', async () => {
		// no sweep: the request that is served the stale answer starts the refresh
		const svc = await ReadService.open(store, { threads: 0, file, maxStaleMs: 600, changeCheckMs: 0, sweepMs: 0 });
		try {
			noteLocalWrite();
			const before = await total(svc);
			await addFromElsewhere(3);
			await new Promise((r) => setTimeout(r, 350));
			// still the kept answer (within the bound), and a refresh starts behind it
			expect(await total(svc)).toBe(before);
			const deadline = Date.now() + 10_000;
			while (svc.cache.hits + svc.cache.misses < 10 && Date.now() < deadline) {
				await new Promise((r) => setTimeout(r, 20));
				// the refreshed answer arrives without any request waiting for a query
				if ((await total(svc)) === before + 1) break;
			}
			expect(await total(svc)).toBe(before + 1);
			expect(svc.cache.misses).toBe(1);
		} finally {
			await svc.close();
		}
	});

	it('an answer older than the bound is still served right after another process commits, and the commit shows within the bound', async () => {
		const bound = 2000;
		const svc = await ReadService.open(store, { threads: 0, file, maxStaleMs: bound, changeCheckMs: 0 });
		try {
			noteLocalWrite();
			const p = '/api/events';
			const before = await total(svc);
			await new Promise((r) => setTimeout(r, bound + 200));
			// unchanged data: the old answer, and the data seen unchanged just now
			expect(await total(svc)).toBe(before);
			await addFromElsewhere(5);
			const committed = performance.now();
			const right = await svc.respond(get(p), 'events', u(p));
			expect(right.headers.get('server-timing')).toBe('read;desc=stale');
			expect(JSON.parse(await right.text()).total).toBe(before);
			let seen = before;
			while (seen === before && performance.now() - committed < bound + 2000) {
				await new Promise((r) => setTimeout(r, 50));
				seen = await total(svc);
			}
			expect(seen).toBe(before + 1);
			expect(performance.now() - committed).toBeLessThan(bound + 500);
		} finally {
			await svc.close();
		}
	});

	it('a recently served answer is refreshed after another process commits without a request asking for it', async () => {
		const bound = 2000;
		const svc = await ReadService.open(store, { threads: 0, file, maxStaleMs: bound, changeCheckMs: 0 });
		try {
			noteLocalWrite();
			const p = '/api/events';
			const before = await total(svc);
			await new Promise((r) => setTimeout(r, bound / 2 + 100));
			await addFromElsewhere(6);
			// no request meanwhile: the sweep sees the change and recomputes the answer behind the scenes
			await new Promise((r) => setTimeout(r, 400));
			const after = await svc.respond(get(p), 'events', u(p));
			expect(after.headers.get('server-timing')).toBe('read;desc=fresh');
			expect(JSON.parse(await after.text()).total).toBe(before + 1);
		} finally {
			await svc.close();
		}
	});

	it('identical requests in flight together run one query', async () => {
		let calls = 0;
		const counting = new Proxy(store, {
			get(target, prop, receiver) {
				if (prop === 'listEvents') return (q: Parameters<Store['listEvents']>[0]) => (calls++, target.listEvents(q));
				return Reflect.get(target, prop, receiver);
			}
		});
		const svc = await ReadService.open(counting, { threads: 0, file, maxStaleMs: 0, changeCheckMs: 0 });
		try {
			noteLocalWrite(); // nothing from earlier tests can answer
			const bodies = await Promise.all(Array.from({ length: 10 }, () => svc.respond(get('/api/events?limit=5'), 'events', u('/api/events?limit=5')).then((r) => r.text())));
			expect(new Set(bodies).size).toBe(1);
			expect(calls).toBe(1);
		} finally {
			await svc.close();
		}
	});
});

describe('reader threads (SQLite)', () => {
	it('answer exactly as the store does in-process', async () => {
		const svc = await ReadService.open(store, { threads: 2, file, maxStaleMs: 0 });
		try {
			expect(await svc.pool!.whenReady(60_000)).toBe(2);
			for (const [kind, p] of [
				['events', '/api/events?from=2020-01-01&to=2021-01-01'],
				['buckets', '/api/buckets?unit=day'],
				['graph', '/api/graph'],
				['actors', '/api/actors']
			] as const) {
				const req = parseRead(kind, u(p));
				const viaThread = await svc.pool!.run(req);
				expect(viaThread, p).toEqual(encodeAnswer(await answerRead(store, req)));
			}
			const missing = await svc.pool!.run(parseRead('event', u('/'), '424242'));
			expect(missing.status).toBe(404);
		} finally {
			await svc.close();
		}
	}, 90_000);

	it('when a thread cannot start, requests are answered in-process', async () => {
		const broken = path.join(dir, 'broken-worker.ts');
		writeFileSync(broken, 'throw new Error("this reader cannot start");\n');
		const errors: string[] = [];
		const req = parseRead('events', u('/api/events'));
		const direct = async (r: typeof req) => encodeAnswer(await answerRead(store, r));
		const pool = new ReadPool({ file, threads: 1, entry: broken, fallback: direct, onError: (m) => errors.push(m) });
		try {
			// answered in-process while the thread starts, and after it failed
			expect(await pool.run(req)).toEqual(await direct(req));
			const deadline = Date.now() + 60_000;
			while (errors.length < 1 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
			expect(errors.join('\n')).toMatch(/cannot start/);
			// not replaced: a thread that cannot start would fail again
			await new Promise((r) => setTimeout(r, 300));
			expect(errors).toHaveLength(1);
			expect(pool.readyThreads).toBe(0);
			expect(await pool.run(req)).toEqual(await direct(req));
		} finally {
			await pool.close();
		}
	}, 90_000);

	it('a thread whose source speaks another protocol than the server refuses to start, and reads go on in-process', async () => {
		const errors: string[] = [];
		const req = parseRead('actors', u('/api/actors'));
		const direct = async (r: typeof req) => encodeAnswer(await answerRead(store, r));
		const pool = new ReadPool({ file, threads: 1, protocol: -1, fallback: direct, onError: (m) => errors.push(m) });
		try {
			const deadline = Date.now() + 60_000;
			while (errors.length < 1 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
			expect(errors.join('\n')).toMatch(/read protocol \d+, the server -1 \(rebuild the server\)/);
			expect(await pool.run(req)).toEqual(await direct(req));
		} finally {
			await pool.close();
		}
	}, 90_000);
});

describe('warming up (SQLite)', () => {
	it('warm() returns once both reader threads are up and primed', async () => {
		const svc = await ReadService.open(store, { threads: 2, file, maxStaleMs: 0 });
		try {
			const w = await svc.warm(60_000);
			expect(w).toMatchObject({ threads: 2 });
			expect(svc.pool!.readyThreads).toBe(2);
			// requests go to the in-process fallback only while no thread is ready
			const res = await svc.respond(get('/api/events?limit=2'), 'events', u('/api/events?limit=2'));
			expect(res.status).toBe(200);
			expect(JSON.parse(await res.text()).events).toHaveLength(2);
		} finally {
			await svc.close();
		}
	}, 90_000);

	it('without reader threads there is nothing to wait for', async () => {
		const svc = await ReadService.open(store, { threads: 0, file });
		try {
			expect(await svc.warm()).toEqual({ threads: 0, mode: 'in-process', ms: 0 });
		} finally {
			await svc.close();
		}
	});
});
