import { describe, expect, it } from 'vitest';
import { comparePlaces, mayMatch, scoreEventMatch, summariseEvent, type EventCandidate, type MentionFacts, type MentionForSummary } from '../../src/lib/graph/events';
import { edgesForEvent } from '../../src/lib/graph/edges';
import { familyOf } from '../../src/lib/graph/families';
import { eventInterval, intervalOfValue } from '../../src/lib/graph/time';
import { graphMetrics } from '../../src/lib/graph/metrics';

const DAY = 86_400;
const d0 = Date.UTC(2021, 1, 25) / 1000;
const abuKamal = { key: 'abu kamal|SY', name: 'Abu Kamal', country: 'SY', precision: 'city' };
const mayadin = { key: 'mayadin|SY', name: 'Mayadin', country: 'SY', precision: 'city' };
const eastSyria = { key: 'eastern syria|SY', name: 'eastern Syria', country: 'SY', precision: 'region' };

function mention(over: Partial<MentionFacts> = {}): MentionFacts {
	return { type: 'airstrike', family: 'strike', start: d0, end: d0 + DAY, granularity: 'day', basis: 'explicit', place: abuKamal, agents: [1], targets: [2], fatalities: null, ...over };
}
const cand = (over: Partial<EventCandidate> = {}): EventCandidate => ({ id: 7, ...mention(), ...over });

describe('event match scoring', () => {
	it('merges the same strike reported with a region instead of the town', () => {
		const d = scoreEventMatch(mention({ place: eastSyria }), cand());
		expect(d.accept).toBe(true);
		expect(d.reason).toMatch(/same day.*compatible places/);
	});

	it('keeps two strikes on the same day in different towns apart', () => {
		const d = scoreEventMatch(mention({ place: mayadin }), cand());
		expect(d.accept).toBe(false);
		expect(d.reason).toMatch(/different places/);
	});

	it('refuses different families and non-overlapping dates', () => {
		expect(scoreEventMatch(mention({ type: 'protest', family: 'protest' }), cand()).accept).toBe(false);
		expect(scoreEventMatch(mention({ start: d0 + 5 * DAY, end: d0 + 6 * DAY }), cand()).accept).toBe(false);
	});

	it('mayMatch passes every candidate that its actors could lift over the threshold, and turns away the rest', () => {
		// Every combination of type, date, granularity, basis, place and actors on a grid: whatever the actors turn
		// out to be, a candidate mayMatch turns away is never accepted (the store reads roles only for the others).
		const places = [null, abuKamal, mayadin, eastSyria, { key: 'mosul|IQ', name: 'Mosul', country: 'IQ', precision: 'city' }];
		const kinds = [
			{ type: 'airstrike', family: 'strike' },
			{ type: 'shelling', family: 'strike' },
			{ type: 'statement', family: 'statement' }
		];
		const actorSets = [[], [1], [3]];
		let turnedAway = 0, checked = 0;
		const missed: string[] = [];
		for (const mk of kinds) for (const ck of kinds) for (const shift of [0, 1.5, 3]) for (const gran of ['day', 'month']) for (const basis of ['explicit', 'published'])
			for (const mp of places) for (const cp of places) {
				const m0 = { ...mk, start: d0, end: d0 + DAY, granularity: gran, basis, place: mp, fatalities: null };
				const c0 = { id: 7, ...ck, start: d0 + shift * DAY, end: d0 + (shift + 1) * DAY, granularity: 'day', basis: 'explicit', place: cp, fatalities: null };
				const may = mayMatch(m0, c0);
				if (!may) turnedAway++;
				for (const agents of actorSets) for (const targets of actorSets) for (const cAgents of actorSets) for (const cTargets of actorSets) {
					checked++;
					if (!may && scoreEventMatch({ ...m0, agents, targets }, { ...c0, agents: cAgents, targets: cTargets }).accept) missed.push(JSON.stringify({ m0, c0, agents, targets, cAgents, cTargets }));
				}
			}
		expect(missed.slice(0, 3)).toEqual([]);
		expect(checked).toBeGreaterThan(100_000);
		expect(turnedAway).toBeGreaterThan(1000);
		// a shelling the day after an airstrike, with no place known: type family, a day apart and the best actors reach 0.55
		expect(mayMatch(mention({ type: 'shelling', place: null }), cand({ start: d0 + DAY, end: d0 + 2 * DAY, place: null }))).toBe(false);
		expect(mayMatch(mention({ place: mayadin }), cand())).toBe(false);
		expect(mayMatch(mention({ place: null }), cand())).toBe(true);
	});

	it('needs more than type and day when neither place nor actors are known', () => {
		expect(scoreEventMatch(mention({ place: null, agents: [], targets: [] }), cand()).accept).toBe(false);
		expect(scoreEventMatch(mention({ place: null }), cand()).accept).toBe(true);
	});

	it('asks more of statements: one actor says many things on one day', () => {
		const said = (over: Partial<MentionFacts>) => mention({ type: 'statement', family: 'statement', place: null, ...over });
		expect(scoreEventMatch(said({}), cand({ type: 'statement', family: 'statement', place: null, targets: [3] })).accept).toBe(false);
		expect(scoreEventMatch(said({}), cand({ type: 'statement', family: 'statement', place: null })).accept).toBe(true);
	});

	it('compares places by key, country and precision', () => {
		expect(comparePlaces(abuKamal, { ...abuKamal })).toBe('same');
		expect(comparePlaces(abuKamal, eastSyria)).toBe('compatible');
		expect(comparePlaces(abuKamal, { key: 'erbil|IQ', name: 'Erbil', country: 'IQ', precision: 'city' })).toBe('conflict');
		expect(comparePlaces(null, abuKamal)).toBe('unknown');
	});
});

describe('event summary', () => {
	const m = (over: Partial<MentionForSummary>): MentionForSummary => ({ ...mention(), confidence: 0.6, story: 1, dateValue: '2021-02-25', ...over });

	it('takes the most precise agreed date and counts each story once', () => {
		const s = summariseEvent([
			m({ story: 1 }),
			m({ story: 2, start: Date.UTC(2021, 1, 1) / 1000, end: Date.UTC(2021, 2, 1) / 1000, granularity: 'month', dateValue: '2021-02' }),
			m({ story: 2 })
		]);
		expect(s.dateValue).toBe('2021-02-25');
		expect(s.sourceCount).toBe(2);
		expect(s.confidence).toBeCloseTo(1 - 0.4 * 0.4, 3);
		expect(s.disputed).toBe(false);
	});

	it('flags disagreement on date, place, fatalities and agent', () => {
		const s = summariseEvent([m({ fatalities: 3 }), m({ story: 2, fatalities: 5, start: d0 + DAY, end: d0 + 2 * DAY, place: { ...abuKamal, key: 'albu kamal|SY', name: 'Albu Kamal' }, agents: [9] })]);
		expect(s.disputes.sort()).toEqual(['agent', 'date', 'fatalities', 'place']);
		expect(s.disputed).toBe(true);
	});
});

describe('typed edges', () => {
	it('derives attacked and authorised from roles', () => {
		const e = edgesForEvent('strike', [
			{ role: 'agent', actor: 1 },
			{ role: 'target', actor: 2 },
			{ role: 'authorizer', actor: 3 }
		]);
		expect(e).toEqual([
			{ source: 1, target: 2, relation: 'attacked' },
			{ source: 3, target: 1, relation: 'authorised' }
		]);
	});

	it('derives met symmetrically and criticised for statements', () => {
		expect(edgesForEvent('meeting', [{ role: 'participant', actor: 5 }, { role: 'participant', actor: 4 }])).toEqual([{ source: 4, target: 5, relation: 'met' }]);
		expect(edgesForEvent('statement', [{ role: 'agent', actor: 1 }, { role: 'target', actor: 2 }])).toEqual([{ source: 1, target: 2, relation: 'criticised' }]);
		expect(edgesForEvent('protest', [])).toEqual([]);
	});
});

describe('families and intervals', () => {
	it.each([
		['airstrike', 'strike'],
		['violence.airstrike', 'strike'],
		['rocket attack', 'attack'],
		['Protest', 'protest'],
		['something_new', 'something_new']
	])('%s is in family %s', (t, f) => expect(familyOf(t)).toBe(f));

	it('turns TimeML values into UTC intervals', () => {
		expect(intervalOfValue('2021-02')).toMatchObject({ start: Date.UTC(2021, 1, 1) / 1000, end: Date.UTC(2021, 2, 1) / 1000, granularity: 'month' });
		expect(intervalOfValue('2021-W08')).toMatchObject({ start: Date.UTC(2021, 1, 22) / 1000, granularity: 'week' });
		expect(intervalOfValue('2021-02-25TEV')).toMatchObject({ start: d0, end: d0 + DAY, granularity: 'part-of-day' });
		expect(intervalOfValue('PAST_REF')).toBeNull();
		expect(eventInterval({ value: null }, '2021-02-26T15:00:00Z')).toMatchObject({ start: d0 + DAY, basis: 'published' });
	});
});

describe('graphMetrics', () => {
	it('computes degree, betweenness and communities reproducibly', () => {
		const sel = {
			nodes: ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => ({ id })),
			edges: [
				{ source: 'a', target: 'b', weight: 3 },
				{ source: 'b', target: 'c', weight: 3 },
				{ source: 'a', target: 'c', weight: 3 },
				{ source: 'c', target: 'd', weight: 1 },
				{ source: 'd', target: 'e', weight: 3 },
				{ source: 'e', target: 'f', weight: 3 },
				{ source: 'd', target: 'f', weight: 3 }
			]
		};
		const m = graphMetrics(sel);
		expect(m.nodes.c.degree).toBe(3);
		expect(m.nodes.a.weightedDegree).toBe(6);
		// The bridge ends carry all shortest paths between the two triangles.
		expect(m.nodes.c.betweenness).toBeGreaterThan(m.nodes.a.betweenness);
		expect(m.communities).toBe(2);
		expect(m.nodes.a.community).toBe(m.nodes.b.community);
		expect(m.nodes.a.community).not.toBe(m.nodes.e.community);
		expect(graphMetrics(sel)).toEqual(m);
		expect(graphMetrics({ nodes: [], edges: [] }).communities).toBe(0);
	});
});
