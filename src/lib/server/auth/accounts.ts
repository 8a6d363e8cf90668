/**
 * Accounts, sessions and API tokens. Session ids and tokens are 256-bit random
 * strings given to the client once; only their SHA-256 is stored, so a copy of
 * the database lets no one in. Passwords are argon2id (passwords.ts).
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { InputError } from '../../core/types';
import { asFull, type FullDB } from '../store/migrations-analyst';
import type { SqlStore } from '../store/sql-store';
import { SESSION_SECONDS } from './config';
import { dummyHash, hashPassword, verifyPassword } from './passwords';

export const ROLES = ['viewer', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export interface User {
	id: number;
	username: string;
	role: Role;
}

const db = (store: SqlStore): Kysely<FullDB> => asFull(store.db);
export const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const secret = (prefix: string) => prefix + randomBytes(32).toString('base64url');

function checkRole(role: string): Role {
	if (!(ROLES as readonly string[]).includes(role)) throw new InputError(`role must be one of ${ROLES.join(', ')}`);
	return role as Role;
}

function checkName(name: string): string {
	const n = String(name ?? '').trim();
	if (!/^[A-Za-z0-9._@-]{2,64}$/.test(n)) throw new InputError('a user name has 2–64 letters, digits or . _ @ -');
	return n;
}

export async function createUser(store: SqlStore, input: { username: string; password: string; role: string }): Promise<User> {
	const username = checkName(input.username), role = checkRole(input.role);
	if (await db(store).selectFrom('users').select('id').where('username', '=', username).executeTakeFirst()) throw new InputError(`user ${username} exists`);
	const row = await db(store)
		.insertInto('users')
		.values({ username, password_hash: await hashPassword(input.password), role, created_at: new Date().toISOString(), disabled: 0 })
		.returning('id')
		.executeTakeFirstOrThrow();
	return { id: row.id, username, role };
}

export async function listUsers(store: SqlStore): Promise<(User & { createdAt: string; disabled: boolean })[]> {
	const rows = await db(store).selectFrom('users').select(['id', 'username', 'role', 'created_at', 'disabled']).orderBy('username').execute();
	return rows.map((r) => ({ id: r.id, username: r.username, role: r.role as Role, createdAt: r.created_at, disabled: r.disabled === 1 }));
}

async function userId(store: SqlStore, username: string): Promise<number> {
	const row = await db(store).selectFrom('users').select('id').where('username', '=', String(username)).executeTakeFirst();
	if (!row) throw new InputError(`no user ${username}`);
	return row.id;
}

export async function setRole(store: SqlStore, username: string, role: string): Promise<void> {
	const id = await userId(store, username);
	await db(store).updateTable('users').set({ role: checkRole(role) }).where('id', '=', id).execute();
}

export async function setPassword(store: SqlStore, username: string, password: string): Promise<void> {
	const id = await userId(store, username);
	await db(store).updateTable('users').set({ password_hash: await hashPassword(password) }).where('id', '=', id).execute();
	await db(store).deleteFrom('sessions').where('user_id', '=', id).execute();
}

export async function removeUser(store: SqlStore, username: string): Promise<void> {
	const id = await userId(store, username);
	await db(store).deleteFrom('sessions').where('user_id', '=', id).execute();
	await db(store).deleteFrom('api_tokens').where('user_id', '=', id).execute();
	await db(store).deleteFrom('users').where('id', '=', id).execute();
}

/** The user when name and password match (and the account is enabled), else null; constant work either way. */
export async function checkLogin(store: SqlStore, username: string, password: string): Promise<User | null> {
	const row = await db(store).selectFrom('users').selectAll().where('username', '=', String(username ?? '')).executeTakeFirst();
	if (!row) {
		await verifyPassword(await dummyHash(), String(password ?? ''));
		return null;
	}
	if (!(await verifyPassword(row.password_hash, String(password ?? ''))) || row.disabled) return null;
	return { id: row.id, username: row.username, role: row.role as Role };
}

export async function createSession(store: SqlStore, user: User, nowS = Math.floor(Date.now() / 1000)): Promise<{ token: string; expires: Date }> {
	const token = secret('');
	const expires_s = nowS + SESSION_SECONDS;
	await db(store).insertInto('sessions').values({ id_hash: sha256(token), user_id: user.id, created_at: new Date(nowS * 1000).toISOString(), expires_s }).execute();
	return { token, expires: new Date(expires_s * 1000) };
}

export async function sessionUser(store: SqlStore, token: string | undefined, nowS = Math.floor(Date.now() / 1000)): Promise<User | null> {
	if (!token) return null;
	const row = await db(store)
		.selectFrom('sessions as s')
		.innerJoin('users as u', 'u.id', 's.user_id')
		.select(['u.id', 'u.username', 'u.role', 'u.disabled', 's.expires_s'])
		.where('s.id_hash', '=', sha256(token))
		.executeTakeFirst();
	if (!row || row.disabled || Number(row.expires_s) <= nowS) return null;
	return { id: row.id, username: row.username, role: row.role as Role };
}

export async function endSession(store: SqlStore, token: string | undefined): Promise<void> {
	if (token) await db(store).deleteFrom('sessions').where('id_hash', '=', sha256(token)).execute();
}

/** A new API token for scripts (sent as `Authorization: Bearer …`); shown once, stored hashed. */
export async function createToken(store: SqlStore, username: string, name: string): Promise<{ id: number; token: string }> {
	const uid = await userId(store, username);
	const token = secret('srp_');
	const row = await db(store)
		.insertInto('api_tokens')
		.values({ user_id: uid, name: String(name || 'token').slice(0, 100), token_hash: sha256(token), created_at: new Date().toISOString(), last_used_at: null })
		.returning('id')
		.executeTakeFirstOrThrow();
	return { id: row.id, token };
}

export async function revokeToken(store: SqlStore, id: number): Promise<void> {
	await db(store).deleteFrom('api_tokens').where('id', '=', id).execute();
}

export async function tokenUser(store: SqlStore, token: string | undefined): Promise<User | null> {
	if (!token) return null;
	const row = await db(store)
		.selectFrom('api_tokens as t')
		.innerJoin('users as u', 'u.id', 't.user_id')
		.select(['t.id as tid', 'u.id', 'u.username', 'u.role', 'u.disabled'])
		.where('t.token_hash', '=', sha256(token))
		.executeTakeFirst();
	if (!row || row.disabled) return null;
	await db(store).updateTable('api_tokens').set({ last_used_at: new Date().toISOString() }).where('id', '=', row.tid).execute();
	return { id: row.id, username: row.username, role: row.role as Role };
}

/** Query strings of views an admin marked public: keys sorted, empty values dropped, so equal views compare equal. */
export function normaliseView(query: string | URLSearchParams): string {
	const p = new URLSearchParams(query);
	const pairs = [...p.entries()].filter(([, v]) => v !== '').sort(([a, x], [b, y]) => a.localeCompare(b) || x.localeCompare(y));
	return new URLSearchParams(pairs).toString();
}

export async function markPublic(store: SqlStore, query: string, name: string, by: string): Promise<{ id: number; query: string }> {
	const q = normaliseView(query.replace(/^.*\?/, ''));
	await db(store)
		.insertInto('public_views')
		.values({ name: String(name || q || 'everything').slice(0, 200), query: q, created_by: by, created_at: new Date().toISOString() })
		.onConflict((oc) => oc.column('query').doNothing())
		.execute();
	const row = await db(store).selectFrom('public_views').select(['id', 'query']).where('query', '=', q).executeTakeFirstOrThrow();
	return row;
}

export async function unmarkPublic(store: SqlStore, id: number): Promise<void> {
	await db(store).deleteFrom('public_views').where('id', '=', id).execute();
}

export async function listPublicViews(store: SqlStore): Promise<{ id: number; name: string; query: string; createdBy: string }[]> {
	const rows = await db(store).selectFrom('public_views').selectAll().orderBy('id').execute();
	return rows.map((r) => ({ id: r.id, name: r.name, query: r.query, createdBy: r.created_by }));
}

export async function isPublicView(store: SqlStore, search: URLSearchParams): Promise<boolean> {
	const q = normaliseView(search);
	return Boolean(await db(store).selectFrom('public_views').select('id').where('query', '=', q).executeTakeFirst());
}
