import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/lib/server/store/index';
import type { SqlStore } from '../../src/lib/server/store/sql-store';
import { correct } from '../../src/lib/server/corrections/index';
import { createUser, markPublic } from '../../src/lib/server/auth/index';
import { subscribe } from '../../src/lib/server/feeds/index';
import { backupSqlite, migrateSqliteToPostgres } from '../../src/lib/server/importers/move';
import { build } from '../store/fixtures';
import { load, SPECS } from './corpus';
import { startPostgres, type PgServer } from '../helpers/pg';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sitrep-move-'));
let pg: PgServer;
let source: SqlStore;

beforeAll(async () => {
	pg = await startPostgres();
	source = await openStore({ file: path.join(tmp, 'src.db') });
	await load(source);
	const { events } = await source.listEvents({ types: ['airstrike'] });
	await correct(source, { action: 'edit_event', event: events[0].id, changes: { fatalities: 3, date: '2021-02-24' } }, { author: 'ana', reason: 'ministry figures' });
	await createUser(source, { username: 'ada', password: 'long enough password', role: 'admin' });
	await markPublic(source, '?type=airstrike', 'strikes', 'ada');
	await subscribe(source, 'https://example.org/feed.xml', 900, Date.parse('2021-03-01T00:00:00Z'));
});

afterAll(async () => {
	await source?.close();
	await pg?.stop();
	fs.rmSync(tmp, { recursive: true, force: true });
});

describe('sitrep migrate', () => {
	it('copies SQLite into PostgreSQL with equal counts and checksums, and the copy answers the same queries', async () => {
		const target = await openStore({ url: await pg.createDatabase('moved') });
		try {
			const checks = await migrateSqliteToPostgres(source, target);
			const byTable = Object.fromEntries(checks.map((c) => [c.table, c]));
			for (const t of ['articles', 'events', 'mentions', 'actors', 'merges', 'corrections', 'correction_keys', 'mention_roles', 'users', 'public_views', 'feeds', 'day_counts']) {
				expect(byTable[t]?.sourceRows, t).toBeGreaterThan(0);
			}
			for (const c of checks) expect(c, c.table).toMatchObject({ equal: true, targetRows: c.sourceRows, targetChecksum: c.sourceChecksum });
			const q = async (s: SqlStore) => ({
				events: (await s.listEvents({})).events,
				buckets: await s.buckets({ unit: 'day' }),
				// alias order is not part of the contract (the store lists them unordered)
				actors: (await s.listActors({})).map((x) => ({ ...x, aliases: [...x.aliases].sort() })),
				text: (await s.listEvents({ q: 'Mayadin' })).total
			});
			expect(await q(target)).toEqual(await q(source));
			// new rows after the copy get fresh ids (sequences moved past the copied ones)
			const extra = build({ ...SPECS[2], text: SPECS[2].text + ' Organisers said more marches were planned.' });
			const r = await target.saveArticle(extra.article, extra.extraction);
			expect(Number(r.articleId)).toBe(SPECS.length + 1);
		} finally {
			await target.close();
		}
	});

	it('keeps floats exact: values a 4-byte real cannot hold come back digit for digit (confidence, coordinates, scores)', async () => {
		// 0.7123456789 and 34.4512345678 have no float4 twin: a `real` column returned 0.712346 and 34.4512
		const file = path.join(tmp, 'floats.db');
		const local = await openStore({ file });
		const target = await openStore({ url: await pg.createDatabase('floats') });
		try {
			const spec = SPECS[3];
			const places = spec.places!.map((p) => ({ ...p, lat: 34.4512345678, lon: 40.4098765432 }));
			const b = build({ ...spec, places, events: spec.events.map((e) => ({ ...e, confidence: 0.7123456789 })) });
			await local.saveArticle(b.article, b.extraction);
			const checks = await migrateSqliteToPostgres(local, target);
			for (const c of checks) expect(c, c.table).toMatchObject({ equal: true });
			const read = async (s: SqlStore) => ({
				events: (await sql<{ confidence: number }>`SELECT confidence FROM events ORDER BY id`.execute(s.db)).rows.map((r) => Number(r.confidence)),
				mentions: (await sql<{ confidence: number }>`SELECT confidence FROM mentions ORDER BY id`.execute(s.db)).rows.map((r) => Number(r.confidence)),
				places: (await sql<{ lat: number; lon: number }>`SELECT lat, lon FROM places ORDER BY id`.execute(s.db)).rows.map((r) => [Number(r.lat), Number(r.lon)])
			});
			const want = await read(local);
			expect(want.mentions).toEqual([0.7123456789]);
			expect(want.places).toEqual([[34.4512345678, 40.4098765432]]);
			expect(await read(target)).toEqual(want);
			// every float column of the PostgreSQL schema is 8 bytes wide
			const types = await sql<{ table_name: string; column_name: string; data_type: string }>`
				SELECT table_name, column_name, data_type FROM information_schema.columns
				WHERE table_schema = current_schema() AND data_type IN ('real', 'double precision')`.execute(target.db);
			expect(types.rows.length).toBeGreaterThanOrEqual(7);
			for (const r of types.rows) expect(r.data_type, `${r.table_name}.${r.column_name}`).toBe('double precision');
		} finally {
			await target.close();
			await local.close();
		}
	});

	it('refuses a target that already holds data', async () => {
		const url = await pg.createDatabase('busy');
		const target = await openStore({ url });
		try {
			await load(target, SPECS.slice(0, 1));
			await expect(migrateSqliteToPostgres(source, target)).rejects.toThrow(/empty database/);
		} finally {
			await target.close();
		}
	});
});

describe('sitrep backup', () => {
	it('makes a consistent copy while another connection keeps writing', async () => {
		const file = path.join(tmp, 'live.db');
		const live = await openStore({ file });
		const writer = await openStore({ file });
		try {
			await load(live);
			let stop = false;
			let written = 0;
			const writing = (async () => {
				for (let i = 0; !stop && i < 200; i++) {
					const b = build({ ...SPECS[3], text: `${SPECS[3].text} Update number ${i} from the scene.` });
					await writer.saveArticle(b.article, b.extraction);
					written++;
					await new Promise((r) => setImmediate(r));
				}
			})();
			await new Promise((r) => setTimeout(r, 50));
			const out = await backupSqlite(live, path.join(tmp, 'copies', 'backup.db'));
			stop = true;
			await writing;
			expect(out.bytes).toBeGreaterThan(0);
			const copy = new Database(out.file, { readonly: true });
			try {
				expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
				expect(copy.pragma('foreign_key_check')).toEqual([]);
				const n = (t: string) => (copy.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n;
				// every article copied carries its mentions: the snapshot never cuts a transaction in half
				expect(n('mentions')).toBe(n('articles'));
				expect(n('articles')).toBeGreaterThanOrEqual(SPECS.length);
				expect(n('articles')).toBeLessThanOrEqual(SPECS.length + written);
			} finally {
				copy.close();
			}
			await expect(backupSqlite(live, out.file)).rejects.toThrow(/exists/);
		} finally {
			await writer.close();
			await live.close();
		}
	});
});
