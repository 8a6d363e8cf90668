import { describe, expect, it } from 'vitest';
import { findTimexes } from './index';

const DCT = '1998-08-07'; // a Friday

function one(text: string, dct = DCT) {
	const found = findTimexes(text, dct);
	expect(found.length, `${text} → ${JSON.stringify(found)}`).toBeGreaterThan(0);
	return found[0];
}

// [sentence, phrase expected as the span, type, value]
const TABLE: [string, string, string, string][] = [
	['Bombs exploded Friday, killing dozens.', 'Friday', 'DATE', '1998-08-07'],
	['The talks ended on Thursday.', 'Thursday', 'DATE', '1998-08-06'],
	['The envoy will arrive on Monday.', 'Monday', 'DATE', '1998-08-10'],
	// chrono #256: "last Tuesday" said on a Friday is three days back, not ten.
	['They met last Tuesday.', 'last Tuesday', 'DATE', '1998-08-04'],
	['The vote is next Wednesday.', 'next Wednesday', 'DATE', '1998-08-12'],
	// A weekday of the week before or after the story's, counted from that week's Monday (3 August 1998).
	['Gunmen struck on Monday last week.', 'Monday last week', 'DATE', '1998-07-27'],
	['The envoy arrives on Friday of next week.', 'Friday of next week', 'DATE', '1998-08-14'],
	['He spoke yesterday.', 'yesterday', 'DATE', '1998-08-06'],
	['He will speak tomorrow.', 'tomorrow', 'DATE', '1998-08-08'],
	['Profits fell today.', 'today', 'DATE', '1998-08-07'],
	['The law was passed in December 2019.', 'December 2019', 'DATE', '2019-12'],
	['The deal closed on Aug. 3, 1998.', 'Aug. 3, 1998', 'DATE', '1998-08-03'],
	['Troops arrived on 25 February 2021.', '25 February 2021', 'DATE', '2021-02-25'],
	['Results are due Sept. 15.', 'Sept. 15', 'DATE', '1998-09-15'],
	['The strike happened in March.', 'March', 'DATE', '1998-03'],
	['Sales rose last year.', 'last year', 'DATE', '1997'],
	['Sales will rise next year.', 'next year', 'DATE', '1999'],
	['Output grew this year.', 'this year', 'DATE', '1998'],
	['Prices fell last month.', 'last month', 'DATE', '1998-07'],
	['Prices fell last week.', 'last week', 'DATE', '1998-W31'],
	['Earlier this month, rebels attacked.', 'Earlier this month', 'DATE', '1998-08'],
	['Profit rose in the third quarter.', 'the third quarter', 'DATE', '1998-Q3'],
	['The campaign began in the summer of 1996.', 'the summer of 1996', 'DATE', '1996-SU'],
	['They will return this summer.', 'this summer', 'DATE', '1998-SU'],
	['Fighting resumed last fall.', 'last fall', 'DATE', '1997-FA'],
	['Rents doubled in the 1990s.', '1990s', 'DATE', '199'],
	['It was built in the 19th century.', 'the 19th century', 'DATE', '18'],
	['The war ended in 1991.', '1991', 'DATE', '1991'],
	['The plant was closed two years ago.', 'two years ago', 'DATE', '1996'],
	['He was freed three days ago.', 'three days ago', 'DATE', '1998-08-04'],
	['The siege lasted three days.', 'three days', 'DURATION', 'P3D'],
	['The flight took about two hours.', 'about two hours', 'DURATION', 'PT2H'],
	['Prices rose for the past two months.', 'the past two months', 'DURATION', 'P2M'],
	['The ceasefire held a little over a month.', 'a little over a month', 'DURATION', 'P1M'],
	['They signed a 10-year lease.', '10-year', 'DURATION', 'P10Y'],
	['The dispute has lasted for years.', 'years', 'DURATION', 'PXY'],
	['Patrols run daily.', 'daily', 'SET', 'P1D'],
	['The council meets every Sunday.', 'every Sunday', 'SET', 'XXXX-WXX-7'],
	['Patrols pass three times a week.', 'a week', 'SET', 'P1W'],
	['The markets are calm now.', 'now', 'DATE', 'PRESENT_REF'],
	['Officials recently raised the alarm.', 'recently', 'DATE', 'PAST_REF'],
	['Talks may resume in the near future.', 'the near future', 'DATE', 'FUTURE_REF'],
	['Shelling began Thursday night.', 'Thursday night', 'TIME', '1998-08-06TNI'],
	['The blast came at 10:30 a.m.', '10:30 a.m.', 'TIME', '1998-08-07T10:30'],
	['Leaders met the weekend before.', 'the weekend', 'DATE', '1998-W31-WE'],
	['The attack was carried out in mid-March.', 'mid-March', 'DATE', '1998-03'],
	['It was first used in the 1980s.', '1980s', 'DATE', '198']
];

describe('findTimexes: one rule, one phrase', () => {
	it.each(TABLE)('%s', (sentence, phrase, type, value) => {
		const t = findTimexes(sentence, DCT).find((x) => x.text === phrase);
		expect(t, `${phrase} in ${JSON.stringify(findTimexes(sentence, DCT))}`).toBeDefined();
		expect(t!.type).toBe(type);
		expect(t!.value).toBe(value);
		expect(sentence.slice(t!.start, t!.end)).toBe(phrase);
	});
});

describe('anchoring on the narrative', () => {
	it('counts "two days later" from the previous date', () => {
		const found = findTimexes('The strike came on Aug. 3, 1998. Two days later, rebels answered.', DCT);
		const later = found.find((t) => /later/.test(t.text))!;
		expect(later.value).toBe('1998-08-05');
		expect(later.anchor).toBe(0);
	});
	it('dates "the next morning" from the previous day', () => {
		const found = findTimexes('Talks opened on Monday, Aug. 3. The next morning the envoy left.', DCT);
		expect(found.find((t) => /next morning/.test(t.text))!.value).toBe('1998-08-04TMO');
	});
	it('keeps a year earlier in the shape of the quarter just named', () => {
		const found = findTimexes('Profit rose in the second quarter from a year earlier.', DCT);
		expect(found.map((t) => t.value)).toEqual(['1998-Q2', '1997-Q2']);
	});
});

describe('tense decides a bare weekday or month', () => {
	it('past tense → the previous Thursday; future → the next', () => {
		expect(one('The rebels attacked on Thursday.').value).toBe('1998-08-06');
		expect(one('The rebels will attack on Thursday.').value).toBe('1998-08-13');
	});
	it('a month just ahead stays in this year even in a report', () => {
		expect(one('The dividend is payable Sept. 15 to holders.').value).toBe('1998-09-15');
		expect(one('Worth more in October, the homes sell for half now.', '1998-01-08').value).toBe('1997-10');
	});
});

describe('negative cases: text with no time expression', () => {
	it.each([
		'Section 2019 of the act was repealed.',
		'They carried a 1990s-era rifle.',
		'He fired 2000 rounds.',
		'Flight 1998 landed safely.',
		'Resolution 1441 was adopted unanimously.',
		'Rates rose 6 1/4% on the bonds.',
		'He sat down and may leave.',
		'Prices fall when supply rises.',
		'A 52-year-old man was wounded.',
		'The quarter-to-quarter comparison improved.',
		'It costs $1.76 a year and $6.44 a share.',
		'Iraq imports about three-quarters of its food.',
		'He said so on CBS\'s "60 Minutes" and quoted "High Noon".',
		'It would be a second betrayal.',
		'He left as soon as the shooting stopped.'
	])('%s', (text) => {
		expect(findTimexes(text, DCT)).toEqual([]);
	});
});

describe('spans', () => {
	it('never keep trailing punctuation or the leading preposition', () => {
		const text = 'On Aug. 7, 1998, bombs exploded. It ended in December 2019.';
		for (const t of findTimexes(text, DCT)) {
			expect(t.text).toBe(text.slice(t.start, t.end));
			expect(t.text).not.toMatch(/[\s,.;]$/);
			expect(t.text).not.toMatch(/^(?:on|in)\s/i);
		}
	});
	it('search in the mask, report offsets and text from the raw input', () => {
		const text = 'Share this. See also: Tuesday sale. Troops left on Friday.';
		const mask = ' '.repeat(36) + text.slice(36);
		const found = findTimexes(text, DCT, { mask });
		expect(found.map((t) => t.text)).toEqual(['Friday']);
		expect(text.slice(found[0].start, found[0].end)).toBe('Friday');
	});
});

describe('intervals', () => {
	it('are UTC, start inclusive, end exclusive, and honour a stated zone', () => {
		const [d] = findTimexes('It happened on Aug. 3, 1998.', DCT);
		expect(d.interval).toEqual({ start: '1998-08-03T00:00:00Z', end: '1998-08-04T00:00:00Z' });
		expect(d.granularity).toBe('day');
		const [t] = findTimexes('The blast came at 9 a.m. EDT.', DCT);
		expect(t.interval!.start).toBe('1998-08-07T13:00:00Z');
	});
	it('a month stated without a day is a month', () => {
		const [m] = findTimexes('in December 2019', DCT);
		expect(m.granularity).toBe('month');
		expect(m.interval).toEqual({ start: '2019-12-01T00:00:00Z', end: '2020-01-01T00:00:00Z' });
	});
});

describe('input checks', () => {
	it('rejects an invalid reference date', () => {
		expect(() => findTimexes('Friday', 'not a date')).toThrow(/reference date/);
	});
	it('accepts a datetime with an offset and keeps its calendar day', () => {
		expect(one('He spoke yesterday.', '1998-08-07T23:30:00-05:00').value).toBe('1998-08-06');
	});
});

describe('a weekday beside a date', () => {
	it('joins them into one expression and lets the weekday settle the year', () => {
		const found = findTimexes('It happened on Friday, Aug. 7.', '1998-04-20');
		expect(found.map((t) => [t.text, t.value])).toEqual([['Friday, Aug. 7', '1998-08-07']]);
	});
	it('joins a clock time and its day', () => {
		const found = findTimexes('The blast came at 9 a.m. Friday.', DCT);
		expect(found.map((t) => [t.text, t.value])).toEqual([['9 a.m. Friday', '1998-08-07T09:00']]);
	});
});
