/**
 * Store benchmark (`npm run bench -- store`). Inputs are SYNTHETIC (bench/synthetic.ts),
 * for scale only. Measures: store ingest of pre-extracted articles into SQLite (articles/s,
 * peak RSS); end to end, the real `sitrep ingest` command on an NDJSON file (extraction
 * included); window and bucket query latency with 1,000,000 stored events (p95 at three
 * zoom levels); on a throwaway PostgreSQL, the store ingest, then 1 and 2 real `sitrep worker`
 * processes taking `sitrep ingest --queue` jobs, and the 1,000,000-event query timings.
 * Sizes: SITREP_BENCH_ARTICLES, SITREP_BENCH_E2E_ARTICLES, SITREP_BENCH_EVENTS,
 * SITREP_BENCH_PG_ARTICLES; SITREP_BENCH_STORE picks parts.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { sql } from 'kysely';
import { openStore } from '../src/lib/server/store/index';
import { BATCH_ARTICLES, BATCH_ARTICLES_POSTGRES } from '../src/lib/server/ingest/pipeline';
import { defaultExtractThreads } from '../src/lib/server/ingest/extract-pool';
import { spanClass } from '../src/lib/server/store/window';
import { fillDayConfidenceSql } from '../src/lib/server/store/confidence';
import { monthOfDay } from '../src/lib/server/store/save';
import { familyOf } from '../src/lib/graph/families';
import type { Store } from '../src/lib/server/store/types';
import { startPostgres } from '../tests/helpers/pg';
import { lcg, syntheticArticles, writeNdjson, type SyntheticArticle } from './synthetic';

const DAY = 86_400;

function envInt(name: string, dflt: number): number {
	const v = Number(process.env[name]);
	return Number.isInteger(v) && v > 0 ? v : dflt;
}

function p95(samples: number[]): number {
	const s = [...samples].sort((a, b) => a - b);
	return Math.round(s[Math.min(s.length - 1, Math.floor(s.length * 0.95))] * 100) / 100;
}

/** Articles per transaction when ingesting a batch, as the ingest pipeline does (1 = one transaction per article). */
const BATCH = BATCH_ARTICLES;

async function ingest(store: Store, articles: Iterable<SyntheticArticle>, batch: number, onEach?: (i: number) => void) {
	let i = 0, duplicates = 0;
	let pending: SyntheticArticle[] = [];
	const flush = async () => {
		const items = pending.map((a) => ({ article: { text: a.text, published: a.published, url: a.url, title: a.title, source: a.source }, extraction: a.extraction }));
		pending = [];
		const out = batch === 1 ? [await store.saveArticle(items[0].article, items[0].extraction)] : await store.saveArticles(items);
		for (const r of out) {
			if ('error' in r) throw new Error(r.error);
			if (r.duplicateOf) duplicates++;
			onEach?.(++i);
		}
	};
	for (const a of articles) {
		pending.push(a);
		if (pending.length >= batch) await flush();
	}
	if (pending.length) await flush();
	return { count: i, duplicates };
}

async function sqliteIngest(out: Record<string, number>, dir: string) {
	const n = envInt('SITREP_BENCH_ARTICLES', 10_000);
	// One transaction per article, on a smaller corpus, beside the batched run: what grouping commits buys.
	{
		const m = Math.min(n, 2000);
		const store = await openStore({ file: path.join(dir, 'single.db') });
		const t0 = performance.now(), c0 = process.cpuUsage();
		await ingest(store, syntheticArticles(m, 7), 1);
		const seconds = (performance.now() - t0) / 1000, c = process.cpuUsage(c0);
		await store.close();
		out.sqlite_ingest_one_per_tx_articles_per_s = Math.round(m / seconds);
		out.sqlite_ingest_one_per_tx_articles_per_cpu_s = Math.round(m / ((c.user + c.system) / 1e6));
		console.log(`SQLite ingest, one transaction per article: ${m} SYNTHETIC articles in ${seconds.toFixed(1)} s → ${out.sqlite_ingest_one_per_tx_articles_per_s}/s (${out.sqlite_ingest_one_per_tx_articles_per_cpu_s} per CPU-second)`);
	}
	// Streamed, not materialised: memory must stay flat in corpus size.
	const main = await streamedIngest(path.join(dir, 'ingest.db'), n, null);
	out.sqlite_ingest_articles = n;
	out.sqlite_ingest_articles_per_cpu_s = main.perCpuSecond;
	out.sqlite_ingest_articles_per_s = main.perSecond;
	out.sqlite_ingest_peak_rss_mb = main.peakMb;
	out.sqlite_ingest_rss_growth_mb_from_20pct_to_end = main.growthMb;
	out.sqlite_ingest_events = main.events;
	out.sqlite_ingest_mentions = main.mentions;
	out.sqlite_ingest_near_duplicates = main.duplicates;
	console.log(
		`SQLite ingest, ${BATCH} articles per transaction: ${n} SYNTHETIC articles in ${main.seconds.toFixed(1)} s → ${main.perSecond}/s (${main.perCpuSecond} per CPU-second), ` +
			`peak RSS ${main.peakMb} MB, ${main.mentions} mentions → ${main.events} events, ${main.duplicates} near-duplicates`
	);
	// What the resident memory that grows is: the same run with SQLite's page cache at 8 MB instead of the store's 64 MB.
	// If the growth shrinks by the difference, it is the cache filling up to its bound, not memory that grows with the corpus.
	const small = await streamedIngest(path.join(dir, 'ingest-small-cache.db'), n, -8192);
	out.sqlite_ingest_rss_growth_mb_8mb_page_cache = small.growthMb;
	console.log(`  resident memory from 20% of the corpus to the end (GC'd heap ${main.heapMb.join(' → ')} MB): ${signed(main.growthMb)} MB with the 64 MB page cache, ${signed(small.growthMb)} MB with an 8 MB page cache`);
}

const signed = (x: number) => (x >= 0 ? `+${x}` : `${x}`);

/** Ingests n streamed SYNTHETIC articles into a new database; resident memory read after a full GC when available. */
async function streamedIngest(file: string, n: number, cacheSize: number | null) {
	const store = await openStore({ file });
	if (cacheSize !== null) await sql.raw(`PRAGMA cache_size = ${cacheSize}`).execute(store.db);
	const gc = (globalThis as { gc?: () => void }).gc;
	let peak = process.memoryUsage().rss;
	const rssAt: Record<number, number> = {};
	const heapAt: number[] = [];
	const at20 = Math.floor(n / 5 / 250) * 250;
	const t0 = performance.now();
	const c0 = process.cpuUsage();
	const { duplicates } = await ingest(store, syntheticArticles(n, 7), BATCH, (i) => {
		if (i % 250 === 0) {
			const rss = process.memoryUsage().rss;
			peak = Math.max(peak, rss);
			if (i === at20 || i === n) {
				gc?.();
				rssAt[i] = process.memoryUsage().rss;
				heapAt.push(Math.round(process.memoryUsage().heapUsed / 1e6));
			}
		}
	});
	const seconds = (performance.now() - t0) / 1000;
	const c = process.cpuUsage(c0);
	const stats = await store.stats();
	await store.close();
	const marks = Object.keys(rssAt).map(Number).sort((a, b) => a - b);
	return {
		seconds,
		perSecond: Math.round(n / seconds),
		perCpuSecond: Math.round(n / ((c.user + c.system) / 1e6)),
		peakMb: Math.round(peak / 1e6),
		growthMb: marks.length === 2 ? Math.round((rssAt[marks[1]] - rssAt[marks[0]]) / 1e6) : NaN,
		heapMb: heapAt,
		events: stats.events,
		mentions: stats.mentions,
		duplicates
	};
}

/** Bulk-loads synthetic canonical events straight into the tables (bypassing linking) to measure queries at scale. */
export function bulkEvents(file: string, n: number, fromDay: number, days: number) {
	const db = new Database(file);
	db.pragma('journal_mode = WAL');
	db.pragma('synchronous = OFF');
	const r = lcg(99);
	const types = TYPES;
	const ins = db.prepare(
		`INSERT INTO events (type, family, plover, date_value, start_s, end_s, span_class, granularity, basis, place_id, fatalities, confidence, source_count, mention_count, disputed, disputes, label)
		 VALUES (?, ?, NULL, ?, ?, ?, ?, ?, 'explicit', NULL, ?, ?, ?, ?, 0, NULL, ?)`
	);
	const counts = new Map<string, number>();
	// Building indexes and the confidence rollup once after the load is several times faster than maintaining them row by row.
	const indexes = db.prepare(`SELECT name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') AND tbl_name = 'events' AND sql IS NOT NULL`).all() as { name: string; sql: string }[];
	for (const ix of indexes) db.exec(ix.sql.startsWith('CREATE TRIGGER') ? `DROP TRIGGER ${ix.name}` : `DROP INDEX ${ix.name}`);
	db.transaction(() => {
		for (let i = 0; i < n; i++) {
			const type = types[Math.floor(r() * types.length)];
			const day = fromDay + Math.floor(r() * days);
			const x = r();
			// Mostly day-precise, some hour, week, month and year-precise reports.
			const [start, end, gran] =
				x < 0.1 ? [day * DAY + Math.floor(r() * 24) * 3600, 0, 'hour'] : x < 0.9 ? [day * DAY, 0, 'day'] : x < 0.94 ? [day * DAY, 0, 'week'] : x < 0.99 ? [day * DAY, 0, 'month'] : [day * DAY, 0, 'year'];
			const len = gran === 'hour' ? 3600 : gran === 'day' ? DAY : gran === 'week' ? 7 * DAY : gran === 'month' ? 30 * DAY : 365 * DAY;
			const e = (end as number) || (start as number) + len;
			ins.run(type, familyOf(type), new Date((start as number) * 1000).toISOString().slice(0, 10), start, e, spanClass(start as number, e), gran, Math.floor(r() * 5), r(), 1 + Math.floor(r() * 4), 1, `SYNTHETIC event ${i}`);
			const key = `${Math.floor((start as number) / DAY)}|${type}`;
			counts.set(key, (counts.get(key) ?? 0) + 1);
		}
		const dc = db.prepare('INSERT INTO day_counts (day, month, type, n) VALUES (?, ?, ?, ?)');
		for (const [k, v] of counts) {
			const [d, t] = k.split('|');
			dc.run(Number(d), monthOfDay(Number(d)), t, v);
		}
	})();
	db.exec(fillDayConfidenceSql('sqlite'));
	for (const ix of indexes) db.exec(ix.sql);
	db.exec('ANALYZE');
	db.close();
}

/** Untimed runs of each query shape (on other windows) before its timed runs. */
const WARM_RUNS = 10;

async function timeQueries(store: Store, fromDay: number, days: number, runs: number) {
	const r = lcg(5);
	const at = (span: number) => (fromDay + Math.floor(r() * Math.max(1, days - span))) * DAY;
	const iso = (s: number) => new Date(s * 1000).toISOString();
	// Wall time is what a user waits; CPU time is reported beside it because shared machines stall processes.
	const cpu: Record<string, number> = {};
	let current = '';
	const measure = async (fn: () => Promise<unknown>) => {
		const times: number[] = [], cpuTimes: number[] = [];
		for (let i = 0; i < runs; i++) {
			const c0 = process.cpuUsage();
			const t = performance.now();
			await fn();
			times.push(performance.now() - t);
			const c = process.cpuUsage(c0);
			cpuTimes.push((c.user + c.system) / 1000);
		}
		cpu[current] = p95(cpuTimes);
		return p95(times);
	};
	const named = async (name: string, fn: () => Promise<unknown>) => {
		current = name;
		// Warm first (compiled code, prepared statements, the index's upper pages), as in a running server; the
		// cold first queries after opening were the slowest samples and set the p95 of whichever query came first.
		for (let i = 0; i < WARM_RUNS; i++) await fn();
		return measure(fn);
	};
	const window = (spanDays: number, extra: Record<string, unknown> = {}) => () => {
		const s = at(spanDays);
		return store.listEvents({ from: iso(s), to: iso(s + spanDays * DAY), limit: 500, ...extra });
	};
	const wall: Record<string, number> = {
		window_year_p95_ms: await named('window_year', window(365)),
		window_month_p95_ms: await named('window_month', window(30)),
		window_day_p95_ms: await named('window_day', window(1)),
		window_month_type_filter_p95_ms: await named('window_month_type_filter', window(30, { types: ['airstrike'] })),
		buckets_year_all_p95_ms: await named('buckets_year_all', () => store.buckets({ unit: 'year' })),
		buckets_day_over_year_p95_ms: await named('buckets_day_over_year', () => {
			const s = at(365);
			return store.buckets({ unit: 'day', from: iso(s), to: iso(s + 365 * DAY) });
		}),
		buckets_hour_over_week_p95_ms: await named('buckets_hour_over_week', () => {
			const s = at(7);
			return store.buckets({ unit: 'hour', from: iso(s), to: iso(s + 7 * DAY) });
		}),
		buckets_month_over_2y_filtered_p95_ms: await named('buckets_month_over_2y_filtered', () => {
			const s = at(730);
			return store.buckets({ unit: 'month', from: iso(s), to: iso(s + 730 * DAY), minConfidence: 0.5 });
		})
	};
	for (const [k, v] of Object.entries(cpu)) wall[`${k}_cpu_p95_ms`] = v;
	return wall;
}

async function sqliteMillion(out: Record<string, number>, dir: string) {
	const n = envInt('SITREP_BENCH_EVENTS', 1_000_000);
	const file = path.join(dir, 'million.db');
	(await openStore({ file })).close();
	const fromDay = Date.UTC(2015, 0, 1) / 1000 / DAY, days = 3652;
	const t0 = performance.now();
	bulkEvents(file, n, fromDay, days);
	out.sqlite_bulk_events = n;
	out.sqlite_bulk_load_s = Math.round((performance.now() - t0) / 100) / 10;
	const store = await openStore({ file });
	const q = await timeQueries(store, fromDay, days, envInt('SITREP_BENCH_RUNS', 100));
	await store.close();
	for (const [k, v] of Object.entries(q)) out[`sqlite_1m_${k}`] = v;
	console.log(`SQLite, ${n} SYNTHETIC events over 10 years (p95 ms):`, q);
}

const SITREP_BIN = path.resolve(import.meta.dirname, '../bin/sitrep.js');

interface Child {
	pid: number;
	/** resolves with the exit code once the process has ended, and what it wrote. */
	done: Promise<{ code: number; stdout: string; stderr: string }>;
	/** highest resident set size seen (sampled every 250 ms), bytes. */
	peakRss: () => number;
}

/** Runs the real `sitrep` command (bin/sitrep.js) as its own process, as a user or a deployment would. */
function sitrep(args: string[], opts: { nodeArgs?: string[]; env?: NodeJS.ProcessEnv } = {}): Child {
	const child = spawn(process.execPath, [...(opts.nodeArgs ?? []), SITREP_BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...opts.env } });
	let stdout = '', stderr = '', peak = 0;
	child.stdout.on('data', (d) => (stdout += d));
	child.stderr.on('data', (d) => (stderr = (stderr + d).slice(-4000)));
	const sample = setInterval(() => {
		try {
			const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${child.pid}/status`, 'utf8'));
			if (m) peak = Math.max(peak, Number(m[1]) * 1024);
		} catch {
			// the process has just ended
		}
	}, 250);
	const done = new Promise<{ code: number; stdout: string; stderr: string }>((resolve, reject) => {
		child.on('error', reject);
		child.on('close', (code) => {
			clearInterval(sample);
			resolve({ code: code ?? 1, stdout, stderr });
		});
	});
	return { pid: child.pid!, done, peakRss: () => peak };
}

async function mustSucceed(c: Child, what: string) {
	const r = await c.done;
	if (r.code !== 0) throw new Error(`${what} exited with ${r.code}: ${r.stderr.trim().slice(-1500)}`);
	return r;
}

/**
 * End to end on SQLite: the real `sitrep ingest` command on an NDJSON file of SYNTHETIC articles, extraction
 * included (the same code path as any user's batch), twice: on one core (`--threads 0`: one thread extracts and
 * stores, the issue's target) and as the command runs by default on this machine (threads extracting while the
 * main thread stores). Articles/s from the command's own summary (reading, extraction and storing; not the
 * process start-up), and the process's peak RSS.
 */
async function sqliteEndToEnd(out: Record<string, number>, dir: string) {
	const n = envInt('SITREP_BENCH_E2E_ARTICLES', 10_000);
	const file = path.join(dir, 'e2e.ndjson');
	writeNdjson(file, n, 7);
	const threads = defaultExtractThreads();
	for (const [label, key, t] of [
		['one core, --threads 0', 'sqlite_e2e', 0],
		[`default, ${threads} extraction thread${threads === 1 ? '' : 's'} beside the storing one (${os.availableParallelism()} cores)`, 'sqlite_e2e_threaded', threads]
	] as const) {
		if (key === 'sqlite_e2e_threaded' && t === 0) break; // a one-core machine: the default is the first run
		// The heap after a full collection at each fifth of the corpus (src/cli/heapProbe.ts): what stays live, whatever
		// the peak resident size V8's collection schedule reaches (the main thread's heap; threads have their own).
		const child = sitrep(['--db', path.join(dir, `${key}.db`), 'ingest', file, '--json', '--nice', '0', '--threads', String(t)], {
			nodeArgs: ['--expose-gc'],
			env: { SITREP_HEAP_PROBE_EVERY: String(Math.max(1, Math.floor(n / 5))) }
		});
		const r = await mustSucceed(child, 'sitrep ingest');
		const probe = /sitrep-heap-probe (\{.*\})/.exec(r.stderr);
		const heapMb: number[] = probe ? JSON.parse(probe[1]).heapMb : [];
		const summary = JSON.parse(r.stdout.trim().split('\n').pop()!) as { ingested: number; nearDuplicates: number; failed: number; events: number; seconds: number };
		out[`${key}_articles`] = n;
		out[`${key}_threads`] = t;
		out[`${key}_articles_per_s`] = Math.round(n / summary.seconds);
		out[`${key}_peak_rss_mb`] = Math.round(child.peakRss() / 1e6);
		out[`${key}_failed`] = summary.failed;
		if (heapMb.length) {
			out[`${key}_heap_after_gc_first_mb`] = heapMb[0];
			out[`${key}_heap_after_gc_last_mb`] = heapMb[heapMb.length - 1];
		}
		console.log(
			`SQLite end to end (sitrep ingest, extraction included; ${label}): ${n} SYNTHETIC articles in ${summary.seconds.toFixed(1)} s → ${out[`${key}_articles_per_s`]}/s, ` +
				`peak RSS ${out[`${key}_peak_rss_mb`]} MB, ${summary.ingested} ingested + ${summary.nearDuplicates} near-duplicates, ${summary.failed} failed, ${summary.events} events`
		);
		if (heapMb.length) console.log(`  main thread's heap after a full GC at each fifth of the corpus: ${heapMb.join(' → ')} MB (peak RSS follows V8's collection schedule; what stays live is this)`);
	}
}

/**
 * PostgreSQL, twice. The store alone: pre-extracted articles saved in batches by one writer, as the SQLite
 * store figure. Then end to end as a deployment scales out: `sitrep ingest --queue` enqueues an NDJSON file
 * of SYNTHETIC articles, and 1, then 2, real `sitrep worker` processes take the jobs from the pg-boss queue,
 * extract and store them. Articles/s counted from the workers' start to the last article stored (start-up
 * included) and from the first stored article to the last.
 */
async function postgresIngest(out: Record<string, number>, dir: string) {
	const n = envInt('SITREP_BENCH_PG_ARTICLES', 2_000);
	const server = await startPostgres();
	try {
		{
			const store = await openStore({ url: await server.createDatabase('bench_store') });
			const t0 = performance.now();
			await ingest(store, syntheticArticles(n, 11), BATCH_ARTICLES_POSTGRES);
			const seconds = (performance.now() - t0) / 1000;
			await store.close();
			out.postgres_store_ingest_articles_per_s = Math.round(n / seconds);
			console.log(`PostgreSQL store ingest, ${BATCH_ARTICLES_POSTGRES} articles per transaction, one writer: ${n} SYNTHETIC articles in ${seconds.toFixed(1)} s → ${out.postgres_store_ingest_articles_per_s}/s`);
		}
		const file = path.join(dir, 'pg.ndjson');
		writeNdjson(file, n, 11);
		for (const workers of [1, 2]) {
			const url = await server.createDatabase(`bench_workers_${workers}`);
			const store = await openStore({ url });
			await mustSucceed(sitrep(['--db', url, 'ingest', '--queue', file, '--json']), 'sitrep ingest --queue');
			const t0 = performance.now();
			const children = Array.from({ length: workers }, () => sitrep(['--db', url, 'worker', '--batch', String(BATCH_ARTICLES_POSTGRES), '--exit-when-idle', '--idle-ms', '1500', '--json']));
			let first = 0, last = 0, stored = 0, before = 0;
			const ended = Promise.all(children.map((c) => mustSucceed(c, 'sitrep worker')));
			let over = false;
			void ended.finally(() => (over = true)).catch(() => {});
			while (!over && stored < n) {
				await new Promise((r) => setTimeout(r, 100));
				const now = (await store.stats()).articles;
				if (now > 0 && first === 0) [first, before] = [performance.now(), now];
				if (now > stored) [stored, last] = [now, performance.now()];
			}
			await ended;
			const stats = await store.stats();
			await store.close();
			const total = (last - t0) / 1000, steady = (last - first) / 1000;
			out[`postgres_workers_${workers}_articles_per_s`] = Math.round(stats.articles / total);
			out[`postgres_workers_${workers}_articles_per_s_after_startup`] = steady > 0 ? Math.round((stats.articles - before) / steady) : 0;
			out[`postgres_workers_${workers}_articles_stored`] = stats.articles;
			console.log(
				`PostgreSQL, ${workers} sitrep worker process(es), extraction included: ${stats.articles} of ${n} SYNTHETIC articles stored in ${total.toFixed(1)} s → ` +
					`${out[`postgres_workers_${workers}_articles_per_s`]}/s (${out[`postgres_workers_${workers}_articles_per_s_after_startup`]}/s from the first article stored), ${stats.events} events`
			);
		}
	} finally {
		await server.stop();
	}
}

/**
 * The same 1,000,000 SYNTHETIC events in a throwaway PostgreSQL, generated server-side (seeded),
 * with the same mix of precisions and types as bulkEvents, then the same query timings.
 */
async function postgresMillion(out: Record<string, number>) {
	const n = envInt('SITREP_BENCH_EVENTS', 1_000_000);
	const server = await startPostgres();
	try {
		const url = await server.createDatabase('bench_million');
		const store = await openStore({ url });
		const fromDay = Date.UTC(2015, 0, 1) / 1000 / DAY, days = 3652;
		const t0 = performance.now();
		const db = store.db;
		const run = (text: string) => sql.raw(text).execute(db);
		await run(`SELECT setseed(0.42)`);
		// The confidence rollup is filled once after the load, not by its trigger row by row.
		await run('ALTER TABLE events DISABLE TRIGGER events_day_confidence');
		await run(`CREATE TEMP TABLE g AS SELECT i, random() AS r1, random() AS r2, random() AS r3, random() AS r4, random() AS r5 FROM generate_series(1, ${n}) i`);
		await run(`INSERT INTO events (type, family, plover, date_value, start_s, end_s, span_class, granularity, basis, place_id, fatalities, confidence, source_count, mention_count, disputed, disputes, label)
			SELECT t.type, t.family, NULL, to_char(to_timestamp(x.s), 'YYYY-MM-DD'), x.s, x.s + x.len,
				CASE WHEN x.len <= ${2 * DAY} THEN 0 WHEN x.len <= ${8 * DAY} THEN 1 WHEN x.len <= ${32 * DAY} THEN 2 WHEN x.len <= ${367 * DAY} THEN 3 ELSE 4 END,
				x.gran, 'explicit', NULL, floor(x.r4 * 5)::int, x.r5, 1 + floor(x.r3 * 4)::int, 1, 0, NULL, 'SYNTHETIC event ' || x.i
			FROM (SELECT g.*, (${fromDay} + floor(r1 * ${days})::bigint) * ${DAY} + CASE WHEN r2 < 0.1 THEN floor(r3 * 24)::bigint * 3600 ELSE 0 END AS s,
				CASE WHEN r2 < 0.1 THEN 3600 WHEN r2 < 0.9 THEN ${DAY} WHEN r2 < 0.94 THEN ${7 * DAY} WHEN r2 < 0.99 THEN ${30 * DAY} ELSE ${365 * DAY} END AS len,
				CASE WHEN r2 < 0.1 THEN 'hour' WHEN r2 < 0.9 THEN 'day' WHEN r2 < 0.94 THEN 'week' WHEN r2 < 0.99 THEN 'month' ELSE 'year' END AS gran FROM g) x
			JOIN (VALUES ${TYPES.map((t, k) => `(${k}, '${t}', '${familyOf(t)}')`).join(', ')}) AS t(k, type, family) ON t.k = floor(x.r4 * 1000)::int % ${TYPES.length}`);
		await run(`INSERT INTO day_counts (day, month, type, n) SELECT d, (extract(year from to_timestamp(d * ${DAY}))::int * 12 + extract(month from to_timestamp(d * ${DAY}))::int - 1), type, count(*)
			FROM (SELECT floor(start_s / ${DAY})::int AS d, type FROM events) e GROUP BY d, type`);
		await run(fillDayConfidenceSql('postgres'));
		await run('ALTER TABLE events ENABLE TRIGGER events_day_confidence');
		await run('VACUUM ANALYZE events');
		await run('VACUUM ANALYZE day_counts');
		out.postgres_bulk_events = n;
		out.postgres_bulk_load_s = Math.round((performance.now() - t0) / 100) / 10;
		const q = await timeQueries(store, fromDay, days, envInt('SITREP_BENCH_RUNS', 100));
		await store.close();
		for (const [k, v] of Object.entries(q)) out[`postgres_1m_${k}`] = v;
		console.log(`PostgreSQL, ${n} SYNTHETIC events over 10 years (p95 ms):`, q);
	} finally {
		await server.stop();
	}
}

const TYPES = ['airstrike', 'attack', 'rocket_attack', 'protest', 'meeting', 'statement', 'arrest', 'killing'];

/** SITREP_BENCH_STORE=sqlite-ingest,sqlite-e2e,sqlite-1m,pg-ingest,pg-1m runs only those parts (default: all). */
const STORE_PARTS: [string, (out: Record<string, number>, dir: string) => Promise<void>][] = [
	['sqlite-ingest', sqliteIngest],
	['sqlite-e2e', sqliteEndToEnd],
	['sqlite-1m', sqliteMillion],
	['pg-ingest', postgresIngest],
	['pg-1m', (out) => postgresMillion(out)]
];

export async function benchStore(): Promise<Record<string, number>> {
	const out: Record<string, number> = {};
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sitrep-bench-store-'));
	const only = process.env.SITREP_BENCH_STORE?.split(',').map((x) => x.trim());
	try {
		for (const [name, run] of STORE_PARTS) if (!only || only.includes(name)) await run(out, dir);
	} finally {
		fs.rmSync(dir, { recursive: true, force: true });
	}
	return out;
}
