import { describe, expect, it } from 'vitest';
import { parseNumber } from './numbers';

describe('parseNumber', () => {
	it('reads numerals, number words, compounds and vague quantities', () => {
		expect(parseNumber('1,200')).toBe(1200);
		expect(parseNumber('Six')).toBe(6);
		expect(parseNumber('twenty-one')).toBe(21);
		expect(parseNumber('dozens')).toBe(12);
		expect(parseNumber('hundreds')).toBe(100);
		expect(parseNumber('an')).toBeUndefined();
		expect(parseNumber('protesters')).toBeUndefined();
	});

	it('does not take the names of Object.prototype members for numbers', () => {
		for (const w of ['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__', 'isPrototypeOf']) expect(parseNumber(w), w).toBeUndefined();
	});
});
