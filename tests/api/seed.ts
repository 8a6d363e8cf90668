/**
 * Hand-built articles and extraction documents for the API tests, so that the
 * API is tested on known events whatever the extractor's current output.
 */
import type { Extraction } from '../../src/lib/core/types';
import type { Store } from '../../src/lib/server/store/types';

interface Spec {
	text: string;
	published: string;
	source: string;
	title: string;
	agent: [string, 'state' | 'armed_group' | 'military'];
	target: [string, 'state' | 'armed_group' | 'military'];
	place: [string, string, number, number];
	type: string;
	date: string;
}

function span(text: string, needle: string) {
	const start = text.indexOf(needle);
	if (start < 0) throw new Error(`"${needle}" not in text`);
	return { start, end: start + needle.length, text: needle };
}

export function extractionFor(s: Spec): Extraction {
	const sentenceEnd = s.text.indexOf('.') + 1;
	return {
		article: { published: s.published, title: s.title, source: s.source, language: 'en' },
		timexes: [],
		actors: [
			{ id: 'a1', name: s.agent[0], kind: s.agent[1], mentions: [span(s.text, s.agent[0])] },
			{ id: 'a2', name: s.target[0], kind: s.target[1], mentions: [span(s.text, s.target[0])] }
		],
		places: [{ id: 'p1', name: s.place[0], country: s.place[1], lat: s.place[2], lon: s.place[3], precision: 'city', mentions: [span(s.text, s.place[0])] }],
		events: [
			{
				id: 'e1',
				type: s.type,
				date: { value: s.date, granularity: 'day', basis: 'explicit', interval: { start: `${s.date}T00:00:00Z`, end: new Date(Date.parse(`${s.date}T00:00:00Z`) + 86_400_000).toISOString().replace('.000', '') } },
				roles: [
					{ role: 'agent', actor: 'a1' },
					{ role: 'target', actor: 'a2' }
				],
				place: 'p1',
				fatalities: 2,
				evidence: { start: 0, end: sentenceEnd, text: s.text.slice(0, sentenceEnd) },
				confidence: 0.9
			}
		],
		links: []
	};
}

export const SPECS: Spec[] = [
	{
		text: 'Northland aircraft struck a depot held by the Red Brigade near Eastville on Monday. Two fighters were killed, officials said.',
		published: '2020-05-05T10:00:00Z',
		source: 'Test Wire',
		title: 'Strike near Eastville',
		agent: ['Northland', 'state'],
		target: ['Red Brigade', 'armed_group'],
		place: ['Eastville', 'SY', 34.5, 40.9],
		type: 'airstrike',
		date: '2020-05-04'
	},
	{
		text: 'Gunmen of the Blue Front shelled a Southland army post near Westport on Friday. Two soldiers died, the army said.',
		published: '2020-07-11T08:00:00Z',
		source: 'Other Paper',
		title: 'Shelling at <b>Westport</b>',
		agent: ['Blue Front', 'armed_group'],
		target: ['Southland army', 'military'],
		place: ['Westport', 'IQ', 33.3, 44.4],
		type: 'shelling',
		date: '2020-07-10'
	}
];

export async function seed(store: Store): Promise<void> {
	for (const s of SPECS) {
		await store.saveArticle({ text: s.text, published: s.published, source: s.source, title: s.title, language: 'en' }, extractionFor(s));
	}
}
