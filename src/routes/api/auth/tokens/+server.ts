import type { RequestHandler } from './$types';
import { guard, json } from '../../../../lib/server/api/http';
import { assertSameOrigin, readJsonBody } from '../../../../lib/server/api/body';
import { createToken } from '../../../../lib/server/auth/index';
import { requireUser, sqlStore } from '../../../../lib/server/auth/routes';

/** A new API token for the signed-in account; the token is shown once. */
export const POST: RequestHandler = async ({ request, locals }) =>
	guard(async () => {
		assertSameOrigin(request);
		const user = requireUser(locals);
		const body = (await readJsonBody(request, 4096)) as { name?: unknown };
		const t = await createToken(await sqlStore(), user.username, typeof body?.name === 'string' ? body.name : 'token');
		return json(t, 201);
	});
