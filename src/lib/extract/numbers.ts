/**
 * Numbers as news writes them: digits ("6", "1,200"), words ("six",
 * "twenty-one"), and vague quantities with a conservative reading ("a dozen"
 * = 12, "dozens" = 12, "hundreds" = 100, "a handful" = 3, "several" = 3: the least the words can mean, as ACLED
 * codes vague counts: "tens" 10, "dozens" 12, "hundreds" 100).
 */

import { lookupTable } from '../core/lookup';

const UNITS = lookupTable<number>({
	zero: 0, no: 0, one: 1, a: 1, an: 1, single: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
	eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
	twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
	dozen: 12, 'a dozen': 12, dozens: 12, 'a handful': 3, handful: 3, several: 3, 'a few': 3, few: 3, 'a couple': 2, couple: 2,
	scores: 20, hundreds: 100, thousands: 1000, tens: 10, both: 2
});

/** A number word or numeral, or undefined. "a"/"an" count as one only where the caller allows. */
export function parseNumber(word: string): number | undefined {
	const w = word.toLowerCase().replace(/,/g, '');
	if (/^\d+$/.test(w)) return Number(w);
	if (w === 'a' || w === 'an' || w === 'no') return undefined;
	const unit = UNITS[w];
	if (unit !== undefined) return unit;
	const m = /^(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(one|two|three|four|five|six|seven|eight|nine)$/.exec(w);
	if (m) return UNITS[m[1]] + UNITS[m[2]];
	return undefined;
}

// "at least 12", "up to a handful of", "more than two dozen", "a dozen".
const QUANTITY = /\b(?:(?:at least|at most|up to|about|around|nearly|almost|some|over|more than|as many as|approximately|roughly|an estimated)\s+)?((?:\d[\d,]*|a dozen|a handful|a few|a couple|dozens|hundreds|thousands|several|scores|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|an?|both)(?:\s+dozen)?)(?:\s+of)?\b/gi;

export interface Quantity {
	value: number;
	start: number;
	end: number;
	vague: boolean;
	upTo: boolean;
}

/** The last quantity phrase in `s` (used on the words just before a noun). */
export function lastQuantity(s: string): Quantity | undefined {
	let best: Quantity | undefined;
	QUANTITY.lastIndex = 0;
	for (let m = QUANTITY.exec(s); m; m = QUANTITY.exec(s)) {
		const raw = m[1].toLowerCase();
		let value: number | undefined;
		const dozen = /^(\S+)\s+dozen$/.exec(raw);
		if (dozen) value = (parseNumber(dozen[1]) ?? 1) * 12;
		else if (raw === 'a' || raw === 'an') value = 1;
		else value = parseNumber(raw);
		if (value === undefined) continue;
		best = { value, start: m.index, end: m.index + m[0].length, vague: /dozens|hundreds|thousands|several|handful|few|scores/.test(raw), upTo: /^up to|at most/i.test(m[0]) };
	}
	return best;
}
