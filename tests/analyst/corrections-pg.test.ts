/** The correction overlay on PostgreSQL: the same flows as corrections.test.ts, on a throwaway server. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/lib/server/store/index';
import type { SqlStore } from '../../src/lib/server/store/sql-store';
import { actorForCorrection, correct, listCorrections, revert } from '../../src/lib/server/corrections/index';
import { reextract } from '../../src/lib/server/corrections/reextract';
import { deleteOutlet } from '../../src/lib/server/corrections/sources';
import { startPostgres, type PgServer } from '../helpers/pg';
import { fakeExtractor, load } from './corpus';

let pg: PgServer;
let n = 0;
const who = { author: 'ana', reason: 'checked' };

beforeAll(async () => {
	pg = await startPostgres();
});
afterAll(async () => pg?.stop());

async function fresh(): Promise<SqlStore> {
	const s = await openStore({ url: await pg.createDatabase(`corr${++n}`) });
	await load(s);
	return s;
}

describe('corrections on PostgreSQL', () => {
	it('edits, rejections and splits survive re-extraction; merge then split restores both; revert works', async () => {
		const store = await fresh();
		try {
			const byType = async (t: string) => (await store.listEvents({ types: [t] })).events;
			const [strike] = await byType('airstrike');
			const [protest] = await byType('protest');
			const [drone] = await byType('drone_strike');
			await correct(store, { action: 'edit_event', event: strike.id, changes: { date: '2021-02-24', fatalities: 2 } }, who);
			const rej = await correct(store, { action: 'reject_event', event: protest.id }, who);
			const d = (await store.getEvent(strike.id))!;
			await correct(store, { action: 'split_event', event: strike.id, mentions: [d.sources[1].mentionId] }, who);
			await reextract(store, { extract: fakeExtractor('test-2', 1), version: 'test-2' });
			const strikes = await byType('airstrike');
			expect(strikes).toHaveLength(2);
			expect(strikes.some((s) => s.dateValue === '2021-02-24' && s.fatalities === 2)).toBe(true);
			expect(await byType('protest')).toHaveLength(0);
			await revert(store, rej.entry.id, who);
			expect(await byType('protest')).toHaveLength(1);
			const [drone2] = await byType('drone_strike');
			expect(drone2.dateValue).toBe('2021-02-28');
			const m = await correct(store, { action: 'merge_events', event: strikes[0].id, other: drone2.id }, who);
			expect(await byType('drone_strike')).toHaveLength(0);
			await revert(store, m.entry.id, who);
			expect(await byType('drone_strike')).toHaveLength(1);
			expect(drone.id).toBeTruthy();
			expect((await listCorrections(store)).total).toBe(6);
			const report = await deleteOutlet(store, 'Wire A');
			expect(report.articles).toBe(2);
			expect((await store.listEvents({ sources: ['Wire A'] })).total).toBe(0);
		} finally {
			await store.close();
		}
	});

	it('renames an actor and merges another into it; both survive re-extraction; undoing the merge restores the other actor', async () => {
		const store = await fresh();
		try {
			const actors = await store.listActors({});
			const us = actors.find((a) => a.name === 'United States')!;
			const kh = actors.find((a) => a.name === 'Kataib Hezbollah')!;
			await correct(store, { action: 'edit_actor', actor: kh.id, changes: { name: "Kata'ib Hizballah" } }, who);
			const m = await correct(store, { action: 'merge_actors', actor: kh.id, other: us.id }, who);
			await reextract(store, { extract: fakeExtractor('test-2'), version: 'test-2' });
			let names = (await store.listActors({})).map((a) => a.name).sort();
			expect(names).toEqual(["Kata'ib Hizballah", 'protesters']);
			expect((await store.listActors({ q: 'Hizballah' })).length).toBe(1);
			await revert(store, m.entry.id, who);
			names = (await store.listActors({})).map((a) => a.name).sort();
			expect(names).toEqual(["Kata'ib Hizballah", 'United States', 'protesters']);
			expect((await actorForCorrection(store, (await store.listActors({ q: 'Hizballah' }))[0].id))!.corrections.map((c) => c.action)).toEqual(['merge_actors', 'edit_actor']);
		} finally {
			await store.close();
		}
	});
});
