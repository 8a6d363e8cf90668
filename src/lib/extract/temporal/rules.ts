/**
 * sitrep's own recognisers for what chrono does not cover (durations, sets, seasons,
 * quarters, decades, relative units, narrative anchors, reference words) and the
 * TimeML reading of weekdays and bare months. Each rule: an example phrase, a
 * pattern, and how it resolves. Order is irrelevant: overlaps are settled later by
 * length, then priority.
 */
import { lookupTable } from '../../core/lookup';
import type { TimexType } from '../../core/types';
import { addDays, addMonths, formatDay, isoWeekday, pad, quarterOf, type Ymd } from './calendar';
import type { Candidate, ResolveContext, Resolved } from './candidate';
import {
	durationValue, MONTH_NAME, MONTHS, NUM, ORDINALS, parseCount, parseMonth, parseUnit, PART_OF_DAY, SEASONS, UNIT,
	WEEKDAY_NAME, WEEKDAYS, type Unit
} from './lexicon';
import { resolveWeekday, shiftValue, yearFor } from './shift';
import { cueScanner } from './cues';

type Build = (m: RegExpExecArray, text: string, at: number) => Omit<Candidate, 'start' | 'end' | 'rule'> & { start?: number; end?: number } | null;

interface Rule {
	name: string;
	/** a cheap test the text must pass before the full pattern runs: words that must occur in
	 * the lower-cased text (tested as one literal alternation), or a pattern on the text. */
	cue: string[] | RegExp;
	/** for costly patterns: run only in windows around these words (lower-cased, global). */
	anchor?: RegExp;
	re: RegExp;
	build: Build;
}

const anchorOf = (ctx: ResolveContext, usePrevious: boolean): { ref: Ymd; fromPrevious: boolean } =>
	usePrevious && ctx.previous ? { ref: ctx.previous.date, fromPrevious: true } : { ref: ctx.dct, fromPrevious: false };

const fixed = (type: TimexType, value: string, priority = 1): ReturnType<Build> => ({
	type, priority, resolve: () => ({ value })
});

const direction = (word: string | undefined): -1 | 0 | 1 | null => {
	if (!word) return null;
	const w = word.toLowerCase();
	if (/^(last|past|previous|preceding)$/.test(w)) return -1;
	if (/^(next|coming|following|upcoming)$/.test(w)) return 1;
	if (/^(this|current|present|same|that)$/.test(w)) return 0;
	return null;
};

/** Season value of the season containing `ref` shifted by n seasons. */
function seasonValue(ref: Ymd, season: string, how: -1 | 0 | 1 | null, tense: string): string {
	const start: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };
	// Winter belongs to the year it starts in (December).
	const currentYearOf = (s: string) => (s === 'WI' && ref.m < 3 ? ref.y - 1 : ref.y);
	const begins = (y: number) => y * 12 + start[season];
	const now = ref.y * 12 + ref.m;
	let y = currentYearOf(season);
	const inProgress = now >= begins(y) && now < begins(y) + 3;
	if (how === 0) return `${pad(y, 4)}-${season}`;
	if (how === -1) {
		if (inProgress || begins(y) > now) y -= 1;
		return `${pad(y, 4)}-${season}`;
	}
	if (how === 1) {
		if (inProgress || begins(y) <= now) y += 1;
		return `${pad(y, 4)}-${season}`;
	}
	if (inProgress) return `${pad(y, 4)}-${season}`;
	if (tense === 'future' || tense === 'present') return `${pad(begins(y) > now ? y : y + 1, 4)}-${season}`;
	return `${pad(begins(y) < now ? y : y - 1, 4)}-${season}`;
}

const WD = WEEKDAY_NAME;
const MONTH_FULL = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
const POD = '(?:morning|afternoon|evening|night)';
const APPROX = '(?:(?:about|around|roughly|approximately|nearly|almost|some|more than|less than|fewer than|at least|at most|up to|over|under|just over|just under|a little over|a little more than|a little less than|well over|close to)\\s+)';

function approxMod(word: string | undefined): string | undefined {
	if (!word) return undefined;
	const w = word.trim().toLowerCase();
	if (/more than|over|at least/.test(w)) return 'MORE_THAN';
	if (/less than|fewer than|under|at most|up to/.test(w)) return 'LESS_THAN';
	return 'APPROX';
}

export const RULES: Rule[] = [
	// "two days ago", "a year earlier", "three weeks later", "almost four years ago"
	{
		name: 'ago',
		anchor: /(?:second|minute|hour|day|week|month|quarter|year|decade|centur)/g,
		cue: ['ago', 'earlier', 'later', 'before', 'after', 'since', 'from now', 'hence', 'previously'],
		re: new RegExp(`\\b(${APPROX})?(${NUM})[\\s-]+(${UNIT})\\s+(?:or\\s+so\\s+)?(?:(ago|earlier|later|from now|hence|previously)\\b(?!\\s+than\\b)|(before|after|since)\\b(?!\\s+(?:the|a|an|his|her|its|their|this|that|he|she|it|they|we|[A-Z0-9])|\\s*\\w))`, 'gi'),
		build: (m) => {
			const n = parseCount(m[2]);
			const unit = parseUnit(m[3]);
			const word = (m[4] ?? m[5]).toLowerCase();
			// "two days before/after/since" with an object is a duration + signal; without one it is an anchored date.
			const sign = /ago|earlier|before|previously|since/.test(word) ? -1 : 1;
			const usePrevious = !/ago|from now|hence/.test(word);
			return {
				type: 'DATE',
				priority: 3,
				resolve: (ctx) => {
					if (n === null) return { value: sign < 0 ? 'PAST_REF' : 'FUTURE_REF' };
					const { ref, fromPrevious } = anchorOf(ctx, usePrevious);
					const whole = Math.round(n);
					if (unit === 'hour' || unit === 'minute' || unit === 'second') return { value: formatDay(ref), fromPrevious };
					// "profit rose in the third quarter from a year ago": the same quarter, a year back.
					if (unit === 'year' && ctx.period) {
						return { value: `${pad(+ctx.period.slice(0, 4) + sign * whole, 4)}${ctx.period.slice(4)}`, fromPrevious: true, mod: approxMod(m[1]) };
					}
					return { value: shiftValue(ref, unit, sign * whole), fromPrevious, mod: approxMod(m[1]) };
				}
			};
		}
	},
	// "years ago", "months earlier"
	{
		name: 'vague-ago',
		cue: ['ago', 'earlier', 'later', 'from now'],
		re: new RegExp(`\\b(${UNIT})\\s+(ago|earlier|later|from now)\\b(?!\\s+than)`, 'gi'),
		build: (m) => (/s$/i.test(m[1]) ? fixed('DATE', /ago|earlier/i.test(m[2]) ? 'PAST_REF' : 'FUTURE_REF', 2) : null)
	},
	// "the past two months", "the first nine months", "five years", "a 10-year", "about three hours", "two and a half years"
	{
		name: 'duration',
		anchor: /(?:second|minute|hour|day|week|month|quarter|year|decade|centur)/g,
		cue: ['second', 'minute', 'hour', 'day', 'week', 'month', 'quarter', 'year', 'decade', 'centur'],
		re: new RegExp(`\\b(?:the\\s+)?(?:(past|last|next|first|coming|previous|final|recent|following|initial|entire|full|remaining|other)\\s+)?(${APPROX})?(${NUM})(?:\\s+and\\s+a\\s+half|\\s+1\\/2)?(?:\\s+(?:more|additional|extra|straight|consecutive|full|trading|business|working))?[\\s-]+(${UNIT})(?:\\s+and\\s+a\\s+half)?(?:[\\s-]+(?:long|old))?\\b`, 'gi'),
		build: (m, text, at) => {
			let n = parseCount(m[3]);
			if (n !== null && /and\s+a\s+half|\s1\/2/i.test(m[0])) n += 0.5;
			const unit = parseUnit(m[4]);
			// Ages ("a 52-year-old", "37 years old") describe people, not time.
			if (/old$/i.test(m[0])) return null;
			// Fractions: "three-quarters of its food", "a quarter of the vote".
			if (unit === 'quarter' && (/-quarter/i.test(m[0]) || /^(?:a|an|one)$/i.test(m[3])) && /^\s*(?:of|\w+\s+of)\b/i.test(text.slice(at + m[0].length, at + m[0].length + 12))) return null;
			const plural = /s$/i.test(m[4]) && unit !== 'century';
			// A capitalised unit inside a sentence is a title: "60 Minutes", "The Day After".
			if (/^[A-Z]/.test(m[4]) && !atSentenceStart(text, at)) return null;
			// "a second betrayal": the ordinal, not the unit.
			if (unit === 'second' && /^(?:a|an|one)$/i.test(m[3])) return null;
			if (n === 1 && plural && !/^\d/.test(m[3])) return null;
			// "a year" after an amount is a rate: "$5 a year", "twice a day".
			if (/^(?:a|an)$/i.test(m[3]) && !m[1] && !m[2]) {
				const before = text.slice(Math.max(0, at - 40), at);
				// "three times a week" is a frequency (SET); "$1.76 a year", "24 hours a day" are rates, not times.
				if (/\b(?:times|twice|once)\s+$/i.test(before)) return fixed('SET', durationValue(1, unit), 2);
				if (/(?:\d[\d,.]*\s*(?:%|percent|per cent|[a-z]+)?)\s+$/i.test(before)) return null;
			}
			// Money and quantities: "$2 billion", "10 days" is fine but "1.5 percent" is not ours anyway.
			return {
				type: 'DURATION',
				priority: 2,
				resolve: () => ({ value: durationValue(n, unit), mod: approxMod(m[2]) })
			};
		}
	},
	// "for years", "over decades", "within hours"
	{
		name: 'bare-units',
		cue: ['years', 'months', 'weeks', 'days', 'decades', 'hours', 'minutes', 'centuries'],
		re: /\b(for|over|within|after|in|took|takes|lasted|last)\s+(years|months|weeks|days|decades|hours|minutes|centuries)\b(?!\s+(?:of|ago|earlier|later|old))/gi,
		build: (m) => {
			const offset = m[1].length + 1;
			return {
				start: offset,
				end: m[0].length,
				type: 'DURATION',
				priority: 1,
				resolve: () => ({ value: durationValue(null, parseUnit(m[2])) })
			};
		}
	},
	// "recent years", "in the coming weeks", "the past few days"
	{
		name: 'vague-span',
		cue: ['years', 'months', 'weeks', 'days', 'decades', 'hours', 'quarters'],
		re: /\b(?:the\s+)?(recent|coming|past|last|next|few|previous)\s+(?:few\s+|several\s+)?(years|months|weeks|days|decades|hours|quarters)\b/gi,
		// "recent years", "the coming weeks": a stretch of unstated length (TimeML PXY, PXW);
		// "the last few months" points back (PAST_REF), "the next few weeks" forward.
		build: (m) => (/recent|coming/i.test(m[1]) || /few/i.test(m[1]) ? fixed('DURATION', durationValue(null, parseUnit(m[2])), 1) : /past|last|previous/i.test(m[1]) ? fixed('DATE', 'PAST_REF', 1) : fixed('DATE', 'FUTURE_REF', 1))
	},
	// "last week", "this year", "next month", "the coming year", "that week", "the same day", "the following month"
	{
		name: 'unit-ref',
		cue: ['day', 'week', 'month', 'year', 'quarter', 'decade', 'century'],
		re: /\b(?:the\s+)?(last|past|previous|preceding|next|coming|following|upcoming|this|current|present|same|that)\s+(day|week|weekend|month|year|quarter|decade|century|fiscal year)\b(?!-)/gi,
		build: (m, text, at) => {
			const lead = m[0].toLowerCase();
			const dir = direction(m[1]);
			// "ABC's \"This Week\"": capitalised inside a sentence, a programme's title.
			if (/^[A-Z]/.test(m[1]) && /^[A-Z]/.test(m[2]) && !atSentenceStart(text, at)) return null;
			if (dir === null) return null;
			const unit: Unit = m[2].toLowerCase() === 'fiscal year' ? 'year' : parseUnit(m[2]);
			// "the past week" spans the week up to now: a duration (TimeML P1W); "last week" is the calendar week.
			// "The past year", "the last decade", "the past month" name the calendar unit before this one, as "last year" does.
			if (/^the\s+(past|last)\s/.test(lead) && (unit === 'week' || unit === 'day' || unit === 'century')) {
				return fixed('DURATION', durationValue(1, unit), 2);
			}
			// "that week", "the same day", "the following day": the narrative's own time.
			const narrative = /same|that|following|preceding/i.test(m[1]) || (/previous/i.test(m[1]) && lead.startsWith('the'));
			if (unit === 'day' && !narrative) return null;
			return {
				type: 'DATE',
				priority: 2,
				resolve: (ctx) => {
					const { ref, fromPrevious } = anchorOf(ctx, narrative);
					if (unit === 'quarter' && dir === 0 && /^the\s/.test(lead) === false && /this/i.test(m[1])) {
						// In an earnings report "this quarter's loss" is the quarter being reported.
						if (ctx.period && /Q/.test(ctx.period)) return { value: ctx.period, fromPrevious: true };
						return { value: shiftValue(ref, 'quarter', 0), fromPrevious };
					}
					// "sales rose in the third quarter from last year": last year's third quarter.
					// Only when the sentence itself names the period: "last year" alone is the calendar year.
					const sameSentence = ctx.previous && ctx.previous.start >= ctx.sentenceStart && /^\d{4}-[QH]\d$/.test(ctx.previous.value);
					if (unit === 'year' && dir === -1 && !narrative && sameSentence && ctx.period && +ctx.period.slice(0, 4) === ref.y) {
						return { value: `${pad(ref.y - 1, 4)}${ctx.period.slice(4)}` };
					}
					return { value: shiftValue(ref, unit, dir), fromPrevious };
				}
			};
		}
	},
	// "the next morning", "the following night", "that afternoon", "this morning", "last night", "tonight", "overnight"
	// (not "overnight on 14 April", "an overnight raid on Sunday" or "overnight into Sunday": the day named after it is the event's)
	{
		name: 'part-of-day',
		cue: ['morning', 'afternoon', 'evening', 'night'],
		re: /\b(?:(the\s+next|the\s+following|that|this|last|the\s+same)\s+(morning|afternoon|evening|night)|(tonight|overnight(?![^.;,]{0,30}?\b(?:on|of|into)\s+(?:\d{1,2}\s|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\b))))\b|\bmid[-\s]?(morning|afternoon)\b/gi,
		build: (m, text, at) => {
			// "by mid-afternoon": that part of the day the story is on.
			if (m[4]) {
				const mid = PART_OF_DAY[m[4].toLowerCase()];
				return { type: 'TIME', priority: 2, resolve: (ctx) => ({ value: `${formatDay(storyDay(ctx))}T${mid}` }) };
			}
			const lead = (m[1] ?? '').toLowerCase();
			const part = PART_OF_DAY[(m[2] ?? (m[3].toLowerCase() === 'tonight' ? 'night' : 'overnight')).toLowerCase()];
			// In a quotation, "this evening" is the speaker's evening: the date of the statement just reported.
			const quotedNow = (lead === 'this' || /tonight/i.test(m[0])) && insideQuote(text, at);
			// ("On 14 November, fighters entered Kidal after rebels withdrew overnight": the night of the date told.)
			const narrative = /next|following|that|same/.test(lead) || quotedNow || (m[3]?.toLowerCase() === 'overnight' && !m[1]);
			const shift = /next|following/.test(lead) ? 1 : lead === 'last' ? -1 : 0;
			const overnight = !m[1] && m[3]?.toLowerCase() === 'overnight';
			return {
				type: 'TIME',
				priority: 2,
				resolve: (ctx) => {
					const { ref, fromPrevious } = anchorOf(ctx, narrative);
					// "clashes erupted overnight, residents said on Tuesday": told in the past, the night that ended on that day
					// (the day of the report, or the day the story last named).
					// ("A first toll given on Sunday evening … Five of the wounded died overnight": after an evening told, the night
					// that followed it.)
					const afterEvening = fromPrevious && /T(?:EV|NI)$/.test(ctx.previous?.value ?? '');
					const back = overnight && ctx.tense === 'past' && !afterEvening ? -1 : 0;
					return { value: `${formatDay(addDays(ref, shift + back))}T${part}`, fromPrevious };
				}
			};
		}
	},
	// "the next day", "the day before", "the previous day", "the day after"
	{
		name: 'narrative-day',
		cue: ['day'],
		re: /\b(?:the\s+(next|following|previous|preceding)\s+day|the\s+day\s+(before|after)(?!\s+(?:yesterday|tomorrow|the|a|an|his|her|its|their)\b))\b/gi,
		build: (m) => {
			const back = /previous|preceding|before/i.test(m[1] ?? m[2]);
			return {
				type: 'DATE',
				priority: 2,
				resolve: (ctx) => {
					const { ref, fromPrevious } = anchorOf(ctx, true);
					return { value: formatDay(addDays(ref, back ? -1 : 1)), fromPrevious };
				}
			};
		}
	},
	// "the night before", "the previous evening": the part of the day before the one being told
	{
		name: 'narrative-night',
		cue: ['night', 'evening'],
		re: /\b(?:the\s+(previous|preceding)\s+(night|evening)|the\s+(night|evening)\s+before)\b(?!\s+(?:last|yesterday|the|a|an|his|her|its|their|\w+day)\b)/gi,
		build: (m) => {
			const part = (m[2] ?? m[3]).toLowerCase() === 'night' ? 'NI' : 'EV';
			return {
				type: 'TIME',
				priority: 2,
				resolve: (ctx) => {
					const { ref, fromPrevious } = anchorOf(ctx, true);
					return { value: `${formatDay(addDays(ref, -1))}T${part}`, fromPrevious };
				}
			};
		}
	},
	// "for the week", "later in the day", "in the morning": the time of the story being told
	{
		name: 'the-unit',
		cue: ['the day', 'the week', 'the month', 'the morning', 'the afternoon', 'the evening'],
		re: /\b(?:(?:later|earlier)\s+in|for|during|throughout|over|in|(?:end|beginning|start|middle)\s+of)\s+(the\s+(day|week|month|morning|afternoon|evening))\b(?!\s+(?:of|before|after|when|that|in|ahead)\b|')/gi,
		build: (m) => {
			const offset = m[0].length - m[1].length;
			const unit = m[2].toLowerCase();
			return {
				start: offset,
				type: PART_OF_DAY[unit] ? 'TIME' : 'DATE',
				priority: 1,
				resolve: (ctx) => {
					const { ref, fromPrevious } = anchorOf(ctx, true);
					if (PART_OF_DAY[unit]) return { value: `${formatDay(ref)}T${PART_OF_DAY[unit]}`, fromPrevious };
					return { value: shiftValue(ref, unit as Unit, 0), fromPrevious };
				}
			};
		}
	},
	// "today", "yesterday", "tomorrow", "the day before yesterday"
	{
		name: 'deictic-day',
		cue: ['today', 'yesterday', 'tomorrow'],
		re: /\b(?:the\s+day\s+(before|after)\s+|(?:mid-?\s?|early\s+|late\s+)(morning|afternoon|evening)\s+)?(today|yesterday|tomorrow)(?:\s+(morning|afternoon|evening|night))?\b(?!-)/gi,
		build: (m) => {
			let shift = { today: 0, yesterday: -1, tomorrow: 1 }[m[3].toLowerCase() as 'today'] ?? 0;
			if (m[1]) shift += m[1].toLowerCase() === 'before' ? -1 : 1;
			// "yesterday afternoon", or "mid-afternoon yesterday" with the part of day first.
			const partWord = m[4] ?? m[2];
			const part = partWord ? PART_OF_DAY[partWord.toLowerCase()] : undefined;
			return {
				type: part ? 'TIME' : 'DATE',
				priority: 3,
				resolve: (ctx) => ({ value: formatDay(addDays(ctx.dct, shift)) + (part ? `T${part}` : '') })
			};
		}
	},
	// "now", "currently", "nowadays", "at present"
	{
		name: 'present-ref',
		cue: ['now', 'current', 'present', 'these days', 'at the moment'],
		re: /\b(now|currently|current(?!\s+(?:account|accounts|affairs|events|carrying|flowing|flows?|density|source|generation|leader|president|chairman|chief|members?|owners?|holders?|employees?|rules?|law|laws|policy|system|version|model|edition|issue|form|state|status|location|address|situation|crisis|conflict)\b)|nowadays|presently|these days|at present|at the moment|right now|the present)\b(?!-)/gi,
		build: (m) => {
			const w = m[1].toLowerCase();
			const start = w === 'at present' || w === 'at the moment' ? 3 : 0;
			if (w === 'right now') return { start: 6, type: 'DATE', priority: 1, resolve: () => ({ value: 'PRESENT_REF' }) };
			return { start, type: 'DATE', priority: 1, resolve: () => ({ value: 'PRESENT_REF' }) };
		}
	},
	// "recently", "previously", "in the past", "formerly", "lately", "recent" (as in "the recent attacks")
	{
		name: 'past-ref',
		cue: ['recently', 'formerly', 'lately', 'past', 'recent times', 'once upon'],
		re: /\b(recently|formerly|lately|(?:in\s+)?the\s+past|in\s+recent\s+times|once\s+upon\s+a\s+time)\b(?!\s+(?:few|two|three|four|five|six|seven|eight|nine|ten|several|\d))/gi,
		build: (m) => {
			const start = /^in\s/i.test(m[1]) ? m[1].indexOf('the') : 0;
			return { start: start < 0 ? 0 : start, type: 'DATE', priority: 1, resolve: () => ({ value: 'PAST_REF' }) };
		}
	},
	// "soon", "the future", "in the coming days"
	{
		name: 'future-ref',
		cue: ['soon', 'future', 'ahead', ' term', 'later date'],
		re: /(?<!\bas\s+)\b(as\s+soon\s+as\s+possible|(?:a|some)\s+later\s+date|soon(?!\s+(?:as|after|afterwards|thereafter))|the\s+(?:near|short|long)\s+term|(?:the\s+)?(?:near\s+|foreseeable\s+|distant\s+)?future|in\s+the\s+(?:coming|days|weeks|months|years)\s+ahead)\b(?![\s-]*(?:contracts?|price|prices|generations?|of\s+the))/gi,
		// Bare "future" is mostly an adjective ("future payments"); "in future" and "the future" are times.
		build: (m, text, at) => (/^future$/i.test(m[1]) && !/\bin\s+$/i.test(text.slice(Math.max(0, at - 4), at)) ? null : fixed('DATE', 'FUTURE_REF', 1))
	},
	// "Friday", "last Tuesday", "next Monday", "Thursday night", "this Sunday"
	{
		name: 'weekday',
		cue: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
		re: new RegExp(`\\b(?:([Tt]he\\s+(?:previous|preceding|following|next)|[Ll]ast|[Nn]ext|[Tt]his|[Cc]oming|[Pp]ast|[Pp]revious)\\s+)?(${WD})(?:\\s+(${POD})(s)?)?(?:,?\\s+(?:of\\s+)?([Ll]ast|[Nn]ext|[Tt]his)\\s+week)?\\b`, 'g'),
		build: (m, text, at) => {
			const how = m[1]?.toLowerCase().replace(/\s+/g, ' ');
			const weekday = WEEKDAYS[m[2].toLowerCase()];
			const part = m[3] ? PART_OF_DAY[m[3].toLowerCase()] : undefined;
			// The weekday's date (and the part of the day, if said), found by `dayOf`.
			const onDay = (priority: number, dayOf: (ctx: ResolveContext) => { day: Ymd; fromPrevious?: boolean }) => ({
				type: (part ? 'TIME' : 'DATE') as TimexType,
				priority,
				resolve: (ctx: ResolveContext) => {
					const { day, fromPrevious } = dayOf(ctx);
					return { value: formatDay(day) + (part ? `T${part}` : ''), ...(fromPrevious === undefined ? {} : { fromPrevious }) };
				}
			});
			// "Monday last week", "Friday of next week": that weekday in the week before or after the story's.
			if (m[5] && !how) {
				const step = { last: -1, next: 1, this: 0 }[m[5].toLowerCase() as 'last' | 'next' | 'this'];
				return onDay(3, (ctx) => ({ day: addDays(ctx.dct, 1 - isoWeekday(ctx.dct) + 7 * step + weekday - 1) }));
			}
			// "on Tuesday nights", "on Monday and Tuesday nights": every such night, a set.
			const shared = m[3] ? null : HABITUAL_PAIR.exec(text.slice(at + m[0].length, at + m[0].length + 32));
			if (!how && (m[4] || shared)) {
				const nightly = PART_OF_DAY[(m[3] ?? shared![1]).toLowerCase()];
				return fixed('SET', `XXXX-WXX-${weekday}T${nightly}`, 3);
			}
			// "the previous Friday", "the following Monday": counted from the day the story is on, not from publication.
			if (how?.startsWith('the ')) {
				const back = /previous|preceding/.test(how);
				return onDay(3, (ctx) => {
					const { ref, fromPrevious } = anchorOf(ctx, true);
					return { day: resolveWeekday(ref, weekday, back ? 'last' : 'next'), fromPrevious };
				});
			}
			// A weekday that is part of a name ("Black Friday", "Ash Wednesday") or a title is not a date.
			if (/\b(?:Black|Good|Ash|Holy|Super|Cyber|Bloody|Palm|Easter|Pentecost|Whit|Trinity|Maundy|Shrove|Low|Mothering|Orthodox|Independence|Remembrance|Memorial)\s+$/.test(text.slice(Math.max(0, at - 14), at))) return null;
			// "the Sunday market", "the Sunday edition": what is named for a weekday, not a date ("during Sunday service" is that Sunday).
			if (!how && !m[3] && /^\s+(?:markets?|bazaars?|newspapers?|editions?)\b/i.test(text.slice(at + m[0].length, at + m[0].length + 12))) return null;
			return onDay(2, (ctx) => {
				// "Wednesday's ruling": a possessive weekday names something that already happened.
				const possessive = /^['\u2019]s\b/.test(text.slice(at + m[0].length, at + m[0].length + 3));
				const mode = possessive && !how ? 'past' : how === 'last' || how === 'past' || how === 'previous' ? 'last' : how === 'next' || how === 'coming' ? 'next' : how === 'this' ? 'this' : ctx.tense;
				return { day: resolveWeekday(ctx.dct, weekday, mode) };
			});
		}
	},
	// "in March", "last December", "March 1998", "December of 2019", "mid-March" (modifier added later)
	{
		name: 'month',
		cue: ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'],
		re: new RegExp(`\\b(?:([Ll]ast|[Nn]ext|[Tt]his|[Cc]oming|[Pp]ast|[Pp]revious)\\s+)?(${MONTH_NAME})(?:,?\\s+(?:of\\s+)?((?:1[6-9]|20)\\d{2})|\\s+'(\\d{2})|\\s+(?:of\\s+)?(last|this|next)\\s+year)?(?![\\w]|'(?!s\\b)|\\s+\\d{1,2}\\b)`, 'g'),
		build: (m, text, at) => {
			const month = parseMonth(m[2]);
			const explicitYear = m[3] ? +m[3] : m[4] ? 1900 + +m[4] + (+m[4] < 50 ? 100 : 0) : null;
			// "May" and "March" are also words: take them as months only with a year or a date-like neighbour.
			if (!explicitYear && /^(may|march)$/i.test(m[2]) && !m[1]) {
				const before = text.slice(Math.max(0, at - 12), at);
				if (!/\b(?:in|since|until|till|by|of|from|to|through|during|before|after|early|late|mid|end|last|next|this|since|the)\s+$/i.test(before) && !/-$/.test(before)) return null;
			}
			if (/^[A-Z][a-z]{2}$/.test(m[2]) && m[2] !== 'May' && !explicitYear) return null;
			const how = direction(m[1]);
			return {
				type: 'DATE',
				priority: 2,
				resolve: (ctx) => {
					if (m[5]) return { value: `${pad(ctx.dct.y + (m[5] === 'last' ? -1 : m[5] === 'next' ? 1 : 0), 4)}-${pad(month)}` };
					const y = explicitYear ?? yearFor(ctx.dct, month, null, how === -1 ? 'last' : how === 1 ? 'next' : how === 0 ? 'this' : ctx.tense);
					return { value: `${pad(y, 4)}-${pad(month)}` };
				}
			};
		}
	},
	// "the third quarter", "fourth-quarter", "the first half of 1998", "the year-ago quarter", "the latest quarter"
	{
		name: 'quarter',
		cue: ['quarter', 'half', 'period'],
		re: /\b(?:the\s+)?(?:((?:1[6-9]|20)\d{2})\s+|this\s+year's\s+|last\s+year's\s+|next\s+year's\s+)?((?:(?:fiscal|calendar|year-ago|year-earlier|year-before|same|corresponding|comparable|latest|current|previous|last|recent|past|first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+)*)(quarter|half|period)\b(?:\s+of\s+(?:fiscal\s+)?((?:1[6-9]|20)\d{2}|this\s+year|last\s+year|next\s+year)|\s+(last\s+year|a\s+year\s+(?:ago|earlier)))?(?!-|[\w-]*\s+(?:of\s+(?:a|an|the|all|its|their|century|mile|inch|point|percent|percentage|hour)\b|(?:mile|percent|point|hour)))/gi,
		build: (m, text, at) => {
			const words = m[2].toLowerCase().split(/[\s-]+/).filter(Boolean);
			const half = m[3].toLowerCase() === 'half';
			const closing = half ? null : closingDate(text, at + m[0].length);
			const period = m[3].toLowerCase() === 'period';
			// "the latest period", "the year-ago period", "the 1988 period": a reporting quarter, never a bare "period".
			if (period && (ordinalOf(m[2]) !== undefined || (!m[1] && !/latest|year-|same|comparable|corresponding|current|previous/i.test(m[2]) && !/year's/i.test(m[0])))) return null;
			const ordinal = ordinalOf(m[2]);
			const lead = m[0].toLowerCase();
			// "last year's quarter": the quarter reported on, a year back.
			if (ordinal === undefined && !/^the\s/.test(lead) && words.length === 0 && !/^(?:this|last|next)\s+year's/.test(lead)) return null;
			if (ordinal === undefined && words.length === 0 && !m[4] && half) return null;
			if (half && ordinal !== undefined && ordinal > 2) return null;
			if (!half && ordinal !== undefined && ordinal > 4) return null;
			// "the year-ago quarter", "last year's quarter", "the corresponding period last year", "the quarter a year ago"
			const yearAgo = /year-(?:ago|earlier|before)/i.test(m[2]) || /last\s+year's/.test(lead) || /of\s+last\s+year/.test(lead) || !!m[5];
			const lastWord = words.includes('last') || words.includes('previous') || words.includes('past');
			return {
				type: 'DATE',
				priority: 3,
				resolve: (ctx) => {
					const ref = ctx.dct;
					const q = quarterOf(ref);
					if (period && m[1]) return { value: ctx.period ? `${m[1]}${ctx.period.slice(4)}` : m[1] };
					let y = m[1] ? +m[1] : m[4] && /^\d/.test(m[4]) ? +m[4] : /next\s+year/.test(lead) ? ref.y + 1 : ref.y;
					let n: number;
					if (ordinal !== undefined) {
						n = ordinal;
						const current = half ? (ref.m <= 6 ? 1 : 2) : q;
						// Reports look back: a quarter after the current one is last year's unless the tense looks ahead.
						if (!m[1] && !m[4] && n > current && ctx.tense !== 'future') y -= 1;
					} else if (closing) {
						// "the quarter ended July 31": the calendar quarter holding most of the three months to that day.
						const q3 = quarterEndingOn(closing.month, closing.day, m[1] ? +m[1] : yearFor(ref, closing.month, closing.day, 'past'));
						return { value: `${pad(q3.y - (yearAgo ? 1 : 0), 4)}-Q${q3.q}`, period: !yearAgo };
					} else {
						// "the quarter", "the latest period", "that quarter": the reporting period already named
						// ("the 1988 quarter": that period in the year stated).
						const known = ctx.period && /Q/.test(ctx.period) !== half ? ctx.period : null;
						if (known && !words.includes('current') && !lastWord && !/next\s+year/.test(lead)) {
							const year = m[1] ? +m[1] : +known.slice(0, 4) - (yearAgo ? 1 : 0);
							return { value: `${pad(year, 4)}${known.slice(4)}`, fromPrevious: true };
						}
						// Otherwise results are reported after a quarter closes: the last complete one.
						const back = lastWord || !words.includes('current');
						const total = ref.y * 4 + q - 1 - (back ? 1 : 0);
						y = Math.floor(total / 4);
						n = (total % 4) + 1;
						if (half) return { value: `${pad(y, 4)}-H${n <= 2 ? 1 : 2}` };
					}
					if (yearAgo) return { value: `${pad(y - 1, 4)}-${half ? 'H' : 'Q'}${n}` };
					// Only a closed quarter can be the one reported on: "expects fourth-quarter profit to fall",
					// written in October, does not make "the latest quarter" the fourth.
					const closed = (y * 12 + n * (half ? 6 : 3)) <= ref.y * 12 + ref.m - 1;
					return { value: `${pad(y, 4)}-${half ? 'H' : 'Q'}${n}`, period: closed };
				}
			};
		}
	},
	// "year-earlier profit", "the year-ago results": the period just named, a year back
	{
		name: 'year-ago-adjective',
		cue: ['year-earlier', 'year-ago', 'year-before'],
		re: /\b(?:the\s+)?year-(?:earlier|ago|before)\b(?![\s-]+(?:quarter|period|half|month|week))/gi,
		build: () => ({
			type: 'DATE',
			priority: 1,
			resolve: (ctx) => (ctx.period ? { value: `${pad(+ctx.period.slice(0, 4) - 1, 4)}${ctx.period.slice(4)}` } : yearsFromPrevious(ctx, -1) ?? { value: pad(ctx.dct.y - 1, 4) })
		})
	},
	// "the year", "the fiscal year", "the full year", "year-end": the year being reported on
	{
		name: 'the-year',
		cue: ['year'],
		re: /\b(?:the\s+(?:(?:full|fiscal|calendar|whole|entire|latest|most\s+recent)\s+)*year(?!\s+(?:of|ago|earlier|before|after|in|when|that|which|to)\b|[-'\u2019]|\s+\d)|year[-\s]end|year's\s+end)\b/gi,
		// "the year" alone is a span of time ("for the year ended Sept. 30": P1Y); the year of which
		// a part of it is named is the calendar year: "the end of the year", "earlier in the year".
		build: (m, text, at) => /^the\s+(?:fiscal\s+)?year$/i.test(m[0].replace(/\s+/g, ' ')) && !yearAsDate(text, at) ? fixed('DURATION', 'P1Y', 1) : ({
			type: 'DATE',
			priority: 1,
			resolve: (ctx) => {
				// "the latest fiscal year": the last one closed.
				if (/latest|recent/i.test(m[0])) return { value: pad(ctx.dct.y - 1, 4) };
				const prevYear = ctx.previous && /^\d{4}/.test(ctx.previous.value) && ctx.previous.start >= ctx.sentenceStart ? +ctx.previous.value.slice(0, 4) : null;
				const y = prevYear ?? ctx.dct.y;
				return { value: pad(y, 4), mod: /end/i.test(m[0]) ? 'END' : undefined, fromPrevious: prevYear !== null };
			}
		})
	},
	// "nineteen ninety-six", "the year two thousand", "two thousand one"
	{
		name: 'spelled-year',
		cue: ['nineteen', 'eighteen', 'twenty', 'thousand'],
		re: /\b(?:(nineteen|eighteen|twenty)[\s-]+(?:hundred(?:\s+and)?[\s-]+)?((?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-]+(?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|oh[\s-]+(?:one|two|three|four|five|six|seven|eight|nine))|(?:the\s+year\s+)?two\s+thousand(?:\s+and)?(?:[\s-]+(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty))?)\b(?!\s+(?:dollars|people|troops|years|points|percent))/gi,
		build: (m, text, at) => {
			let year: number;
			if (m[1]) {
				const century = { nineteen: 1900, eighteen: 1800, twenty: 2000 }[m[1].toLowerCase() as 'nineteen'];
				const rest = parseCount(m[2].replace(/^oh[\s-]+/i, '').replace(/\s+/g, '-'));
				if (rest === null) return null;
				year = century + rest;
			} else year = 2000 + (m[3] ? parseCount(m[3]) ?? 0 : 0);
			// "January nineteen ninety-seven", "the winter of nineteen ninety-four": the month or season of that year.
			const before = SPOKEN_YEAR_HEAD.exec(text.slice(Math.max(0, at - 24), at));
			if (before) {
				const month = before[1] ? parseMonth(before[1]) : 0;
				const value = month ? `${year}-${pad(month)}` : `${year}-${SEASONS[before[2].toLowerCase()]}`;
				return { start: -before[0].length, type: 'DATE', priority: 2, resolve: () => ({ value, absolute: true }) };
			}
			return fixed('DATE', String(year), 2);
		}
	},
	// "the nineties", "the eighties"
	{
		name: 'decade-word',
		cue: ['ties'],
		re: /\b(?:the\s+)(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b/gi,
		build: (m) => {
			const digit = { twenties: 2, thirties: 3, forties: 4, fifties: 5, sixties: 6, seventies: 7, eighties: 8, nineties: 9 }[m[1].toLowerCase() as 'twenties'];
			return { type: 'DATE', priority: 2, resolve: (ctx) => ({ value: `${Math.floor(ctx.dct.y / 100) - (digit * 10 > ctx.dct.y % 100 ? 1 : 0)}${digit}` }) };
		}
	},
	// "in 2016-17", "the 2019–2020 season": a span of years, dated from its first.
	{
		name: 'year-range',
		cue: /\d{4}[-\u2013]\d/,
		re: /(?<![\w$#£€¥.,/:-])((?:19|20)\d{2})[-\u2013]((?:19|20)?\d{2})(?![\w%/:-]|[.,]\d)/g,
		build: (m) => {
			const from = +m[1];
			const to = m[2].length === 2 ? Math.floor(from / 100) * 100 + +m[2] : +m[2];
			return to > from && to - from <= 10 ? fixed('DATE', String(from), 2) : null;
		}
	},
	// "1998", "fiscal 1999", "in '98"
	{
		name: 'year',
		cue: /\d{4}/,
		re: /(?<![\w$#£€¥.,/:]|(?<!\b(?:mid|pre|post))-)(?:(fiscal|calendar)(?:\s+year)?\s+)?((?:1[0-9]|20)\d{2})(?![\w%/:]|[.,]\d|-(?:era|vintage|style|model|\d|\s*\))|\s*(?:percent|per cent|%|troops|people|soldiers|workers|police|officers|students|members|men|women|children|residents|refugees|points?|yards?|feet|miles?|meters?|metres?|kilometers?|km|tons?|tonnes|barrels?|cars?|units?|shares?|votes?|dollars?|euros?|pounds?|yen|rials?)\b)/g,
		build: (m, text, at) => {
			const year = +m[2];
			if (year < 1000 || year > 2199) return null;
			const before = text.slice(Math.max(0, at - 24), at);
			// Numbers with a label are identifiers: "Section 2019", "Flight 1998", "No. 2000", "Resolution 1441".
			if (/\b(?:section|article|chapter|rule|resolution|flight|route|highway|no\.?|number|room|page|pages|p\.|pp\.|version|model|item|case|bill|law|code|exit|unit|suite|lot|box|row|seat|platform|gate|channel|form|docket|paragraph|par\.|sec\.|art\.)\s*$/i.test(before)) return null;
			// Quantities: "about 2000", "some 1500", "than 1200".
			// A count of things: "2000 rounds" (but "1998 elections" is a date).
			const after = /^\s+([a-z]+s)\b/.exec(text.slice(at + m[0].length, at + m[0].length + 24));
			if (after && !YEAR_NOUNS.test(after[1]) && !/\b(?:pre|post)-$/i.test(before)) return null;
			if (/\b(?:about|some|nearly|almost|than|roughly|approximately|around|over|under|least|up\s+to|only|just)\s+$/i.test(before) && !/\bin\s+\w+\s+$/i.test(before)) return null;
			return fixed('DATE', String(year), 1);
		}
	},
	// "the 1990s", "the early 1980s", "the '90s", "the nineties"; not "1990s-era"
	{
		name: 'decade',
		cue: /0'?s\b/,
		re: /\b((?:1[0-9]|20)\d)0'?s\b(?![-\u2010\u2011](?:era|style|vintage|model|built|made|designed))|(?<!\w)'(\d)0s\b/g,
		build: (m) => {
			if (m[1]) return fixed('DATE', m[1], 2);
			return { type: 'DATE', priority: 2, resolve: (ctx) => ({ value: `${Math.floor(ctx.dct.y / 100)}${m[2]}` }) };
		}
	},
	// "the 20th century", "the nineteenth century"
	{
		name: 'century',
		cue: ['century'],
		re: /\b(?:the\s+)?(\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first)\s+century\b/gi,
		build: (m) => {
			const n = ORDINALS[m[1].toLowerCase()] ?? parseInt(m[1], 10);
			return fixed('DATE', pad(n - 1), 2);
		}
	},
	// "this summer", "last fall", "the spring of 1998", "winter 2020", "summer"
	{
		name: 'season',
		cue: ['spring', 'summer', 'fall', 'autumn', 'winter'],
		re: /\b(?:(?:the\s+(?=\w+\s+of\s+\d))?(last|next|this|coming|past|previous)\s+|the\s+(?=\w+\s+of\s+\d))?(spring|summer|fall|autumn|winter)(?:\s+(?:of\s+)?((?:1[6-9]|20)\d{2}))?\b(?![\s-]*(?:collection|fashion|olympics|games|festival|school|camp|session|term|wheat|crop|break))/gi,
		build: (m, text, at) => {
			const season = SEASONS[m[2].toLowerCase()];
			const how = direction(m[1]);
			// "Spring of Life": a capitalised season inside a sentence, without a year, is a name.
			if (/^[A-Z]/.test(m[2]) && !m[3] && !m[1] && !atSentenceStart(text, at)) return null;
			// Bare "fall" is mostly the verb.
			if (/^fall$/i.test(m[2]) && !m[1] && !m[3] && !/\b(?:the|in|this|last|next|early|late|by|until|since)\s+$/i.test(text.slice(Math.max(0, at - 8), at))) return null;
			return {
				type: 'DATE',
				priority: 2,
				resolve: (ctx) => (m[3] ? { value: `${m[3]}-${season}` } : { value: seasonValue(ctx.dct, season, how, ctx.tense) })
			};
		}
	},
	// "the weekend", "this weekend"
	{
		name: 'weekend',
		cue: ['weekend'],
		re: /\bthe\s+weekend\b/gi,
		build: () => ({
			type: 'DATE',
			priority: 1,
			resolve: (ctx) => {
				// A weekend in a past-tense report is the one just gone, unless it is the weekend now.
				const back = ctx.tense === 'future' || ctx.tense === 'present' || isWeekend(ctx.dct) ? 0 : -1;
				return { value: shiftValue(ctx.dct, 'weekend', back) };
			}
		})
	},
	// "daily", "weekly", "every day", "each week", "per year", "every Sunday" ("grew 20% annually" is a rate, left out)
	{
		name: 'set',
		// Spaces keep "percent", "reach" and "everything" from waking this costly pattern.
		cue: ['daily', 'weekly', 'monthly', 'yearly', 'hourly', 'nightly', 'fortnightly', ' every ', ' each ', ' per '],
		re: new RegExp(`\\b(?:(daily|weekly|monthly|yearly|hourly|nightly|biweekly|fortnightly)|(?:every|each|per)\\s+(?:(other|${NUM})\\s+)?(second|minute|hour|day|night|week|month|quarter|year|decade|morning|evening|${WD}|${MONTH_FULL})s?)\\b(?![\\s-]*(?:newspaper|paper|basis\\s+of|mail|show|telegraph|news))`, 'gi'),
		build: (m) => {
			const adverb = m[1]?.toLowerCase();
			if (adverb) {
				const unit: Record<string, string> = {
					daily: 'P1D', weekly: 'P1W', monthly: 'P1M', yearly: 'P1Y', hourly: 'PT1H', nightly: 'P1D',
					biweekly: 'P2W', fortnightly: 'P2W'
				};
				return fixed('SET', unit[adverb], 1);
			}
			const word = m[3].toLowerCase();
			const count = m[2] ? (m[2].toLowerCase() === 'other' ? 2 : parseCount(m[2])) : 1;
			if (word in WEEKDAYS) return fixed('SET', `XXXX-WXX-${WEEKDAYS[word]}`, 2);
			// "each July": that month in every year.
			if (word in MONTHS) return fixed('SET', `XXXX-${pad(MONTHS[word])}`, 2);
			if (word === 'night' || word === 'morning' || word === 'evening') return fixed('SET', `TNI`.replace('NI', PART_OF_DAY[word]), 2);
			return fixed('SET', durationValue(count, parseUnit(word)), 2);
		}
	},
	// "9 a.m.", "10:30 p.m. EDT", "0900 GMT": clock times chrono's strict mode leaves when a weekday follows
	{
		name: 'clock',
		cue: /\d\s*[ap]\.?\s?m|\d{4}\s+(?:GMT|UTC)/i,
		re: /\b(\d{1,2})(?:[:.](\d{2}))?\s*([ap])\.?\s?m\b\.?(?:\s+(EDT|EST|CDT|CST|MDT|MST|PDT|PST|GMT|UTC|BST|CET|CEST))?|\b([01]\d|2[0-3])([0-5]\d)\s+(GMT|UTC)\b/gi,
		build: (m) => {
			let hour = m[5] !== undefined ? +m[5] : +m[1];
			const minute = m[6] !== undefined ? +m[6] : m[2] !== undefined ? +m[2] : 0;
			if (m[3]) {
				if (hour < 1 || hour > 12) return null;
				if (m[3].toLowerCase() === 'p' && hour < 12) hour += 12;
				if (m[3].toLowerCase() === 'a' && hour === 12) hour = 0;
			}
			const zone = (m[4] ?? m[7])?.toUpperCase();
			return {
				type: 'TIME',
				priority: 3,
				resolve: (ctx) => ({
					// A bare clock time belongs to the day the story is on: the last day named, else publication.
					value: `${formatDay(storyDay(ctx))}T${pad(hour)}:${pad(minute)}`,
					offsetMinutes: zone ? ZONES[zone] : undefined
				})
			};
		}
	},
	// "noon", "midnight", "midday"
	{
		name: 'noon',
		cue: ['noon', 'midnight', 'midday'],
		re: /\b(noon|midnight|midday)\b/gi,
		// "high noon" is a figure of speech, not a time.
		build: (m, text, at) => ((/^[A-Z]/.test(m[1]) && !atSentenceStart(text, at)) || /\bhigh\s+$/i.test(text.slice(Math.max(0, at - 5), at)) ? null : {
			type: 'TIME',
			priority: 1,
			resolve: (ctx) => ({ value: `${formatDay(storyDay(ctx))}T${m[1].toLowerCase() === 'midnight' ? '24' : '12:00'}` })
		})
	},
	// "the week of March 6": the calendar week holding that day
	{
		name: 'week-of',
		cue: ['week of'],
		re: new RegExp(`\\bthe\\s+week\\s+of\\s+(${MONTH_NAME})\\s+(\\d{1,2})(?:,\\s+((?:1[6-9]|20)\\d{2}))?\\b`, 'gi'),
		build: (m) => {
			const month = parseMonth(m[1]);
			const day = +m[2];
			if (!month || day < 1 || day > 31) return null;
			return {
				type: 'DATE',
				priority: 3,
				resolve: (ctx) => ({ value: shiftValue({ y: m[3] ? +m[3] : yearFor(ctx.dct, month, day, ctx.tense), m: month, d: day }, 'week', 0), absolute: !!m[3] })
			};
		}
	},
	// "4 in the morning", "at 9 in the evening": a clock time told by the part of the day
	{
		name: 'clock-part',
		cue: ['in the morning', 'in the afternoon', 'in the evening', 'at night'],
		re: /\b(\d{1,2})(?::(\d{2}))?\s+(?:o'clock\s+)?(in\s+the\s+(?:morning|afternoon|evening)|at\s+night)\b/gi,
		build: (m) => {
			let hour = +m[1];
			const minute = m[2] ? +m[2] : 0;
			if (hour < 1 || hour > 12 || minute > 59) return null;
			const late = /afternoon|evening|night/i.test(m[3]);
			// "12 at night" is midnight; "10 at night" is 22:00; "3 at night" stays small hours.
			if (late && hour < 12 && !(/night/i.test(m[3]) && hour < 5)) hour += 12;
			if (!late && hour === 12) hour = 0;
			return {
				type: 'TIME',
				priority: 3,
				resolve: (ctx) => ({ value: `${formatDay(storyDay(ctx))}T${pad(hour)}:${pad(minute)}` })
			};
		}
	},
	// "will one day be", "could someday": an unspecified future time
	{
		name: 'one-day',
		cue: ['one day', 'someday', 'some day'],
		re: /\b(?:will|would|could|might|may|can|shall)\s+(?:\w+\s+)?(one\s+day|some\s*day)\b/gi,
		build: (m) => ({ start: m[0].length - m[1].length, type: 'DATE', priority: 3, resolve: () => ({ value: 'FUTURE_REF' }) })
	},
	// "today is the eighth day of the operation", "the second day of an offensive": the day the story is on
	{
		name: 'nth-day',
		cue: ['day'],
		re: /\b(?:the\s+)?(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))\s+(?:(?:straight|consecutive|successive)\s+)?day\s+(?=of\b|since\b|in\s+a\s+row\b)/gi,
		build: (m) => ({
			end: m[0].trimEnd().length,
			type: 'DATE',
			priority: 2,
			// Told in the present it is today; in a past narrative, the day last named.
			resolve: (ctx) => ({ value: formatDay(ctx.tense === 'present' ? ctx.dct : storyDay(ctx)) })
		})
	},
	// "a day-long meeting", "a decades-long battle": how long something lasts
	{
		name: 'unit-long',
		cue: ['-long'],
		re: /\b(day|week|month|year|decade|hour|minute)(s)?-long\b/gi,
		build: (m) => fixed('DURATION', durationValue(m[2] ? null : 1, parseUnit(m[1])), 2)
	},
	// "Christmas", "New Year's Day", "Thanksgiving"
	{
		name: 'holiday',
		cue: ['christmas', 'new year', 'thanksgiving', 'independence', 'halloween', 'valentine', 'election day'],
		re: /\b(Christmas(?:\s+(?:Day|Eve))?|New\s+Year's(?:\s+(?:Day|Eve))?|Thanksgiving(?:\s+Day)?|Independence\s+Day|Halloween|Valentine's\s+Day|Election\s+Day)\b/g,
		build: (m) => ({
			type: 'DATE',
			priority: 2,
			resolve: (ctx) => holiday(m[1], ctx)
		})
	}
];

const HABITUAL_PAIR = new RegExp(`^\\s+(?:and|or)\\s+${WEEKDAY_NAME}\\s+(${POD})s\\b`);
const SPOKEN_YEAR_HEAD = new RegExp(`(?:\\b(${MONTH_FULL})|\\b(?:the\\s+)?(spring|summer|fall|autumn|winter)\\s+of)\\s+$`, 'i');

// Plural nouns a year commonly modifies ("the 1998 elections").
const YEAR_NOUNS = /^(?:elections|talks|games|olympics|levels|figures|results|sales|earnings|profits|revenues|losses|riots|attacks|protests|bombings|floods|accords|agreements|negotiations|events|hearings|polls|primaries|budgets|rates|prices|totals|numbers|estimates|forecasts|projections|standards|rules|laws|reforms|sanctions|strikes|killings|massacres|uprisings|wars|crises|campaigns|visits|meetings|summits|statistics|data|terms|contracts|models|versions|editions|issues|plans|raids|clashes|airstrikes|offensives|abductions|kidnappings|demonstrations|unrest|ambushes|assaults|shootings|earthquakes|blasts|explosions|coups|invasions|operations|purges|arrests|trials|sieges)$/;

const ZONES = lookupTable<number>({
	EDT: -240, EST: -300, CDT: -300, CST: -360, MDT: -360, MST: -420, PDT: -420, PST: -480, GMT: 0, UTC: 0, BST: 60, CET: 60, CEST: 120
});

/** "… ended Sept. 30", "… ending July 31": the closing day stated right after a period. */
function closingDate(text: string, at: number): { month: number; day: number } | null {
	const m = CLOSING.exec(text.slice(at, at + 32));
	return m ? { month: parseMonth(m[1]), day: +m[2] } : null;
}
const CLOSING = new RegExp(`^\\s+(?:that\\s+)?(?:ended|ending|ends)\\s+(${MONTH_NAME})\\s+(\\d{1,2})\\b`);

/** The calendar quarter covering most of the three months that end on month/day of `year`. */
function quarterEndingOn(month: number, day: number, year: number): { y: number; q: number } {
	// The middle month of the three holds the majority; a period ending early in a month closes with the month before.
	const middle = addMonths({ y: year, m: month, d: 1 }, day < 15 ? -2 : -1);
	return { y: middle.y, q: quarterOf(middle) };
}

const PART_OF_YEAR = /\b(?:end|beginning|start|middle|rest|remainder|half|part|months|weeks|quarters?|days)\s+of\s+$|\b(?:earlier|later|early|late)\s+in\s+$/i;

/** "the year" read as the calendar year: a part of it is named. */
function yearAsDate(text: string, start: number): boolean {
	return PART_OF_YEAR.test(text.slice(Math.max(0, start - 24), start));
}

/** True when only punctuation, quotes or a dateline lie between the sentence start and `at`. */
function atSentenceStart(text: string, at: number): boolean {
	return /(?:^|[.!?:]\s+|\n\s*|[_\u2014-]\s+)["'`\u201c(]*\s*$/.test(text.slice(Math.max(0, at - 6), at));
}

/** True when `at` sits inside a quotation opened earlier in its paragraph. */
export function insideQuote(text: string, at: number): boolean {
	const paragraphStart = Math.max(text.lastIndexOf('\n\n', at), at - 2000, 0);
	const before = text.slice(paragraphStart, at);
	const opens = (before.match(/\u201c/g) ?? []).length;
	const closes = (before.match(/\u201d/g) ?? []).length;
	if (opens + closes > 0) return opens > closes;
	return (before.match(/"/g) ?? []).length % 2 === 1;
}

/** The previous expression's value moved by whole years, keeping its shape (quarter, month, day). */
function yearsFromPrevious(ctx: ResolveContext, years: number): Resolved | null {
	const prev = ctx.previous?.value;
	if (!prev || !/^\d{4}(?:-|$)/.test(prev) || /T/.test(prev)) return null;
	return { value: `${pad(+prev.slice(0, 4) + years, 4)}${prev.slice(4)}`, fromPrevious: true };
}

/** The day a bare clock time or part of day refers to: the previous day-level date nearby, else the publication date. */
export function storyDay(ctx: ResolveContext): Ymd {
	const prev = ctx.previous;
	if (prev && /^\d{4}-\d{2}-\d{2}/.test(prev.value) && prev.start >= ctx.sentenceStart - 600) return prev.date;
	return ctx.dct;
}

function ordinalOf(words: string): number | undefined {
	return words.toLowerCase().split(/[\s-]+/).map((w) => ORDINALS[w]).find((n) => n !== undefined);
}

function isWeekend(d: Ymd): boolean {
	const wd = new Date(Date.UTC(d.y, d.m - 1, d.d)).getUTCDay();
	return wd === 0 || wd === 6;
}

function holiday(name: string, ctx: ResolveContext): Resolved {
	const n = name.toLowerCase().replace(/\s+/g, ' ');
	const fixedDay = (month: number, day: number) => {
		const y = yearFor(ctx.dct, month, day, ctx.tense);
		return { value: `${pad(y, 4)}-${pad(month)}-${pad(day)}` };
	};
	if (n.startsWith('christmas eve')) return fixedDay(12, 24);
	if (n.startsWith('christmas')) return fixedDay(12, 25);
	if (n === "new year's eve") return fixedDay(12, 31);
	if (n.startsWith('new year')) return fixedDay(1, 1);
	if (n.startsWith('independence')) return fixedDay(7, 4);
	if (n === 'halloween') return fixedDay(10, 31);
	if (n.startsWith('valentine')) return fixedDay(2, 14);
	// US Election Day: the Tuesday after the first Monday of November.
	if (n.startsWith('election')) {
		const y = yearFor(ctx.dct, 11, 5, ctx.tense);
		const firstMonday = 1 + ((1 - new Date(Date.UTC(y, 10, 1)).getUTCDay() + 7) % 7);
		return { value: `${pad(y, 4)}-11-${pad(firstMonday + 1)}` };
	}
	// Thanksgiving (US): the fourth Thursday of November.
	const y = yearFor(ctx.dct, 11, 25, ctx.tense);
	const nov1 = new Date(Date.UTC(y, 10, 1)).getUTCDay();
	const firstThursday = 1 + ((4 - nov1 + 7) % 7);
	return { value: `${pad(y, 4)}-11-${pad(firstThursday + 21)}` };
}


// Every cue word once, and each rule's cues as indexes into that list: one scan of a block
// finds them all (see cues.ts), and rules sharing "year" or "day" share the answer.
const CUE_WORDS: string[] = [];
const RULE_CUES: number[][] = RULES.map((rule) => {
	if (!Array.isArray(rule.cue)) return [];
	return rule.cue.map((w) => {
		const i = CUE_WORDS.indexOf(w);
		return i >= 0 ? i : CUE_WORDS.push(w) - 1;
	});
});
const SCANNER = cueScanner(CUE_WORDS);
// 1 when the cue word occurs in the block being read; cleared for each block.
const present = new Uint8Array(CUE_WORDS.length);
const mark = (word: number) => {
	present[word] = 1;
};

function cued(rule: number): boolean {
	for (const i of RULE_CUES[rule]) if (present[i] === 1) return true;
	return false;
}

/** Runs every rule over text[from, to) and returns raw candidates (offsets into text). */
export function runRules(text: string, from: number, to: number): Candidate[] {
	const slice = text.slice(from, to);
	let lower: string | undefined;
	// Rules sharing an anchor pattern share its windows.
	let anchored: { source: string; windows: [number, number][] } | undefined;
	const windowsOf = (anchor: RegExp) => {
		if (anchored?.source !== anchor.source) anchored = { source: anchor.source, windows: windows(anchor, (lower ??= slice.toLowerCase())) };
		return anchored.windows;
	};
	const out: Candidate[] = [];
	present.fill(0);
	SCANNER.scan(text, from, to, mark);
	for (let r = 0; r < RULES.length; r++) {
		const rule = RULES[r];
		if (Array.isArray(rule.cue) ? !cued(r) : !rule.cue.test(slice)) continue;
		for (const [ws, we] of rule.anchor ? windowsOf(rule.anchor) : [[0, slice.length]]) {
			const part = ws === 0 && we === slice.length ? slice : slice.slice(ws, we);
			rule.re.lastIndex = 0;
			let m: RegExpExecArray | null;
			while ((m = rule.re.exec(part))) {
				if (m[0].length === 0) {
					rule.re.lastIndex++;
					continue;
				}
				const at = from + ws + m.index;
				const built = rule.build(m, text, at);
				if (!built) continue;
				// Built objects are fresh per match: fill them in place rather than copy (less garbage).
				const c = built as Candidate;
				c.start = at + (built.start ?? 0);
				c.end = at + (built.end ?? m[0].length);
				c.rule = rule.name;
				out.push(c);
			}
		}
	}
	return out;
}

// How far a match may reach before and after its anchor word ("a little more than twenty-five | years | ago").
const BEFORE = 90;
const AFTER = 40;

/** \w: an ASCII letter, digit or underscore. */
const isWordChar = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;

/** Merged windows of `lower` around each hit of `anchor`, widened to word edges. */
function windows(anchor: RegExp, lower: string): [number, number][] {
	const out: [number, number][] = [];
	anchor.lastIndex = 0;
	let m: RegExpExecArray | null;
	while ((m = anchor.exec(lower))) {
		let ws = Math.max(0, m.index - BEFORE);
		while (ws > 0 && isWordChar(lower.charCodeAt(ws - 1))) ws--;
		let we = Math.min(lower.length, m.index + m[0].length + AFTER);
		while (we < lower.length && isWordChar(lower.charCodeAt(we))) we++;
		const last = out[out.length - 1];
		if (last && ws <= last[1]) last[1] = Math.max(last[1], we);
		else out.push([ws, we]);
	}
	return out;
}
