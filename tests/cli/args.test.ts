/**
 * The option handling every command shares (src/cli/args.ts): --help prints the
 * command's usage and exits 0, an unknown option exits 2 naming it, a sub-command
 * command without one prints its usage and exits 2, --db reaches the command.
 * Run in-process through main(), as bin/sitrep.js does.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseCommand } from '../../src/cli/args';
import { main } from '../../src/cli/main';

let out = '';
let err = '';
beforeEach(() => {
	out = '';
	err = '';
	vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => ((out += String(chunk)), true));
	vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => ((err += String(chunk)), true));
});
afterEach(() => vi.restoreAllMocks());

const COMMANDS = ['extract', 'timex', 'ingest', 'worker', 'export', 'serve', 'correct', 'log', 'reextract', 'feeds', 'import', 'migrate', 'backup', 'users'];
const SUBCOMMANDS = ['correct', 'feeds', 'users'];

describe('parseCommand', () => {
	it('parses the command options with --db and leaves positionals to the command', () => {
		const r = parseCommand(['--db', 'x.db', '--limit', '5', 'a', 'b'], { limit: { type: 'string' } }, 'usage: t', { positionals: true });
		expect(typeof r).toBe('object');
		if (typeof r === 'number') return;
		expect(r.values).toMatchObject({ db: 'x.db', limit: '5', help: false });
		expect(r.positionals).toEqual(['a', 'b']);
		expect(out).toBe('');
	});

	it('prints the usage for --help or -h (exit 0) and for a missing sub-command (exit 2)', () => {
		expect(parseCommand(['--help'], {}, 'usage: t')).toBe(0);
		expect(parseCommand(['-h'], {}, 'usage: t')).toBe(0);
		expect(out).toBe('usage: t\nusage: t\n');
		expect(parseCommand([], {}, 'usage: s', { subcommand: true })).toBe(2);
		expect(out).toBe('usage: t\nusage: t\nusage: s\n');
	});

	it('refuses unknown options, and positionals where the command takes none', () => {
		expect(() => parseCommand(['--nope'], {}, 'u')).toThrow(expect.objectContaining({ code: 'ERR_PARSE_ARGS_UNKNOWN_OPTION' }));
		expect(() => parseCommand(['stray'], {}, 'u')).toThrow(expect.objectContaining({ code: 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL' }));
		expect(() => parseCommand(['--db'], {}, 'u')).toThrow(/argument missing/);
	});
});

describe('every command', () => {
	it.each(COMMANDS)('%s --help prints its own usage and exits 0', async (name) => {
		expect(await main([name, '--help'])).toBe(0);
		expect(out).toMatch(/^usage: sitrep /);
		expect(out).toContain(` ${name}`);
		expect(err).toBe('');
	});

	it.each(COMMANDS)('%s --no-such-option exits 2 and names the option', async (name) => {
		expect(await main([name, '--no-such-option'])).toBe(2);
		expect(err).toMatch(/^sitrep: Unknown option '--no-such-option'/);
		expect(out).toBe('');
	});

	it.each(SUBCOMMANDS)('%s without a sub-command prints its usage and exits 2', async (name) => {
		expect(await main([name])).toBe(2);
		expect(out).toMatch(/^usage: sitrep /);
	});

	it('a global --db before the command reaches it (log reads the given database)', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'sitrep-args-'));
		try {
			expect(await main(['--db', `${dir}/a.db`, 'log', '--json'])).toBe(0);
			expect(JSON.parse(out)).toMatchObject({ total: 0 });
			expect(existsSync(`${dir}/a.db`)).toBe(true);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
