/** `sitrep export --format csv|json|gexf|graphml|timelinejs|jsonld [--out FILE] [filters]` */
import { promises as fs } from 'node:fs';
import { InputError } from '../../lib/core/types';
import { collectExport, EXPORT_FORMATS, isExportFormat, render } from '../../lib/server/export/index';
import { normalizeDate } from '../../lib/server/ingest/dates';
import type { EventFilter } from '../../lib/server/store/types';
import { openStore, resolveDatabaseUrl } from '../../lib/server/store/index';
import { parseCommand } from '../args';

const HELP = `usage: sitrep [--db FILE|URL] export --format ${EXPORT_FORMATS.join('|')} [--out FILE]
                     [--from ISO] [--to ISO] [--type T] [--actor A] [--place P] [--source S] [--q TEXT]
                     [--min-confidence X] [--limit N]
Writes the events that match the filters (the same filters as the explorer) in one format:
  csv         ACLED column names (event_id_cnty, event_date, … notes, fatalities) plus sitrep_ columns
  json        the graph: events with their sources (article, url, title, evidence), actors with aliases, edges
  gexf        GEXF 1.3 for Gephi, with node and edge times
  graphml     GraphML
  timelinejs  TimelineJS 3 JSON
  jsonld      schema.org Event records as JSON-LD
--type, --actor, --place and --source may be repeated or comma-separated. Without --out the export goes to stdout.`;

const list = (values: string[] | undefined) => values?.flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);

function isoOption(value: string | undefined, name: string): string | undefined {
	if (value === undefined) return undefined;
	const d = normalizeDate(value);
	if (!d) throw new InputError(`--${name} must be an ISO 8601 date such as 2021-02-25 (got "${value}")`);
	return d.length === 10 ? `${d}T00:00:00.000Z` : d;
}

export async function run(argv: string[]): Promise<number> {
	const parsed = parseCommand(
		argv,
		{
			format: { type: 'string', short: 'f' },
			out: { type: 'string', short: 'o' },
			from: { type: 'string' },
			to: { type: 'string' },
			type: { type: 'string', multiple: true },
			actor: { type: 'string', multiple: true },
			place: { type: 'string', multiple: true },
			source: { type: 'string', multiple: true },
			q: { type: 'string' },
			'min-confidence': { type: 'string' },
			limit: { type: 'string' }
		},
		HELP,
		{ positionals: true }
	);
	if (typeof parsed === 'number') return parsed;
	const { values, positionals } = parsed;
	if (positionals.length) throw new InputError(`export takes no positional arguments (got ${positionals.join(' ')})`);
	if (!values.format) throw new InputError(`--format is required: one of ${EXPORT_FORMATS.join(', ')}`);
	if (!isExportFormat(values.format)) throw new InputError(`--format must be one of ${EXPORT_FORMATS.join(', ')} (got "${values.format}")`);
	const filter: EventFilter = {
		from: isoOption(values.from, 'from'),
		to: isoOption(values.to, 'to'),
		types: list(values.type),
		actors: list(values.actor),
		places: list(values.place),
		sources: list(values.source),
		q: values.q?.trim() || undefined
	};
	if (filter.from && filter.to && filter.to <= filter.from) throw new InputError('--to must be after --from');
	if (values['min-confidence'] !== undefined) {
		const x = Number(values['min-confidence']);
		if (!Number.isFinite(x) || x < 0 || x > 1) throw new InputError('--min-confidence must be a number between 0 and 1');
		filter.minConfidence = x;
	}
	let maxEvents = 1_000_000;
	if (values.limit !== undefined) {
		maxEvents = Number(values.limit);
		if (!Number.isInteger(maxEvents) || maxEvents < 1) throw new InputError('--limit must be a positive integer');
	}
	const store = await openStore({ url: resolveDatabaseUrl(values.db) });
	let body: string;
	let count: number;
	try {
		const data = await collectExport(store, filter, { maxEvents, description: `sitrep export ${argv.filter((a) => a !== '--db' && a !== values.db).join(' ')}` });
		count = data.events.length;
		body = render(values.format, data).body;
	} finally {
		await store.close();
	}
	if (values.out) {
		await fs.writeFile(values.out, body);
		process.stderr.write(`exported ${count} events as ${values.format} to ${values.out}\n`);
	} else if (!process.stdout.write(body)) {
		await new Promise((r) => process.stdout.once('drain', r));
	}
	return 0;
}
