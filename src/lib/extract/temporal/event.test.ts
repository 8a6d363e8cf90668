import { describe, expect, it } from 'vitest';
import { dateEvent, findTimexes, inferPublished } from './index';

const PUBLISHED = '2021-02-26';

function date(text: string, trigger: string, previous: Parameters<typeof dateEvent>[0]['previous'] = null) {
	const timexes = findTimexes(text, PUBLISHED);
	const at = text.indexOf(trigger);
	return dateEvent({ text, timexes, sentence: { start: 0, end: text.length }, trigger: { start: at, end: at + trigger.length }, previous, published: PUBLISHED });
}

describe('dateEvent', () => {
	it('a clock time with its day told right after it, past a bracket, is that day\'s', () => {
		// (2021-02-26 is a Friday: "on Wednesday" is the 24th.)
		const d = date('Two missiles struck the city centre at about 10:40 p.m. (1940 GMT) on Wednesday, the governor said.', 'struck');
		expect(d).toMatchObject({ value: '2021-02-24T22:40', granularity: 'minute', basis: 'explicit' });
		expect(d.interval?.start).toBe('2021-02-24T22:40:00Z');
	});
	it('guard: a clock time already read with its date keeps it', () => {
		expect(date('Two missiles struck the city centre at about 10:40 p.m. on Feb. 25, the governor said.', 'struck').value).toBe('2021-02-25T22:40');
	});
	it('takes the expression in the same clause', () => {
		const d = date('U.S. jets struck militia sites on Thursday, a week after rockets hit Erbil on Feb. 15.', 'struck');
		expect(d).toMatchObject({ value: '2021-02-25', basis: 'explicit', granularity: 'day', timex: 0 });
		expect(d.interval).toEqual({ start: '2021-02-25T00:00:00Z', end: '2021-02-26T00:00:00Z' });
	});
	it('prefers the clause of the trigger over a nearer date in another clause', () => {
		const d = date('Rockets hit Erbil on Feb. 15; jets struck back on Thursday.', 'struck');
		expect(d.value).toBe('2021-02-25');
	});
	it('keeps month granularity when the text gives only a month', () => {
		const d = date('Earlier this month, rockets hit a base in northern Iraq.', 'hit');
		expect(d).toMatchObject({ value: '2021-02', granularity: 'month', basis: 'explicit' });
	});
	it('inherits the previous narrative date when the sentence has none', () => {
		const previous = { value: '2021-02-25', granularity: 'day', basis: 'explicit' as const, interval: { start: '2021-02-25T00:00:00Z', end: '2021-02-26T00:00:00Z' } };
		const d = date('The strikes destroyed several buildings.', 'destroyed', previous);
		expect(d).toMatchObject({ value: '2021-02-25', basis: 'inherited' });
	});
	it('falls back to the publication date, marked as such', () => {
		const d = date('The strikes destroyed several buildings.', 'destroyed');
		expect(d.basis).toBe('published');
		expect(d.value).toBe('2021-02-26');
		expect(d.interval!.end).toBe('2021-02-27T00:00:00Z');
	});
	it('never dates a past-tense event after publication', () => {
		// "Monday" read forward would be March 1; a past event cannot be.
		const text = 'Officials said militants attacked the convoy, and talks are set for next Monday.';
		const d = date(text, 'attacked');
		expect(d.value === null || d.value <= '2021-02-26').toBe(true);
	});
});

describe('inferPublished', () => {
	it('reads a labelled date', () => {
		expect(inferPublished('Published: 2021-02-26T08:00:00Z\nWASHINGTON - The strikes...')).toBe('2021-02-26');
	});
	it('reads a full dateline date', () => {
		expect(inferPublished('WASHINGTON, Feb. 26, 2021 (Reuters) - The United States carried out...')).toBe('2021-02-26');
	});
	it('completes a dateline without a year only from a single stated year', () => {
		expect(inferPublished('WASHINGTON, Feb. 26 (Reuters) - Strikes in 2021 hit Syria.')).toBe('2021-02-26');
		expect(inferPublished('WASHINGTON, Feb. 26 (Reuters) - The strikes hit Syria.')).toBeNull();
	});
	it('returns null when nothing is reliable (never the clock)', () => {
		expect(inferPublished('The strikes hit Syria on Thursday.')).toBeNull();
		expect(inferPublished('')).toBeNull();
	});
});
