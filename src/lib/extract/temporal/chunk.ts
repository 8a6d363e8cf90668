/**
 * Splits text into sentence-sized chunks so every later step works on bounded
 * input: the regexes (and chrono, which has backtracked on long whitespace runs,
 * chrono #382/#399) never see more than MAX_CHUNK characters at once.
 */
export const MAX_INPUT = 2_000_000;
export const MAX_CHUNK = 1_000;

export interface Chunk {
	start: number;
	end: number;
}

// A sentence ends at . ! ? (plus closing quotes/brackets) before whitespace, or at a blank line.
const BOUNDARY = /[.!?]{1,3}["'\u201d\u2019)\]]{0,3}(?=\s)|\n[ \t]*\n/g;

// Abbreviations that are followed by a capitalised word without ending the sentence.
const ABBREVIATION = /(?:\b[ap]\.m|\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Col|Lt|Sgt|Capt|Maj|Cmdr|Adm|St|Jr|Sr|Prof|Rev|No|Jan|Feb|Aug|Sept|Sep|Oct|Nov|Dec|Inc|Corp|Co|Ltd|Vol|Ft|Mt)|\b[A-Z]\.[A-Z]|\b[A-Z])\.$/;

export function chunkText(text: string): Chunk[] {
	const limit = Math.min(text.length, MAX_INPUT);
	const chunks: Chunk[] = [];
	let start = 0;
	BOUNDARY.lastIndex = 0;
	let m: RegExpExecArray | null;
	const push = (end: number) => {
		while (end - start > MAX_CHUNK) {
			const cut = cutPoint(text, start, start + MAX_CHUNK);
			chunks.push({ start, end: cut });
			start = cut;
		}
		if (end > start) chunks.push({ start, end });
		start = end;
	};
	while ((m = BOUNDARY.exec(text)) && m.index < limit) {
		const end = m.index + m[0].length;
		// "U.S." or "Feb." followed by a lowercase word or a digit does not end a sentence.
		const next = /\S/.exec(text.slice(end, end + 40));
		if (m[0].startsWith('.') && next && /[a-z0-9]/.test(next[0])) continue;
		if (m[0] === '.' && ABBREVIATION.test(text.slice(Math.max(0, m.index - 6), m.index + 1))) continue;
		push(end);
	}
	push(limit);
	return chunks;
}

/** The last whitespace before `max` (so a word is not cut), else `max` itself. */
function cutPoint(text: string, start: number, max: number): number {
	for (let i = max; i > start + MAX_CHUNK / 2; i--) {
		if (/\s/.test(text[i])) return i;
	}
	return max;
}
