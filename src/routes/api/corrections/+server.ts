import type { RequestHandler } from './$types';
import { guard, json, HttpError } from '../../../lib/server/api/http';
import { assertSameOrigin, readJsonBody } from '../../../lib/server/api/body';
import { correct, listCorrections, type CorrectionInput } from '../../../lib/server/corrections/index';
import { actor, sqlStore } from '../../../lib/server/auth/routes';

/** The audit log (same as GET /api/log). */
export const GET: RequestHandler = async ({ url }) =>
	guard(async () =>
		json(await listCorrections(await sqlStore(), { limit: num(url, 'limit'), offset: num(url, 'offset'), event: url.searchParams.get('event') ?? undefined, actor: url.searchParams.get('actor') ?? undefined }))
	);

/**
 * POST {action, reason, …}: action is edit_event {event, changes}, reject_event {event},
 * merge_events {event, other}, split_event {event, mentions}, merge_actors {actor, other},
 * split_actor {actor, names}, edit_actor {actor, changes: {name?, kind?, country?}}. Answers the log entry and the event/actor it now concerns.
 */
export const POST: RequestHandler = async ({ request, locals }) =>
	guard(async () => {
		assertSameOrigin(request);
		const body = (await readJsonBody(request, 64 * 1024)) as CorrectionInput & { reason?: unknown };
		if (!body || typeof body !== 'object') throw new HttpError(400, 'send a JSON object');
		const reason = typeof body.reason === 'string' ? body.reason : '';
		return json(await correct(await sqlStore(), body, { author: actor(locals), reason }), 201);
	});

function num(url: URL, name: string): number | undefined {
	const v = url.searchParams.get(name);
	if (v === null || v === '') return undefined;
	if (!/^\d+$/.test(v)) throw new HttpError(400, `${name} must be a whole number`);
	return Number(v);
}
