import type { RequestHandler } from './$types';
import { json } from '../../../../lib/server/api/http';
import { authEnabled, requestUser } from '../../../../lib/server/auth/index';
import { sqlStore } from '../../../../lib/server/auth/routes';

export const GET: RequestHandler = async (event) => {
	if (!authEnabled()) return json({ auth: false, user: null });
	const user = await requestUser(event, await sqlStore());
	return json({ auth: true, user: user ? { username: user.username, role: user.role } : null });
};
