/**
 * Lower case that keeps every offset. `toLowerCase` lengthens one character, "İ" (U+0130 →
 * "i" + combining dot, two code units), so a lowered copy of a text that holds it no longer
 * lines up with the text: every offset read from the copy after it points one place off.
 * Such a character is lowered to the first character of its lower case instead.
 */
export function lowerKeepingOffsets(s: string): string {
	const lower = s.toLowerCase();
	// No lower-case mapping shortens a character: equal lengths mean every offset agrees.
	if (lower.length === s.length) return lower;
	let out = '';
	for (const ch of s) {
		const l = ch.toLowerCase();
		if (l.length === ch.length) out += l;
		else {
			const first = String.fromCodePoint(l.codePointAt(0)!);
			out += first.length === ch.length ? first : ch;
		}
	}
	return out;
}
