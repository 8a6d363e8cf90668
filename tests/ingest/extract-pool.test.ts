/**
 * Extraction threads (src/lib/server/ingest/extract-pool.ts): the same answers as extraction in-process,
 * bad articles refused with the extractor's own message, and a thread that cannot start or dies costs no article.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ArticleInput } from '../../src/lib/core/types';
import { extract } from '../../src/lib/extract/index';
import { defaultExtractThreads, ExtractPool } from '../../src/lib/server/ingest/extract-pool';
import { tempDir } from './helpers';

// Each thread loads the extractor and its gazetteers: seconds on a loaded 2-core machine.
const SLOW = 120_000;

const ARTICLES: ArticleInput[] = [
	{ id: 'a', published: '2021-02-26', text: 'US forces carried out airstrikes in eastern Syria on Thursday against facilities used by Kata\'ib Hezbollah (KH), the Pentagon said. Press Secretary John Kirby said the strikes were ordered by President Joe Biden.' },
	{ id: 'b', published: '2023-05-04', text: 'Gunmen killed six villagers near Gao on Tuesday, local officials said. The attack came after soldiers arrested two suspects in the area last week.' },
	{ id: 'c', published: '2022-11-20', text: 'Thousands of teachers marched in Nairobi on Saturday to demand higher pay. Police fired tear gas to disperse the crowd.' },
	{ id: 'd', published: '2024-01-09', text: 'The European Union imposed sanctions on three Iranian officials on Monday over drone deliveries to Russia.' }
];

function script(dir: string, name: string, body: string): string {
	const file = path.join(dir, name);
	fs.writeFileSync(file, body);
	return file;
}

describe('extraction threads', () => {
	it('give the same extraction as the extractor in-process, spread over the threads, and refuse bad input with its message', async () => {
		const errors: string[] = [];
		const pool = new ExtractPool({ threads: 2, onError: (m) => errors.push(m) });
		try {
			const many = Array.from({ length: 12 }, (_, i) => ARTICLES[i % ARTICLES.length]);
			const threaded = await Promise.all(many.map((a) => pool.extract(a)));
			expect(pool.liveThreads).toBe(2);
			expect(threaded).toEqual(many.map((a) => extract(a)));
			expect(threaded[1].events.length).toBeGreaterThan(0);
			await expect(pool.extract({ text: '   ', published: '2021-01-01' })).rejects.toThrow('empty text: nothing to extract');
			await expect(pool.extract({ text: 'Some text.', published: '2021-02-30' })).rejects.toThrow(/invalid publication date/);
			expect(errors).toEqual([]);
		} finally {
			await pool.close();
		}
		await expect(pool.extract(ARTICLES[0])).rejects.toThrow(/closed/);
	}, SLOW);

	it('extracts in-process when a thread cannot start, and says why', async () => {
		const dir = tempDir();
		const broken = script(dir, 'broken.mjs', "throw new Error('no loader here');\n");
		const errors: string[] = [];
		const pool = new ExtractPool({ threads: 1, entry: broken, onError: (m) => errors.push(m) });
		try {
			const got = await Promise.all(ARTICLES.map((a) => pool.extract(a)));
			expect(got).toEqual(ARTICLES.map((a) => extract(a)));
			expect(errors.join('\n')).toMatch(/extraction thread failed: no loader here/);
			expect(pool.liveThreads).toBe(0);
		} finally {
			await pool.close();
		}
	}, SLOW);

	it('hands the articles of a thread that dies mid-work back to be extracted in-process', async () => {
		const dir = tempDir();
		// A thread that takes its first article and exits without an answer.
		const dying = script(dir, 'dying.mjs', "import { parentPort } from 'node:worker_threads';\nparentPort.on('message', () => process.exit(3));\n");
		const errors: string[] = [];
		const pool = new ExtractPool({ threads: 1, entry: dying, onError: (m) => errors.push(m) });
		try {
			const got = await Promise.all(ARTICLES.map((a) => pool.extract(a)));
			expect(got.map((x) => x.article.id)).toEqual(['a', 'b', 'c', 'd']);
			expect(got).toEqual(ARTICLES.map((a) => extract(a)));
			expect(errors).toEqual(['extraction thread exited with code 3']);
		} finally {
			await pool.close();
		}
	}, SLOW);

	it('uses no thread without an entry to start', async () => {
		const errors: string[] = [];
		const pool = new ExtractPool({ threads: 2, entry: null, onError: (m) => errors.push(m) });
		expect((await pool.extract(ARTICLES[2])).events).toEqual(extract(ARTICLES[2]).events);
		expect(pool.liveThreads).toBe(0);
		expect(errors).toHaveLength(1);
		await pool.close();
	}, SLOW);

	it('by default takes one thread per core beyond the one that stores, at most four', () => {
		expect([1, 2, 3, 4, 8, 64].map((cores) => defaultExtractThreads(cores))).toEqual([0, 1, 2, 3, 4, 4]);
	});
});
