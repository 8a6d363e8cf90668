/**
 * Versioned migrations, one list for both databases. Each is named by its number;
 * kysely's Migrator records applied ones and takes a lock, so two processes opening
 * the same database never migrate twice. Dialect-specific DDL is limited to ids
 * and full-text search.
 */
import { sql, type Kysely, type Migration, type MigrationProvider, type ColumnDefinitionBuilder } from 'kysely';
import type { Dialect } from './schema';
import { dayConfidenceMigration, firstDayConfidenceMigration } from './confidence';
import { ANALYST_MIGRATION, ANALYST_MIGRATION_2, ANALYST_MIGRATION_3, ANALYST_MIGRATION_4, analystMigration, analystMigration2, analystMigration3, analystMigration4 } from './migrations-analyst';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

function idColumn(dialect: Dialect) {
	return (c: ColumnDefinitionBuilder) =>
		dialect === 'postgres' ? c.primaryKey().generatedByDefaultAsIdentity() : c.primaryKey();
}

function init(dialect: Dialect): Migration {
	const id = idColumn(dialect);
	// Epoch seconds outlive 2038 only in 64 bits; SQLite integers are 64-bit already.
	const big = dialect === 'postgres' ? 'bigint' : 'integer';
	return {
		async up(db: AnyDb) {
			await db.schema
				.createTable('articles')
				.addColumn('id', 'integer', id)
				.addColumn('content_hash', 'text', (c) => c.notNull().unique())
				.addColumn('simhash', 'text', (c) => c.notNull())
				.addColumn('minhash', 'text', (c) => c.notNull())
				.addColumn('url', 'text')
				.addColumn('title', 'text')
				.addColumn('source', 'text')
				.addColumn('published', 'text', (c) => c.notNull())
				.addColumn('published_s', big, (c) => c.notNull())
				.addColumn('published_inferred', 'integer', (c) => c.notNull().defaultTo(0))
				.addColumn('language', 'text')
				.addColumn('text', 'text', (c) => c.notNull())
				.addColumn('extractor_version', 'text')
				.addColumn('duplicate_of', 'integer', (c) => c.references('articles.id'))
				.addColumn('story_id', 'integer')
				.addColumn('created_at', 'text', (c) => c.notNull())
				.execute();
			await db.schema.createIndex('articles_source').on('articles').column('source').execute();
			await db.schema.createIndex('articles_url').on('articles').column('url').execute();

			await db.schema
				.createTable('article_bands')
				.addColumn('band', 'integer', (c) => c.notNull())
				.addColumn('key', 'integer', (c) => c.notNull())
				.addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
				.addPrimaryKeyConstraint('article_bands_pk', ['band', 'key', 'article_id'])
				.execute();

			await db.schema
				.createTable('places')
				.addColumn('id', 'integer', id)
				.addColumn('key', 'text', (c) => c.notNull().unique())
				.addColumn('name', 'text', (c) => c.notNull())
				.addColumn('country', 'text')
				.addColumn('admin1', 'text')
				.addColumn('lat', 'real')
				.addColumn('lon', 'real')
				.addColumn('precision', 'text')
				.execute();

			await db.schema
				.createTable('actors')
				.addColumn('id', 'integer', id)
				.addColumn('name', 'text', (c) => c.notNull())
				.addColumn('kind', 'text', (c) => c.notNull())
				.addColumn('country', 'text')
				.addColumn('surname', 'text')
				.addColumn('search_text', 'text', (c) => c.notNull())
				.addColumn('event_count', 'integer', (c) => c.notNull().defaultTo(0))
				.addColumn('mention_count', 'integer', (c) => c.notNull().defaultTo(0))
				.execute();
			await db.schema.createIndex('actors_surname').on('actors').column('surname').execute();
			await db.schema.createIndex('actors_event_count').on('actors').column('event_count').execute();
			await db.schema
				.createTable('actor_keys')
				.addColumn('key', 'text', (c) => c.notNull())
				.addColumn('actor_id', 'integer', (c) => c.notNull().references('actors.id'))
				.addPrimaryKeyConstraint('actor_keys_pk', ['key', 'actor_id'])
				.execute();
			await db.schema
				.createTable('actor_aliases')
				.addColumn('actor_id', 'integer', (c) => c.notNull().references('actors.id'))
				.addColumn('alias', 'text', (c) => c.notNull())
				.addPrimaryKeyConstraint('actor_aliases_pk', ['actor_id', 'alias'])
				.execute();
			await db.schema
				.createTable('actor_mentions')
				.addColumn('id', 'integer', id)
				.addColumn('actor_id', 'integer', (c) => c.notNull().references('actors.id'))
				.addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id'))
				.addColumn('local_id', 'text', (c) => c.notNull())
				.addColumn('name', 'text', (c) => c.notNull())
				.addColumn('start_offset', 'integer')
				.addColumn('end_offset', 'integer')
				.addColumn('reason', 'text', (c) => c.notNull())
				.addColumn('score', 'real', (c) => c.notNull())
				.execute();
			await db.schema.createIndex('actor_mentions_actor').on('actor_mentions').column('actor_id').execute();
			await db.schema.createIndex('actor_mentions_article').on('actor_mentions').column('article_id').execute();

			await db.schema
				.createTable('events')
				.addColumn('id', 'integer', id)
				.addColumn('type', 'text', (c) => c.notNull())
				.addColumn('family', 'text', (c) => c.notNull())
				.addColumn('plover', 'text')
				.addColumn('date_value', 'text')
				.addColumn('start_s', big, (c) => c.notNull())
				.addColumn('end_s', big, (c) => c.notNull())
				.addColumn('span_class', 'integer', (c) => c.notNull())
				.addColumn('granularity', 'text')
				.addColumn('basis', 'text')
				.addColumn('place_id', 'integer', (c) => c.references('places.id'))
				.addColumn('fatalities', 'integer')
				.addColumn('confidence', 'real', (c) => c.notNull())
				.addColumn('source_count', 'integer', (c) => c.notNull())
				.addColumn('mention_count', 'integer', (c) => c.notNull())
				.addColumn('disputed', 'integer', (c) => c.notNull().defaultTo(0))
				.addColumn('disputes', 'text')
				.addColumn('label', 'text', (c) => c.notNull())
				.execute();
			// The window query scans (span_class, start_s) ranges; type filters and linking use (type|family, start_s).
			await db.schema.createIndex('events_start').on('events').columns(['start_s', 'id']).execute();
			await db.schema.createIndex('events_span_start').on('events').columns(['span_class', 'start_s', 'end_s', 'id']).execute();
			await db.schema.createIndex('events_type_start').on('events').columns(['type', 'start_s']).execute();
			await db.schema.createIndex('events_family_start').on('events').columns(['family', 'start_s']).execute();
			// Type-filtered windows: family first (every type filter implies a set of families), covering type.
			await db.schema.createIndex('events_family_span').on('events').columns(['family', 'span_class', 'start_s', 'end_s', 'type']).execute();
			await db.schema.createIndex('events_place').on('events').column('place_id').execute();

			await db.schema
				.createTable('mentions')
				.addColumn('id', 'integer', id)
				.addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id'))
				.addColumn('event_id', 'integer', (c) => c.notNull().references('events.id'))
				.addColumn('story_id', 'integer', (c) => c.notNull())
				.addColumn('local_id', 'text', (c) => c.notNull())
				.addColumn('type', 'text', (c) => c.notNull())
				.addColumn('family', 'text', (c) => c.notNull())
				.addColumn('plover', 'text')
				.addColumn('acled_event_type', 'text')
				.addColumn('acled_sub_event_type', 'text')
				.addColumn('date_value', 'text')
				.addColumn('date_start', 'text')
				.addColumn('date_end', 'text')
				.addColumn('start_s', big, (c) => c.notNull())
				.addColumn('end_s', big, (c) => c.notNull())
				.addColumn('granularity', 'text')
				.addColumn('basis', 'text')
				.addColumn('date_text', 'text')
				.addColumn('evidence_start', 'integer', (c) => c.notNull())
				.addColumn('evidence_end', 'integer', (c) => c.notNull())
				.addColumn('evidence_text', 'text', (c) => c.notNull())
				.addColumn('place_id', 'integer', (c) => c.references('places.id'))
				.addColumn('place_name', 'text')
				.addColumn('fatalities', 'integer')
				.addColumn('injuries', 'integer')
				.addColumn('confidence', 'real', (c) => c.notNull())
				.addColumn('agents', 'text', (c) => c.notNull())
				.addColumn('targets', 'text', (c) => c.notNull())
				.addColumn('attributed_to', 'text')
				.addColumn('extractor_version', 'text')
				.execute();
			await db.schema.createIndex('mentions_event').on('mentions').column('event_id').execute();
			await db.schema.createIndex('mentions_article').on('mentions').column('article_id').execute();
			await db.schema.createIndex('mentions_story').on('mentions').column('story_id').execute();

			await db.schema
				.createTable('merges')
				.addColumn('mention_id', 'integer', (c) => c.primaryKey().references('mentions.id'))
				.addColumn('event_id', 'integer', (c) => c.notNull().references('events.id'))
				.addColumn('reason', 'text', (c) => c.notNull())
				.addColumn('score', 'real', (c) => c.notNull())
				.addColumn('automatic', 'integer', (c) => c.notNull())
				.execute();
			await db.schema.createIndex('merges_event').on('merges').column('event_id').execute();

			await db.schema
				.createTable('event_roles')
				.addColumn('event_id', 'integer', (c) => c.notNull().references('events.id'))
				.addColumn('actor_id', 'integer', (c) => c.notNull().references('actors.id'))
				.addColumn('role', 'text', (c) => c.notNull())
				.addColumn('mentions', 'integer', (c) => c.notNull())
				.addPrimaryKeyConstraint('event_roles_pk', ['event_id', 'actor_id', 'role'])
				.execute();
			await db.schema.createIndex('event_roles_actor').on('event_roles').columns(['actor_id', 'event_id']).execute();

			await db.schema
				.createTable('edge_events')
				.addColumn('source_id', 'integer', (c) => c.notNull().references('actors.id'))
				.addColumn('target_id', 'integer', (c) => c.notNull().references('actors.id'))
				.addColumn('relation', 'text', (c) => c.notNull())
				.addColumn('event_id', 'integer', (c) => c.notNull().references('events.id'))
				.addPrimaryKeyConstraint('edge_events_pk', ['source_id', 'target_id', 'relation', 'event_id'])
				.execute();
			await db.schema.createIndex('edge_events_event').on('edge_events').column('event_id').execute();
			await db.schema
				.createTable('actor_edges')
				.addColumn('source_id', 'integer', (c) => c.notNull().references('actors.id'))
				.addColumn('target_id', 'integer', (c) => c.notNull().references('actors.id'))
				.addColumn('relation', 'text', (c) => c.notNull())
				.addColumn('events', 'integer', (c) => c.notNull())
				.addColumn('sources', 'integer', (c) => c.notNull())
				.addColumn('weight', 'real', (c) => c.notNull())
				.addPrimaryKeyConstraint('actor_edges_pk', ['source_id', 'target_id', 'relation'])
				.execute();
			await db.schema.createIndex('actor_edges_weight').on('actor_edges').column('weight').execute();

			await db.schema
				.createTable('event_links')
				.addColumn('from_id', 'integer', (c) => c.notNull().references('events.id'))
				.addColumn('to_id', 'integer', (c) => c.notNull().references('events.id'))
				.addColumn('relation', 'text', (c) => c.notNull())
				.addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id'))
				.addColumn('evidence_start', 'integer')
				.addColumn('evidence_end', 'integer')
				.addPrimaryKeyConstraint('event_links_pk', ['from_id', 'to_id', 'relation'])
				.execute();
			await db.schema.createIndex('event_links_to').on('event_links').column('to_id').execute();

			// Events per start day and type: bucket counts at coarse zooms read this instead of scanning events.
			await db.schema
				.createTable('day_counts')
				.addColumn('day', 'integer', (c) => c.notNull())
				.addColumn('month', 'integer', (c) => c.notNull())
				.addColumn('type', 'text', (c) => c.notNull())
				.addColumn('n', 'integer', (c) => c.notNull())
				.addPrimaryKeyConstraint('day_counts_pk', ['day', 'type'])
				.execute();

			if (dialect === 'sqlite') {
				// External-content FTS5: the text lives once, in articles; rows are added by the store.
				await sql`CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='id', tokenize='unicode61 remove_diacritics 2')`.execute(db);
				await sql`CREATE VIRTUAL TABLE actors_fts USING fts5(search_text, content='actors', content_rowid='id', tokenize='unicode61 remove_diacritics 2')`.execute(db);
			} else {
				await sql`ALTER TABLE articles ADD COLUMN tsv tsvector GENERATED ALWAYS AS (to_tsvector('english', coalesce(title, '') || ' ' || text)) STORED`.execute(db);
				await sql`CREATE INDEX articles_tsv ON articles USING gin (tsv)`.execute(db);
				await sql`CREATE INDEX actors_search ON actors USING gin (to_tsvector('simple', search_text))`.execute(db);
			}
		}
	};
}

/**
 * Every view filters on `rejected` (analyst corrections, 0050): the window indexes
 * carry it so that window scans and counts stay index-only.
 */
const windowIndexes: Migration = {
	async up(db: AnyDb) {
		await db.schema.dropIndex('events_span_start').execute();
		await db.schema.createIndex('events_span_start').on('events').columns(['span_class', 'start_s', 'end_s', 'id', 'rejected']).execute();
		// (A database made before 0001 created this index has none to drop.)
		await db.schema.dropIndex('events_family_span').ifExists().execute();
		await db.schema.createIndex('events_family_span').on('events').columns(['family', 'span_class', 'start_s', 'end_s', 'rejected', 'type']).execute();
	}
};

/**
 * Linking looks actors up by a state's country and reads a candidate's name keys by actor:
 * without these indexes both scanned whole tables on every article.
 */
const writePathIndexes: Migration = {
	async up(db: AnyDb) {
		await db.schema.createIndex('actors_country_kind').on('actors').columns(['country', 'kind']).execute();
		await db.schema.createIndex('actor_keys_actor').on('actor_keys').columns(['actor_id', 'key']).execute();
	}
};

/**
 * Every query on events by type or family goes through the covering window indexes (0071), which lead
 * with the same columns: the first schema's (type, start_s) and (family, start_s) indexes were chosen by
 * no query plan any more, yet every event written and every summary refreshed kept both up to date.
 */
const dropUnusedEventIndexes: Migration = {
	async up(db: AnyDb) {
		await db.schema.dropIndex('events_type_start').execute();
		await db.schema.dropIndex('events_family_start').execute();
	}
};

/** The columns of an event summary (sql-store.ts), carried by the window index so that a page of the timeline is read from it alone. */
export const SUMMARY_COLUMNS = ['type', 'plover', 'date_value', 'granularity', 'place_id', 'fatalities', 'confidence', 'source_count', 'disputed', 'label'];

/**
 * A timeline window read its ids from the window index and then each event's row: one random
 * page read per event, hundreds per query, which dominated on a large corpus. The window index
 * now covers the summary (PostgreSQL: INCLUDE; SQLite appends the columns to the key).
 */
function windowCovering(dialect: Dialect): Migration {
	const cover = async (db: AnyDb, name: string, key: string[], include: string[]) => {
		await db.schema.dropIndex(name === 'events_span_cover' ? 'events_span_start' : name).execute();
		if (dialect === 'postgres') {
			await sql`CREATE INDEX ${sql.id(name)} ON events (${sql.join(key.map((c) => sql.ref(c)))}) INCLUDE (${sql.join(include.map((c) => sql.ref(c)))})`.execute(db);
		} else {
			await db.schema.createIndex(name).on('events').columns([...key, ...include]).execute();
		}
	};
	return {
		async up(db: AnyDb) {
			// family too: a type filter on a window is then answered from this index as well.
			await cover(db, 'events_span_cover', ['span_class', 'start_s', 'end_s', 'id', 'rejected'], ['family', ...SUMMARY_COLUMNS]);
			// Type-filtered windows (and linking's candidate search) go through the family index: covering too.
			await cover(db, 'events_family_span', ['family', 'span_class', 'start_s', 'end_s', 'rejected', 'type'], ['id', ...SUMMARY_COLUMNS.filter((c) => c !== 'type')]);
			// Bucket counts read the per-day rollup by day range: the key's own index did not hold the count.
			await db.schema.createIndex('day_counts_cover').on('day_counts').columns(['day', 'type', 'month', 'n']).execute();
		}
	};
}

export function migrationProvider(dialect: Dialect): MigrationProvider {
	return {
		async getMigrations() {
			return { '0001_init': init(dialect), [ANALYST_MIGRATION]: analystMigration(dialect), [ANALYST_MIGRATION_2]: analystMigration2(), '0052_window_indexes': windowIndexes, [ANALYST_MIGRATION_3]: analystMigration3(dialect), [ANALYST_MIGRATION_4]: analystMigration4(dialect), '0070_write_path_indexes': writePathIndexes, '0071_window_covering': windowCovering(dialect), '0072_day_confidence': firstDayConfidenceMigration, '0073_unused_event_indexes': dropUnusedEventIndexes, '0074_day_confidence_thresholds': dayConfidenceMigration(dialect) };
		}
	};
}
