/**
 * JSON and NDJSON batches. Each record carries the fields of `sitrep extract --batch`:
 * id, text, published, and optionally url, title, source. A bad record is reported
 * with its line (or array index) and the rest go on.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { normalizeDate } from './dates';
import { MAX_LINE_CHARS } from './limits';
import { RejectedInput } from './text';
import type { RawArticle, ReadItem } from './types';

function optionalString(o: Record<string, unknown>, key: string): string | null {
	const v = o[key];
	if (v === undefined || v === null) return null;
	if (typeof v !== 'string') throw new RejectedInput(`field "${key}" must be a string`);
	return v;
}

/** Validates one batch record; throws a RejectedInput naming the faulty field. */
export function recordToArticle(value: unknown): RawArticle {
	if (value === null || typeof value !== 'object' || Array.isArray(value)) {
		throw new RejectedInput('record must be a JSON object');
	}
	const o = value as Record<string, unknown>;
	if (typeof o.text !== 'string') throw new RejectedInput('field "text" is missing or not a string');
	let id: string | null = null;
	if (typeof o.id === 'string' || typeof o.id === 'number') id = String(o.id);
	else if (o.id !== undefined && o.id !== null) throw new RejectedInput('field "id" must be a string or number');
	const publishedRaw = optionalString(o, 'published');
	let published: string | null = null;
	if (publishedRaw !== null && publishedRaw.trim() !== '') {
		published = normalizeDate(publishedRaw);
		if (!published) throw new RejectedInput(`field "published" is not a valid date: ${JSON.stringify(publishedRaw.slice(0, 40))}`);
	}
	return {
		id,
		text: o.text,
		published,
		url: optionalString(o, 'url'),
		title: optionalString(o, 'title'),
		source: optionalString(o, 'source')
	};
}

function lineItem(line: string, lineNo: number, name: string): ReadItem | null {
	const origin = `${name}:${lineNo}`;
	if (line.trim() === '') return null;
	if (line.length > MAX_LINE_CHARS) return { origin, error: `line ${lineNo}: longer than ${MAX_LINE_CHARS} characters` };
	let value: unknown;
	try {
		value = JSON.parse(line);
	} catch (e) {
		return { origin, error: `line ${lineNo}: not valid JSON (${(e as Error).message})` };
	}
	try {
		return { origin, article: recordToArticle(value) };
	} catch (e) {
		return { origin, error: `line ${lineNo}: ${(e as Error).message}` };
	}
}

/** Parses NDJSON held in memory (API uploads); line numbers start at 1. */
export function* parseNdjson(text: string, name = 'ndjson'): Generator<ReadItem> {
	const lines = text.split(/\r?\n/);
	for (let i = 0; i < lines.length; i++) {
		const item = lineItem(lines[i], i + 1, name);
		if (item) yield item;
	}
}

/** Streams an NDJSON file line by line, so a batch of any size reads in flat memory. */
export async function* readNdjsonFile(path: string): AsyncGenerator<ReadItem> {
	const rl = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
	let lineNo = 0;
	for await (const line of rl) {
		lineNo++;
		if (lineNo === 1 && line.includes('\u0000')) {
			yield { origin: `${path}:1`, error: 'file looks like binary data, not NDJSON' };
			rl.close();
			return;
		}
		const item = lineItem(lineNo === 1 ? line.replace(/^\uFEFF/, '') : line, lineNo, path);
		if (item) yield item;
	}
}

/** A JSON document: an array of records, a single record, or `{articles: [...]}`. */
export function* parseJsonBatch(text: string, name = 'json'): Generator<ReadItem> {
	let value: unknown;
	try {
		value = JSON.parse(text.replace(/^\uFEFF/, ''));
	} catch (e) {
		yield { origin: name, error: `not valid JSON (${(e as Error).message})` };
		return;
	}
	const obj = value as Record<string, unknown> | null;
	const many = Array.isArray(value) || (obj !== null && typeof obj === 'object' && Array.isArray(obj.articles));
	const records = Array.isArray(value)
		? value
		: obj && typeof obj === 'object' && Array.isArray(obj.articles)
			? (obj.articles as unknown[])
			: [value];
	for (let i = 0; i < records.length; i++) {
		const origin = many ? `${name}[${i}]` : name;
		try {
			yield { origin, article: recordToArticle(records[i]) };
		} catch (e) {
			yield { origin, error: `item ${i}: ${(e as Error).message}` };
		}
	}
}

/** Counts the non-blank lines of an NDJSON file cheaply, for the progress estimate. */
export async function countLines(path: string): Promise<number> {
	let count = 0;
	let blank = true;
	for await (const chunk of createReadStream(path)) {
		const buf = chunk as Buffer;
		for (let i = 0; i < buf.length; i++) {
			if (buf[i] === 10) {
				if (!blank) count++;
				blank = true;
			} else if (buf[i] !== 13 && buf[i] !== 32) blank = false;
		}
	}
	return blank ? count : count + 1;
}
