/** The articles behind a selection of events, for citation footers and the "cite" action. */
import type { EventFilter, Store } from '../lib/server/store/types';
import { uniqueSources, type CitedSource } from '../lib/client/cite';

/** At most `maxEvents` events are read in detail: a citation list longer than that is not read by anyone. */
export async function citedSources(store: Store, filter: EventFilter, maxEvents = 200): Promise<CitedSource[]> {
	const { events } = await store.listEvents({ ...filter, limit: maxEvents });
	const details = await Promise.all(events.map((e) => store.getEvent(e.id)));
	return uniqueSources(
		details.flatMap((d) => (d ? d.sources.map((s) => ({ title: s.title, outlet: s.source, url: s.url, published: s.published })) : []))
	);
}
