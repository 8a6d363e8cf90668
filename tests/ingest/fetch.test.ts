import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FetchError, SafeFetcher } from '../../src/lib/server/ingest/fetch';
import { blockedReason } from '../../src/lib/server/ingest/address';

let server: http.Server;
let base: string;
let port: number;

beforeAll(async () => {
	server = http.createServer((req, res) => {
		const u = new URL(req.url ?? '/', 'http://x');
		switch (u.pathname) {
			case '/page':
				res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
				res.end('<html><body><p>Hello from a test page.</p></body></html>');
				return;
			case '/latin1':
				res.writeHead(200, { 'content-type': 'text/plain; charset=iso-8859-1' });
				res.end(Buffer.from([0x63, 0x61, 0x66, 0xe9]));
				return;
			case '/hop':
				res.writeHead(302, { location: '/page' });
				res.end();
				return;
			case '/to-private':
				res.writeHead(302, { location: 'http://10.0.0.7/secret' });
				res.end();
				return;
			case '/to-localhost':
				res.writeHead(301, { location: `http://localhost:${port}/page` });
				res.end();
				return;
			case '/to-metadata':
				res.writeHead(307, { location: 'http://169.254.169.254/latest/meta-data/' });
				res.end();
				return;
			case '/to-file':
				res.writeHead(302, { location: 'file:///etc/passwd' });
				res.end();
				return;
			case '/loop':
				res.writeHead(302, { location: `/loop?n=${Number(u.searchParams.get('n') ?? 0) + 1}` });
				res.end();
				return;
			case '/big':
				res.writeHead(200, { 'content-type': 'text/plain' });
				// No content-length: the cap must hold while streaming.
				for (let i = 0; i < 64; i++) res.write('x'.repeat(1024));
				res.end();
				return;
			case '/big-declared':
				res.writeHead(200, { 'content-type': 'text/plain', 'content-length': String(10 * 1024 * 1024) });
				res.write('x');
				return;
			case '/slow':
				// Never answers: the total timeout must fire.
				return;
			case '/image':
				res.writeHead(200, { 'content-type': 'image/png' });
				res.end(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
				return;
			case '/binary':
				res.writeHead(200, { 'content-type': 'text/plain' });
				res.end(Buffer.from([0x00, 0x01, 0x02, 0x03]));
				return;
			case '/missing':
				res.writeHead(404, { 'content-type': 'text/plain' });
				res.end('nope');
				return;
			default:
				res.writeHead(500);
				res.end();
		}
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	port = (server.address() as AddressInfo).port;
	base = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
	server.closeAllConnections();
	await new Promise((r) => server.close(r));
});

const trusted = () => new SafeFetcher({ allowHosts: ['127.0.0.1'], maxBytes: 32 * 1024, totalTimeoutMs: 800, connectTimeoutMs: 500 });

async function refusal(p: Promise<unknown>): Promise<FetchError> {
	try {
		await p;
	} catch (e) {
		expect(e).toBeInstanceOf(FetchError);
		return e as FetchError;
	}
	throw new Error('expected the fetch to be refused');
}

describe('SafeFetcher', () => {
	it('fetches an allowed local page and decodes its charset', async () => {
		const f = trusted();
		const page = await f.fetch(`${base}/page`);
		expect(page.status).toBe(200);
		expect(page.contentType).toBe('text/html');
		expect(page.body).toContain('Hello from a test page.');
		expect((await f.fetch(`${base}/latin1`)).body).toBe('café');
	});

	it('follows a redirect within the allowed host and reports the final URL', async () => {
		const page = await trusted().fetch(`${base}/hop`);
		expect(page.url).toBe(`${base}/page`);
	});

	it('refuses 127.0.0.1 without the allow-list', async () => {
		const e = await refusal(new SafeFetcher().fetch(`${base}/page`));
		expect(e.code).toBe('blocked-address');
		expect(e.message).toMatch(/127\.0\.0\.1 is a loopback address/);
	});

	it('refuses [::1]', async () => {
		const e = await refusal(new SafeFetcher().fetch(`http://[::1]:${port}/page`));
		expect(e.code).toBe('blocked-address');
		expect(e.message).toMatch(/::1 is a loopback address/);
	});

	it('refuses the link-local metadata address 169.254.169.254', async () => {
		const e = await refusal(new SafeFetcher().fetch('http://169.254.169.254/latest/meta-data/'));
		expect(e.code).toBe('blocked-address');
		expect(e.message).toMatch(/link-local.*metadata/);
	});

	it('refuses private, unique-local, unspecified, multicast and mapped addresses', async () => {
		for (const [url, what] of [
			['http://10.1.2.3/', 'private'],
			['http://192.168.0.1/', 'private'],
			['http://172.16.5.4/', 'private'],
			['http://[fd00::1]/', 'unique-local'],
			['http://0.0.0.0/', 'unspecified'],
			['http://224.0.0.1/', 'multicast'],
			['http://[::ffff:127.0.0.1]/', 'loopback'],
			['http://2130706433/', 'loopback'],
			['http://[fe80::1]/', 'link-local']
		]) {
			const e = await refusal(new SafeFetcher().fetch(url));
			expect(e.code, url).toBe('blocked-address');
			expect(e.message, url).toContain(what);
		}
	});

	it('refuses a name that resolves to a loopback address (checked on the DNS answer)', async () => {
		const e = await refusal(new SafeFetcher().fetch(`http://localhost:${port}/page`));
		expect(e.code).toBe('blocked-address');
		expect(e.message).toMatch(/localhost resolves to .*loopback/);
	});

	it('refuses redirects to a private, loopback-by-name or metadata address', async () => {
		const f = trusted();
		const a = await refusal(f.fetch(`${base}/to-private`));
		expect(a.code).toBe('blocked-address');
		expect(a.message).toContain('10.0.0.7 is a private-network address');
		const b = await refusal(f.fetch(`${base}/to-localhost`));
		expect(b.code).toBe('blocked-address');
		const c = await refusal(f.fetch(`${base}/to-metadata`));
		expect(c.message).toContain('169.254.169.254');
	});

	it('refuses non-http schemes, directly and by redirect', async () => {
		for (const url of ['file:///etc/passwd', 'ftp://example.org/x', 'gopher://example.org/', 'javascript:alert(1)', 'data:text/html,hi']) {
			const e = await refusal(new SafeFetcher().fetch(url));
			expect(e.code, url).toBe('scheme');
			expect(e.message).toMatch(/only http and https/);
		}
		const e = await refusal(trusted().fetch(`${base}/to-file`));
		expect(e.code).toBe('scheme');
	});

	it('stops after 5 redirects', async () => {
		const e = await refusal(trusted().fetch(`${base}/loop`));
		expect(e.code).toBe('too-many-redirects');
		expect(e.message).toMatch(/more than 5 redirects/);
	});

	it('caps the body while streaming and on the declared length', async () => {
		const a = await refusal(trusted().fetch(`${base}/big`));
		expect(a.code).toBe('too-large');
		expect(a.message).toMatch(/32768-byte limit/);
		const b = await refusal(trusted().fetch(`${base}/big-declared`));
		expect(b.code).toBe('too-large');
	});

	it('times out on a server that never answers', async () => {
		const started = Date.now();
		const e = await refusal(trusted().fetch(`${base}/slow`));
		expect(e.code).toBe('timeout');
		expect(Date.now() - started).toBeLessThan(5000);
	});

	it('reports an unreachable host', async () => {
		const closed = http.createServer();
		await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
		const deadPort = (closed.address() as AddressInfo).port;
		await new Promise((r) => closed.close(r));
		const e = await refusal(trusted().fetch(`http://127.0.0.1:${deadPort}/`));
		expect(e.code).toBe('unreachable');
		expect(e.message).toMatch(/ECONNREFUSED/);
	});

	it('refuses content types that are not articles, binary bodies and HTTP errors', async () => {
		const f = trusted();
		expect((await refusal(f.fetch(`${base}/image`))).code).toBe('content-type');
		expect((await refusal(f.fetch(`${base}/binary`))).message).toMatch(/binary/);
		const e = await refusal(f.fetch(`${base}/missing`));
		expect(e.code).toBe('http-status');
		expect(e.message).toMatch(/HTTP 404/);
	});

	it('ignores environment variables: only the constructor option allows a host', async () => {
		process.env.SITREP_ALLOW_HOSTS = '127.0.0.1';
		process.env.NO_PROXY = '*';
		try {
			const e = await refusal(new SafeFetcher().fetch(`${base}/page`));
			expect(e.code).toBe('blocked-address');
		} finally {
			delete process.env.SITREP_ALLOW_HOSTS;
			delete process.env.NO_PROXY;
		}
	});
});

describe('blockedReason', () => {
	it('lets public unicast through and names every blocked range', () => {
		expect(blockedReason('93.184.216.34')).toBeNull();
		expect(blockedReason('2606:2800:220:1:248:1893:25c8:1946')).toBeNull();
		expect(blockedReason('100.64.0.1')).toMatch(/carrier-grade NAT/);
		expect(blockedReason('255.255.255.255')).toMatch(/broadcast/);
		expect(blockedReason('::')).toMatch(/unspecified/);
		expect(blockedReason('ff02::1')).toMatch(/multicast/);
		expect(blockedReason('2002:7f00:1::')).toMatch(/6to4/);
		expect(blockedReason('not-an-ip')).toMatch(/not an IP address/);
	});
});
