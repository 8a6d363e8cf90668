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

describe('dates chrono reads, trimmed and split', () => {
	it('a bare number after a date is not a clock time', () => {
		const [t] = findTimexes('He may buy a stake after Jan. 1, 1990 at 1,015 francs a share.', '1989-10-27');
		expect([t.text, t.value]).toEqual(['Jan. 1, 1990', '1990-01-01']);
		// A real clock time stays.
		expect(valueOf('The deal closed Jan. 5 at 10:30 a.m.', '1989-10-27', 'Jan. 5 at 10:30 a.m.')).toBe('1989-01-05T10:30');
	});
	it('two dates joined by a word are two expressions', () => {
		const found = findTimexes('Shares bought from Aug. 26 to Oct. 20 were sold.', '1989-10-27');
		expect(found.map((t) => [t.text, t.value])).toEqual([['Aug. 26', '1989-08-26'], ['Oct. 20', '1989-10-20']]);
		const days = findTimexes('The summit is on April 24 and 25.', '1999-02-10');
		expect(days.map((t) => [t.text, t.value])).toEqual([['April 24', '1999-04-24'], ['25', '1999-04-25']]);
		// A number after "and" that is not a later day of the month stays out.
		expect(findTimexes('Sales rose on May 5 and 6 percent more later.', '1999-06-10').map((t) => t.text)).toEqual(['May 5']);
	});
	it('"last Oct. 23" is the most recent Oct. 23, a day', () => {
		expect(valueOf('He was shot last Oct. 23 at home.', '1999-04-19', 'Oct. 23')).toBe('1998-10-23');
	});
	it('a possessive month is a month', () => {
		expect(valueOf("A revision to December's figures came.", '1998-02-06', 'December')).toBe('1997-12');
	});
});

describe('more phrases', () => {
	const rows: Row[] = [
		['Stocks fell 2% from Thursday and 4% from the previous Friday.', '1989-10-30', 'the previous Friday', '1989-10-20'],
		['Talks began on Oct. 3. The following Monday, they broke down.', '1989-10-30', 'The following Monday', '1989-10-09'],
		['Marchers parade each July.', '1998-03-22', 'each July', 'XXXX-07'],
		['The hearing is set for the week of March 6.', '2000-02-24', 'the week of March 6', '2000-W10'],
		['He will leave at 4 in the morning.', '2000-04-05', '4 in the morning', '2000-04-05T04:00'],
		['The shots came at 10 at night.', '2000-04-05', '10 at night', '2000-04-05T22:00'],
		['Then, a week or so ago, he chose the day.', '1991-02-25', 'a week or so ago', '1991-W08'],
		['Prices peaked in January nineteen ninety-seven.', '1998-02-27', 'January nineteen ninety-seven', '1997-01'],
		['Oil fell in the winter of nineteen ninety-four.', '1998-02-23', 'the winter of nineteen ninety-four', '1994-WI'],
		['Islam will one day be the second largest religion.', '1998-03-03', 'one day', 'FUTURE_REF'],
		['He wants the boy back as soon as possible.', '2000-01-28', 'as soon as possible', 'FUTURE_REF'],
		['It may build the plant at a later date.', '1989-10-26', 'a later date', 'FUTURE_REF'],
		['We see challenges in the near term.', '1989-10-30', 'the near term', 'FUTURE_REF'],
		['The goal is 40,000 troops by the end of the month.', '1990-08-13', 'the end of the month', '1990-08']
	];
	it.each(rows)('%j (published %s): %s → %s', (text, dct, span, value) => {
		expect(valueOf(text, dct, span)).toBe(value);
	});
	it('negative and contrasting cases', () => {
		// "one day" without a modal is a duration; a programme's title is no week.
		expect(valueOf('He spent one day there.', '1998-03-03', 'one day')).toBe('P1D');
		expect(findTimexes('Baker said on ABC\'s "This Week" that it was fine.', '1990-08-13')).toEqual([]);
		// "each Monday" stays a weekday set; "per month" a frequency, not a month.
		expect(valueOf('They met each Monday.', '1998-03-22', 'each Monday')).toBe('XXXX-WXX-1');
		// A spelled year alone stays a year.
		expect(valueOf('It happened in nineteen ninety-four.', '1998-02-23', 'nineteen ninety-four')).toBe('1994');
	});
});

describe('phrases of the third batch', () => {
	const rows: Row[] = [
		['In London at mid-afternoon yesterday, shares rose.', '1989-11-02', 'mid-afternoon yesterday', '1989-11-01TAF'],
		['By mid afternoon, sources said the attack had ended.', '1998-03-06', 'mid afternoon', '1998-03-06TAF'],
		['The sale should close around year end.', '1989-10-30', 'year end', '1989'],
		// "recent years", "coming quarters": stretches of unstated length; "the next few days" too.
		['It does not bode well for coming quarters.', '1989-10-26', 'coming quarters', 'PXQ'],
		['Kidnappings have risen in recent years.', '1998-02-13', 'recent years', 'PXY'],
		['Rates may fall in the coming weeks.', '1998-02-06', 'the coming weeks', 'PXW'],
		// "effective Feb. 1": a change taking effect, ahead of the report.
		['The board created a new office, effective Feb. 1.', '1989-10-26', 'Feb. 1', '1990-02-01'],
		['The March accession will enlarge the alliance.', '1999-02-10', 'March', '1999-03'],
		['The post-1959 politics split families.', '2000-02-24', '1959', '1959'],
		['Violence is a theme from now to Election Day.', '1998-10-26', 'Election Day', '1998-11-03']
	];
	it.each(rows)('%j (published %s): %s → %s', (text, dct, span, value) => {
		expect(valueOf(text, dct, span)).toBe(value);
	});
	it('negative cases', () => {
		expect(findTimexes('For Poland, high noon comes at last.', '1999-03-12')).toEqual([]);
		expect(findTimexes('Theresa May said no.', '2019-03-12')).toEqual([]);
		// "effective" as an adjective before no date stays out; "took effect on June 1" is a plain past date.
		expect(valueOf('The pact took effect on June 1.', '1989-10-26', 'June 1')).toBe('1989-06-01');
	});
});

describe('phrases of the fourth batch', () => {
	const rows: Row[] = [
		['In Saudi Arabia, today is the eighth day of the operation.', '1990-08-15', 'the eighth day', '1990-08-15'],
		['They emerged from their third day-long meeting.', '2000-04-03', 'day-long', 'P1D'],
		['It sold C$7.38 billion in the latest fiscal year.', '1989-10-26', 'the latest fiscal year', '1988'],
		['Eight trading days after the crash, the index was flat.', '1989-10-30', 'Eight trading days', 'P8D'],
		['Third-quarter profit fell. This quarter\'s loss includes charges.', '1989-11-01', 'This quarter', '1989-Q3'],
		// Without a reported quarter, "this quarter" is the calendar quarter now.
		['Sales should recover this quarter.', '1989-11-01', 'this quarter', '1989-Q4']
	];
	it.each(rows)('%j (published %s): %s → %s', (text, dct, span, value) => {
		expect(valueOf(text, dct, span)).toBe(value);
	});
	it('an earlier quarter named in passing does not replace the quarter reported on', () => {
		const text = 'Third-quarter net rose 5% after a flat second quarter. In the 1989 period, costs fell from a year ago.';
		expect(valueOf(text, '1989-11-01', 'the 1989 period')).toBe('1989-Q3');
		expect(valueOf(text, '1989-11-01', 'a year ago')).toBe('1988-Q3');
	});
	it('negative cases', () => {
		// An ordinal day with nothing after it ("the second day") is left alone; "long-term" is no duration.
		expect(findTimexes('He came back for a second day.', '1998-03-06').map((t) => t.text)).not.toContain('second day');
		expect(findTimexes('A long-term plan was agreed.', '1998-03-06')).toEqual([]);
	});
});

describe('phrases of the fifth batch', () => {
	const rows: Row[] = [
		// A plan told in the past is still ahead of its date.
		['Protesters planned a rally on Saturday and were planning to drive around the city.', '2000-01-07', 'Saturday', '2000-01-08'],
		// "than expected" compares; it is no plan.
		["Unisys's announcement Friday showed the company is moving faster than expected to take write-offs.", '1989-10-30', 'Friday', '1989-10-27'],
		// "was about to" is the past of a moment, not a plan.
		['Police arrested him in the early hours of Thursday morning as he was about to be deported.', '1999-10-08', 'Thursday morning', '1999-10-07TMO'],
		['Flights leave on Monday and Tuesday nights.', '1998-02-13', 'Tuesday nights', 'XXXX-WXX-2TNI'],
		['Flights leave on Monday and Tuesday nights.', '1998-02-13', 'Monday', 'XXXX-WXX-1TNI']
	];
	it.each(rows)('%j (published %s): %s → %s', (text, dct, span, value) => {
		expect(valueOf(text, dct, span)).toBe(value);
	});
	it('a single weekday night stays one night', () => {
		expect(valueOf('He left Friday night.', '1998-02-13', 'Friday night')).toBe('1998-02-13TNI');
	});
});

describe('the reported period a year back', () => {
	const text = 'Third-quarter net fell, against $1.8 million for the corresponding period last year. U.K. sales for last year\'s quarter were $3 million. For the quarter a year ago, it earned more.';
	it.each([
		['the corresponding period last year', '1988-Q3'],
		["last year's quarter", '1988-Q3'],
		['the quarter a year ago', '1988-Q3']
	])('%s → %s', (span, value) => {
		expect(valueOf(text, '1989-11-01', span)).toBe(value);
	});
	it('"last year\'s" before anything but a period is left to the other rules', () => {
		expect(valueOf("Last year's results were poor.", '1989-11-01', "Last year's")).toBeUndefined();
	});
});

describe('"the full year" and plural periods', () => {
	it('"the full year" is the year reported on, not a year named in an earlier sentence', () => {
		const text = 'It expects the plant to open in 1992. The chief executive forecast an earnings increase for the full year.';
		expect(valueOf(text, '1989-10-30', 'the full year')).toBe('1989');
		// A year named in the same sentence still sets it.
		expect(valueOf('In 1987 sales rose 5% for the full year.', '1989-10-30', 'the full year')).toBe('1987');
	});
	it('"periods" and "quarterly" are not one reporting period', () => {
		const found = findTimexes('Net has risen just over comparable periods in 1988. It had its first quarterly loss.', '1989-10-26');
		expect(found.map((t) => t.text)).toEqual(['1988']);
	});
});
