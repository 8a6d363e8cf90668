/**
 * Tables of analyst control (issue 7): human corrections and their audit log, the
 * stable keys they are found by after re-extraction, do-not-merge pairs, per-mention
 * roles (so a split can rebuild exactly the roles each report gave), accounts,
 * sessions and API tokens, public views for embeds, and feed subscriptions.
 * Registered in migrations.ts after the store's own migrations.
 */
import { sql, type Kysely, type Migration, type ColumnDefinitionBuilder, type Generated } from 'kysely';
import type { DB, Dialect } from './schema';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

export const ANALYST_MIGRATION = '0050_analyst';
export const ANALYST_MIGRATION_2 = '0051_analyst_roles';

export interface CorrectionsTable {
	id: Generated<number>;
	created_at: string;
	author: string;
	action: string;
	/** JSON: the stable keys of what was corrected (mention keys, actor keys). */
	target: string;
	before: string;
	after: string;
	reason: string;
	status: string;
	reverted_at: string | null;
	reverted_by: string | null;
}

export interface CorrectionKeysTable {
	correction_id: number;
	key: string;
}

export interface MergeBlocksTable {
	key_a: string;
	key_b: string;
	correction_id: number;
}

export interface MentionRolesTable {
	mention_id: number;
	actor_id: number;
	role: string;
	/** the extraction's own actor id in that article: which written name played the role (for actor splits). */
	actor_local: string | null;
}

export interface UsersTable {
	id: Generated<number>;
	username: string;
	password_hash: string;
	role: string;
	created_at: string;
	disabled: number;
}

export interface SessionsTable {
	id_hash: string;
	user_id: number;
	created_at: string;
	expires_s: number;
}

export interface ApiTokensTable {
	id: Generated<number>;
	user_id: number;
	name: string;
	token_hash: string;
	created_at: string;
	last_used_at: string | null;
}

export interface PublicViewsTable {
	id: Generated<number>;
	name: string;
	/** the URL query string of the view (filters), as the embed asks for it. */
	query: string;
	created_by: string;
	created_at: string;
}

export interface FeedsTable {
	id: Generated<number>;
	url: string;
	title: string | null;
	interval_s: number;
	etag: string | null;
	last_modified: string | null;
	last_polled_at: string | null;
	last_status: string | null;
	last_error: string | null;
	failures: number;
	next_poll_s: number;
	items_ingested: number;
	created_at: string;
	/** seconds since the epoch until which one poller holds the feed (0054). */
	lease_until_s: number | null;
	lease_owner: string | null;
}

export interface AnalystTables {
	corrections: CorrectionsTable;
	correction_keys: CorrectionKeysTable;
	merge_blocks: MergeBlocksTable;
	mention_roles: MentionRolesTable;
	users: UsersTable;
	sessions: SessionsTable;
	api_tokens: ApiTokensTable;
	public_views: PublicViewsTable;
	feeds: FeedsTable;
}

/** The store's schema with the analyst tables and the `rejected` flag on events. */
export type FullDB = Omit<DB, 'events'> & { events: DB['events'] & { rejected: Generated<number> } } & AnalystTables;

export function asFull(db: Kysely<DB> | Kysely<FullDB>): Kysely<FullDB> {
	return db as unknown as Kysely<FullDB>;
}

function idColumn(dialect: Dialect) {
	return (c: ColumnDefinitionBuilder) => (dialect === 'postgres' ? c.primaryKey().generatedByDefaultAsIdentity() : c.primaryKey());
}

export function analystMigration(dialect: Dialect): Migration {
	const id = idColumn(dialect);
	const big = dialect === 'postgres' ? 'bigint' : 'integer';
	return {
		async up(db: AnyDb) {
			// A rejected event keeps its mentions (so the rejection survives re-extraction) but leaves every view.
			await sql`ALTER TABLE events ADD COLUMN rejected integer NOT NULL DEFAULT 0`.execute(db);

			await db.schema
				.createTable('corrections')
				.addColumn('id', 'integer', id)
				.addColumn('created_at', 'text', (c) => c.notNull())
				.addColumn('author', 'text', (c) => c.notNull())
				.addColumn('action', 'text', (c) => c.notNull())
				.addColumn('target', 'text', (c) => c.notNull())
				.addColumn('before', 'text', (c) => c.notNull())
				.addColumn('after', 'text', (c) => c.notNull())
				.addColumn('reason', 'text', (c) => c.notNull())
				.addColumn('status', 'text', (c) => c.notNull())
				.addColumn('reverted_at', 'text')
				.addColumn('reverted_by', 'text')
				.execute();
			await db.schema
				.createTable('correction_keys')
				.addColumn('correction_id', 'integer', (c) => c.notNull().references('corrections.id'))
				.addColumn('key', 'text', (c) => c.notNull())
				.addPrimaryKeyConstraint('correction_keys_pk', ['correction_id', 'key'])
				.execute();
			await db.schema.createIndex('correction_keys_key').on('correction_keys').column('key').execute();
			await db.schema
				.createTable('merge_blocks')
				.addColumn('key_a', 'text', (c) => c.notNull())
				.addColumn('key_b', 'text', (c) => c.notNull())
				.addColumn('correction_id', 'integer', (c) => c.notNull().references('corrections.id'))
				.addPrimaryKeyConstraint('merge_blocks_pk', ['key_a', 'key_b', 'correction_id'])
				.execute();
			await db.schema.createIndex('merge_blocks_b').on('merge_blocks').column('key_b').execute();
			await db.schema
				.createTable('mention_roles')
				.addColumn('mention_id', 'integer', (c) => c.notNull())
				.addColumn('actor_id', 'integer', (c) => c.notNull())
				.addColumn('role', 'text', (c) => c.notNull())
				.addPrimaryKeyConstraint('mention_roles_pk', ['mention_id', 'actor_id', 'role'])
				.execute();
			await db.schema.createIndex('mention_roles_actor').on('mention_roles').column('actor_id').execute();

			await db.schema
				.createTable('users')
				.addColumn('id', 'integer', id)
				.addColumn('username', 'text', (c) => c.notNull().unique())
				.addColumn('password_hash', 'text', (c) => c.notNull())
				.addColumn('role', 'text', (c) => c.notNull())
				.addColumn('created_at', 'text', (c) => c.notNull())
				.addColumn('disabled', 'integer', (c) => c.notNull().defaultTo(0))
				.execute();
			await db.schema
				.createTable('sessions')
				.addColumn('id_hash', 'text', (c) => c.primaryKey())
				.addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
				.addColumn('created_at', 'text', (c) => c.notNull())
				.addColumn('expires_s', big, (c) => c.notNull())
				.execute();
			await db.schema
				.createTable('api_tokens')
				.addColumn('id', 'integer', id)
				.addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
				.addColumn('name', 'text', (c) => c.notNull())
				.addColumn('token_hash', 'text', (c) => c.notNull().unique())
				.addColumn('created_at', 'text', (c) => c.notNull())
				.addColumn('last_used_at', 'text')
				.execute();
			await db.schema
				.createTable('public_views')
				.addColumn('id', 'integer', id)
				.addColumn('name', 'text', (c) => c.notNull())
				.addColumn('query', 'text', (c) => c.notNull().unique())
				.addColumn('created_by', 'text', (c) => c.notNull())
				.addColumn('created_at', 'text', (c) => c.notNull())
				.execute();

			await db.schema
				.createTable('feeds')
				.addColumn('id', 'integer', id)
				.addColumn('url', 'text', (c) => c.notNull().unique())
				.addColumn('title', 'text')
				.addColumn('interval_s', 'integer', (c) => c.notNull())
				.addColumn('etag', 'text')
				.addColumn('last_modified', 'text')
				.addColumn('last_polled_at', 'text')
				.addColumn('last_status', 'text')
				.addColumn('last_error', 'text')
				.addColumn('failures', 'integer', (c) => c.notNull().defaultTo(0))
				.addColumn('next_poll_s', big, (c) => c.notNull())
				.addColumn('items_ingested', 'integer', (c) => c.notNull().defaultTo(0))
				.addColumn('created_at', 'text', (c) => c.notNull())
				.execute();
		}
	};
}

/** Per-mention roles remember which of the article's actors played them, so that splitting an actor moves exactly its roles. */
export function analystMigration2(): Migration {
	return {
		async up(db: AnyDb) {
			await db.schema.alterTable('mention_roles').addColumn('actor_local', 'text').execute();
		}
	};
}

export const ANALYST_MIGRATION_3 = '0053_double_precision';
export const ANALYST_MIGRATION_4 = '0054_feed_leases';

/**
 * PostgreSQL `real` is a 4-byte float, so a confidence of 0.7123456789 came back as
 * 0.712346 while SQLite (REAL is 8 bytes) kept it: a migrated database differed.
 * Every float column becomes `double precision` there; SQLite needs nothing.
 */
export const FLOAT_COLUMNS: [table: string, column: string][] = [
	['places', 'lat'],
	['places', 'lon'],
	['actor_mentions', 'score'],
	['events', 'confidence'],
	['mentions', 'confidence'],
	['merges', 'score'],
	['actor_edges', 'weight']
];

export function analystMigration3(dialect: Dialect): Migration {
	return {
		async up(db: AnyDb) {
			if (dialect !== 'postgres') return;
			for (const [table, column] of FLOAT_COLUMNS) {
				await sql`ALTER TABLE ${sql.table(table)} ALTER COLUMN ${sql.ref(column)} TYPE double precision`.execute(db);
			}
		}
	};
}

/**
 * A poller claims a feed by setting `lease_until_s` (only if no one else holds an
 * unexpired lease), so several servers or workers on one database never fetch the
 * same feed in the same period; `lease_owner` says who holds it, for the status line.
 */
export function analystMigration4(dialect: Dialect): Migration {
	const big = dialect === 'postgres' ? 'bigint' : 'integer';
	return {
		async up(db: AnyDb) {
			await db.schema.alterTable('feeds').addColumn('lease_until_s', big).execute();
			await db.schema.alterTable('feeds').addColumn('lease_owner', 'text').execute();
		}
	};
}
