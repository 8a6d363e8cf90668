/**
 * The date of one event: the time expression that governs its trigger (same clause,
 * then same sentence), else the narrative's previous date, else the publication date.
 */
import type { EventDate, Timex } from '../../core/types';
import { parseDct, formatDay, addDays, type Ymd } from './calendar';
import { tenseAt, type Tense } from './tense';
import { valueToInterval } from './value';
import { ASIDE, GRIEVANCE, RESPONSE_CUE } from '../lexicon';

interface Args {
	text: string;
	timexes: Timex[];
	sentence: { start: number; end: number };
	trigger: { start: number; end: number };
	previous?: EventDate | null;
	published: string;
}

// Clause edges: semicolons, dashes, and commas before a conjunction or a new subject.
// ("…overnight in retaliation for a strike on April 1": the dates of a response clause are its event's.)
// ("relatives protested after the previous day 40 prisoners were killed", "violence broke out in the wake of a murder the
// day before", "protested against the arrest of an activist last night": a cause's date is the cause's; but "the day
// after", "shortly after midnight" and "the following day" tell a time, not a cause.)
const CAUSE_EDGE = String.raw`(?<!\b(?:day|days|week|weeks|month|months|year|years|hour|hours|minute|minutes|shortly|soon|long|just|immediately|right|morning|night|the|a|one)\s)\b(?:after|following|in the wake of)\s+(?!midnight|noon|dawn|dusk|nightfall|sunset|sunrise|\d)|\b(?:against|over)\s+(?:the|his|her|their|its)\s+(?:arrest|detention|killing|murder|death|abduction|kidnapping|sentencing|conviction|dismissal|shooting|assassination)\b`;
const CLAUSE_EDGE = new RegExp(String.raw`;|\s[\u2013\u2014-]{1,2}\s|,\s+(?:but|while|whereas|although|though|and|after|before|when|as)\b|\b(?:but|while|whereas|although)\b|\b(?:${RESPONSE_CUE})\b|${CAUSE_EDGE}`, 'g');

// Clause edges of the last sentence asked about: several events often share a sentence.
let edgeCache: { text: string; start: number; end: number; edges: number[] } | null = null;

function clauseEdges(text: string, sentence: { start: number; end: number }): number[] {
	if (edgeCache && edgeCache.text === text && edgeCache.start === sentence.start && edgeCache.end === sentence.end) return edgeCache.edges;
	const edges: number[] = [];
	const slice = text.slice(sentence.start, sentence.end);
	CLAUSE_EDGE.lastIndex = 0;
	let m: RegExpExecArray | null;
	while ((m = CLAUSE_EDGE.exec(slice))) edges.push(sentence.start + m.index);
	edgeCache = { text, start: sentence.start, end: sentence.end, edges };
	return edges;
}

function clauseOf(text: string, sentence: { start: number; end: number }, at: number): { start: number; end: number } {
	let start = sentence.start;
	let end = sentence.end;
	for (const pos of clauseEdges(text, sentence)) {
		if (pos < at) start = pos;
		else {
			end = pos;
			break;
		}
	}
	return { start, end };
}

/** Index of the first timex starting at or after `at` (timexes are sorted by start). */
function firstFrom(timexes: Timex[], at: number): number {
	let lo = 0;
	let hi = timexes.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (timexes[mid].start < at) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

// An undated past event in a news report: drawn over the two days before publication and the day itself.
const UNDATED_SPAN_DAYS = 2;

// The publication day and the instant after it, for the last publication date asked about:
// an article's events all share it, and working it out was a good part of dating one.
let lastPublication: { published: string; pub: Ymd | null; pubEnd: string | null } | null = null;

function publication(published: string): { pub: Ymd | null; pubEnd: string | null } {
	if (lastPublication?.published !== published) {
		const pub = parseDct(published);
		lastPublication = { published, pub, pubEnd: pub ? `${formatDay(addDays(pub, 1))}T00:00:00Z` : null };
	}
	return lastPublication;
}

// "Around 4 May 2020 (3-4 May)", "On 29 April (between 26 and 29 April)", "On 7 June 2025 (night of 6-7 June)": a bracketed span right after a date
// says how sure the date is; the event keeps the date it follows.
const BRACKET_OPEN = /^\s*\(\s*(?:between|from|on|circa|c\.|approx(?:imately|\.)?|around|about|(?:the\s+)?(?:night|evening|morning)\s+of(?:\s+the)?|overnight(?:\s+on)?)?\s*$/i;

function restatesPrevious(text: string, timexes: Timex[], i: number): boolean {
	const prev = timexes[i - 1];
	return !!prev && DATABLE(prev) && timexes[i].start - prev.end < 16 && BRACKET_OPEN.test(text.slice(prev.end, timexes[i].start)) && /^\s*\)/.test(text.slice(timexes[i].end, timexes[i].end + 4));
}

// "Between 6 and 8 September 2024, … fought": a span's last day; ACLED, as a reader, dates the event by its first.
function endsRange(text: string, timexes: Timex[], i: number): boolean {
	const prev = timexes[i - 1];
	return !!prev && DATABLE(prev) && prev.granularity === 'day' && timexes[i].granularity === 'day' && timexes[i].start - prev.end <= 10 && /^\s*(?:and|to|through|until|-|\u2013)\s*$/i.test(text.slice(prev.end, timexes[i].start)) && prev.value < timexes[i].value;
}

const DESCRIBED_NOUN_BEFORE = /\b(?:the|a|an|its|their)\s+(?:[\w'-]+\s+){0,3}?[\w'-]+\s+(?:established|created|built|founded|drawn|signed|agreed|declared|imposed|adopted|brokered|erected|laid down)\s+(?:in|on|since|back in)\s+$/i;
// A date in a relative clause on another noun is that noun's, never the event's: "despite a ceasefire between Israel and
// Hezbollah that took effect more than 15 months ago".
const NOUN_RELATIVE_BEFORE = /\b(?:ceasefire|cease-fire|truce|deal|agreement|accord|law|ban|curfew|blockade|siege|war|offensive|occupation|coup|election|elections|vote)\s+(?:[\w'-]+\s+){0,5}?(?:that|which)\s+(?:took effect|came into (?:force|effect)|began|started|ended|was (?:signed|agreed|declared|imposed|reached|held)|were held|expired)\s+(?:in\s+|on\s+|back\s+in\s+)?(?:(?:more|less)\s+than\s+|nearly\s+|about\s+|almost\s+|some\s+|over\s+)?$/i;
// ("Imphal, Mar 30 (PTI):", "Quito, Feb 9 (EFE).-": a town in title case with an agency's tag, a stop or a colon, too.)
const DATELINE_BEFORE = /(?:^|\n)[ \t]*[A-Z][A-Za-z .'-]{1,30},\s*$/;
const DATELINE_AFTER = /^\s*(?:\([^)]{1,20}\)\s*)?(?:\.?\s*[-\u2013\u2014]|(?<=\))\s*:)/;
/** Is the timex the day of a dateline ("JUBA, March 4 (Reuters) -"), the day the report was filed? */
export function isDatelineDay(text: string, t: Timex): boolean {
	return DATELINE_BEFORE.test(text.slice(Math.max(0, t.start - 40), t.start)) && DATELINE_AFTER.test(text.slice(t.end, t.end + 24));
}
/** Granularities that name a day or a part of one. */
export const DAY_OR_FINER: ReadonlySet<string> = new Set(['day', 'part-of-day', 'hour', 'minute', 'second']);
const REPORTED_ON = /\b(?:as\s+)?reported\s+(?:on|in)\s+$/i;
// ("The Arakan Army said on Tuesday it had captured Kyaukphyu on Sunday": the day a report opening the sentence was made.)
// ("On 10 June 2024 it was reported that soldiers had executed nine civilians … on 4 June": the report's day, before it.)
const REPORTED_THAT_AFTER = /^,?\s+(?:it\s+(?:was|has been)\s+(?:reported|announced|confirmed|revealed|learned|learnt)|(?:[\w'-]+\s+){1,4}?(?:reported|announced|revealed)\s+that)\b/i;
const SAID_ON_BEFORE = /\b(?:(?:said|says|announced|confirmed|claimed|stated|reported|added)\s+|told\s+(?:\w+\s+){0,2}?|accused\s+(?:[\w'-]+\s+){1,4}?)(?:late\s+|early\s+)?(?:on\s+)?$/i;
const NIGHT = /^(?:overnight|at night|during the night|in the night|tonight)$/i;

/** A day told with "on" ("on 8 December 2024", "on Saturday"). */
function dayOn(text: string, t: Timex): boolean {
	return DATABLE(t) && t.granularity === 'day' && /^\d{4}-\d{2}-\d{2}$/.test(t.value) && /\bon\s+$/i.test(text.slice(Math.max(0, t.start - 4), t.start));
}

/** The last day told with "on" before `i` in the sentence ("On 8 December 2024, …"; a dateline's day is the report's), or -1. */
function nearestDayBefore(text: string, timexes: Timex[], i: number, from: number): number {
	for (let k = i - 1; k >= 0 && timexes[k].start >= from; k--) if (dayOn(text, timexes[k])) return k;
	return -1;
}

/** The first day told with "on" after `i` in the sentence ("in an overnight raid … on Saturday"), or -1. */
function nearestDayAfter(text: string, timexes: Timex[], i: number, to: number): number {
	for (let k = i + 1; k < timexes.length && timexes[k].end <= to; k++) if (dayOn(text, timexes[k])) return k;
	return -1;
}

const WEEKDAY = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;
const GATHERING_AFTER = /^\s+(?:services?|prayers?|mass(?:es)?|school|sermons?|worship|editions?|brunch|lunch|markets?)\b/i;

// A word after "the 1973 …" that makes the year a name's ("uprising", "election", "peace accord"), not a list or a range.
const EPISODE_NOUN_AFTER = /^\s+(?!(?:and|or|to|through|until|till)\b)[a-z][a-z-]{2,}/;

const RELATIVE_AFTER_TRIGGER = /,\s+(?:which|who|whom|where)\s+(?:[\w'-]+\s+){0,4}?(?:had|has|have)\s+(?:\w+ly\s+)?[a-z]+(?:ed|en|wn|ught|ok|zed)\s+(?:[^,;:]{0,40}?\s)?(?:in|on|since|during|back in)\s+$/i;
const RELATIVE_BEFORE = /\b(?:who|which|that)\s+(?:[a-z]+\s+){1,4}(?:in|on|since|during)\s+$/;

const DATABLE = (t: Timex) => (t.type === 'DATE' || t.type === 'TIME') && !!t.interval;

// "a day after", "two days before", "hours after": the distance of an event told in such a clause from the day the
// sentence names for its main clause.
const OFFSET_CLAUSE = /\b(?:(a|one|two|three|four|five|six|\d)\s+days?|(?:just\s+|only\s+|a\s+few\s+|several\s+)?(hours))\s+(after|before)\b(?:[^,;:\u2013\u2014]|,\s+(?=[a-z]+ing\b))*/gi;
const OFFSET_DAYS: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6 };

/**
 * The day of an event told inside "a day after …" when the date found is the main clause's ("The family called Tuesday
 * for charges, a day after police shot dead two people": Monday), or null when no such clause holds the trigger.
 */
function shiftedByOffset(text: string, sentence: { start: number; end: number }, trigger: { start: number; end: number }, t: Timex): Pick<EventDate, 'value' | 'interval' | 'granularity'> | null {
	if (t.granularity !== 'day' || !t.value || !/^\d{4}-\d{2}-\d{2}$/.test(t.value)) return null;
	const said = text.slice(sentence.start, sentence.end);
	if (!/\b(?:days?|hours)\s+(?:after|before)\b/i.test(said)) return null;
	OFFSET_CLAUSE.lastIndex = 0;
	for (let m = OFFSET_CLAUSE.exec(said); m; m = OFFSET_CLAUSE.exec(said)) {
		const start = sentence.start + m.index;
		const end = start + m[0].length;
		// The trigger in the clause, the date outside it: the clause's event is that far from the date.
		if (trigger.start < start || trigger.end > end || (t.start >= start && t.end <= end)) continue;
		const days = m[2] ? 0 : (OFFSET_DAYS[m[1].toLowerCase()] ?? Number(m[1]));
		const day = parseDct(t.value);
		if (!day || !Number.isFinite(days)) return null;
		const value = formatDay(addDays(day, m[3].toLowerCase() === 'after' ? -days : days));
		return { value, interval: valueToInterval(value)?.interval, granularity: 'day' };
	}
	return null;
}

export function dateEvent(args: Args): EventDate {
	const { text, timexes, sentence, trigger, previous, published } = args;
	const { pub, pubEnd } = publication(published);
	// The tense scan is the costly part, and most events never need it: only a date after the
	// report or an undated event asks.
	let tense: Tense | undefined;
	const tenseHere = () => (tense ??= tenseAt(text, sentence.start, sentence.end, trigger.start));
	const clause = clauseOf(text, sentence, trigger.start);
	const distance = (t: Timex) => (t.end <= trigger.start ? trigger.start - t.end : t.start >= trigger.end ? t.start - trigger.end : 0);
	// A past event cannot postdate its report: such a reading of the date is wrong, skip it.
	const plausible = (t: Timex) => !(pubEnd && t.interval && t.interval.start >= pubEnd && tenseHere() === 'past');
	// The nearest datable expression inside a range (the earlier one on a tie); only the range is visited.
	// "Saied, who shut down parliament in 2021, has said…": a date in an aside is the aside's, not the main clause's.
	const asides = text.slice(sentence.start, sentence.end).includes(', wh') ? [...text.slice(sentence.start, sentence.end).matchAll(ASIDE)].map((x) => ({ start: sentence.start + x.index!, end: sentence.start + x.index! + x[0].length })) : [];
	// ("Alic, who was 19 when he was killed, was buried on Friday": nor is the main clause's date the aside's.)
	const aside = (t: Timex) => asides.some((x) => (t.start > x.start && t.end < x.end) !== (trigger.start > x.start && trigger.end < x.end));
	// "JUBA, March 4 (Reuters) - Gunmen killed 23 people … on Sunday": a dateline's day dates the report, not what it tells
	// (it is used only when the sentence tells no other date).
	// ("As reported on 3 February 2025, a drone struck a car near Mosul on 1 February": the day of a report, the same.)
	// (Only for another day told after it: "… said on Monday it had taken Bhamo, ending a siege that began in December" keeps
	// Monday.)
	const dayToldAfter = (t: Timex) => timexes.some((u) => u !== t && u.start >= t.end && u.end <= sentence.end && DATABLE(u) && DAY_OR_FINER.has(String(u.granularity)));
	const dateline = (t: Timex) => isDatelineDay(text, t) || REPORTED_ON.test(text.slice(Math.max(0, t.start - 24), t.start)) || (t.end <= trigger.start && (SAID_ON_BEFORE.test(text.slice(Math.max(sentence.start, t.start - 40), t.start)) || REPORTED_THAT_AFTER.test(text.slice(t.end, t.end + 40))) && dayToldAfter(t));
	// ("relatives of the students who disappeared in 2014 threw rocks at police on Thursday": a relative clause's date before
	// the trigger is its own, when the sentence dates the act after it.)
	let dayAfterTrigger: boolean | undefined;
	const ownRelative = (t: Timex) => t.end <= trigger.start && RELATIVE_BEFORE.test(text.slice(Math.max(sentence.start, t.start - 50), t.start)) && (dayAfterTrigger ??= timexes.some((u) => u.start >= trigger.end && u.end <= sentence.end && DATABLE(u) && u.granularity === 'day'));
	// ("On 17 November, after a march commemorating the 1973 uprising, youths threw stones": a year before a noun names an
	// episode, the thing remembered, not when the act happened; used only when the sentence tells no other date.)
	// (Unless the episode is the event: "strengthened the 1959 trade embargo", "attempted murder in the 1995 shooting".)
	const episodeName = (t: Timex) =>
		t.granularity === 'year' &&
		/^\d{4}$/.test(t.text) &&
		!(trigger.start >= t.end && /^\s+(?:[\w'-]+\s+){0,2}$/.test(text.slice(t.end, trigger.start))) &&
		!(trigger.end <= t.start && /^\s+(?:in|of|during|at|on|from|since|for|over)\s+the\s+$/i.test(text.slice(trigger.end, t.start))) &&
		/\bthe\s+$/i.test(text.slice(Math.max(sentence.start, t.start - 5), t.start)) &&
		EPISODE_NOUN_AFTER.test(text.slice(t.end, t.end + 24));
	// ("On May 13, 2018, a family carried out suicide bombings at three churches during Sunday services": a weekday before a
	// noun names the kind of gathering, not the day; used only when the sentence tells no other date.)
	const weekdayOfKind = (t: Timex) => WEEKDAY.test(t.text) && GATHERING_AFTER.test(text.slice(t.end, t.end + 16));
	// ("set up a new military position …, pushing beyond the buffer zone established in 1974": a date that describes a thing
	// named after the act is the thing's; used only when the sentence tells no other date.)
	const describesNoun = (t: Timex) => t.start >= trigger.end && DESCRIBED_NOUN_BEFORE.test(text.slice(Math.max(trigger.end, t.start - 80), t.start));
	const ofAnotherNoun = (t: Timex) => t.start >= trigger.end && NOUN_RELATIVE_BEFORE.test(text.slice(Math.max(trigger.end, t.start - 100), t.start));
	// ("held a demonstration in Belgrade, demanding accountability for the collapse of the canopy on 1 November 2024": a date in
	// the crowd's grievance is the grievance's; used only when the sentence tells no other date.)
	// (Read only when a date after the trigger is weighed: most events never ask.)
	let grievanceAt: number | undefined;
	const grievanceStart = () => {
		if (grievanceAt === undefined) {
			const grievance = GRIEVANCE.exec(text.slice(sentence.start, sentence.end).toLowerCase());
			grievanceAt = grievance ? sentence.start + grievance.index : -1;
		}
		return grievanceAt;
	};
	const inGrievance = (t: Timex) => t.start > trigger.start && grievanceStart() >= 0 && trigger.start <= grievanceAt! && t.start > grievanceAt! && !text.slice(grievanceAt!, t.start).includes(';');
	// ("restoring government control over the state capital, which the RSF had seized in December 2023": a date in a relative
	// clause on a noun after the act is that clause's; used only when the sentence tells no other date.)
	const relativeAfter = (t: Timex) => t.start >= trigger.end && RELATIVE_AFTER_TRIGGER.test(text.slice(trigger.end, t.start));
	let skipDateline = true;
	const nearest = (range: { start: number; end: number }): number => {
		let best = -1;
		for (let i = firstFrom(timexes, range.start); i < timexes.length && timexes[i].start < range.end; i++) {
			const t = timexes[i];
			if (t.end > range.end || !DATABLE(t) || !plausible(t) || aside(t) || ofAnotherNoun(t) || ownRelative(t) || restatesPrevious(text, timexes, i) || endsRange(text, timexes, i) || (skipDateline && (dateline(t) || episodeName(t) || weekdayOfKind(t) || describesNoun(t) || inGrievance(t) || relativeAfter(t)))) continue;
			if (best < 0 || distance(t) < distance(timexes[best])) best = i;
		}
		return best;
	};
	let best = nearest(clause);
	if (best < 0) best = nearest(sentence);
	if (best < 0) {
		skipDateline = false;
		best = nearest(clause);
		if (best < 0) best = nearest(sentence);
		// (A relative clause's or a grievance's date is another thing's: the day the story already gave holds before it.)
		if (best >= 0 && previous?.value && (relativeAfter(timexes[best]) || inGrievance(timexes[best]))) best = -1;
	}
	// "On 8 December 2024, fighters raided Mozogo overnight and abducted five": the night of the day the sentence names.
	// ("Gunmen abducted 45 people in an overnight raid on a village on Saturday": the night of the day named after it.)
	if (best >= 0 && NIGHT.test(timexes[best].text)) {
		const day = nearestDayBefore(text, timexes, best, sentence.start);
		const after = day >= 0 ? -1 : nearestDayAfter(text, timexes, best, Math.min(clause.end, sentence.end));
		if (day >= 0) best = day;
		else if (after >= 0 && !aside(timexes[after])) best = after;
	}
	// ("struck the city centre at about 10:40 p.m. (1940 GMT) on Tuesday": a clock time read against the report's day, with
	// the day it belongs to told right after it, is that day's.)
	if (best >= 0 && /^\d{4}-\d{2}-\d{2}T\d/.test(timexes[best].value) && (timexes[best].granularity === 'minute' || timexes[best].granularity === 'hour')) {
		const after = nearestDayAfter(text, timexes, best, Math.min(clause.end, sentence.end));
		const day = after >= 0 ? timexes[after] : undefined;
		if (day && day.start - timexes[best].end <= 30 && !day.value.startsWith(timexes[best].value.slice(0, 10))) {
			const value = day.value.slice(0, 10) + timexes[best].value.slice(10);
			const cal = valueToInterval(value);
			if (cal) return { value, interval: cal.interval, granularity: timexes[best].granularity, timex: best, basis: 'explicit' };
		}
	}
	if (best >= 0) {
		const t = timexes[best];
		const shifted = shiftedByOffset(text, sentence, trigger, t);
		if (shifted) return { ...shifted, timex: best, basis: 'explicit' };
		return { value: t.value, interval: t.interval, granularity: t.granularity, timex: best, basis: 'explicit' };
	}
	if (previous && previous.value) {
		return { ...previous, basis: 'inherited' };
	}
	if (pub) {
		const value = formatDay(pub);
		const cal = valueToInterval(value);
		// Undated report of a past event: it happened on or shortly before publication.
		const interval = cal && tenseHere() !== 'future'
			? { start: `${formatDay(addDays(pub, -UNDATED_SPAN_DAYS))}T00:00:00Z`, end: cal.interval.end }
			: cal?.interval;
		return { value, interval, granularity: 'day', basis: 'published' };
	}
	return { value: null, basis: 'unknown' };
}
