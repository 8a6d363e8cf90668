/**
 * CSV with ACLED's column names, so the rows load into tools built for ACLED
 * data. Columns ACLED has and sitrep cannot know (inter codes, admin2/3,
 * region) are left out rather than filled with guesses; sitrep's own columns
 * follow, prefixed `sitrep_`.
 */
import { EVENT_TYPES } from '../../extract/taxonomy';
import type { EventDetail } from '../store/types';
import type { ExportData } from './types';

export const ACLED_COLUMNS = [
	'event_id_cnty',
	'event_date',
	'year',
	'time_precision',
	'event_type',
	'sub_event_type',
	'actor1',
	'assoc_actor_1',
	'actor2',
	'assoc_actor_2',
	'location',
	'latitude',
	'longitude',
	'geo_precision',
	'source',
	'notes',
	'fatalities',
	'timestamp'
] as const;

export const SITREP_COLUMNS = ['sitrep_type', 'sitrep_date_value', 'sitrep_end_date', 'sitrep_confidence', 'sitrep_source_count', 'sitrep_disputed', 'sitrep_urls'] as const;

const ACLED_TYPE = new Map(EVENT_TYPES.map((t) => [t.id, t.acled]));

/**
 * Quotes a cell per RFC 4180 and defuses spreadsheet formulas: a text cell that
 * starts with = + - @ or a control character gets a leading apostrophe, so
 * "=HYPERLINK(…)" in a headline is shown, not run. Numbers are left alone.
 */
export function csvCell(value: unknown): string {
	if (value === null || value === undefined) return '';
	let s = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : String(value);
	if (typeof value !== 'number' && /^[=+\-@\t\r\n]/.test(s) && !/^[+-]?\d+(\.\d+)?$/.test(s)) s = `'${s}`;
	return /[",\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

/** ACLED time_precision: 1 = the day is known, 2 = within a week or so, 3 = only the month. */
function timePrecision(granularity: string | null): number {
	if (!granularity) return 3;
	if (['second', 'minute', 'hour', 'part-of-day', 'day'].includes(granularity)) return 1;
	if (granularity === 'week') return 2;
	return 3;
}

/** ACLED geo_precision: 1 = the town itself, 2 = near a town or part of a region, 3 = a larger region. */
function geoPrecision(e: EventDetail): string {
	if (e.lat === null || e.lon === null) return '';
	return '2';
}

function roleNames(e: EventDetail, roles: string[]): string[] {
	const seen = new Set<string>();
	for (const r of e.roles) if (roles.includes(r.role)) seen.add(r.name);
	return [...seen];
}

export function eventRow(e: EventDetail): unknown[] {
	const acled = ACLED_TYPE.get(e.type);
	const agents = roleNames(e, ['agent', 'authorizer']);
	const targets = roleNames(e, ['target', 'victim', 'participant']).filter((n) => !agents.includes(n));
	const outlets = [...new Set(e.sources.map((s) => s.source).filter((s): s is string => Boolean(s)))];
	const urls = [...new Set(e.sources.map((s) => s.url).filter((s): s is string => Boolean(s)))];
	const latest = e.sources.reduce((m, s) => (s.published > m ? s.published : m), '');
	const day = e.start.slice(0, 10);
	return [
		e.id,
		day,
		Number(day.slice(0, 4)),
		timePrecision(e.granularity),
		acled?.eventType ?? '',
		acled?.subEventType ?? '',
		agents[0] ?? '',
		agents.slice(1).join('; '),
		targets[0] ?? '',
		targets.slice(1).join('; '),
		e.placeName ?? '',
		e.lat,
		e.lon,
		geoPrecision(e),
		outlets.join('; '),
		e.label,
		e.fatalities ?? 0,
		latest ? Math.floor(Date.parse(latest) / 1000) : '',
		e.type,
		e.dateValue ?? '',
		e.end.slice(0, 10),
		Math.round(e.confidence * 1000) / 1000,
		e.sourceCount,
		e.disputed ? 1 : 0,
		urls.join(' ')
	];
}

export function toCsv(data: ExportData): string {
	const header = [...ACLED_COLUMNS, ...SITREP_COLUMNS].join(',');
	const rows = data.events.map((e) => eventRow(e).map(csvCell).join(','));
	return [header, ...rows].join('\r\n') + '\r\n';
}
