/** String similarity for spelling and transliteration variants of names. */

// Characters a skeleton drops, by ASCII code: vowels (y too), apostrophes, backquotes, hyphens, white space.
const DROPPED = new Uint8Array(128);
for (const c of "aeiouyAEIOUY'`- \t\n\v\f\r") DROPPED[c.charCodeAt(0)] = 1;
const ASCII = /^[\x00-\x7f]*$/;

/** Consonant skeleton: vowels, apostrophes and hyphens dropped ("Kait'ib" and "Kata'ib" → "ktb"). */
export function skeleton(s: string): string {
	// Most names are ASCII: one pass does what the general path's five do (no accents to strip).
	if (!ASCII.test(s)) return skeletonOf(s);
	let out = '';
	let last = -1;
	for (let i = 0; i < s.length; i++) {
		let c = s.charCodeAt(i);
		if (DROPPED[c]) continue;
		if (c >= 65 && c <= 90) c += 32;
		if (c === last) continue;
		out += String.fromCharCode(c);
		last = c;
	}
	return out;
}

/** The general skeleton (any script); `skeleton` takes a shortcut for ASCII names. */
export function skeletonOf(s: string): string {
	return s
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[aeiouy'\u2019`\-\s]/g, '')
		.replace(/(.)\1+/g, '$1');
}

/** 1 − normalised Levenshtein distance. */
export function similarity(a: string, b: string): number {
	if (a === b) return 1;
	const n = a.length;
	const m = b.length;
	if (!n || !m) return 0;
	let prev = new Array<number>(m + 1);
	let cur = new Array<number>(m + 1);
	for (let j = 0; j <= m; j++) prev[j] = j;
	for (let i = 1; i <= n; i++) {
		cur[0] = i;
		for (let j = 1; j <= m; j++) {
			cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
		}
		[prev, cur] = [cur, prev];
	}
	return 1 - prev[m] / Math.max(n, m);
}
