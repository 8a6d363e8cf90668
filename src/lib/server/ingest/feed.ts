/**
 * RSS 2.0, RSS 1.0 (RDF) and Atom feeds. Feeds come from strangers, so the XML is
 * read defensively: entity declarations (the billion-laughs and external-entity
 * attacks both need them) are refused outright, nesting depth and size are capped,
 * and entity expansion in the parser is bounded as a second line.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parseHTML } from 'linkedom';
import { normalizeDate } from './dates';
import { markupDepthExceeds, MAX_HTML_DEPTH, textOf } from './html';
import { MAX_FEED_BYTES, MAX_FEED_ITEMS, MAX_XML_DEPTH } from './limits';
import { RejectedInput } from './text';

export interface FeedItem {
	title: string | null;
	link: string | null;
	published: string | null;
	/** plain text of the item's content or description; the fallback when the link cannot be fetched. */
	summary: string | null;
}

export interface Feed {
	format: 'rss' | 'atom' | 'rdf';
	title: string | null;
	items: FeedItem[];
}

/** True when the text looks like a feed (used to route .xml files and fetched documents). */
export function looksLikeFeed(text: string): boolean {
	const head = text.slice(0, 2000);
	return /<(rss|feed|rdf:RDF)[\s>]/i.test(head);
}

/** Element depth of the document, counted without building it; stops once past the cap. */
function depthExceeds(xml: string, cap: number): boolean {
	let depth = 0;
	const tag = /<(\/?)([A-Za-z_][\w:.-]*)[^>]*?(\/?)>|<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->/g;
	for (let m = tag.exec(xml); m; m = tag.exec(xml)) {
		if (m[2] === undefined) continue;
		if (m[1] === '/') depth--;
		else if (m[3] !== '/') {
			depth++;
			if (depth > cap) return true;
		}
	}
	return false;
}

const parser = new XMLParser({
	ignoreAttributes: false,
	attributeNamePrefix: '@_',
	parseTagValue: false,
	parseAttributeValue: false,
	trimValues: true,
	htmlEntities: false,
	processEntities: { enabled: true, maxEntityCount: 0, maxTotalExpansions: 10_000, maxExpandedLength: MAX_FEED_BYTES },
	maxNestedTags: MAX_XML_DEPTH,
	isArray: (name) => name === 'item' || name === 'entry' || name === 'link'
});

function str(value: unknown): string | null {
	if (value === undefined || value === null) return null;
	if (typeof value === 'string') return value;
	if (typeof value === 'number') return String(value);
	if (Array.isArray(value)) return str(value[0]);
	if (typeof value === 'object') return str((value as Record<string, unknown>)['#text']);
	return null;
}

/** Item content is often escaped HTML: take its text the way pages are read. */
function htmlToText(value: string | null): string | null {
	if (!value) return null;
	if (!/<[a-z!/]/i.test(value)) return value.trim() || null;
	// Markup nested past the cap would take minutes to parse and overflow the stack when walked: strip the tags instead.
	if (markupDepthExceeds(value, MAX_HTML_DEPTH)) return value.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim() || null;
	const { document } = parseHTML(`<!doctype html><html><body>${value}</body></html>`);
	const text = textOf(document.body as never);
	return text || null;
}

function atomLink(links: unknown): string | null {
	if (!Array.isArray(links)) return str(links);
	let fallback: string | null = null;
	for (const l of links) {
		if (typeof l === 'string') {
			fallback ??= l;
			continue;
		}
		const o = l as Record<string, unknown>;
		const href = str(o['@_href']);
		const rel = str(o['@_rel']);
		if (href && (rel === null || rel === 'alternate')) return href;
		fallback ??= href;
	}
	return fallback;
}

function httpUrl(value: string | null, base?: string): string | null {
	if (!value) return null;
	try {
		const u = new URL(value.trim(), base);
		return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
	} catch {
		return null;
	}
}

/** Parses a feed document; throws a RejectedInput saying what is wrong with it. */
export function parseFeed(xml: string, feedUrl?: string): Feed {
	if (xml.length > MAX_FEED_BYTES) {
		throw new RejectedInput(`feed is too large (${xml.length} characters; the limit is ${MAX_FEED_BYTES})`);
	}
	if (/<!ENTITY/i.test(xml)) {
		throw new RejectedInput('feed declares XML entities in a DTD; refused (entity expansion and external entities are not allowed)');
	}
	if (depthExceeds(xml, MAX_XML_DEPTH)) {
		throw new RejectedInput(`feed nests elements deeper than ${MAX_XML_DEPTH} levels; refused`);
	}
	const valid = XMLValidator.validate(xml);
	if (valid !== true) {
		throw new RejectedInput(`malformed feed XML at line ${valid.err.line}: ${valid.err.msg}`);
	}
	let doc: Record<string, unknown>;
	try {
		doc = parser.parse(xml) as Record<string, unknown>;
	} catch (e) {
		throw new RejectedInput(`malformed feed XML: ${(e as Error).message}`);
	}

	const rss = doc.rss as Record<string, unknown> | undefined;
	const atom = doc.feed as Record<string, unknown> | undefined;
	const rdf = doc['rdf:RDF'] as Record<string, unknown> | undefined;
	let format: Feed['format'];
	let title: string | null;
	let rawItems: Record<string, unknown>[];
	if (rss && typeof rss === 'object') {
		const channel = (rss.channel ?? {}) as Record<string, unknown>;
		format = 'rss';
		title = str(channel.title);
		rawItems = (channel.item as Record<string, unknown>[] | undefined) ?? [];
	} else if (atom && typeof atom === 'object') {
		format = 'atom';
		title = str(atom.title);
		rawItems = (atom.entry as Record<string, unknown>[] | undefined) ?? [];
	} else if (rdf && typeof rdf === 'object') {
		format = 'rdf';
		title = str((rdf.channel as Record<string, unknown> | undefined)?.title);
		rawItems = (rdf.item as Record<string, unknown>[] | undefined) ?? [];
	} else {
		throw new RejectedInput('not an RSS or Atom feed (no <rss>, <feed> or <rdf:RDF> root element)');
	}

	const items = rawItems.slice(0, MAX_FEED_ITEMS).map((it): FeedItem => {
		const o = (it && typeof it === 'object' ? it : {}) as Record<string, unknown>;
		const link = format === 'atom' ? atomLink(o.link) : str(o.link) ?? (str(o.guid)?.startsWith('http') ? str(o.guid) : null);
		const date = str(o.pubDate) ?? str(o.published) ?? str(o['dc:date']) ?? str(o.updated);
		const content = str(o['content:encoded']) ?? str(o.content) ?? str(o.description) ?? str(o.summary);
		return {
			title: htmlToText(str(o.title)),
			link: httpUrl(link, feedUrl),
			published: normalizeDate(date),
			summary: htmlToText(content)
		};
	});
	return { format, title: title ? htmlToText(title) : null, items };
}
