import type { RequestHandler } from './$types';
import { guard, json } from '../../../../lib/server/api/http';
import { assertSameOrigin } from '../../../../lib/server/api/body';
import { logout } from '../../../../lib/server/auth/index';
import { sqlStore } from '../../../../lib/server/auth/routes';

export const POST: RequestHandler = async ({ request, cookies }) =>
	guard(async () => {
		assertSameOrigin(request);
		await logout(await sqlStore(), cookies);
		return json({ ok: true });
	});
