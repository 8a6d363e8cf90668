/**
 * A cheap gate in front of many word-anchored regular expressions run over the
 * same text (the trigger rules, the group heads). Each expression's possible
 * first three characters are worked out once from its source; one pass over
 * the word starts of the text then says which expressions can match at all and
 * where their first match can begin, so the others are never run and the ones
 * that run start there. The gate only over-approximates (lookarounds are
 * ignored, classes kept whole), so a gated scan finds exactly what a full scan
 * finds. An expression it cannot bound (a wildcard in its first characters, a
 * flag it does not model) is simply always run from the start.
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
		if (this.src[this.i] === '^') throw new Unbounded();
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
		return out;
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

const isWordCode = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || c === 95;

// Small-integer keys (no strings, no heap numbers): ten bits per character.
// Characters past U+03FE share one code, which only widens the gate.
const enc = (c: number) => (c < 0x3ff ? c : 0x3ff);

const key = (s: string, from: number, n: number): number => {
	let k = 0;
	for (let j = 0; j < n; j++) k = (k << 10) | enc(s.charCodeAt(from + j));
	return k;
};

/**
 * Gate for expressions that start with `\b` and a word character: `firstStarts(text)`
 * gives, per expression, the earliest word start where a match may begin
 * (-1: no match possible; 0 for expressions the gate cannot bound).
 */
export class PrefixGate {
	/** By length (1–3), prefix key → expressions. */
	private readonly byKey: Array<Map<number, number[]>> = [new Map(), new Map(), new Map(), new Map()];
	private readonly lengths: number[];
	private readonly always: number[] = [];
	private readonly gated: number;
	private readonly size: number;

	constructor(res: readonly RegExp[]) {
		const lengths = new Set<number>();
		res.forEach((re, i) => {
			const ps = re.source.startsWith('\\b') ? matchPrefixes(re) : null;
			if (!ps || [...ps].some((p) => !isWordCode(p.charCodeAt(0)))) {
				this.always.push(i);
				return;
			}
			for (const p of ps) {
				const map = this.byKey[p.length];
				const k = key(p, 0, p.length);
				const list = map.get(k);
				if (!list) map.set(k, [i]);
				else if (!list.includes(i)) list.push(i);
				lengths.add(p.length);
			}
		});
		this.lengths = [...lengths].sort((a, b) => b - a);
		this.size = res.length;
		this.gated = res.length - this.always.length;
	}

	firstStarts(text: string): Int32Array {
		const first = new Int32Array(this.size).fill(-1);
		for (const i of this.always) first[i] = 0;
		const n = text.length;
		let found = 0;
		let prevWord = false;
		for (let p = 0; p < n && found < this.gated; p++) {
			const w = isWordCode(text.charCodeAt(p));
			if (w && !prevWord) {
				for (const len of this.lengths) {
					if (p + len > n) continue;
					const list = this.byKey[len].get(key(text, p, len));
					if (list)
						for (const i of list)
							if (first[i] < 0) {
								first[i] = p;
								found++;
							}
				}
			}
			prevWord = w;
		}
		return first;
	}
}
