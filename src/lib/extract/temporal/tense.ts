/**
 * The tense governing a position in a sentence, from the nearest verb cue. News is
 * written in the past by default, so "unknown" resolves like the past downstream.
 */
export type Tense = 'past' | 'present' | 'future' | 'unknown';

// "will", "'ll", "is to", "plans to", "expected to" … point forward; "said", "-ed" forms back.
const CUES = /\b((?:was|were)\s+(?:planning|preparing|expected|due|going)\s+to|will|won't|shall|would|'ll|going to|is to|are to|plans? to|planned to|expects? to|expected to|scheduled|planned|planning|set to|due to|intends? to|hopes? to|aims? to|tomorrow|was|were|had|did|has been|have been|said|told|made|took|came|went|met|held|left|gave|sent|saw|began|fell|rose|won|lost|got|shot|hit|struck|led|brought|bought|sold|paid|kept|found|thought|fought|spoke|wrote|broke|drove|ran|became|knew|grew|threw|flew|stood|sat|fled|spent|built|felt|heard|meant|overran|overtook|swept|tore|blew|shook|rode|stole|slew|hid|lit|laid|withdrew|undertook|underwent|sank|froze|swore|woke|bore|forbade|ago|last|yesterday|earlier|[a-z]{3,}ed|is|are|am|says|say|does|do|is expected|are expected)\b/gi;

const FUTURE = new Set(['will', "won't", 'shall', 'would', "'ll", 'going to', 'is to', 'are to', 'plan to', 'plans to', 'planned to', 'expect to', 'expects to', 'expected to', 'scheduled', 'planned', 'planning', 'set to', 'due to', 'intend to', 'intends to', 'hope to', 'hopes to', 'aim to', 'aims to', 'tomorrow', 'is expected', 'are expected']);
const PRESENT = new Set(['is', 'are', 'am', 'says', 'say', 'does', 'do']);
// -ed words that are not past-tense verbs in practice.
const NOT_PAST = new Set(['need', 'speed', 'seed', 'feed', 'bed', 'red', 'indeed', 'united', 'hundred', 'proceed', 'exceed', 'succeed', 'limited', 'based', 'related', 'armed', 'called', 'so-called', 'alleged', 'detailed', 'advanced', 'combined', 'expected', 'scheduled', 'planned', 'proposed']);

const PLAN_OVERTAKEN = /\bhad\s+been\s+$/i;
// "as soon as Tuesday", "as soon as trading opens Monday"
const SOON_AS = /\bas\s+(?:soon|early)\s+as\s+(?:[\w'-]+\s+){0,3}$/i;
const DEFERRED = /\b(?:postpon|delay|extend|defer|adjourn|reschedul|put\s+off|push(?:ed)?\s+back)/i;

const RELATIVE = /\b(?:that|which|who|whom|whose)\b/i;
const FUTURE_WEIGHT = 0.8;
const ED_WEIGHT = 1.6;
const PAST_AUX = new Set(['had', 'did', 'said', 'used', 'died', 'killed', 'attacked', 'announced', 'reported', 'fired', 'launched', 'arrested', 'signed', 'ordered', 'claimed']);
const MODALS = new Set(['will', "won't", 'shall', 'would', "'ll"]);

interface Cue {
	at: number;
	tense: Tense;
	/** how weak the evidence is: the distance to it is multiplied by this. */
	factor: number;
}

// The cues of each sentence of the text last read: timex resolution and event dating ask about
// several positions in a sentence, and come back to sentences; the scan is the costly part.
// A new text gets a new Map rather than clear() on the old one: V8 links a cleared Map's old
// hash table to its replacement, so a long-lived Map cleared per article grew a chain of dead
// tables (with their cues) that every young-generation collection copied and promoted.
let cachedText: string | null = null;
let cached = new Map<string, { cues: Cue[]; deferred: boolean }>();

function cuesOf(text: string, from: number, to: number): { cues: Cue[]; deferred: boolean } {
	if (cachedText !== text) {
		cachedText = text;
		cached = new Map();
	}
	const key = `${from}:${to}`;
	const hit = cached.get(key);
	if (hit) return hit;
	const window = text.slice(from, to);
	const cues: Cue[] = [];
	// A modal governs the verb group after it: "will be named" is future despite "-ed".
	let modalReach = -1;
	CUES.lastIndex = 0;
	let m: RegExpExecArray | null;
	while ((m = CUES.exec(window))) {
		const word = m[1].toLowerCase();
		const at = from + m.index;
		let tense: Tense;
		// "were planning to", "was expected to": a plan told in the past, still ahead of its date.
		// "faster than expected", "as planned": a comparison, not a plan.
		if (/^(?:expect|plan|schedul)/.test(word) && /\b(?:than|as)\s+$/i.test(window.slice(Math.max(0, m.index - 6), m.index))) continue;
		// "on Saturday, a day before a planned rally": a plan named as a thing, an adjective, sets no tense.
		if (/^(?:planned|scheduled|expected)$/.test(word) && /\b(?:a|an|the|its|their|his|her|this|that)\s+$/i.test(window.slice(Math.max(0, m.index - 8), m.index))) continue;
		if (FUTURE.has(word) || /^(?:was|were)\s/.test(word)) {
			// "had been due to expire", "was scheduled to": a plan already overtaken, told in the past.
			tense = PLAN_OVERTAKEN.test(window.slice(Math.max(0, m.index - 12), m.index)) ? 'past' : 'future';
			if (MODALS.has(word)) {
				// "would appeal the decision, announced Wednesday": the modal's reach ends at the comma.
				const comma = window.indexOf(',', m.index);
				modalReach = at + Math.min(word.length + 24, comma < 0 ? Infinity : comma - m.index);
			}
		} else if (at <= modalReach) continue;
		else if (PRESENT.has(word)) tense = 'present';
		else if (word.endsWith('ed') && NOT_PAST.has(word)) continue;
		else tense = 'past';
		// Present tense is weak evidence (headlines, ongoing states); so is a bare "-ed" word,
		// often an adjective ("untouched markets"); a modal governs its whole clause.
		const factor = tense === 'present' ? 1.5 : tense === 'future' ? FUTURE_WEIGHT : word.endsWith('ed') && !PAST_AUX.has(word) ? ED_WEIGHT : 1;
		cues.push({ at, tense, factor });
	}
	const entry = { cues, deferred: DEFERRED.test(window) };
	cached.set(key, entry);
	return entry;
}

/** Tense at `pos` judged from cues in text[from, to): the nearest cue wins, ties go to the left. */
export function tenseAt(text: string, from: number, to: number, pos: number): Tense {
	const { cues, deferred } = cuesOf(text, from, to);
	let best: Tense = 'unknown';
	let bestDistance = Infinity;
	for (const c of cues) {
		const weight = (c.at < pos ? pos - c.at - 0.5 : c.at - pos) * c.factor;
		// "protesting on Thursday against a law that critics say will restore …": a relative clause after the date has
		// its own tense.
		if (weight < bestDistance && c.at > pos && RELATIVE.test(text.slice(pos, c.at))) continue;
		if (weight < bestDistance) {
			bestDistance = weight;
			best = c.tense;
		}
	}
	const lead = text.slice(Math.max(from, pos - 48), pos);
	// "as soon as Tuesday", "as early as next week": a date looked forward to.
	if (SOON_AS.test(lead)) return 'future';
	// "postponed until Tuesday", "extended the deadline until Friday": the new date lies ahead of the decision.
	if (deferred && /\b(?:until|till)\s+$/i.test(lead)) return 'future';
	// "effective Feb. 1": when a change takes effect, usually ahead of the report.
	if (/\beffective\s+$/i.test(lead)) return 'future';
	// "by February", "until January": deadlines look ahead unless the clause is plainly past.
	if (best !== 'past' && /\b(?:by|until|till|through|before)\s+$/i.test(lead)) return 'future';
	return best;
}
