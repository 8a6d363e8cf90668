/**
 * Scale-out ingestion through a pg-boss queue in the same PostgreSQL database as
 * the store. `enqueueSources` reads (and fetches) the sources and sends one job
 * per article; any number of workers on any machines take jobs and store them.
 * Delivery is at-least-once; the store's content-hash idempotence makes a job
 * that runs twice (a worker killed after commit, before acknowledging) harmless.
 */
import PgBoss from 'pg-boss';
import { InputError } from '../../core/types';
import type { Store } from '../store/types';
import { emptySummary, ingestArticles, tally } from './pipeline';
import { readSource } from './sources';
import type { ArticleResult, ExtractFn, Fetcher, IngestDefaults, IngestSummary, RawArticle, Source } from './types';

export const INGEST_QUEUE = 'sitrep-ingest';

export interface IngestJob {
	origin: string;
	article: RawArticle;
	defaults?: IngestDefaults;
}

export function requirePostgres(url: string): void {
	if (!/^postgres(ql)?:\/\//i.test(url)) {
		throw new InputError('the ingestion queue lives in PostgreSQL: set DATABASE_URL (or --db) to a postgres:// URL');
	}
}

async function startBoss(url: string): Promise<PgBoss> {
	// Maintenance and cron are left to pg-boss defaults in one place only: workers and enqueuers are many, short-lived.
	const boss = new PgBoss({ connectionString: url, max: 4, schedule: false, application_name: 'sitrep' });
	boss.on('error', (e) => process.stderr.write(`queue: ${e.message}\n`));
	try {
		await boss.start();
		await createIngestQueue(boss);
		return boss;
	} catch (error) {
		// A started pg-boss keeps timers and connections: without this a failed start leaves the process running forever.
		await boss.stop({ graceful: false, wait: true, close: true }).catch(() => {});
		throw error;
	}
}

// Workers that start together race to create the queue; PostgreSQL settles the race by
// aborting one of them (deadlock 40P01, duplicate 23505/42P07). The loser tries again and
// then finds the queue made.
const CREATE_RACE_CODES = new Set(['40P01', '23505', '42P07']);

async function createIngestQueue(boss: PgBoss): Promise<void> {
	for (let attempt = 1; ; attempt++) {
		try {
			await boss.createQueue(INGEST_QUEUE, { name: INGEST_QUEUE, retryLimit: 5, retryDelay: 2, retryBackoff: true, expireInMinutes: 15 });
			return;
		} catch (error) {
			const code = (error as { code?: string }).code;
			if (attempt >= 5 || !code || !CREATE_RACE_CODES.has(code)) throw error;
			await new Promise((r) => setTimeout(r, 100 * attempt + Math.floor(Math.random() * 200)));
		}
	}
}

/** Reads the sources and enqueues one job per article; read errors are returned, not enqueued. */
export async function enqueueSources(
	url: string,
	sources: Source[],
	opts: { fetcher?: Fetcher; defaults?: IngestDefaults; batchSize?: number } = {}
): Promise<{ enqueued: number; failures: { origin: string; error: string }[] }> {
	requirePostgres(url);
	const boss = await startBoss(url);
	const failures: { origin: string; error: string }[] = [];
	let enqueued = 0;
	let pending: PgBoss.JobInsert[] = [];
	const flush = async () => {
		if (pending.length === 0) return;
		await boss.insert(pending.map((j) => ({ ...j, name: INGEST_QUEUE })) as PgBoss.JobInsert[]);
		enqueued += pending.length;
		pending = [];
	};
	try {
		for (const source of sources) {
			for await (const item of readSource(source, { fetcher: opts.fetcher })) {
				if ('error' in item) {
					failures.push({ origin: item.origin, error: item.error });
					continue;
				}
				const data: IngestJob = { origin: item.origin, article: item.article, defaults: opts.defaults };
				pending.push({ data, retryLimit: 5, retryDelay: 2, retryBackoff: true } as PgBoss.JobInsert);
				if (pending.length >= (opts.batchSize ?? 200)) await flush();
			}
		}
		await flush();
	} finally {
		await boss.stop({ graceful: false, wait: true, close: true });
	}
	return { enqueued, failures };
}

export interface WorkerOptions {
	/** with saveArticles, the jobs taken at once are stored together (one transaction, an article per savepoint). */
	store: Pick<Store, 'saveArticle'> & Partial<Pick<Store, 'saveArticles' | 'articleByContentHash'>>;
	extract?: ExtractFn;
	/** jobs taken at once by this worker (default 1: extraction is CPU-bound, one core per worker). */
	batchSize?: number;
	pollingIntervalSeconds?: number;
	/** stop once the queue has had nothing waiting or running for this long (ms); never when unset. */
	exitWhenIdleMs?: number;
	onResult?: (r: ArticleResult) => void;
	signal?: AbortSignal;
}

/** Takes ingestion jobs until stopped (signal) or, with exitWhenIdleMs, until the queue stays empty. */
export async function runWorker(url: string, opts: WorkerOptions): Promise<IngestSummary> {
	requirePostgres(url);
	const started = performance.now();
	const summary = emptySummary();
	const boss = await startBoss(url);
	await boss.work<IngestJob>(
		INGEST_QUEUE,
		{ batchSize: opts.batchSize ?? 1, pollingIntervalSeconds: opts.pollingIntervalSeconds ?? 0.5 },
		async (jobs) => {
			// A store failure throws: pg-boss marks the jobs failed and retries them later (stored ones are then found by hash).
			const results = await ingestArticles(
				jobs.map((job) => ({ raw: job.data.article, origin: job.data.origin, defaults: job.data.defaults })),
				{ store: opts.store, extract: opts.extract }
			);
			for (const result of results) {
				tally(summary, result, false);
				opts.onResult?.(result);
			}
		}
	);
	await new Promise<void>((resolve) => {
		let idleSince: number | null = null;
		let timer: NodeJS.Timeout | null = null;
		const finish = () => {
			if (timer) clearTimeout(timer);
			resolve();
		};
		opts.signal?.addEventListener('abort', finish, { once: true });
		if (opts.signal?.aborted) return finish();
		if (opts.exitWhenIdleMs === undefined) return;
		const check = async () => {
			try {
				const waiting = await boss.getQueueSize(INGEST_QUEUE, { before: 'completed' });
				if (waiting > 0) idleSince = null;
				else {
					idleSince ??= Date.now();
					if (Date.now() - idleSince >= opts.exitWhenIdleMs!) return finish();
				}
			} catch (e) {
				process.stderr.write(`queue: ${(e as Error).message}\n`);
			}
			timer = setTimeout(check, 250);
		};
		timer = setTimeout(check, 250);
	});
	await boss.stop({ graceful: true, wait: true, close: true, timeout: 30_000 });
	summary.seconds = (performance.now() - started) / 1000;
	return summary;
}
