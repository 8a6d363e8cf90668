/**
 * The reader threads' queue (read-queue.ts): which request runs next, and that
 * scheduling many at once (some in the background, some moved ahead) still gives
 * every one the answer the store gives in-process.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerRead, encodeAnswer, parseRead, type ReadRequest } from '../../src/lib/server/api/read';
import { ReadPool } from '../../src/lib/server/api/read-pool';
import { costClass, nextInQueue, type Queued } from '../../src/lib/server/api/read-queue';
import { openStore } from '../../src/lib/server/store/index';
import type { Store } from '../../src/lib/server/store/types';
import { tempDir } from '../ingest/helpers';
import { seed } from './seed';

const u = (p: string) => new URL(p, 'http://sitrep.test');

describe('the next request to run', () => {
	const costs: Record<string, number> = { events: 30, event: 0.5, graph: 25 };
	const costOf = (cls: string) => costs[cls] ?? 10;
	const q = (cls: string, at: number, background = false): Queued => ({ cls, at, background });

	it('is one someone waits for before any background refresh, however cheap the refresh', () => {
		expect(nextInQueue([q('event', 0, true), q('events', 1)], costOf, 2)).toBe(1);
		expect(nextInQueue([q('events', 0, true), q('event', 1, true)], costOf, 2)).toBe(1);
	});

	it('is the cheapest kind among requests that came together, the oldest of one kind', () => {
		expect(nextInQueue([q('events', 0), q('graph', 0), q('event', 0), q('event', 0)], costOf, 5)).toBe(2);
		expect(nextInQueue([q('events', 0), q('events', 1)], costOf, 5)).toBe(0);
		// a kind never measured is guessed, not taken as free
		expect(nextInQueue([q('mystery', 0), q('event', 0)], costOf, 5)).toBe(1);
	});

	it('is an expensive one once it has waited in proportion to its cost, even when every request has waited long', () => {
		// events (30 ms) waited w, event (0.5 ms) waited 1 ms: ratios (w + 30) / 30 and 3
		const now = 10_000;
		expect(nextInQueue([q('events', now - 61), q('event', now - 1)], costOf, now)).toBe(0);
		expect(nextInQueue([q('events', now - 59), q('event', now - 1)], costOf, now)).toBe(1);
		// overloaded: both waited seconds, the cheap one still goes first
		expect(nextInQueue([q('events', now - 3000), q('event', now - 2000)], costOf, now)).toBe(1);
	});

	it('tells apart kinds of query whose costs differ by orders of magnitude', () => {
		const kinds = ['/api/events?q=rockets', '/api/events?from=2020-01-01', '/api/buckets?unit=day', '/api/buckets?unit=year'];
		const parsed: ReadRequest[] = [parseRead('events', u(kinds[0])), parseRead('events', u(kinds[1])), parseRead('buckets', u(kinds[2])), parseRead('buckets', u(kinds[3]))];
		expect(new Set(parsed.map(costClass)).size).toBe(4);
		expect(costClass(parseRead('event', u('/'), '12'))).toBe('event');
	});
});

describe('a pool under many requests at once', () => {
	const dir = tempDir('sitrep-pool-');
	const file = path.join(dir, 'pool.db');
	let store: Store;
	beforeAll(async () => {
		store = await openStore({ url: file });
		await seed(store);
	});
	afterAll(async () => {
		await store.close();
	});

	it('a thread takes the requests someone waits for before a background refresh sent earlier', async () => {
		const direct = async (r: ReadRequest) => encodeAnswer(await answerRead(store, r));
		const pool = new ReadPool({ file, threads: 1, fallback: direct });
		try {
			expect(await pool.whenReady(60_000)).toBe(1);
			const order: string[] = [];
			const send = (name: string, p: string, background: boolean) =>
				pool.schedule(parseRead('events', u(p)), background).answer.then(() => {
					order.push(name);
				});
			// all sent in one turn of the event loop: the thread finds them queued together behind the first
			await Promise.all([
				send('first', '/api/events?limit=1', false),
				send('refresh', '/api/events?limit=2', true),
				send('wanted-1', '/api/events?limit=3', false),
				send('wanted-2', '/api/events?limit=4', false)
			]);
			expect(order.indexOf('refresh')).toBeGreaterThan(order.indexOf('wanted-1'));
			expect(order.indexOf('refresh')).toBeGreaterThan(order.indexOf('wanted-2'));
		} finally {
			await pool.close();
		}
	}, 90_000);

	it('answers every request as the store does, background and promoted ones included, and learns what each kind costs', async () => {
		const direct = async (r: ReadRequest) => encodeAnswer(await answerRead(store, r));
		const pool = new ReadPool({ file, threads: 1, fallback: direct });
		try {
			expect(await pool.whenReady(60_000)).toBe(1);
			const paths: [Parameters<typeof parseRead>[0], string][] = [
				['events', '/api/events?from=2020-01-01&to=2021-01-01'],
				['events', '/api/events?q=airstrike'],
				['buckets', '/api/buckets?unit=month'],
				['buckets', '/api/buckets?unit=year'],
				['graph', '/api/graph'],
				['actors', '/api/actors?q=a']
			];
			const reqs = Array.from({ length: 36 }, (_, i) => parseRead(paths[i % paths.length][0], u(paths[i % paths.length][1])));
			const tickets = reqs.map((r, i) => pool.schedule(r, i % 3 === 0));
			// someone now waits for half of the background ones
			tickets.forEach((t, i) => i % 6 === 0 && t.promote());
			const answers = await Promise.all(tickets.map((t) => t.answer));
			for (let i = 0; i < reqs.length; i++) expect(answers[i], paths[i % paths.length][1]).toEqual(await direct(reqs[i]));
			for (const r of reqs) expect(pool.measuredCost(costClass(r)), costClass(r)).toBeGreaterThan(0);
		} finally {
			await pool.close();
		}
	}, 90_000);
});
