/** The mention record every entity tagger emits and the resolver groups. */
import type { ActorKind, PlacePrecision } from '../core/types';
import type { GroupClass } from './groups';

export interface Mention {
	/** Offsets into the raw text. */
	start: number;
	end: number;
	sentence: number;
	/** First and last+1 token index. */
	t0: number;
	t1: number;
	what: 'actor' | 'place';
	name: string;
	kind: ActorKind;
	country?: string;
	title?: string;
	/** alpha-2 of a state backing the actor ("Iranian-backed militias"). */
	backer?: string;
	/** The mention is only a backer adjective ("Iranian-backed") naming a state. */
	backerOnly?: boolean;
	group?: GroupClass;
	unidentified?: boolean;
	/** An armed group named only as rebels or the opposition ("opposition factions", "rebel fighters"). */
	opposition?: boolean;
	/** Number stated with a group ("two civilians" → 2). */
	count?: number;
	/** Curated or acronym-bound canonical key. */
	key?: string;
	aliasOf?: string;
	/** The place a report was filed from ("KYIV, July 24 (AP) —"), not where its events happened. */
	dateline?: boolean;
	place?: {
		precision: PlacePrecision;
		lat?: number;
		lon?: number;
		country?: string;
		admin1?: string;
	};
}
