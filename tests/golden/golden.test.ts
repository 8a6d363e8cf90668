/**
 * Golden tests: short articles written for this project (tests/golden/articles/*.txt)
 * with hand-annotated expectations (*.expected.json). The output is projected to the
 * annotated fields and compared whole, so a mismatch prints a diff. Statements are
 * left out of the comparison (they are not annotated); look-alikes and negatives
 * expect no violent event at all.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020.js';
import { extract } from '../../src/lib/extract/index';
import type { Extraction } from '../../src/lib/core/types';

const dir = join(__dirname, 'articles');
const repoRoot = resolve(__dirname, '..', '..');
const shared = process.env.SITREP_SHARED ?? resolve(repoRoot, '..', 'shared');

interface ExpectedEvent {
	type: string;
	plover: string;
	date?: string | null;
	agent?: string[];
	target?: string[];
	place?: string;
	fatalities?: number;
	injuries?: number;
}
interface Expected {
	published: string;
	events: ExpectedEvent[];
	links?: Array<{ from: string; relation: string; to: string }>;
	actors: Array<{ name: string; alias?: string; title?: string }>;
	masked?: string[];
}

const UNANNOTATED = new Set(['statement', 'accusation', 'order']);

function project(doc: Extraction, want: ExpectedEvent): ExpectedEvent[] {
	const actor = (id: string) => doc.actors.find((a) => a.id === id)?.name ?? id;
	return doc.events
		.filter((e) => !UNANNOTATED.has(e.type))
		.map((e) => {
			const p: ExpectedEvent = { type: e.type, plover: e.plover ?? '' };
			// A value on the annotated day or month ("2020-04-28TNI" for "2020-04-28") is that date.
			if ('date' in want) p.date = want.date && e.date.value?.startsWith(want.date) && /^\d{4}-\d{2}-\d{2}/.test(want.date) ? want.date : e.date.value;
			// Roles are sets: compared sorted.
			if (want.agent) p.agent = e.roles.filter((r) => r.role === 'agent').map((r) => actor(r.actor)).sort();
			if (want.target) p.target = e.roles.filter((r) => r.role === 'target').map((r) => actor(r.actor)).filter((n) => want.target!.includes(n)).sort();
			if (want.place) p.place = doc.places.find((x) => x.id === e.place)?.name;
			if (want.fatalities !== undefined) p.fatalities = e.fatalities;
			if (want.injuries !== undefined) p.injuries = e.injuries;
			return p;
		});
}

const names = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
const schema = JSON.parse(readFileSync(join(shared, 'formats', 'extraction.schema.json'), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

describe('golden articles', () => {
	it('has at least six hand-annotated articles', () => {
		expect(names.length).toBeGreaterThanOrEqual(6);
	});
	for (const name of names) {
		const text = readFileSync(join(dir, name), 'utf8');
		const expected: Expected = JSON.parse(readFileSync(join(dir, name.replace(/\.txt$/, '.expected.json')), 'utf8'));
		for (const e of expected.events) for (const k of ['agent', 'target'] as const) e[k]?.sort();
		describe(name, () => {
			const doc = extract({ text, published: expected.published });
			it('events match the annotation', () => {
				const got = doc.events.filter((e) => !UNANNOTATED.has(e.type));
				expect(got.length).toBe(expected.events.length);
				// Compare as sets keyed by type, in the annotation's order; the first annotated event is the main one.
				const projected = expected.events.map((want) => project(doc, want).find((p) => p.type === want.type) ?? { type: `missing ${want.type}` });
				expect(projected).toEqual(expected.events);
				if (expected.events.length) expect(got[0].type).toBe(expected.events[0].type);
			});
			it('links match the annotation', () => {
				for (const l of expected.links ?? []) {
					const from = doc.events.find((e) => e.type === l.from);
					const to = doc.events.find((e) => e.type === l.to);
					expect(doc.links).toContainEqual(expect.objectContaining({ from: from?.id, to: to?.id, relation: l.relation }));
				}
			});
			it('actors, aliases and titles are found', () => {
				for (const a of expected.actors) {
					const hit = doc.actors.find((x) => x.name === a.name);
					expect(hit, a.name).toBeDefined();
					if (a.alias) expect(hit!.aliases ?? []).toContain(a.alias);
					if (a.title) expect(hit!.titles ?? []).toContain(a.title);
				}
			});
			it('boilerplate is masked, never extracted', () => {
				for (const m of expected.masked ?? []) {
					const at = text.indexOf(m);
					for (const a of doc.actors) for (const s of a.mentions) expect(s.end <= at || s.start >= at + m.length).toBe(true);
				}
			});
			it('is schema-valid with exact spans', () => {
				expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
				const spans = [
					...doc.timexes,
					...doc.actors.flatMap((a) => a.mentions),
					...doc.places.flatMap((p) => p.mentions),
					...doc.events.flatMap((e) => [e.evidence, ...(e.trigger ? [e.trigger] : [])]),
					...doc.links.flatMap((l) => (l.evidence ? [l.evidence] : []))
				];
				for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
			});
		});
	}
});
