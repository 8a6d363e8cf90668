/**
 * Calendar arithmetic on plain year/month/day numbers. Everything goes through
 * Date.UTC so results never depend on the machine's time zone.
 */

export interface Ymd {
	y: number;
	m: number;
	d: number;
}

const DAY_MS = 86_400_000;

export function toDayNumber(date: Ymd): number {
	return Math.floor(Date.UTC(date.y, date.m - 1, date.d) / DAY_MS);
}

export function fromDayNumber(n: number): Ymd {
	const dt = new Date(n * DAY_MS);
	return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

export function addDays(date: Ymd, days: number): Ymd {
	return fromDayNumber(toDayNumber(date) + days);
}

/** Adds months, clamping the day to the target month's length (Jan 31 + 1 month → Feb 28). */
export function addMonths(date: Ymd, months: number): Ymd {
	const total = date.y * 12 + (date.m - 1) + months;
	const y = Math.floor(total / 12);
	const m = total - y * 12 + 1;
	return { y, m, d: Math.min(date.d, daysInMonth(y, m)) };
}

export function daysInMonth(y: number, m: number): number {
	return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** ISO weekday: Monday 1 … Sunday 7. */
export function isoWeekday(date: Ymd): number {
	const wd = new Date(Date.UTC(date.y, date.m - 1, date.d)).getUTCDay();
	return wd === 0 ? 7 : wd;
}

/** ISO 8601 week-numbering year and week of a date. */
export function isoWeek(date: Ymd): { year: number; week: number } {
	const thursday = addDays(date, 4 - isoWeekday(date));
	const jan1 = toDayNumber({ y: thursday.y, m: 1, d: 1 });
	return { year: thursday.y, week: Math.floor((toDayNumber(thursday) - jan1) / 7) + 1 };
}

/** Monday of ISO week `week` of ISO year `year`. */
export function isoWeekStart(year: number, week: number): Ymd {
	const jan4: Ymd = { y: year, m: 1, d: 4 };
	const week1Monday = addDays(jan4, 1 - isoWeekday(jan4));
	return addDays(week1Monday, (week - 1) * 7);
}

export function addWeeks(date: Ymd, weeks: number): Ymd {
	return addDays(date, weeks * 7);
}

export const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export function formatDay(date: Ymd): string {
	return `${pad(date.y, 4)}-${pad(date.m)}-${pad(date.d)}`;
}

export function formatMonth(date: Ymd): string {
	return `${pad(date.y, 4)}-${pad(date.m)}`;
}

export function formatWeek(date: Ymd): string {
	const w = isoWeek(date);
	return `${pad(w.year, 4)}-W${pad(w.week)}`;
}

export function quarterOf(date: Ymd): number {
	return Math.floor((date.m - 1) / 3) + 1;
}

export interface Dct extends Ymd {
	hour?: number;
	minute?: number;
}

/**
 * Reads a publication date (ISO date or datetime). The calendar date is taken as
 * written: a datetime with an offset keeps its local date, so "2021-02-26T01:00+03:00"
 * is the 26th, as the article's readers saw it.
 */
export function parseDct(dct: string): Dct | null {
	const m = /^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?\s*$/i.exec(dct);
	if (!m) {
		const y = /^\s*(\d{4})(?:-(\d{2}))?\s*$/.exec(dct);
		if (!y) return null;
		return { y: +y[1], m: y[2] ? +y[2] : 1, d: 1 };
	}
	const date: Dct = { y: +m[1], m: +m[2], d: +m[3] };
	if (date.m < 1 || date.m > 12 || date.d < 1 || date.d > daysInMonth(date.y, date.m)) return null;
	if (m[4] !== undefined) {
		date.hour = +m[4];
		date.minute = +m[5];
	}
	return date;
}
