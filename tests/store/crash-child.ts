/**
 * Child process for crash.test.ts: ingests N SYNTHETIC articles into a SQLite file,
 * printing one line per committed article, so the parent can kill it mid-batch.
 */
import { openStore } from '../../src/lib/server/store/index';
import { syntheticArticles } from '../../bench/synthetic';

const [file, n] = [process.argv[2], Number(process.argv[3])];
const store = await openStore({ file });
let i = 0;
for (const a of syntheticArticles(n, 21)) {
	await store.saveArticle({ text: a.text, published: a.published, url: a.url, title: a.title, source: a.source }, a.extraction);
	process.stdout.write(`saved ${++i}\n`);
}
await store.close();
process.stdout.write('done\n');
