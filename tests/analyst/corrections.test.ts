import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../src/lib/server/store/index';
import type { SqlStore } from '../../src/lib/server/store/sql-store';
import { actorForCorrection, correct, listCorrections, revert } from '../../src/lib/server/corrections/index';
import { reextract } from '../../src/lib/server/corrections/reextract';
import { deleteOutlet } from '../../src/lib/server/corrections/sources';
import { fakeExtractor, load } from './corpus';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sitrep-corr-'));
let n = 0;
let store: SqlStore;
const who = { author: 'ana', reason: 'checked against the ministry statement' };

beforeEach(async () => {
	store = await openStore({ file: path.join(tmp, `c${++n}.db`) });
	await load(store);
});
afterEach(async () => store.close());
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

async function byType(type: string) {
	const { events } = await store.listEvents({ types: [type] });
	return events;
}

describe('corrections', () => {
	it('links the two reports of the strike into one event (the starting point)', async () => {
		const [strike] = await byType('airstrike');
		expect(strike.sourceCount).toBe(2);
		expect((await store.listEvents({})).total).toBe(3);
	});

	it('an edited date moves the event, is logged with before and after, and survives re-extraction', async () => {
		const [strike] = await byType('airstrike');
		const res = await correct(store, { action: 'edit_event', event: strike.id, changes: { date: '2021-02-24', fatalities: 2 } }, who);
		expect(res.entry).toMatchObject({ action: 'edit_event', author: 'ana', status: 'active', before: { date: '2021-02-25', fatalities: null }, after: { date: '2021-02-24', fatalities: 2 } });
		let e = (await store.getEvent(res.event!))!;
		expect(e).toMatchObject({ dateValue: '2021-02-24', start: '2021-02-24T00:00:00.000Z', fatalities: 2 });
		expect(await store.buckets({ unit: 'day', types: ['airstrike'] })).toEqual([{ start: '2021-02-24T00:00:00.000Z', count: 1, byType: { airstrike: 1 } }]);

		// A "newer" extractor that gets the date wrong by a day and changes the confidence.
		const report = await reextract(store, { extract: fakeExtractor('test-2', 1), version: 'test-2' });
		expect(report.articles).toBe(4);
		expect(report.changed).toBe(4);
		const [after] = await byType('airstrike');
		expect(after).toMatchObject({ dateValue: '2021-02-24', fatalities: 2, sourceCount: 2 });
		// the uncorrected events did take the new extraction
		expect((await byType('protest'))[0].dateValue).toBe('2021-03-02');
		e = (await store.getEvent(after.id))!;
		expect(e.sources.every((s) => s.dateValue === '2021-02-26')).toBe(true);
		const rows = await store.db.selectFrom('mentions').select('extractor_version').execute();
		expect(rows.every((r) => r.extractor_version === 'test-2')).toBe(true);
	});

	it('extracting several articles ahead, finishing out of order, relinks them as one at a time would, corrections kept', async () => {
		const [strike] = await byType('airstrike');
		await correct(store, { action: 'edit_event', event: strike.id, changes: { date: '2021-02-24' } }, who);
		const other = await openStore({ file: path.join(tmp, `c${++n}.db`) });
		try {
			await load(other);
			const [twin] = (await other.listEvents({ types: ['airstrike'] })).events;
			await correct(other, { action: 'edit_event', event: twin.id, changes: { date: '2021-02-24' } }, who);
			const sync = fakeExtractor('test-2', 1);
			let k = 0;
			// the first article takes longest; later ones answer first
			const late = (input: Parameters<typeof sync>[0]) => new Promise<ReturnType<typeof sync>>((res) => setTimeout(() => res(sync(input)), 40 - 10 * k++));
			const order: number[] = [];
			const ahead = await reextract(store, { extract: late, version: 'test-2', ahead: 4, onProgress: (d) => order.push(d) });
			const oneByOne = await reextract(other, { extract: fakeExtractor('test-2', 1), version: 'test-2' });
			expect(order).toEqual([1, 2, 3, 4]);
			expect(ahead).toEqual(oneByOne);
			expect(ahead.changed).toBe(4);
			const facts = async (s: SqlStore) => (await s.listEvents({})).events.map((e) => [e.type, e.dateValue, e.sourceCount]);
			expect(await facts(store)).toEqual(await facts(other));
			expect((await byType('airstrike'))[0].dateValue).toBe('2021-02-24');
		} finally {
			await other.close();
		}
	});

	it('a rejected event stays rejected after re-extraction, and revert brings it back', async () => {
		const [protest] = await byType('protest');
		const res = await correct(store, { action: 'reject_event', event: protest.id }, who);
		expect(await byType('protest')).toHaveLength(0);
		expect((await store.buckets({ unit: 'month' })).reduce((s, b) => s + b.count, 0)).toBe(2);
		await reextract(store, { extract: fakeExtractor('test-2'), version: 'test-2' });
		expect(await byType('protest')).toHaveLength(0);
		expect((await store.buckets({ unit: 'month' })).reduce((s, b) => s + b.count, 0)).toBe(2);
		await revert(store, res.entry.id, { author: 'bob', reason: 'it did happen' });
		expect(await byType('protest')).toHaveLength(1);
		expect((await store.buckets({ unit: 'month' })).reduce((s, b) => s + b.count, 0)).toBe(3);
		const log = await listCorrections(store);
		expect(log.entries.map((x) => [x.action, x.status])).toEqual([
			['revert', 'active'],
			['reject_event', 'reverted']
		]);
		expect(log.entries[1]).toMatchObject({ revertedBy: 'bob' });
	});

	it('an undone automatic merge stays undone through re-extraction', async () => {
		const [strike] = await byType('airstrike');
		const detail = (await store.getEvent(strike.id))!;
		expect(detail.merges.filter((m) => m.automatic)).toHaveLength(2);
		const second = detail.sources.find((s) => s.source === 'Wire B')!;
		await correct(store, { action: 'split_event', event: strike.id, mentions: [second.mentionId] }, { author: 'ana', reason: 'two different nights' });
		expect(await byType('airstrike')).toHaveLength(2);
		await reextract(store, { extract: fakeExtractor('test-2'), version: 'test-2' });
		const strikes = await byType('airstrike');
		expect(strikes).toHaveLength(2);
		expect(strikes.map((s) => s.sourceCount)).toEqual([1, 1]);
	});

	it('merge then split restores both events, roles included', async () => {
		const [strike] = await byType('airstrike');
		const [drone] = await byType('drone_strike');
		const beforeStrike = (await store.getEvent(strike.id))!;
		const beforeDrone = (await store.getEvent(drone.id))!;
		const merged = await correct(store, { action: 'merge_events', event: strike.id, other: drone.id }, who);
		const m = (await store.getEvent(merged.event!))!;
		expect(m.sourceCount).toBe(3);
		expect(await store.getEvent(drone.id)).toBeNull();
		expect(m.merges.filter((x) => !x.automatic)).toHaveLength(1);
		const droneMention = m.sources.find((s) => s.url === 'https://a.example/2')!.mentionId;
		await correct(store, { action: 'split_event', event: merged.event!, mentions: [droneMention] }, who);
		const strikes = await byType('airstrike');
		const drones = await byType('drone_strike');
		expect(strikes).toHaveLength(1);
		expect(drones).toHaveLength(1);
		const pick = (e: typeof beforeStrike) => ({ type: e.type, dateValue: e.dateValue, placeName: e.placeName, fatalities: e.fatalities, sourceCount: e.sourceCount, roles: e.roles.map((r) => `${r.role}:${r.name}`).sort() });
		expect(pick((await store.getEvent(strikes[0].id))!)).toEqual(pick(beforeStrike));
		expect(pick((await store.getEvent(drones[0].id))!)).toEqual(pick(beforeDrone));
	});

	it('a merge a person made stays made after re-extraction; reverting it splits them again', async () => {
		const [strike] = await byType('airstrike');
		const [drone] = await byType('drone_strike');
		const merged = await correct(store, { action: 'merge_events', event: strike.id, other: drone.id }, who);
		await reextract(store, { extract: fakeExtractor('test-2'), version: 'test-2' });
		expect(await byType('drone_strike')).toHaveLength(0);
		expect((await byType('airstrike'))[0].sourceCount).toBe(3);
		await revert(store, merged.entry.id, who);
		expect(await byType('drone_strike')).toHaveLength(1);
		expect((await byType('airstrike'))[0].sourceCount).toBe(2);
	});

	it('merges two actors and splits them back', async () => {
		const actors = await store.listActors({});
		const us = actors.find((a) => a.name === 'United States')!;
		const kh = actors.find((a) => a.name === 'Kataib Hezbollah')!;
		const res = await correct(store, { action: 'merge_actors', actor: us.id, other: kh.id }, who);
		const after = await store.listActors({});
		expect(after.find((a) => a.name === 'Kataib Hezbollah')).toBeUndefined();
		expect(after.find((a) => a.id === res.actor)!.aliases).toContain('Kataib Hezbollah');
		await revert(store, res.entry.id, who);
		const back = await store.listActors({});
		const kh2 = back.find((a) => a.name === 'Kataib Hezbollah')!;
		expect(kh2.eventCount).toBe(2);
		const [strike] = await byType('airstrike');
		expect(strike.roles.map((r) => `${r.role}:${r.name}`).sort()).toEqual(['agent:United States', 'target:Kataib Hezbollah']);
	});

	it('renames an actor (name, kind, country): logged, found by search under the new name, kept through re-extraction, undone by revert', async () => {
		const kh = (await store.listActors({})).find((a) => a.name === 'Kataib Hezbollah')!;
		const res = await correct(store, { action: 'edit_actor', actor: kh.id, changes: { name: "Kata'ib Hizballah", kind: 'armed_group', country: 'IQ' } }, who);
		// only what changed is recorded
		expect(res.entry).toMatchObject({ action: 'edit_actor', before: { name: 'Kataib Hezbollah' }, after: { name: "Kata'ib Hizballah" } });
		expect(res.entry.summary).toBe(`actor ${kh.id}: name Kataib Hezbollah → Kata'ib Hizballah`);
		expect(res.actor).toBe(kh.id);
		// the corpus's only armed group, whatever its id after re-extraction
		const named = async () => (await store.listActors({})).find((a) => a.kind === 'armed_group')!;
		expect((await named()).name).toBe("Kata'ib Hizballah");
		expect((await store.listActors({ q: 'Hizballah' })).map((a) => a.id)).toContain(kh.id);
		const [strike] = await byType('airstrike');
		expect(strike.roles.map((r) => `${r.role}:${r.name}`).sort()).toEqual(["agent:United States", "target:Kata'ib Hizballah"]);

		await reextract(store, { extract: fakeExtractor('test-2'), version: 'test-2' });
		expect((await named()).name).toBe("Kata'ib Hizballah");

		// the actor panel lists it, and only for this actor
		const panel = (await actorForCorrection(store, (await named()).id))!;
		expect(panel.corrections.map((c) => c.id)).toEqual([res.entry.id]);
		expect(panel.names).toEqual([{ name: 'Kataib Hezbollah', mentions: 3 }]);
		const us = (await store.listActors({})).find((a) => a.name === 'United States')!;
		expect((await actorForCorrection(store, us.id))!.corrections).toEqual([]);

		await revert(store, res.entry.id, who);
		expect((await named()).name).toBe('Kataib Hezbollah');
		expect((await store.listActors({ q: 'Hizballah' })).map((a) => a.id)).not.toContain(kh.id);
		await expect(correct(store, { action: 'edit_actor', actor: kh.id, changes: { name: 'Kataib Hezbollah' } }, who)).rejects.toThrow(/already/);
		await expect(correct(store, { action: 'edit_actor', actor: kh.id, changes: { kind: 'militia' } }, who)).rejects.toThrow(/kind must be one of/);
	});

	it('a rename made after a merge stays on the merged actor; undoing the merge keeps the rename on its own actor', async () => {
		const actors = await store.listActors({});
		const us = actors.find((a) => a.name === 'United States')!;
		const kh = actors.find((a) => a.name === 'Kataib Hezbollah')!;
		const merged = await correct(store, { action: 'merge_actors', actor: kh.id, other: us.id }, who);
		const renamed = await correct(store, { action: 'edit_actor', actor: merged.actor!, changes: { name: 'Both sides' } }, who);
		expect((await store.listActors({})).filter((a) => a.name === 'Both sides')).toHaveLength(1);
		await reextract(store, { extract: fakeExtractor('test-2'), version: 'test-2' });
		expect((await store.listActors({})).find((a) => a.name === 'Both sides')!.aliases.sort()).toEqual(['American', 'Kataib Hezbollah', 'U.S.', 'United States']);
		await revert(store, merged.entry.id, who);
		const names = (await store.listActors({})).map((a) => a.name).sort();
		expect(names).toContain('United States');
		expect(names.filter((n) => n === 'Both sides')).toHaveLength(1);
		await revert(store, renamed.entry.id, who);
		expect((await store.listActors({})).map((a) => a.name)).toEqual(expect.arrayContaining(['United States', 'Kataib Hezbollah']));
	});

	it('undoing a merge brings the other actor back with its own name and kind, not the first name it was written as', async () => {
		const actors = await store.listActors({});
		const us = actors.find((a) => a.name === 'United States')!;
		const kh = actors.find((a) => a.name === 'Kataib Hezbollah')!;
		const merged = await correct(store, { action: 'merge_actors', actor: kh.id, other: us.id }, who);
		await revert(store, merged.entry.id, who);
		const back = (await store.listActors({})).find((a) => a.aliases.includes('U.S.'))!;
		expect(back).toMatchObject({ name: 'United States', kind: 'state', country: 'US', eventCount: 1 });
	});

	it('refuses bad corrections with a clear message', async () => {
		const [strike] = await byType('airstrike');
		await expect(correct(store, { action: 'edit_event', event: strike.id, changes: { date: 'last week' } }, who)).rejects.toThrow(/TimeML date/);
		await expect(correct(store, { action: 'edit_event', event: '99999', changes: { date: '2021-01-01' } }, who)).rejects.toThrow(/no event/);
		await expect(correct(store, { action: 'reject_event', event: strike.id }, { author: '', reason: '' })).rejects.toThrow(/author/);
		expect((await listCorrections(store)).total).toBe(0);
	});
});

describe('deleting sources', () => {
	it('deleting an outlet removes exactly its sources', async () => {
		const before = await store.stats();
		const report = await deleteOutlet(store, 'Wire A');
		expect(report.articles).toBe(2);
		expect(report.mentions).toBe(2);
		expect(report.eventsRemoved).toHaveLength(1); // the Mayadin strike had only Wire A
		expect(report.eventsUpdated).toHaveLength(1); // the Abu Kamal strike keeps Wire B
		const after = await store.stats();
		expect(after.articles).toBe(before.articles - 2);
		expect(after.mentions).toBe(before.mentions - 2);
		const [strike] = await byType('airstrike');
		const d = (await store.getEvent(strike.id))!;
		expect(d.sources.map((s) => s.source)).toEqual(['Wire B']);
		expect(await byType('drone_strike')).toHaveLength(0);
		expect((await store.listEvents({ sources: ['Wire A'] })).total).toBe(0);
		expect((await store.listEvents({ sources: ['Wire B'] })).total).toBe(2);
		expect((await store.listEvents({ q: 'Mayadin' })).total).toBe(0);
	});

	it('reports the corrections that named a deleted report', async () => {
		const [drone] = await byType('drone_strike');
		const c = await correct(store, { action: 'edit_event', event: drone.id, changes: { fatalities: 5 } }, who);
		const report = await deleteOutlet(store, 'Wire A');
		expect(report.corrections.map((x) => x.id)).toEqual([c.entry.id]);
	});
});
