/**
 * Whole-pipeline throughput on real news: the TimeBank and AQUAINT texts of
 * ../shared (TimeML tags stripped), side by side in one run with bare
 * chrono.parse and with compromise's people()/places()/organizations() on the
 * same texts, plus where extract()'s time goes, stage by stage. One core; the
 * machine's load affects all three alike, so compare the ratios: chrono and
 * extract() take turns, round by round, and each figure is the median round.
 * Loading the gazetteers is paid once per process and reported apart.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as chrono from 'chrono-node';
import { extract } from '../src/lib/extract/index';
import { loadGazetteers } from '../src/lib/extract/geo';

interface Doc {
	text: string;
	dct: string;
}

function loadDocs(sharedDir: string): Doc[] {
	const root = join(sharedDir, 'data', 'timeml', 'TBAQ-cleaned');
	const docs: Doc[] = [];
	for (const sub of ['TimeBank', 'AQUAINT']) {
		for (const f of readdirSync(join(root, sub)).filter((x) => x.endsWith('.tml')).sort()) {
			const xml = readFileSync(join(root, sub, f), 'utf8');
			const dct = /<DCT>[\s\S]*?value="(\d{4}-\d{2}-\d{2})/.exec(xml)?.[1] ?? '1998-01-01';
			const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1] ?? xml;
			const text = body.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'");
			docs.push({ text, dct });
		}
	}
	return docs;
}

function time(docs: Doc[], rounds: number, fn: (d: Doc) => void): number {
	const t = performance.now();
	for (let r = 0; r < rounds; r++) for (const d of docs) fn(d);
	return (performance.now() - t) / (rounds * docs.length);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const ROUNDS = 5;

export async function benchPipeline(sharedDir: string): Promise<Record<string, unknown>> {
	const docs = loadDocs(sharedDir);
	const words = docs.reduce((s, d) => s + d.text.split(/\s+/).filter(Boolean).length, 0) / docs.length;
	const nlp = (await import('compromise')).default;

	// Paid once per process: the city gazetteer and the country shapes, then the first article.
	let t = performance.now();
	loadGazetteers();
	const loadMs = performance.now() - t;
	t = performance.now();
	extract({ text: docs[0].text, published: docs[0].dct });
	const firstMs = performance.now() - t;
	// Warm-up: JIT settles.
	for (const d of docs.slice(0, 40)) {
		extract({ text: d.text, published: d.dct });
		chrono.parse(d.text, new Date(`${d.dct}T12:00:00Z`));
	}
	const chronoRounds: number[] = [];
	const extractRounds: number[] = [];
	const stageRounds: Array<Record<string, number>> = [];
	for (let r = 0; r < ROUNDS; r++) {
		chronoRounds.push(time(docs, 1, (d) => chrono.parse(d.text, new Date(`${d.dct}T12:00:00Z`))));
		const timings: Record<string, number> = {};
		extractRounds.push(time(docs, 1, (d) => extract({ text: d.text, published: d.dct }, timings)));
		stageRounds.push(timings);
	}
	const chronoMs = median(chronoRounds);
	const extractMs = median(extractRounds);
	// compromise is slow: it runs on a sample, warmed up like the others, and extract() is timed on the same
	// sample in alternate rounds, so that the ratio compares the same texts under the same load.
	const sample = docs.slice(0, Math.min(docs.length, 60));
	const compromise = (d: Doc) => {
		const doc = nlp(d.text);
		doc.people().out('array');
		doc.places().out('array');
		doc.organizations().out('array');
	};
	for (const d of sample.slice(0, 10)) compromise(d);
	const compromiseRounds: number[] = [];
	const sampleRounds: number[] = [];
	for (let r = 0; r < 3; r++) {
		compromiseRounds.push(time(sample, 1, compromise));
		sampleRounds.push(time(sample, 1, (d) => extract({ text: d.text, published: d.dct })));
	}
	const compromiseMs = median(compromiseRounds);
	const extractSampleMs = median(sampleRounds);
	const perDoc = Object.fromEntries(Object.keys(stageRounds[0]).map((k) => [k, median(stageRounds.map((x) => x[k] ?? 0)) / docs.length]));
	const total = Object.values(perDoc).reduce((s, v) => s + v, 0);
	const sampleWords = sample.reduce((s, d) => s + d.text.split(/\s+/).filter(Boolean).length, 0) / sample.length;
	const per650 = (ms: number, w = words) => ms * (650 / w);

	console.log(`${docs.length} documents, ${words.toFixed(0)} words on average (rates below scaled to 650-word articles)`);
	console.log(`${'what'.padEnd(44)} ${'ms/doc'.padStart(8)} ${'articles/s (650 w)'.padStart(20)}`);
	const row = (name: string, ms: number, w = words) => console.log(`${name.padEnd(44)} ${ms.toFixed(3).padStart(8)} ${(1000 / per650(ms, w)).toFixed(0).padStart(20)}`);
	row('bare chrono.parse', chronoMs);
	row('sitrep extract() — whole pipeline', extractMs);
	row(`compromise people/places/orgs (first ${sample.length} docs)`, compromiseMs, sampleWords);
	row(`sitrep extract() on the same ${sample.length} docs`, extractSampleMs, sampleWords);
	console.log(`ratio extract / chrono: ${(extractMs / chronoMs).toFixed(2)}× (target ≤ 2×); per round: ${extractRounds.map((x, i) => (x / chronoRounds[i]).toFixed(2)).join(' ')}`);
	console.log(`ratio compromise / extract on the same ${sample.length} docs: ${(compromiseMs / extractSampleMs).toFixed(1)}× (target ≥ 20×); per round: ${compromiseRounds.map((x, i) => (x / sampleRounds[i]).toFixed(1)).join(' ')}`);
	console.log(`loaded once per process: gazetteers ${loadMs.toFixed(0)} ms, then the first article ${firstMs.toFixed(0)} ms`);
	console.log('\nwhere extract() spends its time (ms per document, median round, share):');
	for (const [k, v] of Object.entries(perDoc).sort((a, b) => b[1] - a[1])) console.log(`  ${k.padEnd(12)} ${v.toFixed(3).padStart(8)}  ${((100 * v) / total).toFixed(1).padStart(5)}%`);
	return {
		documents: docs.length,
		wordsPerDoc: words,
		chronoMsPerDoc: chronoMs,
		extractMsPerDoc: extractMs,
		compromiseMsPerDoc: compromiseMs,
		extractArticlesPerSecond650: 1000 / per650(extractMs),
		ratioToChrono: extractMs / chronoMs,
		extractSampleMsPerDoc: extractSampleMs,
		compromiseOverExtract: compromiseMs / extractSampleMs,
		gazetteerLoadMs: loadMs,
		firstArticleMs: firstMs,
		stages: perDoc
	};
}
