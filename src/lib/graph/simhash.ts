/**
 * SimHash over word shingles: two copies of the same wire story with small edits
 * (a changed headline, a dropped paragraph, a byline) land a few bits apart, while
 * different stories land ~32 bits apart. Pure; 64-bit fingerprints as 16 hex chars.
 */

const SHINGLE = 3;

/** Lowercased word tokens; punctuation and case do not make copies differ. */
export function words(text: string): string[] {
	return text
		.normalize('NFKC')
		.toLowerCase()
		.split(/[^\p{L}\p{N}]+/u)
		.filter((w) => w.length > 0);
}

/** Normalised text hash input: whitespace and case collapsed, so re-fetching the same article is idempotent. */
export function normaliseForHash(text: string): string {
	return text.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** The murmur3 finaliser: spreads FNV's weak low bits over all 32. */
export function fmix(h: number): number {
	h ^= h >>> 16;
	h = Math.imul(h, 0x85ebca6b);
	h ^= h >>> 13;
	h = Math.imul(h, 0xc2b2ae35);
	h ^= h >>> 16;
	return h >>> 0;
}

/**
 * Seeded 32-bit FNV-1a, finalised, of the word shingle starting at `i` as its words joined by single
 * spaces (the words left, when fewer than a shingle remain) — hashed in place rather than built as a
 * string, which was most of the fingerprinting cost. Stored fingerprints depend on these exact values.
 */
export function shingleHash(w: readonly string[], i: number, seed: number): number {
	let h = (0x811c9dc5 ^ seed) >>> 0;
	const end = Math.min(w.length, i + SHINGLE);
	for (let j = i; j < end; j++) {
		if (j > i) h = Math.imul(h ^ 0x20, 0x01000193);
		const word = w[j];
		for (let k = 0; k < word.length; k++) h = Math.imul(h ^ word.charCodeAt(k), 0x01000193);
	}
	return fmix(h);
}

/** Number of shingles the fingerprints take from a text of `n` words (one, possibly short or empty, at least). */
export function shingleCount(n: number): number {
	return Math.max(1, n - SHINGLE + 1);
}

const SECOND_SEED = 0x9e3779b9;

/** 64-bit SimHash of the text's word 3-shingles, as 16 lowercase hex digits. */
export function simhash(text: string): string {
	return simhashOfWords(words(text));
}

/** simhash() of a text already split by words(): two seeded hashes per shingle give 64 well-mixed bits. */
export function simhashOfWords(w: readonly string[]): string {
	const acc = new Int32Array(64);
	const n = shingleCount(w.length);
	for (let i = 0; i < n; i++) {
		const lo = shingleHash(w, i, 0), hi = shingleHash(w, i, SECOND_SEED);
		for (let b = 0; b < 32; b++) {
			acc[b] += (lo >>> b) & 1 ? 1 : -1;
			acc[b + 32] += (hi >>> b) & 1 ? 1 : -1;
		}
	}
	let lo = 0, hi = 0;
	for (let b = 0; b < 32; b++) {
		if (acc[b] > 0) lo |= 1 << b;
		if (acc[b + 32] > 0) hi |= 1 << b;
	}
	return (hi >>> 0).toString(16).padStart(8, '0') + (lo >>> 0).toString(16).padStart(8, '0');
}

export function hamming(a: string, b: string): number {
	let d = 0;
	for (let i = 0; i < 16; i += 8) {
		let x = (parseInt(a.slice(i, i + 8), 16) ^ parseInt(b.slice(i, i + 8), 16)) >>> 0;
		while (x) {
			x &= x - 1;
			d++;
		}
	}
	return d;
}

/** Fingerprints at most this many bits apart are the same story (syndicated copy). */
export const NEAR_DUPLICATE_BITS = 3;

/**
 * The four 16-bit bands of a fingerprint. Two fingerprints within 3 bits agree
 * exactly on at least one band (pigeonhole), so an index on bands finds every
 * near-duplicate candidate without scanning the corpus.
 */
export function simhashBands(hash: string): number[] {
	return [0, 4, 8, 12].map((i) => parseInt(hash.slice(i, i + 4), 16));
}

export function isNearDuplicate(a: string, b: string): boolean {
	return hamming(a, b) <= NEAR_DUPLICATE_BITS;
}
