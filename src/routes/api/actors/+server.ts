import type { RequestHandler } from './$types';
import { serveRead } from '../../../lib/server/api/index';

export const GET: RequestHandler = async ({ request, url }) => serveRead(request, 'actors', url);
