import type { RequestHandler } from './$types';
import { guard, json, HttpError } from '../../../lib/server/api/http';
import { listCorrections } from '../../../lib/server/corrections/index';
import { sqlStore } from '../../../lib/server/auth/routes';

/** GET /api/log?limit&offset&event&author: corrections, newest first. */
export const GET: RequestHandler = async ({ url }) =>
	guard(async () => {
		const n = (k: string) => {
			const v = url.searchParams.get(k);
			if (v === null || v === '') return undefined;
			if (!/^\d+$/.test(v)) throw new HttpError(400, `${k} must be a whole number`);
			return Number(v);
		};
		return json(
			await listCorrections(await sqlStore(), { limit: n('limit'), offset: n('offset'), event: url.searchParams.get('event') ?? undefined, author: url.searchParams.get('author') ?? undefined })
		);
	});
