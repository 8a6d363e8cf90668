/**
 * The date of one event: the time expression that governs its trigger (same clause,
 * then same sentence), else the narrative's previous date, else the publication date.
 */
import type { EventDate, Timex } from '../../core/types';
import { parseDct, formatDay, addDays } from './calendar';
import { tenseAt } from './tense';
import { valueToInterval } from './value';

interface Args {
	text: string;
	timexes: Timex[];
	sentence: { start: number; end: number };
	trigger: { start: number; end: number };
	previous?: EventDate | null;
	published: string;
}

// Clause edges: semicolons, dashes, and commas before a conjunction or a new subject.
const CLAUSE_EDGE = /;|\s[\u2013\u2014-]{1,2}\s|,\s+(?:but|while|whereas|although|though|and|after|before|when|as)\b|\b(?:but|while|whereas|although)\b/g;

function clauseOf(text: string, sentence: { start: number; end: number }, at: number): { start: number; end: number } {
	let start = sentence.start;
	let end = sentence.end;
	const slice = text.slice(sentence.start, sentence.end);
	CLAUSE_EDGE.lastIndex = 0;
	let m: RegExpExecArray | null;
	while ((m = CLAUSE_EDGE.exec(slice))) {
		const pos = sentence.start + m.index;
		if (pos < at) start = pos;
		else if (pos >= at) {
			end = pos;
			break;
		}
	}
	return { start, end };
}

// An undated past event in a news report: drawn over the two days before publication and the day itself.
const UNDATED_SPAN_DAYS = 2;

const DATABLE = (t: Timex) => (t.type === 'DATE' || t.type === 'TIME') && !!t.interval;

export function dateEvent(args: Args): EventDate {
	const { text, timexes, sentence, trigger, previous, published } = args;
	const pub = parseDct(published);
	const pubEnd = pub ? `${formatDay(addDays(pub, 1))}T00:00:00Z` : null;
	const tense = tenseAt(text, sentence.start, sentence.end, trigger.start);
	const clause = clauseOf(text, sentence, trigger.start);
	const distance = (t: Timex) => (t.end <= trigger.start ? trigger.start - t.end : t.start >= trigger.end ? t.start - trigger.end : 0);
	// A past event cannot postdate its report: such a reading of the date is wrong, skip it.
	const plausible = (t: Timex) => !(tense === 'past' && pubEnd && t.interval && t.interval.start >= pubEnd);
	const inside = (range: { start: number; end: number }) =>
		timexes
			.map((t, i) => ({ t, i }))
			.filter(({ t }) => DATABLE(t) && t.start >= range.start && t.end <= range.end && plausible(t))
			.sort((a, b) => distance(a.t) - distance(b.t));
	const best = inside(clause)[0] ?? inside(sentence)[0];
	if (best) {
		return {
			value: best.t.value,
			interval: best.t.interval,
			granularity: best.t.granularity,
			timex: best.i,
			basis: 'explicit'
		};
	}
	if (previous && previous.value) {
		return { ...previous, basis: 'inherited' };
	}
	if (pub) {
		const value = formatDay(pub);
		const cal = valueToInterval(value);
		// Undated report of a past event: it happened on or shortly before publication.
		const interval = cal && tense !== 'future'
			? { start: `${formatDay(addDays(pub, -UNDATED_SPAN_DAYS))}T00:00:00Z`, end: cal.interval.end }
			: cal?.interval;
		return { value, interval, granularity: 'day', basis: 'published' };
	}
	return { value: null, basis: 'unknown' };
}
