/** `sitrep serve [--port N] [--host H]` — serves the built explorer (build/) and its JSON API. */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { InputError } from '../../lib/core/types';
import { resolveDatabaseUrl } from '../../lib/server/store/index';

const HELP = `usage: sitrep [--db FILE|URL] serve [--port N] [--host H]
Serves the explorer and the JSON API (docs/api.md) from the production build in build/
(make it with 'npm run build'). Default http://127.0.0.1:5173 (PORT and HOST are read too).`;

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export async function run(argv: string[]): Promise<number> {
	const { values } = parseArgs({
		args: argv,
		options: {
			db: { type: 'string' },
			port: { type: 'string', short: 'p' },
			host: { type: 'string' },
			help: { type: 'boolean', short: 'h', default: false }
		}
	});
	if (values.help) {
		process.stdout.write(HELP + '\n');
		return 0;
	}
	const port = Number(values.port ?? process.env.PORT ?? 5173);
	if (!Number.isInteger(port) || port < 0 || port > 65535) throw new InputError(`--port must be a whole number from 0 to 65535 (got "${values.port}")`);
	const host = values.host ?? process.env.HOST ?? '127.0.0.1';
	const handlerFile = path.join(repoRoot, 'build', 'handler.js');
	if (!fs.existsSync(handlerFile)) throw new InputError(`no production build in ${path.dirname(handlerFile)}: run 'npm run build' first`);

	// The app opens its store from DATABASE_URL on first request; --db wins over the environment.
	const url = resolveDatabaseUrl(values.db);
	process.env.DATABASE_URL = /^postgres(ql)?:\/\//i.test(url) ? url : path.resolve(url);
	const { handler } = (await import(pathToFileURL(handlerFile).href)) as { handler: http.RequestListener };

	const server = http.createServer(handler);
	await new Promise<void>((resolve, reject) => {
		server.once('error', (e: NodeJS.ErrnoException) =>
			reject(e.code === 'EADDRINUSE' ? new InputError(`port ${port} on ${host} is already in use; pick another with --port`) : e)
		);
		server.listen(port, host, resolve);
	});
	const bound = server.address() as { port: number };
	const shown = host.includes(':') ? `[${host}]` : host;
	process.stdout.write(`sitrep: serving http://${shown}:${bound.port} (database ${process.env.DATABASE_URL.replace(/\/\/[^@/]*@/, '//…@')})\n`);
	await new Promise<void>((resolve) => {
		const stop = () => {
			server.close(() => resolve());
			server.closeAllConnections();
		};
		process.once('SIGINT', stop);
		process.once('SIGTERM', stop);
	});
	return 0;
}
