/**
 * The `sitrep` command as a person runs it: a subprocess, its stdout, stderr and exit code.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const BIN = resolve(import.meta.dirname, '..', '..', 'bin', 'sitrep.js');
const dir = mkdtempSync(join(tmpdir(), 'sitrep-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function sitrep(args: string[], input?: string | Buffer) {
	const result = spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8', timeout: 60_000 });
	return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const ARTICLE = [
	'Militants fire rockets at air base in Iraq',
	'',
	'BAGHDAD (Wire Desk) - Rockets struck an air base north of Baghdad on Tuesday, killing two soldiers, officials said.',
	'Defense Minister Ali Hassan said on Wednesday that the attack was "a crime".'
].join('\n');

describe('sitrep extract', () => {
	it('prints one extraction document whose spans slice the raw input exactly', () => {
		const file = join(dir, 'a.txt');
		writeFileSync(file, ARTICLE);
		const { code, stdout, stderr } = sitrep(['extract', file, '--published', '2020-03-12', '--title', 'T', '--source', 'Wire Desk']);
		expect(stderr).toBe('');
		expect(code).toBe(0);
		const doc = JSON.parse(stdout);
		expect(doc.article).toMatchObject({ title: 'T', source: 'Wire Desk' });
		expect(doc.article.published.startsWith('2020-03-12')).toBe(true);
		for (const t of doc.timexes) expect(ARTICLE.slice(t.start, t.end)).toBe(t.text);
		for (const e of doc.events) expect(ARTICLE.slice(e.evidence.start, e.evidence.end)).toBe(e.evidence.text);
		const tuesday = doc.timexes.find((t: { text: string }) => t.text === 'Tuesday');
		expect(tuesday?.value).toBe('2020-03-10');
	});

	it.each([
		[['extract', join(dir, 'missing.txt'), '--published', '2020-01-01'], undefined, /no such file/],
		[['extract', '-', '--published', '2020-02-30'], 'text', /--published must be an ISO 8601 date/],
		[['extract', '-', '--published', '2020-01-01'], '   \n', /empty/],
		[['extract', '-', '--published', '2020-01-01'], Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2]), /binary/]
	])('refuses bad input %# with one clear line and a non-zero exit', (args, input, message) => {
		const { code, stdout, stderr } = sitrep(args as string[], input as string | Buffer | undefined);
		expect(code).not.toBe(0);
		expect(stdout).toBe('');
		expect(stderr).toMatch(message as RegExp);
		expect(stderr.trim().split('\n')).toHaveLength(1);
	});

	it('--batch answers every line in order, with errors in place, and exits 0', () => {
		const file = join(dir, 'batch.ndjson');
		writeFileSync(
			file,
			[
				JSON.stringify({ id: 'a', text: ARTICLE, published: '2020-03-12' }),
				'{"id": "b", "text": broken',
				JSON.stringify({ id: 'c', text: '', published: '2020-03-12' }),
				JSON.stringify({ id: 'd', text: 'Protesters marched in Baghdad on Friday.', published: 'not a date' }),
				JSON.stringify({ id: 'e', text: 'Protesters marched in Baghdad on Friday.', published: '2019-10-26' })
			].join('\n') + '\n'
		);
		const { code, stdout } = sitrep(['extract', '--batch', file]);
		expect(code).toBe(0);
		const lines = stdout.trim().split('\n').map((l) => JSON.parse(l));
		expect(lines.map((l) => l.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
		expect(lines[0].events.length).toBeGreaterThan(0);
		expect(lines[1].error).toMatch(/not valid JSON/);
		expect(lines[2].error).toMatch(/text/);
		expect(lines[3].error).toMatch(/published/);
		expect(lines[4].article).toBeDefined();
	});

	it('--batch on a missing file fails as a whole', () => {
		const { code, stderr } = sitrep(['extract', '--batch', join(dir, 'nope.ndjson')]);
		expect(code).toBe(1);
		expect(stderr).toMatch(/no such file/);
	});
});

describe('sitrep timex', () => {
	it('resolves relative dates against --dct and reports exact spans', () => {
		const text = 'The strike came on Thursday, weeks after attacks in December 2019.';
		const { code, stdout } = sitrep(['timex', '-', '--dct', '2021-02-26'], text);
		expect(code).toBe(0);
		const timexes = JSON.parse(stdout) as { start: number; end: number; text: string; value: string }[];
		const byText = Object.fromEntries(timexes.map((t) => [t.text, t.value]));
		expect(byText['Thursday']).toBe('2021-02-25');
		expect(byText['December 2019']).toBe('2019-12');
		for (const t of timexes) expect(text.slice(t.start, t.end)).toBe(t.text);
	});

	it('requires --dct', () => {
		const { code, stderr } = sitrep(['timex', '-'], 'on Monday');
		expect(code).toBe(1);
		expect(stderr).toMatch(/--dct/);
	});

	it('--batch keeps ids and reports bad lines', () => {
		const file = join(dir, 't.ndjson');
		writeFileSync(file, '{"id":1,"text":"on Monday","dct":"2021-02-26"}\nnot json\n{"id":3,"text":"x","dct":"nope"}\n');
		const { code, stdout } = sitrep(['timex', '--batch', file]);
		expect(code).toBe(0);
		const lines = stdout.trim().split('\n').map((l) => JSON.parse(l));
		expect(lines).toHaveLength(3);
		expect(lines[0]).toMatchObject({ id: 1, timexes: [{ text: 'Monday', value: '2021-02-22' }] });
		expect(lines[1].error).toMatch(/line 2/);
		expect(lines[2]).toMatchObject({ id: 3 });
		expect(lines[2].error).toMatch(/dct/);
	});
});

describe('sitrep', () => {
	it('names an unknown command and shows usage', () => {
		const { code, stderr } = sitrep(['frobnicate']);
		expect(code).toBe(2);
		expect(stderr).toMatch(/unknown command 'frobnicate'/);
		expect(stderr).toMatch(/extract/);
	});
});
