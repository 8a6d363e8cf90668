/** `sitrep reextract [--since VERSION] [--json]`: re-run the current extractor over stored articles; corrections survive. */
import cliProgress from 'cli-progress';
import { reextract, type ReextractReport } from '../../lib/server/corrections/reextract';
import { openStore, resolveDatabaseUrl } from '../../lib/server/store/index';
import { parseCommand } from '../args';
import { lowerPriority, parseNice } from '../priority';
import { EXTRACTOR_VERSION } from '../../lib/extract/version';
import { parseThreads, startExtractPool } from '../threads';

const HELP = `usage: sitrep [--db FILE|URL] reextract [--since VERSION] [--json] [--quiet] [--nice N] [--threads N]
Runs the current extractor again over stored articles (all of them, or only those
extracted by VERSION or a later one) and relinks them. Human corrections (edits,
rejections, merges, splits) are re-applied, so they survive. Prints what changed.
  --nice N     CPU priority, 0–19 (default 10: below a server on the same machine;
               on an idle machine it is as fast); 0 keeps the priority it was started with
  --threads N  threads extracting while this one relinks (default: one per core beyond
               the first, at most 4); 0 does both in one thread`;

export function formatReport(r: ReextractReport): string {
	const lines = [
		`re-extracted ${r.articles} article(s) with extractor ${r.version}: ${r.changed} changed, ${r.unchanged} unchanged, ${r.failed.length} failed`,
		`event reports ${r.mentionsBefore} → ${r.mentionsAfter}; events ${r.eventsBefore} → ${r.eventsAfter}; ${r.correctionsReapplied} correction(s) re-applied`
	];
	const fmt = (f: ReextractReport['changes'][number]['before']) => f.map((e) => `${e.type} ${e.date ?? '?'}${e.place ? ` ${e.place}` : ''}${e.fatalities != null ? ` (${e.fatalities} killed)` : ''}`).join('; ') || 'no events';
	for (const c of r.changes.slice(0, 100)) lines.push(`  article ${c.articleId}${c.title ? ` "${c.title}"` : ''}: ${fmt(c.before)} → ${fmt(c.after)}`);
	if (r.changes.length > 100) lines.push(`  … and ${r.changes.length - 100} more changed articles`);
	for (const f of r.failed.slice(0, 50)) lines.push(`  failed: article ${f.articleId}: ${f.error}`);
	return lines.join('\n') + '\n';
}

export async function run(argv: string[]): Promise<number> {
	const parsed = parseCommand(
		argv,
		{
			since: { type: 'string' },
			json: { type: 'boolean', default: false },
			quiet: { type: 'boolean', short: 'q', default: false },
			nice: { type: 'string' },
			threads: { type: 'string' }
		},
		HELP
	);
	if (typeof parsed === 'number') return parsed;
	const { values } = parsed;
	// Before any thread starts: threads inherit the lowered priority.
	lowerPriority(parseNice(values.nice));
	const threads = parseThreads(values.threads);
	const store = await openStore({ url: resolveDatabaseUrl(values.db) });
	const pool = startExtractPool(threads);
	const bar = values.quiet
		? null
		: new cliProgress.SingleBar(
				{ stream: process.stderr, format: 'reextract [{bar}] {value}/{total} articles | ETA {eta_formatted}', hideCursor: true, noTTYOutput: true, notTTYSchedule: 2000 },
				cliProgress.Presets.shades_classic
			);
	let started = false;
	try {
		const report = await reextract(store, {
			since: values.since,
			// Each article is relinked in its own transaction: a few each keep the threads busy through one.
			...(pool ? { extract: pool.extract, version: EXTRACTOR_VERSION, ahead: 8 * threads } : {}),
			onProgress: (done, total) => {
				if (!bar) return;
				if (!started) {
					bar.start(total, 0);
					started = true;
				}
				bar.update(done);
			}
		});
		if (started) bar!.stop();
		process.stdout.write(values.json ? JSON.stringify(report) + '\n' : formatReport(report));
		return report.failed.length > 0 && report.articles === 0 ? 1 : 0;
	} finally {
		if (started) bar!.stop();
		await pool?.close();
		await store.close();
	}
}
