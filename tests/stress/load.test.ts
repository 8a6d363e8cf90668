/**
 * Load on loopback against the production build: 50 concurrent clients for 30 s on
 * the read API over a database of 10,000 SYNTHETIC articles while `sitrep ingest`
 * writes to the same database; then 50 concurrent article uploads, each sent twice
 * at once, must store every article exactly once. Latency percentiles are reported
 * (the p95 < 100 ms target is a measurement, printed, not asserted); errors are asserted.
 */
// @ts-expect-error autocannon ships no type declarations
import autocannon from 'autocannon';
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticArticles } from '../../bench/synthetic';
import { openStore } from '../../src/lib/server/store/index';
import { startServer } from '../e2e/server';
import { articleCount, BIN, cpuSeconds, lcg, percentile, ROOT, writeSyntheticBatch } from './helpers';

const ARTICLES = 10_000;
const dir = mkdtempSync(join(tmpdir(), 'sitrep-load-'));
const db = join(dir, 'load.db');
let base = '';
let stop: (() => Promise<void>) | undefined;
let serverPid: number | undefined;

beforeAll(async () => {
	if (!existsSync(join(ROOT, 'build', 'index.js'))) {
		const b = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'], { cwd: ROOT, encoding: 'utf8' });
		if (b.status !== 0) throw new Error(`vite build failed:\n${b.stderr}`);
	}
	// The corpus goes in through the Store with the extraction the synthetic generator knows,
	// so that filling 10,000 articles measures storage, not the extractor.
	// SITREP_LOAD_DB: a database already filled by this same step (it takes minutes on a busy machine), copied, never modified
	if (process.env.SITREP_LOAD_DB) copyFileSync(process.env.SITREP_LOAD_DB, db);
	const store = await openStore({ url: db });
	const t0 = performance.now();
	if (!process.env.SITREP_LOAD_DB) {
		for (const a of syntheticArticles(ARTICLES, 3)) {
			await store.saveArticle({ text: a.text, published: a.published, url: a.url, title: a.title, source: a.source, language: 'en' }, a.extraction);
		}
	}
	const stats = await store.stats();
	await store.close();
	console.log(`filled: ${stats.articles} SYNTHETIC articles, ${stats.events} events, ${stats.actors} actors in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
	expect(stats.articles).toBe(ARTICLES);
	// uploads below come from 50 simulated clients, told apart by X-Forwarded-For as behind a proxy
	const server = await startServer(db, { ADDRESS_HEADER: 'x-forwarded-for', XFF_DEPTH: '1' });
	base = server.url;
	stop = server.stop;
	serverPid = server.child.pid;
}, 1_200_000);

afterAll(async () => {
	await stop?.();
	rmSync(dir, { recursive: true, force: true });
});

const round = (ms: number) => Math.round(ms * 10) / 10;

/** The endpoint of a path, for the per-endpoint figures: /api/events/:id, /api/events, /api/buckets … */
function endpointOf(p: string): string {
	const pathname = p.split('?')[0];
	return /^\/api\/events\/[^/]+$/.test(pathname) ? '/api/events/:id' : pathname + (p.includes('type=') && pathname === '/api/events' ? '?type' : p.includes('q=') && pathname === '/api/events' ? '?q' : '');
}

/** p50/p95/p99 (ms) of unsorted latencies, with their count. */
function spread(ms: number[]): { n: number; p50: number; p95: number; p99: number } {
	const s = [...ms].sort((a, b) => a - b);
	return { n: s.length, p50: round(percentile(s, 50)), p95: round(percentile(s, 95)), p99: round(percentile(s, 99)) };
}

/** Groups latencies by a label, for the per-endpoint and per-cache-outcome figures. */
function tally(into: Map<string, number[]>, label: string, ms: number): void {
	const list = into.get(label);
	if (list) list.push(ms);
	else into.set(label, [ms]);
}

describe('read API under load while ingestion runs', () => {
	it('50 clients × 30 s: every answer a 200, no connection errors, latency and timeouts reported', async () => {
		const ids = ((await (await fetch(`${base}/api/events?limit=200`)).json()) as { events: { id: string }[] }).events.map((e) => e.id);
		expect(ids.length).toBeGreaterThan(50);
		const r = lcg(5);
		const paths: string[] = [];
		for (let i = 0; i < 400; i++) {
			const y = 2019 + Math.floor(r() * 2);
			const m = 1 + Math.floor(r() * 12);
			const from = `${y}-${String(m).padStart(2, '0')}-01`;
			const to = `${y + 1}-${String(m).padStart(2, '0')}-01`;
			const pick = [
				`/api/events?from=${from}&to=${to}&limit=200`,
				`/api/events?from=${from}&to=${to}&type=airstrike,attack&limit=100`,
				`/api/buckets?unit=${['year', 'month', 'week', 'day'][i % 4]}&from=${from}&to=${to}`,
				`/api/events/${encodeURIComponent(ids[i % ids.length])}`,
				`/api/actors?q=${['Iran', 'Brigade', 'Haddad', 'Syria'][i % 4]}&limit=20`,
				`/api/graph?from=${from}&to=${to}&type=airstrike`,
				`/api/events?q=${['checkpoint', 'rockets', 'talks'][i % 3]}&limit=50`
			];
			paths.push(pick[i % pick.length]);
		}

		// What each request costs alone: every distinct path once on an idle server (a cache miss),
		// then once more (a hit when the server keeps answers); medians and p95 per endpoint.
		const alone = { miss: new Map<string, number[]>(), hit: new Map<string, number[]>() };
		for (const pass of ['miss', 'hit'] as const) {
			for (const p of new Set(paths)) {
				const t = performance.now();
				const res = await fetch(base + p);
				await res.arrayBuffer();
				const ms = performance.now() - t;
				expect(res.status, p).toBe(200);
				const kind = endpointOf(p);
				alone[pass].set(kind, [...(alone[pass].get(kind) ?? []), ms]);
			}
		}
		const costs = Object.fromEntries(
			[...alone.miss.keys()].map((k) => {
				const m = alone.miss.get(k)!.sort((a, b) => a - b);
				const h = alone.hit.get(k)!.sort((a, b) => a - b);
				return [k, { n: m.length, firstMs: { p50: round(percentile(m, 50)), p95: round(percentile(m, 95)) }, againMs: { p50: round(percentile(h, 50)), p95: round(percentile(h, 95)) } }];
			})
		);
		console.log(`ALONE (idle server, each distinct path once, then again; ms): ${JSON.stringify(costs)}`);

		// ingestion into the same database for the whole run
		const batch = join(dir, 'live.ndjson');
		writeSyntheticBatch(batch, 3000, 99);
		const before = articleCount(db);
		const ingester = spawn(process.execPath, [BIN, '--db', db, 'ingest', batch, '-q'], { stdio: 'ignore', env: { ...process.env, DATABASE_URL: '' } });
		// the load starts once the ingester commits (its start-up takes seconds, longer on a busy machine)
		const started = Date.now();
		while (articleCount(db) === before && ingester.exitCode === null && Date.now() - started < 180_000) await new Promise((r) => setTimeout(r, 200));
		expect(ingester.exitCode, 'the ingester stopped before the load started').toBeNull();
		const writing = articleCount(db);

		const latencies: number[] = [];
		const statuses = new Map<number, number>();
		// where the time goes: latency per endpoint and per way the server answered (its Server-Timing
		// header names the read cache outcome), and the CPU each process used during the run
		const byEndpoint = new Map<string, number[]>();
		const byOutcome = new Map<string, number[]>();
		let last = { path: '', outcome: '' };
		const cpuBefore = { server: cpuSeconds(serverPid), ingester: cpuSeconds(ingester.pid), client: process.cpuUsage() };
		let i = 0;
		const instance = autocannon({
			url: base,
			connections: 50,
			duration: 30,
			// a slow answer is measured in the percentiles; only no answer within 30 s is an error
			timeout: 30,
			requests: [
				{
					setupRequest: (req: Record<string, unknown>, context: { path?: string }) => {
						context.path = paths[i++ % paths.length];
						return { ...req, method: 'GET', path: context.path };
					},
					// called just before the 'response' event of the same answer
					onResponse: (_status: number, _body: string, context: { path?: string }, headers: Record<string, string | string[]>) => {
						const timing = String(headers['server-timing'] ?? headers['Server-Timing'] ?? '');
						last = { path: context.path ?? '', outcome: /\bread;desc="?([\w-]+)/.exec(timing)?.[1] ?? 'none' };
					}
				}
			]
		});
		instance.on('response', (_client: unknown, status: number, _bytes: number, ms: number) => {
			latencies.push(ms);
			statuses.set(status, (statuses.get(status) ?? 0) + 1);
			tally(byEndpoint, endpointOf(last.path), ms);
			tally(byOutcome, last.outcome, ms);
		});
		const result = await instance;
		const ingestedDuring = articleCount(db) - writing;
		const clientCpu = process.cpuUsage(cpuBefore.client);
		const cpuUsed = (before: number | null, pid: number | undefined) => {
			const after = cpuSeconds(pid);
			return before === null || after === null ? null : Math.round((after - before) * 10) / 10;
		};
		const cpu = { server: cpuUsed(cpuBefore.server, serverPid), ingester: cpuUsed(cpuBefore.ingester, ingester.pid), loadClient: Math.round((clientCpu.user + clientCpu.system) / 1e5) / 10 };
		ingester.kill('SIGTERM');
		await new Promise((res) => (ingester.exitCode !== null ? res(null) : ingester.once('exit', res)));

		latencies.sort((a, b) => a - b);
		const report = {
			requests: latencies.length,
			rps: Math.round(latencies.length / 30),
			p50: percentile(latencies, 50),
			p95: percentile(latencies, 95),
			p99: percentile(latencies, 99),
			max: latencies[latencies.length - 1],
			errors: result.errors,
			timeouts: result.timeouts,
			non2xx: result.non2xx,
			statuses: Object.fromEntries(statuses),
			articlesIngestedDuringRun: ingestedDuring
		};
		console.log(`LOAD (50 clients, 30 s, ${ARTICLES} SYNTHETIC articles, ingestion running): ${JSON.stringify(report)}; target p95 < 100 ms ${report.p95 < 100 ? 'met' : 'NOT met'}`);
		console.log(`LOAD by endpoint (ms): ${JSON.stringify(Object.fromEntries([...byEndpoint].map(([k, v]) => [k, spread(v)])))}`);
		console.log(`LOAD by read cache outcome (ms): ${JSON.stringify(Object.fromEntries([...byOutcome].map(([k, v]) => [k, spread(v)])))}`);
		console.log(`LOAD CPU seconds used during the 30 s on ${availableParallelism()} cores: ${JSON.stringify(cpu)}; load average ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
		expect(latencies.length).toBeGreaterThan(100);
		// Requests unanswered within 30 s are reported with the latency figures (a target, like p95 < 100 ms,
		// that a shared 2-core machine may miss); a refused, reset or failed request is a defect.
		expect(result.errors - result.timeouts, JSON.stringify(report)).toBe(0);
		expect(result.non2xx, JSON.stringify(report.statuses)).toBe(0);
		expect(ingestedDuring, 'ingestion made no progress during the run').toBeGreaterThan(0);
	});
});

describe('concurrent uploads', () => {
	it('50 different articles, each posted twice at the same moment, are stored exactly once each', async () => {
		const before = articleCount(db);
		const articles = [...syntheticArticles(50, 4242)].map((a, k) => ({ text: `${a.text} Upload ${k}.`, published: a.published.slice(0, 10), title: a.title, source: a.source }));
		// each simulated client sends its article twice at once: 2 requests, inside the per-client ingestion rate limit
		const post = (a: (typeof articles)[number], k: number) =>
			fetch(`${base}/api/ingest`, { method: 'POST', headers: { 'content-type': 'application/json', origin: base, 'x-forwarded-for': `198.51.100.${k + 1}` }, body: JSON.stringify(a) }).then(async (r) => ({ status: r.status, body: (await r.json()) as { results: { status: string; articleId: string | null }[] } }));
		const answers = await Promise.all(articles.flatMap((a, k) => [post(a, k), post(a, k)]));
		for (const a of answers) expect(a.status, JSON.stringify(a.body)).toBe(200);
		const results = answers.map((a) => a.body.results[0]);
		for (let k = 0; k < articles.length; k++) {
			const pair = [results[2 * k], results[2 * k + 1]];
			// one of the two stored it; the other found it already stored (same id)
			expect(pair.filter((p) => p.status === 'duplicate').length, JSON.stringify(pair)).toBe(1);
			expect(pair[0].articleId).toBe(pair[1].articleId);
		}
		expect(new Set(results.map((r) => r.articleId)).size).toBe(articles.length);
		expect(articleCount(db) - before).toBe(articles.length);
	});
});
