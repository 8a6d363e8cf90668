import type { RequestHandler } from './$types';
import { graph } from '../../../lib/server/api/index';
import { getStore } from '../../../lib/server/db';

export const GET: RequestHandler = async ({ url }) => graph(await getStore(), url);
