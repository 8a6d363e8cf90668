import { describe, expect, it } from 'vitest';
import { EMPTY, parseState, stateParams, stateQuery, toFilter } from './urlstate';

describe('view state in the URL', () => {
	it('round-trips every field', () => {
		const s = {
			...EMPTY,
			q: 'rocket attack',
			types: ['airstrike', 'protest'],
			actors: ['actor-1'],
			places: ['Erbil'],
			sources: ['Reuters'],
			from: '2020-01-01',
			to: '2021-01-01',
			minConfidence: 0.5,
			lanes: 'actor' as const,
			colour: 'community' as const,
			viewFrom: '2020-01-01T00:00:00.000Z',
			viewTo: '2020-03-01T00:00:00.000Z',
			brushFrom: '2020-01-03T00:00:00.000Z',
			brushTo: '2020-01-09T00:00:00.000Z',
			event: 'ev-42'
		};
		expect(parseState(stateParams(s))).toEqual(s);
	});

	it('keeps the default view out of the link and gives equal links for equal views', () => {
		expect(stateQuery(EMPTY)).toBe('');
		expect(stateQuery(parseState(new URLSearchParams('type=a&q=x')))).toBe(stateQuery(parseState(new URLSearchParams('q=x&type=a'))));
	});

	it('drops values that are not what they claim to be', () => {
		const s = parseState(new URLSearchParams('from=yesterday&minConfidence=7&lanes=<script>'));
		expect(s.from).toBe('');
		expect(s.minConfidence).toBe(1);
		expect(s.lanes).toBe('type');
	});

	it('accepts comma lists as well as repeated keys, and maps to the Store filter', () => {
		const s = parseState(new URLSearchParams('type=airstrike,protest&type=attack'));
		expect(toFilter(s).types).toEqual(['airstrike', 'protest', 'attack']);
		expect(toFilter(EMPTY)).toEqual({
			q: undefined,
			types: undefined,
			actors: undefined,
			places: undefined,
			sources: undefined,
			from: undefined,
			to: undefined,
			minConfidence: undefined
		});
	});
});
