import { building } from '$app/environment';
import type { Handle, ServerInit } from '@sveltejs/kit';
import { noteLocalWrite } from './lib/server/api/data-version';
import { warmReads } from './lib/server/api/served';
import { authorizeRequest } from './lib/server/auth/hook';

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Runs before the server listens: the read API's reader threads start and warm up first. */
export const init: ServerInit = async () => {
	if (!building) await warmReads();
};

/**
 * Security headers the CSP of svelte.config.js (kit.csp) does not cover. Pages may
 * be framed only under /embed/*, which exists to be put in other sites' iframes.
 */
export const handle: Handle = async ({ event, resolve }) => {
	// Accounts (SITREP_AUTH=on): sign-in, roles, public views, rate limits; denials get the same headers.
	let response = (await authorizeRequest(event)) ?? (await resolve(event));
	// Any write through this server retires the read API's cached answers, so its author reads it back at once.
	if (!READ_METHODS.has(event.request.method)) noteLocalWrite();
	// some responses (redirects, proxied fetches) carry immutable headers: copy them first
	try {
		response.headers.set('x-content-type-options', 'nosniff');
	} catch {
		response = new Response(response.body, response);
	}
	const embeddable = event.url.pathname === '/embed' || event.url.pathname.startsWith('/embed/');
	const h = response.headers;
	const ancestors = embeddable ? 'frame-ancestors *' : "frame-ancestors 'none'";
	const csp = h.get('content-security-policy');
	// frame-ancestors is ignored in a <meta> CSP, so it must travel as a header
	h.set('content-security-policy', csp ? `${csp.replace(/;?\s*frame-ancestors[^;]*/g, '')}; ${ancestors}` : ancestors);
	if (!embeddable) h.set('x-frame-options', 'DENY');
	h.set('x-content-type-options', 'nosniff');
	h.set('referrer-policy', 'strict-origin-when-cross-origin');
	h.set('cross-origin-opener-policy', 'same-origin');
	h.set('permissions-policy', 'camera=(), microphone=(), geolocation=()');
	return response;
};
