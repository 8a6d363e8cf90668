/**
 * Re-extraction: the current extractor runs again over stored articles; each
 * article's old mentions leave the graph, the new extraction is linked, and the
 * correction overlay is re-applied to everything it touched, so that what people
 * fixed stays fixed. One transaction per article (a crash loses at most one; a
 * re-run finishes the job because done articles carry the new version).
 */
import type { Kysely } from 'kysely';
import type { ArticleInput, Extraction } from '../../core/types';
import { emptyExtraction } from '../../core/extraction';
import { linkArticleTx } from '../store/save';
import type { SqlStore } from '../store/sql-store';
import type { DB } from '../store/schema';
import { asFull, type FullDB } from '../store/migrations-analyst';
import { afterArticleLinked, reapplyAll } from './overlay';
import { unlinkArticle } from './sources';

type Db = Kysely<FullDB>;
export type ExtractFn = (input: ArticleInput) => Extraction | Promise<Extraction>;

export interface ReextractOptions {
	/** the extractor (default: src/lib/extract's extract()). */
	extract?: ExtractFn;
	/** version the extractor reports (default EXTRACTOR_VERSION, else what the extraction says). */
	version?: string;
	/** only articles whose recorded extractor version is this one or later (e.g. a version known to be wrong). */
	since?: string;
	onProgress?: (done: number, total: number) => void;
	/**
	 * Articles being extracted at once, ahead of the one being relinked (default 1). More pays only with an
	 * `extract` that runs elsewhere (the ingest's extraction threads); articles are still relinked in order.
	 */
	ahead?: number;
}

export interface EventFacts {
	type: string;
	date: string | null;
	place: string | null;
	fatalities: number | null;
}

export interface ArticleChange {
	articleId: string;
	title: string | null;
	before: EventFacts[];
	after: EventFacts[];
}

export interface ReextractReport {
	version: string;
	articles: number;
	changed: number;
	unchanged: number;
	failed: { articleId: string; error: string }[];
	mentionsBefore: number;
	mentionsAfter: number;
	eventsBefore: number;
	eventsAfter: number;
	correctionsReapplied: number;
	changes: ArticleChange[];
}

/** Compares dotted versions numerically where they are numbers ("0.10.0" > "0.9.1"); other text compares as text. */
export function compareVersions(a: string, b: string): number {
	const pa = a.split(/[.\-+]/), pb = b.split(/[.\-+]/);
	for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
		const x = pa[i] ?? '', y = pb[i] ?? '';
		const nx = /^\d+$/.test(x) ? Number(x) : NaN, ny = /^\d+$/.test(y) ? Number(y) : NaN;
		const c = Number.isNaN(nx) || Number.isNaN(ny) ? x.localeCompare(y) : nx - ny;
		if (c !== 0) return c;
	}
	return 0;
}

async function loadExtractor(): Promise<{ extract: ExtractFn; version?: string }> {
	const mod = (await import('../../extract/index')) as { extract: ExtractFn; EXTRACTOR_VERSION?: string };
	return { extract: mod.extract, version: mod.EXTRACTOR_VERSION };
}

async function factsOf(db: Db, articleId: number): Promise<EventFacts[]> {
	const rows = await db.selectFrom('mentions').select(['type', 'date_value', 'place_name', 'fatalities']).where('article_id', '=', articleId).orderBy('evidence_start').orderBy('type').execute();
	return rows.map((r) => ({ type: r.type, date: r.date_value, place: r.place_name, fatalities: r.fatalities }));
}

const count = async (db: Db, t: 'mentions' | 'events') => Number((await db.selectFrom(t).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

export async function reextract(store: SqlStore, opts: ReextractOptions = {}): Promise<ReextractReport> {
	const loaded = opts.extract ? { extract: opts.extract, version: opts.version } : await loadExtractor();
	const db = asFull(store.db);
	let rows = await db.selectFrom('articles').select(['id', 'extractor_version', 'language']).orderBy('id').execute();
	if (opts.since) rows = rows.filter((r) => r.extractor_version !== null && compareVersions(r.extractor_version, opts.since!) >= 0);
	const report: ReextractReport = {
		version: opts.version ?? loaded.version ?? 'unknown',
		articles: 0,
		changed: 0,
		unchanged: 0,
		failed: [],
		mentionsBefore: await count(db, 'mentions'),
		mentionsAfter: 0,
		eventsBefore: await count(db, 'events'),
		eventsAfter: 0,
		correctionsReapplied: 0,
		changes: []
	};
	const loadArticle = (id: number) => db.selectFrom('articles').selectAll().where('id', '=', id).executeTakeFirst();
	type Stored = NonNullable<Awaited<ReturnType<typeof loadArticle>>>;
	// Articles stored without extraction (not English) stay so: they are flagged, not mis-read as English.
	const isEnglish = (art: Stored) => !art.language || art.language === 'en' || art.language === 'eng';
	/** Never rejects: a failed extraction is the article's result. */
	const extractionOf = async (art: Stored): Promise<{ ex: Extraction } | { error: string }> => {
		try {
			return {
				ex: isEnglish(art)
					? await loaded.extract({ text: art.text, published: art.published, url: art.url ?? undefined, title: art.title ?? undefined, source: art.source ?? undefined })
					: emptyExtraction({ published: art.published, language: art.language ?? undefined })
			};
		} catch (e) {
			return { error: (e as Error).message };
		}
	};
	// Articles read and being extracted ahead of the one being relinked, oldest first.
	const ahead: { art: Stored; extraction: Promise<{ ex: Extraction } | { error: string }> }[] = [];
	const wanted = Math.max(1, Math.floor(opts.ahead ?? 1));
	let next = 0;
	const fill = async () => {
		while (ahead.length < wanted && next < rows.length) {
			const art = await loadArticle(rows[next++].id);
			if (art) ahead.push({ art, extraction: extractionOf(art) });
		}
	};
	let done = 0;
	for (await fill(); ahead.length > 0; await fill()) {
		const { art, extraction } = ahead.shift()!;
		const english = isEnglish(art);
		const result = await extraction;
		if ('error' in result) {
			report.failed.push({ articleId: String(art.id), error: result.error });
			opts.onProgress?.(++done, rows.length);
			continue;
		}
		const ex = result.ex;
		const version = english ? (ex.extractor ?? report.version) : art.extractor_version;
		if (english && !ex.extractor) ex.extractor = version ?? undefined;
		const change = await store.transaction(async (raw) => {
			const tx = asFull(raw);
			const before = await factsOf(tx, art.id);
			await unlinkArticle(tx, store.kind, art.id);
			await linkArticleTx(raw as unknown as Kysely<DB>, store.kind, { articleId: art.id, story: art.story_id ?? art.id, original: art.duplicate_of, published: art.published }, ex);
			await tx.updateTable('articles').set({ extractor_version: version ?? null }).where('id', '=', art.id).execute();
			await tx.updateTable('mentions').set({ extractor_version: version ?? null }).where('article_id', '=', art.id).execute();
			await afterArticleLinked(tx, store.kind, art.id);
			return { articleId: String(art.id), title: art.title, before, after: await factsOf(tx, art.id) };
		});
		report.articles++;
		if (JSON.stringify(change.before) === JSON.stringify(change.after)) report.unchanged++;
		else {
			report.changed++;
			report.changes.push(change);
		}
		opts.onProgress?.(++done, rows.length);
	}
	// A merge across two articles is whole again only once both are relinked: a last pass over every correction.
	report.correctionsReapplied = await store.transaction((raw) => reapplyAll(asFull(raw), store.kind));
	report.mentionsAfter = await count(db, 'mentions');
	report.eventsAfter = await count(db, 'events');
	return report;
}
