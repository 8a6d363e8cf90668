import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { matchPrefixes, PrefixGate } from './prefix';
import { TRIGGER_RULES } from './triggers';
import { GROUP_HEAD_RE } from './groups';

const sorted = (s: Set<string> | null) => (s ? [...s].sort() : null);

describe('matchPrefixes', () => {
	it.each([
		[/\b(air ?strikes?|drone)\b/g, ['air', 'dro']],
		// optional parts, classes and short whole matches
		[/\b(mob|ab?c|[sz]ig)\b/g, ['abc', 'ac', 'mob', 'sig', 'zig']],
		// a lookahead consumes nothing
		[/\b(gathered (?=.{0,60}against))/g, ['gat']],
		// a wide class after the first three characters costs nothing
		[/\bfired (?:\w+ )?at\b/g, ['fir']],
		[/\bx{2,}y\b/g, ['xxx', 'xxy']],
		[/\bun-?\S/g, null]
	])('%s', (re, want) => {
		expect(sorted(matchPrefixes(re))).toEqual(want && [...want].sort());
	});

	it('keeps digits as a bounded class', () => {
		const got = matchPrefixes(/\b\d+ shots\b/g);
		expect(got?.has('12 ')).toBe(true);
		expect(got?.has('4 s')).toBe(true);
		expect(got?.has('4 x')).toBe(false);
	});

	it('gives up on what it does not model', () => {
		expect(matchPrefixes(/\b(attack)/gi)).toBeNull();
		expect(matchPrefixes(/\b.ttack/g)).toBeNull();
		expect(matchPrefixes(/\b[^a]ttack/g)).toBeNull();
		expect(matchPrefixes(/\b(a)\1/g)).toBeNull();
	});
});

/** Every match of `re` in `text`, scanning from `from`. */
function scan(re: RegExp, text: string, from: number): Array<[number, string]> {
	const out: Array<[number, string]> = [];
	if (from < 0) return out;
	re.lastIndex = from;
	for (let m = re.exec(text); m; m = re.exec(text)) {
		if (m[0].length === 0) {
			re.lastIndex++;
			continue;
		}
		out.push([m.index, m[0]]);
	}
	return out;
}

describe('PrefixGate', () => {
	const res = [...TRIGGER_RULES.map((r) => r.re), GROUP_HEAD_RE];
	const gate = new PrefixGate(res);
	// Words from the rules themselves, cut and glued, so that near-misses are common.
	const vocabulary = [...new Set(res.flatMap((re) => re.source.replace(/\\[bdswS]|[()?:|*+\\[\]{}^$=!,.0-9]/g, ' ').split(/\s+/)).filter((w) => w.length > 1))];
	const word = fc.oneof(fc.constantFrom(...vocabulary), fc.constantFrom('the', 'a', '12', '3', 'of', 'fire', '-', ',', "'s", 'x'), fc.string({ maxLength: 4 }));
	const text = fc.array(word, { maxLength: 30 }).chain((ws) => fc.array(fc.constantFrom(' ', ' ', '', '-', '  ', '\n'), { minLength: ws.length, maxLength: ws.length }).map((sep) => ws.map((w, i) => w + sep[i]).join('')));

	it('a gated scan finds exactly what a full scan finds', () => {
		fc.assert(
			fc.property(text, (t) => {
				const first = gate.firstStarts(t);
				res.forEach((re, i) => expect(scan(re, t, first[i])).toEqual(scan(re, t, 0)));
			}),
			{ numRuns: 2000 }
		);
	});

	it('skips expressions that cannot match', () => {
		const first = gate.firstStarts('the weather was fine on tuesday');
		const airstrike = TRIGGER_RULES.findIndex((r) => r.type === 'airstrike');
		expect(first[airstrike]).toBe(-1);
		expect(gate.firstStarts('two drone strikes hit')[airstrike]).toBe(4);
	});
});
