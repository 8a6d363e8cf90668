/**
 * MinHash over word 3-shingles with LSH banding. SimHash needs ~99% cosine
 * similarity to stay within a few bits, and a syndicated copy with a new headline
 * and byline sits lower than that; MinHash estimates shingle Jaccard directly, and
 * its band keys give an exact-match index lookup that stays selective at millions
 * of articles. Pure.
 */
import { fmix, shingleCount, shingleHash, simhashOfWords, words } from './simhash';

export const MINHASH_BANDS = 12;
const ROWS = 3;
const SIZE = MINHASH_BANDS * ROWS;

/** Estimated shingle Jaccard at or above which two articles are copies of one story. */
export const NEAR_DUPLICATE_JACCARD = 0.6;

// Fixed per-row seeds: signatures must be comparable across processes and versions.
const SEEDS = Array.from({ length: SIZE }, (_, i) => fmix(0x9e3779b9 ^ Math.imul(i + 1, 0x27d4eb2f)));

export function minhashSignature(text: string): number[] {
	return minhashOfWords(words(text));
}

/** minhashSignature() of a text already split by words(). */
export function minhashOfWords(w: readonly string[]): number[] {
	const sig = new Array<number>(SIZE).fill(0xffffffff);
	const n = shingleCount(w.length);
	const seen = new Set<number>();
	for (let i = 0; i < n; i++) {
		const base = shingleHash(w, i, 0);
		if (seen.has(base)) continue;
		seen.add(base);
		for (let k = 0; k < SIZE; k++) {
			const v = fmix(base ^ SEEDS[k]);
			if (v < sig[k]) sig[k] = v;
		}
	}
	return sig;
}

/** Both fingerprints an article is stored with, from one pass of words() over its text. */
export function fingerprints(text: string): { simhash: string; minhash: number[] } {
	const w = words(text);
	return { simhash: simhashOfWords(w), minhash: minhashOfWords(w) };
}

/** One integer key per band; equal keys in any band make two articles candidates. */
export function bandKeys(sig: number[]): number[] {
	const keys: number[] = [];
	for (let b = 0; b < MINHASH_BANDS; b++) {
		let h = 0x811c9dc5 ^ b;
		for (let r = 0; r < ROWS; r++) h = fmix(Math.imul(h ^ sig[b * ROWS + r], 0x01000193));
		keys.push(h | 0); // signed 32-bit fits an INTEGER column on both databases
	}
	return keys;
}

export function jaccardEstimate(a: number[], b: number[]): number {
	let same = 0;
	for (let i = 0; i < SIZE; i++) if (a[i] === b[i]) same++;
	return same / SIZE;
}

export function encodeSignature(sig: number[]): string {
	return sig.map((v) => v.toString(16).padStart(8, '0')).join('');
}

/**
 * jaccardEstimate of two encoded signatures, read in place: linking compares an article with up to 40 stored
 * ones, and decoding each into numbers first cost more than the comparison.
 */
export function jaccardOfEncoded(a: string, b: string): number {
	if (a.length !== SIZE * 8 || b.length !== SIZE * 8) return jaccardEstimate(decodeSignature(a), decodeSignature(b));
	let same = 0;
	for (let slot = 0; slot < a.length; slot += 8) {
		let i = 0;
		while (i < 8 && a.charCodeAt(slot + i) === b.charCodeAt(slot + i)) i++;
		if (i === 8) same++;
	}
	return same / SIZE;
}

export function decodeSignature(s: string): number[] {
	const out: number[] = [];
	for (let i = 0; i < s.length; i += 8) out.push(parseInt(s.slice(i, i + 8), 16));
	return out;
}
