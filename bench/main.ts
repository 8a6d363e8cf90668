/**
 * `npm run bench [-- PART…]`: speed and memory figures, printed (targets live here, not in
 * timed unit tests). Parts: temporal, pipeline, store, browser (default: all).
 * Figures depend on the machine: run on an otherwise idle machine and compare within one run.
 */
import { requireShared } from '../src/eval/shared';

type Part = { name: string; run: (shared: string) => Promise<unknown> };

const PARTS: Part[] = [
	{ name: 'temporal', run: async (shared) => (await import('./temporal')).benchTemporal(shared) },
	{ name: 'pipeline', run: async (shared) => (await import('./pipeline')).benchPipeline(shared) },
	{ name: 'store', run: async () => (await import('./store')).benchStore() },
	{ name: 'browser', run: async () => (await import('./browser')).benchBrowser() }
];

const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const unknown = wanted.filter((w) => !PARTS.some((p) => p.name === w));
if (unknown.length) {
	console.error(`bench: unknown part(s) ${unknown.join(', ')}; choose from ${PARTS.map((p) => p.name).join(', ')}`);
	process.exit(2);
}
const shared = requireShared();
const results: Record<string, unknown> = {};
let failed = false;
for (const part of PARTS.filter((p) => wanted.length === 0 || wanted.includes(p.name))) {
	console.log(`\n=== bench: ${part.name} ===`);
	try {
		results[part.name] = await part.run(shared);
	} catch (error) {
		failed = true;
		console.error(`bench ${part.name} failed: ${(error as Error).stack ?? error}`);
	}
}
console.log('\n=== summary (JSON) ===');
console.log(JSON.stringify(results, null, 2));
process.exit(failed ? 1 : 0);
