#!/usr/bin/env node
// `npm start`: build the app if the build is missing or older than the sources, load the
// demo corpus into the database (idempotent: a second run adds nothing), then serve.
import { spawnSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const database = process.env.DATABASE_URL ?? join(root, 'data', 'sitrep.db');
const port = process.env.PORT ?? '5173';
const host = process.env.HOST ?? '127.0.0.1';

function newestMtime(path) {
	if (!existsSync(path)) return 0;
	const stat = statSync(path);
	if (!stat.isDirectory()) return stat.mtimeMs;
	let newest = 0;
	for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
	return newest;
}

function step(label, cmd, args, env = {}) {
	console.log(`sitrep: ${label}`);
	const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
	if (result.status !== 0) {
		console.error(`sitrep: ${label} failed (exit ${result.status})`);
		process.exit(result.status ?? 1);
	}
}

const built = join(root, 'build', 'index.js');
const sources = Math.max(...['src', 'static', 'svelte.config.js', 'vite.config.ts', 'package.json'].map((p) => newestMtime(join(root, p))));
if (!existsSync(built) || statSync(built).mtimeMs < sources) step('building the app', join(root, 'node_modules', '.bin', 'vite'), ['build', '--logLevel', 'warn']);

step('loading the demo corpus (data/demo)', process.execPath, [join(root, 'bin', 'sitrep.js'), '--db', database, 'ingest', join(root, 'data', 'demo')]);

const url = `http://${host}:${port}`;
const server = spawn(process.execPath, [built], {
	cwd: root,
	stdio: 'inherit',
	env: { ...process.env, DATABASE_URL: database, PORT: port, HOST: host, ORIGIN: process.env.ORIGIN ?? url }
});
console.log(`sitrep: serving ${url}  (Ctrl-C to stop)`);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
