/**
 * Fetching user-given URLs without letting them reach inside the network (SSRF).
 * The address is checked on the DNS answer the socket actually connects to (a
 * custom `lookup`, so a name cannot resolve to a public address when checked and a
 * private one when used) and again on every redirect hop. Bodies are streamed and
 * cut at a size cap; connect and total time are bounded.
 *
 * The only way around the address check is the `allowHosts` constructor option,
 * which code passes (tests use it to reach their own 127.0.0.1 server). No
 * environment variable or request parameter can widen it.
 */
import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { blockedReason, isIpLiteral } from './address';
import type { FetchedResource, Fetcher } from './types';

export type FetchErrorCode =
	| 'bad-url'
	| 'scheme'
	| 'blocked-address'
	| 'dns'
	| 'unreachable'
	| 'timeout'
	| 'too-large'
	| 'too-many-redirects'
	| 'content-type'
	| 'http-status'
	| 'network';

export class FetchError extends Error {
	constructor(
		readonly code: FetchErrorCode,
		message: string
	) {
		super(message);
		this.name = 'FetchError';
	}
}

export interface SafeFetcherOptions {
	/** Host names or IP literals exempt from the address check. Code-only: for tests and trusted setups. */
	allowHosts?: readonly string[];
	/** Largest body accepted, in bytes (default 5 MiB). */
	maxBytes?: number;
	/** Time to establish the connection (default 5 s). */
	connectTimeoutMs?: number;
	/** Time for the whole fetch, redirects included (default 20 s). */
	totalTimeoutMs?: number;
	/** Redirects followed before giving up (default 5). */
	maxRedirects?: number;
	userAgent?: string;
}

/** What ingestion accepts by default: pages, plain text, feeds, JSON batches. */
export const INGEST_CONTENT_TYPES = [
	'text/html',
	'application/xhtml+xml',
	'text/plain',
	'application/rss+xml',
	'application/atom+xml',
	'application/rdf+xml',
	'application/xml',
	'text/xml',
	'application/json',
	'application/x-ndjson',
	'application/ndjson'
] as const;

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

function hostOf(url: URL): string {
	return url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
}

function decode(bytes: Buffer, contentType: string): string {
	const charset = /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType)?.[1];
	try {
		return new TextDecoder(charset ?? 'utf-8').decode(bytes);
	} catch {
		return new TextDecoder('utf-8').decode(bytes);
	}
}

export class SafeFetcher implements Fetcher {
	private readonly allow: ReadonlySet<string>;
	private readonly maxBytes: number;
	private readonly connectTimeoutMs: number;
	private readonly totalTimeoutMs: number;
	private readonly maxRedirects: number;
	private readonly userAgent: string;

	constructor(opts: SafeFetcherOptions = {}) {
		this.allow = new Set((opts.allowHosts ?? []).map((h) => h.replace(/^\[|\]$/g, '').toLowerCase()));
		this.maxBytes = opts.maxBytes ?? 5 * 1024 * 1024;
		this.connectTimeoutMs = opts.connectTimeoutMs ?? 5_000;
		this.totalTimeoutMs = opts.totalTimeoutMs ?? 20_000;
		this.maxRedirects = opts.maxRedirects ?? 5;
		this.userAgent = opts.userAgent ?? 'sitrep/0.1 (news ingestion)';
	}

	async fetch(url: string, opts: { accept?: readonly string[]; conditional?: { etag?: string | null; lastModified?: string | null } } = {}): Promise<FetchedResource> {
		const accept = opts.accept ?? INGEST_CONTENT_TYPES;
		const deadline = Date.now() + this.totalTimeoutMs;
		let current = this.check(url);
		for (let hop = 0; ; hop++) {
			const res = await this.request(current, deadline, accept, opts.conditional);
			if (res.redirect) {
				if (hop >= this.maxRedirects) {
					throw new FetchError('too-many-redirects', `refused: more than ${this.maxRedirects} redirects (last to ${res.redirect})`);
				}
				current = this.check(res.redirect, current);
				continue;
			}
			return res.resource!;
		}
	}

	/** Validates scheme and (for IP literals) address before any connection is made. */
	private check(raw: string, base?: URL): URL {
		let url: URL;
		try {
			url = new URL(raw, base);
		} catch {
			throw new FetchError('bad-url', `not a valid URL: ${JSON.stringify(raw.slice(0, 200))}`);
		}
		if (url.protocol !== 'http:' && url.protocol !== 'https:') {
			throw new FetchError('scheme', `refused: only http and https URLs can be fetched, not ${url.protocol.replace(/:$/, '')}:`);
		}
		if (url.username || url.password) throw new FetchError('bad-url', 'refused: URLs with credentials are not fetched');
		const host = hostOf(url);
		// Literal addresses never reach `lookup`, so they are judged here.
		if (isIpLiteral(host) && !this.allow.has(host)) {
			const why = blockedReason(host);
			if (why) throw new FetchError('blocked-address', `refused: ${why}`);
		}
		return url;
	}

	private lookupFor(host: string): LookupFunction {
		const allowed = this.allow.has(host);
		return (hostname, options, callback) => {
			dns.lookup(hostname, { all: true, family: options.family, hints: options.hints }, (err, addresses) => {
				if (err) return callback(err, '', 4);
				const list = addresses as dns.LookupAddress[];
				const usable = allowed ? list : list.filter((a) => blockedReason(a.address) === null);
				if (usable.length === 0) {
					const why = list.length ? blockedReason(list[0].address) : 'no address';
					const e = new FetchError('blocked-address', `refused: ${hostname} resolves to ${why}`);
					return callback(e as NodeJS.ErrnoException, '', 4);
				}
				if (options.all) return (callback as unknown as (e: null, a: dns.LookupAddress[]) => void)(null, usable);
				callback(null, usable[0].address, usable[0].family);
			});
		};
	}

	private request(
		url: URL,
		deadline: number,
		accept: readonly string[],
		// conditional GET (feed polling, feeds/poll.ts): a 304 answer comes back as status 304 with an empty body
		conditional?: { etag?: string | null; lastModified?: string | null }
	): Promise<{ redirect?: string; resource?: FetchedResource }> {
		const lib = url.protocol === 'https:' ? https : http;
		const remaining = deadline - Date.now();
		if (remaining <= 0) return Promise.reject(new FetchError('timeout', `timed out after ${this.totalTimeoutMs} ms`));
		return new Promise((resolve, reject) => {
			let settled = false;
			const fail = (e: FetchError) => {
				if (settled) return;
				settled = true;
				clearTimeout(total);
				clearTimeout(connect);
				req.destroy();
				reject(e);
			};
			const req = lib.request(url, {
				method: 'GET',
				lookup: this.lookupFor(hostOf(url)),
				headers: {
					'user-agent': this.userAgent,
					accept: accept.join(', ') + ', */*;q=0.1',
					'accept-encoding': 'identity',
					...(conditional?.etag ? { 'if-none-match': conditional.etag } : {}),
					...(conditional?.lastModified ? { 'if-modified-since': conditional.lastModified } : {})
				},
				agent: false
			});
			const total = setTimeout(
				() => fail(new FetchError('timeout', `timed out: no complete answer from ${url.host} within ${this.totalTimeoutMs} ms`)),
				remaining
			);
			const connect = setTimeout(
				() => fail(new FetchError('timeout', `timed out: could not connect to ${url.host} within ${this.connectTimeoutMs} ms`)),
				Math.min(this.connectTimeoutMs, remaining)
			);
			req.on('socket', (socket) => {
				socket.once(url.protocol === 'https:' ? 'secureConnect' : 'connect', () => clearTimeout(connect));
			});
			req.on('error', (err: NodeJS.ErrnoException) => {
				if (err instanceof FetchError) return fail(err);
				const code = err.code ?? '';
				if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return fail(new FetchError('dns', `host not found: ${url.hostname}`));
				if (['ECONNREFUSED', 'EHOSTUNREACH', 'ENETUNREACH', 'ECONNRESET', 'EADDRNOTAVAIL'].includes(code)) {
					return fail(new FetchError('unreachable', `unreachable: ${url.host} (${code})`));
				}
				fail(new FetchError('network', `network error fetching ${url.host}: ${err.message}`));
			});
			req.on('response', (res) => {
				const status = res.statusCode ?? 0;
				if (REDIRECTS.has(status) && res.headers.location) {
					settled = true;
					clearTimeout(total);
					res.resume();
					req.destroy();
					resolve({ redirect: new URL(res.headers.location, url).href });
					return;
				}
				if (status === 304 && conditional) {
					settled = true;
					clearTimeout(total);
					res.resume();
					const etag = res.headers.etag;
					resolve({ resource: { url: url.href, status, contentType: '', body: '', etag: typeof etag === 'string' ? etag : conditional.etag ?? undefined, lastModified: conditional.lastModified ?? undefined } });
					return;
				}
				if (status < 200 || status >= 300) {
					res.resume();
					return fail(new FetchError('http-status', `HTTP ${status} from ${url.href}`));
				}
				const contentType = String(res.headers['content-type'] ?? '');
				const mime = contentType.split(';')[0].trim().toLowerCase();
				if (mime && !accept.includes(mime)) {
					res.resume();
					return fail(new FetchError('content-type', `refused: content type ${mime} is not one of ${accept.join(', ')}`));
				}
				const declared = Number(res.headers['content-length']);
				if (Number.isFinite(declared) && declared > this.maxBytes) {
					return fail(new FetchError('too-large', `refused: body of ${declared} bytes is over the ${this.maxBytes}-byte limit`));
				}
				const chunks: Buffer[] = [];
				let size = 0;
				res.on('data', (chunk: Buffer) => {
					size += chunk.length;
					if (size > this.maxBytes) {
						fail(new FetchError('too-large', `refused: body is over the ${this.maxBytes}-byte limit`));
						return;
					}
					chunks.push(chunk);
				});
				res.on('error', (err) => fail(new FetchError('network', `network error reading ${url.host}: ${err.message}`)));
				res.on('end', () => {
					if (settled) return;
					settled = true;
					clearTimeout(total);
					const bytes = Buffer.concat(chunks);
					if (bytes.subarray(0, 8192).includes(0)) {
						reject(new FetchError('content-type', `refused: ${url.href} returned binary data`));
						return;
					}
					const lastModified = res.headers['last-modified'] ?? res.headers.date;
					resolve({
						resource: {
							url: url.href,
							status,
							contentType: mime,
							body: decode(bytes, contentType),
							lastModified: typeof lastModified === 'string' ? lastModified : undefined,
							...(typeof res.headers.etag === 'string' ? { etag: res.headers.etag } : {})
						}
					});
				});
			});
			req.end();
		});
	}
}
