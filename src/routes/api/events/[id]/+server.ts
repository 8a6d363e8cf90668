import type { RequestHandler } from './$types';
import { serveRead } from '../../../../lib/server/api/index';

export const GET: RequestHandler = async ({ request, url, params }) => serveRead(request, 'event', url, params.id);
