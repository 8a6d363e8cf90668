import type { PageServerLoad } from './$types';
import { getStore } from '../lib/server/db';
import { parseState, toFilter } from '../lib/client/urlstate';

/** Enough marks for a first picture; past it the timeline switches to density bars. */
const EVENT_LIMIT = 5000;

export const load: PageServerLoad = async ({ url }) => {
	const state = parseState(url.searchParams);
	const store = await getStore();
	const filter = toFilter(state);
	const brushed = state.brushFrom && state.brushTo ? { ...filter, from: state.brushFrom, to: state.brushTo } : filter;
	const [list, graph, detail] = await Promise.all([
		store.listEvents({ ...filter, limit: EVENT_LIMIT }),
		store.graph(brushed),
		state.event ? store.getEvent(state.event) : Promise.resolve(null)
	]);
	return { state, total: list.total, events: list.events, graph, detail };
};
