import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { GatedRegExps, matchPrefixes } from './prefix';
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
		[/\bun-?\S/g, null],
		// a negated class inside a lookahead bounds nothing, and is read through
		[/\b(entered (?=[^.;]{0,60}unopposed)|left)\b/g, ['ent', 'lef']],
		// a lookbehind before the word start narrows nothing either
		[/(?<!-)\b(ordered|at (?:\S+ ){0,3}direction)\b/g, ['at ', 'ord']]
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

/** Every match of `re` in `text`, by a full global scan. */
function scan(re: RegExp, text: string): Array<[number, string]> {
	const out: Array<[number, string]> = [];
	re.lastIndex = 0;
	for (let m = re.exec(text); m; m = re.exec(text)) {
		if (m[0].length === 0) {
			re.lastIndex++;
			continue;
		}
		out.push([m.index, m[0]]);
	}
	return out;
}

const gatedScan = (g: GatedRegExps, i: number): Array<[number, string]> => g.matches(i).map((m) => [m.index, m[0]]);

describe('GatedRegExps', () => {
	const res = [...TRIGGER_RULES.map((r) => r.re), GROUP_HEAD_RE];
	const gate = new GatedRegExps(res);
	// Words from the rules themselves, cut and glued, so that near-misses are common.
	const vocabulary = [...new Set(res.flatMap((re) => re.source.replace(/\\[bdswS]|[()?:|*+\\[\]{}^$=!,.0-9]/g, ' ').split(/\s+/)).filter((w) => w.length > 1))];
	const word = fc.oneof(fc.constantFrom(...vocabulary), fc.constantFrom('the', 'a', '12', '3', 'of', 'fire', '-', ',', "'s", 'x'), fc.string({ maxLength: 4 }));
	const text = fc.array(word, { maxLength: 30 }).chain((ws) => fc.array(fc.constantFrom(' ', ' ', '', '-', '  ', '\n'), { minLength: ws.length, maxLength: ws.length }).map((sep) => ws.map((w, i) => w + sep[i]).join('')));

	it('a gated scan finds exactly what a full scan finds', () => {
		fc.assert(
			fc.property(text, (t) => {
				gate.scan(t);
				res.forEach((re, i) => {
					const full = scan(re, t);
					expect(gatedScan(gate, i)).toEqual(full);
					if (full.length) expect(gate.any(i)).toBe(true);
				});
			}),
			{ numRuns: 2000 }
		);
	});

	it('gates an expression behind a leading lookbehind, with the same matches', () => {
		const g = new GatedRegExps([/(?<!-)\b(ordered|approved)\b/g]);
		g.scan('a U.N.-approved force; the minister approved it and ordered more');
		expect(g.matches(0).map((m) => [m.index, m[0]])).toEqual([
			[36, 'approved'],
			[52, 'ordered']
		]);
		expect(g.scan('a state-approved plan').matches(0)).toEqual([]);
	});

	it('short whole matches and letters beyond ASCII take the slower paths, with the same result', () => {
		const odd = [/\b(ac|ab?c|\u00e9[sz]ig|\u00e7a)\b/g, /\b(na\u00efve|caf\u00e9s?)\b/g, /\b(x|ye?s)\b/g];
		const g = new GatedRegExps(odd);
		const w = fc.constantFrom('ac', 'abc', '\u00e9sig', '\u00e9zig', '\u00e7a', 'na\u00efve', 'caf\u00e9', 'caf\u00e9s', 'x', 'ys', 'yes', 'a', '\u00e9', 'q');
		const t = fc.array(fc.tuple(w, fc.constantFrom(' ', '', '-', '\u00e9', ',')), { maxLength: 20 }).map((ps) => ps.map(([a, b]) => a + b).join(''));
		fc.assert(
			fc.property(t, (x) => {
				g.scan(x);
				odd.forEach((re, i) => expect(gatedScan(g, i)).toEqual(scan(re, x)));
			}),
			{ numRuns: 2000 }
		);
	});

	it('skips expressions that cannot match', () => {
		const airstrike = TRIGGER_RULES.findIndex((r) => r.type === 'airstrike');
		expect(gate.scan('the weather was fine on tuesday').any(airstrike)).toBe(false);
		expect(gatedScan(gate.scan('two drone strikes hit; air raids followed'), airstrike)).toEqual([
			[4, 'drone strikes'],
			[23, 'air raids']
		]);
	});

	it('refuses expressions that are not global', () => {
		expect(() => new GatedRegExps([/\battack/])).toThrow();
	});
});
