import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/lib/server/ingest/html';
import { parseFeed } from '../../src/lib/server/ingest/feed';
import { parseJsonBatch, parseNdjson } from '../../src/lib/server/ingest/batch';
import { normalizeDate } from '../../src/lib/server/ingest/dates';
import { detectLanguage } from '../../src/lib/server/ingest/language';
import { sniff } from '../../src/lib/server/ingest/sources';
import { checkArticleText, decodeText } from '../../src/lib/server/ingest/text';

const PAGE = `<!doctype html><html><head>
<title>Fallback title | Example Wire</title>
<meta property="og:title" content="Officials report a bridge closure in the capital">
<meta property="og:site_name" content="Example Wire">
<meta property="article:published_time" content="2020-03-04T09:30:00+02:00">
<link rel="canonical" href="/news/bridge-closure">
<script>window.alert('page script')</script>
<style>p { color: red }</style>
</head><body>
<nav>Home | World | Sports</nav>
<article>
<h1>Officials report a bridge closure</h1>
<p>Transport officials closed the main river bridge on Tuesday after engineers found cracks in two support pillars, a ministry spokesman said.</p>
<p>Traffic was diverted to the northern ring road, and the ministry said repairs would take at least three weeks. Residents reported long queues at the diversion.</p>
<script>document.write('<p>injected</p>')</script>
<p>The bridge, built in the 1970s, carries about forty thousand vehicles a day according to city figures released last year.</p>
</article>
<footer>Copyright Example Wire</footer>
</body></html>`;

describe('parseHtml', () => {
	it('takes the main text, title, date, outlet and canonical URL', () => {
		const a = parseHtml(PAGE, 'https://wire.example/x?utm=1');
		expect(a.title).toBe('Officials report a bridge closure in the capital');
		expect(a.source).toBe('Example Wire');
		expect(a.published).toBe('2020-03-04T07:30:00.000Z');
		expect(a.url).toBe('https://wire.example/news/bridge-closure');
		expect(a.text).toContain('closed the main river bridge on Tuesday');
		expect(a.text).toContain('forty thousand vehicles');
		// Paragraphs stay separate so sentence splitting and offsets work on them.
		expect(a.text).toMatch(/spokesman said\.\n\nTraffic/);
	});

	it('never keeps script or style content', () => {
		const a = parseHtml(PAGE);
		expect(a.text).not.toContain('alert');
		expect(a.text).not.toContain('injected');
		expect(a.text).not.toContain('color: red');
	});

	it('reads JSON-LD when meta tags are absent, and ignores a broken JSON-LD block', () => {
		const html = `<html><head>
<script type="application/ld+json">{ broken json</script>
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"A headline from JSON-LD","datePublished":"2019-06-20","publisher":{"@type":"Organization","name":"LD Times"}}]}</script>
</head><body><p>Some body text that is long enough to count as the article body of this small test page here.</p></body></html>`;
		const a = parseHtml(html);
		expect(a.title).toBe('A headline from JSON-LD');
		expect(a.published).toBe('2019-06-20');
		expect(a.source).toBe('LD Times');
	});

	it('keeps hostile markup in a title as inert text', () => {
		const html = `<html><head><meta property="og:title" content="&lt;script&gt;alert(1)&lt;/script&gt; Headline"></head><body><p>Body text of the page about nothing much at all, long enough to be read.</p><img src=x onerror="alert(2)"></body></html>`;
		const a = parseHtml(html);
		expect(a.title).toBe('<script>alert(1)</script> Headline');
		expect(a.text).not.toContain('onerror');
	});

	it('survives malformed HTML and reads a bare fragment', () => {
		const a = parseHtml('<p>Unclosed paragraph with <b>bold <i>and italic</p><div>Another block</span></div>');
		expect(a.text).toContain('Unclosed paragraph with bold and italic');
		expect(a.text).toContain('Another block');
	});

	it('refuses documents with no tags or no text, with a clear reason', () => {
		expect(() => parseHtml('just words, no markup')).toThrow(/not an HTML document/);
		expect(() => parseHtml('<html><body><script>x()</script></body></html>')).toThrow(/no readable text/);
		expect(() => parseHtml('<p>' + 'a'.repeat(6 * 1024 * 1024))).toThrow(/too large/);
	});
});

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Example Feed</title>
<item><title>First &amp; foremost</title><link>https://news.example/a</link><pubDate>Tue, 10 Mar 2020 14:00:00 GMT</pubDate>
<description><![CDATA[<p>Short <b>summary</b> of the first story.</p>]]></description></item>
<item><title>Second</title><guid>https://news.example/b</guid><pubDate>Wed, 11 Mar 2020 08:15:00 -0500</pubDate>
<description>&lt;p&gt;Escaped &lt;i&gt;HTML&lt;/i&gt; summary.&lt;/p&gt;</description></item>
</channel></rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title type="text">Atom Example</title>
<entry><title>Entry one</title><link rel="self" href="https://atom.example/self"/><link rel="alternate" href="https://atom.example/one"/>
<published>2021-01-05T10:00:00Z</published><summary>Entry summary text.</summary></entry>
</feed>`;

describe('parseFeed', () => {
	it('reads RSS 2.0 items with link, date and text', () => {
		const f = parseFeed(RSS);
		expect(f.format).toBe('rss');
		expect(f.title).toBe('Example Feed');
		expect(f.items).toHaveLength(2);
		expect(f.items[0]).toEqual({
			title: 'First & foremost',
			link: 'https://news.example/a',
			published: '2020-03-10T14:00:00.000Z',
			summary: 'Short summary of the first story.'
		});
		expect(f.items[1].link).toBe('https://news.example/b');
		expect(f.items[1].published).toBe('2020-03-11T13:15:00.000Z');
		expect(f.items[1].summary).toBe('Escaped HTML summary.');
	});

	it('reads Atom entries, preferring the alternate link', () => {
		const f = parseFeed(ATOM);
		expect(f.format).toBe('atom');
		expect(f.title).toBe('Atom Example');
		expect(f.items[0].link).toBe('https://atom.example/one');
		expect(f.items[0].published).toBe('2021-01-05T10:00:00.000Z');
	});

	it('drops item links that are not http(s)', () => {
		const f = parseFeed(RSS.replace('https://news.example/a', 'javascript:alert(1)'));
		expect(f.items[0].link).toBeNull();
	});

	it('refuses the billion-laughs bomb quickly', () => {
		const lol = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]><rss><channel><item><title>&lol4;</title></item></channel></rss>`;
		const started = performance.now();
		expect(() => parseFeed(lol)).toThrow(/declares XML entities/);
		expect(performance.now() - started).toBeLessThan(500);
	});

	it('refuses external entities', () => {
		const xxe = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><rss><channel><item><title>&xxe;</title></item></channel></rss>`;
		expect(() => parseFeed(xxe)).toThrow(/external entities are not allowed/);
	});

	it('refuses deep nesting', () => {
		const deep = '<rss><channel>' + '<x>'.repeat(10_000) + '</x>'.repeat(10_000) + '</channel></rss>';
		expect(() => parseFeed(deep)).toThrow(/deeper than 64 levels/);
	});

	it('bounds a huge CDATA by the feed size cap', () => {
		const huge = `<rss><channel><item><description><![CDATA[${'A'.repeat(11 * 1024 * 1024)}]]></description></item></channel></rss>`;
		expect(() => parseFeed(huge)).toThrow(/feed is too large/);
	});

	it('reports malformed XML with its line', () => {
		expect(() => parseFeed('<rss>\n<channel>\n<item><title>x</item></channel></rss>')).toThrow(/malformed feed XML at line 3/);
		expect(() => parseFeed('<html><body>not a feed</body></html>')).toThrow(/not an RSS or Atom feed/);
	});
});

describe('batches', () => {
	it('reads NDJSON and reports a bad line with its number while the rest go on', () => {
		const text = [
			'{"id":"a","text":"First text.","published":"2020-01-02"}',
			'',
			'{"id":"b","text":',
			'{"id":"c","text":"Third.","published":"not a date"}',
			'{"id":4,"text":"Fourth.","published":"2020-01-05T10:00:00Z","url":"https://x.example/4","title":"T","source":"S"}',
			'[1,2]',
			'{"id":"g"}'
		].join('\n');
		const items = [...parseNdjson(text, 'b.ndjson')];
		expect(items.map((i) => ('error' in i ? i.error.split(':')[0] : 'ok'))).toEqual(['ok', 'line 3', 'line 4', 'ok', 'line 6', 'line 7']);
		expect(items[2]).toMatchObject({ origin: 'b.ndjson:4', error: expect.stringMatching(/"published" is not a valid date/) });
		expect(items[3]).toMatchObject({ article: { id: '4', url: 'https://x.example/4', title: 'T', source: 'S', published: '2020-01-05T10:00:00.000Z' } });
		expect(items[5]).toMatchObject({ error: expect.stringMatching(/"text" is missing/) });
	});

	it('reads a JSON array, a single object and {articles}', () => {
		expect([...parseJsonBatch('[{"text":"a"},{"text":"b"},{"nope":1}]', 'f.json')].map((i) => i.origin)).toEqual(['f.json[0]', 'f.json[1]', 'f.json[2]']);
		expect([...parseJsonBatch('{"text":"solo"}', 'one.json')]).toEqual([{ origin: 'one.json', article: expect.objectContaining({ text: 'solo' }) }]);
		expect([...parseJsonBatch('{"articles":[{"text":"x"}]}', 'w.json')]).toHaveLength(1);
		expect([...parseJsonBatch('{"text": "unterminated', 'bad.json')][0]).toMatchObject({ error: expect.stringMatching(/not valid JSON/) });
	});
});

describe('normalizeDate', () => {
	it.each([
		['2021-02-26', '2021-02-26'],
		['2021-02-26T14:05:00Z', '2021-02-26T14:05:00.000Z'],
		['2021-02-26T14:05:00+03:30', '2021-02-26T10:35:00.000Z'],
		['2021-02-26 14:05', '2021-02-26T14:05:00.000Z'],
		['Fri, 26 Feb 2021 14:05:00 GMT', '2021-02-26T14:05:00.000Z'],
		['26 Feb 2021 09:05:00 EST', '2021-02-26T14:05:00.000Z'],
		['Fri, 26 Feb 21 14:05 +0100', '2021-02-26T13:05:00.000Z']
	])('%s → %s', (input, expected) => {
		expect(normalizeDate(input)).toBe(expected);
	});

	it.each(['2021-02-30', '2021-13-01', 'yesterday', '', '26/02/2021', '2021-02-26T25:00:00Z'])('refuses %s', (input) => {
		expect(normalizeDate(input)).toBeNull();
	});
});

describe('language and text checks', () => {
	it('flags a French article and keeps English (even short) as English', () => {
		const fr =
			"Le gouvernement a annoncé mardi la fermeture du pont principal de la capitale après la découverte de fissures dans deux piliers, selon un porte-parole du ministère des transports. Les travaux dureront au moins trois semaines.";
		expect(detectLanguage(fr)).toEqual({ code: 'fr', english: false });
		const en =
			'Transport officials closed the main river bridge on Tuesday after engineers found cracks in two support pillars, a ministry spokesman said. Repairs will take at least three weeks.';
		expect(detectLanguage(en)).toEqual({ code: 'en', english: true });
		expect(detectLanguage('Strike kills 3.').english).toBe(true);
	});

	it.each([
		['es', 'El gobierno anunció el martes el cierre del puente principal de la capital tras descubrir grietas en dos pilares, según un portavoz del ministerio de transporte. Las obras durarán al menos tres semanas y el tráfico será desviado hacia el norte.'],
		['de', 'Die Regierung hat am Dienstag die Schließung der wichtigsten Brücke der Hauptstadt angekündigt, nachdem Ingenieure Risse in zwei Pfeilern gefunden hatten, sagte ein Sprecher des Verkehrsministeriums. Die Arbeiten werden mindestens drei Wochen dauern.'],
		['ar', 'أعلنت الحكومة يوم الثلاثاء إغلاق الجسر الرئيسي في العاصمة بعد أن اكتشف المهندسون تشققات في دعامتين، بحسب متحدث باسم وزارة النقل. وقال إن أعمال الإصلاح ستستغرق ثلاثة أسابيع على الأقل وإن حركة المرور ستحول إلى الطريق الشمالي.']
	])('flags %s as not English', (code, text) => {
		expect(detectLanguage(text)).toEqual({ code, english: false });
	});

	it('rejects binary, invalid UTF-8, empty and huge texts with reasons', () => {
		expect(() => decodeText(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]), 'x.txt')).toThrow(/binary/);
		expect(() => decodeText(new Uint8Array([0x61, 0xff, 0xfe, 0x62]), 'x.txt')).toThrow(/not valid UTF-8/);
		expect(() => checkArticleText('   \n ')).toThrow(/empty/);
		expect(() => checkArticleText('a'.repeat(600_000))).toThrow(/too long/);
	});

	it('sniffs documents without a telling extension', () => {
		expect(sniff(RSS)).toBe('feed');
		expect(sniff(PAGE)).toBe('html');
		expect(sniff('[{"text":"a"}]')).toBe('json');
		expect(sniff('{"text":"a"}\n{"text":"b"}\n')).toBe('ndjson');
		expect(sniff('Plain words.')).toBe('text');
	});
});
