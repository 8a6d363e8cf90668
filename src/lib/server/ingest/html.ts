/**
 * Main text and metadata of a news page. The page is parsed into a linkedom DOM
 * and never rendered: linkedom has no script engine, and we drop script, style and
 * embedded content before taking text, so nothing in the page can run.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { normalizeDate } from './dates';
import { MAX_HTML_CHARS } from './limits';
import { RejectedInput } from './text';
import type { RawArticle } from './types';

/** Elements whose content is never article text. */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'SVG', 'MATH', 'OBJECT', 'EMBED', 'CANVAS', 'HEAD', 'BUTTON', 'SELECT', 'FORM', 'NAV']);
/** Elements that start a new paragraph in the text. */
const BLOCK = new Set([
	'P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'ASIDE', 'BLOCKQUOTE', 'PRE',
	'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'UL', 'OL', 'LI', 'DL', 'DT', 'DD', 'TABLE', 'TR', 'FIGURE', 'FIGCAPTION', 'HR', 'ADDRESS'
]);

interface DomNode {
	nodeType: number;
	nodeName: string;
	nodeValue: string | null;
	childNodes: ArrayLike<DomNode>;
}

/** Text of a DOM subtree with paragraphs separated by blank lines and runs of spaces collapsed. */
export function textOf(root: DomNode): string {
	const parts: string[] = [];
	const walk = (node: DomNode): void => {
		if (node.nodeType === 3) {
			parts.push((node.nodeValue ?? '').replace(/[ \t\r\n\f]+/g, ' '));
			return;
		}
		if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
		const name = node.nodeName.toUpperCase();
		if (SKIP.has(name)) return;
		if (name === 'BR') {
			parts.push('\n');
			return;
		}
		const block = BLOCK.has(name);
		if (block) parts.push('\n\n');
		const kids = node.childNodes;
		for (let i = 0; i < kids.length; i++) walk(kids[i]);
		if (block) parts.push('\n\n');
	};
	walk(root);
	return parts
		.join('')
		.split('\n')
		.map((line) => line.replace(/ {2,}/g, ' ').trim())
		.join('\n')
		.replace(/\n{3,}/g, '\n\n')
		.trim();
}

type Doc = ReturnType<typeof parseHTML>['document'];

/**
 * Nesting caps. Readability's cost grows with the square of the element depth (1,000
 * nested divs, 6 KB of markup, take ~35 s) and linkedom's parse grows fast past ~10,000
 * levels; news pages nest fewer than 60 levels. Deeper pages are read without
 * Readability, and pages deeper than the hard cap are refused before parsing.
 */
const READABILITY_MAX_DEPTH = 120;
export const MAX_HTML_DEPTH = 2_000;
/** Elements that never take, or may omit, an end tag: they do not count as nesting in the raw scan. */
const NO_END_TAG = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'p', 'li', 'dt', 'dd', 'option', 'optgroup', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'colgroup', 'rb', 'rt', 'rp', 'html', 'head', 'body', '!doctype']);

/** Upper bound of the element depth of raw markup, without parsing it; stops once past the cap. */
export function markupDepthExceeds(html: string, cap: number): boolean {
	let depth = 0;
	const tag = /<(\/?)([A-Za-z][\w:-]*)[^>]*?(\/?)>|<!--[\s\S]*?-->/g;
	for (let m = tag.exec(html); m; m = tag.exec(html)) {
		if (m[2] === undefined || NO_END_TAG.has(m[2].toLowerCase())) continue;
		if (m[1] === '/') depth = Math.max(0, depth - 1);
		else if (m[3] !== '/') {
			depth++;
			if (depth > cap) return true;
		}
	}
	return false;
}

/** Element depth of a parsed tree, walked without recursion. */
function treeDepth(root: DomNode): number {
	let max = 0;
	const stack: [DomNode, number][] = [[root, 0]];
	while (stack.length) {
		const [node, d] = stack.pop()!;
		if (d > max) max = d;
		const kids = node.childNodes;
		for (let i = 0; i < kids.length; i++) if (kids[i].nodeType === 1) stack.push([kids[i], d + 1]);
	}
	return max;
}

function meta(doc: Doc, ...keys: string[]): string | null {
	for (const key of keys) {
		for (const attr of ['property', 'name', 'itemprop']) {
			const el = doc.querySelector(`meta[${attr}="${key}"]`);
			const value = el?.getAttribute('content')?.trim();
			if (value) return value;
		}
	}
	return null;
}

interface JsonLdFacts {
	headline?: string;
	datePublished?: string;
	publisher?: string;
	url?: string;
}

/** Facts from schema.org JSON-LD blocks; they are data, parsed as JSON and never run. */
function jsonLd(doc: Doc): JsonLdFacts {
	const facts: JsonLdFacts = {};
	const visit = (value: unknown, depth: number): void => {
		if (depth > 8 || value === null || typeof value !== 'object') return;
		if (Array.isArray(value)) {
			for (const v of value.slice(0, 50)) visit(v, depth + 1);
			return;
		}
		const o = value as Record<string, unknown>;
		if (typeof o.datePublished === 'string') facts.datePublished ??= o.datePublished;
		if (typeof o.headline === 'string') facts.headline ??= o.headline;
		if (typeof o.url === 'string' && typeof o.headline === 'string') facts.url ??= o.url;
		const pub = o.publisher as Record<string, unknown> | undefined;
		if (pub && typeof pub === 'object' && typeof pub.name === 'string') facts.publisher ??= pub.name;
		if (o['@graph']) visit(o['@graph'], depth + 1);
	};
	for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
		const raw = script.textContent ?? '';
		if (raw.length > 200_000) continue;
		try {
			visit(JSON.parse(raw), 0);
		} catch {
			// A broken JSON-LD block says nothing; the meta tags may still.
		}
	}
	return facts;
}

function clean(value: string | null | undefined): string | null {
	if (!value) return null;
	const v = value.replace(/\s+/g, ' ').trim();
	return v === '' ? null : v.slice(0, 1000);
}

/**
 * Reads a news page: main text via Readability (falling back to the whole body
 * when Readability finds no article), and title, publication date, outlet and
 * canonical URL from meta tags and JSON-LD.
 */
export function parseHtml(html: string, pageUrl?: string): RawArticle {
	if (html.length > MAX_HTML_CHARS) {
		throw new RejectedInput(`HTML page is too large (${html.length} characters; the limit is ${MAX_HTML_CHARS})`);
	}
	if (!/<[a-z!]/i.test(html)) throw new RejectedInput('not an HTML document (no tags found)');
	if (markupDepthExceeds(html, MAX_HTML_DEPTH)) throw new RejectedInput(`HTML page nests elements deeper than ${MAX_HTML_DEPTH} levels; refused`);
	// linkedom treats a fragment without <html> loosely; wrapping keeps body queries working.
	const markup = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
	const { document } = parseHTML(markup);

	const ld = jsonLd(document);
	const title =
		clean(meta(document, 'og:title', 'twitter:title', 'headline')) ??
		clean(ld.headline) ??
		clean(document.querySelector('title')?.textContent);
	const publishedRaw =
		meta(document, 'article:published_time', 'og:article:published_time', 'datePublished', 'pubdate', 'publishdate', 'date', 'DC.date.issued', 'dc.date', 'parsely-pub-date', 'sailthru.date') ??
		ld.datePublished ??
		document.querySelector('time[datetime]')?.getAttribute('datetime') ??
		null;
	const source = clean(meta(document, 'og:site_name', 'application-name')) ?? clean(ld.publisher);
	const canonical =
		meta(document, 'og:url') ?? document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? ld.url ?? null;

	for (const el of document.querySelectorAll('script, style, noscript, template, iframe, object, embed')) el.remove();

	let text = '';
	if (treeDepth(document as unknown as DomNode) <= READABILITY_MAX_DEPTH) {
		try {
			const article = new Readability<DomNode>(document as unknown as Document, {
				serializer: (node) => node as unknown as DomNode,
				charThreshold: 200,
				// its scoring passes are linear but slow per element: past this many, the plain body text is read instead
				maxElemsToParse: 30_000
			}).parse();
			if (article?.content) text = textOf(article.content);
		} catch {
			// Readability gives up on some malformed trees; the plain body text below still works.
		}
	}
	if (text.length < 40) {
		const body = document.querySelector('body') ?? document.documentElement;
		const all = body ? textOf(body as unknown as DomNode) : '';
		if (all.length > text.length) text = all;
	}
	if (text.trim() === '') throw new RejectedInput('HTML page has no readable text');

	return {
		text,
		title,
		published: normalizeDate(publishedRaw),
		source,
		url: absoluteUrl(canonical, pageUrl) ?? pageUrl ?? null
	};
}

function absoluteUrl(href: string | null, base?: string): string | null {
	if (!href) return null;
	try {
		const u = new URL(href, base);
		return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
	} catch {
		return null;
	}
}
