/**
 * Finds many cue words in one pass (an Aho–Corasick automaton over lower-cased letters):
 * a regex alternation of a hundred words tries each word at each position, and a
 * String#includes per word scans the text once per word. Cue words are matched as
 * substrings ("year" in "years", "ly" in "daily"), case-insensitively for ASCII.
 */

// The alphabet cue words are written in; any other character (digits, punctuation) ends a match.
const LETTERS = "abcdefghijklmnopqrstuvwxyz '-";
const WIDTH = LETTERS.length;
const COLUMN = new Int8Array(128).fill(-1);
for (let i = 0; i < WIDTH; i++) COLUMN[LETTERS.charCodeAt(i)] = i;
for (let c = 65; c <= 90; c++) COLUMN[c] = COLUMN[c + 32];
// Line breaks and tabs read as spaces, so "New\nYear" still holds "new year".
COLUMN[9] = COLUMN[10] = COLUMN[13] = COLUMN[32];

export interface CueScanner {
	readonly words: readonly string[];
	/** Calls found(word index, end offset) for every occurrence in text[from, to). */
	scan(text: string, from: number, to: number, found: (word: number, end: number) => void): void;
	/** Whether a cue word ends in text[from, to) (it may start before `from`): stops at the first. */
	any(text: string, from: number, to: number): boolean;
}

export function cueScanner(words: readonly string[]): CueScanner {
	// Trie with goto links, then failure links folded into a full transition table.
	const next: number[][] = [new Array(WIDTH).fill(-1)];
	const out: number[][] = [[]];
	words.forEach((word, index) => {
		let state = 0;
		for (const ch of word.toLowerCase()) {
			const col = COLUMN[ch.charCodeAt(0)] ?? -1;
			if (col < 0) throw new Error(`cue word outside the cue alphabet: ${JSON.stringify(word)}`);
			if (next[state][col] < 0) {
				next[state][col] = next.length;
				next.push(new Array(WIDTH).fill(-1));
				out.push([]);
			}
			state = next[state][col];
		}
		out[state].push(index);
	});
	const fail = new Array(next.length).fill(0);
	const queue: number[] = [];
	for (let col = 0; col < WIDTH; col++) {
		const child = next[0][col];
		if (child < 0) next[0][col] = 0;
		else queue.push(child);
	}
	while (queue.length) {
		const state = queue.shift()!;
		out[state] = [...out[state], ...out[fail[state]]];
		for (let col = 0; col < WIDTH; col++) {
			const child = next[state][col];
			if (child < 0) next[state][col] = next[fail[state]][col];
			else {
				fail[child] = next[fail[state]][col];
				queue.push(child);
			}
		}
	}
	const table = new Int32Array(next.length * WIDTH);
	next.forEach((row, state) => table.set(row, state * WIDTH));
	const outputs = out.map((o) => (o.length ? Int32Array.from(o) : null));
	const longest = Math.max(0, ...words.map((w) => w.length));
	return {
		words,
		scan(text, from, to, found) {
			let state = 0;
			for (let i = from; i < to; i++) {
				const code = text.charCodeAt(i);
				const col = code < 128 ? COLUMN[code] : -1;
				if (col < 0) {
					state = 0;
					continue;
				}
				state = table[state * WIDTH + col];
				const hits = outputs[state];
				if (hits !== null) for (let k = 0; k < hits.length; k++) found(hits[k], i + 1);
			}
		},
		any(text, from, to) {
			let state = 0;
			// Read from where the longest word ending at `from` would start.
			for (let i = Math.max(0, from - longest + 1); i < to; i++) {
				const code = text.charCodeAt(i);
				const col = code < 128 ? COLUMN[code] : -1;
				if (col < 0) {
					state = 0;
					continue;
				}
				state = table[state * WIDTH + col];
				if (outputs[state] !== null && i >= from) return true;
			}
			return false;
		}
	};
}
