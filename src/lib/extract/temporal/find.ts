/**
 * The pipeline: chunk → skip chunks with no time cue → candidates from our rules and
 * chrono → settle overlaps → join a clock time to its date → widen by modifiers
 * ("early", "mid-", "the end of") → resolve in reading order, so that narrative
 * expressions ("two days later") can count from the date before them.
 */
import { lookupTable } from '../../core/lookup';
import type { Timex } from '../../core/types';
import { isoWeekday, parseDct, type Dct } from './calendar';
import { WEEKDAYS as WEEKDAY_OF } from './lexicon';
import type { Candidate, NarrativeAnchor, Resolved, ResolveContext } from './candidate';
import { chunkText, MAX_CHUNK, MAX_INPUT, type Chunk } from './chunk';
import { runChrono } from './chronoPass';
import { cueScanner } from './cues';
import { runRules } from './rules';
import { tenseAt, type Tense } from './tense';
import { valueToInterval } from './value';
import { InputError } from '../../core/types';

// A block without any of these cannot hold a time expression (a bare "$3.5 million" is no cue):
// skipping it keeps us cheaper than chrono.
const DIGIT_CUE = /\b(?:1[0-9]|20)\d\d\b|\d0'?s\b|'\d\d\b|\d[:/]\d|\d\s*[ap]\.?m\b|\d{4}\s*(?:GMT|UTC)/i;
const WORD_CUES = ['today', 'tomorrow', 'yesterday', 'tonight', 'now', 'current', 'present', 'recent', 'ago', 'later', 'earlier', 'previous', 'formerly', 'lately', 'year', 'month', 'week', 'day', 'hour', 'minute', 'second', 'decade', 'centur', 'quarter', 'half', 'period', 'spring', 'summer', 'fall', 'autumn', 'winter', 'daily', 'annual', 'hourly', 'nightly', 'night', 'morning', 'evening', 'afternoon', 'noon', 'midnight', 'midday', 'past', 'future', 'soon', 'ahead', 'christmas', 'thanksgiving', 'new year', 'halloween', 'valentine', 'independence', 'overnight', 'nineteen', 'thousand', 'ties', 'term', 'someday'];
const WORD_CUE = cueScanner(WORD_CUES);
// Month and weekday names are capitalised in news; matching them case-sensitively keeps "may", "decline", "sunk" out.
const NAME_CUE = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.)/g;
const DIGIT_CUES = new RegExp(DIGIT_CUE.source, 'gi');

/**
 * The sentences holding a cue (a cue belongs to the sentence of its last character for words,
 * of its first for patterns). One cue is enough, so the word scan stops at a sentence's first
 * and the pattern scans jump past a sentence once it is marked.
 */
function withCues(text: string, sentences: Chunk[], limit: number): Chunk[] {
	const marked = new Uint8Array(sentences.length);
	for (let i = 0; i < sentences.length; i++) {
		if (WORD_CUE.any(text, sentences[i].start, Math.min(sentences[i].end, limit))) marked[i] = 1;
	}
	// Hits of one kind arrive in text order, so a cursor over the sentences suffices.
	for (const re of [DIGIT_CUES, NAME_CUE]) {
		let s = 0;
		re.lastIndex = 0;
		let m: RegExpExecArray | null;
		while ((m = re.exec(text)) && m.index < limit) {
			while (s < sentences.length && sentences[s].end <= m.index) s++;
			if (s < sentences.length && sentences[s].start <= m.index) {
				marked[s] = 1;
				// The rest of a marked sentence cannot change anything. Skipping it cannot surface a hit a
				// one-pass scan would have swallowed: a cue runs past a sentence edge at white space only
				// through "…5 p.m"- or "…1200 GMT"-like tails, where no other cue can start. (A chunk
				// cut mid-word, in text with no spaces, is not skipped.)
				const end = sentences[s].end;
				if (re.lastIndex < end && (isSpace(text.charCodeAt(end)) || isSpace(text.charCodeAt(end - 1)))) re.lastIndex = end;
			}
		}
	}
	return sentences.filter((_, i) => marked[i] === 1);
}

const isSpace = (c: number) => c === 32 || c === 10 || c === 9 || c === 13 || c === 12 || c === 11 || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff || c === 0x1680;

interface Placed extends Candidate {
	mod?: string;
	sentence: Chunk;
}

export function findTimexes(text: string, dct: string, options: { mask?: string } = {}): Timex[] {
	const reference = parseDct(dct);
	if (!reference) throw new InputError(`invalid reference date: ${JSON.stringify(dct)} (expected ISO 8601, e.g. 2021-02-26)`);
	const search = options.mask && options.mask.length === text.length ? options.mask : text;
	const limit = Math.min(search.length, MAX_INPUT);
	const placed: Placed[] = [];
	const sentences = chunkText(search).filter((c) => c.start < limit);
	const withCue = withCues(search, sentences, limit);
	// Rules run over blocks of adjacent cued sentences (fewer, larger calls); each hit keeps its own sentence.
	let next = 0;
	for (const block of blocks(withCue)) {
		const found = runRules(search, block.start, block.end);
		// chrono, the costlier pass, reads only the sentences that can hold what it finds.
		for (; next < withCue.length && withCue[next].start < block.end; next++) {
			for (const c of runChrono(search, withCue[next].start, withCue[next].end, reference)) found.push(c);
		}
		for (const c of settle(found)) {
			if (namesAPlace(search, c)) continue;
			const p = c as Placed;
			p.sentence = sentenceAt(sentences, c.start);
			placed.push(p);
		}
	}
	const joined = joinTimes(placed, search);
	let floor = 0;
	for (const p of joined) {
		widen(p, search, floor);
		floor = p.end;
	}
	return resolveAll(joined, text, reference);
}

// "the 25 of March sector", "July 7 neighbourhood", "Monday Avenue", "the 26th of July Movement": a date that begins
// a street's, a district's or a movement's name says no time. (Lower-case nouns only where none can begin the
// sentence's subject after a fronted date: "On Monday city officials said" keeps its Monday.)
const NAME_AFTER_DATE = /^[ \t]+(?:(?:Avenue|Street|St\.|Road|Square|Bridge|Sector|Neighbou?rhood|District|Boulevard|Roundabout|Highway|Movement|Brigades?|Battalion)\b|(?:sector|neighbou?rhood|avenue|street|roundabout|boulevard)\b)/;

function namesAPlace(text: string, c: Candidate): boolean {
	return NAME_AFTER_DATE.test(text.slice(c.end, c.end + 16));
}

/** Consecutive sentences joined up to MAX_CHUNK characters. */
function blocks(sentences: Chunk[]): Chunk[] {
	const out: Chunk[] = [];
	for (const s of sentences) {
		const last = out[out.length - 1];
		if (last && last.end === s.start && s.end - last.start <= MAX_CHUNK) last.end = s.end;
		else out.push({ start: s.start, end: s.end });
	}
	return out;
}

/** The sentence holding offset `at` (binary search; sentences are sorted and disjoint). */
function sentenceAt(sentences: Chunk[], at: number): Chunk {
	let lo = 0;
	let hi = sentences.length - 1;
	while (lo < hi) {
		const mid = (lo + hi + 1) >> 1;
		if (sentences[mid].start <= at) lo = mid;
		else hi = mid - 1;
	}
	return sentences[lo];
}

/** Longest first, then priority; drop anything overlapping a kept candidate. */
function settle(found: Candidate[]): Candidate[] {
	const order = [...found].sort((a, b) => b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start);
	const kept: Candidate[] = [];
	for (const c of order) {
		if (c.end <= c.start) continue;
		if (kept.some((k) => c.start < k.end && k.start < c.end)) continue;
		kept.push(c);
	}
	return kept.sort((a, b) => a.start - b.start);
}

const TIME_RULES = new Set(['chrono-time', 'clock', 'noon']);

/** "9 a.m. Friday", "Friday at 9 a.m.", "noon Friday": one expression, the date's day at the time. */
function joinTimes(list: Placed[], text: string): Placed[] {
	const out: Placed[] = [];
	for (let i = 0; i < list.length; i++) {
		const a = list[i];
		const b = list[i + 1];
		// "Saturday, April 25": the weekday restates the date; the date decides.
		if (b && a.rule === 'weekday' && b.rule === 'chrono' && /^,?\s*(?:the\s+)?$/.test(text.slice(a.end, b.start))) {
			const weekday = WEEKDAY_OF[text.slice(a.start, a.end).replace(/^.*\s/, '').toLowerCase()];
			out.push({
				...b,
				start: a.start,
				rule: 'chrono',
				// A stated weekday also settles an unstated year: "Friday, Aug. 7" is the Aug. 7 that is a Friday.
				resolve: (ctx) => {
					const r = b.resolve(ctx);
					const m = r && !r.absolute ? /^(\d{4})-(\d{2})-(\d{2})/.exec(r.value) : null;
					if (!r || !m || !weekday) return r;
					for (const dy of [0, -1, 1]) {
						const day = { y: +m[1] + dy, m: +m[2], d: +m[3] };
						if (isoWeekday(day) === weekday) return { ...r, value: `${String(day.y).padStart(4, '0')}${r.value.slice(4)}` };
					}
					return r;
				}
			});
			i++;
			continue;
		}
		if (b && a.sentence === b.sentence && /^\s*,?\s*(?:on|at)?\s*$/i.test(text.slice(a.end, b.start))) {
			const [time, date] = TIME_RULES.has(a.rule) ? [a, b] : TIME_RULES.has(b.rule) ? [b, a] : [null, null];
			if (time && date && !TIME_RULES.has(date.rule) && (date.rule === 'weekday' || date.rule === 'chrono' || date.rule === 'deictic-day')) {
				out.push({
					...date,
					start: a.start,
					end: b.end,
					rule: 'date-time',
					resolve: (ctx) => {
						const d = date.resolve(ctx);
						const t = time.resolve(ctx);
						if (!d || !t) return d ?? t;
						const day = d.value.slice(0, 10);
						if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return d;
						return { ...t, value: day + t.value.slice(10), absolute: d.absolute };
					}
				});
				i++;
				continue;
			}
		}
		out.push(a);
	}
	return out;
}

const MODIFIER = /(?:\b(early|earlier|late|later|mid|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of|end\s+of|beginning\s+of|start\s+of|middle\s+of|the\s+first\s+half\s+of|the\s+second\s+half\s+of|the\s+dawn\s+of|the\s+close\s+of)(?:\s+|-)|\bmid-?)$/i;
const MOD_VALUE = lookupTable<string>({ early: 'START', earlier: '', late: 'END', later: '', mid: 'MID' });

/** Pulls "early", "mid-", "the end of" into the span and records TimeML's mod. */
function widen(p: Placed, text: string, floor: number): void {
	if (p.type !== 'DATE' && p.type !== 'TIME') return;
	const before = text.slice(Math.max(p.sentence.start, floor, p.start - 24), p.start);
	const m = MODIFIER.exec(before);
	if (!m) return;
	const word = (m[1] ?? 'mid').toLowerCase().replace(/\s+/g, ' ');
	p.start -= m[0].length;
	if (word in MOD_VALUE) p.mod = MOD_VALUE[word] || undefined;
	else if (/end|close/.test(word)) p.mod = 'END';
	else if (/beginning|start|dawn/.test(word)) p.mod = 'START';
	else if (/middle/.test(word)) p.mod = 'MID';
	else if (/first half/.test(word)) p.mod = 'START';
	else if (/second half/.test(word)) p.mod = 'END';
}

const PERIOD_REACH = 1500;

/**
 * What a rule resolves against. Tense is only worked out for rules that ask (most explicit
 * dates never do), hence the getter. A class rather than an object literal with a getter:
 * each such literal got its own hidden class, kept in old space, whose getter closure held
 * the whole resolution loop alive: every young-generation collection then copied and
 * promoted about 1 MB of dead candidates (findTimexes alone, 15 MB allocated per scavenge).
 */
class Context implements ResolveContext {
	askedTense: Tense | undefined;
	readonly sentenceStart: number;
	constructor(
		readonly dct: Dct,
		readonly previous: NarrativeAnchor | null,
		readonly period: string | null,
		readonly text: string,
		private readonly at: Placed
	) {
		this.sentenceStart = at.sentence.start;
	}
	get tense(): Tense {
		return (this.askedTense ??= tenseAt(this.text, this.at.sentence.start, this.at.sentence.end, this.at.start));
	}
}

function resolveAll(list: Placed[], text: string, dct: Dct): Timex[] {
	const out: Timex[] = [];
	let previous: NarrativeAnchor | null = null;
	let period: string | null = null;
	let periodAt = -Infinity;
	for (const p of list) {
		// A reporting period stays in force for a paragraph or so, not the whole article.
		if (p.start - periodAt > PERIOD_REACH) period = null;
		const ctx = new Context(dct, previous, period, text, p);
		let r: Resolved | null;
		try {
			r = p.resolve(ctx);
		} catch {
			r = null;
		}
		if (!r) continue;
		const value = r.value;
		// "Third-quarter net rose … after a flat second quarter": an earlier quarter named in passing is a
		// comparison; the period reported on stays the latest one named.
		if (r.period && (period === null || period.length !== value.length || period[5] !== value[5] || value >= period)) {
			period = value;
			periodAt = p.end;
		}
		const timex: Timex = {
			start: p.start,
			end: p.end,
			text: text.slice(p.start, p.end),
			type: r.type ?? p.type,
			value
		};
		const mod = p.mod ?? r.mod;
		if (mod) timex.mod = mod;
		const cal = valueToInterval(value);
		if (cal) {
			timex.interval = r.offsetMinutes !== undefined ? shiftInterval(cal.interval, -r.offsetMinutes) : cal.interval;
			if (r.rangeEnd) {
				const endCal = valueToInterval(r.rangeEnd);
				if (endCal && endCal.interval.end > timex.interval.start) timex.interval = { start: timex.interval.start, end: endCal.interval.end };
			}
			timex.granularity = cal.granularity;
		} else if (/^P/.test(value)) {
			timex.granularity = 'unknown';
		}
		if (!r.absolute && timex.type !== 'DURATION' && timex.type !== 'SET') {
			timex.anchor = r.fromPrevious && previous ? previous.index : 'published';
		}
		timex.confidence = r.absolute ? 0.95 : r.fromPrevious ? 0.7 : ctx.askedTense === 'unknown' ? 0.75 : 0.85;
		out.push(timex);
		if (cal && (timex.type === 'DATE' || timex.type === 'TIME') && cal.granularity !== 'century' && cal.granularity !== 'decade') {
			const start = cal.interval.start;
			previous = { date: { y: +start.slice(0, 4), m: +start.slice(5, 7), d: +start.slice(8, 10) }, value, index: out.length - 1, start: p.start };
		}
	}
	return out;
}

/** Moves an interval by `minutes` (a stated zone → UTC). */
function shiftInterval(interval: { start: string; end: string }, minutes: number): { start: string; end: string } {
	const move = (iso: string) => new Date(Date.parse(iso) + minutes * 60_000).toISOString().replace('.000Z', 'Z');
	return { start: move(interval.start), end: move(interval.end) };
}

