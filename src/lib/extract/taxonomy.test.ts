import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EVENT_TYPES } from './taxonomy';

const repoRoot = resolve(__dirname, '..', '..', '..');
const shared = process.env.SITREP_SHARED ?? resolve(repoRoot, '..', 'shared');

describe('taxonomy', () => {
	it('covers all 25 ACLED sub-event types', () => {
		const csv = readFileSync(resolve(shared, 'data', 'acled-dev', 'acled_event_categories.csv'), 'utf8').trim().split('\n').slice(1);
		const pairs = csv.map((l) => l.split(',').slice(0, 2).join(' / '));
		expect(pairs).toHaveLength(25);
		const ours = new Set(EVENT_TYPES.map((t) => `${t.acled.eventType} / ${t.acled.subEventType}`));
		// ACLED's CSV spells one sub-type "protestors"; the codebook and our table "protesters".
		for (const p of pairs) expect(ours.has(p) || ours.has(p.replace('protestors', 'protesters')), p).toBe(true);
	});
	it('has the non-ACLED types the project needs, each with a PLOVER root', () => {
		for (const id of ['order', 'statement', 'accusation', 'sanction', 'meeting', 'agreement']) expect(EVENT_TYPES.some((t) => t.id === id)).toBe(true);
		for (const t of EVENT_TYPES) expect(t.plover).toMatch(/^[A-Z]+$/);
	});
	it('is documented in docs/taxonomy.md, row for row', () => {
		const md = readFileSync(resolve(repoRoot, 'docs', 'taxonomy.md'), 'utf8');
		for (const t of EVENT_TYPES) {
			expect(md).toContain(`| ${t.id} | ${t.label} | ${t.plover} | ${t.acled.eventType} | ${t.acled.subEventType} | ${t.rank} |`);
		}
	});
});
