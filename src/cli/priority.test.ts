import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_BATCH_NICE, parseNice } from './priority';

/** Runs lowerPriority in a child process started at `startNice`, and reads back the nice value there. */
function niceAfter(startNice: number, requested: number): number {
	const code = `import { lowerPriority } from ${JSON.stringify(join(import.meta.dirname, 'priority.ts'))}; import os from 'node:os'; os.setPriority(0, ${startNice}); const got = lowerPriority(${requested}); process.stdout.write(JSON.stringify([got, os.getPriority(0)]));`;
	const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], { encoding: 'utf8', timeout: 60_000 });
	expect(r.status, r.stderr).toBe(0);
	const [got, actual] = JSON.parse(r.stdout) as [number, number];
	expect(got).toBe(actual);
	return actual;
}

describe('batch command priority', () => {
	it('--nice defaults to a lowered priority and takes 0–19 only', () => {
		expect(parseNice(undefined)).toBe(DEFAULT_BATCH_NICE);
		expect(DEFAULT_BATCH_NICE).toBeGreaterThan(0);
		expect(parseNice('0')).toBe(0);
		expect(parseNice('19')).toBe(19);
		for (const bad of ['-1', '20', '2.5', 'low', '']) expect(() => parseNice(bad), bad).toThrow(/--nice must be a whole number from 0 to 19/);
	});

	it('lowers the priority of the process, never raises it, and 0 leaves it as started', () => {
		expect(niceAfter(0, 10)).toBe(10);
		expect(niceAfter(15, 10)).toBe(15);
		expect(niceAfter(3, 0)).toBe(3);
	});
});
