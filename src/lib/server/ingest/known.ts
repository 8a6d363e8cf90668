/**
 * Has this exact article been stored already? Asked before extraction so that
 * re-ingesting a folder costs a hash and a lookup per article, not an extraction.
 * The Store contract has no such query yet, so this reads the SQL store's
 * articles table by the same content hash saveArticle uses; other stores just
 * answer "unknown" and saveArticle's own idempotence still holds.
 */
import { sql } from 'kysely';
import { contentHash } from '../store/save';
import { SqlStore } from '../store/sql-store';
import type { SaveResult } from '../store/types';

export async function storedArticle(store: unknown, text: string): Promise<SaveResult | null> {
	if (!(store instanceof SqlStore)) return null;
	const row = await store.db.selectFrom('articles').select(['id', 'duplicate_of']).where('content_hash', '=', contentHash(text)).executeTakeFirst();
	if (!row) return null;
	const n = await store.db.selectFrom('mentions').select(sql<number>`count(*)`.as('n')).where('article_id', '=', row.id).executeTakeFirstOrThrow();
	return { articleId: String(row.id), inserted: false, duplicateOf: row.duplicate_of === null ? null : String(row.duplicate_of), events: Number(n.n) };
}
