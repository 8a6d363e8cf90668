import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/lib/server/store/index';
import { collectExport, render, ACLED_COLUMNS } from '../../src/lib/server/export/index';
import { csvRecords, importText, parseCsv } from '../../src/lib/server/importers/index';
import { csvCell } from '../../src/lib/server/export/index';
import { load } from './corpus';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sitrep-import-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

// One made-up row in ACLED's columns, written for this test.
const ROW: Record<string, string> = {
	event_date: '2021-02-25',
	year: '2021',
	time_precision: '1',
	event_type: 'Explosions/Remote violence',
	sub_event_type: 'Air/drone strike',
	actor1: 'Military Forces of the United States',
	assoc_actor_1: '',
	actor2: 'Kataib Hezbollah',
	assoc_actor_2: '',
	location: 'Abu Kamal',
	latitude: '34.45',
	longitude: '40.92',
	source: 'Wire A',
	notes: 'On 25 February 2021, Military Forces of the United States struck a depot used by Kataib Hezbollah near Abu Kamal. One fighter was reported killed, with "several" wounded.',
	fatalities: '1'
};

function csvOf(rows: Record<string, string>[]): string {
	const cols = Object.keys(rows[0]);
	return [cols.join(','), ...rows.map((r) => cols.map((c) => csvCell(r[c])).join(','))].join('\r\n') + '\r\n';
}

describe('import', () => {
	it('parses RFC 4180 CSV (quotes, doubled quotes, line breaks in cells, CRLF)', () => {
		expect(parseCsv('a,b\r\n"x, y","he said ""no""\nthen left"\n1,\n')).toEqual([
			['a', 'b'],
			['x, y', 'he said "no"\nthen left'],
			['1', '']
		]);
		expect(() => parseCsv('a\n"open')).toThrow(/quoted/);
	});

	it('an ACLED CSV row round-trips through import and the CSV export', async () => {
		const store = await openStore({ file: path.join(tmp, 'acled.db') });
		try {
			const s = await importText(store, csvOf([ROW]), 'acled-csv');
			expect(s).toMatchObject({ rows: 1, imported: 1, failed: [] });
			const again = await importText(store, csvOf([ROW]), 'acled-csv');
			expect(again).toMatchObject({ imported: 0, duplicates: 1 });
			const csv = render('csv', await collectExport(store, {})).body;
			const out = csvRecords(csv);
			expect(out).toHaveLength(1);
			for (const col of ['event_date', 'year', 'time_precision', 'event_type', 'sub_event_type', 'actor1', 'actor2', 'location', 'latitude', 'longitude', 'source', 'fatalities'] as const) {
				expect.soft(out[0][col], col).toBe(ROW[col]);
			}
			expect(Object.keys(out[0])).toEqual(expect.arrayContaining([...ACLED_COLUMNS]));
			expect(out[0].notes.length).toBeGreaterThan(0);
			expect(ROW.notes.startsWith(out[0].notes.replace(/…$/, ''))).toBe(true);
			// and the exported CSV imports into a fresh database as the same event
			const other = await openStore({ file: path.join(tmp, 'acled2.db') });
			try {
				await importText(other, csv, 'acled-csv');
				const [e] = (await other.listEvents({})).events;
				expect(e).toMatchObject({ type: 'airstrike', dateValue: '2021-02-25', placeName: 'Abu Kamal', fatalities: 1, lat: 34.45, lon: 40.92 });
			} finally {
				await other.close();
			}
		} finally {
			await store.close();
		}
	});

	it('reports bad rows by line and keeps the good ones', async () => {
		const store = await openStore({ file: path.join(tmp, 'bad.db') });
		try {
			const s = await importText(store, csvOf([ROW, { ...ROW, event_date: 'someday', notes: 'x' }]), 'acled-csv');
			expect(s.imported).toBe(1);
			expect(s.failed).toEqual([{ line: 3, error: expect.stringMatching(/line 3: event_date/) }]);
			await expect(importText(store, 'a,b\n1,2\n', 'acled-csv')).rejects.toThrow(/event_date/);
		} finally {
			await store.close();
		}
	});

	it('a sitrep JSON export imports as the same events with their sources', async () => {
		const a = await openStore({ file: path.join(tmp, 'j1.db') });
		const b = await openStore({ file: path.join(tmp, 'j2.db') });
		try {
			await load(a);
			const json = render('json', await collectExport(a, {})).body;
			const s = await importText(b, json, 'sitrep-json');
			expect(s.imported).toBe(4);
			const pick = async (st: typeof a) => (await st.listEvents({})).events.map((e) => [e.type, e.dateValue, e.placeName, e.sourceCount, e.fatalities]);
			expect(await pick(b)).toEqual(await pick(a));
		} finally {
			await a.close();
			await b.close();
		}
	});
});
