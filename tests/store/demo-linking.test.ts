/**
 * Linking on real extractor output: the project's demo corpus (data/demo, written
 * for sitrep) through extract() and saveArticle. Asserts properties of the graph,
 * not the extractor's exact output, which other work keeps improving.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { extract } from '../../src/lib/extract/index';
import { openStore } from '../../src/lib/server/store/index';

const demo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../data/demo');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sitrep-demo-link-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function articles() {
	return fs
		.readdirSync(demo)
		.filter((f) => f.endsWith('.txt'))
		.sort()
		.map((f) => {
			const meta = JSON.parse(fs.readFileSync(path.join(demo, f.replace(/\.txt$/, '.meta.json')), 'utf8'));
			return { text: fs.readFileSync(path.join(demo, f), 'utf8'), ...meta };
		});
}

describe('linking the demo corpus', () => {
	it('stores every article once, merges reports of the same events across outlets, and keeps provenance exact', async () => {
		const store = await openStore({ file: path.join(tmp, 'demo.db') });
		try {
			const docs = articles();
			expect(docs.length).toBeGreaterThanOrEqual(25);
			const extractions = docs.map((d) => extract({ text: d.text, published: d.published, url: d.url, title: d.title, source: d.source }));
			for (const [i, d] of docs.entries()) expect((await store.saveArticle(d, extractions[i])).inserted).toBe(true);
			const stats = await store.stats();
			for (const [i, d] of docs.entries()) expect((await store.saveArticle(d, extractions[i])).inserted).toBe(false);
			expect(await store.stats()).toEqual(stats);

			expect(stats.events).toBeGreaterThan(0);
			expect(stats.events).toBeLessThan(stats.mentions);
			const { events } = await store.listEvents({ limit: 5000 });
			const multi = events.filter((e) => e.sourceCount > 1);
			expect(multi.length).toBeGreaterThan(0);
			for (const e of multi.slice(0, 20)) {
				const d = (await store.getEvent(e.id))!;
				expect(new Set(d.sources.map((s) => s.articleId)).size).toBeGreaterThan(1);
				for (const s of d.sources) expect(s.text.slice(s.evidence.start, s.evidence.end)).toBe(s.evidence.text);
				for (const m of d.merges) expect(m.reason.length).toBeGreaterThan(0);
			}
			const actors = await store.listActors({ limit: 5000 });
			// One canonical actor per normalised name and kind: resolution did not leave exact duplicates behind.
			const names = actors.map((a) => `${a.kind}|${a.name.toLowerCase()}`);
			expect(new Set(names).size).toBe(names.length);
		} finally {
			await store.close();
		}
	}, 240_000);
});
