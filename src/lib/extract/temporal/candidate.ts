/** What every rule produces: a span and a way to resolve it once its context is known. */
import type { TimexType } from '../../core/types';
import type { Dct, Ymd } from './calendar';
import type { Tense } from './tense';

/** A date earlier in the narrative that "two days later" or "that week" may count from. */
export interface NarrativeAnchor {
	date: Ymd;
	/** the anchor's own value, e.g. 1998-Q3, so "a year earlier" can keep its shape. */
	value: string;
	index: number;
	/** where the anchor expression starts in the text. */
	start: number;
}

export interface ResolveContext {
	dct: Dct;
	tense: Tense;
	previous: NarrativeAnchor | null;
	/** the reporting period (a quarter or half) the text last named, e.g. 1989-Q3. */
	period: string | null;
	/** start of the sentence being resolved. */
	sentenceStart: number;
	/** the whole text, for rules that look around their span. */
	text: string;
}

export interface Resolved {
	value: string;
	type?: TimexType;
	mod?: string;
	/** resolved against the narrative anchor rather than the publication date. */
	fromPrevious?: boolean;
	confidence?: number;
	/** the value is stated in full (an explicit year), not computed from a reference. */
	absolute?: boolean;
	/** zone offset the text states for a clock time, minutes east of UTC. */
	offsetMinutes?: number;
	/** this value names the reporting period ("the third quarter"): later "a year earlier" shifts it. */
	period?: boolean;
	/** last day of a stated range ("Aug. 7-9" → 1998-08-09). */
	rangeEnd?: string;
}

export interface Candidate {
	start: number;
	end: number;
	type: TimexType;
	rule: string;
	/** higher wins when two candidates overlap with the same length. */
	priority: number;
	resolve(ctx: ResolveContext): Resolved | null;
}
