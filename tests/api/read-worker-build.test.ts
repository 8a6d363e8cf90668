/**
 * The reader thread as the production build carries it (scripts/build-read-worker.js):
 * one compiled file that starts without tsx, answers exactly as the store does
 * in-process, and still refuses a server that speaks another protocol.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReadWorker } from '../../scripts/build-read-worker.js';
import { answerRead, encodeAnswer, parseRead } from '../../src/lib/server/api/read';
import { ReadPool } from '../../src/lib/server/api/read-pool';
import { openStore } from '../../src/lib/server/store/index';
import type { Store } from '../../src/lib/server/store/types';
import { tempDir } from '../ingest/helpers';
import { seed } from './seed';

const ROOT = path.join(import.meta.dirname, '..', '..');
const dir = tempDir('sitrep-worker-build-');
const file = path.join(dir, 'reads.db');
// inside the project, as build/server is, so that the compiled file finds better-sqlite3 in node_modules
mkdirSync(path.join(ROOT, '.svelte-kit'), { recursive: true });
const out = mkdtempSync(path.join(ROOT, '.svelte-kit', 'read-worker-test-'));
let store: Store;
let entry = '';
const u = (p: string) => new URL(p, 'http://sitrep.test');

beforeAll(async () => {
	store = await openStore({ url: file });
	await seed(store);
	entry = await buildReadWorker(ROOT, out);
}, 120_000);
afterAll(async () => {
	await store.close();
	rmSync(out, { recursive: true, force: true });
});

describe('compiled reader thread', () => {
	it('starts from the compiled file without tsx and answers as the store does in-process', async () => {
		const errors: string[] = [];
		const direct = async (r: Parameters<typeof answerRead>[1]) => encodeAnswer(await answerRead(store, r));
		const started = performance.now();
		const pool = new ReadPool({ file, threads: 2, entry, fallback: direct, onError: (m) => errors.push(m) });
		try {
			expect(pool.mode).toBe('compiled');
			expect(await pool.whenReady(60_000)).toBe(2);
			console.log(`compiled reader threads ready in ${Math.round(performance.now() - started)} ms`);
			expect(errors).toEqual([]);
			for (const [kind, p] of [
				['events', '/api/events?from=2020-01-01&to=2021-01-01'],
				['events', '/api/events?q=airstrike'],
				['buckets', '/api/buckets?unit=month'],
				['graph', '/api/graph'],
				['actors', '/api/actors?q=a']
			] as const) {
				const req = parseRead(kind, u(p));
				expect(await pool.run(req), p).toEqual(await direct(req));
			}
			expect((await pool.run(parseRead('event', u('/'), '424242'))).status).toBe(404);
		} finally {
			await pool.close();
		}
	}, 90_000);

	it('refuses to serve a server that speaks another protocol; reads go on in-process', async () => {
		const errors: string[] = [];
		const req = parseRead('actors', u('/api/actors'));
		const direct = async (r: typeof req) => encodeAnswer(await answerRead(store, r));
		const pool = new ReadPool({ file, threads: 1, entry, protocol: -1, fallback: direct, onError: (m) => errors.push(m) });
		try {
			const deadline = Date.now() + 60_000;
			while (errors.length < 1 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
			expect(errors.join('\n')).toMatch(/read protocol \d+, the server -1/);
			expect(pool.readyThreads).toBe(0);
			expect(await pool.run(req)).toEqual(await direct(req));
		} finally {
			await pool.close();
		}
	}, 90_000);
});
