/**
 * Sentence segmentation over the cleaned working copy. A period ends a
 * sentence unless it closes an abbreviation ("U.S.", "Sen.", "Feb. 26") or an
 * initial; a blank line or a line without final punctuation (a headline) is
 * always a boundary. Closing quotes and brackets stay with their sentence.
 */

export interface Sentence {
	index: number;
	start: number;
	end: number;
}

// Lower-cased abbreviations whose period does not end a sentence by itself.
const ABBREV = new Set(
	('mr mrs ms dr sen sens rep reps gov gen gens lt col maj capt cpt sgt adm cmdr cdr pres prof st ' +
		'jan feb mar apr jun jul aug sep sept oct nov dec no nos inc corp co ltd jr sr vs ' +
		'dept univ est approx fig rev hon amb brig mt ft lieut supt insp')
		.split(' ')
);

const CLOSERS = new Set(['"', "'", ')', ']', '\u201d', '\u2019']);

export function segment(work: string): Sentence[] {
	const out: Sentence[] = [];
	let start = skipSpace(work, 0);
	const push = (end: number) => {
		let e = end;
		while (e > start && /\s/.test(work[e - 1])) e--;
		if (e > start && /\S/.test(work.slice(start, e))) out.push({ index: out.length, start, end: e });
	};
	let i = start;
	while (i < work.length) {
		const c = work[i];
		if (c === '\n') {
			// Blank line, or a line that ends without punctuation (headline, list item).
			const lineEnd = i;
			let j = i + 1;
			while (j < work.length && (work[j] === ' ' || work[j] === '\n')) j++;
			const blankLine = /\n[ ]*\n/.test(work.slice(i, j));
			const prev = lastNonSpace(work, start, lineEnd);
			if (blankLine || (prev !== '' && !/[,;:\-(]/.test(prev) && !/[a-z]/.test(work[j] ?? ''))) {
				push(lineEnd);
				start = j;
				i = j;
				continue;
			}
			i++;
			continue;
		}
		if (c === '.' || c === '!' || c === '?') {
			let j = i + 1;
			while (j < work.length && (work[j] === '.' || work[j] === '!' || work[j] === '?')) j++;
			while (j < work.length && CLOSERS.has(work[j])) j++;
			if (j < work.length && !/\s/.test(work[j])) {
				i = j;
				continue;
			}
			let k = j;
			while (k < work.length && work[k] === ' ') k++;
			const next = work[k] ?? '';
			if (c === '.' && isAbbreviation(work, i) && !/["\u201c]/.test(next)) {
				i = j;
				continue;
			}
			// Next sentence starts with a capital, digit, quote or bracket (or the text ends / a line ends).
			if (next === '' || next === '\n' || /[A-Z0-9"'\u201c(\[]/.test(next) || /\p{Lu}/u.test(next)) {
				push(j);
				start = k;
				i = k;
				continue;
			}
			i = j;
			continue;
		}
		i++;
	}
	push(work.length);
	return splitLong(work, out);
}

/**
 * Longest sentence, in UTF-16 units. News sentences stay well under 600; text with no
 * sentence ends (tables, lists, hostile input) would otherwise make one huge sentence,
 * and the per-trigger context tests over the whole sentence would cost its length squared.
 */
export const MAX_SENTENCE = 1500;

/** Cuts overlong sentences at the last space before the cap (or hard at the cap when there is none). */
function splitLong(work: string, sentences: Sentence[]): Sentence[] {
	if (sentences.every((s) => s.end - s.start <= MAX_SENTENCE)) return sentences;
	const out: Sentence[] = [];
	for (const s of sentences) {
		let start = s.start;
		while (s.end - start > MAX_SENTENCE) {
			let cut = work.lastIndexOf(' ', start + MAX_SENTENCE);
			if (cut <= start + MAX_SENTENCE / 2) cut = start + MAX_SENTENCE;
			// never split a surrogate pair
			if (/[\uD800-\uDBFF]/.test(work[cut - 1] ?? '')) cut--;
			let end = cut;
			while (end > start && /\s/.test(work[end - 1])) end--;
			if (end > start) out.push({ index: out.length, start, end });
			start = cut;
			while (start < s.end && /\s/.test(work[start])) start++;
		}
		if (s.end > start) out.push({ index: out.length, start, end: s.end });
	}
	return out;
}

function isAbbreviation(work: string, dot: number): boolean {
	let s = dot;
	while (s > 0 && /[A-Za-z.]/.test(work[s - 1])) s--;
	const word = work.slice(s, dot);
	if (word === '') return false;
	// "U.S." / "U.N." / "a.m." — dotted initials; "J." — a single initial.
	if (/^([A-Za-z]\.)+[A-Za-z]$/.test(word)) {
		// Dotted acronyms ("U.S.") mostly sit inside sentences; one ends a sentence
		// only when the next word is a typical sentence opener.
		const after = work.slice(dot + 1, dot + 40);
		const m = /^\s+(\S+)/.exec(after);
		if (!m) return false;
		return !/^(The|A|An|He|She|It|They|We|I|You|This|That|These|Those|There|But|And|In|On|At|As|After|Before|When|While|If|His|Her|Their|Its|Our|According|Meanwhile|However|Earlier|Later|Last|Officials|Some|Many|No)\b/.test(m[1]);
	}
	if (/^[A-Z]$/.test(word)) return true;
	return ABBREV.has(word.toLowerCase().replace(/\./g, ''));
}

function skipSpace(s: string, i: number): number {
	while (i < s.length && /\s/.test(s[i])) i++;
	return i;
}

function lastNonSpace(s: string, from: number, to: number): string {
	for (let i = to - 1; i >= from; i--) if (!/\s/.test(s[i])) return s[i];
	return '';
}
