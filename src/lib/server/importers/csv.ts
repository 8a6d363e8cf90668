/** RFC 4180 CSV: quoted cells with doubled quotes and line breaks inside quotes; CRLF or LF rows. */
import { InputError } from '../../core/types';

export function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let cell = '';
	let quoted = false;
	let i = 0;
	const s = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	while (i < s.length) {
		const c = s[i];
		if (quoted) {
			if (c === '"') {
				if (s[i + 1] === '"') {
					cell += '"';
					i += 2;
					continue;
				}
				quoted = false;
				i++;
				continue;
			}
			cell += c;
			i++;
			continue;
		}
		if (c === '"' && cell === '') {
			quoted = true;
			i++;
		} else if (c === ',') {
			row.push(cell);
			cell = '';
			i++;
		} else if (c === '\r' || c === '\n') {
			row.push(cell);
			rows.push(row);
			row = [];
			cell = '';
			i += c === '\r' && s[i + 1] === '\n' ? 2 : 1;
		} else {
			cell += c;
			i++;
		}
	}
	if (quoted) throw new InputError('CSV ends inside a quoted cell');
	if (cell !== '' || row.length) {
		row.push(cell);
		rows.push(row);
	}
	return rows.filter((r) => !(r.length === 1 && r[0] === ''));
}

/** Rows as objects keyed by the header row (lower-cased, trimmed). */
export function csvRecords(text: string): Record<string, string>[] {
	const [header, ...rows] = parseCsv(text);
	if (!header) return [];
	const keys = header.map((h) => h.trim().toLowerCase());
	return rows.map((r) => Object.fromEntries(keys.map((k, i) => [k, r[i] ?? ''])));
}

/** Undoes the export's formula guard: a leading apostrophe before = + - @ was added by csvCell. */
export function unguard(v: string): string {
	return /^'[=+\-@\t\r\n]/.test(v) ? v.slice(1) : v;
}
