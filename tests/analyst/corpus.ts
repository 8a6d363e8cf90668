/**
 * A small hand-written corpus for analyst tests, and a stand-in extractor that
 * knows it: two outlets reporting one strike in different words (linking merges
 * them), a protest, and a second strike elsewhere. `version` lets a test play a
 * newer extractor over the same texts.
 */
import type { ArticleInput, Extraction } from '../../src/lib/core/types';
import type { SqlStore } from '../../src/lib/server/store/sql-store';
import { build, type ArticleSpec } from '../store/fixtures';

const US = { id: 'a1', name: 'United States', kind: 'state' as const, country: 'US', aliases: ['U.S.'] };
const KH = { id: 'a2', name: 'Kataib Hezbollah', kind: 'armed_group' as const, country: 'IQ' };
const ABU_KAMAL = { id: 'p1', name: 'Abu Kamal', country: 'SY', precision: 'city' as const, lat: 34.45, lon: 40.92 };

export const SPECS: ArticleSpec[] = [
	{
		text: 'U.S. warplanes hit a Kataib Hezbollah depot near Abu Kamal on Thursday, officials said.',
		published: '2021-02-26T10:00:00Z',
		source: 'Wire A',
		title: 'Strike near Abu Kamal',
		url: 'https://a.example/1',
		actors: [US, KH],
		places: [ABU_KAMAL],
		events: [{ type: 'airstrike', evidence: 'U.S. warplanes hit a Kataib Hezbollah depot near Abu Kamal on Thursday', date: '2021-02-25', place: 'p1', roles: [{ role: 'agent', actor: 'a1' }, { role: 'target', actor: 'a2' }] }]
	},
	{
		text: 'American jets bombed positions of Kataib Hezbollah in Abu Kamal overnight into Thursday, the Pentagon said.',
		published: '2021-02-26T12:00:00Z',
		source: 'Wire B',
		title: 'US jets bomb militia',
		url: 'https://b.example/1',
		actors: [{ ...US, name: 'United States', aliases: ['American'] }, KH],
		places: [ABU_KAMAL],
		events: [{ type: 'airstrike', evidence: 'American jets bombed positions of Kataib Hezbollah in Abu Kamal', date: '2021-02-25', place: 'p1', roles: [{ role: 'agent', actor: 'a1' }, { role: 'target', actor: 'a2' }] }]
	},
	{
		text: 'Thousands of protesters marched in Baghdad on Monday against the strike.',
		published: '2021-03-02T09:00:00Z',
		source: 'Wire B',
		title: 'Protest in Baghdad',
		url: 'https://b.example/2',
		actors: [{ id: 'a1', name: 'protesters', kind: 'protesters' }],
		places: [{ id: 'p1', name: 'Baghdad', country: 'IQ', precision: 'city', lat: 33.3, lon: 44.4 }],
		events: [{ type: 'protest', evidence: 'Thousands of protesters marched in Baghdad on Monday', date: '2021-03-01', place: 'p1', roles: [{ role: 'participant', actor: 'a1' }] }]
	},
	{
		text: 'Drones struck a convoy near Mayadin on Saturday, killing four fighters.',
		published: '2021-02-28T08:00:00Z',
		source: 'Wire A',
		title: 'Convoy hit near Mayadin',
		url: 'https://a.example/2',
		actors: [KH],
		places: [{ id: 'p1', name: 'Mayadin', country: 'SY', precision: 'city', lat: 35.0, lon: 40.4 }],
		events: [{ type: 'drone_strike', evidence: 'Drones struck a convoy near Mayadin on Saturday', date: '2021-02-27', place: 'p1', roles: [{ role: 'target', actor: 'a2' }], fatalities: 4 }]
	}
];

/** An extractor that knows the corpus; `shift` moves every date by that many days, as a worse extractor might. */
export function fakeExtractor(version: string, shift = 0) {
	const byText = new Map(SPECS.map((s) => [s.text, s]));
	return (input: ArticleInput): Extraction => {
		const spec = byText.get(input.text);
		if (!spec) throw new Error('unknown text');
		const moved = {
			...spec,
			events: spec.events.map((e) => ({ ...e, date: e.date && shift ? new Date(Date.parse(e.date) + shift * 86_400_000).toISOString().slice(0, 10) : e.date, confidence: 0.5 }))
		};
		const ex = build(moved).extraction;
		ex.extractor = version;
		return ex;
	};
}

export async function load(store: SqlStore, specs: ArticleSpec[] = SPECS, version = 'test-1'): Promise<void> {
	for (const s of specs) {
		const { article, extraction } = build(s);
		extraction.extractor = version;
		await store.saveArticle(article, extraction);
	}
}

/** An extractor that finds nothing: feed tests count fetches and articles, not events. */
export const extractNothing = (input: ArticleInput): Extraction => ({
	article: { published: input.published ?? '2021-03-01T00:00:00Z', title: input.title, url: input.url, source: input.source },
	timexes: [],
	actors: [],
	places: [],
	events: [],
	links: [],
	extractor: 'test-fake'
});
