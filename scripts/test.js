#!/usr/bin/env node
// `npm test`: every test of the project, in the order a failure is cheapest to find.
//  0. the type check of every .ts and .svelte file;
//  1. vitest: unit, golden, contract (SQLite and a throwaway PostgreSQL), property tests;
//  2. the extraction tests again under a second time zone (extraction must not depend on it);
//  3. a production build, then the browser tests against it (playwright-core + Debian chromium).
// The last line counts every test: "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const bin = (name) => join('node_modules', '.bin', name);
const outDir = mkdtempSync(join(tmpdir(), 'sitrep-test-'));
let passed = 0;
let failed = 0;
let broken = false;

function run(label, cmd, args, env = {}) {
	console.log(`\n=== ${label} ===`);
	const result = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
	if (result.status !== 0) {
		console.error(`--- ${label}: exit ${result.status}${result.signal ? ` (${result.signal})` : ''}`);
		broken = true;
	}
	return result.status === 0;
}

function vitest(label, args, env) {
	const report = join(outDir, `${label.replace(/\W+/g, '-')}.json`);
	run(label, bin('vitest'), ['run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`], env);
	if (existsSync(report)) {
		const json = JSON.parse(readFileSync(report, 'utf8'));
		passed += json.numPassedTests ?? 0;
		failed += json.numFailedTests ?? 0;
	} else {
		broken = true;
	}
}

run('svelte-kit sync', bin('svelte-kit'), ['sync']);
run('type check (svelte-check, TypeScript strict)', bin('svelte-check'), ['--tsconfig', './tsconfig.json', '--threshold', 'error', '--output', 'human']);
vitest('unit', [], { TZ: 'UTC' });
vitest('extraction under TZ=Asia/Kathmandu', ['src/lib/extract', 'src/lib/core', 'tests/golden'], { TZ: 'Asia/Kathmandu' });
if (run('build', bin('vite'), ['build', '--logLevel', 'warn'])) {
	if (existsSync('vitest.e2e.config.ts')) vitest('browser', ['--config', 'vitest.e2e.config.ts'], {});
}

rmSync(outDir, { recursive: true, force: true });
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(broken || failed > 0 ? 1 : 0);
