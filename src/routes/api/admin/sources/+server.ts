import type { RequestHandler } from './$types';
import { guard, json, HttpError } from '../../../../lib/server/api/http';
import { assertSameOrigin } from '../../../../lib/server/api/body';
import { deleteArticle, deleteOutlet, listOutlets } from '../../../../lib/server/corrections/sources';
import { sqlStore } from '../../../../lib/server/auth/routes';

/** Outlets with their article counts. */
export const GET: RequestHandler = async () => guard(async () => json({ outlets: await listOutlets(await sqlStore()) }));

/** DELETE ?article=ID or ?outlet=NAME: the article(s) go, their events lose them; the report lists affected corrections. */
export const DELETE: RequestHandler = async ({ request, url }) =>
	guard(async () => {
		assertSameOrigin(request);
		const article = url.searchParams.get('article'), outlet = url.searchParams.get('outlet');
		if ((article === null) === (outlet === null)) throw new HttpError(400, 'give exactly one of article=ID or outlet=NAME');
		const store = await sqlStore();
		return json(article !== null ? await deleteArticle(store, article) : await deleteOutlet(store, outlet!));
	});
