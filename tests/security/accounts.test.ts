/**
 * A team deployment (SITREP_AUTH=on) of the production build: every write endpoint
 * refuses anonymous and viewer requests, account management refuses editors, private
 * views refuse anonymous readers, and the login and ingestion rate limits hold.
 * Builds the app first when no build exists.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createToken, createUser } from '../../src/lib/server/auth/index';
import { openStore } from '../../src/lib/server/store/index';
import { startServer } from '../e2e/server';
import { ensureBuild } from './build';

let base: string;
let stop: (() => Promise<void>) | undefined;
let dir: string;
const tokens: Record<'admin' | 'editor' | 'viewer', string> = { admin: '', editor: '', viewer: '' };

beforeAll(async () => {
	await ensureBuild();
	dir = mkdtempSync(join(tmpdir(), 'sitrep-acct-'));
	const db = join(dir, 'team.db');
	const store = await openStore({ url: db });
	for (const role of ['admin', 'editor', 'viewer'] as const) {
		await createUser(store, { username: `${role}1`, password: `correct horse ${role} battery`, role });
		tokens[role] = (await createToken(store, `${role}1`, 'security test')).token;
	}
	await store.close();
	const server = await startServer(db, { SITREP_AUTH: 'on' });
	base = server.url;
	stop = server.stop;
}, 600_000);
afterAll(async () => {
	await stop?.();
	if (dir) rmSync(dir, { recursive: true, force: true });
});

function call(method: string, path: string, who: 'anonymous' | keyof typeof tokens, body?: unknown, extra: Record<string, string> = {}) {
	const headers: Record<string, string> = { origin: base, ...extra };
	if (who !== 'anonymous') headers.authorization = `Bearer ${tokens[who]}`;
	if (body !== undefined) headers['content-type'] = 'application/json';
	return fetch(base + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), redirect: 'manual' });
}

/** Every endpoint that changes data, with a body it would otherwise accept or at least parse. */
const WRITES: [string, string, unknown][] = [
	['POST', '/api/ingest', { text: 'Gunmen attacked a checkpoint near Kirkuk on Monday, officials said.', published: '2021-03-01' }],
	['POST', '/api/corrections', { action: 'reject', event: '1', reason: 'test' }],
	['POST', '/api/corrections/1/revert', {}],
	['POST', '/api/feeds', { url: 'https://feeds.example.org/world.xml', intervalMinutes: 60 }],
	['DELETE', '/api/feeds?id=1', undefined],
	['DELETE', '/api/admin/sources?source=Wire', undefined],
	['POST', '/api/admin/users', { username: 'mallory', password: 'a long enough password', role: 'admin' }],
	['PATCH', '/api/admin/users/viewer1', { role: 'admin' }],
	['DELETE', '/api/admin/users/editor1', undefined],
	['POST', '/api/admin/public-views', { view: 'timeline' }],
	['DELETE', '/api/admin/public-views?id=1', undefined]
];

describe('accounts on: writes need an editor, management needs an admin', () => {
	for (const [method, path, body] of WRITES) {
		it(`${method} ${path}: anonymous → 401, viewer → 403${path.startsWith('/api/admin') ? ', editor → 403' : ''}`, async () => {
			const anon = await call(method, path, 'anonymous', body);
			expect(anon.status, await anon.text()).toBe(401);
			const viewer = await call(method, path, 'viewer', body);
			expect(viewer.status, await viewer.text()).toBe(403);
			if (path.startsWith('/api/admin')) {
				const editor = await call(method, path, 'editor', body);
				expect(editor.status, await editor.text()).toBe(403);
			}
		});
	}

	it('the same write from an editor is let through (the refusals are about roles, not the request)', async () => {
		const r = await call('POST', '/api/ingest', 'editor', WRITES[0][2]);
		expect(r.status, await r.text()).toBe(200);
	});

	it('a token cannot be minted without an account, and a bad token is no account', async () => {
		expect((await call('POST', '/api/auth/tokens', 'anonymous', { name: 'x' })).status).toBe(401);
		const forged = await fetch(base + '/api/ingest', { method: 'POST', headers: { origin: base, 'content-type': 'application/json', authorization: `Bearer ${tokens.editor.slice(0, -2)}xx` }, body: JSON.stringify(WRITES[0][2]) });
		expect(forged.status).toBe(401);
	});

	it('private views: anonymous readers get 401 from the API and the login page from pages', async () => {
		for (const path of ['/api/events', '/api/actors', '/api/graph', '/api/export?format=csv', '/api/log']) {
			expect((await call('GET', path, 'anonymous')).status, path).toBe(401);
			expect((await call('GET', path, 'viewer')).status, path).toBe(200);
		}
		for (const path of ['/', '/log', '/ingest', '/embed/timeline']) {
			const r = await call('GET', path, 'anonymous');
			expect(r.status, path).toBe(303);
			expect(r.headers.get('location')).toMatch(/^\/login\?next=/);
		}
	});
});

describe('rate limits', () => {
	it('login: wrong passwords from one address are cut off with 429 within a minute', async () => {
		const statuses: number[] = [];
		for (let i = 0; i < 14; i++) {
			const r = await fetch(base + '/api/auth/login', { method: 'POST', headers: { origin: base, 'content-type': 'application/json' }, body: JSON.stringify({ username: 'admin1', password: `guess ${i}` }) });
			statuses.push(r.status);
		}
		expect(statuses.slice(0, 5).every((s) => s === 401), statuses.join(',')).toBe(true);
		expect(statuses.slice(-3).every((s) => s === 429), statuses.join(',')).toBe(true);
		// and the right password does not get through while the limit holds
		const right = await fetch(base + '/api/auth/login', { method: 'POST', headers: { origin: base, 'content-type': 'application/json' }, body: JSON.stringify({ username: 'admin1', password: 'correct horse admin battery' }) });
		expect(right.status).toBe(429);
	});

	it('ingestion: an editor is cut off with 429 after the per-minute allowance', async () => {
		const statuses: number[] = [];
		for (let i = 0; i < 36; i++) {
			const r = await call('POST', '/api/ingest', 'editor', { text: 'x', published: '2021-03-01' });
			statuses.push(r.status);
		}
		expect(statuses.includes(429), statuses.join(',')).toBe(true);
		const first429 = statuses.indexOf(429);
		expect(statuses.slice(first429).every((s) => s === 429), statuses.join(',')).toBe(true);
		expect(statuses.filter((s) => s !== 429).length).toBeLessThanOrEqual(30);
	});
});
