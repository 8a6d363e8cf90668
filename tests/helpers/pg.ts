/**
 * A throwaway PostgreSQL 15 server for tests: initdb into a temp dir, start it on
 * a free 127.0.0.1 port, stop and delete it afterwards. When the binaries are
 * missing this throws (tests fail, never skip) with the command that installs them.
 * Run as root, the server runs as the `postgres` OS user, which must own its dir.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

export interface PgServer {
	url: string;
	port: number;
	/** A fresh empty database on this server; its URL. */
	createDatabase(name: string): Promise<string>;
	stop(): Promise<void>;
}

export function pgBinDir(): string {
	return process.env.PG_BIN ?? '/usr/lib/postgresql/15/bin';
}

async function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const srv = net.createServer();
		srv.unref();
		srv.on('error', reject);
		srv.listen(0, '127.0.0.1', () => {
			const port = (srv.address() as net.AddressInfo).port;
			srv.close(() => resolve(port));
		});
	});
}

export async function startPostgres(): Promise<PgServer> {
	const bin = pgBinDir();
	const initdb = path.join(bin, 'initdb'), pgCtl = path.join(bin, 'pg_ctl');
	if (!fs.existsSync(initdb) || !fs.existsSync(pgCtl)) {
		throw new Error(
			`PostgreSQL server binaries not found in ${bin} (initdb, pg_ctl). Install them with: apt-get install -y postgresql ` +
				`(or set PG_BIN to the directory holding initdb). The PostgreSQL contract tests cannot run without them.`
		);
	}
	const asRoot = process.getuid?.() === 0;
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sitrep-pg-'));
	const data = path.join(dir, 'data');
	if (asRoot) execFileSync('chown', ['-R', 'postgres:postgres', dir]);
	// runuser takes argv as is: no shell quoting of paths or options.
	const run = (cmd: string, args: string[]) =>
		asRoot ? execFileSync('runuser', ['-u', 'postgres', '--', cmd, ...args], { stdio: 'pipe' }) : execFileSync(cmd, args, { stdio: 'pipe' });
	const port = await freePort();
	try {
		run(initdb, ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--no-locale', '--no-sync']);
		const opts = `-c listen_addresses=127.0.0.1 -c port=${port} -c unix_socket_directories=${dir} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=50`;
		run(pgCtl, ['-D', data, '-l', path.join(dir, 'server.log'), '-o', opts, '-w', '-t', '60', 'start']);
	} catch (err) {
		const log = fs.existsSync(path.join(dir, 'server.log')) ? fs.readFileSync(path.join(dir, 'server.log'), 'utf8').slice(-2000) : '';
		fs.rmSync(dir, { recursive: true, force: true });
		const e = err as { stderr?: Buffer; message: string };
		throw new Error(`could not start a throwaway PostgreSQL: ${e.stderr?.toString() || e.message}\n${log}`);
	}
	const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
	let stopped = false;
	return {
		url,
		port,
		async createDatabase(name: string) {
			if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`bad database name ${name}`);
			const client = new pg.Client({ connectionString: url });
			await client.connect();
			try {
				await client.query(`CREATE DATABASE ${name}`);
			} finally {
				await client.end();
			}
			return `postgres://postgres@127.0.0.1:${port}/${name}`;
		},
		async stop() {
			if (stopped) return;
			stopped = true;
			try {
				run(pgCtl, ['-D', data, '-m', 'immediate', '-w', 'stop']);
			} finally {
				fs.rmSync(dir, { recursive: true, force: true });
			}
		}
	};
}
