/**
 * Crash safety: a process killed with SIGKILL in the middle of a batch leaves a
 * consistent SQLite database, and running the batch again finishes it with no
 * duplicates: the result equals an uninterrupted run.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/lib/server/store/index';

const here = path.dirname(fileURLToPath(import.meta.url));
const child = path.join(here, 'crash-child.ts');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sitrep-crash-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
const N = 60;

function run(file: string, killAfter: number | null): Promise<{ saved: number; code: number | null; signal: string | null }> {
	return new Promise((resolve, reject) => {
		const p = spawn(process.execPath, ['--import', 'tsx', child, file, String(N)], { stdio: ['ignore', 'pipe', 'pipe'] });
		let saved = 0, err = '';
		p.stdout.setEncoding('utf8');
		p.stdout.on('data', (chunk: string) => {
			saved += (chunk.match(/^saved /gm) ?? []).length;
			if (killAfter !== null && saved >= killAfter && !p.killed) p.kill('SIGKILL');
		});
		p.stderr.on('data', (c) => (err += c));
		p.on('error', reject);
		p.on('close', (code, signal) => (code && !signal ? reject(new Error(err)) : resolve({ saved, code, signal })));
	});
}

async function snapshot(file: string) {
	const store = await openStore({ file });
	try {
		const db = store.db;
		const one = async <T>(q: ReturnType<typeof sql<T>>) => (await q.execute(db)).rows[0] as T;
		return {
			stats: await store.stats(),
			orphanEvents: (await one(sql<{ n: number }>`SELECT count(*) AS n FROM events e WHERE NOT EXISTS (SELECT 1 FROM mentions m WHERE m.event_id = e.id)`)).n,
			unmergedMentions: (await one(sql<{ n: number }>`SELECT count(*) AS n FROM mentions m WHERE NOT EXISTS (SELECT 1 FROM merges g WHERE g.mention_id = m.id)`)).n,
			rollup: (await one(sql<{ n: number }>`SELECT coalesce(sum(n), 0) AS n FROM day_counts`)).n,
			fts: (await one(sql<{ n: number }>`SELECT count(*) AS n FROM articles_fts`)).n,
			duplicateUrls: (await one(sql<{ n: number }>`SELECT count(*) AS n FROM (SELECT url FROM articles GROUP BY url HAVING count(*) > 1) x`)).n,
			articlesWithoutMentions: (await one(sql<{ n: number }>`SELECT count(*) AS n FROM articles a WHERE NOT EXISTS (SELECT 1 FROM mentions m WHERE m.article_id = a.id)`)).n
		};
	} finally {
		await store.close();
	}
}

describe('crash safety (SQLite)', () => {
	it('survives SIGKILL mid-batch and finishes on re-run with no duplicates', async () => {
		const crashed = path.join(tmp, 'crashed.db');
		const first = await run(crashed, 20);
		expect(first.signal).toBe('SIGKILL');
		const mid = await snapshot(crashed);
		expect(mid.stats.articles).toBeGreaterThanOrEqual(20);
		expect(mid.stats.articles).toBeLessThan(N);
		// Consistent: every stored article came with all of its events, every event has a source, rollups agree.
		expect(mid).toMatchObject({ orphanEvents: 0, unmergedMentions: 0, duplicateUrls: 0, articlesWithoutMentions: 0 });
		expect(mid.rollup).toBe(mid.stats.events);
		expect(mid.fts).toBe(mid.stats.articles);

		const second = await run(crashed, null);
		expect(second.code).toBe(0);
		const reference = path.join(tmp, 'reference.db');
		await run(reference, null);
		const [a, b] = [await snapshot(crashed), await snapshot(reference)];
		expect(a.stats.articles).toBe(N);
		expect(a).toEqual(b);
	}, 180_000);
});
