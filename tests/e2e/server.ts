/** Starts the built app (adapter-node) on a free 127.0.0.1 port against a given database. */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');

export function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const s = createServer();
		s.once('error', reject);
		s.listen(0, '127.0.0.1', () => {
			const port = (s.address() as { port: number }).port;
			s.close(() => resolve(port));
		});
	});
}

export async function startServer(database: string, env: Record<string, string> = {}): Promise<{ url: string; child: ChildProcess; stop: () => Promise<void> }> {
	const entry = join(ROOT, 'build', 'index.js');
	if (!existsSync(entry)) throw new Error(`no production build at ${entry}: run \`npx vite build\` first (npm test does)`);
	const port = await freePort();
	const url = `http://127.0.0.1:${port}`;
	const child = spawn(process.execPath, [entry], {
		cwd: ROOT,
		env: { ...process.env, DATABASE_URL: database, PORT: String(port), HOST: '127.0.0.1', ORIGIN: url, ...env },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let log = '';
	child.stdout?.on('data', (d) => (log += d));
	child.stderr?.on('data', (d) => (log += d));
	const deadline = Date.now() + 60_000;
	for (;;) {
		if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}):\n${log}`);
		try {
			const res = await fetch(url + '/');
			if (res.status < 500) break;
		} catch {
			/* not listening yet */
		}
		if (Date.now() > deadline) throw new Error(`server did not answer within 60 s:\n${log}`);
		await new Promise((r) => setTimeout(r, 200));
	}
	return {
		url,
		child,
		stop: () =>
			new Promise((resolve) => {
				if (child.exitCode !== null) return resolve();
				child.once('exit', () => resolve());
				child.kill('SIGTERM');
			})
	};
}
