import type { RequestHandler } from './$types';
import { listActors } from '../../../lib/server/api/index';
import { getStore } from '../../../lib/server/db';

export const GET: RequestHandler = async ({ url }) => listActors(await getStore(), url);
