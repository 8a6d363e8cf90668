/**
 * The whole view lives in the URL so that any view is a link that restores exactly:
 * filters (what is shown), the visible window and brush (where you look), the lane
 * choice, the colouring and the open event. Pure functions, usable on the server.
 */
import type { LaneBy } from '../viz/timeline';

export type ColourBy = 'kind' | 'community';

export interface ViewState {
	q: string;
	types: string[];
	actors: string[];
	places: string[];
	sources: string[];
	/** filter window (inclusive start, exclusive end), ISO dates or ''. */
	from: string;
	to: string;
	minConfidence: number;
	lanes: LaneBy;
	colour: ColourBy;
	/** visible window of the timeline, ISO instants or '' for "fit the data". */
	viewFrom: string;
	viewTo: string;
	/** brushed window, ISO instants or ''. */
	brushFrom: string;
	brushTo: string;
	event: string;
}

export const EMPTY: ViewState = {
	q: '',
	types: [],
	actors: [],
	places: [],
	sources: [],
	from: '',
	to: '',
	minConfidence: 0,
	lanes: 'type',
	colour: 'kind',
	viewFrom: '',
	viewTo: '',
	brushFrom: '',
	brushTo: '',
	event: ''
};

const LANES: LaneBy[] = ['type', 'actor', 'place', 'source'];

function list(p: URLSearchParams, key: string): string[] {
	return p
		.getAll(key)
		.flatMap((v) => v.split(','))
		.map((v) => v.trim())
		.filter(Boolean);
}

function iso(value: string | null): string {
	if (!value) return '';
	return Number.isFinite(Date.parse(value)) ? value : '';
}

export function parseState(p: URLSearchParams): ViewState {
	const conf = Number(p.get('minConfidence'));
	const lanes = p.get('lanes') as LaneBy;
	return {
		q: (p.get('q') ?? '').slice(0, 200),
		types: list(p, 'type'),
		actors: list(p, 'actor'),
		places: list(p, 'place'),
		sources: list(p, 'source'),
		from: iso(p.get('from')),
		to: iso(p.get('to')),
		minConfidence: Number.isFinite(conf) ? Math.min(1, Math.max(0, conf)) : 0,
		lanes: LANES.includes(lanes) ? lanes : 'type',
		colour: p.get('colour') === 'community' ? 'community' : 'kind',
		viewFrom: iso(p.get('vf')),
		viewTo: iso(p.get('vt')),
		brushFrom: iso(p.get('bf')),
		brushTo: iso(p.get('bt')),
		event: (p.get('event') ?? '').slice(0, 200)
	};
}

/** Only what differs from the defaults goes in the URL, in a fixed order, so equal views give equal links. */
export function stateParams(s: ViewState): URLSearchParams {
	const p = new URLSearchParams();
	if (s.q) p.set('q', s.q);
	for (const t of s.types) p.append('type', t);
	for (const a of s.actors) p.append('actor', a);
	for (const pl of s.places) p.append('place', pl);
	for (const so of s.sources) p.append('source', so);
	if (s.from) p.set('from', s.from);
	if (s.to) p.set('to', s.to);
	if (s.minConfidence > 0) p.set('minConfidence', String(s.minConfidence));
	if (s.lanes !== 'type') p.set('lanes', s.lanes);
	if (s.colour !== 'kind') p.set('colour', s.colour);
	if (s.viewFrom && s.viewTo) {
		p.set('vf', s.viewFrom);
		p.set('vt', s.viewTo);
	}
	if (s.brushFrom && s.brushTo) {
		p.set('bf', s.brushFrom);
		p.set('bt', s.brushTo);
	}
	if (s.event) p.set('event', s.event);
	return p;
}

export function stateQuery(s: ViewState): string {
	const q = stateParams(s).toString();
	return q ? `?${q}` : '';
}

/** The Store's EventFilter for the filters of a view (the window and selection are not filters). */
export function toFilter(s: ViewState) {
	return {
		q: s.q || undefined,
		types: s.types.length ? s.types : undefined,
		actors: s.actors.length ? s.actors : undefined,
		places: s.places.length ? s.places : undefined,
		sources: s.sources.length ? s.sources : undefined,
		from: s.from || undefined,
		to: s.to || undefined,
		minConfidence: s.minConfidence > 0 ? s.minConfidence : undefined
	};
}

/** Query string for the JSON API (/api/events, /api/graph, /api/buckets, /api/export). */
export function apiParams(s: ViewState, window?: { from?: string; to?: string }): URLSearchParams {
	const p = new URLSearchParams();
	if (s.q) p.set('q', s.q);
	for (const t of s.types) p.append('type', t);
	for (const a of s.actors) p.append('actor', a);
	for (const pl of s.places) p.append('place', pl);
	for (const so of s.sources) p.append('source', so);
	const from = window?.from ?? s.from;
	const to = window?.to ?? s.to;
	if (from) p.set('from', from);
	if (to) p.set('to', to);
	if (s.minConfidence > 0) p.set('minConfidence', String(s.minConfidence));
	return p;
}

/** A human title for a view: what is filtered, in words, for exports and embeds. */
export function describeView(s: ViewState): string {
	const parts: string[] = [];
	if (s.types.length) parts.push(s.types.map((t) => t.replace(/_/g, ' ')).join(', '));
	else parts.push('Events');
	if (s.q) parts.push(`matching “${s.q}”`);
	if (s.actors.length) parts.push(`involving ${s.actors.join(', ')}`);
	if (s.places.length) parts.push(`in ${s.places.join(', ')}`);
	if (s.sources.length) parts.push(`reported by ${s.sources.join(', ')}`);
	const from = s.brushFrom || s.from;
	const to = s.brushTo || s.to;
	if (from && to) parts.push(`${from.slice(0, 10)} to ${to.slice(0, 10)}`);
	else if (from) parts.push(`since ${from.slice(0, 10)}`);
	else if (to) parts.push(`until ${to.slice(0, 10)}`);
	return parts.join(' ');
}
