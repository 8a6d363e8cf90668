import { describe, expect, it } from 'vitest';
import { extract } from './index';
import { setsNarrativeTime } from './narrative';
import { findTimexes } from './temporal/index';

describe('narrative time', () => {
	it.each([
		['The group has fought the army since 2015.', '2015', false],
		['The border stays closed until March.', 'March', false],
		['Fighting has gone on ever since early 2014.', '2014', false],
		['Rockets hit the base in December 2019.', 'December 2019', true],
		['On Saturday, drones struck the plant.', 'Saturday', true]
	])('%j: does %s set the story time? %s', (text, timexText, expected) => {
		const timexes = findTimexes(text, '2019-09-15');
		const index = timexes.findIndex((t) => t.text.includes(timexText));
		expect(index).toBeGreaterThanOrEqual(0);
		expect(setsNarrativeTime(text, timexes, index)).toBe(expected);
	});

	it('an undated event after a "since YEAR" clause is not dated to that year', () => {
		const text = [
			'Drones attack oil plant',
			'',
			'Drones struck an oil processing plant in eastern Saudi Arabia on Saturday, officials said.',
			'The rebel movement, which has fought a Saudi-led coalition since 2015, said it launched ten drones.',
			'Its military spokesman warned that the group\'s targets would keep expanding.'
		].join('\n');
		const doc = extract({ text, published: '2019-09-15T08:00:00Z' });
		const later = doc.events.filter((e) => e.evidence.end > text.indexOf('Its military spokesman'));
		expect(later.length).toBeGreaterThan(0);
		for (const e of later) expect(e.date.value).not.toBe('2015');
	});
});
