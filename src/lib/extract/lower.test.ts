import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lowerKeepingOffsets } from './lower';

describe('lowerKeepingOffsets', () => {
	it('is toLowerCase wherever that keeps the length', () => {
		expect(lowerKeepingOffsets('President Joe BIDEN, ΣΟΦΙΑ')).toBe('President Joe BIDEN, ΣΟΦΙΑ'.toLowerCase());
	});

	it('lowers "İ" to one character, so that offsets after it still agree with the text', () => {
		const text = 'Joe Biden İı killed people';
		const lower = lowerKeepingOffsets(text);
		expect(text.toLowerCase().length).toBe(text.length + 1); // what went wrong
		expect(lower).toBe('joe biden iı killed people');
		expect(text.slice(lower.indexOf('people'))).toBe('people');
	});

	it('keeps the length of any text, astral letters and lone surrogates included', () => {
		const piece = fc.oneof(fc.constantFrom('İ', 'ı', 'Σ', 'ß', '𐐀', '\ud800', '\udc00', 'A', ' '), fc.string({ unit: 'grapheme', maxLength: 4 }));
		fc.assert(
			fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
				const s = parts.join('');
				const lower = lowerKeepingOffsets(s);
				expect(lower.length).toBe(s.length);
				if (!s.includes('İ')) expect(lower).toBe(s.toLowerCase());
			}),
			{ numRuns: 2000 }
		);
	});
});
