/** `sitrep ingest PATH|URL… [--queue] [--published ISO] [--source S]` */
import cliProgress from 'cli-progress';
import { InputError } from '../../lib/core/types';
import { ingest, normalizeDate, SafeFetcher, sourceFromArg } from '../../lib/server/ingest/index';
import { batchLimit } from '../../lib/server/ingest/pipeline';
import type { IngestSummary, Progress, Source } from '../../lib/server/ingest/types';
import { readTextInput } from '../input';
import { openStore, resolveDatabaseUrl } from '../../lib/server/store/index';
import { parseCommand } from '../args';
import { lowerPriority, parseNice } from '../priority';
import { parseThreads, startExtractPool } from '../threads';
import { heapProbe } from '../heapProbe';

const HELP = `usage: sitrep [--db FILE|URL] ingest PATH|URL|-… [--published ISO] [--source S] [--queue] [--json] [--nice N] [--threads N]
Reads articles and stores them with their extracted events in the database
(./data/sitrep.db unless --db or DATABASE_URL says otherwise).
  PATH    a .txt file (metadata from NAME.meta.json beside it), an .html page,
          a .json array or .ndjson batch ({"id","text","published","url"?,"title"?,"source"?} per line),
          an RSS/Atom feed (.xml/.rss/.atom; each item's link is fetched), or a folder of these
  URL     an http(s) page or feed; private and loopback addresses are refused
  -       standard input (a page, feed, JSON/NDJSON batch or plain text)
  --published ISO  publication date for articles that state none
  --source S       outlet name for articles that name none
  --queue          enqueue the articles for 'sitrep worker' (PostgreSQL only) instead of ingesting here
  --json           print the summary as JSON
  --nice N         CPU priority, 0–19 (default 10: below a server on the same machine;
                   on an idle machine it is as fast); 0 keeps the priority it was started with
  --threads N      threads extracting while this one stores (default: one per core beyond
                   the first, at most 4); 0 extracts and stores in one thread
Ingesting the same article twice changes nothing.`;

export async function run(argv: string[]): Promise<number> {
	const parsed = parseCommand(
		argv,
		{
			published: { type: 'string' },
			source: { type: 'string' },
			queue: { type: 'boolean', default: false },
			json: { type: 'boolean', default: false },
			quiet: { type: 'boolean', short: 'q', default: false },
			nice: { type: 'string' },
			threads: { type: 'string' }
		},
		HELP,
		{ positionals: true }
	);
	if (typeof parsed === 'number') return parsed;
	const { values, positionals } = parsed;
	// Before any thread starts: threads inherit the lowered priority.
	lowerPriority(parseNice(values.nice));
	const threads = parseThreads(values.threads);
	if (positionals.length === 0) throw new InputError('ingest needs at least one PATH or URL (see sitrep ingest --help)');
	if (values.published !== undefined && !normalizeDate(values.published)) {
		throw new InputError(`--published must be an ISO 8601 date such as 2021-02-26 (got "${values.published}")`);
	}
	if (positionals.filter((p) => p === '-').length > 1) throw new InputError('standard input (-) can be read only once');
	const sources: Source[] = [];
	for (const arg of positionals) {
		// '-' reads standard input: a page, feed, JSON/NDJSON batch or plain text, told apart by its content.
		sources.push(arg === '-' ? { kind: 'document', text: await readTextInput('-'), name: 'stdin' } : sourceFromArg(arg));
	}
	const defaults = { published: values.published, source: values.source };
	const url = resolveDatabaseUrl(values.db);
	const fetcher = new SafeFetcher();

	if (values.queue) {
		const { enqueueSources } = await import('../../lib/server/ingest/queue');
		const { enqueued, failures } = await enqueueSources(url, sources, { fetcher, defaults });
		for (const f of failures) process.stderr.write(`failed: ${f.origin}: ${f.error}\n`);
		process.stdout.write(
			values.json ? JSON.stringify({ enqueued, failed: failures.length, failures }) + '\n' : `enqueued ${enqueued} articles; failed ${failures.length}\n`
		);
		return enqueued === 0 && failures.length > 0 ? 1 : 0;
	}

	const store = await openStore({ url });
	const progress = values.quiet ? null : progressReporter();
	const probe = heapProbe();
	const onProgress = probe
		? (p: Progress) => {
				progress?.update(p);
				probe.sample(p.done);
			}
		: progress?.update;
	const pool = startExtractPool(threads);
	let summary: IngestSummary;
	try {
		summary = await ingest(sources, {
			store,
			fetcher,
			defaults,
			onProgress,
			keepResults: false,
			...(pool ? { extract: pool.extract, inFlight: extractAhead(threads, store) } : {})
		});
	} finally {
		progress?.stop();
		await pool?.close();
		await store.close();
	}
	if (probe) process.stderr.write(probe.line());
	if (values.json) process.stdout.write(JSON.stringify(summary) + '\n');
	else process.stdout.write(formatSummary(summary));
	const stored = summary.ingested + summary.duplicates + summary.nearDuplicates;
	return stored === 0 && summary.failed > 0 ? 1 : 0;
}

/**
 * Articles extracted ahead of the one being stored. A commit stores a whole batch in the main thread without
 * a pause, and the threads can only work on what they were given before it: a batch's worth ahead keeps them
 * busy through it, plus a few each for while the main thread takes their answers.
 */
export function extractAhead(threads: number, store: { kind?: string }): number {
	return batchLimit(store) + 4 * threads;
}

export function formatSummary(s: IngestSummary): string {
	const rate = s.seconds > 0 ? (s.ingested + s.nearDuplicates + s.duplicates + s.failed) / s.seconds : 0;
	const lines = [
		`ingested ${s.ingested}, skipped as duplicate ${s.duplicates}, near-duplicate ${s.nearDuplicates}, failed ${s.failed}` +
			(s.nonEnglish ? `, not English (stored without extraction) ${s.nonEnglish}` : '') +
			`; ${s.events} event mentions; ${s.seconds.toFixed(1)} s (${rate.toFixed(1)} articles/s)`
	];
	for (const f of s.failures.slice(0, 50)) lines.push(`  failed: ${f.origin}: ${f.error}`);
	if (s.failures.length > 50) lines.push(`  … and ${s.failures.length - 50} more failures`);
	return lines.join('\n') + '\n';
}

/** A bar with articles/s and ETA on a terminal; a plain line at most every 2 s otherwise (logs, CI). */
function progressReporter(): { update: (p: Progress) => void; stop: () => void } {
	const started = Date.now();
	if (process.stderr.isTTY) {
		const bar = new cliProgress.SingleBar(
			{
				stream: process.stderr,
				format: 'ingest [{bar}] {value}/{total} articles | {rate} articles/s | ETA {eta_formatted} | {failed} failed',
				hideCursor: true,
				etaBuffer: 50
			},
			cliProgress.Presets.shades_classic
		);
		let startedBar = false;
		let failed = 0;
		return {
			update: (p) => {
				if (p.last.status === 'failed') failed++;
				const rate = (p.done / Math.max(0.001, (Date.now() - started) / 1000)).toFixed(1);
				if (!startedBar) {
					bar.start(p.total, p.done, { rate, failed });
					startedBar = true;
				}
				bar.setTotal(p.total);
				bar.update(p.done, { rate, failed });
			},
			stop: () => {
				if (startedBar) bar.stop();
			}
		};
	}
	let lastPrint = 0;
	let printedDone = -1;
	let latest: Progress | null = null;
	const print = (p: Progress) => {
		const secs = (Date.now() - started) / 1000;
		const rate = p.done / Math.max(0.001, secs);
		const eta = rate > 0 ? Math.max(0, (p.total - p.done) / rate) : 0;
		printedDone = p.done;
		process.stderr.write(`ingest: ${p.done}/${p.total} articles, ${rate.toFixed(1)} articles/s, ETA ${eta.toFixed(0)} s\n`);
	};
	return {
		update: (p) => {
			latest = p;
			if (Date.now() - lastPrint >= 2000) {
				lastPrint = Date.now();
				print(p);
			}
		},
		stop: () => {
			if (latest && latest.done !== printedDone) print(latest);
		}
	};
}
