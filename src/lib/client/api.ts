/** Thin typed wrappers over the JSON API; every call goes to the same origin. */
import type { EventDetail, EventSummary, GraphSelection, Bucket } from '../server/store/types';

async function json<T>(path: string, fetcher: typeof fetch = fetch): Promise<T> {
	const res = await fetcher(path, { headers: { accept: 'application/json' } });
	if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
	return (await res.json()) as T;
}

export const api = {
	event: (id: string, f?: typeof fetch) => json<EventDetail>(`/api/events/${encodeURIComponent(id)}`, f),
	events: (params: URLSearchParams, f?: typeof fetch) => json<{ total: number; events: EventSummary[] }>(`/api/events?${params}`, f),
	graph: (params: URLSearchParams, f?: typeof fetch) => json<GraphSelection>(`/api/graph?${params}`, f),
	buckets: (params: URLSearchParams, f?: typeof fetch) => json<Bucket[] | { buckets: Bucket[] }>(`/api/buckets?${params}`, f)
};

export type PostOutcome = { ok: true; body: Record<string, unknown> } | { ok: false; error: string };

/**
 * A JSON write (corrections, reverts) with the server's refusal turned into a sentence a
 * person can act on; never throws, so a panel can show the error beside its form.
 */
export async function postJson(path: string, body: unknown, fetcher: typeof fetch = fetch): Promise<PostOutcome> {
	try {
		const res = await fetcher(path, {
			method: 'POST',
			headers: { 'content-type': 'application/json', accept: 'application/json' },
			body: JSON.stringify(body)
		});
		const out = (await res.json().catch(() => ({}))) as Record<string, unknown>;
		if (!res.ok) return { ok: false, error: typeof out.error === 'string' ? out.error : `the correction was refused (HTTP ${res.status})` };
		return { ok: true, body: out };
	} catch (e) {
		return { ok: false, error: `could not reach the server (${(e as Error).message})` };
	}
}
