/**
 * `sitrep ingest` killed with SIGKILL at random points, again and again (≥ 20 kills):
 * after every kill the SQLite file passes integrity_check and every stored article is
 * whole; a final run completes the batch, and the result is the same, table by
 * table, as one uninterrupted run over the same batch.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BATCH_ARTICLES } from '../../src/lib/server/ingest/pipeline';
import { articleCount, BIN, lcg, sqliteProblems, tableCounts, writeSyntheticBatch } from './helpers';

// Ingest commits up to BATCH_ARTICLES at a time, and a kill may let one such commit land (each kill
// after progress does): the batch must outlast 20 kills even when every one of them does.
const KILLS = 20;
const N = BATCH_ARTICLES * (KILLS + 4);
const SEED = Number(process.env.STRESS_SEED ?? 20_261_125);
const dir = mkdtempSync(join(tmpdir(), 'sitrep-kill-'));
const env = { ...process.env, DATABASE_URL: '' };

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function runToEnd(db: string, batch: string) {
	const r = spawnSync(process.execPath, [BIN, '--db', db, 'ingest', batch, '--json', '-q'], { encoding: 'utf8', timeout: 900_000, env });
	expect(r.status, r.stderr).toBe(0);
	return JSON.parse(r.stdout) as { ingested: number; duplicates: number; nearDuplicates: number; failed: number };
}

describe(`kill -9 during ingestion (seed ${SEED})`, () => {
	it(`${KILLS} kills at random points leave a whole database; a re-run finishes with exact counts`, async () => {
		const batch = join(dir, 'batch.ndjson');
		const distinct = writeSyntheticBatch(batch, N);
		const db = join(dir, 'killed.db');
		const random = lcg(SEED);
		const log: string[] = [];
		let kills = 0;
		let firstArticleMs = 3000;
		for (let attempt = 0; kills < KILLS && attempt < KILLS * 3; attempt++) {
			const before = articleCount(db);
			if (before >= distinct) break;
			const child = spawn(process.execPath, [BIN, '--db', db, 'ingest', batch, '-q'], { stdio: 'ignore', env });
			const exited = new Promise<void>((r) => child.once('exit', () => r()));
			// Half the kills land at any moment after start (module loading, migrations, the first
			// transaction); the others once this run has stored something, a random time later.
			const afterProgress = attempt % 2 === 1;
			const started = Date.now();
			if (afterProgress) {
				while (child.exitCode === null && articleCount(db) <= before && Date.now() - started < 120_000) await new Promise((r) => setTimeout(r, 25));
				firstArticleMs = Date.now() - started;
				await new Promise((r) => setTimeout(r, Math.floor(random() * 200)));
			} else {
				// anywhere from spawn to just past the first commit, as last measured: the batch must outlast 20 kills
				await new Promise((r) => setTimeout(r, Math.floor(random() * (firstArticleMs + 500))));
			}
			if (child.exitCode === null) {
				child.kill('SIGKILL');
				kills++;
			}
			await exited;
			const now = articleCount(db);
			log.push(`kill ${kills}: ${afterProgress ? 'after progress' : 'at random'}, ${before} → ${now} articles`);
			expect(sqliteProblems(db), log.join('\n')).toEqual([]);
			expect(now).toBeGreaterThanOrEqual(before);
		}
		console.log(log.join('\n'));
		expect(kills, log.join('\n')).toBeGreaterThanOrEqual(KILLS);

		const stored = articleCount(db);
		expect(stored, 'the kills came too late to interrupt anything').toBeLessThan(distinct);
		const resumed = runToEnd(db, batch);
		expect(resumed.failed).toBe(0);
		expect(resumed.duplicates).toBe(stored);
		expect(resumed.ingested + resumed.nearDuplicates).toBe(distinct - stored);
		expect(articleCount(db)).toBe(distinct);
		expect(sqliteProblems(db)).toEqual([]);

		// idempotent: a further run stores nothing
		const again = runToEnd(db, batch);
		expect(again).toMatchObject({ ingested: 0, nearDuplicates: 0, failed: 0, duplicates: distinct });

		// the same batch in one uninterrupted run gives the same database, table by table
		const clean = join(dir, 'clean.db');
		runToEnd(clean, batch);
		expect(tableCounts(db)).toEqual(tableCounts(clean));
	});
});
