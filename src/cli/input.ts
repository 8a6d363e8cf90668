/** Reading the CLI's inputs: a text file or stdin, and NDJSON batches line by line. */
import { createReadStream, promises as fs } from 'node:fs';
import { createInterface } from 'node:readline';
import { InputError } from '../lib/core/types';

/** Articles beyond this are refused rather than silently truncated. */
export const MAX_TEXT_BYTES = 5 * 1024 * 1024;

export async function readTextInput(file: string | undefined): Promise<string> {
	let bytes: Buffer;
	if (!file || file === '-') {
		if (!file && process.stdin.isTTY) throw new InputError('no input: give a FILE, or - to read standard input');
		bytes = await readStdin();
	} else {
		try {
			const stat = await fs.stat(file);
			if (stat.isDirectory()) throw new InputError(`${file} is a directory, not a text file`);
			if (stat.size > MAX_TEXT_BYTES) throw new InputError(`${file} is ${stat.size} bytes; the limit is ${MAX_TEXT_BYTES}`);
			bytes = await fs.readFile(file);
		} catch (error) {
			if (error instanceof InputError) throw error;
			const code = (error as { code?: string }).code;
			if (code === 'ENOENT') throw new InputError(`no such file: ${file}`);
			if (code === 'EACCES') throw new InputError(`cannot read ${file}: permission denied`);
			throw error;
		}
	}
	return decodeText(bytes, file && file !== '-' ? file : 'standard input');
}

/** UTF-8 text or a clear refusal: binary data (NUL bytes, invalid UTF-8) is not an article. */
export function decodeText(bytes: Uint8Array, label: string): string {
	if (bytes.length > MAX_TEXT_BYTES) throw new InputError(`${label} is ${bytes.length} bytes; the limit is ${MAX_TEXT_BYTES}`);
	if (bytes.includes(0)) throw new InputError(`${label} looks binary (it contains NUL bytes), not text`);
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		throw new InputError(`${label} is not valid UTF-8 text`);
	}
	if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
	if (text.trim() === '') throw new InputError(`${label} is empty`);
	return text;
}

async function readStdin(): Promise<Buffer> {
	const chunks: Buffer[] = [];
	let size = 0;
	for await (const chunk of process.stdin) {
		size += (chunk as Buffer).length;
		if (size > MAX_TEXT_BYTES) throw new InputError(`standard input exceeds ${MAX_TEXT_BYTES} bytes`);
		chunks.push(chunk as Buffer);
	}
	return Buffer.concat(chunks);
}

export type BatchLine = { lineNo: number; value: Record<string, unknown> } | { lineNo: number; error: string; id?: unknown };

/** Yields each non-blank NDJSON line parsed, or the reason it could not be. Throws InputError only when the file itself cannot be read. */
export async function* readNdjson(file: string): AsyncGenerator<BatchLine> {
	let stream: NodeJS.ReadableStream;
	if (file === '-') stream = process.stdin;
	else {
		try {
			const stat = await fs.stat(file);
			if (stat.isDirectory()) throw new InputError(`${file} is a directory, not an NDJSON file`);
		} catch (error) {
			if (error instanceof InputError) throw error;
			if ((error as { code?: string }).code === 'ENOENT') throw new InputError(`no such file: ${file}`);
			throw error;
		}
		stream = createReadStream(file, { encoding: 'utf8' });
	}
	const lines = createInterface({ input: stream, crlfDelay: Infinity });
	let lineNo = 0;
	for await (const line of lines) {
		lineNo += 1;
		if (line.trim() === '') continue;
		if (line.length > MAX_TEXT_BYTES) {
			yield { lineNo, error: `line ${lineNo} is longer than ${MAX_TEXT_BYTES} characters` };
			continue;
		}
		let parsed: unknown;
		try {
			parsed = JSON.parse(line);
		} catch (error) {
			yield { lineNo, error: `line ${lineNo} is not valid JSON: ${(error as Error).message}`, id: salvageId(line) };
			continue;
		}
		if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
			yield { lineNo, error: `line ${lineNo} is not a JSON object` };
			continue;
		}
		yield { lineNo, value: parsed as Record<string, unknown> };
	}
}

/** A malformed line still gets its id echoed when one is legible, so results stay matched to inputs. */
function salvageId(line: string): string | undefined {
	const m = /"id"\s*:\s*("(?:[^"\\]|\\.)*"|-?\d+)/.exec(line);
	if (!m) return undefined;
	try {
		return JSON.parse(m[1]);
	} catch {
		return undefined;
	}
}

export function optionalString(value: unknown, field: string): string | undefined {
	if (value === undefined || value === null) return undefined;
	if (typeof value !== 'string') throw new InputError(`"${field}" must be a string`);
	return value;
}
