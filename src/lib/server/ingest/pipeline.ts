/**
 * The ingestion pipeline: read → check → detect language → extract → store.
 * Extracted articles are stored a few at a time in one transaction
 * (Store.saveArticles, each article whole in its own savepoint): a crash loses at
 * most the uncommitted batch, which is small in count and in time, and
 * re-running skips what is stored (idempotent by content hash).
 */
import type { Extraction } from '../../core/types';
import { emptyExtraction } from '../../core/extraction';
import type { ArticleRecordInput, SaveOutcome, SaveResult } from '../store/types';
import { normalizeDate } from './dates';
import { storedArticle } from './known';
import { detectLanguage } from './language';
import { readSource } from './sources';
import { checkArticleText, RejectedInput } from './text';
import type { ArticleResult, ExtractFn, IngestDefaults, IngestOptions, IngestSummary, RawArticle, Source } from './types';

let defaultExtract: ExtractFn | null = null;

/** The extractor is loaded on first use so that reading and fetching work without its start-up cost. */
async function loadExtract(): Promise<ExtractFn> {
	if (!defaultExtract) {
		const mod = (await import('../../extract/index')) as { extract: ExtractFn };
		defaultExtract = mod.extract;
	}
	return defaultExtract;
}

export { emptyExtraction };

function orNull(v: string | null | undefined): string | null {
	return v === undefined || v === null || v.trim() === '' ? null : v.trim();
}

/** An article checked and extracted, ready to store, or already decided (failed, or stored before). */
type Prepared =
	| { done: ArticleResult }
	| { origin: string; record: ArticleRecordInput; extraction: Extraction; title: string | null; language: string | null; english: boolean };

/** Checks and extracts one article; stores nothing. */
async function prepareArticle(raw: RawArticle, origin: string, opts: Pick<IngestOptions, 'store' | 'extract' | 'defaults'>): Promise<Prepared> {
	const defaults: IngestDefaults = opts.defaults ?? {};
	let text: string;
	let published: string | null;
	try {
		text = checkArticleText(raw.text, 'article');
		const stated = raw.published ? normalizeDate(raw.published) : null;
		if (raw.published && !stated) throw new RejectedInput(`publication date is not a valid date: ${JSON.stringify(raw.published)}`);
		const fallback = defaults.published ? normalizeDate(defaults.published) : null;
		if (defaults.published && !fallback) throw new RejectedInput(`--published is not a valid date: ${defaults.published}`);
		published = stated ?? fallback;
	} catch (e) {
		if (e instanceof RejectedInput) return { done: { origin, status: 'failed', error: e.message, title: raw.title ?? null } };
		throw e;
	}
	// A date given by the caller for the whole batch is a stand-in, not the article's own.
	let publishedInferred = raw.published ? Boolean(raw.publishedInferred) : Boolean(defaults.published);
	const meta = {
		url: orNull(raw.url),
		title: orNull(raw.title),
		source: orNull(raw.source) ?? orNull(defaults.source)
	};
	const known = await storedArticle(opts.store, text);
	if (known) {
		return { done: { origin, status: 'duplicate', articleId: known.articleId, duplicateOf: known.duplicateOf ?? null, events: known.events, title: meta.title } };
	}
	const language = detectLanguage(text);

	let extraction: Extraction;
	if (!language.english) {
		if (!published) {
			return { done: { origin, status: 'failed', error: 'no publication date: the article states none; give one (--published ISO, or a "published" field)', title: meta.title } };
		}
		extraction = emptyExtraction({
			published,
			publishedInferred,
			language: language.code,
			...(raw.id ? { id: raw.id } : {}),
			...(meta.url ? { url: meta.url } : {}),
			...(meta.title ? { title: meta.title } : {}),
			...(meta.source ? { source: meta.source } : {})
		});
	} else {
		const extract = opts.extract ?? (await loadExtract());
		try {
			// Without a date the extractor infers one from the text (datelines) and marks it inferred.
			extraction = await extract({
				text,
				published: published ?? undefined,
				id: raw.id ?? undefined,
				url: meta.url ?? undefined,
				title: meta.title ?? undefined,
				source: meta.source ?? undefined
			});
		} catch (e) {
			return { done: { origin, status: 'failed', error: `extraction failed: ${(e as Error).message}`, title: meta.title } };
		}
		extraction.article.language ??= 'en';
		if (!published) {
			published = normalizeDate(extraction.article.published);
			publishedInferred = true;
			if (!published) {
				return { done: { origin, status: 'failed', error: 'no publication date: the article states none and none could be inferred; give one (--published ISO)', title: meta.title } };
			}
		}
	}
	return { origin, record: { text, published, publishedInferred, ...meta, language: language.code }, extraction, title: meta.title, language: language.code, english: language.english };
}

function resultOf(p: Exclude<Prepared, { done: ArticleResult }>, saved: SaveOutcome): ArticleResult {
	if ('error' in saved) return { origin: p.origin, status: 'failed', error: saved.error, title: p.title };
	const s: SaveResult = saved;
	const result: ArticleResult = {
		origin: p.origin,
		status: !s.inserted ? 'duplicate' : s.duplicateOf ? 'near-duplicate' : 'ingested',
		articleId: s.articleId,
		duplicateOf: s.duplicateOf ?? null,
		events: s.events,
		title: p.title
	};
	if (!p.english && p.language) result.language = p.language;
	return result;
}

/** Extracts and stores one article (in its own transaction); returns what happened. Throws only for store failures. */
export async function ingestArticle(
	raw: RawArticle,
	origin: string,
	opts: Pick<IngestOptions, 'store' | 'extract' | 'defaults'>
): Promise<ArticleResult> {
	const p = await prepareArticle(raw, origin, opts);
	if ('done' in p) return p.done;
	return resultOf(p, await opts.store.saveArticle(p.record, p.extraction));
}

/**
 * Extracts several articles, then stores them as the batch ingest does (a few transactions, each article in
 * its own savepoint); results in input order. A queue worker uses it for the jobs it takes at once.
 */
export async function ingestArticles(
	items: { raw: RawArticle; origin: string; defaults?: IngestDefaults }[],
	opts: Pick<IngestOptions, 'store' | 'extract'>
): Promise<ArticleResult[]> {
	const results: ArticleResult[] = [];
	const batcher = new Batcher(opts.store, (r) => results.push(r));
	// All extracted first: extraction time then never splits the batch into several commits.
	const prepared: Prepared[] = [];
	for (const it of items) prepared.push(await prepareArticle(it.raw, it.origin, { ...opts, defaults: it.defaults }));
	for (const p of prepared) await batcher.add(p);
	await batcher.flush();
	return results;
}

/**
 * Most articles stored in one transaction, and longest an extracted article waits for its commit. A commit
 * writes every page its articles touched, and index pages are shared across articles: 128 articles a commit
 * write about half as much per article as 32 (end to end on 10,000 SYNTHETIC articles, 160 → 195 articles/s;
 * 256 gained nothing more). A crash loses at most this much work, which a re-run redoes.
 */
export const BATCH_ARTICLES = 128;
export const BATCH_MS = 1000;
/**
 * On PostgreSQL each article's savepoint is a subtransaction, and a backend keeps at most 64 of them in shared
 * memory; past that, every other session's snapshot has to look them up on disk (subtransaction overflow), which
 * slows the readers of a shared server. One writer measured no faster at 128 than at 32 (70–78/s either way).
 */
export const BATCH_ARTICLES_POSTGRES = 48;

/** Most articles per transaction for this store. */
export function batchLimit(store: { kind?: string }): number {
	return store.kind === 'postgres' ? BATCH_ARTICLES_POSTGRES : BATCH_ARTICLES;
}

/**
 * Stores prepared articles in order, many to a transaction, and hands each result on in input order.
 * Bounded in count and time, so memory stays flat and a crash loses little.
 */
class Batcher {
	private queue: Prepared[] = [];
	private pending = 0;
	private since = 0;

	constructor(
		private readonly store: IngestOptions['store'],
		private readonly emit: (r: ArticleResult) => void
	) {}

	async add(p: Prepared): Promise<void> {
		if ('done' in p && this.queue.length === 0) return this.emit(p.done);
		this.queue.push(p);
		if (!('done' in p) && this.pending++ === 0) this.since = performance.now();
		if (this.pending >= batchLimit(this.store) || (this.pending > 0 && performance.now() - this.since >= BATCH_MS)) await this.flush();
	}

	async flush(): Promise<void> {
		const queue = this.queue;
		this.queue = [];
		this.pending = 0;
		const todo = queue.filter((p): p is Exclude<Prepared, { done: ArticleResult }> => !('done' in p));
		let saved: SaveOutcome[];
		if (this.store.saveArticles) saved = await this.store.saveArticles(todo.map((p) => ({ article: p.record, extraction: p.extraction })));
		else {
			saved = [];
			for (const p of todo) saved.push(await this.store.saveArticle(p.record, p.extraction));
		}
		let i = 0;
		for (const p of queue) this.emit('done' in p ? p.done : resultOf(p, saved[i++]));
	}
}

export function emptySummary(): IngestSummary {
	return { ingested: 0, duplicates: 0, nearDuplicates: 0, failed: 0, nonEnglish: 0, events: 0, failures: [], results: [], seconds: 0 };
}

/** Adds one article's result to the running summary. */
export function tally(summary: IngestSummary, r: ArticleResult, keep = true): void {
	if (r.status === 'ingested') summary.ingested++;
	else if (r.status === 'duplicate') summary.duplicates++;
	else if (r.status === 'near-duplicate') summary.nearDuplicates++;
	else {
		summary.failed++;
		summary.failures.push({ origin: r.origin, error: r.error ?? 'unknown error' });
	}
	if (r.language && r.status !== 'failed' && r.status !== 'duplicate') summary.nonEnglish++;
	if (r.status !== 'duplicate') summary.events += r.events ?? 0;
	if (keep) summary.results.push(r);
}

/**
 * Ingests every article the sources hold, one after another, and reports each
 * through `onProgress`. A bad article or source is counted as failed with its
 * reason; only a store failure (database gone, disk full) stops the run.
 */
export async function ingest(sources: Source[], opts: IngestOptions): Promise<IngestSummary> {
	const started = performance.now();
	const summary = emptySummary();
	let total = sources.length;
	let done = 0;
	const ctx = { fetcher: opts.fetcher, maxFeedItems: opts.maxFeedItems, onEstimate: (extra: number) => (total += Math.max(0, extra)) };
	const batcher = new Batcher(opts.store, (result) => {
		tally(summary, result, opts.keepResults !== false);
		done++;
		opts.onProgress?.({ done, total: Math.max(total, done), last: result });
	});
	// Articles prepared ahead of the one being stored, oldest first; each is stored in its turn.
	const ahead: Promise<Prepared>[] = [];
	const inFlight = Math.max(1, Math.floor(opts.inFlight ?? 1));
	for (const source of sources) {
		for await (const item of readSource(source, ctx)) {
			const prepared: Promise<Prepared> =
				'error' in item ? Promise.resolve({ done: { origin: item.origin, status: 'failed', error: item.error } }) : prepareArticle(item.article, item.origin, opts);
			// Awaited in its turn below; until then a store failure in it must not count as unhandled.
			prepared.catch(() => {});
			ahead.push(prepared);
			if (ahead.length >= inFlight) await batcher.add(await ahead.shift()!);
		}
	}
	while (ahead.length > 0) await batcher.add(await ahead.shift()!);
	await batcher.flush();
	summary.seconds = (performance.now() - started) / 1000;
	return summary;
}
