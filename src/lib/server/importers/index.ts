/** Bringing existing datasets in: ACLED-style CSV and sitrep JSON exports, stored as events with their sources. */
import fs from 'node:fs';
import { InputError } from '../../core/types';
import type { Store } from '../store/types';
import { acledRowToArticle } from './acled';
import { csvRecords } from './csv';
import { sitrepJsonToArticles } from './sitrep-json';

export { parseCsv, csvRecords } from './csv';
export { acledRowToArticle, typeOf } from './acled';
export { sitrepJsonToArticles } from './sitrep-json';

export interface ImportSummary {
	format: 'acled-csv' | 'sitrep-json';
	rows: number;
	imported: number;
	duplicates: number;
	failed: { line: number; error: string }[];
}

export function detectFormat(name: string, text: string): 'acled-csv' | 'sitrep-json' {
	if (/\.json$/i.test(name) || /^\s*\{/.test(text)) return 'sitrep-json';
	if (/\.csv$/i.test(name) || /event_date/i.test(text.slice(0, 2000))) return 'acled-csv';
	throw new InputError(`cannot tell the format of ${name}: expected an ACLED-style .csv or a sitrep .json export`);
}

export async function importText(store: Pick<Store, 'saveArticle'>, text: string, format: ImportSummary['format'], onProgress?: (done: number, total: number) => void): Promise<ImportSummary> {
	const summary: ImportSummary = { format, rows: 0, imported: 0, duplicates: 0, failed: [] };
	let items: { line: number; make: () => ReturnType<typeof acledRowToArticle> }[];
	if (format === 'acled-csv') {
		const recs = csvRecords(text);
		if (recs.length && !('event_date' in recs[0])) throw new InputError('not an ACLED-style CSV: no event_date column');
		items = recs.map((r, i) => ({ line: i + 2, make: () => acledRowToArticle(r, i + 2) }));
	} else {
		let doc: unknown;
		try {
			doc = JSON.parse(text);
		} catch (e) {
			throw new InputError(`not valid JSON: ${(e as Error).message}`);
		}
		items = sitrepJsonToArticles(doc).map((x, i) => ({ line: i + 1, make: () => x }));
	}
	summary.rows = items.length;
	for (const [i, it] of items.entries()) {
		try {
			const { article, extraction } = it.make();
			const r = await store.saveArticle(article, extraction);
			if (r.inserted) summary.imported++;
			else summary.duplicates++;
		} catch (e) {
			if (!(e instanceof InputError) && !/invalid publication date/.test((e as Error).message)) throw e;
			summary.failed.push({ line: it.line, error: (e as Error).message });
		}
		onProgress?.(i + 1, items.length);
	}
	return summary;
}

export async function importFile(store: Pick<Store, 'saveArticle'>, file: string, onProgress?: (done: number, total: number) => void): Promise<ImportSummary> {
	const text = fs.readFileSync(file, 'utf8');
	return importText(store, text, detectFormat(file, text), onProgress);
}
