import type { RequestHandler } from './$types';
import { guard, json } from '../../../../lib/server/api/http';
import { assertSameOrigin, readJsonBody } from '../../../../lib/server/api/body';
import { createUser, listUsers } from '../../../../lib/server/auth/index';
import { sqlStore } from '../../../../lib/server/auth/routes';

// The hook lets only admins reach /api/admin/* when accounts are on.
export const GET: RequestHandler = async () => guard(async () => json({ users: await listUsers(await sqlStore()) }));

export const POST: RequestHandler = async ({ request }) =>
	guard(async () => {
		assertSameOrigin(request);
		const b = (await readJsonBody(request, 8192)) as { username: string; password: string; role: string };
		const u = await createUser(await sqlStore(), { username: b?.username, password: b?.password, role: b?.role ?? 'viewer' });
		return json({ user: u }, 201);
	});
