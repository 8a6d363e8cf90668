/**
 * `sitrep serve` with the production build, over real HTTP: the API answers, bad
 * parameters get 400, cross-origin form posts are refused by SvelteKit's CSRF
 * check and cross-origin JSON by the handler, oversize bodies get 413.
 * Runs in the browser stage of `npm test` (after `vite build`), on a copy of the
 * demo database that stage prepares.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
let child: ChildProcess;
let base: string;
let dir: string;

beforeAll(async () => {
	dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sitrep-serve-'));
	const src = inject('dbPath');
	const db = path.join(dir, 'copy.db');
	for (const suffix of ['', '-wal', '-shm']) if (fs.existsSync(src + suffix)) fs.copyFileSync(src + suffix, db + suffix);
	// The server works out its origin from each request; an inherited ORIGIN would pin another one.
	const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: '' };
	delete env.ORIGIN;
	child = spawn(process.execPath, [path.join(ROOT, 'bin', 'sitrep.js'), '--db', db, 'serve', '--port', '0', '--host', '127.0.0.1'], {
		cwd: ROOT,
		env,
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let log = '';
	base = await new Promise<string>((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error(`sitrep serve printed no URL within 60 s:\n${log}`)), 60_000);
		child.stdout!.on('data', (d) => {
			log += d;
			const m = /serving (http:\/\/\S+)/.exec(log);
			if (m) {
				clearTimeout(timer);
				resolve(m[1]);
			}
		});
		child.stderr!.on('data', (d) => (log += d));
		child.on('exit', (code) => reject(new Error(`sitrep serve exited (${code}):\n${log}`)));
	});
});

afterAll(async () => {
	if (child && child.exitCode === null) {
		const exited = new Promise((r) => child.once('exit', r));
		child.kill('SIGTERM');
		await exited;
	}
	fs.rmSync(dir, { recursive: true, force: true });
});

describe('sitrep serve', () => {
	it('prints its URL and serves the read API from the database it was given', async () => {
		expect(base).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
		const res = await fetch(`${base}/api/events?limit=5`);
		expect(res.status).toBe(200);
		const body = await res.json();
		expect(body.total).toBeGreaterThan(0);
		expect(body.events).toHaveLength(5);
		const detail = await fetch(`${base}/api/events/${body.events[0].id}`);
		expect((await detail.json()).sources.length).toBeGreaterThan(0);
		const buckets = await (await fetch(`${base}/api/buckets?unit=month`)).json();
		expect(buckets.buckets.reduce((n: number, b: { count: number }) => n + b.count, 0)).toBe(body.total);
	});

	it('answers 400 with the reason for bad parameters', async () => {
		const res = await fetch(`${base}/api/events?limit=lots`);
		expect(res.status).toBe(400);
		expect((await res.json()).error).toMatch(/"limit" must be a whole number/);
	});

	it('refuses cross-origin posts: form content types by the CSRF check, JSON by the handler', async () => {
		for (const type of ['application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'text/plain', 'TEXT/PLAIN', 'application/json']) {
			const res = await fetch(`${base}/api/ingest`, {
				method: 'POST',
				headers: { 'content-type': type, origin: 'https://evil.example' },
				body: type.includes('json') ? JSON.stringify({ text: 'x' }) : 'text=x'
			});
			expect(res.status, type).toBe(403);
			const text = await res.text();
			// Form content types never reach the handler: SvelteKit's own CSRF check answers.
			if (type.includes('json')) expect(text).toMatch(/cross-origin request refused/);
			else expect(text, type).toMatch(/Cross-site POST form submissions are forbidden/);
		}
	});

	it('answers 413 for a body over the limit and stores a same-origin article', async () => {
		const big = await fetch(`${base}/api/ingest`, {
			method: 'POST',
			headers: { 'content-type': 'application/json', origin: base },
			body: JSON.stringify({ text: 'word '.repeat(600_000) })
		});
		expect(big.status).toBe(413);
		const ok = await fetch(`${base}/api/ingest`, {
			method: 'POST',
			headers: { 'content-type': 'application/json', origin: base },
			body: JSON.stringify({ text: 'Officials said on Monday that a new bridge opened in the northern district after three years of work.', published: '2021-03-01' })
		});
		expect(ok.status).toBe(200);
		expect((await ok.json()).results[0].status).toBe('ingested');
	});
});
