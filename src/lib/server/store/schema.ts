/**
 * Row types of the one schema both databases share (kysely's typed builder reads
 * them). Times are integer epoch seconds (UTC) so that windows and buckets are
 * integer comparisons and divisions in SQL; booleans are 0/1 integers on both.
 */
import type { Generated } from 'kysely';

export interface ArticlesTable {
	id: Generated<number>;
	content_hash: string;
	simhash: string;
	minhash: string;
	url: string | null;
	title: string | null;
	source: string | null;
	published: string;
	published_s: number;
	published_inferred: number;
	language: string | null;
	text: string;
	extractor_version: string | null;
	duplicate_of: number | null;
	/** the story: the article itself, or the original a syndicated copy repeats. */
	story_id: number | null;
	created_at: string;
}

export interface ArticleBandsTable {
	band: number;
	key: number;
	article_id: number;
}

export interface PlacesTable {
	id: Generated<number>;
	key: string;
	name: string;
	country: string | null;
	admin1: string | null;
	lat: number | null;
	lon: number | null;
	precision: string | null;
}

export interface ActorsTable {
	id: Generated<number>;
	name: string;
	kind: string;
	country: string | null;
	surname: string | null;
	search_text: string;
	event_count: number;
	mention_count: number;
}

export interface ActorKeysTable {
	key: string;
	actor_id: number;
}

export interface ActorAliasesTable {
	actor_id: number;
	alias: string;
}

export interface ActorMentionsTable {
	id: Generated<number>;
	actor_id: number;
	article_id: number;
	local_id: string;
	name: string;
	start_offset: number | null;
	end_offset: number | null;
	reason: string;
	score: number;
}

export interface EventsTable {
	id: Generated<number>;
	type: string;
	family: string;
	plover: string | null;
	date_value: string | null;
	start_s: number;
	end_s: number;
	/** duration class (see window.ts): bounds how far back an overlapping event can start. */
	span_class: number;
	granularity: string | null;
	basis: string | null;
	place_id: number | null;
	fatalities: number | null;
	confidence: number;
	source_count: number;
	mention_count: number;
	disputed: number;
	disputes: string | null;
	label: string;
}

export interface MentionsTable {
	id: Generated<number>;
	article_id: number;
	event_id: number;
	story_id: number;
	local_id: string;
	type: string;
	family: string;
	plover: string | null;
	acled_event_type: string | null;
	acled_sub_event_type: string | null;
	date_value: string | null;
	date_start: string | null;
	date_end: string | null;
	start_s: number;
	end_s: number;
	granularity: string | null;
	basis: string | null;
	date_text: string | null;
	evidence_start: number;
	evidence_end: number;
	evidence_text: string;
	place_id: number | null;
	place_name: string | null;
	fatalities: number | null;
	injuries: number | null;
	confidence: number;
	/** JSON arrays of canonical actor ids. */
	agents: string;
	targets: string;
	attributed_to: string | null;
	extractor_version: string | null;
}

export interface MergesTable {
	mention_id: number;
	event_id: number;
	reason: string;
	score: number;
	automatic: number;
}

export interface EventRolesTable {
	event_id: number;
	actor_id: number;
	role: string;
	mentions: number;
}

export interface EdgeEventsTable {
	source_id: number;
	target_id: number;
	relation: string;
	event_id: number;
}

export interface ActorEdgesTable {
	source_id: number;
	target_id: number;
	relation: string;
	events: number;
	sources: number;
	weight: number;
}

export interface EventLinksTable {
	from_id: number;
	to_id: number;
	relation: string;
	article_id: number;
	evidence_start: number | null;
	evidence_end: number | null;
}

export interface DayCountsTable {
	day: number;
	/** months since year 0 (year * 12 + month - 1), so month and year buckets are integer divisions. */
	month: number;
	type: string;
	n: number;
}

/** day_counts at every confidence threshold (confidence.ts); kept by triggers on events. */
export type DayConfidenceTable = Omit<DayCountsTable, 'n'> & {
	/** c{k}: the events with confidence >= k/20, k in 0..20. */
	[threshold: `c${number}`]: number;
};

export interface DB {
	articles: ArticlesTable;
	article_bands: ArticleBandsTable;
	places: PlacesTable;
	actors: ActorsTable;
	actor_keys: ActorKeysTable;
	actor_aliases: ActorAliasesTable;
	actor_mentions: ActorMentionsTable;
	events: EventsTable;
	mentions: MentionsTable;
	merges: MergesTable;
	event_roles: EventRolesTable;
	edge_events: EdgeEventsTable;
	actor_edges: ActorEdgesTable;
	event_links: EventLinksTable;
	day_counts: DayCountsTable;
	day_confidence: DayConfidenceTable;
}

export type Dialect = 'sqlite' | 'postgres';
