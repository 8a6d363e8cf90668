/**
 * Who may do what, decided once per request in the server hook. With accounts off
 * (the default) everyone is the local user and only the ingestion rate limit
 * applies. With SITREP_AUTH=on: viewers read, editors also write (ingest, correct),
 * admins also manage accounts, tokens and public views; without an account only
 * the embeds of views an admin marked public are readable.
 */
import type { SqlStore } from '../store/sql-store';
import { ROLES, isPublicView, sessionUser, tokenUser, type Role, type User } from './accounts';
import { authEnabled, SESSION_COOKIE } from './config';
import { limits } from './ratelimit';

export type Need = 'public' | 'read' | 'write' | 'admin';

/** The parts of SvelteKit's RequestEvent this needs (tests pass plain objects). */
export interface AuthEvent {
	url: URL;
	request: Request;
	cookies: { get(name: string): string | undefined };
	getClientAddress(): string;
	locals: { user?: User | null };
}

const rank = (r: Role | 'none') => (r === 'none' ? 0 : ROLES.indexOf(r) + 1);
const NEED_RANK: Record<Need, number> = { public: 0, read: 1, write: 2, admin: 3 };

/** What a request needs, from its method and path. */
export function needOf(event: Pick<AuthEvent, 'url' | 'request'>): Need {
	const p = event.url.pathname;
	if (p.startsWith('/_app/') || p === '/favicon.ico' || p === '/favicon.png' || p === '/robots.txt') return 'public';
	if (p === '/login' || p.startsWith('/api/auth/')) return 'public';
	if (p.startsWith('/api/admin/') || p === '/api/admin' || p.startsWith('/admin')) return 'admin';
	const m = event.request.method.toUpperCase();
	if (m === 'GET' || m === 'HEAD' || m === 'OPTIONS') return 'read';
	return 'write';
}

function deny(event: AuthEvent, status: 401 | 403 | 429, message: string, headers: Record<string, string> = {}): Response {
	const api = event.url.pathname.startsWith('/api/') || event.url.pathname.endsWith('/__data.json');
	if (status === 401 && !api && event.request.method === 'GET') {
		const next = event.url.pathname + event.url.search;
		return new Response(null, { status: 303, headers: { location: `/login?next=${encodeURIComponent(next)}` } });
	}
	return new Response(JSON.stringify({ error: message, status }), {
		status,
		headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers }
	});
}

/** The account a request comes from: an API token (Authorization: Bearer) or the session cookie. */
export async function requestUser(event: AuthEvent, store: SqlStore): Promise<User | null> {
	const auth = event.request.headers.get('authorization');
	const bearer = auth && /^Bearer\s+(\S+)$/i.exec(auth)?.[1];
	if (bearer) return tokenUser(store, bearer);
	return sessionUser(store, event.cookies.get(SESSION_COOKIE));
}

function clientKey(event: AuthEvent): string {
	try {
		return event.getClientAddress();
	} catch {
		return 'unknown';
	}
}

/**
 * Null when the request may go on; otherwise the answer to send (303 to the login
 * page for a browser, 401/403/429 JSON for the API). Sets `event.locals.user`.
 */
export async function authorize(event: AuthEvent, need: Need, store: SqlStore): Promise<Response | null> {
	const on = authEnabled();
	const user = on ? await requestUser(event, store) : null;
	event.locals.user = user;
	if (event.request.method === 'POST' && event.url.pathname === '/api/ingest') {
		const hit = limits.ingest.take(user ? `u:${user.id}` : `ip:${clientKey(event)}`);
		if (!hit.ok) return deny(event, 429, `too many ingestion requests; try again in ${hit.retryAfter} s`, { 'retry-after': String(hit.retryAfter) });
	}
	if (!on || need === 'public') return null;
	if (!user) {
		const p = event.url.pathname;
		if (need === 'read' && (p === '/embed' || p.startsWith('/embed/')) && (await isPublicView(store, event.url.searchParams))) return null;
		return deny(event, 401, 'sign in first (POST /api/auth/login, or send Authorization: Bearer TOKEN)');
	}
	if (rank(user.role) < NEED_RANK[need]) return deny(event, 403, `${user.role} accounts cannot ${need === 'admin' ? 'manage accounts or settings' : 'change data'}`);
	return null;
}
