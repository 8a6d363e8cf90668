import type { RequestHandler } from './$types';
import { exportSelection } from '../../../lib/server/api/index';
import { getStore } from '../../../lib/server/db';

export const GET: RequestHandler = async ({ url }) => exportSelection(await getStore(), url);
