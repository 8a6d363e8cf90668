/** `sitrep ingest` and `sitrep export` as a person runs them: subprocesses, output and exit codes. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';

// Each subprocess starts tsx and the store; on a loaded machine that takes seconds.
const SLOW = 240_000;
import { openStore } from '../../src/lib/server/store/index';
import { seed } from '../api/seed';
import { story, tempDir } from './helpers';
import { EXTRACTOR_VERSION } from '../../src/lib/extract/version';

const BIN = path.resolve(import.meta.dirname, '..', '..', 'bin', 'sitrep.js');

function sitrep(args: string[], env: Record<string, string> = {}, input?: string) {
	const r = spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8', timeout: 120_000, env: { ...process.env, DATABASE_URL: '', ...env } });
	return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('sitrep ingest', () => {
	it('ingests a folder with progress and a summary, and a second run stores nothing new', () => {
		const dir = tempDir();
		const corpus = path.join(dir, 'corpus');
		fs.mkdirSync(path.join(corpus, 'sub'), { recursive: true });
		fs.writeFileSync(path.join(corpus, 'one.txt'), story(1));
		fs.writeFileSync(path.join(corpus, 'one.meta.json'), JSON.stringify({ title: 'One', source: 'Wire', published: '2020-03-03' }));
		fs.writeFileSync(path.join(corpus, 'sub', 'two.txt'), story(2));
		fs.writeFileSync(path.join(corpus, 'batch.ndjson'), `${JSON.stringify({ id: 'x', text: story(3), published: '2020-03-05' })}\nnot json\n`);
		const db = path.join(dir, 'x.db');

		const first = sitrep(['--db', db, 'ingest', corpus, '--published', '2020-03-04', '--source', 'Desk']);
		expect(first.code).toBe(0);
		expect(first.stdout).toMatch(/^ingested 3, skipped as duplicate 0, near-duplicate 0, failed 1\b/);
		expect(first.stdout).toContain(`failed: ${path.join(corpus, 'batch.ndjson')}:2: line 2: not valid JSON`);
		// Not a terminal here: plain progress lines on stderr, with the rate and ETA.
		expect(first.stderr).toMatch(/ingest: \d+\/4 articles, [\d.]+ articles\/s, ETA \d+ s/);
		expect(fs.existsSync(db)).toBe(true);

		const second = sitrep(['--db', db, 'ingest', corpus, '--json', '--quiet']);
		expect(second.code).toBe(0);
		const summary = JSON.parse(second.stdout);
		expect(summary).toMatchObject({ ingested: 0, duplicates: 3, failed: 1 });
		expect(second.stderr).toBe('');
	}, SLOW);

	it('reads a batch or a plain article from standard input (-)', () => {
		const db = path.join(tempDir(), 'stdin.db');
		const ndjson = [story(30), story(31)].map((text, i) => JSON.stringify({ id: `s${i}`, text, published: '2021-01-0' + (i + 1) })).join('\n') + '\n';
		const batch = sitrep(['--db', db, 'ingest', '-', '--json', '-q'], {}, ndjson);
		expect(batch.code, batch.stderr).toBe(0);
		expect(JSON.parse(batch.stdout)).toMatchObject({ ingested: 2, failed: 0 });
		const plain = sitrep(['--db', db, 'ingest', '-', '--published', '2021-02-02', '--json', '-q'], {}, story(32));
		expect(JSON.parse(plain.stdout)).toMatchObject({ ingested: 1 });
	}, SLOW);

	it('reads DATABASE_URL when --db is absent', () => {
		const dir = tempDir();
		const file = path.join(dir, 'a.txt');
		fs.writeFileSync(file, story(5));
		const db = path.join(dir, 'env.db');
		const r = sitrep(['ingest', file, '--published', '2021-01-01', '-q'], { DATABASE_URL: db });
		expect(r.code).toBe(0);
		expect(fs.existsSync(db)).toBe(true);
	}, SLOW);

	it('fails clearly: nothing to ingest, a missing path, a bad date, a refused URL, --queue without PostgreSQL', () => {
		const dir = tempDir();
		const db = path.join(dir, 'y.db');
		const none = sitrep(['--db', db, 'ingest']);
		expect(none.code).toBe(1);
		expect(none.stderr).toMatch(/needs at least one PATH or URL/);
		const missing = sitrep(['--db', db, 'ingest', path.join(dir, 'nope'), '-q']);
		expect(missing.code).toBe(1);
		expect(missing.stdout).toMatch(/failed 1/);
		expect(missing.stdout).toMatch(/no such file or folder/);
		const date = sitrep(['--db', db, 'ingest', dir, '--published', 'last week']);
		expect(date.code).toBe(1);
		expect(date.stderr).toMatch(/--published must be an ISO 8601 date/);
		const url = sitrep(['--db', db, 'ingest', 'http://169.254.169.254/latest/meta-data/', '-q']);
		expect(url.code).toBe(1);
		expect(url.stdout).toMatch(/refused: 169\.254\.169\.254 is a link-local address/);
		const file = sitrep(['--db', db, 'ingest', 'file:///etc/passwd', '-q']);
		expect(file.stdout).toMatch(/only http and https/);
		const queue = sitrep(['--db', db, 'ingest', dir, '--queue']);
		expect(queue.code).toBe(1);
		expect(queue.stderr).toMatch(/queue lives in PostgreSQL/);
		const threads = sitrep(['--db', db, 'ingest', dir, '--threads', 'many']);
		expect(threads.code).toBe(1);
		expect(threads.stderr).toMatch(/--threads must be a whole number from 0 to 64 \(got "many"\)/);
	}, SLOW);

	it('stores the same graph whether threads extract (--threads 2) or the storing thread does (--threads 0)', () => {
		const dir = tempDir();
		const places = ['Gao', 'Mosul', 'Kidal', 'Idlib', 'Beledweyne', 'Goma'];
		const lines = places.flatMap((place, i) => [
			JSON.stringify({ id: `s${i}`, published: `2022-03-${10 + i}`, text: `Gunmen killed ${i + 2} villagers near ${place} on Tuesday, local officials said. Soldiers later arrested ${i + 1} suspects.` }),
			JSON.stringify({ id: `p${i}`, published: `2022-03-${10 + i}`, text: `Hundreds of traders protested in ${place} on Monday against new taxes, witnesses said.` })
		]);
		const file = path.join(dir, 'mix.ndjson');
		fs.writeFileSync(file, lines.join('\n') + '\n');
		const graph = (threads: string) => {
			const db = path.join(dir, `t${threads}.db`);
			const r = sitrep(['--db', db, 'ingest', file, '--json', '-q', '--threads', threads]);
			expect(r.code).toBe(0);
			expect(r.stderr).toBe(''); // no thread fell back to in-process extraction
			const summary = JSON.parse(r.stdout);
			expect(summary.failed).toBe(0);
			expect(summary.ingested + summary.nearDuplicates).toBe(lines.length);
			const out = JSON.parse(sitrep(['--db', db, 'export', '--format', 'json']).stdout) as { events: { type: string; date: unknown; fatalities: unknown; sources: unknown[] }[] };
			return out.events.map((e) => ({ type: e.type, date: e.date, fatalities: e.fatalities, sources: e.sources.length }));
		};
		const threaded = graph('2');
		expect(threaded.length).toBeGreaterThanOrEqual(places.length);
		expect(threaded).toEqual(graph('0'));
		// Re-extraction in threads by the same extractor changes nothing, and records the extractor's version.
		const again = sitrep(['--db', path.join(dir, 't2.db'), 'reextract', '--json', '-q', '--threads', '2']);
		expect(again.stderr).toBe('');
		const report = JSON.parse(again.stdout);
		expect(report).toMatchObject({ articles: lines.length, changed: 0, unchanged: lines.length, failed: [], version: EXTRACTOR_VERSION });
		expect(report.eventsAfter).toBe(report.eventsBefore);
	}, SLOW);
});

describe('sitrep export', () => {
	it('writes every format from the database, filtered, to stdout or --out', async () => {
		const dir = tempDir();
		const db = path.join(dir, 'e.db');
		const store = await openStore({ url: db });
		await seed(store);
		await store.close();

		const csv = sitrep(['--db', db, 'export', '--format', 'csv', '--type', 'shelling']);
		expect(csv.code).toBe(0);
		const lines = csv.stdout.trim().split('\r\n');
		expect(lines).toHaveLength(2);
		expect(lines[0].split(',').slice(0, 6)).toEqual(['event_id_cnty', 'event_date', 'year', 'time_precision', 'event_type', 'sub_event_type']);
		expect(lines[1]).toContain('2020-07-10,2020,1,Explosions/Remote violence,Shelling/artillery/missile attack,Blue Front');

		const window = sitrep(['--db', db, 'export', '--format', 'json', '--from', '2020-05-01', '--to', '2020-06-01']);
		expect(JSON.parse(window.stdout).events.map((e: { type: string }) => e.type)).toEqual(['airstrike']);

		const out = path.join(dir, 'net.gexf');
		const gexf = sitrep(['--db', db, 'export', '--format', 'gexf', '--out', out]);
		expect(gexf.code).toBe(0);
		expect(gexf.stderr).toMatch(/exported 2 events as gexf/);
		expect(XMLValidator.validate(fs.readFileSync(out, 'utf8'))).toBe(true);
	}, SLOW);

	it('refuses a missing or unknown format and bad filters with a message', () => {
		const db = path.join(tempDir(), 'z.db');
		const missing = sitrep(['--db', db, 'export']);
		expect(missing.code).toBe(1);
		expect(missing.stderr).toMatch(/--format is required/);
		const unknown = sitrep(['--db', db, 'export', '--format', 'pdf']);
		expect(unknown.stderr).toMatch(/--format must be one of csv, json, gexf, graphml, timelinejs, jsonld/);
		const bad = sitrep(['--db', db, 'export', '--format', 'csv', '--from', 'soon']);
		expect(bad.code).toBe(1);
		expect(bad.stderr).toMatch(/--from must be an ISO 8601 date/);
	}, SLOW);
});
