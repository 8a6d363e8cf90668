/**
 * One contract suite, run against both Store implementations: SQLite in a temp
 * file and a real throwaway PostgreSQL 15 (tests/helpers/pg.ts; fails, never
 * skips, when the server binaries are missing).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/lib/core/types';
import { openStore } from '../../src/lib/server/store/index';
import type { SaveResult, Store } from '../../src/lib/server/store/types';
import { contentHash } from '../../src/lib/server/store/save';
import { IN_LIST, insertRows, q, RowsInsert } from '../../src/lib/server/store/raw';
import { fillDayConfidenceSql } from '../../src/lib/server/store/confidence';
import type { SqlStore } from '../../src/lib/server/store/sql-store';
import { sql } from 'kysely';
import { startPostgres, type PgServer } from '../helpers/pg';
import { build } from './fixtures';
import { syndicated, twentyReports } from './corpus';
import { syntheticArticles } from '../../bench/synthetic';
import { extract } from '../../src/lib/extract/index';

let pgServer: PgServer | null = null;
let dbCounter = 0;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sitrep-store-'));

const backends: { name: string; open: () => Promise<Store> }[] = [
	{ name: 'sqlite', open: () => openStore({ file: path.join(tmp, `t${++dbCounter}.db`) }) },
	{
		name: 'postgres',
		open: async () => {
			pgServer ??= await startPostgres();
			return openStore({ url: await pgServer.createDatabase(`t${++dbCounter}`) });
		}
	}
];

afterAll(async () => {
	await pgServer?.stop();
	fs.rmSync(tmp, { recursive: true, force: true });
});

const STRIKE = 'U.S. warplanes struck a militia depot near Abu Kamal on Thursday, officials said. President Joe Biden authorised the strike after rocket fire on Erbil.';

function strikeArticle(overrides: Partial<Parameters<typeof build>[0]> = {}) {
	return build({
		text: STRIKE,
		published: '2021-02-26T10:00:00Z',
		source: 'Wire A',
		title: 'Strike in Syria',
		url: 'https://example.org/a',
		actors: [
			{ id: 'a1', name: 'United States', kind: 'state', country: 'US', aliases: ['U.S.'] },
			{ id: 'a2', name: 'Kataib Hezbollah', kind: 'armed_group', country: 'IQ', affiliations: [{ actor: 'a4', relation: 'backed by' }] },
			{ id: 'a3', name: 'Joe Biden', kind: 'person', country: 'US', aliases: ['President Joe Biden', 'Biden'] },
			{ id: 'a4', name: 'Iran', kind: 'state', country: 'IR' }
		],
		places: [
			{ id: 'p1', name: 'Abu Kamal', country: 'SY', precision: 'city', lat: 34.45, lon: 40.92 },
			{ id: 'p2', name: 'Erbil', country: 'IQ', precision: 'city' }
		],
		events: [
			{
				id: 'e1',
				type: 'airstrike',
				evidence: 'U.S. warplanes struck a militia depot near Abu Kamal on Thursday',
				date: '2021-02-25',
				place: 'p1',
				roles: [
					{ role: 'agent', actor: 'a1' },
					{ role: 'target', actor: 'a2' },
					{ role: 'authorizer', actor: 'a3' }
				],
				confidence: 0.8
			},
			{ id: 'e2', type: 'rocket_attack', evidence: 'rocket fire on Erbil', date: '2021-02', place: 'p2', confidence: 0.6 }
		],
		links: [{ from: 'e1', to: 'e2', relation: 'in_response_to' }],
		...overrides
	});
}

describe.each(backends)('Store contract: $name', ({ open }) => {
	it('keeps the same day counts wherever the batches of an ingest begin', async () => {
		// SYNTHETIC wire copy, extracted for real: some events move from one day to another as later reports join them.
		const items = [...syntheticArticles(300, 11)].map((a) => ({ article: { text: a.text, published: a.published, url: a.url, title: a.title, source: a.source }, extraction: extract({ text: a.text, published: a.published }) }));
		const dayCounts = async (chunk: (at: number) => number) => {
			const s = (await open()) as Store & SqlStore;
			try {
				for (let at = 0; at < items.length; ) {
					const k = chunk(at);
					await s.saveArticles!(items.slice(at, at + k));
					at += k;
				}
				return (await s.db.selectFrom('day_counts').select(['day', 'type', 'n']).orderBy('day').orderBy('type').execute()).map((r) => `${r.day} ${r.type} ${r.n}`);
			} finally {
				await s.close();
			}
		};
		const whole = await dayCounts(() => 64);
		expect(whole.length).toBeGreaterThan(0);
		// A run cut short and resumed starts its batches elsewhere: 37, then 64 at a time from there.
		expect(await dayCounts((at) => (at % 64 === 0 ? 37 : 64 - (at % 64)))).toEqual(whole);
		expect(whole.filter((r) => r.endsWith(' 0'))).toEqual([]);
	}, 120_000);

	let store: Store;
	beforeAll(async () => {
		store = await open();
	});
	afterAll(async () => {
		await store?.close();
	});

	it('stores an article and answers a window query with its events', async () => {
		const { article, extraction } = strikeArticle();
		const r = await store.saveArticle(article, extraction);
		expect(r).toMatchObject({ inserted: true, duplicateOf: null, events: 2 });
		const { total, events } = await store.listEvents({ from: '2021-02-25T00:00:00Z', to: '2021-02-26T00:00:00Z' });
		// The month-granular rocket attack overlaps the day too.
		expect(total).toBe(2);
		const strike = events.find((e) => e.type === 'airstrike')!;
		expect(strike).toMatchObject({ dateValue: '2021-02-25', start: '2021-02-25T00:00:00.000Z', end: '2021-02-26T00:00:00.000Z', placeName: 'Abu Kamal', sourceCount: 1, disputed: false });
		expect(strike.lat).toBeCloseTo(34.45);
		expect(strike.roles.map((x) => `${x.role}:${x.name}`).sort()).toEqual(['agent:United States', 'authorizer:Joe Biden', 'target:Kataib Hezbollah']);
		const outside = await store.listEvents({ from: '2021-03-01T00:00:00Z', to: '2021-04-01T00:00:00Z' });
		expect(outside.total).toBe(0);
	});

	it('is idempotent by content hash', async () => {
		const before = await store.stats();
		const { article, extraction } = strikeArticle();
		const again = await store.saveArticle({ ...article, text: article.text + '  \n' }, extraction);
		expect(again.inserted).toBe(false);
		expect(await store.stats()).toEqual(before);
	});

	it('returns event detail with sources, evidence offsets, how the date was found, merge reasons and links', async () => {
		const { events } = await store.listEvents({ types: ['airstrike'] });
		const d = (await store.getEvent(events[0].id))!;
		expect(d.sources).toHaveLength(1);
		const s = d.sources[0];
		expect(s.text.slice(s.evidence.start, s.evidence.end)).toBe(s.evidence.text);
		expect(s).toMatchObject({ dateValue: '2021-02-25', dateBasis: 'explicit', source: 'Wire A', agents: ['United States'] });
		expect(d.merges[0]).toMatchObject({ reason: 'new event', automatic: true });
		expect(d.links).toEqual([expect.objectContaining({ relation: 'in_response_to', direction: 'out' })]);
		expect(await store.getEvent('999999')).toBeNull();
		expect(await store.getEvent('nope')).toBeNull();
	});

	it('filters by type, actor (id, name, surname), place, source, text and confidence, with paging', async () => {
		expect((await store.listEvents({ types: ['rocket_attack'] })).total).toBe(1);
		expect((await store.listEvents({ types: ['strike'] })).total).toBe(1); // a family name
		expect((await store.listEvents({ actors: ['Biden'] })).total).toBe(1);
		expect((await store.listEvents({ actors: ['President Joe Biden'] })).total).toBe(1);
		expect((await store.listEvents({ actors: ['Nobody At All'] })).total).toBe(0);
		expect((await store.listEvents({ places: ['Erbil'] })).events.map((e) => e.type)).toEqual(['rocket_attack']);
		expect((await store.listEvents({ places: ['SY'] })).total).toBe(1);
		expect((await store.listEvents({ sources: ['Wire A'] })).total).toBe(2);
		expect((await store.listEvents({ sources: ['Other'] })).total).toBe(0);
		expect((await store.listEvents({ q: 'warplanes militia' })).total).toBe(2);
		expect((await store.listEvents({ q: 'submarine' })).total).toBe(0);
		expect((await store.listEvents({ q: '"unbalanced AND (' })).total).toBe(0);
		expect((await store.listEvents({ minConfidence: 0.7 })).total).toBe(1);
		const page = await store.listEvents({ limit: 1, offset: 1 });
		expect(page.total).toBe(2);
		expect(page.events).toHaveLength(1);
		expect(page.events[0].type).toBe('airstrike'); // ordered by start: the month starts first
		await expect(store.listEvents({ from: 'yesterday' })).rejects.toBeInstanceOf(InputError);
		await expect(store.listEvents({ from: '2021-03-01', to: '2021-01-01' })).rejects.toBeInstanceOf(InputError);
	});

	it('pages a time window across events of every duration in (start, end, id) order', async () => {
		const s = await open();
		try {
			const text = 'Officials spoke all year. A month of protests. A week of talks. An evening attack. Arrests on Thursday. A raid in March.';
			const kinds: [string, string, string][] = [
				['statement', 'Officials spoke all year', '2021'],
				['protest', 'A month of protests', '2021-02'],
				['meeting', 'A week of talks', '2021-W08'],
				['attack', 'An evening attack', '2021-02-24T18:30'],
				['arrest', 'Arrests on Thursday', '2021-02-25'],
				['raid', 'A raid in March', '2021-03-10']
			];
			const { article, extraction } = build({ text, published: '2021-03-11T08:00:00Z', events: kinds.map(([type, evidence, date]) => ({ type, evidence, date })) });
			await s.saveArticle(article, extraction);
			const window = { from: '2021-02-20T00:00:00Z', to: '2021-03-01T00:00:00Z' };
			const all = await s.listEvents(window);
			expect(all.total).toBe(5);
			// Starts: the year, the month, the ISO week (Monday 22nd), the evening of the 24th, the 25th; March is outside.
			expect(all.events.map((e) => e.type)).toEqual(['statement', 'protest', 'meeting', 'attack', 'arrest']);
			const paged = [];
			for (let offset = 0; offset < 6; offset += 2) {
				const page = await s.listEvents({ ...window, limit: 2, offset });
				expect(page.total).toBe(5);
				paged.push(...page.events);
			}
			expect(paged.map((e) => e.id)).toEqual(all.events.map((e) => e.id));
			expect((await s.listEvents({ ...window, limit: 0 })).events).toEqual([]);
		} finally {
			await s.close();
		}
	});

	it('counts buckets above a confidence on the 0.05 grid from its rollup exactly as the events themselves filter', async () => {
		const s = await open();
		try {
			// On the grid, a hair above it, off it, at both ends: one event each, a month apart so that none merge.
			const confidences = [0, 0.05, 0.1, 0.333, 0.6, 0.6000000000000001, 0.65, 0.7, 0.95, 1];
			const text = confidences.map((_, i) => `Protest number ${i} took place in Mosul.`).join(' ');
			const places = [{ id: 'p1', name: 'Mosul', country: 'IQ', precision: 'city' as const }];
			const events = confidences.map((confidence, i) => ({ type: 'protest', evidence: `Protest number ${i} took place`, date: `2021-${String(i + 1).padStart(2, '0')}-05`, place: 'p1', confidence }));
			const first = build({ text, published: '2021-12-01T00:00:00Z', places, events });
			await s.saveArticle(first.article, first.extraction);
			const agree = async () => {
				for (let k = 0; k <= 20; k++) {
					const c = k / 20;
					const buckets = await s.buckets({ unit: 'month', minConfidence: c });
					const direct = await s.listEvents({ minConfidence: c, limit: 0 });
					expect(buckets.reduce((n, b) => n + b.count, 0), `minConfidence ${c}`).toBe(direct.total);
				}
			};
			await agree();
			expect((await s.buckets({ unit: 'year', minConfidence: 0.6 }))[0].count).toBe(6);
			expect((await s.buckets({ unit: 'year', minConfidence: 0.65 }))[0].count).toBe(4);
			// Off the grid: answered from the events.
			expect((await s.buckets({ unit: 'year', minConfidence: 0.61 }))[0].count).toBe(4);
			// A second report of the 0.333 protest changes the event's confidence: the rollup follows.
			const again = build({
				text: 'Protest number 3 took place in Mosul, said a second outlet.',
				published: '2021-12-02T00:00:00Z',
				source: 'Other',
				places,
				events: [{ type: 'protest', evidence: 'Protest number 3 took place', date: '2021-04-05', place: 'p1', confidence: 0.9 }]
			});
			await s.saveArticle(again.article, again.extraction);
			expect((await s.stats()).events).toBe(confidences.length);
			await agree();
			// What the triggers kept is what filling from the events (the migration, bulk loads) gives.
			const { db, kind } = s as unknown as SqlStore;
			const rollup = async () => (await sql<Record<string, unknown>>`SELECT * FROM day_confidence WHERE c0 <> 0 ORDER BY day, type`.execute(db)).rows;
			const kept = await rollup();
			await sql`DELETE FROM day_confidence`.execute(db);
			await sql.raw(fillDayConfidenceSql(kind)).execute(db);
			expect(await rollup()).toEqual(kept);
		} finally {
			await s.close();
		}
	});

	it('counts events per bucket at every zoom, with and without filters', async () => {
		const day = await store.buckets({ unit: 'day' });
		expect(day).toEqual([
			{ start: '2021-02-01T00:00:00.000Z', count: 1, byType: { rocket_attack: 1 } },
			{ start: '2021-02-25T00:00:00.000Z', count: 1, byType: { airstrike: 1 } }
		]);
		expect(await store.buckets({ unit: 'month' })).toEqual([{ start: '2021-02-01T00:00:00.000Z', count: 2, byType: { rocket_attack: 1, airstrike: 1 } }]);
		expect(await store.buckets({ unit: 'year' })).toEqual([{ start: '2021-01-01T00:00:00.000Z', count: 2, byType: { rocket_attack: 1, airstrike: 1 } }]);
		// 2021-02-25 was a Thursday: its ISO week starts Monday 22 February.
		expect((await store.buckets({ unit: 'week', types: ['airstrike'] }))[0].start).toBe('2021-02-22T00:00:00.000Z');
		// The filtered path (actors) computes from events and must agree with the rollup.
		expect(await store.buckets({ unit: 'month', actors: ['Biden'] })).toEqual([{ start: '2021-02-01T00:00:00.000Z', count: 1, byType: { airstrike: 1 } }]);
		expect(await store.buckets({ unit: 'year', minConfidence: 0 })).toEqual(await store.buckets({ unit: 'year' }));
		expect(await store.buckets({ unit: 'hour', from: '2021-02-25T00:00:00Z', to: '2021-02-26T00:00:00Z' })).toEqual([
			{ start: '2021-02-25T00:00:00.000Z', count: 1, byType: { airstrike: 1 } }
		]);
		// eslint-disable-next-line @typescript-eslint/no-explicit-any
		await expect(store.buckets({ unit: 'fortnight' as any })).rejects.toBeInstanceOf(InputError);
	});

	it('lists actors with aliases and finds them by name prefix', async () => {
		const all = await store.listActors({});
		expect(all.map((a) => a.name)).toEqual(expect.arrayContaining(['United States', 'Joe Biden', 'Kataib Hezbollah', 'Iran']));
		const found = await store.listActors({ q: 'bid' });
		expect(found.map((a) => a.name)).toEqual(['Joe Biden']);
		expect(found[0].aliases).toContain('President Joe Biden');
	});

	it('builds a typed actor graph for a selection', async () => {
		const g = await store.graph({ types: ['airstrike'] });
		const byName = new Map(g.nodes.map((n) => [n.id, n.name]));
		const edges = g.edges.map((e) => `${byName.get(e.source)} ${e.relation} ${byName.get(e.target)}`).sort();
		expect(edges).toEqual(['Joe Biden authorised United States', 'Kataib Hezbollah backed-by Iran', 'United States attacked Kataib Hezbollah']);
		const none = await store.graph({ types: ['protest'] });
		expect(none.edges).toEqual([]);
		const whole = await store.graph({});
		expect(whole.edges.length).toBe(3);
	});

	it('keeps the database unchanged when saving fails midway', async () => {
		const before = await store.stats();
		const { article, extraction } = strikeArticle({ text: 'A different article about a raid near Mayadin on Friday.', events: [] });
		// An event without evidence makes linking throw after the article and its actors were written.
		// eslint-disable-next-line @typescript-eslint/no-explicit-any
		extraction.events = [{ id: 'x', type: 'raid', date: { value: '2021-02-26' }, roles: [], confidence: 0.5 } as any];
		extraction.actors = [{ id: 'z', name: 'Brand New Militia', kind: 'armed_group', mentions: [] }];
		await expect(store.saveArticle(article, extraction)).rejects.toThrow();
		expect(await store.stats()).toEqual(before);
		expect((await store.listActors({ q: 'Brand' })).length).toBe(0);
		extraction.events = [];
		expect((await store.saveArticle(article, extraction)).inserted).toBe(true);
	});

	it('saves a batch in one transaction with the same results as one by one, refusing bad articles alone', async () => {
		const s = await open();
		try {
			const a = strikeArticle();
			const b = strikeArticle({ text: 'Rockets hit a base near Erbil on Friday, officials said.', published: '2021-02-27T09:00:00Z', source: 'Wire B', events: [], links: [] });
			const out = await s.saveArticles([
				a,
				{ article: { ...a.article, text: '   ' }, extraction: a.extraction },
				{ article: { ...b.article, text: 'Another report entirely, with a bad date.', published: 'not a date' }, extraction: b.extraction },
				{ article: { ...a.article, text: a.article.text + '\n' }, extraction: a.extraction },
				b
			]);
			expect(out).toHaveLength(5);
			const first = out[0] as SaveResult;
			expect(first).toMatchObject({ inserted: true, duplicateOf: null, events: 2 });
			expect(out[1]).toEqual({ error: expect.stringMatching(/empty/) });
			expect(out[2]).toEqual({ error: expect.stringMatching(/publication date/) });
			// the repeat inside the batch is found by hash, as a later call would find it
			expect(out[3]).toEqual({ articleId: first.articleId, inserted: false, duplicateOf: null, events: 2 });
			expect(out[4]).toMatchObject({ inserted: true });
			expect(await s.stats()).toMatchObject({ articles: 2, events: 2, mentions: 2 });
			expect(await s.articleByContentHash(contentHash(a.article.text))).toEqual(out[3]);
			expect(await s.articleByContentHash(contentHash('never stored'))).toBeNull();

			// A store failure in any article (here linking throws) leaves the whole batch unstored.
			const before = await s.stats();
			const c = strikeArticle({ text: 'A third report, of a raid near Mayadin on Friday.', events: [] });
			const broken = strikeArticle({ text: 'A fourth report that breaks linking.', events: [] });
			// eslint-disable-next-line @typescript-eslint/no-explicit-any
			broken.extraction.events = [{ id: 'x', type: 'raid', date: { value: '2021-02-26' }, roles: [], confidence: 0.5 } as any];
			await expect(s.saveArticles([c, broken])).rejects.toThrow();
			expect(await s.stats()).toEqual(before);
			expect(await s.articleByContentHash(contentHash(c.article.text))).toBeNull();
			expect(await s.saveArticles([c])).toMatchObject([{ inserted: true }]);
		} finally {
			await s.close();
		}
	});

	it('merges twenty differently worded reports of one strike into one event with twenty sources', async () => {
		const s = await open();
		try {
			for (const { article, extraction } of twentyReports()) {
				const r = await s.saveArticle(article, extraction);
				expect(r.duplicateOf).toBeNull();
			}
			const { total, events } = await s.listEvents({});
			expect(total).toBe(1);
			expect(events[0]).toMatchObject({ sourceCount: 20, dateValue: '2021-02-25', placeName: 'Abu Kamal', disputed: false });
			const d = (await s.getEvent(events[0].id))!;
			expect(d.sources).toHaveLength(20);
			expect(new Set(d.sources.map((x) => x.source)).size).toBe(20);
			// Summaries name each reporting outlet once, earliest report first, the same in list and detail.
			expect(events[0].outlets).toHaveLength(20);
			expect(events[0].outlets[0]).toBe(d.sources[0].source);
			expect(d.outlets).toEqual(events[0].outlets);
			expect(d.merges).toHaveLength(20);
			expect(d.merges.filter((m) => m.reason !== 'new event').every((m) => m.score >= 0.7 && /same day/.test(m.reason))).toBe(true);
			expect((await s.listActors({})).filter((a) => a.name === 'United States' || a.name === 'U.S.')).toHaveLength(1);
		} finally {
			await s.close();
		}
	});

	it('keeps two strikes on the same day in different cities apart', async () => {
		const s = await open();
		try {
			for (const [city, country] of [['Abu Kamal', 'SY'], ['Al Qaim', 'IQ'], ['Mayadin', 'SY']]) {
				const text = `Aircraft struck targets in ${city} on Thursday, a local official said.`;
				const { article, extraction } = build({
					text,
					published: '2021-02-26',
					source: 'Wire A',
					actors: [{ id: 'a1', name: 'United States', kind: 'state', country: 'US' }],
					places: [{ id: 'p1', name: city, country, precision: 'city' }],
					events: [{ type: 'airstrike', evidence: `Aircraft struck targets in ${city} on Thursday`, date: '2021-02-25', place: 'p1', roles: [{ role: 'agent', actor: 'a1' }] }]
				});
				await s.saveArticle(article, extraction);
			}
			const { total, events } = await s.listEvents({});
			expect(total).toBe(3);
			expect(events.every((e) => e.sourceCount === 1)).toBe(true);
			expect(events.every((e) => e.outlets.length === 1 && e.outlets[0] === 'Wire A')).toBe(true);
		} finally {
			await s.close();
		}
	});

	it('finds the matching event of a crowded day: candidates placed in another country do not crowd it out', async () => {
		const s = await open();
		try {
			// Distinct wording for every article (seeded words), so that none is taken for a copy of another.
			const words = 'convoy bridge market district council harbour valley ridge depot school clinic station river orchard quarry tunnel square road airport mosque church camp barracks checkpoint hill farm factory warehouse port village'.split(' ');
			let seed = 7;
			const wording = (n: number) => Array.from({ length: n }, () => words[(seed = (seed * 1103515245 + 12345) % 2147483648) % words.length]).join(' ');
			const strike = (city: string, country: string, source: string) => {
				const lead = `Aircraft struck targets in ${city} on Thursday`;
				return build({
					text: `${lead}, officials said. ${wording(40)}.`,
					published: '2021-02-26',
					source,
					places: [{ id: 'p1', name: city, country, precision: 'city' }],
					events: [{ type: 'airstrike', evidence: lead, date: '2021-02-25', place: 'p1' }]
				});
			};
			// More same-day strikes elsewhere than one candidate search returns, stored first.
			const elsewhere = Array.from({ length: 210 }, (_, i) => strike(`Town ${i + 1}`, 'IQ', 'Wire A'));
			for (let i = 0; i < elsewhere.length; i += 50) await s.saveArticles!(elsewhere.slice(i, i + 50));
			await s.saveArticle(strike('Raqqa', 'SY', 'Wire A').article, strike('Raqqa', 'SY', 'Wire A').extraction);
			const second = strike('Raqqa', 'SY', 'Wire B');
			await s.saveArticle(second.article, second.extraction);
			const { total, events } = await s.listEvents({ q: 'Raqqa' });
			expect(total).toBe(1);
			expect(events[0].sourceCount).toBe(2);
			expect((await s.listEvents({})).total).toBe(211);
		} finally {
			await s.close();
		}
	}, 120_000);

	it('recognises the same wire copy syndicated five times as one story', async () => {
		const s = await open();
		try {
			const results = [];
			for (const { article, extraction } of syndicated()) results.push(await s.saveArticle(article, extraction));
			expect(results.every((r) => r.inserted)).toBe(true);
			expect(results[0].duplicateOf).toBeNull();
			for (const r of results.slice(1)) expect(r.duplicateOf).toBe(results[0].articleId);
			const { total, events } = await s.listEvents({});
			expect(total).toBe(1);
			expect(events[0].sourceCount).toBe(1); // counted once
			const d = (await s.getEvent(events[0].id))!;
			expect(d.sources).toHaveLength(5); // kept as sources
			expect(d.merges.filter((m) => /syndicated copy/.test(m.reason))).toHaveLength(4);
			expect((await s.stats()).articles).toBe(5);
		} finally {
			await s.close();
		}
	});

	it('joins a bare surname to the only person carrying it, and never merges two people sharing a surname', async () => {
		const s = await open();
		const say = (text: string, published: string, actors: { id: string; name: string; kind: 'person'; country?: string }[]) =>
			build({
				text,
				published,
				source: 'Wire B',
				actors,
				events: [{ type: 'statement', evidence: text.split('.')[0], date: published.slice(0, 10), roles: actors.map((a) => ({ role: 'source' as const, actor: a.id })) }]
			});
		try {
			let a = say('Pentagon Press Secretary John Kirby spoke to reporters on Monday.', '2021-03-01', [{ id: 'k', name: 'Pentagon Press Secretary John Kirby', kind: 'person', country: 'US' }]);
			await s.saveArticle(a.article, a.extraction);
			a = say('Kirby declined to give details of the operation.', '2021-03-02', [{ id: 'k', name: 'Kirby', kind: 'person' }]);
			await s.saveArticle(a.article, a.extraction);
			let kirbys = (await s.listActors({ q: 'Kirby' })).map((x) => x.name);
			expect(kirbys).toEqual(['Pentagon Press Secretary John Kirby']);
			const john = (await s.listActors({ q: 'Kirby' }))[0];
			expect(john.eventCount).toBe(2);

			a = say('Sarah Kirby, a local councillor, criticised the plan.', '2021-03-03', [{ id: 's', name: 'Sarah Kirby', kind: 'person' }]);
			await s.saveArticle(a.article, a.extraction);
			a = say('Kirby said more talks were needed.', '2021-03-04', [{ id: 'k', name: 'Kirby', kind: 'person' }]);
			await s.saveArticle(a.article, a.extraction);
			const all = await s.listActors({ q: 'Kirby' });
			kirbys = all.map((x) => x.name).sort();
			// Two people, and the ambiguous bare surname stays on its own.
			expect(kirbys).toEqual(['Kirby', 'Pentagon Press Secretary John Kirby', 'Sarah Kirby']);
			expect(all.find((x) => x.name === 'Sarah Kirby')!.eventCount).toBe(1);
			expect(all.find((x) => x.name.includes('John'))!.eventCount).toBe(2);
		} finally {
			await s.close();
		}
	});

	it('binds a list of values as one parameter, one statement text for none, one or many, numbers or text', async () => {
		const db = (store as SqlStore).db;
		const odd = ['list it\'s', 'list a, "b"', 'list {c}', 'list ä\\d'];
		const all = (await insertRows<{ id: number }>(db, new RowsInsert('INSERT INTO places (key, name)', 2, 'RETURNING id'), odd.map((k) => [k, k]))).map((r) => Number(r.id)).sort((a, b) => a - b);
		const ids = async (values: unknown[]) => (await q<{ id: number }>(db, `SELECT id FROM places WHERE id ${IN_LIST} ORDER BY id`, [values])).map((r) => Number(r.id));
		expect(await ids(all)).toEqual(all);
		expect(await ids([])).toEqual([]);
		expect(await ids([all[1]])).toEqual([all[1]]);
		expect(await ids([all[2], -1, all[0], all[2]])).toEqual([all[0], all[2]]);
		const named = await q<{ key: string }>(db, `SELECT key FROM places WHERE key ${IN_LIST}`, [[...odd, 'none']]);
		expect(named.map((r) => r.key).sort()).toEqual([...odd].sort());
	});

	it('inserts many rows at once past the row counts whose statement text is kept, in parts under the bind limit', async () => {
		const db = (store as SqlStore).db;
		const insert = new RowsInsert('INSERT INTO places (key, name)', 2, 'RETURNING key');
		for (const n of [1, 64, 65, 20_000]) {
			const keys = Array.from({ length: n }, (_, i) => `bulk ${n} ${i}`);
			expect((await insertRows<{ key: string }>(db, insert, keys.map((k) => [k, k]))).map((r) => r.key).sort()).toEqual([...keys].sort());
		}
	});

	it('marks an event disputed when its sources disagree on fatalities', async () => {
		const s = await open();
		try {
			for (const [i, n] of [[1, 3], [2, 5]] as const) {
				const text = i === 1 ? 'A car bomb in Idlib on Sunday killed three people.' : 'Five were killed when an explosive-laden car blew up in Idlib on Sunday.';
				const evidence = i === 1 ? 'A car bomb in Idlib on Sunday killed three people' : 'Five were killed when an explosive-laden car blew up in Idlib on Sunday';
				const { article, extraction } = build({
					text,
					published: '2021-03-08',
					source: `Outlet ${i}`,
					places: [{ id: 'p', name: 'Idlib', country: 'SY', precision: 'city' }],
					events: [{ type: 'bombing', evidence, date: '2021-03-07', place: 'p', fatalities: n }]
				});
				await s.saveArticle(article, extraction);
			}
			const { events } = await s.listEvents({});
			expect(events).toHaveLength(1);
			expect(events[0]).toMatchObject({ disputed: true, sourceCount: 2 });
		} finally {
			await s.close();
		}
	});
});
