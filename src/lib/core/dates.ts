/**
 * Strict ISO 8601 parsing for user-given reference dates. Never consults the
 * machine's time zone: a date without a zone is taken as UTC.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** Returns the instant as a UTC ISO string, or null when `value` is not a valid ISO 8601 date/datetime. */
export function parseIsoInstant(value: string): string | null {
	const m = ISO_DATE.exec(value.trim());
	if (!m) return null;
	const [, y, mo, d, h = '00', mi = '00', s = '00', frac = '0', zone] = m;
	const year = Number(y), month = Number(mo), day = Number(d);
	const hour = Number(h), minute = Number(mi), second = Number(s);
	if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
	if (hour > 23 || minute > 59 || second > 59) return null;
	let offsetMinutes = 0;
	if (zone && zone !== 'Z') {
		const sign = zone[0] === '-' ? -1 : 1;
		const digits = zone.slice(1).replace(':', '');
		const oh = Number(digits.slice(0, 2)), om = Number(digits.slice(2, 4));
		if (oh > 23 || om > 59) return null;
		offsetMinutes = sign * (oh * 60 + om);
	}
	const ms = Number(frac.padEnd(3, '0').slice(0, 3));
	const epoch = Date.UTC(year, month - 1, day, hour, minute, second, ms) - offsetMinutes * 60_000;
	return new Date(epoch).toISOString();
}

export function isIsoDate(value: string): boolean {
	return parseIsoInstant(value) !== null;
}

function daysInMonth(year: number, month: number): number {
	return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
