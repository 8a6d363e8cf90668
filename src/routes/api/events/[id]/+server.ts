import type { RequestHandler } from './$types';
import { getEvent } from '../../../../lib/server/api/index';
import { getStore } from '../../../../lib/server/db';

export const GET: RequestHandler = async ({ params }) => getEvent(await getStore(), params.id);
