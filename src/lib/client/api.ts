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
