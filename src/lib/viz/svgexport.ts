/**
 * The timeline as a standalone vector SVG (title, legend and sources inside the
 * picture, so it stands on its own in a report), and a self-contained HTML page
 * around it. Pure string building: every text goes through esc().
 */
import type { PlacedMark } from './timeline';

export interface TimelineSnapshot {
	width: number;
	labelW: number;
	axisH: number;
	laneH: number;
	lanes: string[];
	ticks: { x: number; label: string }[];
	marks: PlacedMark[];
	bars: { x0: number; x1: number; y0: number; y1: number; colour: string }[];
	legend: { label: string; colour: string }[];
	colourOf: Record<string, string>;
}

export interface ExportMeta {
	title: string;
	subtitle?: string;
	sources: string[];
}

export function esc(s: string): string {
	return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const r = (v: number) => Math.round(v * 10) / 10;

export function timelineSvg(s: TimelineSnapshot, meta: ExportMeta): string {
	const top = 46;
	const plotW = s.width - s.labelW - 12;
	const plotH = s.lanes.length * s.laneH;
	const legendY = top + s.axisH + plotH + 22;
	const sources = meta.sources.slice(0, 12);
	const more = meta.sources.length - sources.length;
	const height = legendY + 26 + (sources.length + (more > 0 ? 1 : 0)) * 14 + 24;
	const o: string[] = [];
	o.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${s.width}" height="${height}" viewBox="0 0 ${s.width} ${height}" font-family="Helvetica, Arial, sans-serif">`);
	o.push(`<rect width="100%" height="100%" fill="#ffffff"/>`);
	o.push(`<text x="12" y="22" font-size="17" font-weight="bold" fill="#111">${esc(meta.title)}</text>`);
	if (meta.subtitle) o.push(`<text x="12" y="39" font-size="12" fill="#444">${esc(meta.subtitle)}</text>`);
	o.push(`<g transform="translate(0,${top})">`);
	s.lanes.forEach((lane, i) => {
		const y = s.axisH + i * s.laneH;
		o.push(`<rect x="${s.labelW}" y="${y}" width="${plotW}" height="${s.laneH}" fill="${i % 2 ? '#fafafa' : '#f3f5f7'}"/>`);
		o.push(`<text x="${s.labelW - 6}" y="${r(y + s.laneH / 2 + 4)}" font-size="11" text-anchor="end" fill="#222">${esc(lane.replace(/_/g, ' '))}</text>`);
	});
	for (const t of s.ticks) {
		o.push(`<line x1="${r(s.labelW + t.x)}" x2="${r(s.labelW + t.x)}" y1="14" y2="${s.axisH + plotH}" stroke="#dddddd"/>`);
		o.push(`<text x="${r(s.labelW + t.x)}" y="10" font-size="10" text-anchor="middle" fill="#333">${esc(t.label)}</text>`);
	}
	o.push(`<g transform="translate(${s.labelW},${s.axisH})">`);
	for (const b of s.bars) o.push(`<rect x="${r(b.x0)}" y="${r(b.y0)}" width="${r(Math.max(1, b.x1 - b.x0 - 1))}" height="${r(b.y1 - b.y0)}" fill="${b.colour}" fill-opacity="0.55"/>`);
	for (const m of s.marks) {
		if (m.x1 < 0 || m.x0 > plotW) continue;
		const c = s.colourOf[m.type] ?? '#999999';
		if (m.span) {
			const x0 = Math.max(0, m.x0);
			const w = Math.max(2, Math.min(plotW, m.x1) - x0);
			o.push(`<rect x="${r(x0)}" y="${r(m.y - 4)}" width="${r(w)}" height="8" fill="${c}" fill-opacity="0.35" stroke="${c}"/>`);
		} else {
			o.push(`<circle cx="${r(m.x)}" cy="${r(m.y)}" r="5" fill="${c}"><title>${esc(m.label)}</title></circle>`);
		}
		if (m.disputed) o.push(`<rect x="${r(m.span ? m.x0 - 1 : m.x - 8)}" y="${r(m.y - 7)}" width="${r(m.span ? m.x1 - m.x0 + 2 : 16)}" height="14" fill="none" stroke="#111" stroke-dasharray="3 2"/>`);
	}
	o.push(`</g></g>`);
	let lx = 12;
	for (const l of s.legend) {
		o.push(`<circle cx="${lx + 5}" cy="${legendY - 4}" r="5" fill="${l.colour}"/><text x="${lx + 14}" y="${legendY}" font-size="11" fill="#222">${esc(l.label)}</text>`);
		lx += 24 + l.label.length * 6.2;
	}
	o.push(`<rect x="${lx}" y="${legendY - 10}" width="14" height="12" fill="none" stroke="#111" stroke-dasharray="3 2"/><text x="${lx + 18}" y="${legendY}" font-size="11" fill="#222">sources disagree</text>`);
	let y = legendY + 24;
	o.push(`<text x="12" y="${y}" font-size="11" font-weight="bold" fill="#222">Sources</text>`);
	for (const src of sources) o.push(`<text x="12" y="${(y += 14)}" font-size="10" fill="#333">${esc(src)}</text>`);
	if (more > 0) o.push(`<text x="12" y="${(y += 14)}" font-size="10" fill="#333">… and ${more} more</text>`);
	o.push(`<text x="12" y="${y + 18}" font-size="9" fill="#777">Made with sitrep</text>`);
	o.push(`</svg>`);
	return o.join('\n');
}

export interface HtmlRow {
	date: string;
	type: string;
	label: string;
	place: string;
}

/** A page that needs no server and no script: the picture, the events as a table, the sources. */
export function standaloneHtml(svg: string, meta: ExportMeta, rows: HtmlRow[]): string {
	return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(meta.title)}</title>
<style>body{font:14px/1.4 Helvetica,Arial,sans-serif;margin:16px;color:#111}svg{max-width:100%;height:auto}table{border-collapse:collapse;margin-top:12px}td,th{border:1px solid #ccc;padding:3px 6px;text-align:left;vertical-align:top}</style>
</head><body>
<h1>${esc(meta.title)}</h1>
${meta.subtitle ? `<p>${esc(meta.subtitle)}</p>` : ''}
<figure>${svg}</figure>
<h2>Events</h2>
<table><thead><tr><th>Date</th><th>Type</th><th>Place</th><th>What</th></tr></thead><tbody>
${rows.map((e) => `<tr><td>${esc(e.date)}</td><td>${esc(e.type)}</td><td>${esc(e.place)}</td><td>${esc(e.label)}</td></tr>`).join('\n')}
</tbody></table>
<h2>Sources</h2>
<ol>${meta.sources.map((s) => `<li>${esc(s)}</li>`).join('')}</ol>
</body></html>
`;
}
