import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/lib/server/store/index';
import type { SqlStore } from '../../src/lib/server/store/sql-store';
import {
	authorize,
	createToken,
	createUser,
	login,
	markPublic,
	needOf,
	RateLimiter,
	SESSION_COOKIE,
	TooManyAttempts,
	BadLogin,
	type AuthEvent,
	type CookieJar
} from '../../src/lib/server/auth/index';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sitrep-auth-'));
let store: SqlStore;
const PW = 'correct horse battery';

class Jar implements CookieJar {
	values = new Map<string, string>();
	opts: Record<string, unknown> = {};
	get(n: string) {
		return this.values.get(n);
	}
	set(n: string, v: string, o: Record<string, unknown>) {
		this.values.set(n, v);
		this.opts = o;
	}
	delete(n: string) {
		this.values.delete(n);
	}
}

function ev(method: string, url: string, opts: { cookie?: string; bearer?: string; ip?: string } = {}): AuthEvent {
	const headers: Record<string, string> = {};
	if (opts.bearer) headers.authorization = `Bearer ${opts.bearer}`;
	return {
		url: new URL(url, 'http://sitrep.test'),
		request: new Request(new URL(url, 'http://sitrep.test'), { method, headers }),
		cookies: { get: (n: string) => (n === SESSION_COOKIE ? opts.cookie : undefined) },
		getClientAddress: () => opts.ip ?? '203.0.113.9',
		locals: {}
	};
}

async function sessionFor(username: string, ip: string): Promise<string> {
	const jar = new Jar();
	await login(store, jar, ip, username, PW);
	return jar.get(SESSION_COOKIE)!;
}

const check = (e: AuthEvent) => authorize(e, needOf(e), store);

beforeAll(async () => {
	process.env.SITREP_AUTH = 'on';
	store = await openStore({ file: path.join(tmp, 'auth.db') });
	await createUser(store, { username: 'vera', password: PW, role: 'viewer' });
	await createUser(store, { username: 'ed', password: PW, role: 'editor' });
	await createUser(store, { username: 'ada', password: PW, role: 'admin' });
});
afterAll(async () => {
	delete process.env.SITREP_AUTH;
	await store.close();
	fs.rmSync(tmp, { recursive: true, force: true });
});

describe('accounts', () => {
	it('stores argon2id hashes, never the password; session cookies are secure, HttpOnly and SameSite', async () => {
		const rows = await store.db.selectFrom('users' as never).selectAll().execute() as unknown as { password_hash: string }[];
		expect(rows.every((r) => r.password_hash.startsWith('$argon2id$'))).toBe(true);
		expect(JSON.stringify(rows)).not.toContain(PW);
		const jar = new Jar();
		await login(store, jar, '198.51.100.1', 'vera', PW);
		expect(jar.opts).toMatchObject({ httpOnly: true, secure: true, sameSite: 'lax', path: '/' });
		const token = jar.get(SESSION_COOKIE)!;
		const sessions = await store.db.selectFrom('sessions' as never).selectAll().execute() as unknown as { id_hash: string }[];
		expect(sessions.some((s) => s.id_hash === token)).toBe(false);
		await expect(login(store, new Jar(), '198.51.100.1', 'vera', 'wrong password!')).rejects.toBeInstanceOf(BadLogin);
	});

	it('viewer can read but cannot write', async () => {
		const c = await sessionFor('vera', '198.51.100.2');
		expect(await check(ev('GET', '/api/events', { cookie: c }))).toBeNull();
		const w = await check(ev('POST', '/api/corrections', { cookie: c }));
		expect(w!.status).toBe(403);
		expect((await check(ev('POST', '/api/ingest', { cookie: c })))!.status).toBe(403);
	});

	it('editor can write but cannot manage accounts', async () => {
		const c = await sessionFor('ed', '198.51.100.3');
		expect(await check(ev('POST', '/api/corrections', { cookie: c }))).toBeNull();
		expect((await check(ev('GET', '/api/admin/users', { cookie: c })))!.status).toBe(403);
		expect((await check(ev('POST', '/api/admin/users', { cookie: c })))!.status).toBe(403);
		const a = await sessionFor('ada', '198.51.100.3');
		expect(await check(ev('POST', '/api/admin/users', { cookie: a }))).toBeNull();
	});

	it('API tokens work as Bearer, are stored hashed, and carry their account’s role', async () => {
		const { token } = await createToken(store, 'ed', 'script');
		expect(await check(ev('POST', '/api/corrections', { bearer: token }))).toBeNull();
		expect((await check(ev('GET', '/api/admin/users', { bearer: token })))!.status).toBe(403);
		expect((await check(ev('GET', '/api/events', { bearer: token + 'x' })))!.status).toBe(401);
		const rows = await store.db.selectFrom('api_tokens' as never).selectAll().execute() as unknown as { token_hash: string }[];
		expect(rows.some((r) => r.token_hash === token)).toBe(false);
	});

	it('anonymous cannot read a private view; can read an embed of a view an admin marked public, nothing else', async () => {
		expect((await check(ev('GET', '/api/events')))!.status).toBe(401);
		const page = (await check(ev('GET', '/?type=airstrike')))!;
		expect(page.status).toBe(303);
		expect(page.headers.get('location')).toBe('/login?next=%2F%3Ftype%3Dairstrike');
		expect((await check(ev('GET', '/embed/timeline?type=airstrike&from=2021-01-01')))!.status).toBe(303);
		await markPublic(store, 'https://sitrep.test/embed/timeline?from=2021-01-01&type=airstrike', 'strikes 2021', 'ada');
		expect(await check(ev('GET', '/embed/timeline?type=airstrike&from=2021-01-01'))).toBeNull();
		expect(await check(ev('GET', '/embed/map?from=2021-01-01&type=airstrike'))).toBeNull();
		expect((await check(ev('GET', '/embed/map?from=2021-01-01&type=protest')))!.status).toBe(303);
		expect((await check(ev('GET', '/?from=2021-01-01&type=airstrike')))!.status).toBe(303);
		expect((await check(ev('POST', '/embed/timeline?type=airstrike&from=2021-01-01')))!.status).toBe(401);
		expect(await check(ev('GET', '/login'))).toBeNull();
	});

	it('login rate limit holds per address, even with the right password', async () => {
		const ip = '192.0.2.77';
		let limited = 0;
		for (let i = 0; i < 15; i++) {
			try {
				await login(store, new Jar(), ip, 'nobody', 'guess number ' + i);
			} catch (e) {
				if (e instanceof TooManyAttempts) limited++;
				else expect(e).toBeInstanceOf(BadLogin);
			}
		}
		expect(limited).toBe(5);
		await expect(login(store, new Jar(), ip, 'ada', PW)).rejects.toBeInstanceOf(TooManyAttempts);
		await expect(login(store, new Jar(), '192.0.2.78', 'ada', PW)).resolves.toMatchObject({ username: 'ada' });
	});

	it('a rate limiter reopens after its window (injected clock)', () => {
		let t = 0;
		const rl = new RateLimiter({ limit: 2, windowMs: 1000, now: () => t });
		expect([rl.take('k').ok, rl.take('k').ok, rl.take('k').ok]).toEqual([true, true, false]);
		expect(rl.take('k').retryAfter).toBe(1);
		t = 1000;
		expect(rl.take('k').ok).toBe(true);
	});

	it('with accounts off everyone may do everything, and ingestion is still rate limited', async () => {
		process.env.SITREP_AUTH = 'off';
		try {
			expect(await check(ev('POST', '/api/admin/users'))).toBeNull();
			let last: Response | null = null;
			for (let i = 0; i < 31; i++) last = await check(ev('POST', '/api/ingest', { ip: '192.0.2.200' }));
			expect(last!.status).toBe(429);
			expect(last!.headers.get('retry-after')).toMatch(/^\d+$/);
			expect(await check(ev('POST', '/api/ingest', { ip: '192.0.2.201' }))).toBeNull();
		} finally {
			process.env.SITREP_AUTH = 'on';
		}
	});
});
