/**
 * `sitrep <command> …` — one module per command under ./commands, each exporting
 * `run(argv): Promise<exitCode>`. Commands load lazily so that `sitrep extract`
 * does not pay for the web server or the database drivers.
 */
import { InputError } from '../lib/core/types';

type Command = { run(argv: string[]): Promise<number> };

const COMMANDS: Record<string, { summary: string; load: () => Promise<Command> }> = {
	extract: { summary: 'extract events, actors, places and dates from one article (or --batch NDJSON)', load: () => import('./commands/extract') },
	timex: { summary: 'find and normalise time expressions (TimeML) in a text (or --batch NDJSON)', load: () => import('./commands/timex') },
	ingest: { summary: 'store articles (text, HTML, feeds, JSON/NDJSON, folders, URLs) with their events', load: () => import('./commands/ingest') },
	worker: { summary: 'take ingestion jobs from the PostgreSQL queue (sitrep ingest --queue) and store them', load: () => import('./commands/worker') },
	export: { summary: 'write the selected events as csv (ACLED columns), json, gexf, graphml, timelinejs or jsonld', load: () => import('./commands/export') },
	serve: { summary: 'serve the explorer and its JSON API from the production build', load: () => import('./commands/serve') },
	correct: { summary: 'correct an event or actor (edit, reject, merge, split), revert a correction, delete an article or outlet', load: () => import('./commands/correct') },
	log: { summary: 'list the audit log of corrections (who, when, before → after, why)', load: () => import('./commands/log') },
	reextract: { summary: 're-run the current extractor over stored articles; corrections survive', load: () => import('./commands/reextract') },
	feeds: { summary: 'subscribe to RSS/Atom feeds polled by serve/worker (add, list, remove, poll)', load: () => import('./commands/feeds') },
	import: { summary: 'import ACLED-style CSV or sitrep JSON exports as events with their sources', load: () => import('./commands/import') },
	migrate: { summary: 'copy the SQLite database into PostgreSQL (--to postgres://…), comparing counts and checksums', load: () => import('./commands/migrate') },
	backup: { summary: 'write a consistent copy of the SQLite database while the server runs', load: () => import('./commands/backup') },
	users: { summary: 'accounts, roles, API tokens and public views for a shared server (SITREP_AUTH=on)', load: () => import('./commands/users') }
};

export function usage(): string {
	const width = Math.max(...Object.keys(COMMANDS).map((name) => name.length));
	const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`);
	return `usage: sitrep [--db FILE|URL] <command> [options]\n\ncommands:\n${lines.join('\n')}\n\nRun 'sitrep <command> --help' for a command's options.`;
}

export async function main(argv: string[]): Promise<number> {
	// A global --db FILE may stand before the command; it is handed on to the command.
	const global: string[] = [];
	let i = 0;
	while (i < argv.length && argv[i].startsWith('--')) {
		if (argv[i] === '--help' || argv[i] === '-h') break;
		if (argv[i] === '--db' && i + 1 < argv.length) {
			global.push(argv[i], argv[i + 1]);
			i += 2;
		} else if (argv[i].startsWith('--db=')) {
			global.push(argv[i]);
			i += 1;
		} else break;
	}
	const name = argv[i];
	if (!name || name === '--help' || name === '-h' || name === 'help') {
		process.stdout.write(usage() + '\n');
		return name ? 0 : 2;
	}
	const command = COMMANDS[name];
	if (!command) {
		process.stderr.write(`sitrep: unknown command '${name}'\n\n${usage()}\n`);
		return 2;
	}
	try {
		const mod = await command.load();
		return await mod.run([...global, ...argv.slice(i + 1)]);
	} catch (error) {
		return reportError(error);
	}
}

/** One clear line on stderr: input problems without a stack; anything else with its message. */
export function reportError(error: unknown): number {
	if (error instanceof InputError) {
		process.stderr.write(`sitrep: ${error.message}\n`);
		return 1;
	}
	const err = error as { code?: string; message?: string };
	if (err && typeof err === 'object' && err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
		process.stderr.write(`sitrep: ${err.message}\n`);
		return 2;
	}
	if (err && typeof err === 'object' && typeof err.code === 'string' && err.code.startsWith('ERR_PARSE_ARGS')) {
		process.stderr.write(`sitrep: ${err.message}\n`);
		return 2;
	}
	process.stderr.write(`sitrep: ${err?.message ?? String(error)}\n`);
	if (process.env.SITREP_DEBUG) console.error(error);
	return 1;
}
