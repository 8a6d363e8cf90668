/**
 * Generators shared by the fuzz tests: real fixtures (the demo corpus) mutated by
 * random edits, hostile characters (bidi overrides, zero-width, lone surrogates,
 * control bytes), pathological runs, and plain random strings.
 */
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');
export const SHARED = process.env.SITREP_SHARED ?? join(ROOT, '..', 'shared');

/** The demo articles with their metadata, read at test time. */
export function demoArticles(): { name: string; text: string; meta: Record<string, string> }[] {
	const dir = join(ROOT, 'data', 'demo');
	return readdirSync(dir)
		.filter((f) => f.endsWith('.txt'))
		.sort()
		.map((f) => {
			const metaFile = join(dir, f.replace(/\.txt$/, '.meta.json'));
			let meta: Record<string, string> = {};
			try {
				meta = JSON.parse(readFileSync(metaFile, 'utf8'));
			} catch {
				/* an article without a sidecar */
			}
			return { name: f, text: readFileSync(join(dir, f), 'utf8'), meta };
		});
}

/** Characters that break naive text handling: direction overrides, invisible joiners, BOM, surrogates, controls. */
export const HOSTILE_CHARS = [
	'\u202e', '\u202d', '\u202a', '\u202b', '\u202c', '\u2066', '\u2067', '\u2068', '\u2069', '\u200e', '\u200f', '\u061c',
	'\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u180e',
	'\ud83d\udca5', '\ud83c\uddfa\ud83c\uddf8', '\ud800', '\udfff', 'e\u0301', '\u0300\u0301\u0302',
	'\u0001', '\u0007', '\u001b[31m', '\u007f', '\u0085', '\u2028', '\u2029', '\r', '\r\n', '\t', '\f', '\v', '\u00a0', '\u3000',
	'\uFFFD', '\uFFFF', 'ﬁ', 'İ', 'ß', '\u0130\u0131', 'ǅ'
];

/** Short strings that trip up parsers, markup and date grammars. */
export const HOSTILE_SNIPPETS = [
	'<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', "javascript:alert('x')", '<svg onload=alert(1)>',
	'{{constructor.constructor("alert(1)")()}}', '${alert(1)}', '</textarea><script>', '&lt;&amp;&#x3c;&#0;', ']]>', '<![CDATA[',
	'__proto__', 'constructor', 'prototype', '=cmd|" /C calc"!A0', '\\u0000', '%00', '../../etc/passwd',
	'on Monday', 'last Thursday', 'January 5', '12/31/2020', '2020-02-30', '31 February', '29 Feb 2021', '25:61', '0000-00-00',
	'9999-12-31', 'the 1990s', 'two weeks ago', 'next year', 'Q3', 'in the morning', 'at 3 p.m. GMT', 'since 1979', 'AD 33',
	'killed 1,000,000,000,000 people', '-5 dead', 'NaN', 'Infinity', '1e308', 'President Joe Biden', 'U.S.', 'Iran’s IRGC', 'Baghdad',
	'...', '—', '"', "'", '(', ')', '[', ']', '*', '+', '?', '\\', '|', '^', '$'
];

/** Pathological runs: the shapes behind catastrophic backtracking in date grammars (chrono #382, #399). */
export const runArb = fc
	.tuple(
		fc.constantFrom(' ', '1', '12', '1 ', ':', '12:', '-', '.', ',', '/', '1/', ' \t', '\n', 'Monday ', 'at ', 'the ', '0', '.1', 'a', '"'),
		fc.integer({ min: 50, max: 3000 })
	)
	.map(([unit, n]) => unit.repeat(n));

const pieceArb = fc.oneof(
	{ weight: 3, arbitrary: fc.constantFrom(...HOSTILE_CHARS) },
	{ weight: 3, arbitrary: fc.constantFrom(...HOSTILE_SNIPPETS) },
	{ weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
	{ weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
	{ weight: 1, arbitrary: runArb }
);

type Edit =
	| { op: 'insert'; at: number; s: string }
	| { op: 'delete'; at: number; len: number }
	| { op: 'dup'; at: number; len: number }
	| { op: 'replace'; at: number; len: number; s: string }
	| { op: 'upper' | 'lower'; at: number; len: number };

const at = fc.double({ min: 0, max: 1, noNaN: true });
const len = fc.integer({ min: 0, max: 400 });
const editArb: fc.Arbitrary<Edit> = fc.oneof(
	fc.record({ op: fc.constant('insert' as const), at, s: pieceArb }),
	fc.record({ op: fc.constant('delete' as const), at, len }),
	fc.record({ op: fc.constant('dup' as const), at, len }),
	fc.record({ op: fc.constant('replace' as const), at, len, s: pieceArb }),
	fc.record({ op: fc.constantFrom('upper' as const, 'lower' as const), at, len })
);

export function applyEdits(text: string, edits: Edit[]): string {
	let t = text;
	for (const e of edits) {
		const i = Math.floor(e.at * t.length);
		switch (e.op) {
			case 'insert':
				t = t.slice(0, i) + e.s + t.slice(i);
				break;
			case 'delete':
				t = t.slice(0, i) + t.slice(i + e.len);
				break;
			case 'dup':
				t = t.slice(0, i + e.len) + t.slice(i, i + e.len) + t.slice(i + e.len);
				break;
			case 'replace':
				t = t.slice(0, i) + e.s + t.slice(i + e.len);
				break;
			case 'upper':
				t = t.slice(0, i) + t.slice(i, i + e.len).toUpperCase() + t.slice(i + e.len);
				break;
			case 'lower':
				t = t.slice(0, i) + t.slice(i, i + e.len).toLowerCase() + t.slice(i + e.len);
				break;
		}
	}
	return t;
}

/**
 * A real text, cut to a window (so that a thousand runs stay fast) and then edited.
 * `window` bounds the length of the excerpt taken before edits.
 */
export function mutatedText(texts: string[], window = 600): fc.Arbitrary<string> {
	return fc
		.tuple(fc.nat({ max: texts.length - 1 }), at, fc.integer({ min: 1, max: window }), fc.array(editArb, { maxLength: 6 }))
		.map(([k, from, size, edits]) => {
			const src = texts[k];
			const start = Math.floor(from * Math.max(0, src.length - size));
			return applyEdits(src.slice(start, start + size), edits);
		});
}

/** Text of any origin: mostly mutated real news, some random strings, some pathological runs. */
export function anyText(texts: string[], window = 600): fc.Arbitrary<string> {
	return fc.oneof(
		{ weight: 6, arbitrary: mutatedText(texts, window) },
		{ weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 300 }) },
		{ weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 300 }) },
		{ weight: 1, arbitrary: fc.array(pieceArb, { maxLength: 30 }).map((a) => a.join(' ')) }
	);
}

/** ISO dates (valid and not), plus garbage, for `published` fields. */
export const publishedArb = fc.oneof(
	{ weight: 6, arbitrary: fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString()) },
	{ weight: 3, arbitrary: fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)) },
	{ weight: 1, arbitrary: fc.constantFrom('2021-02-30', '2021-13-01', '0000-00-00', '', 'yesterday', '2021-02-26T25:00:00Z', '10000-01-01', '2021-02-26T14:00:00+14:00') },
	{ weight: 1, arbitrary: fc.string({ maxLength: 30 }) }
);

/** Times one call; the fuzz properties assert no single input takes longer than a bound. */
export function timed<T>(fn: () => T): { value?: T; error?: unknown; ms: number } {
	const t0 = performance.now();
	try {
		const value = fn();
		return { value, ms: performance.now() - t0 };
	} catch (error) {
		return { error, ms: performance.now() - t0 };
	}
}

/** Settings every fuzz property uses: fixed number of runs; fast-check prints the seed and path on failure. */
export function runs(n: number): fc.Parameters<unknown> {
	const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
	return { numRuns: n, ...(seed !== undefined ? { seed } : {}), endOnFailure: true };
}
