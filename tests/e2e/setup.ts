/**
 * Global setup: a temporary SQLite database with the demo corpus ingested through the
 * `sitrep ingest` CLI (extract() + the Store, as a user would run it), then the built
 * server on a free port. Builds nothing: `npm test` runs `vite build` before this.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { ROOT, startServer } from './server';

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
		dbPath: string;
	}
}

export default async function setup(project: TestProject) {
	const dir = mkdtempSync(join(tmpdir(), 'sitrep-e2e-'));
	const db = join(dir, 'sitrep.db');
	const ingest = spawnSync(process.execPath, [join(ROOT, 'bin', 'sitrep.js'), '--db', db, 'ingest', join(ROOT, 'data', 'demo')], {
		cwd: ROOT,
		encoding: 'utf8',
		env: { ...process.env, DATABASE_URL: db }
	});
	if (ingest.status !== 0) throw new Error(`ingesting data/demo failed (exit ${ingest.status}):\n${ingest.stderr}\n${ingest.stdout}`);
	mkdirSync(join(ROOT, 'tests', 'e2e', 'screenshots'), { recursive: true });
	const server = await startServer(db);
	project.provide('baseUrl', server.url);
	project.provide('dbPath', db);
	return async () => {
		await server.stop();
		rmSync(dir, { recursive: true, force: true });
	};
}
