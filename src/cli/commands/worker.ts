/** `sitrep worker [--batch N] [--exit-when-idle]` — takes ingestion jobs from the PostgreSQL queue. */
import { InputError } from '../../lib/core/types';
import { requirePostgres, runWorker } from '../../lib/server/ingest/queue';
import { openStore, resolveDatabaseUrl } from '../../lib/server/store/index';
import { formatSummary } from './ingest';
import { parseCommand } from '../args';

const HELP = `usage: sitrep [--db postgres://…] worker [--batch N] [--exit-when-idle [MS]]
Takes articles enqueued by 'sitrep ingest --queue' from the queue in PostgreSQL
(DATABASE_URL or --db) and stores them. Run as many as you like, on any machine
that reaches the database. Stops on SIGINT/SIGTERM after the job in hand.
  --batch N               jobs taken at a time (default 1)
  --exit-when-idle [MS]   stop once the queue has been empty for MS milliseconds (default 2000)`;

export async function run(argv: string[]): Promise<number> {
	const parsed = parseCommand(
		argv,
		{
			batch: { type: 'string' },
			'exit-when-idle': { type: 'boolean', default: false },
			'idle-ms': { type: 'string' },
			json: { type: 'boolean', default: false }
		},
		HELP
	);
	if (typeof parsed === 'number') return parsed;
	const { values } = parsed;
	const url = resolveDatabaseUrl(values.db);
	requirePostgres(url);
	const batchSize = values.batch ? Number(values.batch) : 1;
	if (!Number.isInteger(batchSize) || batchSize < 1) throw new InputError('--batch must be a positive integer');
	const idleMs = values['idle-ms'] ? Number(values['idle-ms']) : 2000;
	const store = await openStore({ url });
	const abort = new AbortController();
	const stop = () => abort.abort();
	process.once('SIGINT', stop);
	process.once('SIGTERM', stop);
	const feeds = await (await import('../../lib/server/feeds/background')).startFeedPolling({ store });
	process.stderr.write(`worker: taking jobs from ${url.replace(/\/\/[^@/]*@/, '//…@')}\n`);
	try {
		const summary = await runWorker(url, {
			store,
			batchSize,
			exitWhenIdleMs: values['exit-when-idle'] ? idleMs : undefined,
			signal: abort.signal,
			onResult: (r) => {
				if (r.status === 'failed') process.stderr.write(`failed: ${r.origin}: ${r.error}\n`);
			}
		});
		process.stdout.write(values.json ? JSON.stringify(summary) + '\n' : formatSummary(summary));
	} finally {
		process.off('SIGINT', stop);
		process.off('SIGTERM', stop);
		await feeds.stop();
		await store.close();
	}
	return 0;
}
