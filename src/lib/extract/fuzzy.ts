/** String similarity for spelling and transliteration variants of names. */

/** Consonant skeleton: vowels, apostrophes and hyphens dropped ("Kait'ib" and "Kata'ib" → "ktb"). */
export function skeleton(s: string): string {
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
