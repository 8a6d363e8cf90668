import type { RequestHandler } from './$types';
import { ingestRequest } from '../../../lib/server/api/index';
import { getStore } from '../../../lib/server/db';
import { SafeFetcher } from '../../../lib/server/ingest/fetch';

// No allow-list here: URLs sent by users never reach private or loopback addresses.
const fetcher = new SafeFetcher();

export const POST: RequestHandler = async ({ request }) => ingestRequest(request, { store: await getStore(), fetcher });
