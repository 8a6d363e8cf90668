/**
 * Publication dates as pages and feeds write them (ISO 8601, RFC 822), normalised
 * without consulting the machine's time zone: a time without a zone is UTC.
 */

import { lookupTable } from '../../core/lookup';

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;
const RFC822 =
	/^(?:[A-Za-z]{3,9},?\s+)?(\d{1,2})\s+([A-Za-z]{3,9})\.?\s+(\d{2}|\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*([+-]\d{4}|[A-Za-z]{1,5})?$/;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** North American zone names still written in RSS; anything else unnamed counts as UTC. */
const ZONES = lookupTable<number>({
	gmt: 0, ut: 0, utc: 0, z: 0,
	est: -300, edt: -240, cst: -360, cdt: -300, mst: -420, mdt: -360, pst: -480, pdt: -420
});

function daysIn(year: number, month: number): number {
	return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function build(y: number, mo: number, d: number, h: number, mi: number, s: number, ms: number, offsetMin: number): string | null {
	if (y < 1 || mo < 1 || mo > 12 || d < 1 || d > daysIn(y, mo) || h > 23 || mi > 59 || s > 60) return null;
	const epoch = Date.UTC(y, mo - 1, d, h, mi, Math.min(s, 59), ms) - offsetMin * 60_000;
	const date = new Date(epoch);
	return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

function zoneOffset(zone: string | undefined): number | null {
	if (!zone || /^z$/i.test(zone)) return 0;
	const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
	if (m) {
		const h = Number(m[2]), mi = Number(m[3] ?? '0');
		if (h > 23 || mi > 59) return null;
		return (m[1] === '-' ? -1 : 1) * (h * 60 + mi);
	}
	return ZONES[zone.toLowerCase()] ?? 0;
}

/**
 * Returns a date-only value as `YYYY-MM-DD` (its precision kept) and anything with a
 * time as a UTC instant; null when the value is not a date we can read unambiguously.
 */
export function normalizeDate(value: unknown): string | null {
	if (typeof value !== 'string') return null;
	const v = value.trim();
	if (v.length > 64) return null;
	let m = ISO.exec(v);
	if (m) {
		const [, y, mo, d, h, mi, s = '0', frac = '0', zone] = m;
		if (h === undefined) {
			return build(+y, +mo, +d, 0, 0, 0, 0, 0) ? `${y}-${mo}-${d}` : null;
		}
		const off = zoneOffset(zone);
		if (off === null) return null;
		return build(+y, +mo, +d, +h, +mi, +s, Number(frac.padEnd(3, '0').slice(0, 3)), off);
	}
	m = RFC822.exec(v);
	if (m) {
		const [, d, mon, yy, h = '0', mi = '0', s = '0', zone] = m;
		const mo = MONTHS.indexOf(mon.slice(0, 3).toLowerCase()) + 1;
		if (mo === 0) return null;
		// Two-digit years in RFC 822 dates: 70–99 are the 1900s, the rest this century.
		const year = yy.length === 2 ? (Number(yy) >= 70 ? 1900 : 2000) + Number(yy) : Number(yy);
		const off = zoneOffset(zone);
		if (off === null) return null;
		return build(year, mo, +d, +h, +mi, +s, 0, off);
	}
	return null;
}
