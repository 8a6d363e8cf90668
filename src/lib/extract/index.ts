/**
 * The extraction entry point: validates the input, settles the reference
 * date, and runs the pipeline (./pipeline.ts). Pure: no I/O, no clock, no
 * dependence on the machine's time zone.
 */
import { InputError, type ArticleInput, type Extraction } from '../core/types';
import { inferPublished } from './temporal/index';
import { runPipeline, type Timings } from './pipeline';

import { EXTRACTOR_VERSION } from './version';

export { EXTRACTOR_VERSION };

const ISO = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

function validDate(s: string): boolean {
	if (!ISO.test(s.trim())) return false;
	const [y, m, d] = s.trim().slice(0, 10).split('-').map(Number);
	const dt = new Date(Date.UTC(y, m - 1, d));
	return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

/** Throws InputError for empty or binary text, or an invalid publication date. */
export function extract(input: ArticleInput, timings?: Timings): Extraction {
	const text = input?.text;
	if (typeof text !== 'string' || text.trim() === '') throw new InputError('empty text: nothing to extract');
	if (/\u0000/.test(text) || (text.match(/[\u0001-\u0008\u000e-\u001f\ufffd]/g)?.length ?? 0) > Math.max(8, text.length / 100)) {
		throw new InputError('the input looks binary, not text');
	}
	let published = input.published ?? undefined;
	let publishedInferred = false;
	if (published != null && published !== '') {
		if (!validDate(published)) throw new InputError(`invalid publication date: ${JSON.stringify(published)} (expected ISO 8601, e.g. 2021-02-26)`);
	} else {
		const inferred = inferPublished(text);
		if (!inferred) throw new InputError('no publication date given and none found in the text');
		published = inferred;
		publishedInferred = true;
	}
	const out = runPipeline({ ...input, text, published, publishedInferred }, timings);
	out.extractor = EXTRACTOR_VERSION;
	return out;
}
