import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { TOKEN, tokenize } from './tokens';

/** The tokens TOKEN finds, as [start, end] pairs: the reference the scanner must agree with. */
function reference(text: string): Array<[number, number]> {
	const re = new RegExp(TOKEN.source, TOKEN.flags);
	return [...text.matchAll(re)].map((m) => [m.index, m.index + m[0].length]);
}

const scanned = (text: string): Array<[number, number]> => tokenize(text, [{ index: 0, start: 0, end: text.length }]).map((t) => [t.start, t.end]);

describe('tokenize', () => {
	it.each([
		["U.S.-led strikes hit Kata'ib Hezbollah (KH) on Feb. 25, killing 1,200.5 people", ['U.S.-led', 'strikes', 'hit', "Kata'ib", 'Hezbollah', '(', 'KH', ')', 'on', 'Feb', '.', '25', ',', 'killing', '1,200.5', 'people']],
		['the 1990s and the 2nd, 3rd and 4th of May at 10:30', ['the', '1990s', 'and', 'the', '2nd', ',', '3rd', 'and', '4th', 'of', 'May', 'at', '10:30']],
		["Iranian-backed al-Qa'ida's e.g. A.B -x x- 'quoted'", ['Iranian-backed', "al-Qa'ida's", 'e.g.', 'A', '.', 'B', '-', 'x', 'x', '-', "'", 'quoted', "'"]],
		['Qāmishlī, Ελλάδα and 𝐀𝐁 😀 na\u0308ive', ['Qāmishlī', ',', 'Ελλάδα', 'and', '𝐀𝐁', '😀', 'na\u0308ive']]
	])('%s', (text, want) => {
		expect(tokenize(text, [{ index: 0, start: 0, end: text.length }]).map((t) => t.text)).toEqual(want);
	});

	it('finds exactly the tokens of its defining expression', () => {
		const piece = fc.oneof(
			fc.constantFrom('U.S.', 'a.m.', '-led', "'s", '\u2019', '1,000', '3.5', '10:30', '1st', '2nd', '4th', '90s', 'ab', 'Zé', 'ñ', '\u0301', '\u0308', 'Ω', '𝐀', '😀', '\ud800', '\udc00', '\u00a0', '\u2003', '\t', '\n', ' ', '.', ',', ':', '-', "'", '_', '٣', 'x'),
			fc.string({ maxLength: 3 }),
			fc.string({ unit: 'binary', maxLength: 3 })
		);
		fc.assert(
			fc.property(fc.array(piece, { maxLength: 25 }).map((ps) => ps.join('')), (text) => {
				expect(scanned(text)).toEqual(reference(text));
			}),
			{ numRuns: 2000 }
		);
	});

	it('keeps to its sentence', () => {
		const text = 'Alpha beta. U.S. gamma';
		const toks = tokenize(text, [
			{ index: 0, start: 0, end: 3 },
			{ index: 1, start: 12, end: 14 }
		]);
		expect(toks.map((t) => [t.text, t.sentence])).toEqual([
			['Alp', 0],
			['U', 1],
			['.', 1]
		]);
	});
});
