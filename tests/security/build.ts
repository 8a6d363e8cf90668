/**
 * The security tests run against the production build. `npm test` builds only after the
 * unit stage, so on a fresh checkout the first of these files to start builds it; the
 * others (run in parallel) wait for that build instead of racing it into the same folder.
 * A build older than any source file is built again: a stale one runs old code (and old
 * migrations) against the database the test opens with the current code.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../e2e/server';

const ENTRY = join(ROOT, 'build', 'index.js');
const LOCK = join(ROOT, 'node_modules', '.sitrep-security-build.lock');

/** Latest modification time of any file under `dir`, in ms. */
function newest(dir: string): number {
	let latest = 0;
	for (const e of readdirSync(dir, { withFileTypes: true })) {
		const p = join(dir, e.name);
		latest = Math.max(latest, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
	}
	return latest;
}

const current = () => existsSync(ENTRY) && statSync(ENTRY).mtimeMs >= newest(join(ROOT, 'src'));

export async function ensureBuild(): Promise<void> {
	if (current()) return;
	let mine = false;
	try {
		mkdirSync(LOCK);
		mine = true;
	} catch {
		/* another file is building */
	}
	if (mine) {
		try {
			const b = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'], { cwd: ROOT, encoding: 'utf8' });
			if (b.status !== 0) throw new Error(`vite build failed:\n${b.stderr}`);
		} finally {
			rmSync(LOCK, { recursive: true, force: true });
		}
		return;
	}
	const deadline = Date.now() + 600_000;
	while (existsSync(LOCK) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 500));
	if (!current()) throw new Error('no production build as new as the sources appeared (build failed in another test file?)');
}
