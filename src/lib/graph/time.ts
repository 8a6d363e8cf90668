/**
 * Event dates as integer epoch seconds (UTC), the form the store indexes and
 * buckets. Pure: the article's publication date is the only reference.
 */
import type { EventDate, Granularity } from '../core/types';

export interface SecondsInterval {
	start: number;
	end: number;
	granularity: string;
	basis: string;
}

const DAY = 86_400;

export function toSeconds(iso: string): number | null {
	const t = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(iso) || iso.length <= 10 ? iso : iso + 'Z');
	return Number.isFinite(t) ? Math.floor(t / 1000) : null;
}

export function toIso(seconds: number): string {
	return new Date(seconds * 1000).toISOString();
}

/** Interval covered by a TimeML date value (2021, 2021-02, 2021-02-25, 2021-W08, 2021-02-25T18:30, 2021-02-25TEV). */
export function intervalOfValue(value: string): SecondsInterval | null {
	let m = /^(\d{4})$/.exec(value);
	if (m) return span(Date.UTC(+m[1], 0, 1), Date.UTC(+m[1] + 1, 0, 1), 'year');
	m = /^(\d{4})-(\d{2})$/.exec(value);
	if (m) return span(Date.UTC(+m[1], +m[2] - 1, 1), Date.UTC(+m[1], +m[2], 1), 'month');
	m = /^(\d{4})-W(\d{2})$/.exec(value);
	if (m) {
		// ISO week 1 holds 4 January; weeks start on Monday.
		const jan4 = Date.UTC(+m[1], 0, 4);
		const monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY * 1000;
		const start = monday + (+m[2] - 1) * 7 * DAY * 1000;
		return span(start, start + 7 * DAY * 1000, 'week');
	}
	m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2})(?::(\d{2}))?|T(MO|AF|EV|NI))?/.exec(value);
	if (m) {
		const day = Date.UTC(+m[1], +m[2] - 1, +m[3]);
		if (m[4] !== undefined) {
			const t = day + (+m[4] * 60 + (m[5] ? +m[5] : 0)) * 60_000;
			return span(t, t + (m[5] ? 60_000 : 3_600_000), m[5] ? 'minute' : 'hour');
		}
		return span(day, day + DAY * 1000, m[6] ? 'part-of-day' : 'day');
	}
	return null;
}

function span(startMs: number, endMs: number, granularity: Granularity): SecondsInterval {
	return { start: startMs / 1000, end: endMs / 1000, granularity, basis: 'explicit' };
}

/**
 * The interval an extracted event occupies: its stated interval, else the one its
 * value implies, else the publication day (basis 'published') so that every event
 * can be drawn.
 */
export function eventInterval(date: EventDate | undefined, published: string): SecondsInterval {
	const basis = date?.basis ?? (date?.value ? 'explicit' : 'published');
	if (date?.interval) {
		const s = toSeconds(date.interval.start), e = toSeconds(date.interval.end);
		if (s !== null && e !== null && e > s) return { start: s, end: e, granularity: String(date.granularity ?? guessGranularity(e - s)), basis };
	}
	if (date?.value) {
		const v = intervalOfValue(date.value);
		if (v) return { ...v, granularity: String(date.granularity ?? v.granularity), basis };
	}
	const p = toSeconds(published) ?? 0;
	const day = Math.floor(p / DAY) * DAY;
	return { start: day, end: day + DAY, granularity: 'day', basis: 'published' };
}

function guessGranularity(seconds: number): Granularity {
	if (seconds <= 3600) return 'hour';
	if (seconds <= DAY) return 'day';
	if (seconds <= 7 * DAY) return 'week';
	if (seconds <= 31 * DAY) return 'month';
	return 'year';
}

export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
	return a.start < b.end && b.start < a.end;
}
