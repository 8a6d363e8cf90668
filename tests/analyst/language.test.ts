import { describe, expect, it } from 'vitest';
import type { ArticleInput, Extraction } from '../../src/lib/core/types';
import { openStore } from '../../src/lib/server/store/index';
import { ingestArticle } from '../../src/lib/server/ingest/pipeline';
import { reextract } from '../../src/lib/server/corrections/reextract';

// Written for this test.
const FRENCH =
	"Des manifestants se sont rassemblés lundi devant le parlement pour protester contre la hausse des prix de l'énergie, et la police a fermé plusieurs rues du centre-ville pendant toute la journée.";

describe('non-English articles', () => {
	it('are stored with their language, flagged, not extracted as English, and stay so through re-extraction', async () => {
		const store = await openStore({ file: ':memory:' });
		try {
			const calls: string[] = [];
			const extract = (input: ArticleInput): Extraction => {
				calls.push(input.text);
				throw new Error('the English extractor must not see this article');
			};
			const r = await ingestArticle({ text: FRENCH, published: '2021-03-01T09:00:00Z', source: 'Le Fil' }, 'fr.txt', { store, extract });
			expect(r.status).toBe('ingested');
			expect(r.language).toBe('fr');
			const row = await store.db.selectFrom('articles').select(['language']).executeTakeFirstOrThrow();
			expect(row.language).toBe('fr');
			expect((await store.stats()).mentions).toBe(0);
			const report = await reextract(store, { extract, version: 'test-2' });
			expect(report.failed).toEqual([]);
			expect(calls).toEqual([]);
			expect((await store.stats()).mentions).toBe(0);
			expect((await store.db.selectFrom('articles').select('language').executeTakeFirstOrThrow()).language).toBe('fr');
		} finally {
			await store.close();
		}
	});
});
