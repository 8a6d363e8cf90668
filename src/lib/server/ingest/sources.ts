/**
 * Readers: each source (a path, a URL, a feed, pasted text) becomes a stream of
 * raw articles or of errors tied to where they came from. Folders are walked in
 * sorted order so that two runs over the same folder do the same work.
 */
import { lookupTable } from '../../core/lookup';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { countLines, parseJsonBatch, parseNdjson, readNdjsonFile } from './batch';
import { normalizeDate } from './dates';
import { looksLikeFeed, parseFeed } from './feed';
import { parseHtml } from './html';
import { MAX_FILE_BYTES } from './limits';
import { decodeText, RejectedInput } from './text';
import type { Fetcher, RawArticle, ReadItem, Source } from './types';

export type FileKind = 'text' | 'html' | 'json' | 'ndjson' | 'feed';

const BY_EXTENSION = lookupTable<FileKind>({
	'.txt': 'text',
	'.text': 'text',
	'.html': 'html',
	'.htm': 'html',
	'.xhtml': 'html',
	'.json': 'json',
	'.ndjson': 'ndjson',
	'.jsonl': 'ndjson',
	'.xml': 'feed',
	'.rss': 'feed',
	'.atom': 'feed'
});

/** `<name>.meta.json` describes `<name>.txt`; it is never an article batch itself. */
const SIDECAR = /\.meta\.json$/i;

export interface ReadContext {
	fetcher?: Fetcher;
	/** most items read from one feed (the API keeps requests short with a small cap). */
	maxFeedItems?: number;
	/** called when a reader learns how many articles a source holds, to size the progress bar. */
	onEstimate?: (articles: number) => void;
}

export function kindOfPath(file: string): FileKind | null {
	if (SIDECAR.test(file)) return null;
	return BY_EXTENSION[path.extname(file).toLowerCase()] ?? null;
}

/** Guesses what a document is from its first characters (files without a known extension, fetched bodies). */
export function sniff(text: string, contentType = ''): FileKind {
	const ct = contentType.toLowerCase();
	if (ct.includes('html')) return 'html';
	if (ct.includes('rss') || ct.includes('atom') || ct.includes('rdf')) return 'feed';
	if (ct.includes('ndjson')) return 'ndjson';
	if (ct.includes('json')) return 'json';
	const head = text.trimStart().slice(0, 1000);
	if (looksLikeFeed(head)) return 'feed';
	if (/^(<!doctype html|<html|<head|<body)/i.test(head)) return 'html';
	if (ct.includes('xml') && head.startsWith('<')) return 'feed';
	if (/^\[\s*[{\]]/.test(head)) return 'json';
	if (head.startsWith('{')) return /\}\s*\r?\n\s*\{/.test(text.slice(0, 1_000_000)) ? 'ndjson' : 'json';
	return 'text';
}

/** All ingestible files under a folder, recursively, sorted; dotfiles and dot-folders are skipped. */
export async function walk(dir: string): Promise<string[]> {
	const out: string[] = [];
	const visit = async (d: string, depth: number): Promise<void> => {
		if (depth > 32) return;
		const entries = await fs.readdir(d, { withFileTypes: true });
		entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
		for (const e of entries) {
			if (e.name.startsWith('.')) continue;
			const full = path.join(d, e.name);
			if (e.isDirectory()) await visit(full, depth + 1);
			else if (e.isFile() && kindOfPath(full)) out.push(full);
		}
	};
	await visit(dir, 0);
	return out;
}

async function readFileText(file: string): Promise<string> {
	const stat = await fs.stat(file);
	if (stat.size > MAX_FILE_BYTES) {
		throw new RejectedInput(`${file} is ${stat.size} bytes; the limit for one file is ${MAX_FILE_BYTES}`);
	}
	return decodeText(await fs.readFile(file), file).replace(/^\uFEFF/, '');
}

/** Metadata for `name.txt` from `name.meta.json` (or `name.txt.meta.json`), when present. */
async function sidecar(file: string): Promise<Partial<RawArticle>> {
	const base = file.slice(0, file.length - path.extname(file).length);
	for (const candidate of [`${base}.meta.json`, `${file}.meta.json`]) {
		let raw: string;
		try {
			raw = await fs.readFile(candidate, 'utf8');
		} catch {
			continue;
		}
		let meta: Record<string, unknown>;
		try {
			meta = JSON.parse(raw) as Record<string, unknown>;
		} catch (e) {
			throw new RejectedInput(`${candidate} is not valid JSON (${(e as Error).message})`);
		}
		if (!meta || typeof meta !== 'object' || Array.isArray(meta)) throw new RejectedInput(`${candidate} must hold a JSON object`);
		const s = (k: string) => (typeof meta[k] === 'string' ? (meta[k] as string) : null);
		const published = s('published');
		if (published !== null && !normalizeDate(published)) {
			throw new RejectedInput(`${candidate}: "published" is not a valid date: ${JSON.stringify(published)}`);
		}
		return { title: s('title'), source: s('source'), url: s('url'), id: s('id'), published: published ? normalizeDate(published) : null };
	}
	return {};
}

async function* readDocument(text: string, kind: FileKind, origin: string, ctx: ReadContext, url?: string): AsyncGenerator<ReadItem> {
	switch (kind) {
		case 'text':
			yield { origin, article: { text, url: url ?? null } };
			return;
		case 'html':
			yield { origin, article: parseHtml(text, url) };
			return;
		case 'json': {
			const items = [...parseJsonBatch(text, origin)];
			ctx.onEstimate?.(items.length - 1);
			yield* items;
			return;
		}
		case 'ndjson': {
			const items = [...parseNdjson(text, origin)];
			ctx.onEstimate?.(items.length - 1);
			yield* items;
			return;
		}
		case 'feed':
			yield* readFeed(text, origin, ctx, url);
	}
}

/** Each feed item's link is fetched for the full article; the item's own text is the fallback. */
export async function* readFeed(xml: string, origin: string, ctx: ReadContext, feedUrl?: string): AsyncGenerator<ReadItem> {
	const feed = parseFeed(xml, feedUrl);
	const items = feed.items.slice(0, ctx.maxFeedItems ?? feed.items.length);
	ctx.onEstimate?.(items.length - 1);
	for (let i = 0; i < items.length; i++) {
		const item = items[i];
		const itemOrigin = item.link ?? `${origin}#item${i + 1}`;
		let page: RawArticle | null = null;
		let fetchError: string | null = null;
		if (item.link && ctx.fetcher) {
			try {
				const res = await ctx.fetcher.fetch(item.link, { accept: ['text/html', 'application/xhtml+xml', 'text/plain'] });
				page = sniff(res.body, res.contentType) === 'html' ? parseHtml(res.body, res.url) : { text: res.body, url: res.url };
			} catch (e) {
				fetchError = (e as Error).message;
			}
		}
		const base = {
			title: page?.title ?? item.title,
			published: page?.published ?? item.published,
			source: page?.source ?? feed.title,
			url: page?.url ?? item.link
		};
		if (page && page.text.trim().length >= (item.summary?.length ?? 0)) {
			yield { origin: itemOrigin, article: { ...page, ...base } };
		} else if (item.summary) {
			yield { origin: itemOrigin, article: { text: item.summary, ...base } };
		} else {
			yield { origin: itemOrigin, error: fetchError ? `feed item: ${fetchError}, and the item has no text of its own` : 'feed item has neither a fetchable link nor text' };
		}
	}
}

async function* readFile(file: string, ctx: ReadContext): AsyncGenerator<ReadItem> {
	const kind = kindOfPath(file);
	if (kind === 'ndjson') {
		ctx.onEstimate?.((await countLines(file)) - 1);
		yield* readNdjsonFile(file);
		return;
	}
	const text = await readFileText(file);
	if (kind === 'text' || (kind === null && sniff(text) === 'text')) {
		const meta = await sidecar(file);
		yield { origin: file, article: { text, ...meta } };
		return;
	}
	yield* readDocument(text, kind ?? sniff(text), file, ctx);
}

async function* readUrl(url: string, ctx: ReadContext, forceFeed: boolean): AsyncGenerator<ReadItem> {
	if (!ctx.fetcher) throw new RejectedInput('fetching URLs is not available here');
	const res = await ctx.fetcher.fetch(url);
	const kind = forceFeed ? 'feed' : sniff(res.body, res.contentType);
	for await (const item of readDocument(res.body, kind, res.url, ctx, res.url)) {
		// The server's Last-Modified/Date is a weak stand-in for a publication date; mark it as inferred.
		if ('article' in item && !item.article.published && res.lastModified) {
			const inferred = normalizeDate(res.lastModified);
			if (inferred) item.article = { ...item.article, published: inferred, publishedInferred: true };
		}
		yield item;
	}
}

/**
 * Reads one source. Errors that concern the whole source (unreadable file,
 * malformed feed, refused URL) become a single error item instead of a throw, so
 * one bad source never stops the others.
 */
export async function* readSource(source: Source, ctx: ReadContext): AsyncGenerator<ReadItem> {
	const origin = source.kind === 'path' ? source.path : source.kind === 'text' ? 'text' : source.kind === 'document' ? source.name : source.url;
	try {
		if (source.kind === 'document') {
			yield* readDocument(source.text, sniff(source.text), source.name, ctx);
		} else if (source.kind === 'text') {
			const { text, published, title, url, id } = source;
			yield { origin: id ?? 'text', article: { text, published, title, url, id, source: source.source } };
		} else if (source.kind === 'url' || source.kind === 'feed') {
			yield* readUrl(source.url, ctx, source.kind === 'feed');
		} else {
			let stat;
			try {
				stat = await fs.stat(source.path);
			} catch (e) {
				const code = (e as { code?: string }).code;
				throw new RejectedInput(code === 'ENOENT' ? `no such file or folder: ${source.path}` : `cannot read ${source.path}: ${(e as Error).message}`);
			}
			if (stat.isDirectory()) {
				const files = await walk(source.path);
				ctx.onEstimate?.(files.length - 1);
				for (const file of files) {
					try {
						yield* readFile(file, ctx);
					} catch (e) {
						yield { origin: file, error: (e as Error).message };
					}
				}
			} else {
				yield* readFile(source.path, ctx);
			}
		}
	} catch (e) {
		yield { origin, error: (e as Error).message };
	}
}

/** Turns a command-line argument into a source: http(s) URLs are fetched, anything else is a path. */
export function sourceFromArg(arg: string): Source {
	if (/^[a-z][a-z0-9+.-]*:\/\//i.test(arg)) return { kind: 'url', url: arg };
	return { kind: 'path', path: arg };
}
