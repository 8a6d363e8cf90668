/**
 * POST /api/ingest — one article as text, a page URL, a feed URL, or a small
 * batch of texts; answers with a result per article.
 */
import { z } from 'zod';
import { ingest } from '../ingest/pipeline';
import { normalizeDate } from '../ingest/dates';
import type { ExtractFn, Fetcher, Source } from '../ingest/types';
import type { Store } from '../store/types';
import { assertSameOrigin, DEFAULT_MAX_BODY_BYTES, readJsonBody } from './body';
import { guard, HttpError, json } from './http';
import { describeZodError } from './params';

export interface IngestDeps {
	store: Pick<Store, 'saveArticle'>;
	/** the SafeFetcher used for url and feed bodies. */
	fetcher: Fetcher;
	extract?: ExtractFn;
	maxBodyBytes?: number;
}

export const MAX_BATCH = 100;
/** Feed items fetched per request: each may take seconds, and the caller is waiting. */
export const MAX_FEED_ITEMS_PER_REQUEST = 25;

const httpUrl = z
	.string()
	.max(2048, 'is longer than 2048 characters')
	.refine((v) => {
		try {
			const u = new URL(v);
			return u.protocol === 'http:' || u.protocol === 'https:';
		} catch {
			return false;
		}
	}, 'must be an http or https URL');

const published = z.string().refine((v) => normalizeDate(v) !== null, 'must be an ISO 8601 date such as 2021-02-26');

const textArticle = z.strictObject({
	text: z.string().refine((v) => v.trim() !== '', 'must not be empty'),
	published: published.optional(),
	title: z.string().max(1000, 'is longer than 1000 characters').optional(),
	source: z.string().max(200, 'is longer than 200 characters').optional(),
	url: httpUrl.optional(),
	id: z.string().max(200).optional()
});

function check<T>(schema: z.ZodType<T>, value: unknown): T {
	const r = schema.safeParse(value);
	if (!r.success) throw new HttpError(400, describeZodError(r.error));
	return r.data;
}

/** Picks the request form from the fields present, then validates that form strictly. */
function toSources(body: unknown): Source[] {
	if (body === null || typeof body !== 'object' || Array.isArray(body)) {
		throw new HttpError(400, 'body must be a JSON object with "text", "url", "feed" or "articles"');
	}
	const o = body as Record<string, unknown>;
	if ('text' in o) {
		const a = check(textArticle, o);
		return [{ kind: 'text', ...a }];
	}
	if ('articles' in o) {
		const { articles } = check(z.strictObject({ articles: z.array(textArticle).min(1, 'must hold at least one article').max(MAX_BATCH, `must hold at most ${MAX_BATCH} articles`) }), o);
		return articles.map((a, i) => ({ kind: 'text', ...a, id: a.id ?? `articles[${i}]` }));
	}
	if ('feed' in o) return [{ kind: 'feed', url: check(z.strictObject({ feed: httpUrl }), o).feed }];
	if ('url' in o) return [{ kind: 'url', url: check(z.strictObject({ url: httpUrl }), o).url }];
	throw new HttpError(400, 'body must have "text" (with optional "published", "title", "source", "url"), or "url", or "feed", or "articles"');
}

export async function ingestRequest(request: Request, deps: IngestDeps): Promise<Response> {
	return guard(async () => {
		assertSameOrigin(request);
		const body = await readJsonBody(request, deps.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES);
		const sources = toSources(body);
		const s = await ingest(sources, { store: deps.store, fetcher: deps.fetcher, extract: deps.extract, maxFeedItems: MAX_FEED_ITEMS_PER_REQUEST });
		const stored = s.ingested + s.duplicates + s.nearDuplicates;
		return json(
			{
				ingested: s.ingested,
				duplicates: s.duplicates,
				nearDuplicates: s.nearDuplicates,
				failed: s.failed,
				nonEnglish: s.nonEnglish,
				results: s.results.map((r) => ({
					origin: r.origin,
					status: r.status,
					articleId: r.articleId ?? null,
					duplicateOf: r.duplicateOf ?? null,
					events: r.events ?? 0,
					...(r.language ? { language: r.language } : {}),
					...(r.error ? { error: r.error } : {})
				}))
			},
			stored === 0 && s.failed > 0 ? 422 : 200
		);
	});
}
