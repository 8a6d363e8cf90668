/**
 * The storage contract the app, the CLI and the workers use. Two implementations
 * (SQLite, the embedded default; PostgreSQL, for teams) share one schema through
 * kysely and pass one contract test suite.
 *
 * Model: an article yields event *mentions* (one per extracted event); linking groups
 * mentions into canonical *events* (one strike, however many reports), and actor
 * mentions into canonical *actors*. Queries answer with canonical events.
 */
import type { Extraction, Granularity, Interval, Role, Span } from '../../core/types';

export interface ArticleRecordInput {
	text: string;
	published: string;
	publishedInferred?: boolean;
	url?: string | null;
	title?: string | null;
	source?: string | null;
	language?: string | null;
}

export interface SaveResult {
	articleId: string;
	/** false when an article with the same content hash was already stored (nothing changed). */
	inserted: boolean;
	/** set when the article is a near-duplicate (syndicated copy) of a stored one. */
	duplicateOf?: string | null;
	events: number;
}

/** One article of a batch given to Store.saveArticles. */
export interface SaveItem {
	article: ArticleRecordInput;
	extraction: Extraction;
}

/** What became of one article of a batch: saved (or found stored), or refused with the reason (bad input). */
export type SaveOutcome = SaveResult | { error: string };

export interface EventFilter {
	/** ISO instants; an event is in the window when its interval overlaps [from, to). */
	from?: string;
	to?: string;
	types?: string[];
	actors?: string[];
	places?: string[];
	sources?: string[];
	q?: string;
	minConfidence?: number;
}

export interface EventQuery extends EventFilter {
	limit?: number;
	offset?: number;
}

export interface RoleSummary {
	role: Role;
	actorId: string;
	name: string;
	kind: string;
}

export interface EventSummary {
	id: string;
	type: string;
	plover: string | null;
	/** TimeML value of the date, null when unknown. */
	dateValue: string | null;
	granularity: Granularity | string | null;
	/** Interval drawn on the timeline: start inclusive, end exclusive (ISO). */
	start: string;
	end: string;
	placeId: string | null;
	placeName: string | null;
	lat: number | null;
	lon: number | null;
	fatalities: number | null;
	confidence: number;
	sourceCount: number;
	roles: RoleSummary[];
	/** short text of the first evidence sentence, for labels and tooltips. */
	label: string;
	/** true when the sources disagree on date, place, fatalities or agent. */
	disputed: boolean;
	/**
	 * Distinct outlet names (articles' `source`) that report the event, earliest report first.
	 * Named `outlets`, not `sources`: EventDetail.sources already holds the full source records.
	 */
	outlets: string[];
}

export interface EventSource {
	articleId: string;
	mentionId: string;
	url: string | null;
	title: string | null;
	source: string | null;
	published: string;
	/** the whole article text; the UI shows it as text, with evidence highlighted. */
	text: string;
	evidence: Span;
	/** how the date was worked out for this mention. */
	dateText: string | null;
	dateValue: string | null;
	dateBasis: string | null;
	placeName: string | null;
	fatalities: number | null;
	agents: string[];
}

export interface MergeReason {
	mentionId: string;
	reason: string;
	score: number;
	automatic: boolean;
}

export interface EventDetail extends EventSummary {
	interval: Interval;
	basis: string | null;
	sources: EventSource[];
	merges: MergeReason[];
	links: { relation: string; otherId: string; otherLabel: string; direction: 'out' | 'in' }[];
}

export interface BucketQuery extends EventFilter {
	/** bucket width: 'year' | 'month' | 'week' | 'day' | 'hour' */
	unit: 'year' | 'month' | 'week' | 'day' | 'hour';
}

export interface Bucket {
	start: string;
	count: number;
	/** counts per event type within the bucket. */
	byType?: Record<string, number>;
}

export interface ActorSummary {
	id: string;
	name: string;
	kind: string;
	country: string | null;
	aliases: string[];
	eventCount: number;
}

export interface GraphEdge {
	source: string;
	target: string;
	relation: string;
	weight: number;
	events: number;
}

export interface GraphSelection {
	nodes: ActorSummary[];
	edges: GraphEdge[];
}

export interface StoreStats {
	articles: number;
	events: number;
	mentions: number;
	actors: number;
}

export interface Store {
	readonly kind: 'sqlite' | 'postgres';
	/** Applies pending versioned migrations. */
	migrate(): Promise<void>;
	close(): Promise<void>;
	/** Stores one article and its extraction atomically (all or nothing), idempotent by content hash. */
	saveArticle(article: ArticleRecordInput, extraction: Extraction): Promise<SaveResult>;
	/**
	 * Stores several articles in ONE transaction, each in its own savepoint: an article with bad input
	 * (empty text, invalid date) is refused alone, with its reason, and the others are kept; a store
	 * failure (disk full, connection lost) throws and stores none of the batch. Each article stays
	 * whole, and a crash loses at most the uncommitted batch. Same results, in order, as calling
	 * saveArticle on each; much cheaper per article (one commit for all).
	 */
	saveArticles(items: SaveItem[]): Promise<SaveOutcome[]>;
	/** The stored article with this content hash (`contentHash(text)` in store/save.ts), reported as saveArticle reports a repeat; null when none. */
	articleByContentHash(hash: string): Promise<SaveResult | null>;
	listEvents(query: EventQuery): Promise<{ total: number; events: EventSummary[] }>;
	getEvent(id: string): Promise<EventDetail | null>;
	buckets(query: BucketQuery): Promise<Bucket[]>;
	listActors(query: { q?: string; limit?: number }): Promise<ActorSummary[]>;
	graph(filter: EventFilter): Promise<GraphSelection>;
	stats(): Promise<StoreStats>;
}
