#!/usr/bin/env node
// The system programs the test suite drives: Debian's chromium (browser tests) and
// the PostgreSQL server binaries (the store contract suite starts a throwaway cluster).
// Tests never skip for want of them: this step installs them as root, or stops with
// the exact command to run.
import { existsSync, readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const CHROMIUM = '/usr/bin/chromium';

function postgresBinDir() {
	const base = '/usr/lib/postgresql';
	if (!existsSync(base)) return null;
	const versions = readdirSync(base).filter((v) => existsSync(`${base}/${v}/bin/initdb`) && existsSync(`${base}/${v}/bin/pg_ctl`));
	versions.sort((a, b) => Number(b) - Number(a));
	return versions.length ? `${base}/${versions[0]}/bin` : null;
}

const missing = [];
if (!existsSync(CHROMIUM)) missing.push('chromium');
if (!postgresBinDir()) missing.push('postgresql');

if (missing.length) {
	const command = `apt-get update && apt-get install -y ${missing.join(' ')}`;
	const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
	if (!isRoot) {
		console.error(`sitrep tests need ${missing.join(' and ')}. Run as root:\n  sudo sh -c '${command}'`);
		process.exit(1);
	}
	console.error(`Installing ${missing.join(', ')} with apt-get …`);
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
	for (const args of [['update', '-qq'], ['install', '-y', '-qq', '--no-install-recommends', ...missing]]) {
		const result = spawnSync('apt-get', args, { stdio: 'inherit', env });
		if (result.status !== 0) {
			console.error(`apt-get ${args.join(' ')} failed (exit ${result.status}). Run: ${command}`);
			process.exit(1);
		}
	}
	if (!existsSync(CHROMIUM) || !postgresBinDir()) {
		console.error(`apt-get finished but ${missing.join('/')} is still missing. Run: ${command}`);
		process.exit(1);
	}
}
console.error(`prerequisites: chromium ${CHROMIUM}, postgresql ${postgresBinDir()}`);
