/**
 * Shapes shared by the ingestion stages: sources go in, raw articles come out of
 * the readers, and the pipeline turns each into a stored article with a result.
 */
import type { ArticleInput, Extraction } from '../../core/types';
import type { Store } from '../store/types';

/** One thing the user asked to ingest. `kind: 'auto'` lets the pipeline decide from the path or URL. */
export type Source =
	| { kind: 'path'; path: string }
	| { kind: 'url'; url: string }
	| { kind: 'feed'; url: string }
	| { kind: 'text'; text: string; published?: string | null; title?: string; source?: string; url?: string; id?: string }
	/** a whole document of unknown form (standard input): a page, a feed, a batch or plain text, told apart by its content. */
	| { kind: 'document'; text: string; name: string };

/** An article as a reader found it, before extraction. */
export interface RawArticle {
	text: string;
	published?: string | null;
	/** true when the date was not stated by the article itself (e.g. taken from an HTTP Date header). */
	publishedInferred?: boolean;
	url?: string | null;
	title?: string | null;
	source?: string | null;
	id?: string | null;
}

/** A reader yields articles, or errors tied to where they came from (file, file:line, URL). */
export type ReadItem = { origin: string; article: RawArticle } | { origin: string; error: string };

export type ArticleStatus = 'ingested' | 'duplicate' | 'near-duplicate' | 'failed';

export interface ArticleResult {
	origin: string;
	status: ArticleStatus;
	articleId?: string;
	/** stored article this one is a near-duplicate of. */
	duplicateOf?: string | null;
	events?: number;
	/** ISO 639-1 (or 639-3 when no two-letter code exists) of a non-English article. */
	language?: string;
	title?: string | null;
	error?: string;
}

export interface IngestSummary {
	ingested: number;
	duplicates: number;
	nearDuplicates: number;
	failed: number;
	/** articles stored without extraction because they are not in English. */
	nonEnglish: number;
	events: number;
	failures: { origin: string; error: string }[];
	results: ArticleResult[];
	seconds: number;
}

export interface Progress {
	done: number;
	/** best estimate of the number of articles, grows as folders and feeds are read. */
	total: number;
	last: ArticleResult;
}

export type ExtractFn = (input: ArticleInput) => Extraction | Promise<Extraction>;

/** The subset of a fetcher the readers need (see fetch.ts for the safe implementation). */
export interface Fetcher {
	fetch(url: string, opts?: { accept?: readonly string[]; conditional?: { etag?: string | null; lastModified?: string | null } }): Promise<FetchedResource>;
}

export interface FetchedResource {
	/** final URL after redirects. */
	url: string;
	status: number;
	contentType: string;
	/** decoded body. */
	body: string;
	/** value of the Last-Modified or Date header, when given. */
	lastModified?: string;
	/** ETag header, when given (conditional GET of feeds). */
	etag?: string;
}

export interface IngestDefaults {
	/** publication date for articles that do not state one (CLI --published). */
	published?: string;
	/** outlet name for articles that do not state one (CLI --source). */
	source?: string;
}

export interface IngestOptions {
	/** with saveArticles, articles are stored several to a transaction (one commit for many). */
	store: Pick<Store, 'saveArticle'> & Partial<Pick<Store, 'saveArticles' | 'articleByContentHash' | 'kind'>>;
	fetcher?: Fetcher;
	extract?: ExtractFn;
	defaults?: IngestDefaults;
	onProgress?: (p: Progress) => void;
	/** most items taken from one feed (default: all, up to the parser's cap of 1,000). */
	maxFeedItems?: number;
	/** keep the per-article results in the summary (default true; large batches may turn it off). */
	keepResults?: boolean;
	/**
	 * Articles being read and extracted at once, ahead of the one being stored (default 1: one after another).
	 * More pays only with an `extract` that runs elsewhere (extract-pool.ts); results stay in input order.
	 */
	inFlight?: number;
}
