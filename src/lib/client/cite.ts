/** Citations of the articles behind a view: APA 7, Chicago (notes-bibliography) and BibTeX. Pure. */

export interface CitedSource {
	title: string | null;
	outlet: string | null;
	url: string | null;
	published: string;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function parts(iso: string) {
	const d = new Date(iso);
	if (!Number.isFinite(d.getTime())) return null;
	return { y: d.getUTCFullYear(), m: MONTHS[d.getUTCMonth()], d: d.getUTCDate() };
}

const untitled = (s: CitedSource) => s.title?.trim() || 'Untitled report';
const outlet = (s: CitedSource) => s.outlet?.trim() || 'Unknown outlet';

/** APA 7 for a news article without a named author: Title. (Year, Month Day). Outlet. URL */
export function apa(s: CitedSource): string {
	const p = parts(s.published);
	const when = p ? `(${p.y}, ${p.m} ${p.d})` : '(n.d.)';
	return `${untitled(s)}. ${when}. ${outlet(s)}.${s.url ? ' ' + s.url : ''}`;
}

/** Chicago bibliography entry for a news article without an author. */
export function chicago(s: CitedSource): string {
	const p = parts(s.published);
	const when = p ? `${p.m} ${p.d}, ${p.y}` : 'n.d.';
	return `“${untitled(s)}.” ${outlet(s)}, ${when}.${s.url ? ' ' + s.url + '.' : ''}`;
}

function bibEscape(v: string): string {
	return v.replace(/[\\{}]/g, (c) => `\\${c}`).replace(/[%&$#_^~]/g, (c) => `\\${c}`);
}

export function bibtexKey(s: CitedSource, used: Set<string>): string {
	const word = (outlet(s).match(/[A-Za-z]+/)?.[0] ?? 'src').toLowerCase();
	const year = parts(s.published)?.y ?? 'nd';
	const title = (untitled(s).match(/[A-Za-z]{4,}/)?.[0] ?? 'news').toLowerCase();
	let key = `${word}${year}${title}`;
	for (let i = 2; used.has(key); i++) key = `${word}${year}${title}${i}`;
	used.add(key);
	return key;
}

export function bibtex(list: readonly CitedSource[]): string {
	const used = new Set<string>();
	return list
		.map((s) => {
			const p = parts(s.published);
			const fields = [
				['title', `{${bibEscape(untitled(s))}}`],
				['journal', bibEscape(outlet(s))],
				['year', p ? String(p.y) : ''],
				['month', p ? p.m.slice(0, 3).toLowerCase() : ''],
				['date', p ? s.published.slice(0, 10) : ''],
				['url', s.url ?? '']
			].filter(([, v]) => v);
			return `@article{${bibtexKey(s, used)},\n${fields.map(([k, v]) => `  ${k} = {${v}}`).join(',\n')}\n}`;
		})
		.join('\n\n');
}

/** One entry per article, oldest first, however many events it supports. */
export function uniqueSources(list: readonly CitedSource[]): CitedSource[] {
	const seen = new Map<string, CitedSource>();
	for (const s of list) {
		const key = s.url ?? `${s.outlet}|${s.title}|${s.published}`;
		if (!seen.has(key)) seen.set(key, s);
	}
	return [...seen.values()].sort((a, b) => (a.published < b.published ? -1 : a.published > b.published ? 1 : 0));
}
