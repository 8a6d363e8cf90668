/**
 * Faults under ingestion: the disk fills up (a size-capped SQLite database), and the
 * PostgreSQL connection is cut mid-batch (pg_terminate_backend). Each time the run
 * stops with a clear error or carries on, the database stays whole (no article half
 * written), and a later run finishes with exactly the counts of an undisturbed run.
 */
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticArticles, type SyntheticArticle } from '../../bench/synthetic';
import type { ArticleInput, Extraction } from '../../src/lib/core/types';
import { ingest } from '../../src/lib/server/ingest/pipeline';
import type { Source } from '../../src/lib/server/ingest/types';
import { openStore, SqlStore } from '../../src/lib/server/store/index';
import type { DB } from '../../src/lib/server/store/schema';
import { startPostgres, type PgServer } from '../helpers/pg';
import { sqliteProblems, tableCounts } from './helpers';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-faults-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// The synthetic corpus carries the extraction a perfect extractor would give: the faults
// are in storage, so extraction is replaced by a lookup to keep the runs short.
const corpus: SyntheticArticle[] = [...syntheticArticles(160, 11)];
const byText = new Map(corpus.map((a) => [a.text, a.extraction]));
const lookup = (input: ArticleInput): Extraction => structuredClone(byText.get(input.text)!);
const sources: Source[] = corpus.map((a) => ({ kind: 'text', text: a.text, published: a.published, title: a.title, source: a.source, url: a.url, id: a.id }));
const distinct = new Set(corpus.map((a) => a.text)).size;

describe('disk full (SQLite capped with max_page_count)', () => {
	it('fails with a clear error, keeps every stored article whole, and finishes once there is room', async () => {
		const file = join(dir, 'full.db');
		(await openStore({ url: file })).close();
		const sqlite = new Database(file);
		sqlite.pragma('journal_mode = WAL');
		sqlite.pragma('foreign_keys = ON');
		const store = new SqlStore(new Kysely<DB>({ dialect: new SqliteDialect({ database: sqlite }) }), 'sqlite');
		const first = await ingest(sources.slice(0, 20), { store, extract: lookup });
		expect(first.failed).toBe(0);
		const pages = Number(sqlite.pragma('page_count', { simple: true }));
		// room for a few more articles, not for the batch
		sqlite.pragma(`max_page_count = ${pages + 40}`);
		let error: Error | null = null;
		try {
			await ingest(sources, { store, extract: lookup });
		} catch (e) {
			error = e as Error;
		}
		expect(error, 'the batch cannot fit, so the run must stop').not.toBeNull();
		expect(error!.message).toMatch(/full/i);
		const storedAtFull = (await store.stats()).articles;
		expect(storedAtFull).toBeGreaterThanOrEqual(20);
		expect(storedAtFull).toBeLessThan(distinct);
		await store.close();
		expect(sqliteProblems(file)).toEqual([]);

		// room again (a fresh connection has no cap): the same batch completes exactly
		const again = await openStore({ url: file });
		const done = await ingest(sources, { store: again, extract: lookup });
		await again.close();
		expect(done.failed).toBe(0);
		expect(done.duplicates).toBe(storedAtFull);
		expect(sqliteProblems(file)).toEqual([]);

		const clean = join(dir, 'full-clean.db');
		const ref = await openStore({ url: clean });
		await ingest(sources, { store: ref, extract: lookup });
		await ref.close();
		expect(tableCounts(file)).toEqual(tableCounts(clean));
	});
});

describe('PostgreSQL connection dropped mid-batch', () => {
	let server: PgServer;
	beforeAll(async () => {
		server = await startPostgres();
	}, 300_000);
	afterAll(async () => {
		await server?.stop();
	});

	async function pgCounts(url: string): Promise<Record<string, number>> {
		const c = new pg.Client({ connectionString: url });
		await c.connect();
		try {
			const tables = (await c.query("SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename NOT LIKE 'kysely_%' ORDER BY tablename")).rows.map((r) => r.tablename as string);
			const out: Record<string, number> = {};
			for (const t of tables) out[t] = Number((await c.query(`SELECT count(*) AS n FROM "${t}"`)).rows[0].n);
			return out;
		} finally {
			await c.end();
		}
	}

	async function pgProblems(url: string): Promise<string[]> {
		const c = new pg.Client({ connectionString: url });
		await c.connect();
		try {
			const out: string[] = [];
			const checks: [string, string][] = [
				['articles without hash bands', 'SELECT count(*) AS n FROM articles a WHERE NOT EXISTS (SELECT 1 FROM article_bands b WHERE b.article_id = a.id)'],
				['mentions of missing articles', 'SELECT count(*) AS n FROM mentions m WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = m.article_id)'],
				['mentions of missing events', 'SELECT count(*) AS n FROM mentions m WHERE m.event_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM events e WHERE e.id = m.event_id)'],
				['articles with fewer mentions than their events', 'SELECT count(*) AS n FROM articles a WHERE a.story_id IS NULL'],
				['duplicate content hashes', 'SELECT count(*) - count(DISTINCT content_hash) AS n FROM articles']
			];
			for (const [what, q] of checks) {
				const n = Number((await c.query(q)).rows[0].n);
				if (n !== 0) out.push(`${what}: ${n}`);
			}
			return out;
		} finally {
			await c.end();
		}
	}

	it('each cut stops or retries cleanly, nothing is half-written, and a re-run completes with exact counts', async () => {
		const url = await server.createDatabase('dropped');
		const killer = new pg.Client({ connectionString: server.url });
		await killer.connect();
		const log: string[] = [];
		try {
			for (let round = 0; round < 5; round++) {
				const store = await openStore({ url });
				const before = (await store.stats()).articles;
				if (before >= distinct) {
					await store.close();
					break;
				}
				let stored = before;
				const run = ingest(sources, {
					store,
					extract: lookup,
					onProgress: (p) => {
						if (p.last.status !== 'failed') stored++;
					}
				}).then(
					(s) => ({ ok: true as const, s }),
					(e: Error) => ({ ok: false as const, e })
				);
				const started = Date.now();
				while (stored < before + 5 + round * 3 && Date.now() - started < 120_000) await new Promise((r) => setTimeout(r, 5));
				const cut = await killer.query("SELECT count(pg_terminate_backend(pid)) AS n FROM pg_stat_activity WHERE datname = 'dropped' AND pid <> pg_backend_pid()");
				const outcome = await run;
				log.push(`round ${round}: cut ${cut.rows[0].n} connection(s) after ${stored - before} articles → ${outcome.ok ? 'completed' : `stopped: ${outcome.e.message}`}`);
				if (!outcome.ok) expect(outcome.e.message, log.join('\n')).toMatch(/terminat|connection|closed|ECONNRESET/i);
				await store.close().catch(() => {});
				expect(await pgProblems(url), log.join('\n')).toEqual([]);
			}
		} finally {
			await killer.end();
		}
		console.log(log.join('\n'));

		const store = await openStore({ url });
		const done = await ingest(sources, { store, extract: lookup });
		const stats = await store.stats();
		await store.close();
		expect(done.failed).toBe(0);
		expect(stats.articles).toBe(distinct);
		expect(await pgProblems(url)).toEqual([]);

		const cleanUrl = await server.createDatabase('undisturbed');
		const ref = await openStore({ url: cleanUrl });
		await ingest(sources, { store: ref, extract: lookup });
		await ref.close();
		expect(await pgCounts(url)).toEqual(await pgCounts(cleanUrl));
	});
});
