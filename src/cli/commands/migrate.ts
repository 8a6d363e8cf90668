/** `sitrep migrate --to postgres://…`: copy the SQLite database into an empty PostgreSQL one, then compare every table. */
import { InputError } from '../../lib/core/types';
import { migrateSqliteToPostgres } from '../../lib/server/importers/move';
import { isPostgresUrl, openStore, resolveDatabaseUrl } from '../../lib/server/store/index';
import { parseCommand } from '../args';

const HELP = `usage: sitrep [--db FILE] migrate --to postgres://USER@HOST:PORT/DB [--json]
Copies every table of the SQLite database (./data/sitrep.db, --db or DATABASE_URL)
into an empty PostgreSQL database (its schema is created first), then compares the
row count and a checksum of every table and says whether they are equal.`;

export async function run(argv: string[]): Promise<number> {
	const parsed = parseCommand(argv, { to: { type: 'string' }, json: { type: 'boolean', default: false } }, HELP);
	if (typeof parsed === 'number') return parsed;
	const { values } = parsed;
	if (!values.to || !isPostgresUrl(values.to)) throw new InputError('--to must be a postgres:// URL');
	const from = resolveDatabaseUrl(values.db);
	if (isPostgresUrl(from)) throw new InputError('the source must be an SQLite database file (give it with --db FILE)');
	const source = await openStore({ url: from });
	try {
		const target = await openStore({ url: values.to });
		try {
			const checks = await migrateSqliteToPostgres(source, target, (t, n) => {
				if (!values.json && process.stderr.isTTY) process.stderr.write(`\rmigrate: ${t} ${n} rows   `);
			});
			if (process.stderr.isTTY && !values.json) process.stderr.write('\n');
			const ok = checks.every((c) => c.equal);
			if (values.json) process.stdout.write(JSON.stringify({ ok, tables: checks }) + '\n');
			else {
				for (const c of checks) process.stdout.write(`${c.equal ? 'ok  ' : 'DIFF'}  ${c.table.padEnd(16)} ${String(c.sourceRows).padStart(9)} → ${String(c.targetRows).padStart(9)}  ${c.targetChecksum.slice(0, 16)}\n`);
				process.stdout.write(ok ? 'every table copied: counts and checksums equal\n' : 'some tables differ (see DIFF above)\n');
			}
			return ok ? 0 : 1;
		} finally {
			await target.close();
		}
	} finally {
		await source.close();
	}
}
