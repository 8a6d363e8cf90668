/** `sitrep import FILE… [--format acled-csv|sitrep-json] [--json]` */
import fs from 'node:fs';
import cliProgress from 'cli-progress';
import { InputError } from '../../lib/core/types';
import { detectFormat, importText, type ImportSummary } from '../../lib/server/importers/index';
import { openStore, resolveDatabaseUrl } from '../../lib/server/store/index';
import { parseCommand } from '../args';

const HELP = `usage: sitrep [--db FILE|URL] import FILE… [--format acled-csv|sitrep-json] [--json]
Imports existing datasets as events with their sources: ACLED-style CSV (event_date,
event_type, sub_event_type, actor1, actor2, location, latitude, longitude, source,
notes, fatalities …, as 'sitrep export --format csv' writes them) and sitrep JSON
exports. Imported rows are linked like extracted reports; importing twice changes nothing.`;

export async function run(argv: string[]): Promise<number> {
	const parsed = parseCommand(
		argv,
		{
			format: { type: 'string' },
			json: { type: 'boolean', default: false },
			quiet: { type: 'boolean', short: 'q', default: false }
		},
		HELP,
		{ positionals: true }
	);
	if (typeof parsed === 'number') return parsed;
	const { values, positionals } = parsed;
	if (positionals.length === 0) throw new InputError('import needs at least one FILE (see sitrep import --help)');
	if (values.format && values.format !== 'acled-csv' && values.format !== 'sitrep-json') throw new InputError('--format must be acled-csv or sitrep-json');
	const store = await openStore({ url: resolveDatabaseUrl(values.db) });
	const results: (ImportSummary & { file: string })[] = [];
	try {
		for (const file of positionals) {
			if (!fs.existsSync(file)) throw new InputError(`no such file: ${file}`);
			const text = fs.readFileSync(file, 'utf8');
			const format = (values.format as ImportSummary['format'] | undefined) ?? detectFormat(file, text);
			const bar = values.quiet ? null : new cliProgress.SingleBar({ stream: process.stderr, format: `import [{bar}] {value}/{total} rows`, noTTYOutput: true, notTTYSchedule: 2000 }, cliProgress.Presets.shades_classic);
			let started = false;
			const s = await importText(store, text, format, (done, total) => {
				if (!bar) return;
				if (!started) bar.start(total, 0);
				started = true;
				bar.update(done);
			});
			if (started) bar!.stop();
			results.push({ file, ...s });
		}
	} finally {
		await store.close();
	}
	if (values.json) process.stdout.write(JSON.stringify(results) + '\n');
	else
		for (const r of results) {
			process.stdout.write(`${r.file} (${r.format}): ${r.rows} rows, imported ${r.imported}, already stored ${r.duplicates}, failed ${r.failed.length}\n`);
			for (const f of r.failed.slice(0, 50)) process.stdout.write(`  ${f.error}\n`);
		}
	return results.every((r) => r.imported + r.duplicates === 0 && r.rows > 0) ? 1 : 0;
}
