/**
 * The story's time: which dates set it (a calendar date, not a "since 2015" bound, not
 * the date of the event responded to), and how an event is dated in reading order.
 */
import type { EventDate, Timex } from '../core/types';
import type { Sentence } from './segment';
import type { DraftEvent } from './events';
import type { TriggerHit } from './triggers';
import { dateEvent, DAY_OR_FINER, isDatelineDay } from './temporal/index';
import { RESPONSE_BEFORE } from './lexicon';
import { eventType } from './taxonomy';

/**
 * The last date told before an offset that can set the narrative's time (a calendar date, not
 * a "since 2015" bound). Asked in reading order, it walks the timexes once (they are sorted and
 * disjoint); an earlier offset starts the walk again.
 */
function narrativeCursor(text: string, timexes: Timex[], skipReportDays = false): (at: number) => EventDate | null {
	// ("…, police and a militia leader said on Monday. The first bomber detonated her explosives at around 8:40 p.m.": the
	// day a report was made does not set the time of the acts told after it; it does date what is said.)
	const sets = timexes.map((t, i) => !!t.interval && (t.type === 'DATE' || t.type === 'TIME') && /^\d{4}-\d{2}/.test(t.value) && setsNarrativeTime(text, timexes, i) && !(skipReportDays && saidOn(text, timexes, i)));
	// ("… died on Monday. Tabuley took up arms in the 1980s. His fighters ambushed army convoys": a year or a decade
	// before the day told, told after it in the same paragraph, takes the story back to then. Not what is said, which is
	// dated by the day it was said.)
	const back = timexes.map((t, i) => skipReportDays && !sets[i] && !!t.interval && t.type === 'DATE' && (t.granularity === 'year' || t.granularity === 'decade') && setsNarrativeTime(text, timexes, i));
	let next = 0;
	let last = -1;
	let lastBack = -1;
	let lastAt = -Infinity;
	return (at) => {
		if (at < lastAt) {
			next = 0;
			last = -1;
			lastBack = -1;
		}
		lastAt = at;
		for (; next < timexes.length && timexes[next].end <= at; next++) {
			if (sets[next]) last = next;
			else if (back[next]) lastBack = next;
		}
		const backstory = lastBack > last && last >= 0 && timexes[lastBack].interval!.end <= timexes[last].interval!.start && !text.slice(timexes[lastBack].end, at).includes('\n\n');
		const k = backstory ? lastBack : last;
		const t = timexes[k];
		return t ? { value: t.value, interval: t.interval, granularity: t.granularity, timex: k, basis: 'inherited' } : null;
	};
}

// "has fought … since 2015", "stays shut until March": the date bounds an ongoing state;
// the story is not at that time, so later undated events must not inherit it.
const BOUNDING_CUE = /\b(?:ever\s+)?(?:since|until|till|through(?:out)?)\s+(?:(?:early|late|mid|the\s+(?:start|end|beginning|middle)\s+of)[\s-]+)?$/i;

export function setsNarrativeTime(text: string, timexes: Timex[], index: number | undefined): boolean {
	if (index === undefined || !timexes[index]) return true;
	const t = timexes[index];
	const before = text.slice(Math.max(0, t.start - 120), t.start);
	// The date of the event responded to is not the story's. (Asked of every timex: the substring tests pass over
	// most of them before any regex runs.)
	// "under a 2017 collective bargaining agreement": a year that qualifies a noun names what it qualifies, not when the story is.
	// ("to mark the anniversary of the 2024 Finance Bill protests": a name it qualifies too.)
	if (/^\d{4}$/.test(t.text) && /\b(?:a|an|the|its|their|his|her)\s+$/i.test(before) && /^\s+[a-zA-Z]/.test(text.slice(t.end, t.end + 3))) return false;
	return !BOUNDING_CUE.test(before.slice(-40)) && !((before.includes(' re') || before.includes('aveng')) && RESPONSE_BEFORE.test(before));
}

/** Is the timex the day a report was made ("police said on Thursday", "officials said Sunday")? */
function saidOn(text: string, timexes: Timex[], index: number | undefined): boolean {
	const t = index === undefined ? undefined : timexes[index];
	if (!t) return false;
	// ("Residents accused the Ethiopian military on Wednesday of a drone strike": the day of an accusation, the same.)
	// ("The death toll from a missile strike on Kramatorsk rose to 11 on Thursday": the day a toll was given, the same.)
	const before = text.slice(Math.max(0, t.start - 40), t.start);
	return /\b(?:(?:said|says|told (?:\w+ ){0,2}?|announced|reported|confirmed|added|stated)\s+|accused\s+(?:[\w'-]+\s+){1,4}?)(?:on\s+|late\s+on\s+|early\s+on\s+|late\s+|early\s+)?$/i.test(before) || (/\btoll\b/i.test(text.slice(Math.max(0, t.start - 200), t.start)) && /\b(?:rose|risen|climbed|reached|increased|jumped|stood|stands)\s+(?:to|at)\s+(?:at least\s+)?[\w,]+\s+(?:on\s+|by\s+)?$/i.test(before));
}

// ("Myanmar's military has recaptured the town of Kyaukme … Junta troops backed by pro-regime militia entered the town centre on
// Oct. 22": for a town taken, the troops told entering it next.)
const TOWN_ENTERED_START = /^\W*(?:the\s+)?(?:[\w'-]+\s+){0,2}?(?:troops|soldiers|forces|fighters|militants|rebels|insurgents)\b[^.;]{0,80}?\b(?:entered|captured|seized|overran|retook|recaptured|took (?:full )?control of)\b/i;
// ("The violence erupted on Saturday afternoon in Gopalganj", "The Sunday afternoon barrage": a word for the whole episode.)
const SAME_STORY_START = /^\W*(?:(?:the|these|those)\s+(?:[\w-]+\s+){0,2}?(?:attackers|assailants|gunmen|militants|raiders|bandits|kidnappers|abductors|fighters|insurgents|rebels|attack|raid|assault|ambush|bombing|blast|explosion|abduction|kidnapping|killings?|clash(?:es)?|fighting|shooting|strikes?|victims|violence|unrest|rioting|riots?|barrage|bombardment|shelling|massacre|rampage)\b|(?:they|it)\s+(?:arrived|struck|came|happened|occurred|took place|began|started)\b)/i;

/** Is the day of timex `k` told by another timex before `at`? */
function dayToldBefore(timexes: Timex[], k: number | undefined, at: number): boolean {
	const day = k === undefined ? undefined : timexes[k].value?.slice(0, 10);
	return !!day && timexes.some((u, i) => i !== k && u.end <= at && u.value?.slice(0, 10) === day);
}

const ELSEWHEN_OPENING = /^\W*(?:earlier|previously|last|in (?:a|another) (?:separate|different|similar)|separately|meanwhile|elsewhere|in (?:19|20)\d\d|in (?:january|february|march|april|may|june|july|august|september|october|november|december)|since)\b/i;

/** Events that are words: dated by the day they were said, as reports are. */
const WORDS: ReadonlySet<string> = new Set(['statement', 'accusation', 'threat', 'order']);

const GRANULARITY_ORDER = ['year', 'season', 'quarter', 'month', 'week', 'day', 'part-of-day', 'hour', 'minute', 'second'];

/** Is `a` dated more precisely than `b`? */
function finer(a: EventDate, b: EventDate): boolean {
	return GRANULARITY_ORDER.indexOf(String(a.granularity)) > GRANULARITY_ORDER.indexOf(String(b.granularity));
}

/** Does `a`'s interval lie inside `b`'s? */
function within(a: EventDate, b: EventDate): boolean {
	return !!a.interval && !!b.interval && a.interval.start >= b.interval.start && a.interval.end <= b.interval.end;
}

/**
 * Dates in reading order: an undated event inherits the narrative's last explicit date,
 * or takes one from another sentence that tells it.
 */
export function dateDrafts(drafts: DraftEvent[], sentences: Sentence[], raw: string, work: string, timexes: Timex[], published: string): Map<DraftEvent, EventDate> {
	const dateOf = new Map<DraftEvent, EventDate>();
	let previous: EventDate | null = null;
	const toldBefore = narrativeCursor(raw, timexes);
	const actToldBefore = narrativeCursor(raw, timexes, true);
	for (const d of [...drafts].sort((a, b) => a.main.start - b.main.start)) {
		const s = sentences[d.main.sentence];
		// The narrative's time: the last date told before this sentence, if later in the text than the last event's.
		const told = (WORDS.has(d.type) ? toldBefore : actToldBefore)(s.start);
		const prev = told && (!previous || previous.timex === undefined || told.timex! > previous.timex) ? told : previous;
		let date = dateEvent({ text: raw, timexes, sentence: s, trigger: d.main, previous: prev, published });
		// Undated where it is told best, or dated only to its year or month ("for the 2020 murder of a teacher"):
		// another sentence telling it may say when ("The teacher was stabbed to death on Oct. 16, 2020").
		// ("over the weekend", then "on Sunday afternoon": a week's span gives way to its day too.)
		const coarse = date.basis === 'explicit' && (date.granularity === 'year' || date.granularity === 'month' || date.granularity === 'week');
		// "Insurgents beheaded 20 villagers, police said on Thursday. The attack took place on Tuesday": the day of a
		// report dates the report; a sentence telling the event itself says when it happened.
		// (What is said, an accusation among it, keeps the day it was said.)
		// ("BEIRUT, March 3 (Reuters) - An Israeli drone strike … killed two people. The strike hit a car … on Monday evening":
		// a dateline's day, taken for want of another in the lead, is the report's too.)
		const reported = date.basis === 'explicit' && !WORDS.has(d.type) && (saidOn(raw, timexes, date.timex) || (date.timex !== undefined && isDatelineDay(raw, timexes[date.timex])));
		const reportDay = date;
		if (date.basis !== 'explicit' || coarse || reported) {
			const seen = new Set([d.main.sentence]);
			// (With the words joined to each trigger as one act: "retaken … after a day of fierce fighting on Sunday".)
			const words = reported ? d.hits.flatMap((h) => (h as TriggerHit & { group?: TriggerHit[] }).group ?? [h]) : d.hits;
			for (const h of words) {
				// ("said on Monday it had retaken the town after a day of fierce fighting on Sunday": a word of the act itself in
				// the reported sentence may be nearer its own day than the report's.)
				const sameSentence = reported && h !== d.main && h.sentence === d.main.sentence;
				if ((!sameSentence && seen.has(h.sentence)) || seen.size > 4) continue;
				seen.add(h.sentence);
				const alt = dateEvent({ text: raw, timexes, sentence: sentences[h.sentence], trigger: h, previous: null, published });
				if (alt.basis !== 'explicit') continue;
				const better = reported ? !saidOn(raw, timexes, alt.timex) && !!alt.interval && !!date.interval && alt.interval.start <= date.interval.start : !coarse || (finer(alt, date) && within(alt, date));
				if (better) {
					date = alt;
					break;
				}
			}
		}
		// ("Gunmen abducted 37 people in a raid on a village. The attackers arrived on motorcycles on Saturday night.": an
		// undated lead's next sentence, told of the same doers or the same act, says when.)
		if ((date.basis !== 'explicit' || reported) && d.main.sentence + 1 < sentences.length) {
			for (let k = d.main.sentence + 1; k <= Math.min(sentences.length - 1, d.main.sentence + 2); k++) {
				const next = sentences[k];
				const opening = SAME_STORY_START.exec(work.slice(next.start, Math.min(next.end, next.start + 40))) ?? (/^territory_/.test(d.type) ? TOWN_ENTERED_START.exec(work.slice(next.start, Math.min(next.end, next.start + 120))) : null);
				if (!opening) continue;
				const alt = dateEvent({ text: raw, timexes, sentence: next, trigger: { start: next.start, end: next.start + 1 }, previous: null, published });
				// ("… in retaliation for an Israeli strike on its consulate on April 1. Almost all were intercepted. The April 1 strike
				// killed seven officers": a day told already, naming the episode, names what was told with it.)
				const namesToldDay = alt.timex !== undefined && timexes[alt.timex].end <= next.start + opening[0].length && dayToldBefore(timexes, alt.timex, s.start);
				if (alt.basis === 'explicit' && !saidOn(raw, timexes, alt.timex) && alt.granularity !== 'year' && alt.granularity !== 'month' && (!alt.interval || !date.interval || alt.interval.start <= date.interval.end) && !namesToldDay) {
					date = alt;
					break;
				}
			}
		}
		// ("Rebels killed at least 18 civilians in a night raid …, the army said on Tuesday. Fighters of the ADF attacked a
		// neighbourhood of Oicha late on Sunday": a lead dated only by its report takes the day the next sentence gives an act
		// of its kind, a few days before, not told as another.)
		// (Also past a later day the act's own words gave: the earliest is its own.)
		if (reported && reportDay.interval && eventType(d.type).violent) {
			for (const o of drafts) {
				const k = o.main.sentence;
				// (Burning told with the raid is the raid's: "attacked a neighbourhood …, setting fire to houses".)
				if (k <= d.main.sentence || k > d.main.sentence + 2 || o.another || !(eventType(o.type).violent || o.type === 'looting')) continue;
				if (ELSEWHEN_OPENING.test(work.slice(sentences[k].start, Math.min(sentences[k].end, sentences[k].start + 40)))) continue;
				const alt = dateEvent({ text: raw, timexes, sentence: sentences[k], trigger: o.main, previous: null, published });
				if (alt.basis !== 'explicit' || !alt.interval || !date.interval || saidOn(raw, timexes, alt.timex) || !DAY_OR_FINER.has(String(alt.granularity))) continue;
				const daysBefore = (Date.parse(reportDay.interval.start) - Date.parse(alt.interval.start)) / 864e5;
				if (daysBefore > 0 && daysBefore <= 7 && alt.interval.start < date.interval.start && !dayToldBefore(timexes, alt.timex, s.start)) {
					date = alt;
					break;
				}
			}
		}
		if (date.basis === 'explicit' && setsNarrativeTime(raw, timexes, date.timex)) previous = date;
		// "After X, Y …" moves the story on without saying when: the last date told no longer applies.
		if (date.basis === 'inherited' && /^\W*(after|following|later|subsequently|then)\b/i.test(work.slice(s.start, s.end))) {
			date = { value: null, basis: 'unknown' };
		}
		dateOf.set(d, date);
	}
	return dateOf;
}
