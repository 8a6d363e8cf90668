/**
 * A cheap gate in front of many word-anchored regular expressions run over the
 * same text (the trigger rules, the group heads). Each expression's possible
 * first three characters are worked out once from its source; one pass over
 * the word starts of the text then says where each expression can match at
 * all, and it is tried there only. The gate only over-approximates
 * (lookarounds are ignored, classes kept whole), so a gated scan finds exactly
 * what a full scan finds. An expression it cannot bound (a wildcard in its
 * first characters, a flag it does not model) is scanned in full.
 */

const K = 3;
/** Stands for "any character" inside a prefix; a prefix containing it cannot be keyed. */
const WILD = '\uffff';
const MAX_SET = 20_000;

class Unbounded extends Error {}

type Prefixes = Set<string>;

// Every character `\s` matches in a JavaScript regular expression.
const SPACE_CHARS = ' \t\n\r\v\f\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';
const DIGITS = '0123456789';
const WORD_CHARS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_';

function concat(a: Prefixes, b: Prefixes, lim: number): Prefixes {
	const out: Prefixes = new Set();
	for (const x of a) {
		if (x.length >= lim) {
			out.add(x);
			continue;
		}
		for (const y of b) out.add((x + y).slice(0, lim));
		if (out.size > MAX_SET) throw new Unbounded();
	}
	return out;
}

function union(a: Prefixes, b: Prefixes): Prefixes {
	const out = new Set(a);
	for (const y of b) out.add(y);
	if (out.size > MAX_SET) throw new Unbounded();
	return out;
}

function repeat(x: Prefixes, min: number, max: number, lim: number): Prefixes {
	// Beyond `lim` repetitions nothing new fits in `lim` characters.
	let cur: Prefixes = new Set(['']);
	for (let i = 0; i < Math.min(min, lim); i++) cur = concat(cur, x, lim);
	let acc = new Set(cur);
	for (let i = 0; i < Math.min(max - min, lim); i++) {
		cur = concat(cur, x, lim);
		acc = union(acc, cur);
	}
	return acc;
}

/**
 * Possible first characters of a match, by recursive descent over the source.
 * Each part is only worked out to the length still needed (`lim`), so a wide
 * class after the first K characters ("fired (?:\w+ )…") costs nothing.
 */
class Parser {
	private i = 0;
	constructor(private readonly src: string) {}

	parse(): Prefixes {
		const out = this.alternation(K);
		if (this.i < this.src.length) throw new Unbounded();
		return out;
	}

	private alternation(lim: number): Prefixes {
		let out = this.sequence(lim);
		while (this.src[this.i] === '|') {
			this.i++;
			out = union(out, this.sequence(lim));
		}
		return out;
	}

	private sequence(lim: number): Prefixes {
		let out: Prefixes = new Set(['']);
		while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
			let shortest = lim;
			for (const x of out) if (x.length < shortest) shortest = x.length;
			const need = lim - shortest;
			const atom = this.atom(need);
			out = concat(out, this.quantified(atom, need), lim);
		}
		return out;
	}

	private quantified(atom: Prefixes, lim: number): Prefixes {
		const c = this.src[this.i];
		let min = 1;
		let max = 1;
		if (c === '?') [min, max] = [0, 1];
		else if (c === '*') [min, max] = [0, Infinity];
		else if (c === '+') [min, max] = [1, Infinity];
		else if (c === '{') {
			const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i));
			if (!m) return atom;
			min = Number(m[1]);
			max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
			this.i += m[0].length - 1;
		} else return atom;
		this.i++;
		if (this.src[this.i] === '?') this.i++; // lazy: same language
		return repeat(atom, min, max, lim);
	}

	private atom(lim: number): Prefixes {
		const c = this.src[this.i++];
		if (c === '(') {
			let lookaround = false;
			if (this.src[this.i] === '?') {
				const kind = this.src.slice(this.i, this.i + 3);
				if (kind.startsWith('?:')) this.i += 2;
				else if (kind.startsWith('?=') || kind.startsWith('?!')) [this.i, lookaround] = [this.i + 2, true];
				else if (kind === '?<=' || kind === '?<!') [this.i, lookaround] = [this.i + 3, true];
				else throw new Unbounded(); // named groups: not used here
			}
			const inner = this.alternation(lookaround ? 0 : lim);
			if (this.src[this.i++] !== ')') throw new Unbounded();
			// A lookaround consumes nothing; ignoring its condition only widens the set.
			return lookaround ? new Set(['']) : inner;
		}
		if (c === '[') return chars(this.charClass(), lim);
		if (c === '.') return chars(WILD, lim);
		if (c === '^' || c === '$') return new Set(['']);
		if (c === '\\') {
			const e = this.src[this.i++];
			if (e === 'b' || e === 'B') return new Set(['']);
			const cls = classEscape(e);
			if (cls !== undefined) return chars(cls, lim);
			return chars(this.literalEscape(e), lim);
		}
		return chars(c, lim);
	}

	/** The characters of a class; a negated or open class is a wildcard. */
	private charClass(): string {
		// (A negated class is read through, not given up on: inside a lookahead, "(?=[^.;]{0,60}…)", it bounds nothing.)
		const negated = this.src[this.i] === '^';
		if (negated) this.i++;
		let out = '';
		let prev: string | undefined;
		while (this.i < this.src.length && this.src[this.i] !== ']') {
			let c = this.src[this.i++];
			if (c === '\\') {
				const e = this.src[this.i++];
				const cls = classEscape(e);
				if (cls !== undefined) {
					out += cls;
					prev = undefined;
					continue;
				}
				c = this.literalEscape(e);
			}
			if (c === '-' && prev !== undefined && this.src[this.i] !== ']') {
				let hi = this.src[this.i++];
				if (hi === '\\') hi = this.literalEscape(this.src[this.i++]);
				for (let code = prev.charCodeAt(0) + 1; code <= hi.charCodeAt(0); code++) out += String.fromCharCode(code);
				prev = undefined;
				continue;
			}
			out += c;
			prev = c;
		}
		if (this.src[this.i++] !== ']') throw new Unbounded();
		return negated ? WILD : out;
	}

	private literalEscape(e: string): string {
		if (e === 'u' || e === 'x') {
			const n = e === 'u' ? 4 : 2;
			const hex = this.src.slice(this.i, this.i + n);
			if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== n) throw new Unbounded();
			this.i += n;
			return String.fromCharCode(parseInt(hex, 16));
		}
		const control: Record<string, string> = { t: '\t', n: '\n', r: '\r', v: '\v', f: '\f', '0': '\0' };
		if (control[e]) return control[e];
		// Back-references, \c, \p{…}, \k<…>: not modelled.
		if (/[1-9ckpP]/.test(e)) throw new Unbounded();
		return e;
	}
}

function classEscape(e: string): string | undefined {
	if (e === 'd') return DIGITS;
	if (e === 'w') return WORD_CHARS;
	if (e === 's') return SPACE_CHARS;
	if (e === 'S' || e === 'W' || e === 'D') return WILD;
	return undefined;
}

function chars(s: string, lim: number): Prefixes {
	if (lim <= 0) return new Set(['']);
	return new Set(s.includes(WILD) ? [WILD] : s);
}

/**
 * The possible first three characters of a match of `re` (shorter strings are
 * whole matches), or null when they cannot be bounded.
 */
export function matchPrefixes(re: RegExp): Set<string> | null {
	if (/[iuvsy]/.test(re.flags)) return null;
	try {
		const out = new Parser(re.source).parse();
		for (const p of out) if (p.includes(WILD) || p === '') return null;
		return out;
	} catch (e) {
		if (e instanceof Unbounded) return null;
		throw e;
	}
}

// Lookbehinds that only narrow where a match may start: "(?<!-)\b(ordered|…)".
const LEADING_LOOKBEHINDS = /^(?:\(\?<[=!](?:[^()\\]|\\.)*\))+/;

/** Does every match of `source` start at a word start (a `\b`, perhaps behind lookbehinds)? Only such are gated. */
function wordAnchored(source: string): boolean {
	return source.replace(LEADING_LOOKBEHINDS, '').startsWith('\\b');
}

const isWordCode = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || c === 95;

// a–z → 0–25, 0–9 → 26–35, space → 36, anything else → 37.
const CLASSES = 38;
const CLASS = new Uint8Array(128).fill(37);
for (let c = 97; c <= 122; c++) CLASS[c] = c - 97;
for (let c = 48; c <= 57; c++) CLASS[c] = c - 48 + 26;
CLASS[32] = 36;
const classOf = (c: number) => (c < 128 ? CLASS[c] : 37);

// Small-integer keys (no strings, no heap numbers): ten bits per character.
// Characters past U+03FE share one code, which only widens the gate.
const enc = (c: number) => (c < 0x3ff ? c : 0x3ff);

const key = (s: string, from: number, n: number): number => {
	let k = 0;
	for (let j = 0; j < n; j++) k = (k << 10) | enc(s.charCodeAt(from + j));
	return k;
};

/**
 * Global expressions that start with `\b` and a word character, matched only where
 * their first characters occur: `scan(text)` visits the word starts once and notes,
 * per expression, the places a match may begin; `matches(i)` then tries the
 * expression there alone (sticky), skipping places inside the previous match. That
 * is exactly the leftmost, non-overlapping series a full global scan finds. An
 * expression the gate cannot bound is scanned in full. Zero-length matches are
 * skipped (none of the expressions here can match empty).
 */
export class GatedRegExps {
	// Three-character prefixes by character class (a–z, 0–9, space, anything else: 38
	// classes, so "anything else" only widens the gate): a row per first two classes,
	// and in the row, per third class, a bit mask of the expressions (32 to a word).
	// Small typed arrays, so the lookups stay in the processor's cache.
	private readonly pairRow = new Int16Array(CLASSES * CLASSES).fill(-1);
	private rows = new Uint32Array(0);
	private readonly words: number;
	/** Whole matches shorter than three characters, by length (1–2): prefix key → expressions. */
	private readonly short: Array<Map<number, number[]>> = [new Map(), new Map(), new Map()];
	private readonly shortLengths: number[];
	private readonly always: boolean[];
	private readonly sticky: RegExp[];
	/** Candidate starts per expression for the text last scanned: the first `candCount[i]` of `cands[i]`.
	 * Counted apart and reset by a fill, because emptying 30-odd arrays by `length = 0` on every
	 * sentence dropped their storage and made each scan allocate it again. */
	private readonly cands: number[][];
	private readonly candCount: Int32Array;
	private text = '';

	constructor(private readonly res: readonly RegExp[]) {
		const shortLengths = new Set<number>();
		this.words = Math.ceil(res.length / 32);
		this.always = res.map(() => false);
		let rowCount = 0;
		res.forEach((re, i) => {
			if (!re.global) throw new Error(`GatedRegExps needs global expressions: ${re}`);
			const ps = wordAnchored(re.source) ? matchPrefixes(re) : null;
			if (!ps || [...ps].some((p) => !isWordCode(p.charCodeAt(0)))) {
				this.always[i] = true;
				return;
			}
			for (const p of ps) {
				if (p.length < K) {
					const k = key(p, 0, p.length);
					const list = this.short[p.length].get(k) ?? [];
					if (!list.includes(i)) list.push(i);
					this.short[p.length].set(k, list);
					shortLengths.add(p.length);
					continue;
				}
				const pair = classOf(p.charCodeAt(0)) * CLASSES + classOf(p.charCodeAt(1));
				if (this.pairRow[pair] < 0) {
					this.pairRow[pair] = rowCount++;
					const grown = new Uint32Array(rowCount * CLASSES * this.words);
					grown.set(this.rows);
					this.rows = grown;
				}
				const at = (this.pairRow[pair] * CLASSES + classOf(p.charCodeAt(2))) * this.words + (i >> 5);
				this.rows[at] |= 1 << (i & 31);
			}
		});
		this.shortLengths = [...shortLengths];
		this.sticky = res.map((re) => new RegExp(re.source, re.flags.replace('g', '') + 'y'));
		this.cands = res.map(() => []);
		this.candCount = new Int32Array(res.length);
	}

	/** Notes where each expression may match in `text`; `matches` answers for this text until the next scan. */
	scan(text: string): this {
		this.text = text;
		this.candCount.fill(0);
		const { pairRow, rows, words } = this;
		const hasShort = this.shortLengths.length > 0;
		const n = text.length;
		let prevWord = false;
		for (let p = 0; p < n; p++) {
			const c0 = text.charCodeAt(p);
			const w = isWordCode(c0);
			if (w && !prevWord) {
				if (p + K <= n) {
					const row = pairRow[classOf(c0) * CLASSES + classOf(text.charCodeAt(p + 1))];
					if (row >= 0) {
						const at = (row * CLASSES + classOf(text.charCodeAt(p + 2))) * words;
						for (let k = 0; k < words; k++) {
							let mask = rows[at + k];
							while (mask !== 0) {
								const bit = 31 - Math.clz32(mask & -mask);
								mask &= mask - 1;
								this.note((k << 5) | bit, p);
							}
						}
					}
				}
				if (hasShort) for (const len of this.shortLengths) if (p + len <= n) this.noteShort(this.short[len].get(key(text, p, len)), p);
			}
			prevWord = w;
		}
		return this;
	}

	private noteShort(list: number[] | undefined, p: number): void {
		if (list === undefined) return;
		for (const i of list) this.note(i, p);
	}

	/** Expression `i` may match at `p` (noted once however many of its prefixes start there). */
	private note(i: number, p: number): void {
		const n = this.candCount[i];
		const c = this.cands[i];
		if (n === 0 || c[n - 1] !== p) {
			c[n] = p;
			this.candCount[i] = n + 1;
		}
	}

	/** Can expression `i` match in the text scanned? */
	any(i: number): boolean {
		return this.always[i] || this.candCount[i] > 0;
	}

	/** The matches of expression `i` in the text scanned, in order, as a global scan finds them. */
	matches(i: number): RegExpExecArray[] {
		const text = this.text;
		const out: RegExpExecArray[] = [];
		if (this.always[i]) {
			const re = this.res[i];
			re.lastIndex = 0;
			for (let m = re.exec(text); m; m = re.exec(text)) {
				if (m[0].length === 0) re.lastIndex++;
				else out.push(m);
			}
			return out;
		}
		const y = this.sticky[i];
		let next = 0;
		const starts = this.cands[i];
		for (let q = 0, n = this.candCount[i]; q < n; q++) {
			const p = starts[q];
			if (p < next) continue;
			y.lastIndex = p;
			const m = y.exec(text);
			if (!m || m[0].length === 0) continue;
			out.push(m);
			next = p + m[0].length;
		}
		return out;
	}
}
