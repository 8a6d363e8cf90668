/** `sitrep backup FILE`: a consistent copy of the SQLite database, safe while the server runs. */
import { InputError } from '../../lib/core/types';
import { parseCommand } from '../args';
import { backupSqlite } from '../../lib/server/importers/move';
import { openStore, resolveDatabaseUrl } from '../../lib/server/store/index';

const HELP = `usage: sitrep [--db FILE] backup FILE
Writes a consistent copy of the SQLite database to FILE (a new file) while other
processes keep reading and writing it. For PostgreSQL use pg_dump.`;

export async function run(argv: string[]): Promise<number> {
	const parsed = parseCommand(argv, {}, HELP, { positionals: true });
	if (typeof parsed === 'number') return parsed;
	const { values, positionals } = parsed;
	if (positionals.length !== 1) throw new InputError('backup needs one FILE to write (see sitrep backup --help)');
	const store = await openStore({ url: resolveDatabaseUrl(values.db) });
	try {
		const r = await backupSqlite(store, positionals[0]);
		process.stdout.write(`backup written to ${r.file} (${r.bytes} bytes)\n`);
		return 0;
	} finally {
		await store.close();
	}
}
