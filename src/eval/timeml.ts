/**
 * Scores the temporal engine on TimeBank and AQUAINT (TBAQ-cleaned) the way
 * TempEval-3 did: relaxed (≥1 shared token) and strict (identical extent) span
 * P/R/F1, type and value accuracy over relaxed matches, value F1 = relaxed F1 ×
 * value accuracy; micro-averaged. `npx tsx src/eval/timeml.ts` prints the figures.
 */
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Timex } from '../lib/core/types';
import { findTimexes } from '../lib/extract/temporal/index';
import { readCorpus, type GoldTimex, type TimemlDoc } from './timemlCorpus';

export interface Figures {
	strictP: number;
	strictR: number;
	strictF1: number;
	relaxedP: number;
	relaxedR: number;
	relaxedF1: number;
	typeAcc: number;
	valueAcc: number;
	valueF1: number;
	gold: number;
	system: number;
}

interface Counts {
	gold: number;
	system: number;
	strictGold: number;
	strictSystem: number;
	relaxedGold: number;
	relaxedSystem: number;
	pairs: number;
	typeOk: number;
	valueOk: number;
}

export interface ValueError {
	gold: string;
	system: string;
	text: string;
	count: number;
}

const empty = (): Counts => ({ gold: 0, system: 0, strictGold: 0, strictSystem: 0, relaxedGold: 0, relaxedSystem: 0, pairs: 0, typeOk: 0, valueOk: 0 });

/** Token spans of [start, end): what "share at least one token" compares. */
function tokens(text: string, start: number, end: number): Set<number> {
	const out = new Set<number>();
	const re = /[A-Za-z0-9]+|[^\sA-Za-z0-9]/g;
	re.lastIndex = start;
	let m: RegExpExecArray | null;
	while ((m = re.exec(text)) && m.index < end) out.add(m.index);
	return out;
}

function shareToken(text: string, a: { start: number; end: number }, b: { start: number; end: number }): boolean {
	if (a.end <= b.start || b.end <= a.start) return false;
	const ta = tokens(text, a.start, a.end);
	for (const t of tokens(text, b.start, b.end)) if (ta.has(t)) return true;
	// Overlap inside one token (a span cut mid-word) still shares that token.
	return true;
}

function scoreDoc(doc: TimemlDoc, system: Timex[], counts: Counts, errors: Map<string, ValueError>): void {
	counts.gold += doc.gold.length;
	counts.system += system.length;
	const strictKey = (s: { start: number; end: number }) => `${s.start}:${s.end}`;
	const goldStrict = new Set(doc.gold.map(strictKey));
	const systemStrict = new Set(system.map(strictKey));
	counts.strictGold += doc.gold.filter((g) => systemStrict.has(strictKey(g))).length;
	counts.strictSystem += system.filter((s) => goldStrict.has(strictKey(s))).length;
	counts.relaxedGold += doc.gold.filter((g) => system.some((s) => shareToken(doc.text, g, s))).length;
	counts.relaxedSystem += system.filter((s) => doc.gold.some((g) => shareToken(doc.text, g, s))).length;
	// Attribute accuracy over one-to-one relaxed pairs: each gold with its best-overlapping system expression.
	const used = new Set<number>();
	for (const g of doc.gold) {
		let best = -1;
		let bestOverlap = 0;
		system.forEach((s, i) => {
			if (used.has(i) || !shareToken(doc.text, g, s)) return;
			const overlap = Math.min(g.end, s.end) - Math.max(g.start, s.start);
			if (overlap > bestOverlap) {
				best = i;
				bestOverlap = overlap;
			}
		});
		if (best < 0) continue;
		used.add(best);
		const s = system[best];
		counts.pairs++;
		if (s.type === g.type) counts.typeOk++;
		if (s.value === g.value) counts.valueOk++;
		else noteError(errors, g, s);
	}
}

function noteError(errors: Map<string, ValueError>, g: GoldTimex, s: Timex): void {
	const text = g.text.toLowerCase().replace(/\s+/g, ' ');
	const key = `${g.value}\u0000${s.value}\u0000${text}`;
	const e = errors.get(key) ?? { gold: g.value, system: s.value, text, count: 0 };
	e.count++;
	errors.set(key, e);
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
const round = (x: number) => Math.round(x * 10_000) / 10_000;

function figures(c: Counts): Figures {
	const strictP = ratio(c.strictSystem, c.system);
	const strictR = ratio(c.strictGold, c.gold);
	const relaxedP = ratio(c.relaxedSystem, c.system);
	const relaxedR = ratio(c.relaxedGold, c.gold);
	const relaxedF1 = f1(relaxedP, relaxedR);
	const valueAcc = ratio(c.valueOk, c.pairs);
	return {
		strictP: round(strictP),
		strictR: round(strictR),
		strictF1: round(f1(strictP, strictR)),
		relaxedP: round(relaxedP),
		relaxedR: round(relaxedR),
		relaxedF1: round(relaxedF1),
		typeAcc: round(ratio(c.typeOk, c.pairs)),
		valueAcc: round(valueAcc),
		valueF1: round(relaxedF1 * valueAcc),
		gold: c.gold,
		system: c.system
	};
}

function add(a: Counts, b: Counts): Counts {
	const out = empty();
	for (const k of Object.keys(out) as (keyof Counts)[]) out[k] = a[k] + b[k];
	return out;
}

function scoreCorpus(docs: TimemlDoc[], errors: Map<string, ValueError>): Counts {
	const counts = empty();
	for (const doc of docs) scoreDoc(doc, findTimexes(doc.text, doc.dct), counts, errors);
	return counts;
}

export async function evalTimeml(sharedDir: string): Promise<{ timebank: Figures; aquaint: Figures; overall: Figures; topErrors: ValueError[] }> {
	const root = join(sharedDir, 'data', 'timeml', 'TBAQ-cleaned');
	const errors = new Map<string, ValueError>();
	const tb = scoreCorpus(readCorpus(join(root, 'TimeBank')), errors);
	const aq = scoreCorpus(readCorpus(join(root, 'AQUAINT')), errors);
	const topErrors = [...errors.values()].sort((a, b) => b.count - a.count || a.text.localeCompare(b.text)).slice(0, 20);
	return { timebank: figures(tb), aquaint: figures(aq), overall: figures(add(tb, aq)), topErrors };
}

function print(result: Awaited<ReturnType<typeof evalTimeml>>): void {
	const keys: (keyof Figures)[] = ['strictP', 'strictR', 'strictF1', 'relaxedP', 'relaxedR', 'relaxedF1', 'typeAcc', 'valueAcc', 'valueF1', 'gold', 'system'];
	console.log(['figure', 'timebank', 'aquaint', 'overall'].map((s) => s.padEnd(10)).join(' '));
	for (const k of keys) {
		console.log([k, result.timebank[k], result.aquaint[k], result.overall[k]].map((s) => String(s).padEnd(10)).join(' '));
	}
	console.log('\nmost frequent value errors (count  gold  system  text):');
	for (const e of result.topErrors) console.log(`${String(e.count).padStart(4)}  ${e.gold.padEnd(12)} ${e.system.padEnd(14)} ${e.text}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const repoRoot = resolve(fileURLToPath(import.meta.url), '..', '..', '..');
	const shared = resolve(process.env.SITREP_SHARED ?? resolve(repoRoot, '..', 'shared'));
	evalTimeml(shared).then(print, (error) => {
		console.error(error);
		process.exit(1);
	});
}
