/** Handlers of the read endpoints: events, one event, actors, graph, buckets. */
import { z } from 'zod';
import type { Store } from '../store/types';
import { guard, HttpError, json } from './http';
import { filterShape, pagingShape, parseWith, toFilter } from './params';

export async function listEvents(store: Store, url: URL): Promise<Response> {
	return guard(async () => {
		const p = parseWith({ ...filterShape, ...pagingShape }, url.searchParams);
		const limit = p.limit ?? 200;
		const offset = p.offset ?? 0;
		const { total, events } = await store.listEvents({ ...toFilter(p), limit, offset });
		return json({ total, limit, offset, events });
	});
}

/** Event ids are what the store hands out; anything else is refused before it reaches a query. */
const EVENT_ID = /^[A-Za-z0-9_.:-]{1,100}$/;

export async function getEvent(store: Store, id: string): Promise<Response> {
	return guard(async () => {
		if (!EVENT_ID.test(id)) throw new HttpError(400, 'event id must be 1–100 letters, digits, or _ . : -');
		const event = await store.getEvent(id);
		if (!event) throw new HttpError(404, `no event with id ${id}`);
		return json(event);
	});
}

export async function listActors(store: Store, url: URL): Promise<Response> {
	return guard(async () => {
		const p = parseWith({ q: z.string().max(200, 'is longer than 200 characters').optional(), limit: pagingShape.limit }, url.searchParams);
		const actors = await store.listActors({ q: p.q, limit: p.limit ?? 100 });
		return json({ actors });
	});
}

export async function graph(store: Store, url: URL): Promise<Response> {
	return guard(async () => {
		const p = parseWith(filterShape, url.searchParams);
		return json(await store.graph(toFilter(p)));
	});
}

const UNITS = ['year', 'month', 'week', 'day', 'hour'] as const;

export async function buckets(store: Store, url: URL): Promise<Response> {
	return guard(async () => {
		const p = parseWith(
			{ ...filterShape, unit: z.enum(UNITS, { error: `must be one of ${UNITS.join(', ')}` }) },
			url.searchParams
		);
		const { unit, ...rest } = p;
		const list = await store.buckets({ ...toFilter(rest), unit });
		return json({ unit, buckets: list });
	});
}
