/**
 * Named-entity tagging without a statistical model: capitalised runs of tokens
 * are chunked, then classified by, in order, the curated table, country and
 * demonym gazetteers, stated titles (person), organisation head words, place
 * context (preposition or place noun) and the city gazetteer; what is left
 * and looks like a name is a person. "X-backed" compounds yield a backer.
 */
import type { ActorKind } from '../core/types';
import { countryByDemonym, countryByName, countryByNameOrDemonym } from './countries';
import { KNOWN_ACTORS, type KnownActor } from './known';
import { classifyHead, groupName } from './groups';
import { parseNumber } from './numbers';
import { regionCountries } from './regions';
import { BACKING, CAP_STOP, LANDMARK_LAST, MONTH_DAY, ORG_HEADS, PLACE_NOUNS, PLACE_PREPS, TITLE_HEAD, TITLE_PREFIX } from './lexicon';
import type { Mention } from './mentions';
import type { Token } from './tokens';
import { skeleton, similarity } from './fuzzy';
import { capitalOf, countryName, findCity, townsNamed } from './geo';

const knownIndex = new Map<string, KnownActor>();
// Names for fuzzy matching, grouped by first letter (a variant must share it), in table order.
const knownByInitial = new Map<string, Array<[string, string, KnownActor]>>();
for (const k of KNOWN_ACTORS) {
	for (const n of [k.name, ...k.aliases]) {
		knownIndex.set(n.toLowerCase().replace(/^the /, ''), k);
		// (Acronyms are spelled one way: "SPLA-IO" has the consonants of "Sao Paulo", and is no spelling of it.)
		if (n.length < 6 || !/\p{Ll}/u.test(n)) continue;
		const lower = n.toLowerCase();
		const group = knownByInitial.get(lower[0]);
		if (group) group.push([lower, skeleton(n), k]);
		else knownByInitial.set(lower[0], [[lower, skeleton(n), k]]);
	}
}
// Answers by the name as written (hits, misses and fuzzy matches alike). Small, so that it
// stays in the processor's cache: names repeat within an article and across articles. Replaced
// when full rather than cleared: V8 links a cleared Map's old table to the new one, and that
// chain of dead tables would be copied by every young-generation collection.
let lookupCache = new Map<string, KnownActor | null>();
const LOOKUP_CACHE_MAX = 4096;

export function lookupKnown(name: string): KnownActor | undefined {
	const cached = lookupCache.get(name);
	if (cached !== undefined) return cached ?? undefined;
	const found = lookupUncached(name);
	if (lookupCache.size >= LOOKUP_CACHE_MAX) lookupCache = new Map();
	lookupCache.set(name, found ?? null);
	return found;
}

const SIMILAR = 0.86;

const knownKey = (name: string) => name.toLowerCase().replace(/[\u2019`]/g, "'").replace(/^the /, '');

/** The curated actor of exactly this name or alias (no spelling variants). */
function lookupKnownExact(name: string): KnownActor | undefined {
	return knownIndex.get(knownKey(name));
}

function lookupUncached(name: string): KnownActor | undefined {
	const key = knownKey(name);
	const hit = knownIndex.get(key);
	if (hit) return hit;
	// Transliteration variants: "Kait'ib Hezbollah" ~ "Kata'ib Hezbollah".
	if (key.length < 6) return undefined;
	const group = knownByInitial.get(key[0]);
	if (!group) return undefined;
	let sk: string | undefined;
	for (const [n, nsk, k] of group) {
		if (Math.abs(n.length - key.length) > 4) continue;
		if (nsk === (sk ??= skeleton(key))) return k;
		// Most names (a new article's names are mostly new) differ in too many letters to be a
		// variant; counting letters settles that without the edit distance.
		if (1 - bagDistance(n, key) / Math.max(n.length, key.length) < SIMILAR) continue;
		if (similarity(n, key) >= SIMILAR) return k;
	}
	return undefined;
}

const letterCounts = new Int32Array(128);

/**
 * The letters one string has beyond the other, counted both ways, the larger count: a lower
 * bound of the edit distance (each edit fixes at most one extra letter on each side). 0 when
 * a string has non-ASCII characters (no bound then).
 */
function bagDistance(a: string, b: string): number {
	for (let i = 0; i < a.length; i++) if (a.charCodeAt(i) >= 128) return 0;
	for (let i = 0; i < b.length; i++) if (b.charCodeAt(i) >= 128) return 0;
	for (let i = 0; i < a.length; i++) letterCounts[a.charCodeAt(i)]++;
	for (let i = 0; i < b.length; i++) letterCounts[b.charCodeAt(i)]--;
	let extraA = 0;
	let extraB = 0;
	// Reading each count clears it for the next call.
	for (let i = 0; i < a.length; i++) {
		const c = a.charCodeAt(i);
		if (letterCounts[c] > 0) extraA += letterCounts[c];
		letterCounts[c] = 0;
	}
	for (let i = 0; i < b.length; i++) {
		const c = b.charCodeAt(i);
		if (letterCounts[c] < 0) extraB -= letterCounts[c];
		letterCounts[c] = 0;
	}
	return Math.max(extraA, extraB);
}

interface Chunk {
	t0: number;
	t1: number;
	/** Raw offsets; the first token may be cut after a hyphen ("now-White"). */
	start: number;
	end: number;
}

// Own entries only: a plain object would answer "constructor" with Object itself.
const ORG_HEAD = new Map(Object.entries(ORG_HEADS));

// Hyphenated adjectives made from a name: "Iran-backed", "Hong Kong-based", "rebel-held".
const COMPOUND_ADJECTIVE = /-(backed|brokered|mediated|negotiated|led|allied|aligned|sponsored|supported|funded|affiliated|linked|armed|controlled|based|born|made|owned|run|registered|flagged|bound|held|occupied|dominated|inspired|style|era)$/i;
// Possessives inside names: "Tigray People's Liberation Front", "Women's Protection Units".
const NAME_POSSESSIVE = new Set(["people's", "women's", "children's", "workers'", "peoples'", "martyrs'"]);
// A dateline after an all-caps city: ", California —", ", July 24 (AP) —", " (Reuters) -".
const DATELINE_TAIL = /^(?:\/[\p{Lu} .'-]{2,30})?(?:,[^\n\-\u2013\u2014:()]{1,40})?\s*(?:\([^)\n]{1,30}\)\s*)?\.?\s*[-\u2013\u2014:]/u;

// ", a civil defence group,", ", an armed movement that…": the head noun of an apposition.
// "Khan's party, Pakistan Tehreek-e-Insaf": an owner's organisation named just before the name.
const AGENCY_ACRONYMS = 'AP|AFP|UPI|DPA|EFE|ANSA|IRNA|TASS|KUNA|SPA|WAM|MENA|APA|BNA|PA|CNA|KCNA|AA|IANS|ANI';
const NEWS_AGENCY = new RegExp(`^(${AGENCY_ACRONYMS})$`);
// ("A separatist group, the Bui Warriors, claimed responsibility": a group described first, its name after.)
const APPOSITION_BEFORE = /(?:'s|\b(?:the|its|their|his|her|an?)(?:\s+[a-z][\w-]*){0,2})\s+(party|group|movement|militia|organi[sz]ation|agency|company|coalition|alliance|front|union|ministry|army),\s+(?:the\s+)?$/i;
const APPOSITION = /^,\s+(?:a|an|the)\s+(?:[\w'-]+\s+){0,3}([a-z]+)(?=[,.;])/;

// Verbs after a city that make it a speaker ("Moscow said", "Beijing denies").
// "Al Shabaab attacked Beledweyne", "Russian forces took control of Bakhmut": the bare object of an assault or a capture.
const ASSAULT_VERB = /^(?:attacked|struck|stormed|captured|recaptured|retook|seized|overran|overrun|shelled|bombed|bombarded|raided|besieged|liberated|invaded|occupied|encircled|surrounded|entered)$/;
const CONTROL_OF = /^(?:control|possession|hold)$/;
/** The town needs people enough to be on a map, but no preposition. */
const ASSAULTED_TOWN_MIN_POPULATION = 2_000;
const SPEAKING = /^(said|says|denied|denies|warned|warns|accused|accuses|rejected|rejects|insisted|insists|responded|condemned|condemns|demanded|demands|announced|claimed|claims|vowed|threatened|retaliated|protested)$/;

// Words of organisations' names that a place after "in" belongs to: "Islamic Resistance in Iraq", "al-Qaeda in the Arabian Peninsula".
// Names that a number ends: "Article 19", "Battalion 537", "Flight 17".
const NUMBERED = /^(?:article|resolution|flight|battalion|brigade|division|regiment|unit|route|highway|camp|sector|block|zone|checkpoint|chapter|section|amendment|protocol|squadron|platoon|corps|operation|phase|wing|fleet|gate|terminal|ward|precinct)$/;
const NAME_IN_HEAD = /^(?:mission|resistance|qaeda|qaida|state|front|movement|brigades?|party|forces)$/;
const FORCE_NAME_QUALIFIER = /^(?:National|Federal|Civil|Military|Border|Royal|State|Metropolitan|Republican|Judicial|Presidential|Special|Rural|Municipal)$/;
const PLACE_FIRST = /^(?:Kfar|Kafr|Deir|Dayr|Beit|Bayt|Khirbet|Khirbat|Jabal|Jebel|Wadi|Ain|Ein|Bir|Qasr|Nahr|Sidi|Ciudad|Puerto|Vila|Nueva|Nuevo|Colonia|Complexo|Comunidad|Esplanada|Praça|Praca|Plaza|Barrio|Bairro|Kampung|Kota|Tanjung|Pulau|Isla|Ilha)$/;
const PLURAL_ARTICLE_FIRST = /^(?:Los|Las|Os)$/;
const ARMED_NAME_FIRST = /^(?:Jaish|Jaysh|Ansar|Ansaru|Harakat|Harakah|Liwa|Liwaa|Kataib|Kata'ib|Saraya|Jabhat|Hay'at|Jamaat|Jama'at|Jamaah|Jemaah|Lashkar|Hizbul|Junud|Ahrar|Katibat|Firqat|Dawlah|Daulah|Asaib|Asa'ib|Quwat)$/;
const ARMED_CONTEXT = /\b(?:gangs?|cartels?|militias?|militants|fighters|armed|rebels?|insurgents?|gunmen|members of|hitmen|grenades?|shot|killed|attack\w*|extort\w*|kidnapp\w*)\b/;
const NAME_PARTICLE = /^(al|el|ad|as|ash|ar|an|at|az|er|es|ez|ed|bin|ibn|abu|de|del|della|da|di|du|do|dos|das|la|le|van|von|der|bint|ben)$/;

const DIVISION_KIND = /^LGA$/;
const CAMP_KIND = /^(?:IDPs?|PoC|POC)$/;
const CAMP_NOUN = /^(?:camps?|sites?|settlements?|centres?|centers?)$/i;

function isCapTok(t: Token): boolean {
	// ("killed in Sunday's fighting": a day's possessive is no name either.)
	if (t.cap) return !MONTH_DAY.has(t.lower) && !(/['\u2019]s$/.test(t.lower) && MONTH_DAY.has(t.lower.slice(0, -2)));
	// "al-Shabaab", "al-Qaeda": a lower-case particle before a capitalised name.
	const hyphen = t.text.charCodeAt(2) === 45 || t.text.charCodeAt(3) === 45;
	return hyphen && /^(al|el|ad|as|ash|ar|an|at|az|er|es|ez|ed|ul|ud|ur)-\p{Lu}/u.test(t.text);
}

/** Headlines capitalise every word: there a capital only counts if the body capitalises the word too. */
/** Words that title case may leave in lower case. */
const HEADLINE_LOWER = new Set(['against', 'between', 'through', 'during', 'without', 'towards', 'despite', 'because', 'before', 'behind', 'beyond', 'within', 'across', 'around', 'toward', 'amidst', 'should', 'whether']);

export function titleCaseSentences(tokens: Token[]): Set<number> {
	// Counts per sentence number (dense from 0): words of four letters or more, and the capitalised ones.
	let sentences = 0;
	for (const t of tokens) if (t.sentence >= sentences) sentences = t.sentence + 1;
	const words = new Uint32Array(sentences);
	const caps = new Uint32Array(sentences);
	// Lower-case words a title-case headline would have capitalised: "the Arakan Army captured Gwa" is a sentence.
	const lowerContent = new Uint32Array(sentences);
	for (const t of tokens) {
		if (t.punct || t.num || t.text.length < 4) continue;
		// ("On 3 March 2026, Al Shabaab attacked Beledweyne.": a month or a weekday is capitalised in any sentence.)
		if (t.cap && MONTH_DAY.has(t.lower)) continue;
		words[t.sentence]++;
		if (t.cap) caps[t.sentence]++;
		else if (t.text.length >= 6 && /^\p{Ll}+$/u.test(t.text) && !HEADLINE_LOWER.has(t.lower)) lowerContent[t.sentence]++;
	}
	const out = new Set<number>();
	for (let s = 0; s < sentences; s++) if (words[s] >= 4 && caps[s] / words[s] >= 0.75 && lowerContent[s] === 0) out.add(s);
	return out;
}

/** A populous town named with a possessive ("Cox's Bazar"): the gazetteer, not the apostrophe, says where the name ends. */
function possessiveTown(phrase: string): boolean {
	return townsNamed(phrase).some((c) => c.population >= 10_000);
}

const PEOPLE_OF_HEAD: ReadonlySet<string> = new Set(['residents', 'inhabitants', 'villagers', 'people', 'thousands', 'hundreds', 'dozens', 'scores', 'supporters', 'families', 'relatives', 'followers', 'parts', 'areas', 'most', 'much', 'many', 'outskirts']);

export function chunkCaps(tokens: Token[], work: string, seenMidSentence: Set<string>, titleCase: Set<number> = new Set()): Chunk[] {
	const out: Chunk[] = [];
	let i = 0;
	const isCap = (t: Token) => isCapTok(t) && (!titleCase.has(t.sentence) || seenMidSentence.has(t.text) || !!countryByName(t.text) || !!countryByDemonym(t.text) || !!lookupKnown(t.text));
	while (i < tokens.length) {
		const t = tokens[i];
		let startOff = t.start;
		let capHere = isCap(t);
		// "now-White House": a lower-case prefix glued to a capitalised word.
		const glued = !capHere && t.text.includes('-') && !/^(pro|anti|non|ex)-/.test(t.text) && /^[a-z]+-\p{Lu}/u.exec(t.text);
		if (glued) {
			capHere = true;
			startOff = t.start + t.text.indexOf('-') + 1;
		}
		// (The division's kind itself, cut from the name before it, begins no name.)
		if (!capHere || (CAMP_KIND.test(t.text) && CAMP_NOUN.test(tokens[i + 1]?.text ?? '')) || (DIVISION_KIND.test(t.text) && i > 0 && isCap(tokens[i - 1]) && t.start - tokens[i - 1].end === 1 && !(tokens[i - 2]?.lower === 'in' && tokens[i - 3] && isCap(tokens[i - 3])))) {
			i++;
			continue;
		}
		// "Iran-aligned Houthi", "Houthi-held Hodeidah": a compound adjective modifies what follows; backerCompound reads its backer.
		if (COMPOUND_ADJECTIVE.test(t.text)) {
			i++;
			continue;
		}
		let j = i + 1;
		while (j < tokens.length && tokens[j].sentence === t.sentence) {
			const u = tokens[j];
			// "Sen. Marco Rubio": an abbreviated title keeps its period.
			if (u.text === '.' && TITLE_HEAD.has(tokens[j - 1].lower) && u.start === tokens[j - 1].end && tokens[j + 1] && isCap(tokens[j + 1])) {
				j++;
				continue;
			}
			if (isCap(u) && !u.first) {
				// ("Cox's Bazar": a town whose name holds a possessive is one name, as the gazetteer writes it.)
				if (tokens[j - 1].text.endsWith("'s") && !NAME_POSSESSIVE.has(tokens[j - 1].lower) && !possessiveTown(work.slice(startOff, u.end))) break;
				// ("in Kaura Namoda LGA (Zamfara)": a Nigerian local government area, named after its seat, is where that town is; a
				// capitalised "District" often names the division apart from any town of the name, and stays in the name.)
				// ("the village of Kuru in Bokkos LGA": after a place and "in", the area is the container, named whole.)
				if (DIVISION_KIND.test(u.text) && !(tokens[i - 1]?.lower === 'in' && tokens[i - 2] && isCap(tokens[i - 2]))) break;
				// ("outside the Bentiu IDP camp": the camp's kind, no part of the town's name.)
				if (CAMP_KIND.test(u.text) && CAMP_NOUN.test(tokens[j + 1]?.text ?? '')) break;
				if (COMPOUND_ADJECTIVE.test(u.text)) {
					// "The Iran-aligned Houthi": the adjective starts a chunk of its own (skipped); "Hong Kong-based" ends this one.
					if (tokens.slice(i, j).every((x) => CAP_STOP.has(x.lower))) break;
					if (u.start - tokens[j - 1].end <= 1) j++;
					break;
				}
				// Adjacent tokens only: a space, no punctuation between.
				if (u.start - tokens[j - 1].end > 1) break;
				j++;
				continue;
			}
			// Connectors inside names: "Ministry of Defense", "Abu Bakr al Baghdadi", "Armed Conflict Location & Event Data
			// Project"; after an organisation's word, "in" and "of the" too: "UN Mission in South Sudan", "Communist Party of
			// the Philippines" (not "police in Lagos": a force where it is).
			const next = tokens[j + 1];
			const adjacent = u.start - tokens[j - 1].end === 1;
			const prevWord = tokens[j - 1].lower;
			if (next && next.sentence === t.sentence && adjacent) {
				if (isCap(next) && (u.lower === 'of' || u.lower === 'for' || u.text === '&' || NAME_PARTICLE.test(u.lower) || (u.lower === 'in' && NAME_IN_HEAD.test(prevWord)))) {
					j += 2;
					continue;
				}
				// ("Trinidad and Tobago", "Bosnia and Herzegovina", "Saint Vincent and the Grenadines": a state named with "and".)
				if (u.lower === 'and' && (isCap(next) || next.lower === 'the')) {
					const tail = tokens.slice(j + 1, j + 4).filter((x) => x.sentence === t.sentence);
					let joined = 0;
					for (let n = tail.length; n >= 1 && !joined; n--) {
						const name = `${tokens.slice(i, j).map((x) => x.text).join(' ')} and ${tail.slice(0, n).map((x) => x.text).join(' ')}`;
						if (countryByName(name)) joined = n;
					}
					if (joined) {
						j += 1 + joined;
						continue;
					}
				}
				// ("Volunteers for the Defense of the Homeland": a well-known name that holds connectors no rule reads as a name's.)
				if (/^(?:of|for)$/.test(u.lower) && next.lower === 'the') {
					let k = j + 2;
					while (k < Math.min(tokens.length, j + 8) && tokens[k].sentence === t.sentence && !lookupKnown(work.slice(startOff, tokens[k].end))) k++;
					if (k < Math.min(tokens.length, j + 8) && tokens[k].sentence === t.sentence) {
						j = k + 1;
						continue;
					}
				}
				const third = tokens[j + 2];
				// ("Leon de los Aldama", "San Cristobal de las Casas", "Santa Cruz de la Sierra": a place named with "de" and an article.)
				if (/^(?:de|da)$/.test(u.lower) && /^(?:la|las|los|lo|el)$/.test(next.lower) && third && third.sentence === t.sentence && third.start - next.end === 1 && isCap(third) && !third.first) {
					j += 3;
					continue;
				}
				if (/^(?:of|for|in)$/.test(u.lower) && next.lower === 'the' && third && third.sentence === t.sentence && isCap(third) && (NAME_IN_HEAD.test(prevWord) || (u.lower !== 'in' && ORG_HEAD.has(prevWord)))) {
					j += 3;
					continue;
				}
			}
			// "Article 19", "Resolution 2334": a number that ends a name.
			if (/^\d{1,4}$/.test(u.text) && adjacent && NUMBERED.test(prevWord) && !/^\d/.test(tokens[j + 1]?.text ?? '')) j++;
			break;
		}
		// "Hong Kong-based companies": the whole name is a modifier of what follows.
		if (COMPOUND_ADJECTIVE.test(tokens[j - 1].text)) {
			i = j;
			continue;
		}
		// Drop stop words at the edges ("The", "On", sentence starters).
		let a = i;
		let b = j;
		while (a < b && (CAP_STOP.has(tokens[a].lower) || (tokens[a].first && b - a === 1 && !seenMidSentence.has(tokens[a].text) && CAP_STOP.has(tokens[a].lower)))) a++;
		// ("Residents of Macomia in …", "Supporters of Venancio Mondlane …": people named at a sentence's head, by whose they
		// are, are no part of the name.)
		// (Also after a dateline's dash: "MAPUTO (Reuters) - Residents of Macomia …".)
		if (b - a >= 3 && tokens[a + 1].lower === 'of' && PEOPLE_OF_HEAD.has(tokens[a].lower) && ((tokens[a].first && !seenMidSentence.has(tokens[a].text)) || /^[-\u2013\u2014]$/.test(tokens[a - 1]?.text ?? ''))) a += 2;
		// ("State Committee for National Security": a stop word after a connector ends the name, not the sentence.)
		// ("Haitian National Police", "Afghan National Army": a force's proper name ends on its head word.)
		while (b > a && CAP_STOP.has(tokens[b - 1].lower) && !(b - a >= 3 && /^(?:of|for|in)$/.test(tokens[b - 3]?.lower ?? '')) && !(b - a >= 3 && FORCE_NAME_QUALIFIER.test(tokens[b - 2].text) && ORG_HEAD.get(tokens[b - 1].lower) === 'military')) b--;
		if (a < b) {
			const last = tokens[b - 1];
			const end = last.text.endsWith("'s") ? last.end - 2 : last.end;
			out.push({ t0: a, t1: b, start: a === i ? startOff : tokens[a].start, end });
		}
		i = Math.max(j, i + 1);
	}
	void work;
	return out;
}

export interface EntityContext {
	raw: string;
	work: string;
	tokens: Token[];
	seenMidSentence: Set<string>;
	titleCase?: Set<number>;
	/** Surnames of titled persons, so "Biden's presidency" is not read as a place. */
	surnames?: Set<string>;
}

/** Tag capitalised chunks and "X-backed" compounds. */
export function tagEntities(ctx: EntityContext): Mention[] {
	const { tokens, work } = ctx;
	const out: Mention[] = [];
	for (const t of tokens) backerCompound(t, out);
	const chunks = chunkCaps(tokens, work, ctx.seenMidSentence, ctx.titleCase);
	// First pass: titled persons give the surnames later single words may refer to.
	ctx.surnames = new Set();
	for (const c of chunks) {
		const toks = tokens.slice(c.t0, c.t1);
		const k = toks.findIndex((t) => TITLE_HEAD.has(t.lower));
		const prev = tokens[c.t0 - 1];
		if ((k >= 0 && k < toks.length - 1) || (prev && TITLE_HEAD.has(prev.lower) && toks.length >= 2)) {
			const last = toks[toks.length - 1].text.replace(/'s$/, '');
			ctx.surnames.add(last);
		}
	}
	for (let i = 0; i < chunks.length; i++) {
		const nick = nicknamed(ctx, chunks, i);
		if (nick) {
			out.push(...nick);
			i += 2;
			continue;
		}
		classifyChunk(ctx, chunks[i], out);
	}
	return out;
}

/**
 * Joaquin "El Chapo" Guzman: a first name, a quoted nickname and a surname are one person, named without
 * the nickname, which becomes an alias. Both mentions carry the person's key, so they resolve together.
 */
function nicknamed(ctx: EntityContext, chunks: Chunk[], i: number): Mention[] | undefined {
	const [first, nick, last] = [chunks[i], chunks[i + 1], chunks[i + 2]];
	if (!first || !nick || !last) return undefined;
	const { tokens, work } = ctx;
	if (first.t1 - first.t0 > 2 || nick.t1 - nick.t0 > 3 || last.t1 - last.t0 !== 1) return undefined;
	if (!/^\s*"$/.test(work.slice(first.end, nick.start)) || !/^"\s*$/.test(work.slice(nick.end, last.start))) return undefined;
	const sentence = tokens[first.t0].sentence;
	if (tokens[last.t0].sentence !== sentence || [first, nick, last].some((c) => tokens.slice(c.t0, c.t1).some((t) => !/^\p{Lu}[\p{L}'.-]*$/u.test(t.text)))) return undefined;
	const surname = work.slice(last.start, last.end).replace(/'s$/, '');
	const name = `${work.slice(first.start, first.end)} ${surname}`;
	const key = `person:${name}`;
	ctx.surnames?.add(surname);
	return [
		{ start: first.start, end: last.end, sentence, t0: first.t0, t1: last.t1, what: 'actor', name, kind: 'person', key },
		{ start: nick.start, end: nick.end, sentence, t0: nick.t0, t1: nick.t1, what: 'actor', name, kind: 'person', key }
	];
}

function backerCompound(t: Token, out: Mention[]): void {
	if (!t.text.includes('-')) return;
	const parts = t.text.split('-');
	const last = parts[parts.length - 1].toLowerCase();
	let backerText = '';
	if (BACKING.has(last) && parts.length >= 2) backerText = parts.slice(0, -1).join('-');
	else if ((parts[0].toLowerCase() === 'pro') && parts.length >= 2) backerText = parts.slice(1).join('-');
	if (!backerText) return;
	const c = countryByNameOrDemonym(backerText);
	if (!c) return;
	out.push({
		start: t.start,
		end: t.end,
		sentence: t.sentence,
		t0: t.i,
		t1: t.i + 1,
		what: 'actor',
		name: c.name,
		kind: 'state',
		country: c.code,
		backerOnly: true,
		backer: c.code,
		key: `state:${c.code}`
	});
}

function mk(ctx: EntityContext, c: Chunk, what: 'actor' | 'place', name: string, kind: ActorKind, extra: Partial<Mention> = {}): Mention {
	return { start: c.start, end: c.end, sentence: ctx.tokens[c.t0].sentence, t0: c.t0, t1: c.t1, what, name, kind, ...extra };
}

const WEAPON_AFTER = /^(?:tanks?|drones?|jets?|fighter|helicopters?|missiles?|rockets?|rifles?|howitzers?|warships?|submarines?|bombers?)$/;
const THING_AFTER = new RegExp(`${WEAPON_AFTER.source}|^(?:church|mosque|temple|cathedral|monastery|synagogue|shrine|school|hospital|clinic|market|hotel|factory|refinery|plant|airbase|airport|airfield|prison|barracks|compound|embassy|consulate|shipyard|port)$`);
const FORCES_POST = /^(?:base|bases|camp|camps|station|post|outpost|barracks|garrison|headquarters|academy|checkpoint)$/;
const COUNT_BEFORE = /^(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|dozens|hundreds|thousands|several|many|more|of)$/;
const DEMONYM_NOT_ACTOR = /^(?:towns?|villages?|city|cities|capital|port|province|region|district|territory|territories|border|coast|side|soil|land|lands|farmland|houses?|homes?|property|properties|crops|fields|olive|shops?|businesses|neighbou?rhoods?|camps?|hospital|school|mosque|church)$/;
const STATE_ACT_NOUN = /^(?:strikes?|air ?strikes?|attacks?|raids?|bombings?|shelling|sanctions|operations?|offensive|troops|forces|officials|military|army|navy|warplanes|jets|drones|missiles)$/;
const REGION_ADJECTIVE = /^(?:(?:Central|South|Southern|Southeast|South-East|East|Eastern|West|Western|North|Northern|Northeast|North-East|Northwest|North-West|Sub-Saharan)\s+)?(?:Asian|African|American|European|Arab)$|^(?:Middle Eastern|Latin American|Sub-Saharan|Balkan|Baltic|Nordic|Caribbean|Scandinavian|Pan-Arab|Western|Eastern)$/;
const GROUP_NOUN_AFTER = /^(?:gang|militia|cartel|brigade|battalion|faction|clan)$/;
const FIGHTERS_AFTER = /^(?:rebels|militants|fighters|insurgents|jihadists|guerrillas|militiamen|combatants)$/;
const DESCRIPTOR_NOUN = /^(?:group|organi[sz]ation|party|movement|coalition|alliance|militia|agency|charity|ngo|monitor|watchdog|network|union)$/;
const ARMED_QUALIFIER = /^(?:militant|rebel|armed|jihadist|insurgent|separatist|paramilitary|islamist|extremist|terrorist)$/;
const WATER_LAST = /^(?:Sea|Ocean|Gulf|Strait|Straits|Bay|Channel|Canal)$/;
// "the Dnipro River", "the Galwan Valley", "the Golan Heights", "the Nuba Mountains": a landform is a place too.
const LANDFORM_LAST = /^(?:River|Valley|Mountains|Mountain|Hills|Desert|Plateau|Peninsula|Island|Islands|Basin|Delta|Forest|Corridor|Pass|Gorge|Heights|Strip|Highlands|Lowlands|Coast)$/;
const WATER_FIRST = /^(?:Gulf|Strait|Straits|Bay|Sea)$/;
const MERCHANT_PREFIX = /^(?:MV|M\/V|MT|M\/T|SS|RV)$/;
const VESSEL_NOUN = /^(?:tankers?|ships?|vessels?|carriers?|freighters?|ferry|ferries|yachts?|boats?|trawlers?|icebreakers?|dhows?|tugs?|barges?)$/;
const WARSHIP_NOUN = /^(?:warships?|frigates?|destroyers?|cruisers?|corvettes?|submarines?)$/;
/** Navies' ship prefixes and the country each belongs to. */
const NAVY_PREFIX: Record<string, string> = { USS: 'US', USNS: 'US', HMS: 'GB', RFA: 'GB', INS: 'IN', HMCS: 'CA', HMAS: 'AU', TCG: 'TR', ROKS: 'KR', JS: 'JP', PNS: 'PK', KRI: 'ID', BRP: 'PH' };

/** A chunk with the tokens around it in its sentence. */
interface ChunkView {
	c: Chunk;
	toks: Token[];
	text: string;
	prevSame: Token | undefined;
	nextSame: Token | undefined;
}

/**
 * What a capitalised chunk names, decided by the first rule that applies, in this order; a rule
 * that decides pushes the chunk's mentions (or none) and returns true.
 */
const CHUNK_RULES = [notAName, dateline, knownActor, ship, kindFromNoun, stateOrCountry, titledPerson, organisation, placeByContext, nameByShape];

// A military unit's noun ending a name numbered before it: "the 444 Combat Brigade", "the 20th Infantry Battalion".
const UNIT_LAST = /^(?:Brigades?|Battalions?|Regiments?|Division|Corps|Squadron|Infantry|Commando)$/;

function classifyChunk(ctx: EntityContext, c: Chunk, out: Mention[]): void {
	const { tokens } = ctx;
	const before = tokens[c.t0 - 1];
	if (before?.num && before.sentence === tokens[c.t0].sentence && /^\d{1,4}(?:st|nd|rd|th)?$/.test(before.text) && UNIT_LAST.test(tokens[c.t1 - 1].text) && /^(?:the|a|an|its|their)$/i.test(tokens[c.t0 - 2]?.text ?? '')) {
		c = { ...c, t0: c.t0 - 1, start: before.start };
	}
	// ("400 Mawozo kidnapped three nuns": a well-known name that starts with a number.)
	if (before?.num && before.sentence === tokens[c.t0].sentence && /^\d{1,4}$/.test(before.text) && lookupKnownExact(`${before.text} ${ctx.work.slice(c.start, c.end)}`)) {
		c = { ...c, t0: c.t0 - 1, start: before.start };
	}
	// "members of Barrio 18": a well-known name that ends with a number.
	const numberAfter = tokens[c.t1];
	if (numberAfter?.num && numberAfter.sentence === tokens[c.t0].sentence && /^\d{1,3}$/.test(numberAfter.text) && lookupKnownExact(`${ctx.work.slice(c.start, c.end)} ${numberAfter.text}`)) {
		c = { ...c, t1: c.t1 + 1, end: numberAfter.end };
	}
	const toks = tokens.slice(c.t0, c.t1);
	const prev = tokens[c.t0 - 1];
	const next = tokens[c.t1];
	const view: ChunkView = {
		c,
		toks,
		text: ctx.work.slice(c.start, c.end),
		prevSame: prev && prev.sentence === toks[0].sentence ? prev : undefined,
		nextSame: next && next.sentence === toks[0].sentence ? next : undefined
	};
	for (const rule of CHUNK_RULES) if (rule(ctx, view, out)) return;
}

/** Chunks that name nothing: tags, backer adjectives, group nouns, regions' adjectives, occasions, days. */
const WEAPON_ACRONYM = /^(?:(?:SV|PB|RC|VB|V|P)?IEDs?|UXOs?|ERWs?|RPGs?|MANPADS|ATGMs?|UAVs?|UCAVs?|MLRS|IFVs?|AK(?:-?47s?)?|ZU(?:-23)?|DShKs?|PKMs?|HIMARS|ICBMs?)$/;

function notAName(ctx: EntityContext, v: ChunkView, _out: Mention[]): boolean {
	const { c, toks, text, prevSame, nextSame } = v;
	const { tokens } = ctx;
	// Party-state tag "(R-FL)" is part of a title, not an entity.
	if (/^[RDI]-[A-Z]{2}$/.test(text)) return true;
	// "Iran-backed", "U.S.-led": a backer adjective, tagged by backerCompound.
	if (toks.length === 1 && /-(backed|led|allied|aligned|sponsored|supported|funded|affiliated|linked|armed|controlled)$/i.test(text)) return true;

	// ("an IED planted by JNIM", "fired RPGs", "a UAV strike": a weapon's acronym names no one.)
	if (toks.length === 1 && WEAPON_ACRONYM.test(text)) return true;
	// ("at around 3 p.m. (1400 GMT)": a time zone names no one.)
	if (toks.length === 1 && /^(?:GMT|UTC|EST|EDT|CST|CDT|PST|PDT|CET|CEST|EET|EEST|WAT|EAT|CAT|IST|PKT|ICT|WIB|JST|AEST|AEDT|BST)$/.test(text)) return true;
	// ("grenades containing CS gas", "VX nerve agent": a chemical's acronym names no one either.)
	if (toks.length === 1 && /^[A-Z]{1,4}$/.test(text) && nextSame && /^(?:gas|nerve|spray|canisters?)$/.test(nextSame.lower)) return true;
	// ("troops of Operation Hadin Kai": a military operation's name after its forces is no one's; "Operation Rescue" alone
	// may be an organisation.)
	if (toks.length >= 2 && toks[0].text === 'Operation' && /\b(?:troops|soldiers|forces|personnel|units?|men|operatives|commandos)\s+(?:of|from|under)\s+(?:the\s+)?$/i.test(ctx.work.slice(Math.max(0, c.start - 30), c.start))) return true;
	// "Soldiers in Mali detained…": a capitalised group noun is the collective tagger's.
	if (toks.length === 1 && classifyHead(toks[0].lower)) return true;
	// "the two Central Asian states", "Latin American leaders": a region's adjective, not an actor.
	if (REGION_ADJECTIVE.test(text) && nextSame && /^\p{Ll}/u.test(nextSame.text)) return true;
	// "during a Catholic Mass", "during the World Cup": an occasion, not an actor.
	if (prevSame && /^(a|an|the)$/.test(prevSame.lower) && tokens[c.t0 - 2]?.lower === 'during' && !countryByNameOrDemonym(text)) return true;
	// "International Women's Day", "Election Day": a day, not an actor.
	if (toks.length >= 2 && toks[toks.length - 1].text === 'Day') return true;
	return false;
}

/** A dateline: where the report was filed. */
function dateline(ctx: EntityContext, v: ChunkView, out: Mention[]): boolean {
	const { c, toks, text } = v;
	// "WASHINGTON (Reuters) -", "WOODSIDE, California —": where the report was filed, at the start of a line.
	if (toks.length <= 3 && toks.every((t) => t.upper) && /^\p{Lu}[\p{Lu} .'-]+$/u.test(text) && /(?:^|\n)[ \t]*(?:[\p{Lu} .'-]{2,30}\/)?$/u.test(ctx.work.slice(Math.max(0, c.start - 40), c.start)) && DATELINE_TAIL.test(ctx.work.slice(c.end, c.end + 60))) {
		const name = text.toLowerCase().replace(/(^|[\s'-])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
		out.push(mk(ctx, c, 'place', name, 'other', { dateline: true, place: { precision: 'unknown' } }));
		return true;
	}
	// ("Bamako (AFP) - Jihadists stormed a camp outside Niono": a town in title case, where an agency's tag makes it a dateline.)
	if (toks.length <= 3 && toks[0].cap && /^\p{Lu}[\p{L} .'-]+$/u.test(text) && /(?:^|\n)[ \t]*$/.test(ctx.work.slice(Math.max(0, c.start - 40), c.start)) && AGENCY_TAG_AFTER.test(ctx.work.slice(c.end, c.end + 40))) {
		out.push(mk(ctx, c, 'place', text, 'other', { dateline: true, place: { precision: 'unknown' } }));
		return true;
	}
	return false;
}

// (The acronyms a tag after a dateline may be, and agencies written otherwise.)
// ("Quito, Feb 9 (EFE).-", "Imphal, Mar 30 (PTI):": a stop before the dash, or a colon, as some agencies write it.)
const AGENCY_TAG_AFTER = new RegExp(String.raw`^(?:,[^\n\-\u2013\u2014:()]{1,30})?\s*\((?:${AGENCY_ACRONYMS}|dpa|PTI|Reuters|Xinhua|Anadolu|Bernama|Kyodo|Yonhap|Lusa|Bloomberg)\)\s*(?:\.?\s*[-\u2013\u2014]|:)`);

/** A name in the curated table of well-known actors. */
const DISSIDENTS_OF_BEFORE = /\b(?:dissidents|splinter groups?|breakaway factions?)\s+(?:of|from)\s+(?:the\s+)?(?:former\s+|demobili[sz]ed\s+|defunct\s+)?$/i;

// Words of a group's creed or stance ("Islamist"; an ally's compound adjective, "al Qaeda-linked", is read by COMPOUND_ADJECTIVE).
const QUALIFIER_WORD = /^(?:Islamist|Jihadist|Salafist|Salafi|Sunni|Shia|Shiite|Marxist|Maoist|Hardline|Militant|Rebel|Extremist|Separatist)$/;

/** The name an article writes just before "(ACR)", if its words' initials spell the acronym. */
function definedAcronym(work: string, acronym: string): string | undefined {
	const at = work.indexOf(`(${acronym})`);
	const words = work.slice(Math.max(0, at - 80), at).trim().split(/\s+/).slice(-8);
	for (let k = 0; k < words.length; k++) {
		const name = words.slice(k);
		const initials = name.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
		if (initials === acronym && /^\p{Lu}/u.test(name[0])) return name.join(' ');
	}
	return undefined;
}

function knownActor(ctx: EntityContext, v: ChunkView, out: Mention[]): boolean {
	let { c } = v;
	const { toks, text } = v;
	// "Russian Wagner Group": a demonym before a known name is its nationality, not part of it.
	// ("US AFRICOM": a country's name or code before it too.)
	let known = lookupKnown(text) ?? (toks.length >= 2 && (countryByDemonym(toks[0].text) || (toks.length === 2 && countryByName(toks[0].text))) ? lookupKnownExact(ctx.work.slice(toks[1].start, c.end)) : undefined);
	// ("The Islamist al Shabaab group", "the al Qaeda-linked al Shabaab group": words of what the group is, and whose ally it
	// is, before a known name; the name is the actor.)
	if (!known && toks.length >= 2) {
		// (Only after such a word: most names have none, and are looked up no further.)
		let q = -1;
		for (let k = 0; k < Math.min(toks.length - 1, 3); k++) if (QUALIFIER_WORD.test(toks[k].text) || COMPOUND_ADJECTIVE.test(toks[k].text)) q = k;
		const rest = q >= 0 ? lookupKnownExact(ctx.work.slice(toks[q + 1].start, c.end)) : undefined;
		if (rest && rest.kind !== 'person') {
			known = rest;
			c = { ...c, t0: c.t0 + q + 1, start: toks[q + 1].start };
		}
	}
	// ("the Syrian National Army (SNA) … SNA fighters": an acronym the article defines is the name it defines, whatever other
	// group the table knows by it.)
	if (known && toks.length === 1 && toks[0].upper && ctx.work.includes(`(${text})`)) {
		const definedAs = definedAcronym(ctx.work, text);
		const defined = definedAs ? lookupKnown(definedAs) : undefined;
		if (defined && defined.name !== known.name) known = defined;
	}
	if (known && known.kind === 'person') {
		out.push(mk(ctx, c, 'actor', known.name, 'person', { country: known.country }));
		return true;
	}
	// ("clashes between ELN rebels and dissidents of the former FARC guerrilla group": the same, told the long way.)
	const dissidentsOf = known && known.kind === 'armed_group' ? DISSIDENTS_OF_BEFORE.exec(ctx.work.slice(Math.max(0, c.start - 40), c.start)) : null;
	if (known && dissidentsOf) {
		const name = `${known.name} dissidents`;
		// (The mention starts at "dissidents", where a list of sides reads it.)
		out.push(mk(ctx, { ...c, start: c.start - dissidentsOf[0].length }, 'actor', name, 'armed_group', { key: name, country: known.country }));
		return true;
	}
	// "FARC dissidents": those who left the group, a group of their own.
	if (known && known.kind === 'armed_group' && v.nextSame && /^(?:dissidents|splinter|breakaway)$/.test(v.nextSame.lower)) {
		const name = `${known.name} dissidents`;
		out.push(mk(ctx, { ...c, end: v.nextSame.end, t1: c.t1 + 1 }, 'actor', name, 'armed_group', { key: name, country: known.country }));
		return true;
	}
	if (known) {
		out.push(mk(ctx, c, 'actor', known.name, known.kind, { key: known.name, country: known.country, backer: known.backer }));
		return true;
	}
	// "Islamic State Sahel Province", "Islamic State Somalia": a known armed group's branch, named after it.
	for (let n = toks.length - 1; n >= 2 && toks.length <= 6; n--) {
		const head = lookupKnownExact(ctx.work.slice(c.start, toks[n - 1].end));
		if (!head || head.kind !== 'armed_group') continue;
		out.push(mk(ctx, c, 'actor', text, 'armed_group', { key: text }));
		return true;
	}
	return false;
}

/** A ship: a navy's acts for its country; a merchant ship is a thing acted on. */
function ship(ctx: EntityContext, v: ChunkView, out: Mention[]): boolean {
	const { c, toks, text, prevSame } = v;
	// "the tanker Marlin Luanda", "MV Abdullah": a merchant ship, a thing struck or seized, not a person.
	// "USS Carney", "the warship INS Kolkata": a navy's ship, which acts for its navy.
	// ("INS Commissioner Doris Meissner": a prefix that is also an agency's acronym, before a title.)
	const prefix = toks.length >= 2 && toks.length <= 4 && !toks.some((t) => TITLE_HEAD.has(t.lower)) ? toks[0].text : undefined;
	const navy = prefix !== undefined ? NAVY_PREFIX[prefix] : undefined;
	if (navy !== undefined || (prevSame && WARSHIP_NOUN.test(prevSame.lower))) {
		out.push(mk(ctx, c, 'actor', text, 'military', navy ? { country: navy } : {}));
		return true;
	}
	if ((prefix !== undefined && MERCHANT_PREFIX.test(prefix)) || (prevSame && VESSEL_NOUN.test(prevSame.lower))) {
		out.push(mk(ctx, c, 'actor', text, 'facility'));
		return true;
	}
	return false;
}

/** A group or descriptor noun beside the name gives its kind. */
function kindFromNoun(ctx: EntityContext, v: ChunkView, out: Mention[]): boolean {
	const { c, toks, text, prevSame, nextSame } = v;
	const { tokens } = ctx;
	// "the Viv Ansanm coalition", "the Fatah movement": an organisation's noun after the name; armed where the sentence tells of
	// gangs, militias or fighters.
	if (nextSame && toks.length <= 4 && /^(?:coalition|alliance|movement|federation|network)$/.test(nextSame.lower) && !countryByNameOrDemonym(text) && !lookupKnown(text)) {
		const sentence = ctx.work.slice(Math.max(0, c.start - 120), c.end + 120).toLowerCase();
		out.push(mk(ctx, c, 'actor', text, /\b(?:gangs?|militias?|militants|fighters|armed|rebels?|insurgents?)\b/.test(sentence) ? 'armed_group' : 'organization'));
		return true;
	}
	// "the Gran Grif gang", "the Wagner militia": a group noun after the name gives its kind.
	// ("CSP-DPA rebels", "ADF fighters": fighters after an acronym the curated table lacks are that group's.)
	const acronym = toks.length === 1 && /^(?:[A-Z]|\d{1,2}[A-Z])[A-Z0-9]*(?:-[A-Z0-9]+)*$/.test(text) && text.length >= 2;
	if (nextSame && (GROUP_NOUN_AFTER.test(nextSame.lower) || (acronym && FIGHTERS_AFTER.test(nextSame.lower))) && toks.length <= 4 && !countryByNameOrDemonym(text) && !lookupKnown(text)) {
		out.push(mk(ctx, c, 'actor', text, 'armed_group'));
		return true;
	}
	// ("blamed the Jaime Martinez front, a faction of FARC dissidents": a guerrilla front or bloc named after a person is
	// an armed group, not that person; "the Kharkiv front", "the Qaniyah front" are places of a war.)
	if (nextSame && /^(?:front|bloc|column)$/.test(nextSame.lower) && prevSame?.lower === 'the' && toks.length >= 2 && toks.length <= 4 && !countryByNameOrDemonym(text) && !lookupKnown(text) && !findCity(text)) {
		out.push(mk(ctx, { ...c, t1: c.t1 + 1, end: nextSame.end }, 'actor', `${text} ${nextSame.text}`, 'armed_group'));
		return true;
	}
	// ("A separatist group calling itself the Bui Warriors claimed responsibility": the name a group gives itself.)
	const selfNamed = /\b(?:group|groups|militia|faction|movement|outfit|gang|cell|organi[sz]ation|network|force|front)\s*,?\s+(?:calling|which calls|that calls|which called|that called)\s+(?:itself|themselves)\s+(?:the\s+)?$/i.exec(ctx.work.slice(Math.max(0, c.start - 90), c.start));
	// (Armed where the words before say so, or where it claims an attack; other rules read the rest.)
	if (selfNamed && toks.length <= 5 && !countryByNameOrDemonym(text) && !lookupKnown(text) && (/\b(?:armed|separatist|militant|jihadist|islamist|rebel|insurgent|guerrilla|extremist|terrorist|militia|gang)\b/i.test(selfNamed.input) || /^\s+(?:has\s+|had\s+)?claimed\b/.test(ctx.work.slice(c.end, c.end + 30)))) {
		out.push(mk(ctx, c, 'actor', text, 'armed_group'));
		return true;
	}
	// "Rights group Foro Penal", "the militant group Hayat X", "opposition party Y": the noun before the name gives its kind.
	if (prevSame && DESCRIPTOR_NOUN.test(prevSame.lower) && toks.length <= 5 && !countryByNameOrDemonym(text)) {
		const qualifier = tokens[c.t0 - 2]?.lower ?? '';
		const kind: ActorKind = prevSame.lower === 'party' ? 'political_party' : prevSame.lower === 'militia' || ARMED_QUALIFIER.test(qualifier) ? 'armed_group' : 'organization';
		out.push(mk(ctx, c, 'actor', text, kind));
		return true;
	}
	return false;
}

/** A country's name or demonym: the state, or a place where the context says so. */
function stateOrCountry(ctx: EntityContext, v: ChunkView, out: Mention[]): boolean {
	const { c, text, prevSame, nextSame } = v;
	const { tokens } = ctx;
	// "the US dollar", "Canadian dollars": a currency names no party to the story.
	if (nextSame && /^(?:dollars?|pounds?|yuan|rupees?|euros?|francs?|shekels?|rubles?|roubles?|lira|dinars?|riyals?|rials?|pesos?|won|yen)$/.test(nextSame.lower) && countryByNameOrDemonym(text)) return true;
	// Regional phrase: "eastern Syria" (the direction is lower case, before the chunk).
	const country = countryByName(text);
	// "Nigeria's Niger state": a region that bears a country's name.
	if (country && nextSame && /^(state|province|region|governorate|district)$/.test(nextSame.lower) && prevSame?.text.endsWith("'s")) {
		const owner = countryByNameOrDemonym(prevSame.text.slice(0, -2));
		out.push(mk(ctx, c, 'place', text, 'other', { place: owner ? { precision: 'region', country: owner.code } : { precision: 'unknown' } }));
		return true;
	}
	if (country) {
		// ("(Jenin, West Bank)": a country in a parenthesised place list is where, not who.)
		const placeContext = prevSame && (PLACE_PREPS.has(prevSame.lower) || /^(northern|southern|eastern|western|central|north-?eastern|north-?western|south-?eastern|south-?western)$/.test(prevSame.lower) || (prevSame.text === ',' && inParentheses(tokens, c.t0)));
		// "in response to U.S. strikes": a country that qualifies an act or a force is the state that acts.
		if (placeContext && !(nextSame && STATE_ACT_NOUN.test(nextSame.lower))) {
			out.push(mk(ctx, c, 'place', country.name, 'other', { country: country.code, place: { precision: 'country', country: country.code } }));
		} else {
			out.push(mk(ctx, c, 'actor', country.name, 'state', { country: country.code, key: `state:${country.code}` }));
		}
		return true;
	}
	const demonym = countryByDemonym(text);
	if (demonym) {
		// "killed four Palestinians", "dozens of Afghans": people of that country, counted; not its state.
		if (/s$/.test(text) && prevSame && COUNT_BEFORE.test(prevSame.lower)) {
			const count = parseNumber(prevSame.lower);
			out.push(mk(ctx, c, 'actor', groupName('civilians', demonym.name), 'civilians', { country: demonym.code, group: 'civilians', ...(count !== undefined ? { count } : {}) }));
			return true;
		}
		// "in the Libyan capital": the capital of the demonym's country, a place.
		if (nextSame?.lower === 'capital' && prevSame && /^(?:the|a)$/.test(prevSame.lower)) {
			const capital = capitalOf(demonym.code);
			if (capital) {
				out.push(mk(ctx, { ...c, end: nextSame.end, t1: c.t1 + 1 }, 'place', capital.name, 'other', { country: demonym.code, place: { precision: 'unknown', country: demonym.code } }));
				return true;
			}
		}
		// "the Colombian town of Saravena", "Palestinian houses": the demonym says where, or whose, not who acts.
		if (nextSame && DEMONYM_NOT_ACTOR.test(nextSame.lower)) {
			out.push(mk(ctx, c, 'place', demonym.name, 'other', { country: demonym.code, place: { precision: 'country', country: demonym.code } }));
			return true;
		}
		out.push(mk(ctx, c, 'actor', demonym.name, 'state', { country: demonym.code, key: `state:${demonym.code}` }));
		return true;
	}
	return false;
}

/** A person named with a title before the name. */
function titledPerson(ctx: EntityContext, v: ChunkView, out: Mention[]): boolean {
	const { c, toks, text, prevSame } = v;
	const { tokens } = ctx;
	// Titles: "Pentagon Press Secretary John Kirby", "Sen. Marco Rubio".
	const lastTitle = titleEnd(toks);
	// ("Gen Z protesters", "Gen X voters": a generation, no one's name.)
	if (lastTitle === 0 && toks.length === 2 && /^\p{Lu}$/u.test(toks[1].text)) return true;
	if (lastTitle >= 0) {
		let nameToks = toks.slice(lastTitle + 1);
		while (nameToks.length && nameToks[0].text === '.') nameToks = nameToks.slice(1);
		if (nameToks.length >= 1 && nameToks.length <= 4 && !nameToks.some((t) => ORG_HEAD.has(t.lower))) {
			let title = ctx.work.slice(c.start, toks[lastTitle].end).replace(/\.$/, '') + (ctx.work[toks[lastTitle].end] === '.' ? '.' : '');
			if (prevSame && TITLE_PREFIX.has(prevSame.lower)) title = `${prevSame.text} ${title}`;
			const start = nameToks[0].start;
			const lastTok = nameToks[nameToks.length - 1];
			const end = lastTok.text.endsWith("'s") ? lastTok.end - 2 : lastTok.end;
			const pname = ctx.work.slice(start, end);
			// "Iranian Foreign Minister X", "Chinese President X": a demonym in the title gives the country.
			const nation = toks.slice(0, lastTitle).map((t) => countryByNameOrDemonym(t.text)).find(Boolean);
			const m: Mention = { start, end, sentence: toks[0].sentence, t0: nameToks[0].i, t1: c.t1, what: 'actor', name: pname, kind: 'person', title, country: lookupKnown(pname)?.country ?? nation?.code };
			// The words before the title may name the person's organisation ("Pentagon").
			const orgToks = toks.slice(0, lastTitle + 1).filter((t) => !TITLE_HEAD.has(t.lower));
			// The longest run of them that names a known organisation.
			for (let n = orgToks.length; n >= 1; n--) {
				const org = lookupKnown(orgToks.slice(0, n).map((t) => t.text).join(' '));
				if (!org) continue;
				out.push({ start: orgToks[0].start, end: orgToks[n - 1].end, sentence: m.sentence, t0: orgToks[0].i, t1: orgToks[n - 1].i + 1, what: 'actor', name: org.name, kind: org.kind, key: org.name, country: org.country });
				break;
			}
			out.push(m);
			return true;
		}
	}
	// A lower-case title before a name: "the Quds Force leader Qasem Soleimani".
	if (prevSame && TITLE_HEAD.has(prevSame.lower) && toks.length >= 2 && toks.length <= 4 && !toks.some((t) => ORG_HEAD.has(t.lower))) {
		// "Chinese leader Xi Jinping": the demonym before the title gives the person's country.
		const before = tokens[c.t0 - 2];
		const nation = before && before.sentence === prevSame.sentence ? countryByNameOrDemonym(before.text) : undefined;
		out.push(mk(ctx, c, 'actor', text, 'person', { title: prevSame.text, country: lookupKnown(text)?.country ?? nation?.code }));
		return true;
	}
	return false;
}

/** A name ending in an organisation's head word. */
function organisation(ctx: EntityContext, v: ChunkView, out: Mention[]): boolean {
	const { c, toks, text, prevSame } = v;
	// "Police Forces of Afghanistan", "Military Forces of Cameroon (1982-)": a state's forces, by the convention coder
	// notes write them in (the word before "Forces" may stand apart as a collective).
	const stateForces = /^(?:(Military|Police|Security)\s+)?Forces of (?:the\s+)?(.+)$/.exec(text);
	const forcesOf = stateForces ? countryByName(stateForces[2]) : undefined;
	if (stateForces && forcesOf) {
		const kindWord = stateForces[1] ?? (prevSame && /^(?:Police|Military|Security)$/.test(prevSame.text) ? prevSame.text : 'Military');
		const name = groupName(kindWord === 'Police' ? 'police' : 'military', countryName(forcesOf.code) ?? forcesOf.name);
		out.push(mk(ctx, c, 'actor', name, 'military', { country: forcesOf.code, group: kindWord === 'Police' ? 'police' : 'military' }));
		return true;
	}
	// Organisation head words; a leading demonym gives the country ("Iraqi Army").
	const headKind = orgHead(toks);
	if (headKind) {
		const first = countryByNameOrDemonym(toks[0].text);
		// "near Donetsk Filtration Station", "at Baghdad Airport": where the event happened.
		if (headKind === 'facility' && prevSame && /^(near|at|outside|around|inside|in)$/.test(prevSame.lower)) {
			out.push(mk(ctx, c, 'place', text, 'other', { place: { precision: 'unknown' } }));
			return true;
		}
		out.push(mk(ctx, c, 'actor', text, nonStateForce(toks) ? 'armed_group' : headKind, { country: first?.code }));
		return true;
	}
	return false;
}

const NON_STATE_WORD = /^(?:liberation|independence|revolutionary|republican|resistance|free|mujahideen|rebel|insurgent|jihad|islamic)$/;
const GENERIC_ARMY_WORD = /^(?:national|royal|regular|people's|territorial|standing|imperial|continental|red|salvation|the|army)$/;

/**
 * "Arakan Army", "Kachin Independence Army", "Free Syrian Army", "Revolutionary Armed Forces of Colombia": an army named
 * for a people, a region or a cause is an armed group; a state's army carries the state's name ("Pakistan Army").
 */
function nonStateForce(toks: Token[]): boolean {
	const head = toks[toks.length - 1].lower;
	if (!/^(?:army|forces|force)$/.test(head)) return false;
	if (toks.some((t) => NON_STATE_WORD.test(t.lower))) return true;
	// "Ambazonia Defence Forces": forces named for a land that is no state.
	if (head === 'forces' && toks.length >= 3 && /^(?:defen[cs]e|self-defen[cs]e)$/.test(toks[toks.length - 2].lower) && !countryByNameOrDemonym(toks[0].text) && !GENERIC_ARMY_WORD.test(toks[0].lower)) return true;
	return head === 'army' && toks.length >= 2 && !toks.some((t) => countryByNameOrDemonym(t.text)) && !toks.slice(0, -1).every((t) => GENERIC_ARMY_WORD.test(t.lower));
}

/** A place by its context (a preposition, a place noun, a list of places, water) or a well-known city. */
const FAITH_PLURAL = /^(?:Muslims|Christians|Hindus|Sikhs|Buddhists|Jews|Catholics|Protestants|Anglicans|Evangelicals|Shiites|Shias|Sunnis|Alawites|Druze|Yazidis|Copts|Ahmadis|Baha'is)$/;

function placeByContext(ctx: EntityContext, v: ChunkView, out: Mention[]): boolean {
	const { c, toks, text, prevSame, nextSame } = v;
	const { tokens } = ctx;
	// Place context: "in Celaya", "Adamawa state", "the village of Moussa Kourari".
	// ("Jenin refugee camp", "Zamzam IDP camp", "Bentiu displacement camp".)
	const placeNounAfter = nextSame && (PLACE_NOUNS.has(nextSame.lower) || (/^(?:refugee|refugees|idp|displacement|displaced)$/.test(nextSame.lower) && /^camps?$/i.test(tokens[c.t1 + 1]?.text ?? '')));
	// ("the town of Jandairis"; "residents of Kenscoff protested": the people of a place.)
	// ("10 km south of Manbij", "on the edge of Maiduguri": a bearing from a place, or a part of it.)
	const placeNounBefore = prevSame && prevSame.lower === 'of' && tokens[c.t0 - 2] && (PLACE_NOUNS.has(tokens[c.t0 - 2].lower) || /^(?:residents|inhabitants|villagers|natives|people|citizens|townspeople|north|south|east|west|north-?east|north-?west|south-?east|south-?west|outskirts|edge|suburbs?|vicinity|environs|periphery|centre|center|heart)$/.test(tokens[c.t0 - 2].lower));
	const prepBefore = prevSame && PLACE_PREPS.has(prevSame.lower);
	// ("on the main avenue of Antsiranana", "in central Antsiranana", "near the main bazaar of Mastung": a part of a town the
	// gazetteer knows.)
	const partOfTown = !!prevSame && toks.length <= 3 && (/^(?:central|downtown|inner)$/.test(prevSame.lower) || (prevSame.lower === 'of' && /^(?:avenues?|streets|centre|center|heart|edge|outskirts|suburbs|entrance|districts|neighbou?rhoods|slums|hinterlands?|vicinity|environs|periphery|hills|villages|bazaar|bazaars|market|markets|marketplace|square)$/.test(tokens[c.t0 - 2]?.lower ?? ''))) && !!(findCity(text, []) ?? findCity(text.replace(/\s+City$/, ''), []));
	// "Yemen's third city Taiz", "the port city Hodeidah": the noun names what the name is.
	// ("entered the urbanization Los Huertos de San Antonio", "the township Kalay": a settlement's noun before its name.)
	const nounRightBefore = prevSame && /^(?:city|town|village|port|capital|neighbou?rhood|urbani[sz]ation|sector|settlement|municipality|commune|suburb|township|hamlet)$/.test(prevSame.lower);
	// "on the road between Fada N'Gourma and Kantchari": the ends of a road are places.
	const roadEnds = !!prevSame && (prevSame.lower === 'between' || prevSame.lower === 'and') && (() => {
		for (let k = c.t0 - 1; k >= Math.max(0, c.t0 - 10) && tokens[k].sentence === toks[0].sentence; k--) {
			if (tokens[k].lower === 'between') return /^(?:road|roads|highway|route|axis|stretch|border|corridor)$/.test(tokens[k - 1]?.lower ?? '');
		}
		return false;
	})();
	// "troops recaptured Adan Yabaal from Al Shabaab", "M23 rebels seized Rubaya": what is taken is a place.
	// ("JNIM militants took control of Niono", "gangs took over Kenscoff".)
	const controlOf = !!prevSame && ((prevSame.lower === 'of' && tokens[c.t0 - 2]?.lower === 'control') || (prevSame.lower === 'over' && /^(?:took|taken|take|takes|taking)$/.test(tokens[c.t0 - 2]?.lower ?? '')));
	const taken = !!prevSame && (/^(?:recaptured|captured|retook|seized|overran|liberated)$/.test(prevSame.lower) || controlOf) && (!nextSame || /^(?:from|on|after|in|,|\.|and|\()$/.test(nextSame.lower));
	// ("the … Mission in Somalia (AUSSOM)": an acronym in brackets after a name is that name's, not a place of a list.)
	// (A region's abbreviation stays a place: "Ghaziabad city (UP)", "Wana (SW)" follow one name, not a name it abbreviates.)
	const acronymInBrackets = prevSame?.text === '(' && toks.length === 1 && /^[A-Z][A-Z0-9-]{1,9}$/.test(text) && abbreviatesNameBefore(tokens, c.t0 - 1, text);
	const inParenList = prevSame && (prevSame.text === '(' || prevSame.text === ',') && !acronymInBrackets && isInPlaceList(tokens, c.t0);
	// ("an attack on Kenscoff", "the offensive on Pokrovsk": what an assault is aimed at, when the gazetteer knows a town of
	// that name, is a place; "an attack on Hezbollah" names a party.)
	const assaultOn = !!prevSame && prevSame.lower === 'on' && /^(?:attacks?|assaults?|raids?|offensive|advance|push|march)$/.test(tokens[c.t0 - 2]?.lower ?? '') && toks.length <= 3 && !!findCity(text, []);
	const isSurname = toks.length === 1 && ctx.surnames?.has(text.replace(/'s$/, ''));
	// "the Red Sea", "the Gulf of Aden", "the Taiwan Strait", "Lake Rweru": a body of water.
	const waterBody = WATER_LAST.test(toks[toks.length - 1].text) || (toks.length >= 2 && LANDFORM_LAST.test(toks[toks.length - 1].text)) || (toks.length >= 3 && WATER_FIRST.test(toks[0].text) && toks[1].lower === 'of') || (toks.length === 2 && toks[0].text === 'Lake');
	// "Beit Ummar (Hebron)", "Gwa (Rakhine)": a name followed by its region in parentheses is a place.
	const regionInParens = nextSame?.text === '(' && toks.length <= 4 && containerInParens(ctx.tokens, c.t1 + 1);
	// ("separating Christian students from Muslims", "aid to Syrians": a people or a faith in the plural is no place, unless a
	// town bears the name.)
	const peoplePlural = toks.length === 1 && !placeNounAfter && !nounRightBefore && (FAITH_PLURAL.test(text) || (/s$/.test(text) && !!countryByDemonym(text.slice(0, -1)))) && !findCity(text, []);
	if ((placeNounAfter || placeNounBefore || nounRightBefore || prepBefore || inParenList || waterBody || regionInParens || taken || roadEnds || assaultOn || partOfTown) && !isSurname && !peoplePlural) {
		if (toks.length <= 5) {
			// "Pakistan's Bannu district": the owner named before says the country.
			const owner = prevSame && /['\u2019]s$/.test(prevSame.text) ? countryByName(prevSame.text.slice(0, -2)) : undefined;
			out.push(mk(ctx, c, 'place', text, 'other', owner ? { country: owner.code, place: { precision: 'unknown', country: owner.code } } : { place: { precision: 'unknown' } }));
			return true;
		}
	}

	// A well-known city needs no preposition to be a place ("a rocket attack on Erbil").
	if (toks.length <= 3 && !isSurname) {
		const city = findCity(text);
		const assaulted = prevSame && (ASSAULT_VERB.test(prevSame.lower) || (prevSame.lower === 'of' && CONTROL_OF.test(tokens[c.t0 - 2]?.lower ?? '')));
		if (city && assaulted && city.population >= ASSAULTED_TOWN_MIN_POPULATION && !(nextSame && /^['\u2019]s$/.test(nextSame.text))) {
			out.push(mk(ctx, c, 'place', text, 'other', { place: { precision: 'unknown' } }));
			return true;
		}
		// "Moscow said", "a charge Islamabad denies": a big city speaking is its country's government.
		if (city && city.population >= 500_000 && nextSame && SPEAKING.test(nextSame.lower) && !prepBefore) {
			const nation = countryName(city.country);
			if (nation) {
				out.push(mk(ctx, c, 'actor', `Government of ${nation}`, 'government', { country: city.country }));
				return true;
			}
		}
		if (city && city.population >= 100_000) {
			out.push(mk(ctx, c, 'place', text, 'other', { place: { precision: 'unknown' } }));
			return true;
		}
	}
	return false;
}

/** What the name's shape says: an acronym, an apposition, a contest, a person's name, a lone word. */
const DOCUMENT_LAST = /^(?:Bill|Act|Accords?|Treaty|Charter|Constitution|Amendment|Protocol|Convention|Declaration|Resolution|Budget|Ordinance|Decree)$/;

const SUBDIVISION_NOUN = /^(?:parish|parroquia|neighbou?rhood|municipality|sector|ward|township|commune|barangay|suburb|locality|quarter|borough|colonia)$/;
const LEGISLATURE_LAST = /^(?:Congress|Parliament|Assembly|Senate|Legislature|Duma|Knesset|Majlis)$/;

function nameByShape(ctx: EntityContext, v: ChunkView, out: Mention[]): boolean {
	const { c, toks, text, nextSame } = v;
	// All-caps single token: an acronym (bound to its expansion later).
	if (toks.length === 1 && toks[0].upper) {
		// ("the Arakan Army (AA) captured Ann": an acronym in brackets after a name is of that name's kind; the actor stage
		// binds the two, but what a role reads before that is the mention's own kind.)
		const named = out.length && /^\s*\(\s*$/.test(ctx.work.slice(out[out.length - 1].end, c.start)) ? out[out.length - 1] : undefined;
		const kind = named?.what === 'actor' && (named.kind === 'armed_group' || named.kind === 'military') && !named.group ? named.kind : 'organization';
		out.push(mk(ctx, c, 'actor', text, kind));
		return true;
	}
	// "The White Helmets, a civil defence group,", "Khan's party, Pakistan Tehreek-e-Insaf": an apposition says what the name is.
	// (Both need a comma next to the name: most names are passed over without a slice.)
	const apposition =
		(ctx.work.charCodeAt(c.end) === 44 ? APPOSITION.exec(ctx.work.slice(c.end, c.end + 80)) : null) ??
		(toks.length >= 2 && /,\s(?:the\s)?$/.test(ctx.work.slice(Math.max(0, c.start - 6), c.start)) ? APPOSITION_BEFORE.exec(ctx.work.slice(Math.max(0, c.start - 48), c.start)) : null);
	const appositionKind = apposition ? ORG_HEAD.get(apposition[1].toLowerCase()) : undefined;
	if (appositionKind) {
		out.push(mk(ctx, c, 'actor', text, appositionKind));
		return true;
	}
	// "Pakistan Tehreek-e-Insaf (PTI)": a name with an acronym after it is an organisation's, not a person's.
	const acronymAfter = ctx.work.slice(c.end, c.end + 3).includes('(') ? /^\s*\(\s*([A-Z][A-Z.&]{1,8})\s*\)/.exec(ctx.work.slice(c.end, c.end + 14)) : null;
	// ("BELFAST, Northern Ireland (AP)": a news agency's tag after a dateline is no acronym.)
	if (toks.length >= 2 && acronymAfter && !NEWS_AGENCY.test(acronymAfter[1])) {
		out.push(mk(ctx, c, 'actor', text, 'organization'));
		return true;
	}
	// "the World Cup", "the Olympic Games": a contest, not an actor.
	if (toks.length >= 2 && /^(Cup|Games|Olympics|Championships?|Open|Grand Prix|Series|Festival|Awards?)$/.test(toks[toks.length - 1].text)) return true;
	// "an Israeli Merkava tank", "a Greek Orthodox church": a name before a thing's noun names the thing, not a person.
	// ("the Al Udeid air base", "the Evin prison": one word is name enough before a building's noun.)
	const airBase = nextSame?.lower === 'air' && /^(?:base|field|station)$/.test(ctx.tokens[c.t1 + 1]?.lower ?? '');
	// "a Russian Iskander-M ballistic missile": a weapon's model, its kind after an adjective.
	const modelWeapon = !!nextSame && /^(?:ballistic|cruise|guided|hypersonic|kamikaze|attack|suicide|unmanned|anti-\w+|surface-to-\w+|air-to-\w+|short-range|long-range|main|battle)$/.test(nextSame.lower) && WEAPON_AFTER.test(ctx.tokens[c.t1 + 1]?.lower ?? '');
	if (modelWeapon && !toks[0].first || (modelWeapon && countryByDemonym(toks[0].text))) {
		const nation = countryByDemonym(toks[0].text);
		if (nation) out.push(mk(ctx, c, 'actor', groupName('military', nation.name), 'military', { country: nation.code, group: 'military' }));
		return true;
	}
	// ("the Abeche military base", "the Kati army camp", "the Sopore police station": a town's name before a post of the forces
	// places it in the town.)
	const postOfForces = !!nextSame && toks.length <= 2 && /^(?:military|army|police|naval|security|gendarmerie|paramilitary)$/.test(nextSame.lower) && FORCES_POST.test(ctx.tokens[c.t1 + 1]?.lower ?? '');
	if (postOfForces && !countryByNameOrDemonym(text) && findCity(text)) {
		out.push(mk(ctx, c, 'place', text, 'other', { place: { precision: 'unknown' } }));
		return true;
	}
	if (nextSame && !toks[0].first && (airBase || (THING_AFTER.test(nextSame.lower) && (toks.length >= 2 || !WEAPON_AFTER.test(nextSame.lower))))) {
		const nation = countryByDemonym(toks[0].text);
		if (WEAPON_AFTER.test(nextSame.lower) && nation) out.push(mk(ctx, c, 'actor', groupName('military', nation.name), 'military', { country: nation.code, group: 'military' }));
		else if (!WEAPON_AFTER.test(nextSame.lower)) out.push(mk(ctx, c, 'actor', `${text} ${airBase ? `air ${ctx.tokens[c.t1 + 1].text}` : nextSame.text}`, 'facility'));
		return true;
	}
	// ("marched along Salah Salem Road", "blocked the Okuk Highway": a street or a road is a place, never a person.)
	if (toks.length >= 2 && LANDMARK_LAST.test(text) && !/\s(?:Park|Gate)$/.test(text)) {
		out.push(mk(ctx, c, 'place', text, 'other', { place: { precision: 'unknown' } }));
		return true;
	}
	// "Kfar Roummane", "Deir al-Balah", "Complexo da Mare": a place's generic word leads the name.
	if (toks.length >= 2 && PLACE_FIRST.test(toks[0].text)) {
		out.push(mk(ctx, c, 'place', text, 'other', { place: { precision: 'unknown' } }));
		return true;
	}
	// "Los Lobos", "Las Chapitas": a plural article leads a group's name, never a person's; so does an armed movement's
	// word ("Jaish al-Fursan", "Dawlah Islamiyah", "Ansar al-Sunna").
	if (toks.length >= 2 && (PLURAL_ARTICLE_FIRST.test(toks[0].text) || ARMED_NAME_FIRST.test(toks[0].text))) {
		const around = ctx.work.slice(Math.max(0, c.start - 120), c.end + 120).toLowerCase();
		out.push(mk(ctx, c, 'actor', text, ARMED_NAME_FIRST.test(toks[0].text) || ARMED_CONTEXT.test(around) ? 'armed_group' : 'organization'));
		return true;
	}
	// "the Finance Bill", "the Minsk Accord", "the Patriot Act": a law or a pact is named, no one who acts.
	if (toks.length >= 2 && DOCUMENT_LAST.test(toks[toks.length - 1].text)) return true;
	// ("Syrian General Security forces": a people and a title with no name after it name no one.)
	if (toks.length === 2 && TITLE_HEAD.has(toks[1].lower) && countryByNameOrDemonym(toks[0].text)) return true;
	// ("in the El Paraiso parish of Caracas": a name before a division's noun is a place's.)
	// (Followed by "of" and its town, it is a part of that town, which the town's own name places: no namesake elsewhere.)
	if (nextSame && SUBDIVISION_NOUN.test(nextSame.lower) && !toks[0].first) {
		if (ctx.tokens[c.t1 + 1]?.lower !== 'of') out.push(mk(ctx, c, 'place', text, 'other', { place: { precision: 'unknown' } }));
		return true;
	}
	// ("outside the National Congress": a legislature, no one's name.)
	if (toks.length >= 2 && LEGISLATURE_LAST.test(toks[toks.length - 1].text)) {
		out.push(mk(ctx, c, 'actor', text, 'government'));
		return true;
	}
	// Two to four name-like words: a person.
	if (toks.length >= 2 && toks.length <= 4 && toks.every((t) => /^\p{Lu}[\p{L}'.-]*$/u.test(t.text) || NAME_PARTICLE.test(t.lower))) {
		out.push(mk(ctx, c, 'actor', text, 'person'));
		return true;
	}
	if (toks.length === 1) {
		// A lone capitalised word: a surname or a short name; the resolver decides.
		out.push(mk(ctx, c, 'actor', text, 'other'));
	}
	return true;
}

const AGENCY_AFTER_GENERAL = new Set(['security', 'intelligence', 'directorate', 'staff', 'command', 'assembly', 'prosecutor', 'prosecutor\'s', 'inspectorate', 'administration', 'union', 'confederation', 'council', 'court', 'hospital', 'election', 'elections', 'strike', 'motors', 'electric']);

// Words after "of" that stay in a title: "Secretary of State", "Chief of Staff", "Minister of Foreign Affairs".
const TITLE_OF = new Set(['state', 'defense', 'defence', 'staff', 'foreign', 'affairs', 'interior', 'justice', 'health', 'finance', 'homeland', 'security', 'the', 'army', 'navy', 'joint', 'chiefs', 'police', 'information', 'energy', 'education', 'trade', 'commerce', 'agriculture', 'labor', 'labour', 'treasury', 'internal', 'home', 'national', 'public', 'war']);

/**
 * The last token of the title that opens a chunk, or -1: the run of title words from the first one
 * ("Defense Minister Gen. X"), with "of State"-like complements. A title word after the name has begun
 * is part of the name ("President Hassan Sheikh Mohamud").
 */
function titleEnd(toks: Token[]): number {
	// ("General Security forces", "General Intelligence Directorate": an agency's name, no general.)
	let k = toks.findIndex((t, i) => TITLE_HEAD.has(t.lower) && !(t.lower === 'general' && AGENCY_AFTER_GENERAL.has(toks[i + 1]?.lower ?? '')));
	if (k < 0 || k >= toks.length - 1) return -1;
	for (;;) {
		const next = toks[k + 1];
		if (!next || k + 1 >= toks.length - 1) break;
		if (TITLE_HEAD.has(next.lower) || next.text === '.') k++;
		else if (next.lower === 'of' && TITLE_OF.has(toks[k + 2]?.lower ?? '')) {
			k += 2;
			while (k + 1 < toks.length - 1 && TITLE_OF.has(toks[k + 1].lower)) k++;
		} else break;
	}
	return toks[k].text === '.' ? k - 1 : k;
}

function orgHead(toks: Token[]): ActorKind | undefined {
	for (let k = toks.length - 1; k >= 0; k--) {
		const l = toks[k].lower;
		const kind = ORG_HEAD.get(l.endsWith("'s") ? l.slice(0, -2) : l);
		if (kind && !(k === 0 && toks.length === 1)) return kind;
	}
	if (toks.length === 1 && ORG_HEAD.has(toks[0].lower)) return undefined;
	return undefined;
}

/** The parenthesised name starting at token `t` ("(Rakhine)", "(Hebron, West Bank)") is a first-level region, a town or a country. */
function containerInParens(tokens: Token[], t: number): boolean {
	// ("Mozogo (Mayo-Tsanaga, Extreme-Nord)": any name of the list may be the one the gazetteers know, often the last.)
	let words: string[] = [];
	const known = () => {
		const name = words.join(' ');
		return name.length >= 3 && (regionCountries(name).size > 0 || !!countryByName(name) || (findCity(name)?.population ?? 0) >= 20_000);
	};
	for (let k = t; k < tokens.length && k < t + 12 && tokens[k].sentence === tokens[t].sentence; k++) {
		if (tokens[k].text === ')' || tokens[k].text === ',') {
			if (known()) return true;
			if (tokens[k].text === ')') return false;
			words = [];
			continue;
		}
		if (!isCapTok(tokens[k]) && !/^(?:and|of|el|al|de)$/.test(tokens[k].lower)) return false;
		words.push(tokens[k].text);
	}
	return false;
}

/** "(Jenin, West Bank)": the token is in a parenthesised list of names (capitalised words and commas back to "("). */
function inParentheses(tokens: Token[], t0: number): boolean {
	for (let k = t0 - 1, n = 0; k >= 0 && n < 8; k--, n++) {
		const t = tokens[k];
		if (t.sentence !== tokens[t0].sentence) return false;
		if (t.text === '(') return true;
		if (t.text !== ',' && !/^\p{Lu}/u.test(t.text)) return false;
	}
	return false;
}

/** Do the capitalised words before the bracket at `open` start with the acronym's letter, three or more of them? */
function abbreviatesNameBefore(tokens: Token[], open: number, acronym: string): boolean {
	let first: Token | undefined;
	let caps = 0;
	let initials = '';
	for (let k = open - 1; k >= 0 && k >= open - 12 && tokens[k].sentence === tokens[open].sentence; k--) {
		const t = tokens[k];
		if (/^\p{Lu}/u.test(t.text) && t.lower !== 'the') {
			caps++;
			first = t;
			initials = t.text[0] + initials;
		} else if (!/^(?:of|in|and|for|the|de|du|la|des|el|al)$/.test(t.lower)) break;
	}
	// ("the Arakan Army (AA)": two words whose initials the acronym spells.)
	return !!first && first.text[0] === acronym[0] && (caps >= 3 || (caps === 2 && initials === acronym));
}

function isInPlaceList(tokens: Token[], t0: number): boolean {
	for (let k = t0 - 1, n = 0; k >= 0 && n < 8; k--, n++) {
		const t = tokens[k];
		if (t.sentence !== tokens[t0].sentence) return false;
		// ("attacked Napula (Macomia, Cabo Delgado)": what was attacked, with its districts.)
		if (PLACE_PREPS.has(t.lower) || PLACE_NOUNS.has(t.lower) || ASSAULT_VERB.test(t.lower)) return true;
		if (t.text === ')' || t.text === '.') return false;
	}
	return false;
}
