/** Sentences that tell a reader how a date and a disagreement were arrived at. Pure. */

export interface DateClaim {
	dateText: string | null;
	dateValue: string | null;
	dateBasis: string | null;
	published: string;
}

const day = (iso: string) => iso.slice(0, 10);

/**
 * "'on Thursday' + published 2021-02-26 → 2021-02-25": the words of the article,
 * what they were read against, and the result.
 */
export function explainDate(c: DateClaim): string {
	const value = c.dateValue ?? 'unknown';
	const quoted = c.dateText ? `'${c.dateText.trim()}'` : '';
	switch (c.dateBasis) {
		case 'published':
			return `no date in the sentence: publication date ${day(c.published)} → ${value}`;
		case 'inherited':
			if (!quoted) return `date carried over from an earlier sentence → ${value}`;
			return /\d{4}/.test(c.dateText ?? '')
				? `${quoted} from an earlier sentence → ${value}`
				: `${quoted} from an earlier sentence + published ${day(c.published)} → ${value}`;
		case 'inferred':
			return `${quoted ? quoted + ' ' : ''}inferred from context + published ${day(c.published)} → ${value}`;
		case 'unknown':
			return 'the article gives no date for this event';
		default:
			if (!quoted) return `→ ${value}`;
			// an absolute date needs no reference; a relative one is read against the publication date
			return /\d{4}/.test(c.dateText ?? '') ? `${quoted} stated → ${value}` : `${quoted} + published ${day(c.published)} → ${value}`;
	}
}

export interface Claim {
	source: string;
	date: string;
	place: string;
	fatalities: string;
	agents: string;
}

/** The fields on which the given claims differ (the ones the panel must show side by side). */
export function disagreements(claims: readonly Claim[]): (keyof Omit<Claim, 'source'>)[] {
	const fields = ['date', 'place', 'fatalities', 'agents'] as const;
	return fields.filter((f) => new Set(claims.map((c) => c[f]).filter((v) => v !== '' && v !== '—')).size > 1);
}

/** Splits a text at a span so it can be rendered as three text nodes: before, highlight, after. */
export function splitAt(text: string, start: number, end: number): [string, string, string] {
	const s = Math.max(0, Math.min(text.length, start));
	const e = Math.max(s, Math.min(text.length, end));
	return [text.slice(0, s), text.slice(s, e), text.slice(e)];
}
