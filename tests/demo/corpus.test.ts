import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chrono from 'chrono-node';
import { describe, expect, it } from 'vitest';

// The demo corpus is hand-written wire copy about 2019–2021; these checks keep it
// loadable by `npm start` and honest about its own dates.

const demoDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../data/demo');
const FIRST = { year: 2019, month: 1 };
const LAST = { year: 2021, month: 12 };
// A zone is mandatory: without one the publication instant would depend on the reader's machine.
const ISO_WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/;
const EXAMPLE_HOST = /^(?:[a-z0-9-]+\.)*example\.(?:org|com|net)$/;
// C0 controls other than newline, DEL, C1 controls, BOM and the Unicode replacement character.
const FORBIDDEN_CHARS = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\ufeff\ufffd]/;

interface Meta {
	title: string;
	source: string;
	published: string;
	url?: string;
}

interface Article {
	name: string;
	bytes: Buffer;
	text: string;
	meta: Meta;
}

function monthIndex(year: number, month: number): number {
	return year * 12 + (month - 1);
}

function inRange(year: number, month: number): boolean {
	const m = monthIndex(year, month);
	return m >= monthIndex(FIRST.year, FIRST.month) && m <= monthIndex(LAST.year, LAST.month);
}

/** Calendar date of an ISO instant in its own stated zone, without consulting the machine's zone. */
function localDate(iso: string): { year: number; month: number; day: number } {
	const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
	return { year: y, month: m, day: d };
}

function zoneOffsetMinutes(iso: string): number {
	const zone = /(Z|[+-]\d{2}:\d{2})$/.exec(iso)?.[1] ?? 'Z';
	if (zone === 'Z') return 0;
	const sign = zone.startsWith('-') ? -1 : 1;
	return sign * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6)));
}

function words(text: string): number {
	return text.split(/\s+/).filter(Boolean).length;
}

function normalise(text: string): string {
	return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

function loadCorpus(): Article[] {
	const names = readdirSync(demoDir)
		.filter((f) => f.endsWith('.txt'))
		.sort();
	return names.map((file) => {
		const name = file.slice(0, -'.txt'.length);
		const bytes = readFileSync(path.join(demoDir, file));
		const text = bytes.toString('utf8');
		const meta = JSON.parse(readFileSync(path.join(demoDir, `${name}.meta.json`), 'utf8')) as Meta;
		return { name, bytes, text, meta };
	});
}

const corpus = loadCorpus();
const readme = readFileSync(path.join(demoDir, 'README.md'), 'utf8');

describe('demo corpus', () => {
	it('has at least 25 articles, each named <NN>-<slug>', () => {
		expect(corpus.length).toBeGreaterThanOrEqual(25);
		for (const a of corpus) expect(a.name).toMatch(/^\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*$/);
	});

	it('has no sidecar without an article', () => {
		const sidecars = readdirSync(demoDir).filter((f) => f.endsWith('.meta.json'));
		const names = new Set(corpus.map((a) => a.name));
		for (const s of sidecars) expect(names.has(s.slice(0, -'.meta.json'.length)), s).toBe(true);
	});

	it.each(corpus.map((a) => [a.name, a] as const))('%s has a valid sidecar', (_name, a) => {
		const { meta } = a;
		expect(typeof meta.title).toBe('string');
		expect(meta.title.trim().length).toBeGreaterThan(0);
		expect(typeof meta.source).toBe('string');
		expect(meta.source.trim().length).toBeGreaterThan(0);
		expect(meta.published).toMatch(ISO_WITH_ZONE);
		expect(Number.isNaN(Date.parse(meta.published))).toBe(false);
		const pub = localDate(meta.published);
		expect(inRange(pub.year, pub.month), meta.published).toBe(true);
		if (meta.url !== undefined) {
			const url = new URL(meta.url);
			expect(url.protocol).toBe('https:');
			expect(url.hostname).toMatch(EXAMPLE_HOST);
		}
		expect(Object.keys(meta).sort()).toEqual(
			['published', 'source', 'title', ...(meta.url === undefined ? [] : ['url'])].sort()
		);
	});

	it.each(corpus.map((a) => [a.name, a] as const))('%s is clean UTF-8 text', (_name, a) => {
		expect(() => new TextDecoder('utf-8', { fatal: true }).decode(a.bytes)).not.toThrow();
		const bad = FORBIDDEN_CHARS.exec(a.text);
		expect(bad?.[0].codePointAt(0)?.toString(16), `control character at ${bad?.index}`).toBeUndefined();
	});

	it.each(corpus.map((a) => [a.name, a] as const))('%s is a headline, a blank line, then 150–450 words of paragraphs', (_name, a) => {
		const lines = a.text.split('\n');
		expect(lines[0]).toBe(a.meta.title);
		expect(lines[1]).toBe('');
		expect(a.text.endsWith('\n') && !a.text.endsWith('\n\n'), 'ends with exactly one newline').toBe(true);
		const body = lines.slice(2).join('\n').slice(0, -1);
		const paragraphs = body.split(/\n\s*\n/).filter((p) => p.trim());
		expect(paragraphs.length).toBeGreaterThanOrEqual(3);
		for (const p of paragraphs) expect(p).toBe(p.trim());
		const n = words(body);
		expect(n).toBeGreaterThanOrEqual(150);
		expect(n).toBeLessThanOrEqual(450);
	});

	it('has no duplicated bodies or paragraphs', () => {
		const bodies = new Map<string, string>();
		const paragraphs = new Map<string, string>();
		for (const a of corpus) {
			const body = normalise(a.text.split('\n').slice(2).join('\n'));
			expect(bodies.get(body), `${a.name} repeats a body`).toBeUndefined();
			bodies.set(body, a.name);
			for (const p of a.text.split(/\n\s*\n/).slice(1)) {
				const key = normalise(p);
				if (key.length < 60) continue;
				expect(paragraphs.get(key), `${a.name} repeats a paragraph`).toBeUndefined();
				paragraphs.set(key, a.name);
			}
		}
	});

	it.each(corpus.map((a) => [a.name, a] as const))('%s mentions only dates inside 2019–2021', (_name, a) => {
		const ref = { instant: new Date(a.meta.published), timezone: zoneOffsetMinutes(a.meta.published) };
		for (const r of chrono.parse(a.text, ref)) {
			for (const c of [r.start, r.end]) {
				if (!c) continue;
				const year = c.get('year') ?? 0;
				const month = c.get('month') ?? 0;
				expect(inRange(year, month), `"${r.text}" at ${r.index} resolves to ${year}-${month}`).toBe(true);
			}
		}
	});

	it('README lists every article with an event date in 2019–2021 no later than its publication', () => {
		const rows = new Map<string, { published: string; source: string; event: string }>();
		for (const line of readme.split('\n')) {
			const cells = line.split('|').map((c) => c.trim());
			if (cells.length < 6 || !/^\d{2}-/.test(cells[1])) continue;
			rows.set(cells[1].replace(/`/g, ''), { published: cells[2], source: cells[3], event: cells[4] });
		}
		for (const a of corpus) {
			const row = rows.get(a.name);
			expect(row, `${a.name} missing from README`).toBeDefined();
			if (!row) continue;
			expect(row.published).toBe(a.meta.published.slice(0, 10));
			expect(row.source).toBe(a.meta.source);
			expect(row.event).toMatch(/^\d{4}-\d{2}-\d{2}$/);
			const [y, m] = row.event.split('-').map(Number);
			expect(inRange(y, m), row.event).toBe(true);
			expect(row.event <= row.published, `${a.name}: event after publication`).toBe(true);
		}
		expect(rows.size).toBe(corpus.length);
	});

	it('has several outlets, and events reported more than once', () => {
		const sources = new Set(corpus.map((a) => a.meta.source));
		expect(sources.size).toBeGreaterThanOrEqual(4);
		const byEvent = new Map<string, Set<string>>();
		for (const line of readme.split('\n')) {
			const cells = line.split('|').map((c) => c.trim());
			if (cells.length < 6 || !/^\d{2}-/.test(cells[1])) continue;
			const key = `${cells[4]} ${cells[5]}`;
			byEvent.set(key, (byEvent.get(key) ?? new Set()).add(cells[3]));
		}
		const multiOutlet = [...byEvent.values()].filter((s) => s.size >= 2);
		expect(multiOutlet.length).toBeGreaterThanOrEqual(5);
	});
});
