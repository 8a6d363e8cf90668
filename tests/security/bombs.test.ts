/**
 * XML and HTML bombs: entity expansion (billion laughs, quadratic blow-up), external
 * entities and DTDs, deep nesting, a huge CDATA section, item floods, oversized
 * documents — through the feed and HTML readers, through `ingest` on files, and
 * through a feed fetched over HTTP. Each is refused with a reason or read within a
 * time and memory bound, and nothing outside the document is ever read or fetched.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/lib/core/types';
import { parseFeed } from '../../src/lib/server/ingest/feed';
import { parseHtml } from '../../src/lib/server/ingest/html';
import { SafeFetcher } from '../../src/lib/server/ingest/fetch';
import { ingest } from '../../src/lib/server/ingest/pipeline';
import { MAX_FEED_BYTES, MAX_FEED_ITEMS, MAX_HTML_CHARS } from '../../src/lib/server/ingest/limits';
import { openStore } from '../../src/lib/server/store/index';
import type { Store } from '../../src/lib/server/store/types';

const BOUND_MS = 30_000;
const MEMORY_BOUND = 600 * 1024 * 1024;

// A local server that counts every request: external entities and DTDs must never be fetched.
let hits = 0;
let server: http.Server;
let base: string;
const bodies = new Map<string, string>();

beforeAll(async () => {
	server = http.createServer((req, res) => {
		hits++;
		const body = bodies.get(req.url ?? '') ?? '<!ENTITY leak "LEAKED-FROM-SERVER">';
		res.writeHead(200, { 'content-type': req.url?.endsWith('.xml') ? 'application/rss+xml' : 'application/xml-dtd' });
		res.end(body);
	});
	await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
	base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
	await new Promise((r) => server.close(r));
});

function laughs(levels: number, fanout: number): string {
	let dtd = '<!ENTITY l0 "ha">';
	for (let i = 1; i <= levels; i++) dtd += `<!ENTITY l${i} "${`&l${i - 1};`.repeat(fanout)}">`;
	return dtd;
}
const rss = (dtd: string, inner: string) => `<?xml version="1.0"?><!DOCTYPE rss [${dtd}]><rss version="2.0"><channel><title>t</title><item><title>${inner}</title><description>${inner}</description></item></channel></rss>`;

const FEED_BOMBS: Record<string, () => string> = {
	'billion laughs (10 levels × 10)': () => rss(laughs(10, 10), '&l10;'),
	'quadratic blow-up (one 100 KB entity referenced 20,000 times)': () => rss(`<!ENTITY big "${'x'.repeat(100_000)}">`, '&big;'.repeat(20_000)),
	'external entity to a local file': () => rss('<!ENTITY xxe SYSTEM "file:///etc/passwd">', '&xxe;'),
	'external entity over HTTP': () => rss(`<!ENTITY xxe SYSTEM "${base}/leak">`, '&xxe;'),
	'parameter entity to an external DTD': () => rss(`<!ENTITY % ext SYSTEM "${base}/evil.dtd"> %ext;`, '&leak;'),
	'entity declared in an upper-case DTD keyword': () => rss('<!entity x "y">', '&x;'),
	'external DTD by SYSTEM id': () => `<?xml version="1.0"?><!DOCTYPE rss SYSTEM "${base}/evil.dtd"><rss version="2.0"><channel><item><title>&leak;</title></item></channel></rss>`,
	'100,000 nested elements': () => `<?xml version="1.0"?><rss><channel><item><title>${'<a>'.repeat(100_000)}x${'</a>'.repeat(100_000)}</title></item></channel></rss>`,
	'100,000 unclosed elements': () => `<?xml version="1.0"?><rss><channel>${'<item>'.repeat(100_000)}`,
	'9 MB CDATA section': () => `<?xml version="1.0"?><rss><channel><item><title>big</title><link>https://a.example/1</link><description><![CDATA[${'Protesters marched. '.repeat(450_000)}]]></description></item></channel></rss>`,
	'CDATA holding 100,000 nested divs': () => `<?xml version="1.0"?><rss><channel><item><title>t</title><description><![CDATA[${'<div>'.repeat(100_000)}x]]></description></item></channel></rss>`,
	'escaped HTML holding 100,000 nested divs': () => `<?xml version="1.0"?><rss><channel><item><title>t</title><description>${'&lt;div&gt;'.repeat(100_000)}x</description></item></channel></rss>`,
	'20,000 items': () => `<?xml version="1.0"?><rss><channel>${'<item><title>t</title><link>https://a.example/x</link></item>'.repeat(20_000)}</channel></rss>`,
	'an element with 20,000 attributes': () => `<?xml version="1.0"?><rss><channel><item ${Array.from({ length: 20_000 }, (_, i) => `a${i}="x"`).join(' ')}><title>t</title></item></channel></rss>`,
	'200,000 character references': () => `<?xml version="1.0"?><rss><channel><item><title>${'&#x41;'.repeat(200_000)}</title></item></channel></rss>`,
	'unterminated comment over 5 MB': () => `<?xml version="1.0"?><rss><channel><!--${'x'.repeat(5_000_000)}`,
	'over the size limit': () => `<?xml version="1.0"?><rss><channel><item><title>${'x'.repeat(MAX_FEED_BYTES)}</title></item></channel></rss>`
};

function bounded<T>(fn: () => T): { value?: T; error?: unknown } {
	const before = process.memoryUsage().rss;
	const t0 = performance.now();
	let out: { value?: T; error?: unknown };
	try {
		out = { value: fn() };
	} catch (error) {
		out = { error };
	}
	const ms = performance.now() - t0;
	expect(ms, `took ${ms.toFixed(0)} ms`).toBeLessThan(BOUND_MS);
	expect(process.memoryUsage().rss - before, 'memory growth').toBeLessThan(MEMORY_BOUND);
	if (out.error !== undefined) expect(out.error, String((out.error as Error)?.stack)).toBeInstanceOf(InputError);
	return out;
}

describe('feed bombs through parseFeed', () => {
	for (const [name, make] of Object.entries(FEED_BOMBS)) {
		it(`${name}: refused or read within bounds, nothing fetched or leaked`, () => {
			const xml = make();
			const before = hits;
			const r = bounded(() => parseFeed(xml));
			expect(hits, 'the parser fetched something').toBe(before);
			if (r.value) {
				const all = JSON.stringify(r.value);
				expect(all).not.toContain('root:');
				expect(all).not.toContain('LEAKED');
				expect(all).not.toContain('hahahahaha');
				expect(r.value.items.length).toBeLessThanOrEqual(MAX_FEED_ITEMS);
			}
		});
	}

	it('every entity-declaring document is refused, with a reason that says so', () => {
		for (const name of ['billion laughs (10 levels × 10)', 'external entity to a local file', 'parameter entity to an external DTD', 'entity declared in an upper-case DTD keyword']) {
			expect(() => parseFeed(FEED_BOMBS[name]()), name).toThrow(/entit/i);
		}
	});
});

const HTML_BOMBS: Record<string, () => string> = {
	'100,000 nested divs': () => '<div>'.repeat(100_000) + 'Gunmen attacked a checkpoint.' + '</div>'.repeat(100_000),
	'1,000 nested divs (Readability is quadratic in depth)': () => '<div>'.repeat(1000) + 'Gunmen attacked a checkpoint on Monday, officials said.' + '</div>'.repeat(1000),
	'200,000 unclosed inline elements': () => '<b>'.repeat(200_000) + 'text',
	// the next three are linear in size; kept small enough for the unit suite, still past Readability's element cap
	'40,000 paragraphs': () => '<p>Protesters marched.'.repeat(40_000),
	'one element with 20,000 attributes': () => `<p ${Array.from({ length: 20_000 }, (_, i) => `a${i}="x"`).join(' ')}>Gunmen attacked a checkpoint.</p>`,
	'200,000 entity references': () => `<p>${'&amp;'.repeat(200_000)}</p>`,
	'external entity in an HTML doctype': () => `<!DOCTYPE html [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><html><body><p>&xxe; Gunmen attacked a checkpoint.</p></body></html>`,
	'over the size limit': () => `<p>${'x'.repeat(MAX_HTML_CHARS)}</p>`
};

describe('HTML bombs through parseHtml', () => {
	for (const [name, make] of Object.entries(HTML_BOMBS)) {
		it(`${name}: refused or read within bounds`, () => {
			const r = bounded(() => parseHtml(make(), 'https://news.example.org/a'));
			if (r.value) expect(r.value.text).not.toContain('root:');
		});
	}

	it('a deeply nested page below the hard cap still yields its text', () => {
		const r = bounded(() => parseHtml(HTML_BOMBS['1,000 nested divs (Readability is quadratic in depth)']()));
		expect(r.value?.text).toContain('Gunmen attacked a checkpoint');
	});
});

describe('bombs through ingestion: files and a fetched feed', () => {
	let store: Store;
	let dir: string;
	beforeAll(async () => {
		dir = mkdtempSync(join(tmpdir(), 'sitrep-bombs-'));
		store = await openStore({ url: join(dir, 'bombs.db') });
	});
	afterAll(async () => {
		await store?.close();
		rmSync(dir, { recursive: true, force: true });
	});

	it('a folder of bombs: each file fails with a reason, nothing is stored, the run completes', async () => {
		const folder = join(dir, 'in');
		const { mkdirSync } = await import('node:fs');
		mkdirSync(folder);
		writeFileSync(join(folder, 'laughs.xml'), FEED_BOMBS['billion laughs (10 levels × 10)']());
		writeFileSync(join(folder, 'xxe.rss'), FEED_BOMBS['external entity to a local file']());
		writeFileSync(join(folder, 'deep.atom'), FEED_BOMBS['100,000 nested elements']());
		writeFileSync(join(folder, 'deep.html'), HTML_BOMBS['100,000 nested divs']());
		writeFileSync(join(folder, 'nul.txt'), Buffer.from([0x47, 0x00, 0x00, 0x01, 0x02, 0xff]));
		const t0 = performance.now();
		const s = await ingest([{ kind: 'path', path: folder }], { store });
		expect(performance.now() - t0).toBeLessThan(BOUND_MS);
		expect(s.failed).toBe(5);
		expect(s.ingested).toBe(0);
		for (const f of s.failures) expect(f.error).toMatch(/entit|deeper|binary|nest/i);
		expect((await store.stats()).articles).toBe(0);
	});

	it('a feed bomb served over HTTP is refused after fetching the feed alone', async () => {
		bodies.set('/bomb.xml', FEED_BOMBS['external entity over HTTP']());
		const fetcher = new SafeFetcher({ allowHosts: ['127.0.0.1'] });
		const before = hits;
		const s = await ingest([{ kind: 'feed', url: `${base}/bomb.xml` }], { store, fetcher });
		expect(hits - before, 'only the feed itself may be requested').toBe(1);
		expect(s.failed).toBe(1);
		expect(s.failures[0].error).toMatch(/entit/i);
		expect((await store.stats()).articles).toBe(0);
	});
});
