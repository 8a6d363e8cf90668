/**
 * Relative arithmetic at a unit's granularity: "last week" is a week value, "two
 * years ago" a year value. The reference is a plain date; nothing reads the clock.
 */
import {
	addDays, addMonths, formatDay, formatMonth, formatWeek, isoWeekday, pad, quarterOf, toDayNumber, type Ymd
} from './calendar';
import type { Unit } from './lexicon';
import type { Tense } from './tense';

/** The value of the `unit` that contains `ref` shifted by `n` units. */
export function shiftValue(ref: Ymd, unit: Unit, n: number): string {
	switch (unit) {
		case 'second':
		case 'minute':
		case 'hour':
		case 'day':
			return formatDay(addDays(ref, unit === 'day' ? n : 0));
		case 'week':
			return formatWeek(addDays(ref, 7 * n));
		case 'weekend':
			return `${formatWeek(addDays(ref, 7 * n))}-WE`;
		case 'month':
			return formatMonth(addMonths({ ...ref, d: 1 }, n));
		case 'quarter': {
			const total = ref.y * 4 + quarterOf(ref) - 1 + n;
			return `${pad(Math.floor(total / 4), 4)}-Q${(total % 4) + 1}`;
		}
		case 'year':
			return pad(ref.y + n, 4);
		case 'decade':
			return String(Math.floor(ref.y / 10) + n);
		case 'century':
			return String(Math.floor(ref.y / 100) + n);
	}
}

/** The date `n` units after `ref` (negative: before). */
export function shiftDate(ref: Ymd, unit: Unit, n: number): Ymd {
	switch (unit) {
		case 'week':
		case 'weekend':
			return addDays(ref, 7 * n);
		case 'month':
			return addMonths(ref, n);
		case 'quarter':
			return addMonths(ref, 3 * n);
		case 'year':
			return addMonths(ref, 12 * n);
		case 'decade':
			return addMonths(ref, 120 * n);
		case 'century':
			return addMonths(ref, 1200 * n);
		case 'day':
			return addDays(ref, n);
		default:
			return ref;
	}
}

/**
 * A weekday relative to `ref`. 'last' is the most recent such day before ref (so
 * "last Tuesday" said on a Thursday is two days back, not nine: chrono #256);
 * 'next' the first after; 'this' the one in ref's week; otherwise tense decides:
 * past → on or before ref, future → on or after.
 */
export function resolveWeekday(ref: Ymd, weekday: number, how: 'last' | 'next' | 'this' | Tense): Ymd {
	const today = isoWeekday(ref);
	const back = (today - weekday + 7) % 7;
	const forward = (weekday - today + 7) % 7;
	switch (how) {
		case 'last':
			return addDays(ref, -(back === 0 ? 7 : back));
		case 'next':
			return addDays(ref, forward === 0 ? 7 : forward);
		case 'this':
			return addDays(ref, weekday - today);
		case 'future':
			return addDays(ref, forward);
		default:
			return addDays(ref, -back);
	}
}

/**
 * The year for a month (and day) stated without one: the occurrence nearest the
 * reference, unless the tense points the other way and the nearest one is more than
 * two months off on the wrong side ("payable Dec. 15" written in November is next
 * month; "worth more in October", written in January, is last October).
 */
export function yearFor(ref: Ymd, month: number, day: number | null, how: 'last' | 'next' | 'this' | Tense): number {
	if (how === 'this') return ref.y;
	if (day === null && month === ref.m) {
		if (how === 'last') return ref.y - 1;
		if (how === 'next') return ref.y + 1;
		return ref.y;
	}
	const now = toDayNumber(ref);
	const at = (y: number) => toDayNumber({ y, m: month, d: day ?? 15 });
	const years = [ref.y - 1, ref.y, ref.y + 1];
	const before = years.filter((y) => at(y) <= now).pop()!;
	const after = years.find((y) => at(y) > now)!;
	if (how === 'last') return before;
	if (how === 'next') return after;
	const slack = 62;
	// News narrates the past: with no tense cue, lean back as the past tense does.
	if (how === 'past' || how === 'unknown') return at(after) - now <= slack && now - at(before) > slack ? after : before;
	if (how === 'future') return now - at(before) <= slack && at(after) - now > slack && day !== null ? before : after;
	return now - at(before) <= at(after) - now ? before : after;
}
