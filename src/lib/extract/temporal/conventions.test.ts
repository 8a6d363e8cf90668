/**
 * Second-pass rules, one example phrase each, with the negative or contrasting case
 * beside it. The reference dates are fixed; nothing here reads the clock.
 */
import { describe, expect, it } from 'vitest';
import { findTimexes } from './index';

/** The value of the expression whose text is `span` (undefined when none is found). */
function valueOf(text: string, dct: string, span: string): string | undefined {
	return findTimexes(text, dct).find((t) => t.text === span)?.value;
}

// [sentence, publication date, span, expected value]
type Row = [string, string, string, string];

describe('tense around a weekday', () => {
	const rows: Row[] = [
		// A plan already overtaken is told in the past: the Friday just gone.
		['The offer had been due to expire Friday.', '1989-10-30', 'Friday', '1989-10-27'],
		['The vote had been scheduled for Friday.', '1989-10-30', 'Friday', '1989-10-27'],
		// …while a plan still standing looks ahead.
		['The offer is due to expire Friday.', '1989-10-30', 'Friday', '1989-11-03'],
		// "is to" + verb: an arrangement ahead.
		['The stock is to resume trading Tuesday.', '1989-10-27', 'Tuesday', '1989-10-31'],
		// "as soon as", "as early as": a date looked forward to.
		['The group might come as soon as Tuesday.', '2000-04-03', 'Tuesday', '2000-04-04'],
		['Buyers were likely to return as soon as trading opened Monday.', '1989-11-01', 'Monday', '1989-11-06'],
		// Postponed or extended until a day: the new date lies ahead.
		['Officials postponed until Tuesday any action on the case.', '2000-03-30', 'Tuesday', '2000-04-04'],
		// …but "stayed until Tuesday" is a plain past.
		['He stayed in the capital until Tuesday.', '2000-03-30', 'Tuesday', '2000-03-28'],
		// A modal's reach ends at the comma: the decision was announced on the Wednesday just gone.
		['They said they would appeal the decision, announced Wednesday by the agency.', '2000-01-06', 'Wednesday', '2000-01-05']
	];
	it.each(rows)('%j (published %s): %s → %s', (text, dct, span, value) => {
		expect(valueOf(text, dct, span)).toBe(value);
	});
});

describe('reporting periods', () => {
	it('"the quarter ended July 31" is the calendar quarter holding most of those three months', () => {
		expect(valueOf('In the quarter ended July 31, sales fell.', '1989-10-30', 'the quarter')).toBe('1989-Q2');
		expect(valueOf('In the quarter ended Sept. 30, sales fell.', '1989-10-30', 'the quarter')).toBe('1989-Q3');
		// A period closing early in a month belongs with the months before it.
		expect(valueOf('For the quarter ending Jan. 2, sales fell.', '1989-03-01', 'the quarter')).toBe('1988-Q4');
	});
	it('"the 1988 quarter" is the reported quarter in the year stated', () => {
		const text = 'Profit rose in the third quarter. The company earned less in the 1988 quarter.';
		expect(valueOf(text, '1989-10-30', 'the 1988 quarter')).toBe('1988-Q3');
	});
	it('a quarter still to come does not become the period later phrases refer to', () => {
		const text = 'Profit rose in the third quarter. It expects fourth-quarter profit to fall. In the latest quarter, costs rose.';
		expect(valueOf(text, '1989-10-30', 'the latest quarter')).toBe('1989-Q3');
		const ahead = 'Third-quarter profit fell. Demand should recover in the third quarter of 1990. In the year-ago period, profit was higher.';
		expect(valueOf(ahead, '1989-10-26', 'the year-ago period')).toBe('1988-Q3');
	});
});

describe('"the year" and "the past year"', () => {
	const rows: Row[] = [
		// A part of the year named: the calendar year.
		['Cuts are due by the end of the year.', '1989-10-30', 'the end of the year', '1989'],
		['Revenue for the first nine months of the year rose.', '1989-10-30', 'the year', '1989'],
		// "the past year", "the last decade": the calendar unit before this one, like "last year".
		['Hate groups grew over the past year.', '1998-03-03', 'the past year', '1997'],
		['Wages lost ground in the last decade.', '1998-02-06', 'the last decade', '198']
	];
	it.each(rows)('%j (published %s): %s → %s', (text, dct, span, value) => {
		expect(valueOf(text, dct, span)).toBe(value);
	});
	it('"the year" alone, and "the past week", stay spans of time', () => {
		expect(valueOf('For the year ended Sept. 30, profit rose.', '1989-11-02', 'the year')).toBe('P1Y');
		expect(valueOf('Prices rose over the past week.', '1998-03-03', 'the past week')).toBe('P1W');
	});
});
