/**
 * TimeML values: the grammar they follow and the calendar interval each covers.
 * Intervals are UTC instants, start inclusive and end exclusive.
 */
import { lookupTable } from '../../core/lookup';
import type { Granularity, Interval } from '../../core/types';
import { addDays, addMonths, isoWeekStart, pad, type Ymd } from './calendar';

const DATE_PART = String.raw`(?:\d{4}|\d{3}X?|\d{2}|XXXX|FY\d{4})(?:-(?:\d{2}|XX)(?:-(?:\d{2}|XX))?|-W(?:\d{2}|XX)(?:-(?:\d|WE))?|-Q[1-4X]|-H[12X]|-(?:SP|SU|FA|WI))?`;
const TIME_PART = String.raw`T(?:\d{2}(?::\d{2}(?::\d{2})?)?|MO|AF|EV|NI|DT)`;
const DURATION = String.raw`P(?:(?:\d+(?:\.\d+)?|X)[YMWDQ]|(?:\d+(?:\.\d+)?|X)(?:[YMWDQ]|DE|CE))*(?:T(?:(?:\d+(?:\.\d+)?|X)[HMS])+)?`;
const TIMEML = new RegExp(
	String.raw`^(?:PAST_REF|PRESENT_REF|FUTURE_REF|${DATE_PART}(?:${TIME_PART})?|XXXX-WXX-\d(?:${TIME_PART})?|${DURATION})$`
);

/** True when `value` is a well-formed TimeML TIMEX3 value of the kinds sitrep emits. */
export function isTimemlValue(value: string): boolean {
	return value.length > 0 && value !== 'P' && value !== 'PT' && TIMEML.test(value);
}

// The end of year 9999 is in year 10000, which ISO 8601 (and Date.parse) only reads in the expanded form +010000.
const year = (y: number): string => (y > 9999 ? `+${pad(y, 6)}` : pad(y, 4));

const iso = (date: Ymd, hour = 0, minute = 0): string =>
	`${year(date.y)}-${pad(date.m)}-${pad(date.d)}T${pad(hour)}:${pad(minute)}:00Z`;

const days = (start: Ymd, n: number, granularity: Granularity) => ({
	interval: { start: iso(start), end: iso(addDays(start, n)) },
	granularity
});

const months = (start: Ymd, n: number, granularity: Granularity) => ({
	interval: { start: iso(start), end: iso(addMonths(start, n)) },
	granularity
});

const PART_OF_DAY = lookupTable<[number, number]>({
	MO: [6, 12],
	AF: [12, 18],
	EV: [18, 24],
	NI: [20, 30],
	DT: [6, 18]
});

const SEASON_START = lookupTable<number>({ SP: 3, SU: 6, FA: 9, WI: 12 });

/**
 * TimeML value → the interval it may cover and its granularity; null for values that
 * are not calendar positions (durations, PAST_REF, values with unknown parts).
 */
export function valueToInterval(value: string): { interval: Interval; granularity: Granularity } | null {
	let m: RegExpExecArray | null;
	if ((m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2})(?::(\d{2}))?(?::\d{2})?|T(MO|AF|EV|NI|DT))?$/.exec(value))) {
		const day: Ymd = { y: +m[1], m: +m[2], d: +m[3] };
		if (day.m < 1 || day.m > 12 || day.d < 1 || day.d > 31) return null;
		if (m[6]) {
			const [from, to] = PART_OF_DAY[m[6]];
			const startDay = addDays(day, Math.floor(from / 24));
			const endDay = addDays(day, Math.floor(to / 24));
			return { interval: { start: iso(startDay, from % 24), end: iso(endDay, to % 24) }, granularity: 'part-of-day' };
		}
		if (m[4] !== undefined) {
			const hour = +m[4];
			if (m[5] !== undefined) {
				const minute = +m[5];
				const next = (hour * 60 + minute + 1) % 1440;
				const endDay = addDays(day, Math.floor((hour * 60 + minute + 1) / 1440));
				return { interval: { start: iso(day, hour, minute), end: iso(endDay, Math.floor(next / 60), next % 60) }, granularity: 'minute' };
			}
			const endDay = addDays(day, Math.floor((hour + 1) / 24));
			return { interval: { start: iso(day, hour), end: iso(endDay, (hour + 1) % 24) }, granularity: 'hour' };
		}
		return days(day, 1, 'day');
	}
	if ((m = /^(\d{4})-W(\d{2})(-WE)?$/.exec(value))) {
		const monday = isoWeekStart(+m[1], +m[2]);
		return m[3] ? days(addDays(monday, 5), 2, 'day') : days(monday, 7, 'week');
	}
	if ((m = /^(\d{4})-(\d{2})$/.exec(value))) {
		if (+m[2] < 1 || +m[2] > 12) return null;
		return months({ y: +m[1], m: +m[2], d: 1 }, 1, 'month');
	}
	if ((m = /^(\d{4})-Q([1-4])$/.exec(value))) return months({ y: +m[1], m: (+m[2] - 1) * 3 + 1, d: 1 }, 3, 'quarter');
	if ((m = /^(\d{4})-H([12])$/.exec(value))) return months({ y: +m[1], m: (+m[2] - 1) * 6 + 1, d: 1 }, 6, 'quarter');
	if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value))) return months({ y: +m[1], m: SEASON_START[m[2]], d: 1 }, 3, 'season');
	if ((m = /^(\d{4})$/.exec(value))) return months({ y: +m[1], m: 1, d: 1 }, 12, 'year');
	if ((m = /^(\d{3})$/.exec(value))) return months({ y: +m[1] * 10, m: 1, d: 1 }, 120, 'decade');
	if ((m = /^(\d{2})$/.exec(value))) return months({ y: +m[1] * 100, m: 1, d: 1 }, 1200, 'century');
	return null;
}
