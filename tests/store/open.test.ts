import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import { DEFAULT_DATABASE, isPostgresUrl, openStore, resolveDatabaseUrl } from '../../src/lib/server/store/index';
import { migrationProvider } from '../../src/lib/server/store/migrations';

const saved = process.env.DATABASE_URL;
afterEach(() => {
	if (saved === undefined) delete process.env.DATABASE_URL;
	else process.env.DATABASE_URL = saved;
});

describe('choosing the database', () => {
	it('takes --db first, then DATABASE_URL, then ./data/sitrep.db', () => {
		delete process.env.DATABASE_URL;
		expect(resolveDatabaseUrl(null)).toBe(DEFAULT_DATABASE);
		process.env.DATABASE_URL = 'postgres://u@127.0.0.1:5432/x';
		expect(resolveDatabaseUrl(undefined)).toBe('postgres://u@127.0.0.1:5432/x');
		expect(resolveDatabaseUrl('other.db')).toBe('other.db');
		process.env.DATABASE_URL = '  ';
		expect(resolveDatabaseUrl('')).toBe(DEFAULT_DATABASE);
	});

	it('recognises PostgreSQL URLs only by scheme', () => {
		expect(isPostgresUrl('postgres://h/db')).toBe(true);
		expect(isPostgresUrl('postgresql://h/db')).toBe(true);
		expect(isPostgresUrl('./postgres.db')).toBe(false);
	});

	it('opens SQLite in memory and in a file whose folders do not exist yet, migrating once', async () => {
		const mem = await openStore({ file: ':memory:' });
		expect(mem.kind).toBe('sqlite');
		expect(await mem.stats()).toEqual({ articles: 0, events: 0, mentions: 0, actors: 0 });
		await mem.close();
		const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sitrep-open-'));
		try {
			const file = path.join(dir, 'a', 'b', 'sitrep.db');
			const s = await openStore({ url: file });
			await s.close();
			expect(fs.existsSync(file)).toBe(true);
			const again = await openStore({ file });
			await again.migrate();
			await again.close();
		} finally {
			fs.rmSync(dir, { recursive: true, force: true });
		}
	});
});

describe('upgrading an older database', () => {
	it('migrates a database whose first migration ran before it created the family index', async () => {
		const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sitrep-old-'));
		const file = path.join(dir, 'old.db');
		try {
			// A database of that time: 0001 applied, without the index it creates today.
			const db = new Kysely<any>({ dialect: new SqliteDialect({ database: new Database(file) }) });
			const { error } = await new Migrator({ db, provider: migrationProvider('sqlite') }).migrateTo('0001_init');
			expect(error).toBeUndefined();
			await db.schema.dropIndex('events_family_span').execute();
			await db.destroy();
			const store = await openStore({ file });
			await store.close();
			const check = new Database(file, { readonly: true });
			expect(check.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'index' AND name = 'events_family_span'").get()).toEqual({ n: 1 });
			check.close();
		} finally {
			fs.rmSync(dir, { recursive: true, force: true });
		}
	});

	it('applies pending migrations all or none: one failing leaves the database as it was, and a later start finishes', async () => {
		const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sitrep-atomic-'));
		const file = path.join(dir, 'old.db');
		try {
			const db = new Kysely<any>({ dialect: new SqliteDialect({ database: new Database(file) }) });
			expect((await new Migrator({ db, provider: migrationProvider('sqlite') }).migrateTo('0001_init')).error).toBeUndefined();
			// An index that 0070 creates, already there: 0070 fails after five other pending migrations have run.
			await db.schema.createIndex('actors_country_kind').on('actors').columns(['country', 'kind']).execute();
			await db.destroy();
			await expect(openStore({ file })).rejects.toThrow(/migration 0070_write_path_indexes failed/);
			const check = new Database(file, { readonly: true });
			expect(check.prepare('SELECT name FROM kysely_migration ORDER BY name').all()).toEqual([{ name: '0001_init' }]);
			expect(check.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name IN ('corrections', 'feeds')").get()).toEqual({ n: 0 });
			check.close();
			const fix = new Database(file);
			fix.exec('DROP INDEX actors_country_kind');
			fix.close();
			const store = await openStore({ file });
			await store.close();
			const done = new Database(file, { readonly: true });
			expect((done.prepare('SELECT count(*) AS n FROM kysely_migration').get() as { n: number }).n).toBe(11);
			done.close();
		} finally {
			fs.rmSync(dir, { recursive: true, force: true });
		}
	});
});
