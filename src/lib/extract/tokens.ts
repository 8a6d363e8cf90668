/**
 * A small tokeniser: one regular expression over the working copy gives words
 * (with inner hyphens and apostrophes: "Kata'ib", "Iranian-backed", "U.S.-led"),
 * numbers and punctuation, each with its offsets and sentence. Shape features
 * are computed once here so taggers never re-scan characters.
 */
import type { Sentence } from './segment';

export interface Token {
	i: number;
	start: number;
	end: number;
	text: string;
	lower: string;
	/** Capitalised word ("Syria", "U.S.", "KH"). */
	cap: boolean;
	/** All letters upper-case and at least two of them ("KH", "U.S."). */
	upper: boolean;
	num: boolean;
	punct: boolean;
	sentence: number;
	/** First word token of its sentence (capital carries no information). */
	first: boolean;
}

const TOKEN = /(?:[A-Za-z]\.){2,}(?:-[A-Za-z]+)*|\p{L}[\p{L}\p{M}\d]*(?:['\u2019-]\p{L}[\p{L}\p{M}\d]*)*|\d+(?:[.,:]\d+)*(?:st|nd|rd|th|s)?|\S/gu;

export function tokenize(work: string, sentences: Sentence[]): Token[] {
	const out: Token[] = [];
	for (const s of sentences) {
		const body = work.slice(s.start, s.end);
		TOKEN.lastIndex = 0;
		let first = true;
		for (let m = TOKEN.exec(body); m; m = TOKEN.exec(body)) {
			const text = m[0];
			const c0 = text.charCodeAt(0);
			const isLetter = (c0 >= 65 && c0 <= 90) || (c0 >= 97 && c0 <= 122) || (c0 >= 0xc0 && text[0].toLowerCase() !== text[0].toUpperCase());
			const num = c0 >= 48 && c0 <= 57;
			const cap = isLetter && ((c0 >= 65 && c0 <= 90) || (c0 >= 0xc0 && text[0] !== text[0].toLowerCase()));
			const upper = cap && text.length >= 2 && text === text.toUpperCase() && /[A-Z\u00c0-\u024f].*[A-Z\u00c0-\u024f]/.test(text) && !/-[a-z]/.test(text);
			const tok: Token = {
				i: out.length,
				start: s.start + m.index,
				end: s.start + m.index + text.length,
				text,
				lower: text.toLowerCase(),
				cap,
				upper,
				num,
				punct: !isLetter && !num,
				sentence: s.index,
				first: first && isLetter
			};
			if (isLetter) first = false;
			out.push(tok);
		}
	}
	return out;
}
