/**
 * Property tests of the two text entry points, extract() and findTimexes(), on
 * mutated demo articles and random text: they either refuse with an InputError or
 * return a schema-valid document whose every offset is exact, within a time bound.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/lib/extract/index';
import { findTimexes } from '../../src/lib/extract/temporal/index';
import { InputError } from '../../src/lib/core/types';
import { anyText, demoArticles, HOSTILE_SNIPPETS, publishedArb, runs, timed } from './gen';
import { extractionProblems, timexProblems } from './check';

const demo = demoArticles();
const texts = demo.map((d) => d.text);
// Generous: a few hundred characters take ~2 ms; the bound is there to catch a hang, not to benchmark.
const BOUND_MS = 10_000;

const metaArb = fc.record(
	{
		title: fc.oneof(fc.constantFrom(...HOSTILE_SNIPPETS), fc.string({ unit: 'grapheme', maxLength: 80 })),
		url: fc.oneof(fc.webUrl(), fc.constantFrom('javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', ' ', 'http://[::1]/')),
		source: fc.string({ maxLength: 40 }),
		id: fc.string({ maxLength: 40 })
	},
	{ requiredKeys: [] }
);

function checkExtract(text: string, published: string | undefined, meta: Record<string, string>): void {
	const r = timed(() => extract({ text, published, ...meta }));
	expect(r.ms, `extract took ${r.ms.toFixed(0)} ms on ${text.length} chars`).toBeLessThan(BOUND_MS);
	if (r.error !== undefined) {
		// the only acceptable failure is a clean refusal of the input
		expect(r.error, String((r.error as Error)?.stack ?? r.error)).toBeInstanceOf(InputError);
		return;
	}
	const problems = extractionProblems(text, r.value!);
	expect(problems, problems.slice(0, 5).join('\n')).toEqual([]);
}

describe('extract() under fuzzing', () => {
	it('short mutated excerpts and random text: refusal or a valid document (1,200 inputs)', () => {
		fc.assert(
			fc.property(anyText(texts, 700), fc.option(publishedArb, { nil: undefined }), metaArb, (text, published, meta) => {
				checkExtract(text, published, meta);
			}),
			runs(1200)
		);
	});

	// Found by the test above: "İ" lower-cases to two characters, and the lowered copy of the text shifted every later offset.
	it('keeps offsets after a character whose lower case is longer ("İ")', () => {
		checkExtract('| \\ \t President Joe Biden İı killed 1,000,000,000,000 people', '1946-07-22T16:35:05.902Z', {});
		checkExtract('President Joe Biden İstanbul visit: protesters gathered in İzmir on Monday. Biden said the protesters were peaceful.', '2021-03-01', {});
	});

	it('whole mutated articles (120 inputs)', () => {
		fc.assert(
			fc.property(anyText(texts, 6000), publishedArb, (text, published) => checkExtract(text, published, {})),
			runs(120)
		);
	});

	it('refuses non-strings and empty text with an InputError, never a TypeError', () => {
		for (const bad of [undefined, null, 42, {}, [], '', '   \n\t ', '\u0000\u0000abc']) {
			expect(() => extract({ text: bad as unknown as string, published: '2021-02-26' })).toThrow(InputError);
		}
		expect(() => extract(null as never)).toThrow(InputError);
	});
});

describe('findTimexes() under fuzzing', () => {
	it('offsets are exact slices and values are TimeML, or the reference is refused (2,000 inputs)', () => {
		fc.assert(
			fc.property(anyText(texts, 500), publishedArb, (text, dct) => {
				const r = timed(() => findTimexes(text, dct));
				expect(r.ms).toBeLessThan(BOUND_MS);
				if (r.error !== undefined) {
					expect(r.error, String((r.error as Error)?.stack ?? r.error)).toBeInstanceOf(InputError);
					return;
				}
				const problems = timexProblems(text, r.value!);
				for (const t of r.value!) if (typeof t.value !== 'string' || t.value === '') problems.push(`empty value at ${t.start}`);
				expect(problems, problems.slice(0, 5).join('\n')).toEqual([]);
			}),
			runs(2000)
		);
	});
});
