/**
 * Turning bytes into article text: refuse binaries, refuse non-UTF-8, cap size.
 */
import { InputError } from '../../core/types';
import { MAX_ARTICLE_CHARS } from './limits';

/** Thrown for input that is not an article we can read: the message is shown to the user as is. */
export class RejectedInput extends InputError {
	constructor(message: string) {
		super(message);
		this.name = 'RejectedInput';
	}
}

/** Control characters other than tab, newline, carriage return and form feed are a sign of binary data. */
function looksBinary(bytes: Uint8Array): boolean {
	const n = Math.min(bytes.length, 8192);
	let control = 0;
	for (let i = 0; i < n; i++) {
		const b = bytes[i];
		if (b === 0) return true;
		if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
	}
	return n > 0 && control / n > 0.01;
}

/** Decodes UTF-8 (a BOM is dropped) or throws a RejectedInput saying why the bytes are not text. */
export function decodeText(bytes: Uint8Array, what = 'input'): string {
	if (looksBinary(bytes)) throw new RejectedInput(`${what} looks like binary data, not text`);
	try {
		return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
	} catch {
		throw new RejectedInput(`${what} is not valid UTF-8 text`);
	}
}

/** Checks the text of one article: not empty, not binary, not huge. Returns it unchanged. */
export function checkArticleText(text: unknown, what = 'article'): string {
	if (typeof text !== 'string') throw new RejectedInput(`${what} has no text`);
	if (text.trim() === '') throw new RejectedInput(`${what} text is empty`);
	if (text.length > MAX_ARTICLE_CHARS) {
		throw new RejectedInput(
			`${what} text is too long (${text.length} characters; the limit is ${MAX_ARTICLE_CHARS})`
		);
	}
	// eslint-disable-next-line no-control-regex
	if (/\u0000/.test(text)) throw new RejectedInput(`${what} text contains NUL characters (binary data?)`);
	return text;
}
