/** The server hook's entry: the answer to send instead of the page, or null to go on. */
import { getStore } from '../db';
import type { SqlStore } from '../store/sql-store';
import { authorize, needOf, type AuthEvent } from './authorize';
import { authEnabled } from './config';

export async function authorizeRequest(event: AuthEvent): Promise<Response | null> {
	const ingest = event.request.method === 'POST' && event.url.pathname === '/api/ingest';
	// With accounts off only the ingestion limit applies, and it needs no database.
	if (!authEnabled() && !ingest) return null;
	const store = (await getStore()) as unknown as SqlStore;
	return authorize(event, needOf(event), store);
}
