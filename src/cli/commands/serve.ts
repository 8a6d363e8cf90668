/** `sitrep serve [--port N] [--host H]` — serves the built explorer (build/) and its JSON API. */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { InputError } from '../../lib/core/types';
import { resolveDatabaseUrl } from '../../lib/server/store/index';
import { parseCommand } from '../args';

const HELP = `usage: sitrep [--db FILE|URL] serve [--port N] [--host H]
Serves the explorer and the JSON API (docs/api.md) from the production build in build/
(make it with 'npm run build'). Default http://127.0.0.1:5173 (PORT and HOST are read too).`;

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export async function run(argv: string[]): Promise<number> {
	const parsed = parseCommand(
		argv,
		{
			port: { type: 'string', short: 'p' },
			host: { type: 'string' }
		},
		HELP
	);
	if (typeof parsed === 'number') return parsed;
	const { values } = parsed;
	const port = Number(values.port ?? process.env.PORT ?? 5173);
	if (!Number.isInteger(port) || port < 0 || port > 65535) throw new InputError(`--port must be a whole number from 0 to 65535 (got "${values.port}")`);
	const host = values.host ?? process.env.HOST ?? '127.0.0.1';
	const handlerFile = path.join(repoRoot, 'build', 'handler.js');
	if (!fs.existsSync(handlerFile)) throw new InputError(`no production build in ${path.dirname(handlerFile)}: run 'npm run build' first`);

	// The app opens its store from DATABASE_URL on first request; --db wins over the environment.
	const url = resolveDatabaseUrl(values.db);
	process.env.DATABASE_URL = /^postgres(ql)?:\/\//i.test(url) ? url : path.resolve(url);
	let handler: http.RequestListener | null = null;
	const server = http.createServer((req, res) => {
		if (handler) return handler(req, res);
		res.writeHead(503, { 'retry-after': '1' }).end('starting');
	});
	await new Promise<void>((resolve, reject) => {
		server.once('error', (e: NodeJS.ErrnoException) =>
			reject(e.code === 'EADDRINUSE' ? new InputError(`port ${port} on ${host} is already in use; pick another with --port`) : e)
		);
		server.listen(port, host, resolve);
	});
	const bound = server.address() as { port: number };
	const shown = host.includes(':') ? `[${host}]` : host;
	const wildcard = host === '0.0.0.0' || host === '::';
	const own = `http://${wildcard ? 'localhost' : shown}:${bound.port}`;
	// adapter-node reads ORIGIN once, on import; without it, it takes requests to be https and
	// SvelteKit's CSRF check (and ours) would refuse same-origin posts over plain http.
	if (!process.env.ORIGIN && !wildcard) process.env.ORIGIN = own;
	if (process.env.ORIGIN === '') delete process.env.ORIGIN;
	// adapter-node's own cap (512K by default) would otherwise sit below the API's 1 MiB ingest limit.
	process.env.BODY_SIZE_LIMIT ||= '1M';
	try {
		({ handler } = (await import(pathToFileURL(handlerFile).href)) as { handler: http.RequestListener });
	} catch (e) {
		server.close();
		throw e;
	}
	process.stdout.write(`sitrep: serving ${own} (database ${process.env.DATABASE_URL.replace(/\/\/[^@/]*@/, '//…@')})\n`);
	if (wildcard && !process.env.ORIGIN) {
		process.stderr.write('sitrep: listening on all interfaces; set ORIGIN to the public URL (e.g. https://sitrep.example.org) so that posts from the page pass the CSRF check\n');
	}
	const feeds = await (await import('../../lib/server/feeds/background')).startFeedPolling({ url: process.env.DATABASE_URL });
	await new Promise<void>((resolve) => {
		const stop = () => {
			server.close(() => resolve());
			server.closeAllConnections();
		};
		process.once('SIGINT', stop);
		process.once('SIGTERM', stop);
	});
	await feeds.stop();
	return 0;
}
