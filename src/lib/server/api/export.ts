/** GET /api/export?format=…&filters — the current selection as a download. */
import { z } from 'zod';
import { collectExport, EXPORT_FORMATS, render } from '../export/index';
import type { Store } from '../store/types';
import { guard, json } from './http';
import { filterShape, parseWith, toFilter } from './params';

/** A download is built in memory; beyond this many events use `sitrep export` from the terminal. */
export const API_EXPORT_MAX_EVENTS = 10_000;

const EXPORT_SHAPE = {
	...filterShape,
	format: z.enum(EXPORT_FORMATS, { error: `must be one of ${EXPORT_FORMATS.join(', ')}` }),
	limit: z
		.string()
		.regex(/^\d+$/, 'must be a whole number')
		.transform(Number)
		.pipe(z.number().int().min(1, 'must be at least 1').max(API_EXPORT_MAX_EVENTS, `must be at most ${API_EXPORT_MAX_EVENTS}`))
		.optional()
};

export async function exportSelection(store: Store, url: URL): Promise<Response> {
	return guard(async () => {
		const p = parseWith(EXPORT_SHAPE, url.searchParams);
		const { format, limit, ...filters } = p;
		const data = await collectExport(store, toFilter(filters), { maxEvents: limit ?? API_EXPORT_MAX_EVENTS, description: `sitrep export (${url.searchParams.toString() || 'all events'})` });
		const out = render(format, data);
		return new Response(out.body, {
			status: 200,
			headers: {
				'content-type': out.contentType,
				'content-disposition': `attachment; filename="sitrep-export.${out.extension}"`,
				'cache-control': 'no-store',
				'x-content-type-options': 'nosniff'
			}
		});
	});
}

export { json };
