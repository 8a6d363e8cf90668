/**
 * Reads TimeML (.tml) documents: the creation time, and the plain text of <TEXT>
 * with its gold TIMEX3 spans mapped to offsets in that plain text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface GoldTimex {
	start: number;
	end: number;
	text: string;
	type: string;
	value: string;
}

export interface TimemlDoc {
	id: string;
	dct: string;
	text: string;
	gold: GoldTimex[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function attributes(tag: string): Record<string, string> {
	const out: Record<string, string> = {};
	for (const m of tag.matchAll(/(\w+)="([^"]*)"/g)) out[m[1]] = m[2];
	return out;
}

export function parseTimeml(id: string, xml: string): TimemlDoc {
	const dctTag = /<TIMEX3\b[^>]*functionInDocument="CREATION_TIME"[^>]*>/.exec(xml);
	const dct = dctTag ? attributes(dctTag[0]).value ?? '' : '';
	const open = xml.indexOf('<TEXT>');
	const close = xml.indexOf('</TEXT>');
	const body = open >= 0 && close > open ? xml.slice(open + '<TEXT>'.length, close) : '';
	let text = '';
	const gold: GoldTimex[] = [];
	const stack: { start: number; attrs: Record<string, string> }[] = [];
	// Walk tags and entities, building the plain text and the gold offsets in it.
	const token = /<(\/?)([A-Za-z0-9]+)\b([^>]*)>|&(\w+);|&#(\d+);/g;
	let last = 0;
	let m: RegExpExecArray | null;
	while ((m = token.exec(body))) {
		text += body.slice(last, m.index);
		last = m.index + m[0].length;
		if (m[4] !== undefined) {
			text += ENTITIES[m[4]] ?? m[0];
			continue;
		}
		if (m[5] !== undefined) {
			text += String.fromCharCode(+m[5]);
			continue;
		}
		if (m[2] !== 'TIMEX3') continue;
		if (m[1] === '') {
			if (m[3].trim().endsWith('/')) continue;
			stack.push({ start: text.length, attrs: attributes(m[3]) });
		} else {
			const top = stack.pop();
			if (!top) continue;
			gold.push({ start: top.start, end: text.length, text: text.slice(top.start), type: top.attrs.type ?? '', value: top.attrs.value ?? '' });
		}
	}
	text += body.slice(last);
	return { id, dct, text, gold };
}

export function readCorpus(dir: string): TimemlDoc[] {
	return readdirSync(dir)
		.filter((f) => f.endsWith('.tml'))
		.sort()
		.map((f) => parseTimeml(f.replace(/\.tml$/, ''), readFileSync(join(dir, f), 'utf8')));
}
