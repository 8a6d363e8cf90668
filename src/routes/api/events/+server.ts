import type { RequestHandler } from './$types';
import { listEvents } from '../../../lib/server/api/index';
import { getStore } from '../../../lib/server/db';

export const GET: RequestHandler = async ({ url }) => listEvents(await getStore(), url);
