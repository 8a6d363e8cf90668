import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getStore } from '../../lib/server/db';
import { parseState, toFilter } from '../../lib/client/urlstate';
import { citedSources } from '../citations.server';

/** GET /cite?<view query>: the articles behind the events of a view (brushed window if any), as JSON. */
export const GET: RequestHandler = async ({ url }) => {
	const state = parseState(url.searchParams);
	const filter = toFilter(state);
	const windowed = state.brushFrom && state.brushTo ? { ...filter, from: state.brushFrom, to: state.brushTo } : filter;
	return json(await citedSources(await getStore(), windowed));
};
