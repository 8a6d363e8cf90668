import type { RequestHandler } from './$types';
import { guard, json, HttpError } from '../../../../../lib/server/api/http';
import { assertSameOrigin, readJsonBody } from '../../../../../lib/server/api/body';
import { revert } from '../../../../../lib/server/corrections/index';
import { actor, sqlStore } from '../../../../../lib/server/auth/routes';

export const POST: RequestHandler = async ({ request, params, locals }) =>
	guard(async () => {
		assertSameOrigin(request);
		if (!/^\d+$/.test(params.id)) throw new HttpError(400, 'correction id must be a number');
		let reason = '';
		if (request.headers.get('content-length') !== '0' && request.headers.get('content-type')) {
			const b = (await readJsonBody(request, 8192)) as { reason?: unknown };
			if (typeof b?.reason === 'string') reason = b.reason;
		}
		return json(await revert(await sqlStore(), Number(params.id), { author: actor(locals), reason }), 201);
	});
