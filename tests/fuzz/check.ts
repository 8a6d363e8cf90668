/**
 * What must hold for every extraction document, whatever the input: valid against
 * the shared schema (read at test time), and every span an exact slice of the text.
 */
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Extraction, Span, Timex } from '../../src/lib/core/types';
import { SHARED } from './gen';

let validator: ((doc: unknown) => boolean) & { errors?: unknown } | null = null;

export function schemaValidator() {
	if (!validator) {
		const schema = JSON.parse(readFileSync(join(SHARED, 'formats', 'extraction.schema.json'), 'utf8'));
		// eslint-disable-next-line @typescript-eslint/no-explicit-any
		const ajv = new (Ajv2020 as any)({ strict: false, allErrors: true });
		// eslint-disable-next-line @typescript-eslint/no-explicit-any
		(addFormats as any)(ajv);
		validator = ajv.compile(schema);
	}
	return validator!;
}

/** Problems with one span against the text it claims to come from. */
export function spanProblems(text: string, span: Span | undefined, where: string): string[] {
	if (!span) return [];
	const { start, end } = span;
	if (!Number.isInteger(start) || !Number.isInteger(end)) return [`${where}: non-integer offsets ${start}..${end}`];
	if (start < 0 || end < start || end > text.length) return [`${where}: offsets ${start}..${end} outside 0..${text.length}`];
	if (text.slice(start, end) !== span.text) return [`${where}: text.slice(${start}, ${end}) = ${JSON.stringify(text.slice(start, end))} ≠ ${JSON.stringify(span.text)}`];
	return [];
}

export function timexProblems(text: string, timexes: Timex[]): string[] {
	const out: string[] = [];
	timexes.forEach((t, i) => {
		out.push(...spanProblems(text, t, `timexes[${i}]`));
		if (typeof t.anchor === 'number' && !(t.anchor >= 0 && t.anchor < timexes.length)) out.push(`timexes[${i}].anchor ${t.anchor} points nowhere`);
		if (t.interval && !(Date.parse(t.interval.start) <= Date.parse(t.interval.end))) out.push(`timexes[${i}] interval ${t.interval.start}..${t.interval.end} not ordered`);
	});
	return out;
}

/** Every problem with a document produced from `text`: schema errors, bad spans, dangling references. */
export function extractionProblems(text: string, doc: Extraction): string[] {
	const out: string[] = [];
	const validate = schemaValidator();
	if (!validate(doc)) out.push(`schema: ${JSON.stringify(validate.errors).slice(0, 600)}`);
	out.push(...timexProblems(text, doc.timexes ?? []));
	const actorIds = new Set(doc.actors.map((a) => a.id));
	const placeIds = new Set(doc.places.map((p) => p.id));
	const eventIds = new Set(doc.events.map((e) => e.id));
	doc.actors.forEach((a, i) => a.mentions.forEach((m, j) => out.push(...spanProblems(text, m, `actors[${i}].mentions[${j}]`))));
	doc.places.forEach((p, i) => p.mentions.forEach((m, j) => out.push(...spanProblems(text, m, `places[${i}].mentions[${j}]`))));
	doc.events.forEach((e, i) => {
		out.push(...spanProblems(text, e.evidence, `events[${i}].evidence`));
		out.push(...spanProblems(text, e.trigger, `events[${i}].trigger`));
		for (const r of e.roles) if (!actorIds.has(r.actor)) out.push(`events[${i}] role actor ${r.actor} not in actors`);
		if (e.place !== undefined && !placeIds.has(e.place)) out.push(`events[${i}].place ${e.place} not in places`);
		if (typeof e.date.timex === 'number' && !(e.date.timex >= 0 && e.date.timex < doc.timexes.length)) out.push(`events[${i}].date.timex ${e.date.timex} points nowhere`);
		if (!(e.confidence >= 0 && e.confidence <= 1)) out.push(`events[${i}].confidence ${e.confidence}`);
	});
	doc.links.forEach((l, i) => {
		if (!eventIds.has(l.from) || !eventIds.has(l.to)) out.push(`links[${i}] ${l.from}→${l.to} dangling`);
		out.push(...spanProblems(text, l.evidence, `links[${i}].evidence`));
	});
	try {
		JSON.parse(JSON.stringify(doc));
	} catch (e) {
		out.push(`not serialisable: ${(e as Error).message}`);
	}
	return out;
}
