import type { RequestHandler } from './$types';
import { buckets } from '../../../lib/server/api/index';
import { getStore } from '../../../lib/server/db';

export const GET: RequestHandler = async ({ url }) => buckets(await getStore(), url);
