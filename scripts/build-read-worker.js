// The reader thread of the read API (src/lib/server/api/read-worker.ts) compiled to one
// JavaScript file beside the server build. The server bundle cannot hold it (a worker
// needs an entry file of its own), and starting it from the TypeScript source through
// tsx compiles the store code inside every new thread: 6–15 s on a busy machine, during
// which reads run on the event loop. The compiled file starts in well under a second.
import { resolve } from 'node:path';
import { build } from 'vite';

export const READ_WORKER_SOURCE = 'src/lib/server/api/read-worker.ts';
/** its name in the build: read-pool.ts looks for it beside and above its own module. */
export const READ_WORKER_FILE = 'read-worker.js';

/**
 * Bundles the reader thread into `outDir`/read-worker.js. Pure-JS packages go in
 * with it: loading kysely and zod as hundreds of ES modules was most of a thread's
 * start-up. better-sqlite3 (a native addon) stays an import; packages it would only
 * import for their side effects (pg, which the store module names for PostgreSQL)
 * are dropped.
 */
export async function buildReadWorker(root, outDir) {
	await build({
		configFile: false,
		root,
		logLevel: 'warn',
		ssr: { noExternal: true, external: ['better-sqlite3', 'pg'] },
		build: {
			ssr: resolve(root, READ_WORKER_SOURCE),
			outDir,
			emptyOutDir: false,
			minify: false,
			sourcemap: true,
			target: 'node20',
			rollupOptions: { treeshake: { moduleSideEffects: 'no-external' }, output: { format: 'esm', entryFileNames: READ_WORKER_FILE } }
		}
	});
	return resolve(outDir, READ_WORKER_FILE);
}

/** Vite plugin: after the server build (and the adapter that writes `out`), compile the reader thread into `out`/server. */
export function readWorkerPlugin(out = 'build') {
	let root = process.cwd();
	let ssr = false;
	return {
		name: 'sitrep:read-worker',
		apply: 'build',
		configResolved(config) {
			root = config.root;
			ssr = Boolean(config.build.ssr);
		},
		// SvelteKit runs the adapter in its own closeBundle; this one is listed after it, so `out` exists
		closeBundle: {
			sequential: true,
			order: 'post',
			async handler() {
				if (ssr) await buildReadWorker(root, resolve(root, out, 'server'));
			}
		}
	};
}
