/**
 * Loose name matching shared by the scorers: case, accents, apostrophes,
 * hyphens and a leading "the" are ignored; country names, demonyms and
 * "X-backed"/"pro-X" adjectives all reduce to the country's code, so
 * "American" ~ "United States" and "Iranian-backed" ~ "Iran".
 */
import { countryByDemonym, countryByName } from '../lib/extract/countries';

export function normName(s: string): string {
	return s
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/['\u2018\u2019`\u02bc]/g, '')
		.replace(/^the\s+/, '')
		.replace(/[-\s]+/g, ' ')
		.trim();
}

/** The country a name stands for, if it is a country, a demonym or a backer adjective. */
export function countryOfName(s: string): string | undefined {
	const t = s.trim().replace(/^the\s+/i, '');
	const direct = countryByName(t) ?? countryByDemonym(t);
	if (direct) return direct.code;
	const backed = /^(?:pro-)?(.+?)(?:-(?:backed|led|allied|aligned|sponsored|supported|funded))?$/i.exec(t);
	if (backed && backed[1] !== t) {
		const c = countryByName(backed[1]) ?? countryByDemonym(backed[1]);
		if (c) return c.code;
	}
	return undefined;
}

export function namesMatch(a: string, b: string): boolean {
	if (normName(a) === normName(b)) return true;
	const ca = countryOfName(a);
	return !!ca && ca === countryOfName(b);
}
