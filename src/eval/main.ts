/**
 * `npm run eval`: scores extraction on the gold data in ../shared and fails when a figure
 * drops below its floor. Floors live in src/eval/floors.json and only ever go up:
 * `npm run eval -- --ratchet` raises each floor to 0.02 below the figure just measured.
 *   --json     one JSON object instead of the table
 *   --ratchet  raise floors (never lowers one)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { requireShared, repoRoot } from './shared';
import { evalSchema } from './schema';

interface FloorEntry {
	target: number;
	floor: number;
	/** 'max' when smaller is better (e.g. a Brier score). */
	better?: 'min' | 'max';
	baseline?: string;
}

const FLOORS_FILE = join(repoRoot, 'src', 'eval', 'floors.json');
const SLACK = 0.02;

type Figures = Record<string, number>;

function flatten(prefix: string, value: unknown, out: Figures): void {
	if (typeof value === 'number' && Number.isFinite(value)) out[prefix] = value;
	else if (value && typeof value === 'object' && !Array.isArray(value)) {
		for (const [key, inner] of Object.entries(value)) {
			if (key === 'details' || key === 'topErrors' || key === 'errors') continue;
			flatten(prefix ? `${prefix}.${key}` : key, inner, out);
		}
	}
}

async function measure(shared: string): Promise<{ figures: Figures; extras: Record<string, unknown> }> {
	const figures: Figures = {};
	const extras: Record<string, unknown> = {};

	const schema = await evalSchema(shared);
	figures['schema.validRatio'] = schema.documents ? schema.valid / schema.documents : 0;
	figures['schema.exactSpanRatio'] = schema.spans ? schema.exactSpans / schema.spans : 0;
	figures['schema.documents'] = schema.documents;
	if (schema.failures.length) extras.schemaFailures = schema.failures.slice(0, 20);

	const { evalSeed } = await import('./seed');
	const seed = await evalSeed(shared);
	flatten('seed', seed, figures);

	const { evalTimeml } = await import('./timeml');
	const timeml = await evalTimeml(shared);
	flatten('timeml', { timebank: timeml.timebank, aquaint: timeml.aquaint, overall: timeml.overall }, figures);
	extras.timemlTopErrors = timeml.topErrors;

	const { evalAcled } = await import('./acled');
	const acled = await evalAcled(shared);
	flatten('acled', acled, figures);
	if ((acled as { details?: unknown }).details) extras.acledDetails = (acled as { details?: unknown }).details;

	return { figures, extras };
}

function fmt(n: number | undefined): string {
	if (n === undefined || Number.isNaN(n)) return '—';
	return Number.isInteger(n) && Math.abs(n) > 1 ? String(n) : n.toFixed(3);
}

async function mainEval(argv: string[]): Promise<number> {
	const json = argv.includes('--json');
	const ratchet = argv.includes('--ratchet');
	let shared: string;
	try {
		shared = requireShared();
	} catch (error) {
		console.error(`eval: ${(error as Error).message}`);
		return 2;
	}
	const floors: Record<string, FloorEntry> = JSON.parse(readFileSync(FLOORS_FILE, 'utf8'));
	const started = performance.now();
	const { figures, extras } = await measure(shared);
	const seconds = (performance.now() - started) / 1000;

	const rows = Object.entries(floors).map(([name, entry]) => {
		const actual = figures[name];
		const lowerIsBetter = entry.better === 'min';
		const ok = actual !== undefined && (lowerIsBetter ? actual <= entry.floor : actual >= entry.floor);
		const meetsTarget = actual !== undefined && (lowerIsBetter ? actual <= entry.target : actual >= entry.target);
		return { name, target: entry.target, floor: entry.floor, actual, ok, meetsTarget, baseline: entry.baseline };
	});
	const failing = rows.filter((r) => !r.ok);

	if (ratchet) {
		for (const row of rows) {
			if (row.actual === undefined) continue;
			const entry = floors[row.name];
			if (entry.better === 'min') entry.floor = Math.min(entry.floor, round(row.actual + SLACK, 'up'));
			else entry.floor = Math.max(entry.floor, round(row.actual - SLACK, 'down'));
		}
		writeFileSync(FLOORS_FILE, JSON.stringify(floors, null, '\t') + '\n');
	}

	if (json) {
		console.log(JSON.stringify({ seconds, figures, floors: rows, failing: failing.map((r) => r.name), ...extras }, null, 2));
	} else {
		const width = Math.max(...rows.map((r) => r.name.length), 6);
		console.log(`${'figure'.padEnd(width)}  ${'target'.padStart(7)}  ${'floor'.padStart(7)}  ${'actual'.padStart(7)}  status`);
		for (const r of rows) {
			const status = !r.ok ? 'BELOW FLOOR' : r.meetsTarget ? 'ok' : 'ok (under target)';
			const base = r.baseline ? `  [baseline ${r.baseline}: ${fmt(figures[r.baseline])}]` : '';
			console.log(`${r.name.padEnd(width)}  ${fmt(r.target).padStart(7)}  ${fmt(r.floor).padStart(7)}  ${fmt(r.actual).padStart(7)}  ${status}${base}`);
		}
		const others = Object.keys(figures).filter((k) => !(k in floors));
		if (others.length) {
			console.log('\nother figures:');
			for (const k of others) console.log(`  ${k.padEnd(width)}  ${fmt(figures[k])}`);
		}
		if (extras.timemlTopErrors) {
			console.log('\nmost frequent time-value errors (gold → system, "text"):');
			for (const e of (extras.timemlTopErrors as { gold: string; system: string; text: string; count: number }[]).slice(0, 20)) {
				console.log(`  ${String(e.count).padStart(4)}  ${e.gold} → ${e.system}  "${e.text}"`);
			}
		}
		if (extras.schemaFailures) console.log('\nschema/span failures:\n  ' + (extras.schemaFailures as string[]).join('\n  '));
		console.log(`\n${rows.length - failing.length} of ${rows.length} figures at or above their floors (${seconds.toFixed(1)} s)`);
		if (failing.length) console.log(`below floor: ${failing.map((r) => r.name).join(', ')}`);
	}
	return failing.length ? 1 : 0;
}

function round(n: number, direction: 'up' | 'down'): number {
	return direction === 'down' ? Math.floor(n * 1000) / 1000 : Math.ceil(n * 1000) / 1000;
}

process.exitCode = await mainEval(process.argv.slice(2));
