import type { RequestHandler } from './$types';
import { guard, json } from '../../../../../lib/server/api/http';
import { assertSameOrigin, readJsonBody } from '../../../../../lib/server/api/body';
import { removeUser, setPassword, setRole } from '../../../../../lib/server/auth/index';
import { sqlStore } from '../../../../../lib/server/auth/routes';

export const PATCH: RequestHandler = async ({ request, params }) =>
	guard(async () => {
		assertSameOrigin(request);
		const b = (await readJsonBody(request, 8192)) as { role?: string; password?: string };
		const store = await sqlStore();
		if (b?.role !== undefined) await setRole(store, params.name, b.role);
		if (b?.password !== undefined) await setPassword(store, params.name, b.password);
		return json({ ok: true });
	});

export const DELETE: RequestHandler = async ({ request, params }) =>
	guard(async () => {
		assertSameOrigin(request);
		await removeUser(await sqlStore(), params.name);
		return json({ ok: true });
	});
