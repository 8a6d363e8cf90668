import type { LayoutServerLoad } from './$types';
import { getStore } from '../../lib/server/db';
import { parseState, toFilter } from '../../lib/client/urlstate';
import { citedSources } from '../citations.server';

/** An embed shows the view its URL describes, nothing else: same parameters as the main page. */
export const load: LayoutServerLoad = async ({ url }) => {
	const state = parseState(url.searchParams);
	const store = await getStore();
	const filter = toFilter(state);
	const windowed = state.brushFrom && state.brushTo ? { ...filter, from: state.brushFrom, to: state.brushTo } : filter;
	const [list, graph, sources] = await Promise.all([store.listEvents({ ...filter, limit: 5000 }), store.graph(windowed), citedSources(store, windowed, 100)]);
	return { state, total: list.total, events: list.events, graph, sources };
};
