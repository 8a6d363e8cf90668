/**
 * The types every layer shares. The extraction document mirrors
 * ../shared/formats/extraction.schema.json (the contract of `sitrep extract`);
 * extra fields are allowed by that schema and are marked as sitrep's own here.
 *
 * Offsets are UTF-16 code unit indices into the raw article text, end exclusive:
 * text.slice(start, end) === span.text always holds.
 */

export interface Span {
	start: number;
	end: number;
	text: string;
}

/** Calendar interval an expression may cover: start inclusive, end exclusive, ISO 8601 (UTC unless stated). */
export interface Interval {
	start: string;
	end: string;
}

export type Granularity =
	| 'second'
	| 'minute'
	| 'hour'
	| 'part-of-day'
	| 'day'
	| 'week'
	| 'month'
	| 'quarter'
	| 'season'
	| 'year'
	| 'decade'
	| 'century'
	| 'unknown';

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export interface Timex extends Span {
	type: TimexType;
	/** TimeML TIMEX3 value: 2021-02-25, 2021-02, 2021-W08, 2021-02-25TEV, P1M, PAST_REF, XXXX-XX-XX … */
	value: string;
	interval?: Interval;
	granularity?: Granularity;
	/** 'published', or the index in `timexes` of the expression it was resolved from. */
	anchor?: 'published' | number;
	id?: string;
	/** sitrep: TimeML mod (BEFORE, AFTER, APPROX, START, MID, END…) when the text qualifies the value. */
	mod?: string;
	/** sitrep: confidence in the value, 0..1. */
	confidence?: number;
}

/** What the caller hands to extract(): the raw text and what is known of the article. */
export interface ArticleInput {
	text: string;
	/** ISO 8601 publication date (the reference for every relative date); omitted when unknown. */
	published?: string | null;
	id?: string;
	url?: string;
	title?: string;
	source?: string;
}

export interface ArticleMeta {
	id?: string;
	url?: string;
	title?: string;
	source?: string;
	published: string;
	publishedInferred?: boolean;
	/** sitrep: ISO 639-1 code of the detected language when known. */
	language?: string;
}

export type ActorKind =
	| 'person'
	| 'state'
	| 'government'
	| 'military'
	| 'armed_group'
	| 'organization'
	| 'political_party'
	| 'media'
	| 'facility'
	| 'civilians'
	| 'protesters'
	| 'other';

export interface Affiliation {
	actor: string;
	relation: string;
}

export interface Actor {
	id: string;
	name: string;
	kind: ActorKind;
	aliases?: string[];
	titles?: string[];
	country?: string;
	affiliations?: Affiliation[];
	mentions: Span[];
}

export type PlacePrecision = 'point' | 'city' | 'region' | 'country' | 'unknown';

export interface Place {
	id: string;
	name: string;
	country?: string;
	admin1?: string;
	lat?: number;
	lon?: number;
	precision?: PlacePrecision;
	mentions: Span[];
}

export type Role = 'agent' | 'target' | 'authorizer' | 'victim' | 'participant' | 'source';

export interface RoleAssignment {
	role: Role;
	actor: string;
}

export type DateBasis = 'explicit' | 'inherited' | 'published' | 'inferred' | 'unknown';

export interface EventDate {
	value: string | null;
	interval?: Interval;
	granularity?: Granularity | string;
	timex?: number;
	basis?: DateBasis;
}

export interface ExtractedEvent {
	id: string;
	/** sitrep taxonomy id (see docs/taxonomy.md). */
	type: string;
	plover?: string;
	acled?: { eventType?: string; subEventType?: string };
	date: EventDate;
	roles: RoleAssignment[];
	place?: string;
	fatalities?: number;
	injuries?: number;
	evidence: Span;
	confidence: number;
	attributedTo?: string;
	/** sitrep: the trigger word(s) that named the event. */
	trigger?: Span;
}

export type LinkRelation = 'in_response_to' | 'causes' | 'before' | 'after' | 'part_of' | 'same_as';

export interface EventLink {
	from: string;
	to: string;
	relation: LinkRelation;
	evidence?: Span;
}

/** The document `sitrep extract` prints, valid against extraction.schema.json. */
export interface Extraction {
	article: ArticleMeta;
	timexes: Timex[];
	actors: Actor[];
	places: Place[];
	events: ExtractedEvent[];
	links: EventLink[];
	/** sitrep: version of the extractor that produced this document. */
	extractor?: string;
}

/** A user-facing input problem: the CLI prints its message and exits non-zero; the API answers 400. */
export class InputError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'InputError';
	}
}
