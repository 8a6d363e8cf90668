/**
 * The read service of the running server, over the shared store (db.ts). The
 * routes under src/routes/api call `serveRead`; if the store is replaced
 * (`setStore`), the service follows it.
 */
import { getStore } from '../db';
import type { Store } from '../store/types';
import { guard } from './http';
import { answerRead, JSON_HEADERS, parseRead, type ReadKind } from './read';
import { ReadService } from './read-service';

let current: { store: Store; service: Promise<ReadService> } | null = null;

function serviceFor(store: Store): Promise<ReadService> {
	if (current?.store !== store) {
		void current?.service.then((s) => s.close()).catch(() => {});
		const service = ReadService.open(store);
		current = { store, service };
		// a service that could not start is tried again on the next request
		service.catch(() => {
			if (current?.service === service) current = null;
		});
	}
	return current.service;
}

/**
 * Opens the store and the read service before the server takes requests (the
 * `init` hook): reader threads started and warmed then, not by the first visitors,
 * whose reads would run on the event loop meanwhile. A failure is reported and
 * left to the first request to try again.
 */
export async function warmReads(timeoutMs?: number): Promise<void> {
	try {
		const w = await (await serviceFor(await getStore())).warm(timeoutMs);
		if (w.threads > 0) process.stderr.write(`sitrep: read API ready: ${w.threads} reader thread(s), ${w.mode}, ${w.ms} ms\n`);
	} catch (e) {
		process.stderr.write(`sitrep: read API not prepared at start (${(e as Error)?.message ?? e}); opening it on the first request\n`);
	}
}

export async function serveRead(request: Request, kind: ReadKind, url: URL, id?: string): Promise<Response> {
	const store = await getStore();
	let service: ReadService;
	try {
		service = await serviceFor(store);
	} catch (e) {
		process.stderr.write(`sitrep: read cache unavailable (${(e as Error)?.message ?? e}); answering uncached\n`);
		return guard(async () => {
			const a = await answerRead(store, parseRead(kind, url, id));
			return new Response(a.body, { status: a.status, headers: { ...JSON_HEADERS, 'cache-control': 'no-store' } });
		});
	}
	return service.respond(request, kind, url, id);
}
