import type { RequestHandler } from './$types';
import { guard, json, HttpError } from '../../../../lib/server/api/http';
import { assertSameOrigin, readJsonBody } from '../../../../lib/server/api/body';
import { authEnabled, BadLogin, login, TooManyAttempts } from '../../../../lib/server/auth/index';
import { sqlStore } from '../../../../lib/server/auth/routes';

export const POST: RequestHandler = async ({ request, cookies, getClientAddress }) =>
	guard(async () => {
		assertSameOrigin(request);
		if (!authEnabled()) throw new HttpError(404, 'accounts are off on this server');
		const body = (await readJsonBody(request, 8192)) as { username?: unknown; password?: unknown };
		try {
			const user = await login(await sqlStore(), cookies, getClientAddress(), body?.username, body?.password);
			return json({ user: { username: user.username, role: user.role } });
		} catch (e) {
			if (e instanceof TooManyAttempts) return json({ error: e.message, status: 429 }, 429, { 'retry-after': String(e.retryAfter) });
			if (e instanceof BadLogin) return json({ error: e.message, status: 401 }, 401);
			throw e;
		}
	});
