import type { RequestHandler } from './$types';
import { guard, json, HttpError } from '../../../../lib/server/api/http';
import { actorForCorrection } from '../../../../lib/server/corrections/index';
import { sqlStore } from '../../../../lib/server/auth/routes';

/** One actor as the actor panel corrects it: facts, the names it was written as, the corrections naming it. */
export const GET: RequestHandler = async ({ params }) =>
	guard(async () => {
		const a = await actorForCorrection(await sqlStore(), params.id);
		if (!a) throw new HttpError(404, `no actor ${params.id}`);
		return json(a);
	});
