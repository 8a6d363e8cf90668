/** `sitrep extract [FILE|-] --published ISO [--url U --title T --source S]` and `--batch FILE.ndjson`. */
import { extract } from '../../lib/extract/index';
import { parseIsoInstant } from '../../lib/core/dates';
import { InputError, type ArticleInput } from '../../lib/core/types';
import { optionalString, readNdjson, readTextInput } from '../input';
import { parseCommand } from '../args';

const HELP = `usage: sitrep extract [FILE|-] --published ISO [--url U] [--title T] [--source S] [--pretty]
       sitrep extract --batch FILE.ndjson
Prints one JSON extraction document (events, actors, places, time expressions, links).
Without --published the date is inferred from the text (datelines) and marked publishedInferred.
--batch reads lines {"id","text","published","url"?,"title"?,"source"?} and prints one line per input line,
in input order, with the input's id; a bad line prints {"id","error"} and the others go on.`;

export async function run(argv: string[]): Promise<number> {
	const parsed = parseCommand(
		argv,
		{
			published: { type: 'string' },
			url: { type: 'string' },
			title: { type: 'string' },
			source: { type: 'string' },
			batch: { type: 'string' },
			pretty: { type: 'boolean', default: false }
		},
		HELP,
		{ positionals: true }
	);
	if (typeof parsed === 'number') return parsed;
	const { values, positionals } = parsed;
	if (values.batch !== undefined) return runBatch(values.batch);
	if (positionals.length > 1) throw new InputError(`extract takes one FILE (got ${positionals.length}); use --batch for many`);
	if (values.published !== undefined && !parseIsoInstant(values.published)) {
		throw new InputError(`--published must be an ISO 8601 date such as 2021-02-26 or 2021-02-26T14:00:00Z (got "${values.published}")`);
	}
	const text = await readTextInput(positionals[0]);
	const doc = extract({ text, published: values.published, url: values.url, title: values.title, source: values.source });
	process.stdout.write(JSON.stringify(doc, null, values.pretty ? 2 : undefined) + '\n');
	return 0;
}

async function runBatch(file: string): Promise<number> {
	for await (const line of readNdjson(file)) {
		let out: Record<string, unknown>;
		if ('error' in line) out = { id: line.id ?? null, error: line.error };
		else {
			const id = line.value.id ?? null;
			try {
				out = { id, ...extract(batchInput(line.value)) };
			} catch (error) {
				out = { id, error: error instanceof InputError ? error.message : `extraction failed: ${(error as Error).message}` };
			}
		}
		if (!process.stdout.write(JSON.stringify(out) + '\n')) await new Promise((r) => process.stdout.once('drain', r));
	}
	return 0;
}

function batchInput(value: Record<string, unknown>): ArticleInput {
	const text = value.text;
	if (typeof text !== 'string' || text.trim() === '') throw new InputError('"text" must be a non-empty string');
	const published = optionalString(value.published, 'published');
	if (published !== undefined && !parseIsoInstant(published)) throw new InputError(`"published" is not an ISO 8601 date: "${published}"`);
	return {
		text,
		published,
		id: value.id === undefined || value.id === null ? undefined : String(value.id),
		url: optionalString(value.url, 'url'),
		title: optionalString(value.title, 'title'),
		source: optionalString(value.source, 'source')
	};
}
