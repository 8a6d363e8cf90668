/**
 * The production server (adapter-node build) under attack from a browser on another
 * site: cross-origin form posts in every content type a form can send are refused
 * (403), oversized bodies are refused (413) whether or not they declare a length,
 * and every route carries a Content-Security-Policy whose frame-ancestors allows
 * framing only under /embed/*. Builds the app first when no build exists.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../e2e/server';
import { ensureBuild } from './build';

let base: string;
let stop: (() => Promise<void>) | undefined;
let dir: string;

beforeAll(async () => {
	await ensureBuild();
	dir = mkdtempSync(join(tmpdir(), 'sitrep-sec-'));
	const server = await startServer(join(dir, 'sec.db'));
	base = server.url;
	stop = server.stop;
}, 600_000);
afterAll(async () => {
	await stop?.();
	if (dir) rmSync(dir, { recursive: true, force: true });
});

interface Raw {
	status: number;
	headers: http.IncomingHttpHeaders;
	body: string;
}

/** A request with exactly the headers given (fetch would add or normalise some). */
function raw(method: string, path: string, headers: Record<string, string | number>, body?: string | Buffer | (() => AsyncGenerator<Buffer>)): Promise<Raw> {
	return new Promise((resolve, reject) => {
		const req = http.request(base + path, { method, headers }, (res) => {
			let data = '';
			res.setEncoding('utf8');
			res.on('data', (d) => (data += d));
			res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: data }));
		});
		req.on('error', (e) => {
			// the server may close the socket once it has answered 413 to a body still being sent
			if ((e as NodeJS.ErrnoException).code === 'EPIPE' || (e as NodeJS.ErrnoException).code === 'ECONNRESET') reject(new Error(`connection closed before an answer: ${e.message}`));
			else reject(e);
		});
		if (typeof body === 'function') {
			(async () => {
				for await (const chunk of body()) if (!req.write(chunk)) await new Promise((r) => req.once('drain', r));
				req.end();
			})().catch(reject);
		} else req.end(body);
	});
}

const EVIL = 'https://evil.example';
const FORM_TYPES: [string, string][] = [
	['application/x-www-form-urlencoded', 'text=Gunmen+attacked+a+checkpoint+on+Monday.'],
	['multipart/form-data; boundary=XyZ', '--XyZ\r\nContent-Disposition: form-data; name="text"\r\n\r\nGunmen attacked a checkpoint on Monday.\r\n--XyZ--\r\n'],
	['text/plain', '{"text":"Gunmen attacked a checkpoint on Monday.","published":"2021-02-26"}'],
	['APPLICATION/X-WWW-FORM-URLENCODED', 'text=x'],
	['Multipart/Form-Data; boundary=XyZ', '--XyZ\r\nContent-Disposition: form-data; name="text"\r\n\r\nx\r\n--XyZ--\r\n'],
	['TEXT/PLAIN;charset=UTF-8', '{"text":"x"}'],
	['application/json', '{"text":"Gunmen attacked a checkpoint on Monday.","published":"2021-02-26"}']
];

describe('cross-origin writes', () => {
	for (const [type, body] of FORM_TYPES) {
		it(`POST /api/ingest from another origin as ${type} → 403`, async () => {
			const r = await raw('POST', '/api/ingest', { origin: EVIL, 'content-type': type, 'content-length': Buffer.byteLength(body) }, body);
			expect(r.status, r.body).toBe(403);
		});
	}

	it('a cross-site form post to a page → 403', async () => {
		const r = await raw('POST', '/', { origin: EVIL, 'content-type': 'application/x-www-form-urlencoded', 'content-length': 6 }, 'text=x');
		expect(r.status).toBe(403);
	});

	it('Origin: null (sandboxed frame, file page) and Sec-Fetch-Site: cross-site without Origin → 403', async () => {
		const body = '{"text":"x"}';
		const a = await raw('POST', '/api/ingest', { origin: 'null', 'content-type': 'application/json', 'content-length': body.length }, body);
		expect(a.status).toBe(403);
		const b = await raw('POST', '/api/ingest', { 'sec-fetch-site': 'cross-site', 'content-type': 'application/json', 'content-length': body.length }, body);
		expect(b.status).toBe(403);
	});

	it('the same write from the page’s own origin is accepted (the 403s are not a blanket refusal)', async () => {
		const body = JSON.stringify({ text: 'Gunmen attacked a police checkpoint in Kirkuk on Monday, killing two officers, officials said.', published: '2021-02-26', title: 'Checkpoint attack' });
		const r = await raw('POST', '/api/ingest', { origin: base, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }, body);
		expect(r.status, r.body).toBe(200);
		expect(JSON.parse(r.body).results[0].status).toBe('ingested');
	});
});

describe('body size limit', () => {
	const big = JSON.stringify({ text: 'Protesters gathered in the square. '.repeat(80_000), published: '2021-02-26' });

	it(`a ${(big.length / 1e6).toFixed(1)} MB body with Content-Length → 413`, async () => {
		const r = await raw('POST', '/api/ingest', { origin: base, 'content-type': 'application/json', 'content-length': Buffer.byteLength(big) }, big);
		expect(r.status).toBe(413);
	});

	it('the same body sent chunked, with no length declared → 413', async () => {
		const buf = Buffer.from(big);
		const r = await raw('POST', '/api/ingest', { origin: base, 'content-type': 'application/json', 'transfer-encoding': 'chunked' }, async function* () {
			for (let i = 0; i < buf.length; i += 64 * 1024) yield buf.subarray(i, i + 64 * 1024);
		});
		expect(r.status).toBe(413);
	});
});

const PAGES = ['/', '/?q=%3Cscript%3E', '/bench', '/no-such-page', '/embed/timeline', '/embed/network', '/embed/map', '/cite?format=bibtex'];
const API = ['/api/events', '/api/events?from=x', '/api/events/nope', '/api/actors', '/api/graph', '/api/buckets?unit=year', '/api/export?format=csv', '/api/ingest'];

describe('security headers on every route', () => {
	for (const path of [...PAGES, ...API]) {
		it(`GET ${path}: CSP with frame-ancestors ${path.startsWith('/embed/') ? 'open to embedders' : "'none'"}`, async () => {
			const r = await raw('GET', path, {});
			const csp = String(r.headers['content-security-policy'] ?? '');
			expect(csp, `no CSP on ${path} (status ${r.status})`).not.toBe('');
			const ancestors = /frame-ancestors ([^;]*)/.exec(csp)?.[1]?.trim();
			expect(ancestors, csp).toBeDefined();
			if (path.startsWith('/embed/')) {
				expect(ancestors).not.toBe("'none'");
				expect(r.headers['x-frame-options']).toBeUndefined();
			} else {
				expect(ancestors).toBe("'none'");
				expect(String(r.headers['x-frame-options']).toUpperCase()).toBe('DENY');
			}
			expect(r.headers['x-content-type-options']).toBe('nosniff');
			if (String(r.headers['content-type']).startsWith('text/html')) {
				// pages: scripts only from our origin or by hash, never inline source or eval
				const scriptSrc = /script-src ([^;]*)/.exec(csp)?.[1] ?? /default-src ([^;]*)/.exec(csp)?.[1] ?? '';
				expect(scriptSrc).toMatch(/'self'/);
				expect(scriptSrc).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*/);
				expect(csp).toMatch(/object-src 'none'/);
				expect(csp).toMatch(/base-uri 'self'/);
			}
		});
	}
});
