/**
 * Property tests of every ingest reader on generated documents built from the demo
 * articles (HTML pages, RSS/Atom/RDF feeds, NDJSON and JSON batches), mutated at the
 * character level and mixed with random bytes: each reader returns articles or
 * refuses with an InputError, within a time bound, and never lets markup or script
 * through as article text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/lib/core/types';
import { parseFeed } from '../../src/lib/server/ingest/feed';
import { parseHtml } from '../../src/lib/server/ingest/html';
import { parseJsonBatch, parseNdjson } from '../../src/lib/server/ingest/batch';
import { normalizeDate } from '../../src/lib/server/ingest/dates';
import { decodeText } from '../../src/lib/server/ingest/text';
import { sniff } from '../../src/lib/server/ingest/sources';
import { applyEdits, demoArticles, HOSTILE_SNIPPETS, mutatedText, publishedArb, runs, timed } from './gen';

const demo = demoArticles();
const texts = demo.map((d) => d.text);
const BOUND_MS = 5_000;
const MARK = 'QXSCRIPTMARKQX';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const hostile = fc.oneof(fc.constantFrom(...HOSTILE_SNIPPETS), fc.string({ unit: 'grapheme', maxLength: 40 }));
const editsArb = fc.array(
	fc.oneof(
		fc.record({ op: fc.constant('insert' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), s: fc.oneof(hostile, fc.constantFrom('<', '>', '</p>', '<div>', '<!--', '-->', '"', "'", '&', '&#', ']]>', '<![CDATA[', '<item>', '</item>', '<!DOCTYPE x>')) }),
		fc.record({ op: fc.constant('delete' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), len: fc.integer({ min: 0, max: 60 }) }),
		fc.record({ op: fc.constant('dup' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), len: fc.integer({ min: 0, max: 200 }) })
	),
	{ maxLength: 5 }
);

/** A news page around an excerpt: metadata, JSON-LD, script and style that must never become text. */
const htmlArb = fc
	.record({
		body: mutatedText(texts, 800),
		title: hostile,
		published: publishedArb,
		site: hostile,
		canonical: fc.oneof(fc.webUrl(), hostile),
		ld: fc.oneof(fc.json({ maxDepth: 3 }), fc.constant('{"@type":"NewsArticle","headline":'), hostile),
		attr: hostile,
		wrap: fc.constantFrom('full', 'fragment', 'article'),
		edits: fc.option(editsArb, { nil: undefined })
	})
	.map((p) => {
		const paras = p.body.split(/\n+/).map((s) => `<p class="${esc(p.attr)}">${esc(s)}</p>`).join('\n');
		const inner = `<nav>Home</nav><script>var x = "${MARK}";</script><style>.a{content:"${MARK}"}</style>${p.wrap === 'article' ? `<article>${paras}</article>` : paras}<noscript>${MARK}</noscript><iframe srcdoc="${MARK}"></iframe>`;
		const page =
			p.wrap === 'fragment'
				? inner
				: `<!doctype html><html><head><title>${esc(p.title)}</title><meta property="og:title" content="${esc(p.title)}"><meta property="article:published_time" content="${esc(p.published)}"><meta property="og:site_name" content="${esc(p.site)}"><link rel="canonical" href="${esc(p.canonical)}"><script type="application/ld+json">${p.ld}</script></head><body>${inner}</body></html>`;
		return { page: p.edits ? applyEdits(page, p.edits) : page, mutated: p.edits !== undefined };
	});

const itemArb = fc.record({ title: hostile, link: fc.oneof(fc.webUrl(), hostile), date: publishedArb, body: mutatedText(texts, 300), cdata: fc.boolean() });
const feedArb = fc
	.record({ format: fc.constantFrom('rss', 'atom', 'rdf'), title: hostile, items: fc.array(itemArb, { maxLength: 6 }), edits: fc.option(editsArb, { nil: undefined }) })
	.map((f) => {
		const content = (it: { body: string; cdata: boolean }) => (it.cdata ? `<![CDATA[<p>${it.body.replace(/]]>/g, '')}</p>]]>` : esc(`<p>${it.body}</p>`));
		let xml: string;
		if (f.format === 'rss') {
			xml = `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>${esc(f.title)}</title>${f.items.map((it) => `<item><title>${esc(it.title)}</title><link>${esc(it.link)}</link><pubDate>${esc(it.date)}</pubDate><description>${content(it)}</description></item>`).join('')}</channel></rss>`;
		} else if (f.format === 'atom') {
			xml = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>${esc(f.title)}</title>${f.items.map((it) => `<entry><title type="html">${esc(it.title)}</title><link rel="alternate" href="${esc(it.link)}"/><updated>${esc(it.date)}</updated><content type="html">${content(it)}</content></entry>`).join('')}</feed>`;
		} else {
			xml = `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>${esc(f.title)}</title></channel>${f.items.map((it) => `<item><title>${esc(it.title)}</title><link>${esc(it.link)}</link><dc:date>${esc(it.date)}</dc:date><description>${content(it)}</description></item>`).join('')}</rdf:RDF>`;
		}
		return { xml: f.edits ? applyEdits(xml, f.edits) : xml, items: f.items.length, mutated: f.edits !== undefined };
	});

const fieldArb = fc.oneof({ weight: 4, arbitrary: hostile }, { weight: 1, arbitrary: fc.anything({ maxDepth: 2 }) });
const recordArb = fc.oneof(
	{ weight: 5, arbitrary: fc.record({ id: fc.oneof(fc.string({ maxLength: 20 }), fc.integer()), text: mutatedText(texts, 400), published: publishedArb, url: fc.webUrl(), title: hostile, source: hostile }, { requiredKeys: ['text'] }) },
	{ weight: 1, arbitrary: fc.record({ id: fieldArb, text: fieldArb, published: fieldArb, url: fieldArb, title: fieldArb, source: fieldArb, __proto__: fieldArb }, { requiredKeys: [] }) },
	{ weight: 1, arbitrary: fc.anything({ maxDepth: 3 }) }
);
const ndjsonArb = fc
	.record({
		lines: fc.array(fc.oneof({ weight: 6, arbitrary: recordArb.map((r) => JSON.stringify(r) ?? 'null') }, { weight: 1, arbitrary: fc.string({ maxLength: 60 }) }, { weight: 1, arbitrary: fc.constantFrom('', '   ', '{', '}', '[]', 'null', '{"text":', '\uFEFF{"text":"x"}') }), { maxLength: 12 }),
		eol: fc.constantFrom('\n', '\r\n'),
		edits: fc.option(editsArb, { nil: undefined })
	})
	.map((n) => {
		const doc = n.lines.join(n.eol);
		return n.edits ? applyEdits(doc, n.edits) : doc;
	});

/** Runs a reader: an InputError is a clean refusal, anything else thrown is a defect. */
function read<T>(fn: () => T): T | undefined {
	const r = timed(fn);
	expect(r.ms, `reader took ${r.ms.toFixed(0)} ms`).toBeLessThan(BOUND_MS);
	if (r.error !== undefined) {
		expect(r.error, String((r.error as Error)?.stack ?? r.error)).toBeInstanceOf(InputError);
		return undefined;
	}
	return r.value;
}

function checkArticle(a: { text: unknown; published?: unknown; url?: unknown; title?: unknown }): void {
	expect(typeof a.text).toBe('string');
	if (a.published !== null && a.published !== undefined) {
		expect(typeof a.published).toBe('string');
		expect(Number.isNaN(Date.parse(a.published as string)), `published ${a.published}`).toBe(false);
	}
}

describe('HTML reader under fuzzing', () => {
	it('pages built from demo articles, mutated: text without script/style/iframe content (1,000 inputs)', () => {
		fc.assert(
			fc.property(htmlArb, ({ page, mutated }) => {
				const a = read(() => parseHtml(page, 'https://news.example.org/a/1'));
				if (!a) return;
				checkArticle(a);
				if (!mutated) expect(a.text).not.toContain(MARK);
				if (a.url) expect(a.url).toMatch(/^https?:\/\//);
			}),
			runs(1000)
		);
	});

	it('random strings (1,000 inputs)', () => {
		fc.assert(
			fc.property(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 400 }), fc.string({ unit: 'binary', maxLength: 400 }).map((s) => `<p>${s}`)), (s) => {
				const a = read(() => parseHtml(s));
				if (a) checkArticle(a);
			}),
			runs(1000)
		);
	});
});

describe('feed reader under fuzzing', () => {
	it('RSS, Atom and RDF feeds of demo excerpts, mutated: items with http(s) links or none (1,200 inputs)', () => {
		fc.assert(
			fc.property(feedArb, ({ xml, items, mutated }) => {
				const feed = read(() => parseFeed(xml, 'https://feeds.example.org/world.xml'));
				if (!feed) {
					// an unmutated feed we wrote ourselves must parse
					expect(mutated, 'a well-formed generated feed was refused').toBe(true);
					return;
				}
				if (!mutated) expect(feed.items.length).toBe(items);
				for (const it of feed.items) {
					if (it.link !== null) expect(it.link).toMatch(/^https?:\/\//);
					if (it.published !== null) expect(Number.isNaN(Date.parse(it.published))).toBe(false);
					for (const v of [it.title, it.summary]) if (v !== null) expect(typeof v).toBe('string');
				}
			}),
			runs(1200)
		);
	});

	it('random strings behind an XML prolog (1,000 inputs)', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.constantFrom('', '<rss>', '<feed>', '<?xml version="1.0"?><rss><channel>'), (s, head) => {
				read(() => parseFeed(head + s));
			}),
			runs(1000)
		);
	});
});

describe('NDJSON and JSON batch readers under fuzzing', () => {
	it('NDJSON: one item per non-blank line, each an article or an error naming its line (1,500 inputs)', () => {
		fc.assert(
			fc.property(ndjsonArb, (doc) => {
				const items = read(() => [...parseNdjson(doc, 'up.ndjson')]);
				if (!items) return;
				const nonBlank = doc.split(/\r?\n/).filter((l) => l.trim() !== '').length;
				expect(items.length).toBe(nonBlank);
				for (const it of items) {
					expect(it.origin).toMatch(/^up\.ndjson:\d+$/);
					if ('article' in it) checkArticle(it.article);
					else expect(it.error).toMatch(/^line \d+: /);
				}
			}),
			runs(1500)
		);
	});

	it('JSON batches: arrays, {articles}, single records and random JSON (1,000 inputs)', () => {
		fc.assert(
			fc.property(fc.oneof(fc.array(recordArb, { maxLength: 5 }).map((a) => JSON.stringify(a)), recordArb.map((r) => JSON.stringify({ articles: [r] })), fc.json({ maxDepth: 4 }), fc.string({ maxLength: 100 })), (doc) => {
				const items = read(() => [...parseJsonBatch(doc ?? 'null', 'b.json')]);
				if (!items) return;
				for (const it of items) if ('article' in it) checkArticle(it.article);
			}),
			runs(1000)
		);
	});
});

describe('byte decoding, date normalising and sniffing under fuzzing', () => {
	it('decodeText: valid UTF-8 round-trips, anything else is refused (1,000 inputs)', () => {
		fc.assert(
			fc.property(fc.oneof(fc.uint8Array({ maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 200 }).map((s) => new TextEncoder().encode(s))), (bytes) => {
				const text = read(() => decodeText(bytes));
				if (text !== undefined) expect(new TextEncoder().encode(text).length).toBeLessThanOrEqual(bytes.length);
			}),
			runs(1000)
		);
	});

	it('normalizeDate: null or a date Date.parse reads, never a throw (2,000 inputs)', () => {
		fc.assert(
			fc.property(fc.oneof(publishedArb, fc.anything({ maxDepth: 1 }), fc.date({ noInvalidDate: true }).map((d) => d.toUTCString())), (v) => {
				const r = timed(() => normalizeDate(v));
				expect(r.error).toBeUndefined();
				if (r.value !== null) expect(Number.isNaN(Date.parse(r.value!)), String(r.value)).toBe(false);
			}),
			runs(2000)
		);
	});

	it('sniff: always one of the known kinds (1,000 inputs)', () => {
		fc.assert(
			fc.property(fc.oneof(htmlArb.map((h) => h.page), feedArb.map((f) => f.xml), ndjsonArb, fc.string({ maxLength: 200 })), fc.string({ maxLength: 30 }), (doc, ct) => {
				expect(['text', 'html', 'json', 'ndjson', 'feed']).toContain(sniff(doc, ct));
			}),
			runs(1000)
		);
	});
});
