/** A small hand-built selection for the export tests, with hostile strings where articles could put them. */
import type { EventDetail } from '../../src/lib/server/store/types';
import type { ExportData } from '../../src/lib/server/export/types';

const EVIL = '<script>alert("x")</script> & "quotes" \'apos\' =cmd|calc';

function event(id: string, over: Partial<EventDetail>): EventDetail {
	const base: EventDetail = {
		id,
		type: 'airstrike',
		plover: 'ASSAULT',
		dateValue: '2021-02-25',
		granularity: 'day',
		start: '2021-02-25T00:00:00.000Z',
		end: '2021-02-26T00:00:00.000Z',
		placeId: 'p1',
		placeName: 'Abu Kamal',
		lat: 34.45,
		lon: 40.92,
		fatalities: 1,
		confidence: 0.8,
		sourceCount: 2,
		roles: [
			{ role: 'agent', actorId: 'a1', name: 'United States', kind: 'state' },
			{ role: 'target', actorId: 'a2', name: 'Kataib Hezbollah', kind: 'armed_group' }
		],
		label: 'US aircraft struck buildings near the border.',
		disputed: false,
		outlets: ['Wire One', 'Paper, "Two"'],
		interval: { start: '2021-02-25T00:00:00.000Z', end: '2021-02-26T00:00:00.000Z' },
		basis: 'explicit',
		sources: [
			{
				articleId: 'art1', mentionId: 'm1', url: 'https://wire.example/a', title: 'Strike in Syria', source: 'Wire One', published: '2021-02-26T08:00:00.000Z',
				text: 'x', evidence: { start: 0, end: 10, text: 'US aircraft' }, dateText: 'Thursday', dateValue: '2021-02-25', dateBasis: 'explicit',
				placeName: 'Abu Kamal', fatalities: 1, agents: ['United States']
			},
			{
				articleId: 'art2', mentionId: 'm2', url: null, title: EVIL, source: 'Paper, "Two"', published: '2021-02-27T08:00:00.000Z',
				text: 'y', evidence: { start: 5, end: 20, text: EVIL }, dateText: null, dateValue: '2021-02-25', dateBasis: 'explicit',
				placeName: null, fatalities: null, agents: []
			}
		],
		merges: [{ mentionId: 'm2', reason: 'same type, date and place', score: 0.9, automatic: true }],
		links: []
	};
	return { ...base, ...over };
}

export function fixture(): ExportData {
	return {
		generated: '2024-01-02T03:04:05.000Z',
		description: 'test selection',
		events: [
			event('e1', {}),
			event('e2', {
				type: 'shelling',
				dateValue: '2021-02',
				granularity: 'month',
				start: '2021-02-01T00:00:00.000Z',
				end: '2021-03-01T00:00:00.000Z',
				interval: { start: '2021-02-01T00:00:00.000Z', end: '2021-03-01T00:00:00.000Z' },
				placeName: EVIL,
				lat: null,
				lon: null,
				fatalities: null,
				label: '=HYPERLINK("http://evil.example","click") rockets hit "the base", injuring\nthree',
				roles: [{ role: 'agent', actorId: 'a3', name: `Group ${EVIL}`, kind: 'armed_group' }],
				disputed: true
			})
		],
		actors: [
			{ id: 'a1', name: 'United States', kind: 'state', country: 'US', aliases: ['U.S.', 'Washington'], eventCount: 1 },
			{ id: 'a2', name: 'Kataib Hezbollah', kind: 'armed_group', country: 'IQ', aliases: ['KH'], eventCount: 1 }
		],
		edges: [{ source: 'a1', target: 'a2', relation: 'attacked', weight: 2, events: 1 }]
	};
}

export { EVIL };
