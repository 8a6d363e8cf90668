/**
 * Pathological text through the whole pipeline: the input shapes behind chrono-node's
 * ReDoS reports (#382: numbers and time units separated by long runs of spaces;
 * #399: ordinal words separated by long runs of spaces, cubic in chrono 2.3) and long
 * runs of spaces, digits and punctuation. Each must finish within a bound that a
 * linear pipeline meets with a wide margin on a loaded 2-core machine and that a
 * quadratic one misses by minutes.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/lib/core/types';
import { extract } from '../../src/lib/extract/index';
import { findTimexes } from '../../src/lib/extract/temporal/index';
import { ingest } from '../../src/lib/server/ingest/pipeline';
import { openStore } from '../../src/lib/server/store/index';
import type { Store } from '../../src/lib/server/store/types';
import { extractionProblems } from '../fuzz/check';

const N = 60_000;
const gap = (n: number) => ' '.repeat(n);
/** Built here from the shapes described in the reports, not copied from them. */
const CASES: Record<string, string> = {
	'chrono #382 shape: unit counts split by runs of spaces': `XQ7${gap(180)}186${gap(50)}days${gap(270)}18${gap(50)}hours${gap(270)}37${gap(50)}minutes${gap(270)}01`.repeat(40),
	'chrono #399 shape: ordinals split by long runs of spaces': `second ${gap(8000)} fourth ${gap(8000)} jum`,
	'#399 shape, longer': `first ${gap(20_000)} third ${gap(20_000)} of ${gap(20_000)} May`,
	'spaces after a date cue': 'On Monday' + gap(N) + 'the army attacked',
	'digits': '1'.repeat(N),
	'digits and spaces': '1 '.repeat(N / 2),
	'clock-like digits': '12:'.repeat(N / 3),
	'slashes': '1/'.repeat(N / 2),
	'dashes': '-'.repeat(N),
	'dots': '.'.repeat(N),
	'punctuation mix': '.,;:!?-"\''.repeat(N / 9),
	'weekday run': 'Monday '.repeat(N / 7),
	'month run': 'May '.repeat(N / 4),
	'ago run': '3 days ago '.repeat(N / 11),
	'trigger word run, no sentence end': 'killed '.repeat(N / 7),
	'name run, no sentence end': 'the US '.repeat(N / 7),
	'tabs and newlines': 'a\t\n \n'.repeat(N / 5),
	'no spaces at all': 'x'.repeat(N)
};

// A linear pipeline takes well under a second per case here; the bound leaves room for a
// machine shared by many processes, and is still minutes short of a quadratic blow-up.
const BOUND_MS = 30_000;

describe('pathological text: findTimexes and extract finish in bounded time', () => {
	for (const [name, text] of Object.entries(CASES)) {
		it(`${name} (${text.length} chars)`, () => {
			let t0 = performance.now();
			const timexes = findTimexes(text, '2021-02-26');
			expect(performance.now() - t0, 'findTimexes').toBeLessThan(BOUND_MS);
			for (const t of timexes) expect(text.slice(t.start, t.end)).toBe(t.text);
			t0 = performance.now();
			try {
				const doc = extract({ text, published: '2021-02-26' });
				expect(extractionProblems(text, doc)).toEqual([]);
			} catch (e) {
				expect(e).toBeInstanceOf(InputError);
			}
			expect(performance.now() - t0, 'extract').toBeLessThan(BOUND_MS);
		});
	}
});

describe('pathological text through ingestion into the store', () => {
	let store: Store;
	let dir: string;
	beforeAll(async () => {
		dir = mkdtempSync(join(tmpdir(), 'sitrep-redos-'));
		store = await openStore({ url: join(dir, 'redos.db') });
	});
	afterAll(async () => {
		await store?.close();
		rmSync(dir, { recursive: true, force: true });
	});

	it('every case is stored or refused with a reason, each within the bound', async () => {
		for (const [name, text] of Object.entries(CASES)) {
			const t0 = performance.now();
			const s = await ingest([{ kind: 'text', text, published: '2021-02-26', title: name }], { store });
			expect(performance.now() - t0, name).toBeLessThan(BOUND_MS);
			expect(s.ingested + s.failed + s.duplicates + s.nearDuplicates, name).toBe(1);
			for (const f of s.failures) expect(f.error.length).toBeGreaterThan(0);
		}
		const stats = await store.stats();
		expect(stats.articles).toBeGreaterThan(0);
	});
});
