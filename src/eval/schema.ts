/**
 * Contract check: `extract()` output for the seed article and every demo article must be
 * valid against ../shared/formats/extraction.schema.json, and every span must slice exactly.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { extract } from '../lib/extract/index';
import type { Extraction, Span } from '../lib/core/types';
import { repoRoot } from './shared';

export interface SchemaReport {
	documents: number;
	valid: number;
	spans: number;
	exactSpans: number;
	failures: string[];
}

export function loadValidator(sharedDir: string) {
	const schema = JSON.parse(readFileSync(join(sharedDir, 'formats', 'extraction.schema.json'), 'utf8'));
	const ajv = new Ajv2020({ allErrors: true, strict: false });
	return ajv.compile(schema);
}

/** Every span in a document, with where it sits, for the exactness check. */
export function spansOf(doc: Extraction): { where: string; span: Span }[] {
	const out: { where: string; span: Span }[] = [];
	doc.timexes.forEach((t, i) => out.push({ where: `timexes[${i}]`, span: t }));
	doc.actors.forEach((a) => a.mentions.forEach((m, j) => out.push({ where: `actor ${a.id} mention ${j}`, span: m })));
	doc.places.forEach((p) => p.mentions.forEach((m, j) => out.push({ where: `place ${p.id} mention ${j}`, span: m })));
	doc.events.forEach((e) => {
		out.push({ where: `event ${e.id} evidence`, span: e.evidence });
		if (e.trigger) out.push({ where: `event ${e.id} trigger`, span: e.trigger });
	});
	doc.links.forEach((l, i) => l.evidence && out.push({ where: `links[${i}]`, span: l.evidence }));
	return out;
}

export function demoArticles(): { name: string; text: string; published: string; title?: string; source?: string; url?: string }[] {
	const dir = join(repoRoot, 'data', 'demo');
	if (!existsSync(dir)) return [];
	return readdirSync(dir)
		.filter((f) => f.endsWith('.txt'))
		.sort()
		.map((f) => {
			const meta = JSON.parse(readFileSync(join(dir, f.replace(/\.txt$/, '.meta.json')), 'utf8'));
			return { name: f, text: readFileSync(join(dir, f), 'utf8'), ...meta };
		});
}

export async function evalSchema(sharedDir: string): Promise<SchemaReport> {
	const validate = loadValidator(sharedDir);
	const inputs = [
		{ name: 'seed', text: readFileSync(join(sharedDir, 'fixtures', 'seed-2021-02-syria-strikes', 'article.txt'), 'utf8'), published: '2021-02-26' },
		...demoArticles()
	];
	const report: SchemaReport = { documents: 0, valid: 0, spans: 0, exactSpans: 0, failures: [] };
	for (const input of inputs) {
		report.documents += 1;
		const doc = extract(input);
		if (validate(doc)) report.valid += 1;
		else report.failures.push(`${input.name}: ${JSON.stringify(validate.errors?.slice(0, 3))}`);
		for (const { where, span } of spansOf(doc)) {
			report.spans += 1;
			if (input.text.slice(span.start, span.end) === span.text && span.end >= span.start) report.exactSpans += 1;
			else if (report.failures.length < 50) report.failures.push(`${input.name}: ${where} does not slice to ${JSON.stringify(span.text)}`);
		}
	}
	return report;
}
