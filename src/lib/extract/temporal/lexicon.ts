/** Words the rules share: numbers, units, months, weekdays, seasons. */

import { lookupTable } from '../../core/lookup';

const SMALL = lookupTable<number>({
	a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
	eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
	nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
	hundred: 100, dozen: 12, half: 0.5, single: 1, couple: 2, 'a couple of': 2, 'couple of': 2, 'a couple': 2
});

/** Quantities with no number: "several years" → PXY. */
export const VAGUE = ['several', 'few', 'a few', 'many', 'some', 'a couple of', 'couple of', 'a couple', 'the next couple of', 'numerous', 'dozens of', 'hundreds of', 'the next few', 'a number of'];

const WORD_NUMBER = '(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ](?:one|two|three|four|five|six|seven|eight|nine)|' +
	Object.keys(SMALL).sort((a, b) => b.length - a.length).join('|') + ')';

/** A count: digits, number words, or a vague quantity (→ null). */
export const NUM = `(?:\\d+(?:\\.\\d+)?|${WORD_NUMBER}|${VAGUE.join('|')})`;

/** The number a count stands for; null when vague ("several"). */
export function parseCount(raw: string): number | null {
	const word = raw.toLowerCase().trim();
	if (/^\d+(?:\.\d+)?$/.test(word)) return Number(word);
	if (word in SMALL) return SMALL[word];
	const compound = /^(\w+)[- ](\w+)$/.exec(word);
	if (compound && compound[1] in SMALL && compound[2] in SMALL) return SMALL[compound[1]] + SMALL[compound[2]];
	return null;
}

export type Unit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'year' | 'decade' | 'century';

export const UNIT = '(?:seconds?|minutes?|hours?|days?|weeks?|weekends?|months?|quarters?|years?|decades?|century|centuries)';

export function parseUnit(raw: string): Unit {
	const word = raw.toLowerCase();
	if (word.startsWith('centur')) return 'century';
	return word.replace(/s$/, '') as Unit;
}

/** Duration letter for a unit: P3D, PT2H, P2DE … */
export function durationValue(n: number | null, unit: Unit): string {
	let amount: number | string = n === null ? 'X' : n;
	let letter: string;
	let time = false;
	switch (unit) {
		case 'second': letter = 'S'; time = true; break;
		case 'minute': letter = 'M'; time = true; break;
		case 'hour': letter = 'H'; time = true; break;
		case 'day': letter = 'D'; break;
		case 'week': case 'weekend': letter = 'W'; break;
		case 'month': letter = 'M'; break;
		case 'quarter': letter = 'Q'; break;
		case 'year': letter = 'Y'; break;
		case 'decade': letter = 'DE'; break;
		case 'century': letter = 'CE'; break;
	}
	// Decades are counted in years, as TimeBank does: "two decades" → P20Y.
	if (unit === 'decade' && typeof amount === 'number') return `P${amount * 10}Y`;
	if (unit === 'century' && typeof amount === 'number') return `P${amount * 100}Y`;
	// Fractions add the next smaller unit: "2 1/2 years" → P2Y6M, "5 1/2 hours" → PT5H30M.
	if (typeof amount === 'number' && !Number.isInteger(amount)) {
		const whole = Math.floor(amount);
		const rest = amount - whole;
		const head = (n: number, l: string) => (n > 0 ? `${n}${l}` : '');
		if (unit === 'hour') return `PT${head(whole, 'H')}${Math.round(rest * 60)}M`;
		if (unit === 'minute') return `PT${head(whole, 'M')}${Math.round(rest * 60)}S`;
		if (unit === 'day') return `P${head(whole, 'D')}T${Math.round(rest * 24)}H`;
		if (unit === 'year') return `P${head(whole, 'Y')}${Math.round(rest * 12)}M`;
		if (unit === 'month') return `P${head(whole, 'M')}${Math.round(rest * 30)}D`;
		if (unit === 'week') return `P${Math.round(amount * 7)}D`;
		amount = Math.round(amount * 10) / 10;
	}
	return time ? `PT${amount}${letter}` : `P${amount}${letter}`;
}

export const MONTHS = lookupTable<number>({
	january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
	july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10, november: 11,
	nov: 11, december: 12, dec: 12
});

export const MONTH_NAME = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept\\.?|Sep\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';

export function parseMonth(raw: string): number {
	return MONTHS[raw.toLowerCase().replace(/\.$/, '')];
}

export const WEEKDAYS = lookupTable<number>({
	monday: 1, mon: 1, tuesday: 2, tue: 2, tues: 2, wednesday: 3, wed: 3, thursday: 4, thu: 4, thur: 4, thurs: 4,
	friday: 5, fri: 5, saturday: 6, sat: 6, sunday: 7, sun: 7
});

export const WEEKDAY_NAME = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';

export const SEASONS = lookupTable<string>({ spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI' });

export const ORDINALS = lookupTable<number>({
	first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, fifth: 5, '5th': 5,
	sixth: 6, '6th': 6, seventh: 7, '7th': 7, eighth: 8, '8th': 8, ninth: 9, '9th': 9, tenth: 10, '10th': 10,
	eleventh: 11, '11th': 11, twelfth: 12, '12th': 12, thirteenth: 13, '13th': 13, fourteenth: 14, '14th': 14,
	fifteenth: 15, '15th': 15, sixteenth: 16, '16th': 16, seventeenth: 17, '17th': 17, eighteenth: 18, '18th': 18,
	nineteenth: 19, '19th': 19, twentieth: 20, '20th': 20, 'twenty-first': 21, '21st': 21
});

export const PART_OF_DAY = lookupTable<string>({
	morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', overnight: 'NI', daytime: 'DT'
});
