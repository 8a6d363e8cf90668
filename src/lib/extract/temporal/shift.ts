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
		case 'present':
			// Present tense with a weekday is mostly a schedule ("meets Friday") unless it is today.
			return addDays(ref, forward);
		default:
			return addDays(ref, -back);
	}
}

/**
 * The year for a month (and day) stated without one: the occurrence nearest the
 * reference on the side the tense points to, never more than about a year away.
 */
export function yearFor(ref: Ymd, month: number, day: number | null, how: 'last' | 'next' | 'this' | Tense): number {
	const target = (y: number) => toDayNumber({ y, m: month, d: day ?? 15 });
	const now = toDayNumber(ref);
	if (how === 'this') return ref.y;
	// Same month, no day: the month in progress.
	if (day === null && month === ref.m) {
		if (how === 'last') return ref.y - 1;
		if (how === 'next') return ref.y + 1;
		return ref.y;
	}
	const options = [ref.y - 1, ref.y, ref.y + 1];
	if (how === 'last' || how === 'past' || how === 'unknown') {
		const before = options.filter((y) => target(y) <= now || (day === null && y === ref.y && month <= ref.m));
		const pick = before[before.length - 1];
		// A date a few days ahead in past tense is usually still this year's (a schedule recapped).
		if (how !== 'last' && pick !== undefined && target(ref.y) - now > 0 && target(ref.y) - now <= 14) return ref.y;
		return pick ?? ref.y;
	}
	if (how === 'next' || how === 'future') {
		const after = options.filter((y) => target(y) >= now || (day === null && y === ref.y && month >= ref.m));
		return after[0] ?? ref.y;
	}
	return ref.y;
}
