/**
 * The option handling every command shares: `--db FILE|URL` (main.ts hands a global
 * one on), `--help`/`-h` printing the command's usage, and node's strict parsing, so
 * an unknown option is an error (reportError turns it into exit 2 with its message).
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;

const COMMON = {
	db: { type: 'string' },
	help: { type: 'boolean', short: 'h', default: false }
} as const;

type Config<O extends Options, P extends boolean> = { args: string[]; options: O & typeof COMMON; allowPositionals: P; strict: true };

/** What parseArgs gives for these options: `values` typed per option, `positionals`. */
export type Parsed<O extends Options, P extends boolean = boolean> = ReturnType<typeof parseArgs<Config<O, P>>>;

export interface CommandShape {
	/** the command takes positional arguments (files, ids, a sub-command). Default: none, and one is an error. */
	positionals?: boolean;
	/** the first positional is a sub-command (`correct edit …`): without one, print the usage and exit 2. */
	subcommand?: boolean;
}

/**
 * Parses a command's argv. Returns the parsed options, or the exit code when the
 * usage was printed instead (`--help`: 0; a missing sub-command: 2), for `run` to return.
 */
export function parseCommand<const O extends Options>(argv: string[], options: O, usage: string, shape: CommandShape = {}): Parsed<O> | number {
	const allowPositionals = Boolean(shape.positionals || shape.subcommand);
	const parsed = parseArgs({ args: argv, options: { ...options, ...COMMON }, allowPositionals, strict: true }) as Parsed<O>;
	const help = (parsed.values as { help?: boolean }).help === true;
	if (help || (shape.subcommand && parsed.positionals.length === 0)) {
		process.stdout.write(usage + '\n');
		return help ? 0 : 2;
	}
	return parsed;
}
