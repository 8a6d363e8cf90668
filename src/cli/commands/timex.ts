/** `sitrep timex [FILE|-] --dct ISO` and `--batch FILE.ndjson` (lines {"id","text","dct"}). */
import { findTimexes } from '../../lib/extract/temporal/index';
import { parseIsoInstant } from '../../lib/core/dates';
import { InputError } from '../../lib/core/types';
import { readNdjson, readTextInput } from '../input';
import { parseCommand } from '../args';

const HELP = `usage: sitrep timex [FILE|-] --dct ISO [--pretty]
       sitrep timex --batch FILE.ndjson
Prints the time expressions of a text as a JSON array of {start,end,text,type,value,interval,granularity,…},
resolved against the document creation time (--dct). --batch reads lines {"id","text","dct"} and prints
lines {"id","timexes":[…]}; a bad line prints {"id","error"} and the others go on.`;

export async function run(argv: string[]): Promise<number> {
	const parsed = parseCommand(
		argv,
		{
			dct: { type: 'string' },
			batch: { type: 'string' },
			pretty: { type: 'boolean', default: false }
		},
		HELP,
		{ positionals: true }
	);
	if (typeof parsed === 'number') return parsed;
	const { values, positionals } = parsed;
	if (values.batch !== undefined) return runBatch(values.batch);
	if (positionals.length > 1) throw new InputError(`timex takes one FILE (got ${positionals.length}); use --batch for many`);
	if (values.dct === undefined) throw new InputError('--dct ISO is required: the date the text was written, to resolve "on Thursday" against');
	const dct = checkedDct(values.dct, '--dct');
	const text = await readTextInput(positionals[0]);
	process.stdout.write(JSON.stringify(findTimexes(text, dct), null, values.pretty ? 2 : undefined) + '\n');
	return 0;
}

function checkedDct(value: unknown, label: string): string {
	if (typeof value !== 'string' || !parseIsoInstant(value)) {
		throw new InputError(`${label} must be an ISO 8601 date such as 2021-02-26 (got ${JSON.stringify(value)})`);
	}
	return value;
}

async function runBatch(file: string): Promise<number> {
	for await (const line of readNdjson(file)) {
		let out: Record<string, unknown>;
		if ('error' in line) out = { id: line.id ?? null, error: line.error };
		else {
			const { id = null, text, dct } = line.value;
			try {
				if (typeof text !== 'string' || text.trim() === '') throw new InputError('"text" must be a non-empty string');
				out = { id, timexes: findTimexes(text, checkedDct(dct, '"dct"')) };
			} catch (error) {
				out = { id, error: error instanceof InputError ? error.message : `failed: ${(error as Error).message}` };
			}
		}
		if (!process.stdout.write(JSON.stringify(out) + '\n')) await new Promise((r) => process.stdout.once('drain', r));
	}
	return 0;
}
