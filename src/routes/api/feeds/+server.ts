import type { RequestHandler } from './$types';
import { guard, json, HttpError } from '../../../lib/server/api/http';
import { assertSameOrigin, readJsonBody } from '../../../lib/server/api/body';
import { listFeeds, parseInterval, subscribe, unsubscribe } from '../../../lib/server/feeds/index';
import { sqlStore } from '../../../lib/server/auth/routes';

/** Subscriptions with their last-polled status. */
export const GET: RequestHandler = async () => guard(async () => json({ feeds: await listFeeds(await sqlStore()) }));

/** POST {url, interval: "15m" | seconds}: subscribe (or change the interval). */
export const POST: RequestHandler = async ({ request }) =>
	guard(async () => {
		assertSameOrigin(request);
		const b = (await readJsonBody(request, 8192)) as { url?: unknown; interval?: unknown };
		if (typeof b?.url !== 'string') throw new HttpError(400, 'url must be the feed URL');
		const interval = parseInterval(String(b.interval ?? '30m'));
		return json({ feed: await subscribe(await sqlStore(), b.url, interval) }, 201);
	});

export const DELETE: RequestHandler = async ({ request, url }) =>
	guard(async () => {
		assertSameOrigin(request);
		const id = url.searchParams.get('id');
		if (!id || !/^\d+$/.test(id)) throw new HttpError(400, 'id must be a feed id');
		await unsubscribe(await sqlStore(), id);
		return json({ ok: true });
	});
