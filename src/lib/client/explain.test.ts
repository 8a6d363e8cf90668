import { describe, expect, it } from 'vitest';
import { disagreements, explainDate, splitAt } from './explain';

describe('explainDate', () => {
	it('shows a relative expression read against the publication date', () => {
		expect(explainDate({ dateText: 'on Thursday', dateValue: '2021-02-25', dateBasis: 'explicit', published: '2021-02-26T10:00:00Z' })).toBe(
			"'on Thursday' + published 2021-02-26 → 2021-02-25"
		);
	});
	it('says when an absolute date needed no reference', () => {
		expect(explainDate({ dateText: 'February 2021', dateValue: '2021-02', dateBasis: 'explicit', published: '2021-03-01' })).toBe(
			"'February 2021' stated → 2021-02"
		);
	});
	it('says when the publication date stood in', () => {
		expect(explainDate({ dateText: null, dateValue: '2021-02-26', dateBasis: 'published', published: '2021-02-26' })).toMatch(/^no date in the sentence/);
	});
});

describe('disagreements', () => {
	it('lists only the fields on which sources differ, ignoring missing values', () => {
		const claims = [
			{ source: 'A', date: '2021-02-25', place: 'Syria', fatalities: '1', agents: 'United States' },
			{ source: 'B', date: '2021-02-25', place: 'Syria', fatalities: '22', agents: '' },
			{ source: 'C', date: '2021-02-25', place: '—', fatalities: '17', agents: 'United States' }
		];
		expect(disagreements(claims)).toEqual(['fatalities']);
	});
});

describe('splitAt', () => {
	it('cuts at exact offsets and clamps bad ones', () => {
		expect(splitAt('abcdef', 2, 4)).toEqual(['ab', 'cd', 'ef']);
		expect(splitAt('abc', 5, 9)).toEqual(['abc', '', '']);
		expect(splitAt('abc', 2, 1)).toEqual(['ab', '', 'c']);
	});
});
