/**
 * Cross-article event deduplication: does this mention report an event the corpus
 * already holds? Pure scoring over a few candidates that the store fetches through
 * an index on (family, start); each accepted merge carries a readable reason and a
 * score so that a person can inspect it and undo it.
 */
import { lookupTable } from '../core/lookup';
import { overlaps } from './time';

export interface PlaceFacts {
	/** store row id, when the place is stored. */
	id?: number;
	key: string;
	name: string;
	country: string | null;
	precision: string | null;
}

export interface MentionFacts {
	type: string;
	family: string;
	start: number;
	end: number;
	granularity: string;
	basis: string;
	place: PlaceFacts | null;
	agents: number[];
	targets: number[];
	fatalities: number | null;
}

export interface EventCandidate extends MentionFacts {
	id: number;
}

export interface MatchDecision {
	accept: boolean;
	score: number;
	reason: string;
}

export const MERGE_THRESHOLD = 0.7;
/**
 * Statements and changes of status are not physical incidents: one actor says many
 * things on one day, so two reports are one statement only when agent and target agree too.
 */
export const SPEECH_THRESHOLD = 0.85;
const SPEECH_FAMILIES = new Set(['statement', 'group_change', 'appeal', 'announcement']);

export function mergeThreshold(family: string): number {
	return SPEECH_FAMILIES.has(family) ? SPEECH_THRESHOLD : MERGE_THRESHOLD;
}
const DAY = 86_400;
/** Reports of one event may disagree by a day (time zones, "overnight"); candidates are fetched this far out. */
export const DATE_SLACK = DAY;

const FINE = new Set(['second', 'minute', 'hour', 'part-of-day', 'day']);

function isPoint(p: PlaceFacts): boolean {
	return p.precision === 'city' || p.precision === 'point';
}

/** 'same' | 'compatible' | 'conflict' | 'unknown' */
export function comparePlaces(a: PlaceFacts | null, b: PlaceFacts | null): 'same' | 'compatible' | 'conflict' | 'unknown' {
	if (!a || !b) return 'unknown';
	if (a.key === b.key) return 'same';
	if (a.country && b.country && a.country !== b.country) return 'conflict';
	// Two named towns are two places; a town and the region or country around it are compatible.
	if (isPoint(a) && isPoint(b)) return 'conflict';
	if (!a.country || !b.country) return isPoint(a) && isPoint(b) ? 'conflict' : 'compatible';
	return 'compatible';
}

function intersects(a: number[], b: number[]): boolean {
	return a.some((x) => b.includes(x));
}

/** What the same agent and the same target add to a match's score. */
const SAME_AGENT = 0.15;
const SAME_TARGET = 0.1;

/** The score from type, dates and place, before the actors; or why the candidate cannot match at all. */
function scoreBeforeActors(m: Omit<MentionFacts, 'agents' | 'targets'>, c: Omit<EventCandidate, 'agents' | 'targets'>): { score: number; why: string[] } | { reject: string } {
	const why: string[] = [];
	let score = 0;
	if (m.type === c.type) {
		score += 0.35;
		why.push(`same type ${m.type}`);
	} else if (m.family === c.family) {
		score += 0.2;
		why.push(`same family ${m.family} (${m.type} / ${c.type})`);
	} else return { reject: 'different event family' };

	const unstated = m.basis === 'published' || c.basis === 'published';
	if (overlaps(m, c)) {
		if (unstated) {
			score += 0.05;
			why.push('dated only by publication');
		} else if (FINE.has(m.granularity) && FINE.has(c.granularity)) {
			score += 0.3;
			why.push('same day');
		} else {
			score += 0.15;
			why.push('overlapping dates');
		}
	} else if (m.start < c.end + DATE_SLACK && c.start < m.end + DATE_SLACK) {
		score += 0.1;
		why.push('dates a day apart');
	} else return { reject: 'dates do not overlap' };

	const place = comparePlaces(m.place, c.place);
	if (place === 'conflict') return { reject: `different places (${m.place?.name} / ${c.place?.name})` };
	if (place === 'same') {
		score += 0.25;
		why.push(`same place ${m.place?.name}`);
	} else if (place === 'compatible') {
		score += 0.1;
		why.push(`compatible places (${m.place?.name} / ${c.place?.name})`);
	}
	return { score, why };
}

export function scoreEventMatch(m: MentionFacts, c: EventCandidate): MatchDecision {
	const before = scoreBeforeActors(m, c);
	if ('reject' in before) return { accept: false, score: 0, reason: before.reject };
	let score = before.score;
	const why = before.why;
	if (m.agents.length && c.agents.length) {
		if (intersects(m.agents, c.agents)) {
			score += SAME_AGENT;
			why.push('same agent');
		} else {
			score -= 0.1;
			why.push('different agents');
		}
	}
	if (m.targets.length && c.targets.length && intersects(m.targets, c.targets)) {
		score += SAME_TARGET;
		why.push('same target');
	}
	score = Math.round(Math.min(1, score) * 100) / 100;
	return { accept: score >= mergeThreshold(c.family), score, reason: why.join(', ') };
}

/**
 * Whether the candidate could be accepted once its agents and targets are known: only the actors are left
 * to add to its score, and they add at most SAME_AGENT + SAME_TARGET. The store reads the roles of these
 * candidates only (most of a crowded day's events fail on place or date first). The margin covers rounding.
 */
export function mayMatch(m: Omit<MentionFacts, 'agents' | 'targets'>, c: Omit<EventCandidate, 'agents' | 'targets'>): boolean {
	const before = scoreBeforeActors(m, c);
	return !('reject' in before) && before.score + SAME_AGENT + SAME_TARGET >= mergeThreshold(c.family) - 0.005;
}

/** The best candidate over the threshold, or null. */
export function bestEventMatch(m: MentionFacts, candidates: EventCandidate[]): { id: number; decision: MatchDecision } | null {
	let best: { id: number; decision: MatchDecision } | null = null;
	for (const c of candidates) {
		const d = scoreEventMatch(m, c);
		if (d.accept && (!best || d.score > best.decision.score)) best = { id: c.id, decision: d };
	}
	return best;
}

export interface MentionForSummary extends MentionFacts {
	confidence: number;
	/** the story the mention came from: a syndicated copy shares its original's story. */
	story: number;
	dateValue: string | null;
}

export interface EventSummaryFacts {
	type: string;
	family: string;
	start: number;
	end: number;
	granularity: string;
	basis: string;
	dateValue: string | null;
	place: PlaceFacts | null;
	fatalities: number | null;
	confidence: number;
	sourceCount: number;
	disputed: boolean;
	disputes: string[];
}

function mode<T>(values: T[], key: (v: T) => string): T | undefined {
	const counts = new Map<string, { v: T; n: number }>();
	for (const v of values) {
		const k = key(v);
		const e = counts.get(k);
		if (e) e.n++;
		else counts.set(k, { v, n: 1 });
	}
	let best: { v: T; n: number } | undefined;
	for (const e of counts.values()) if (!best || e.n > best.n) best = e;
	return best?.v;
}

const RANK = lookupTable<number>({ second: 0, minute: 1, hour: 2, 'part-of-day': 3, day: 4, week: 5, month: 6, quarter: 7, season: 7, year: 8 });

/** Canonical facts of an event from all its mentions, and where its sources disagree. */
export function summariseEvent(mentions: MentionForSummary[]): EventSummaryFacts {
	const stated = mentions.filter((m) => m.basis !== 'published');
	const pool = stated.length ? stated : mentions;
	// The most precise date most sources agree on.
	const bestRank = Math.min(...pool.map((m) => RANK[m.granularity] ?? 9));
	const precise = pool.filter((m) => (RANK[m.granularity] ?? 9) === bestRank);
	const date = mode(precise, (m) => `${m.start}-${m.end}`)!;
	const type = mode(mentions, (m) => m.type)!.type;
	const places = mentions.map((m) => m.place).filter((p): p is PlaceFacts => !!p);
	const pointPlaces = places.filter(isPoint);
	const place = mode(pointPlaces.length ? pointPlaces : places, (p) => p.key) ?? null;
	const fat = mentions.map((m) => m.fatalities).filter((f): f is number => f !== null && f !== undefined);
	const fatalities = fat.length ? mode(fat, (f) => String(f))! : null;

	const disputes: string[] = [];
	const days = new Set(precise.filter((m) => FINE.has(m.granularity)).map((m) => Math.floor(m.start / DAY)));
	if (days.size > 1) disputes.push('date');
	if (new Set(pointPlaces.map((p) => p.key)).size > 1) disputes.push('place');
	if (new Set(fat).size > 1) disputes.push('fatalities');
	const agentSets = mentions.filter((m) => m.agents.length).map((m) => m.agents);
	if (agentSets.some((a) => agentSets.some((b) => !intersects(a, b)))) disputes.push('agent');

	// Independent reports raise confidence: 1 - Π(1 - c) over stories, each story counted once.
	const byStory = new Map<number, number>();
	for (const m of mentions) byStory.set(m.story, Math.max(byStory.get(m.story) ?? 0, m.confidence));
	let miss = 1;
	for (const c of byStory.values()) miss *= 1 - Math.min(0.99, Math.max(0, c));
	return {
		type,
		family: mentions[0].family,
		start: date.start,
		end: date.end,
		granularity: date.granularity,
		basis: date.basis,
		dateValue: date.dateValue,
		place,
		fatalities,
		confidence: Math.round((1 - miss) * 1000) / 1000,
		sourceCount: byStory.size,
		disputed: disputes.length > 0,
		disputes
	};
}
