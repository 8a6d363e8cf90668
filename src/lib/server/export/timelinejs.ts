/**
 * TimelineJS 3 JSON. TimelineJS renders `headline` and `text` as HTML, so every
 * string from an article is HTML-escaped here; nothing a source wrote can become markup.
 */
import { html } from './escape';
import type { ExportData } from './types';

interface TlDate {
	year: number;
	month?: number;
	day?: number;
}

/** Only the parts the granularity makes certain: a month-granular event gets no day. */
function tlDate(iso: string, granularity: string | null): TlDate {
	const d: TlDate = { year: Number(iso.slice(0, 4)) };
	if (granularity === 'year' || granularity === 'decade' || granularity === 'century') return d;
	d.month = Number(iso.slice(5, 7));
	if (granularity === 'month' || granularity === 'quarter' || granularity === 'season') return d;
	d.day = Number(iso.slice(8, 10));
	return d;
}

export function toTimelineJs(data: ExportData): object {
	return {
		title: {
			text: {
				headline: 'sitrep timeline',
				text: html(data.description ?? `${data.events.length} events`)
			}
		},
		events: data.events.map((e) => {
			const who = [...new Set(e.roles.map((r) => r.name))].join(', ');
			const outlets = [...new Set(e.sources.map((s) => s.source ?? s.title ?? s.url).filter(Boolean))];
			const lastDay = new Date(Date.parse(e.end) - 1).toISOString();
			const multiDay = lastDay.slice(0, 10) > e.start.slice(0, 10) && e.granularity !== 'month' && e.granularity !== 'year';
			return {
				unique_id: `event-${e.id.replace(/[^A-Za-z0-9_-]/g, '_')}`,
				start_date: tlDate(e.start, e.granularity),
				...(multiDay ? { end_date: tlDate(lastDay, e.granularity) } : {}),
				group: e.type,
				text: {
					headline: html(`${e.type.replace(/_/g, ' ')}${e.placeName ? ` — ${e.placeName}` : ''}`),
					text:
						`<p>${html(e.label)}</p>` +
						(who ? `<p>Actors: ${html(who)}</p>` : '') +
						`<p>Sources (${e.sourceCount}): ${html(outlets.join('; '))}</p>`
				}
			};
		})
	};
}

export function toTimelineJsJson(data: ExportData): string {
	return JSON.stringify(toTimelineJs(data), null, 2) + '\n';
}
