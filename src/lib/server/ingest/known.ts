/**
 * Has this exact article been stored already? Asked before extraction so that
 * re-ingesting a folder costs a hash and a lookup per article, not an extraction.
 * Stores without the lookup (test doubles holding only saveArticle) answer
 * "unknown", and saveArticle's own idempotence still holds.
 */
import { contentHash } from '../store/save';
import type { SaveResult, Store } from '../store/types';

export async function storedArticle(store: unknown, text: string): Promise<SaveResult | null> {
	const lookup = (store as Partial<Pick<Store, 'articleByContentHash'>> | null)?.articleByContentHash;
	if (typeof lookup !== 'function') return null;
	return lookup.call(store, contentHash(text));
}
