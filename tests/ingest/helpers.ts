/**
 * Test helpers: a temp SQLite store, and a stand-in extractor that returns a
 * document with no events. Ingestion tests check reading, routing, idempotence
 * and bookkeeping; extraction quality has its own tests.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import type { ArticleInput, Extraction } from '../../src/lib/core/types';
import { openStore } from '../../src/lib/server/store/index';

const made: string[] = [];
// Registered on the importing test file: its temp directories go when its tests are done (they had piled up in /tmp).
afterAll(() => {
	for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

export function tempDir(prefix = 'sitrep-ingest-'): string {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
	made.push(dir);
	return dir;
}

export async function tempStore(dir = tempDir()) {
	return openStore({ url: path.join(dir, 'test.db') });
}

export function bareExtract(input: ArticleInput): Extraction {
	return {
		article: {
			published: input.published ?? '',
			publishedInferred: !input.published,
			...(input.id ? { id: input.id } : {}),
			...(input.url ? { url: input.url } : {}),
			...(input.title ? { title: input.title } : {}),
			...(input.source ? { source: input.source } : {})
		},
		timexes: [],
		actors: [],
		places: [],
		events: [],
		links: []
	};
}

/** Distinct English prose of about a hundred words, so near-duplicate detection has something to compare. */
export function story(n: number, topic = 'bridge'): string {
	const words = ['river', 'northern', 'council', 'engineers', 'diversion', 'traffic', 'pillars', 'ministry', 'repairs', 'residents', 'queues', 'budget'];
	const pick = (i: number) => words[(n * 7 + i * 3) % words.length];
	return (
		`Officials in district ${n} closed the ${topic} on Tuesday after ${pick(1)} inspectors found damage, a spokesman for the ${pick(2)} said. ` +
		`Story number ${n} continues with details: the ${pick(3)} estimated that work would last ${n + 2} weeks, and the ${pick(4)} plan sends cars to the ${pick(5)} road. ` +
		`Local residents described long delays and asked the ${pick(6)} for a timetable, while the mayor promised an update by the end of the month in report ${n * 13}.`
	);
}
