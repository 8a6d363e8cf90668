/**
 * Publication date from the text itself, for articles that come without one:
 * "Published: 2021-02-26", "WASHINGTON, Feb. 26, 2021 (Reuters) -", a full date near
 * the top. A dateline without a year borrows the only year the top of the text states.
 * Returns null rather than guess.
 */
import * as chrono from 'chrono-node';
import { daysInMonth, formatDay, pad } from './calendar';

const HEAD = 600;

export function inferPublished(text: string): string | null {
	const head = text.slice(0, HEAD);
	const labelled = /\b(?:published|posted|updated|date|dated)\s*:?\s*(?:on\s+)?(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?))?/i.exec(head);
	if (labelled && valid(+labelled[1], +labelled[2], +labelled[3])) {
		return `${labelled[1]}-${labelled[2]}-${labelled[3]}`;
	}
	// Any full date stated near the top (dateline or byline).
	const reference = new Date(Date.UTC(2000, 0, 1, 12));
	const results = chrono.strict.parse(head, { instant: reference, timezone: 0 });
	for (const r of results) {
		const s = r.start;
		if (s.isCertain('year') && s.isCertain('month') && s.isCertain('day')) {
			const y = s.get('year')!;
			const m = s.get('month')!;
			const d = s.get('day')!;
			if (valid(y, m, d)) return formatDay({ y, m, d });
		}
	}
	// Dateline "CITY, Feb. 26 (Agency) -" without a year: only if the head names exactly one year.
	const dateline = results.find((r) => r.index < 120 && r.start.isCertain('month') && r.start.isCertain('day'));
	if (dateline) {
		const years = new Set([...head.matchAll(/\b(19\d{2}|20\d{2})\b/g)].map((m) => m[1]));
		if (years.size === 1) {
			const y = +[...years][0];
			const m = dateline.start.get('month')!;
			const d = dateline.start.get('day')!;
			if (valid(y, m, d)) return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
		}
	}
	return null;
}

function valid(y: number, m: number, d: number): boolean {
	return y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}
