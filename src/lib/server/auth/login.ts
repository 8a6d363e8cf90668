/** Signing in and out: rate-limited per client address and per account name; the session travels in a secure HttpOnly cookie. */
import { InputError } from '../../core/types';
import type { SqlStore } from '../store/sql-store';
import { checkLogin, createSession, endSession, type User } from './accounts';
import { SESSION_COOKIE } from './config';
import { limits } from './ratelimit';

export interface CookieJar {
	get(name: string): string | undefined;
	set(name: string, value: string, opts: { path: string; httpOnly: boolean; secure: boolean; sameSite: 'lax' | 'strict'; expires?: Date; maxAge?: number }): void;
	delete(name: string, opts: { path: string }): void;
}

export class TooManyAttempts extends Error {
	constructor(readonly retryAfter: number) {
		super(`too many sign-in attempts; try again in ${retryAfter} s`);
		this.name = 'TooManyAttempts';
	}
}

export class BadLogin extends Error {
	constructor() {
		super('wrong user name or password');
		this.name = 'BadLogin';
	}
}

export async function login(store: SqlStore, cookies: CookieJar, address: string, username: unknown, password: unknown): Promise<User> {
	if (typeof username !== 'string' || typeof password !== 'string' || !username || !password) throw new InputError('give username and password');
	const a = limits.loginByAddress.take(`ip:${address}`);
	const n = limits.loginByName.take(`name:${username.toLowerCase()}`);
	if (!a.ok || !n.ok) throw new TooManyAttempts(Math.max(a.ok ? 0 : a.retryAfter, n.ok ? 0 : n.retryAfter));
	const user = await checkLogin(store, username, password);
	if (!user) throw new BadLogin();
	const s = await createSession(store, user);
	cookies.set(SESSION_COOKIE, s.token, { path: '/', httpOnly: true, secure: true, sameSite: 'lax', expires: s.expires });
	return user;
}

export async function logout(store: SqlStore, cookies: CookieJar): Promise<void> {
	await endSession(store, cookies.get(SESSION_COOKIE));
	cookies.delete(SESSION_COOKIE, { path: '/' });
}
