/**
 * chrono-node finds explicit calendar dates and clock times ("Aug. 7, 1998",
 * "25 February 2021", "02/25/2021", "9:15 a.m. EDT"). We keep only what chrono marks
 * as *stated* (isCertain): it fills missing fields from the reference date, so
 * "December 2019" would otherwise become a day. Years it does not state are chosen
 * here, by tense.
 */
import * as chrono from 'chrono-node';
import { formatDay, pad, type Ymd } from './calendar';
import type { Candidate, ResolveContext } from './candidate';
import { resolveWeekday, yearFor } from './shift';
import { storyDay } from './rules';

// Strict mode, trimmed to the parsers for formal dates and clock times; relative
// units, weekdays and casual words are our own rules, so chrono need not look for them.
const KEEP = /SlashDateFormat|MonthNameLittleEndian|MonthNameMiddleEndian|YearMonthDay|TimeExpression|ISOFormat/;
const config = chrono.en.configuration.createConfiguration(true);
const kept = config.parsers.filter((p) => KEEP.test(p.constructor.name));
// A minifying bundler may rename the classes: then keep every strict parser (slower, same results).
const engine = new chrono.Chrono({ parsers: kept.length >= 5 ? kept : config.parsers, refiners: config.refiners });

// Only these can start something chrono's strict parsers find; other chunks skip chrono.
export const CHRONO_CUE = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*\d|\d\s*(?:st|nd|rd|th)?\s*(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\d:\d\d|\d\s*[ap]\.?m\b|\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}|\bT\d\d:\d\d/i;

const LEAD = /^(?:on|at|in|by|from|since|until|till|the|of|around|about)\s+/i;
const TRAIL = /[\s,;:!?)("'\u201c\u201d\u2019-]+$/;

const CLOCK_MARK = /\d:\d\d|\d\s*[ap]\.?\s?m\b|o'clock|noon|midnight/i;
const BARE_HOUR = /,?\s+(?:at\s+)?\d{1,2}$/i;
const SECOND_DAY = /^(\s+(?:and|or|to|through)\s+)(\d{1,2})\b(?![:.,]\d|\s*(?:%|percent|per|[a-z]))/i;
const FIRST_DAY = /(?<![\d,.:/-])(\d{1,2})\s+(?:and|to|through)\s+$/i;
const RANGE_WORD = /\s+(?:to|through|until|till|and)\s+/i;

/** The second date of a range: a day of the month (and year) chrono read, as written after the joining word. */
function dayCandidate(start: number, text: string, year: number | null, month: number, day: number): Candidate {
	return {
		start,
		end: start + text.length,
		type: 'DATE',
		rule: 'chrono',
		priority: 4,
		resolve: (ctx: ResolveContext) => ({
			value: formatDay({ y: year ?? yearFor(ctx.dct, month, day, ctx.tense), m: month, d: day }),
			absolute: year !== null
		})
	};
}

function s_hasDate(r: chrono.ParsedResult): boolean {
	return r.start.isCertain('month') || r.start.isCertain('day');
}

export function runChrono(text: string, from: number, to: number, dctRef: Ymd): Candidate[] {
	const slice = text.slice(from, to);
	if (!CHRONO_CUE.test(slice)) return [];
	const reference = new Date(Date.UTC(dctRef.y, dctRef.m - 1, dctRef.d, 12));
	const results = engine.parse(slice, { instant: reference, timezone: 0 });
	const out: Candidate[] = [];
	for (const r of results) {
		let start = from + r.index;
		let matched = r.text;
		const lead = LEAD.exec(matched);
		if (lead) {
			start += lead[0].length;
			matched = matched.slice(lead[0].length);
		}
		matched = matched.replace(TRAIL, '');
		// "7." at a sentence end keeps its period in chrono; an abbreviation like "a.m." keeps it here.
		if (/\d\.$/.test(matched)) matched = matched.slice(0, -1);
		if (!matched) continue;
		// "6 1/4%" and "3/8" are fractions, not dates: a slash date needs a year.
		if (/^\d{1,2}\/\d{1,2}$/.test(matched)) continue;
		// A clock time needs a colon, a.m./p.m. or o'clock: "$6.44 a share" is money.
		if (!s_hasDate(r) && !/\d:\d\d|\d\s*[ap]\.?\s?m\b|o'clock|noon|midnight/i.test(matched)) continue;
		const s = r.start;
		const has = (c: 'year' | 'month' | 'day' | 'hour' | 'weekday' | 'timezoneOffset') => s.isCertain(c);
		const year = has('year') ? s.get('year')! : null;
		const month = has('month') ? s.get('month')! : null;
		const day = has('day') ? s.get('day')! : null;
		let hour = has('hour') ? s.get('hour')! : null;
		// "Jan. 1, 1990 at 1,015 francs": a bare number after a date is not a clock time.
		if (hour !== null && month !== null && !CLOCK_MARK.test(matched)) {
			const cut = matched.replace(BARE_HOUR, '');
			if (cut === matched) continue;
			matched = cut;
			hour = null;
		}
		const minute = s.isCertain('minute') ? s.get('minute')! : 0;
		const weekday = has('weekday') ? s.get('weekday')! : null;
		const offset = has('timezoneOffset') ? s.get('timezoneOffset')! : undefined;
		if (month === null && hour === null) continue;
		let endDay = r.end && r.end.isCertain('day') ? r.end.get('day')! : null;
		const endMonth = r.end && r.end.isCertain('month') ? r.end.get('month')! : month;
		const endYear = r.end && r.end.isCertain('year') ? r.end.get('year')! : year;
		// "from Aug. 26 to Oct. 20", "April 24 and 25": two dates joined by a word are two expressions.
		const joint = endDay !== null && endMonth !== null ? RANGE_WORD.exec(matched) : null;
		if (joint) {
			const tail = matched.slice(joint.index + joint[0].length);
			out.push(dayCandidate(start + joint.index + joint[0].length, tail, endYear, endMonth!, endDay!));
			matched = matched.slice(0, joint.index);
			endDay = null;
		}
		// "April 24 and 25": a bare second day after a date.
		if (endDay === null && month !== null && day !== null && hour === null) {
			const after = SECOND_DAY.exec(text.slice(start + matched.length, Math.min(to, start + matched.length + 12)));
			if (after && +after[2] > day && +after[2] <= 31) {
				const at = start + matched.length + after[1].length;
				out.push(dayCandidate(at, after[2], year, month, +after[2]));
			}
		}
		// "Between 6 and 8 September 2024", "from 2 to 4 June": a bare first day before a day-first date.
		if (endDay === null && month !== null && day !== null && hour === null && /^\d/.test(matched)) {
			const before = FIRST_DAY.exec(text.slice(Math.max(from, start - 16), start));
			if (before && +before[1] < day && +before[1] >= 1) {
				const at = start - before[0].length;
				if (!out.some((c) => c.start <= at && c.end > at)) out.push(dayCandidate(at, before[1], year, month, +before[1]));
			}
		}
		// "last Oct. 23": the most recent such day.
		const last = /\blast\s+$/i.test(text.slice(Math.max(from, start - 6), start));
		// "on March 13 last year": the day in the year named after it (chrono would leave the year to the reference).
		const yearAfter = year === null && month !== null && hour === null ? /^,?\s+(last|this|next)\s+year\b/i.exec(text.slice(start + matched.length, Math.min(to, start + matched.length + 16))) : null;
		const yearShift = yearAfter ? (/last/i.test(yearAfter[1]) ? -1 : /next/i.test(yearAfter[1]) ? 1 : 0) : null;
		if (yearAfter) matched += yearAfter[0];
		out.push({
			start,
			end: start + matched.length,
			type: hour !== null ? 'TIME' : 'DATE',
			rule: hour !== null && month === null ? 'chrono-time' : 'chrono',
			priority: 4,
			resolve: (ctx: ResolveContext) => {
				let date: Ymd | null = null;
				const stated = year ?? (yearShift !== null ? ctx.dct.y + yearShift : null);
				if (month !== null && day !== null) {
					date = { y: stated ?? yearFor(ctx.dct, month, day, last ? 'last' : ctx.tense), m: month, d: day };
				} else if (month !== null) {
					return { value: `${pad(stated ?? yearFor(ctx.dct, month, null, ctx.tense), 4)}-${pad(month)}`, absolute: year !== null };
				} else if (weekday !== null) {
					date = resolveWeekday(ctx.dct, weekday === 0 ? 7 : weekday, ctx.tense);
				} else {
					date = storyDay(ctx);
				}
				let value = formatDay(date);
				if (hour !== null) value += `T${pad(hour)}:${pad(minute)}`;
				const rangeEnd = endDay !== null && endMonth !== null ? formatDay({ y: date.y, m: endMonth, d: endDay }) : undefined;
				return { value, absolute: year !== null, offsetMinutes: offset, rangeEnd };
			}
		});
	}
	return out;
}
