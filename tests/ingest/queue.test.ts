/**
 * Scale-out: `sitrep ingest --queue` enqueues into pg-boss in a throwaway
 * PostgreSQL, two `sitrep worker` processes take the jobs, and every article is
 * stored exactly once.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPostgres, type PgServer } from '../helpers/pg';
import { story, tempDir } from './helpers';

const BIN = path.resolve(import.meta.dirname, '..', '..', 'bin', 'sitrep.js');
const N = 40;

let server: PgServer;
let url: string;

beforeAll(async () => {
	server = await startPostgres();
	url = await server.createDatabase('queue_test');
}, 180_000);
afterAll(async () => {
	await server?.stop();
});

function worker(extra: string[] = []): Promise<{ code: number | null; stdout: string; stderr: string }> {
	return new Promise((resolve) => {
		const child = spawn(process.execPath, [BIN, '--db', url, 'worker', '--exit-when-idle', '--idle-ms', '8000', '--json', ...extra], { env: { ...process.env, DATABASE_URL: '' } });
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (d) => (stdout += d));
		child.stderr.on('data', (d) => (stderr += d));
		child.on('close', (code) => resolve({ code, stdout, stderr }));
	});
}

describe('queue and workers', () => {
	it('two workers ingest a batch with no loss and no duplicates', async () => {
		const dir = tempDir();
		const batch = path.join(dir, 'batch.ndjson');
		// Ten lines repeat earlier ones: the same article enqueued twice must still be stored once.
		const lines = Array.from({ length: N }, (_, i) => ({ id: `a${i}`, text: `${story(i)} Report ${i} of the batch.`, published: '2020-04-01' }));
		fs.writeFileSync(batch, [...lines, ...lines.slice(0, 10)].map((l) => JSON.stringify(l)).join('\n') + '\n');

		// Workers first, so that both are waiting when the jobs arrive. One takes a job at a time, the other
		// eight at once and stores them in one transaction (a repeat may then arrive in the same batch).
		const workers = [worker(), worker(['--batch', '8'])];
		await new Promise((r) => setTimeout(r, 3000));
		const enqueue = spawnSync(process.execPath, [BIN, '--db', url, 'ingest', batch, '--queue', '--json'], { encoding: 'utf8', timeout: 120_000, env: { ...process.env, DATABASE_URL: '' } });
		expect(enqueue.stderr).toBe('');
		expect(JSON.parse(enqueue.stdout)).toMatchObject({ enqueued: N + 10, failed: 0 });

		const done = await Promise.all(workers);
		for (const w of done) expect(w.code, w.stderr).toBe(0);
		const summaries = done.map((w) => JSON.parse(w.stdout.trim().split('\n').pop()!));
		const processed = summaries.reduce((n, s) => n + s.ingested + s.duplicates + s.nearDuplicates + s.failed, 0);
		expect(processed).toBe(N + 10);
		expect(summaries.reduce((n, s) => n + s.failed, 0)).toBe(0);
		expect(summaries.reduce((n, s) => n + s.duplicates, 0)).toBe(10);

		const client = new pg.Client({ connectionString: url });
		await client.connect();
		try {
			const { rows } = await client.query('SELECT count(*)::int AS n, count(DISTINCT content_hash)::int AS d FROM articles');
			expect(rows[0]).toEqual({ n: N, d: N });
			const jobs = await client.query(`SELECT state, count(*)::int AS n FROM pgboss.job WHERE name = 'sitrep-ingest' GROUP BY state`);
			expect(Object.fromEntries(jobs.rows.map((r) => [r.state, r.n]))).toEqual({ completed: N + 10 });
		} finally {
			await client.end();
		}
		// Both workers took part (the point of running two).
		for (const s of summaries) expect(s.ingested + s.duplicates + s.nearDuplicates).toBeGreaterThan(0);
	}, 600_000);
});
