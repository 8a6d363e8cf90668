/**
 * Crash safety: `sitrep ingest` killed with SIGKILL in the middle of a batch
 * leaves a consistent database (each article is one transaction), and running
 * the same command again finishes the job with no duplicates.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleCount as count, sqliteProblems } from '../stress/helpers';
import { story, tempDir } from './helpers';

const BIN = path.resolve(import.meta.dirname, '..', '..', 'bin', 'sitrep.js');
// Ingest commits up to 32 articles (or 250 ms of work) at a time: the batch must be long
// enough that it cannot finish between seeing the first commit and the kill.
const N = 400;

describe('ingest killed mid-batch', () => {
	it('leaves an intact database and a re-run completes with exact counts', async () => {
		const dir = tempDir();
		const batch = path.join(dir, 'batch.ndjson');
		const db = path.join(dir, 'crash.db');
		fs.writeFileSync(
			batch,
			Array.from({ length: N }, (_, i) => JSON.stringify({ id: `c${i}`, text: `${story(i, 'port')} Dispatch ${i}.`, published: '2020-06-01' })).join('\n') + '\n'
		);
		const child = spawn(process.execPath, [BIN, '--db', db, 'ingest', batch, '-q'], { stdio: 'ignore', env: { ...process.env, DATABASE_URL: '' } });
		const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
		const deadline = Date.now() + 180_000;
		let before = 0;
		while (Date.now() < deadline && child.exitCode === null) {
			before = count(db);
			if (before >= 3) break;
			await new Promise((r) => setTimeout(r, 20));
		}
		expect(child.exitCode, 'the batch finished before it could be interrupted').toBeNull();
		child.kill('SIGKILL');
		await exited;
		before = count(db);
		expect(before).toBeGreaterThanOrEqual(3);
		expect(before).toBeLessThan(N);

		// The file is intact and every stored article is whole (bands, full text, mentions, events).
		expect(sqliteProblems(db)).toEqual([]);

		const rerun = spawnSync(process.execPath, [BIN, '--db', db, 'ingest', batch, '--json', '-q'], { encoding: 'utf8', timeout: 300_000, env: { ...process.env, DATABASE_URL: '' } });
		expect(rerun.status, rerun.stderr).toBe(0);
		const s = JSON.parse(rerun.stdout);
		expect(s.failed).toBe(0);
		expect(s.duplicates).toBe(before);
		expect(s.ingested + s.nearDuplicates).toBe(N - before);

		expect(count(db)).toBe(N);
		// no duplicate content hashes, nothing dangling after the re-run either
		expect(sqliteProblems(db)).toEqual([]);
	}, 600_000);
});
