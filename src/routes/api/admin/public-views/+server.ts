import type { RequestHandler } from './$types';
import { guard, json, HttpError } from '../../../../lib/server/api/http';
import { assertSameOrigin, readJsonBody } from '../../../../lib/server/api/body';
import { listPublicViews, markPublic, unmarkPublic } from '../../../../lib/server/auth/index';
import { actor, sqlStore } from '../../../../lib/server/auth/routes';

/** Views (the query string of a timeline/map/network URL) that embeds may show without an account. */
export const GET: RequestHandler = async () => guard(async () => json({ views: await listPublicViews(await sqlStore()) }));

export const POST: RequestHandler = async ({ request, locals }) =>
	guard(async () => {
		assertSameOrigin(request);
		const b = (await readJsonBody(request, 8192)) as { query?: unknown; name?: unknown };
		if (typeof b?.query !== 'string') throw new HttpError(400, 'query must be the view URL or its query string');
		return json(await markPublic(await sqlStore(), b.query, typeof b.name === 'string' ? b.name : '', actor(locals)), 201);
	});

export const DELETE: RequestHandler = async ({ request, url }) =>
	guard(async () => {
		assertSameOrigin(request);
		const id = url.searchParams.get('id');
		if (!id || !/^\d+$/.test(id)) throw new HttpError(400, 'id must be a public view id');
		await unmarkPublic(await sqlStore(), Number(id));
		return json({ ok: true });
	});
