/**
 * The extraction pipeline, stage by stage. The order is the contract:
 *  1. clean      — mask boilerplate into a same-length working copy, so every
 *                  later offset is an offset into the raw text (clean.ts);
 *  2. segment    — sentences over the working copy (masked lines are blank);
 *  3. tokenize   — one regex pass; shape features computed once;
 *  4. timexes    — the temporal engine, searching the working copy (temporal/);
 *  5. entities   — named chunks (gazetteers, titles, org words) and lower-case
 *                  collective actors; both before events, which need them for roles;
 *  6. places     — geocoded before actors, because unnamed groups take the
 *                  country of their place ("police" in Celaya → Mexico) (storyCountries.ts);
 *  7. events     — triggers → refined types → per-clause events with roles
 *                  (events.ts, participants.ts, followup.ts);
 *  8. actors     — mentions merged into actors (aliases, back-references);
 *  9. dates      — each event dated by the temporal engine, in reading order (narrative.ts);
 * 10. assemble   — merges (merge.ts), final roles (eventRoles.ts), places (eventPlace.ts),
 *                  casualties (eventCasualties.ts), confidence, claims of responsibility (claims.ts);
 * 11. links      — salience order, then links between events (salience.ts).
 * Each stage is timed when a `timings` object is passed (for the benchmark).
 */
import type { Actor, ArticleInput, EventDate, Extraction, ExtractedEvent, Place, Timex } from '../core/types';
import { clean } from './clean';
import { segment, type Sentence } from './segment';
import { tokenize } from './tokens';
import { findTimexes } from './temporal/index';
import { tagEntities, titleCaseSentences } from './entities';
import { tagCollectives } from './collective';
import type { Mention } from './mentions';
import { buildEvents, type DraftEvent } from './events';
import { resolveActors } from './actors';
import { eventType } from './taxonomy';
import { confidence } from './confidence';
import { refineByFollowing } from './followup';
import { countryByCode, countryByName } from './countries';
import { asOfPublication, bareCongress, rebindSharedAcronyms } from './known';
import { capitalOf, countryName } from './geo';
import { lowerKeepingOffsets } from './lower';
import { locate, mentionCountry } from './storyCountries';
import { refineByParticipants } from './participants';
import { dateDrafts } from './narrative';
import { absorbIntoProtests, mergeHeadline, mergeReferences, mergeSame, mergeElaborations } from './merge';
import { settleRoles } from './eventRoles';
import { eventPlace, ON_THE_GROUND, placeFromEarlier, townToldNext } from './eventPlace';
import { casualtiesFor, sentenceOwners, tollRisenLater, tollToldLater } from './eventCasualties';
import { maskNamedNumbers, protestDeaths } from './casualties';
import { maskGrievance } from './lexicon';
import { claimedAgents } from './claims';
import { ANNIVERSARY_FRAME } from './classify';
import { orderAndLink } from './salience';
import { insideQuote } from './temporal/rules';

export type Timings = Record<string, number>;

const WORDS_ONLY_TYPES: ReadonlySet<string> = new Set(['statement', 'accusation', 'threat']);

/** Whether two events' dates may be one day's: their intervals meet, or one is unknown. */
function datesMeet(a: EventDate | undefined, b: EventDate | undefined): boolean {
	if (!a?.interval || !b?.interval) return true;
	return a.interval.start < b.interval.end && b.interval.start < a.interval.end;
}

const REVIEW_TITLE = /^\s*(?:(?:film|movie|book|theatre|theater|play|stage|album|tv|television|series|game|opera|dance|art|exhibition)\s+)?review\s*[:|\u2013\u2014-]/i;

// ("hurled a grenade at the Islamabad police station in Amritsar": a place name that names a facility somewhere else.)
const FACILITY_ELSEWHERE = /^\s+(?:police station|police post|police checkpoint|school|hospital|mosque|church|temple|market|bazaar|gate|prison|jail|university|college|bus (?:station|stand|terminal)|railway station)\s+(?:in|at|of)\s+(?:the\s+)?\p{Lu}/u;
function namesFacilityElsewhere(work: string, m: { start: number; end: number }): boolean {
	return /\bthe\s+$/i.test(work.slice(Math.max(0, m.start - 5), m.start)) && FACILITY_ELSEWHERE.test(work.slice(m.end, m.end + 60));
}

export interface PipelineInput extends ArticleInput {
	published: string;
	publishedInferred?: boolean;
}

const now = () => performance.now();

export function runPipeline(input: PipelineInput, timings?: Timings): Extraction {
	const raw = input.text;
	let t = timings ? now() : 0;
	const lap = (name: string) => {
		if (!timings) return;
		const n = now();
		timings[name] = (timings[name] ?? 0) + (n - t);
		t = n;
	};

	const { work } = clean(raw);
	lap('clean');
	const sentences = segment(work);
	lap('segment');
	const tokens = tokenize(work, sentences);
	const lower = lowerKeepingOffsets(work);
	lap('tokenize');
	const timexes: Timex[] = findTimexes(raw, input.published, { mask: work });
	lap('timexes');

	const titleCase = titleCaseSentences(tokens);
	// Headlines: title-case lines, and a first line with no closing stop ("Gunmen kill 27 in attack on Benue villages"
	// above the story): its event is the one the body tells.
	const headlines = new Set(titleCase);
	if (sentences.length > 1 && isHeadlineLine(raw, sentences[0])) headlines.add(0);
	const seenMid = new Set<string>();
	for (const tk of tokens) if (tk.cap && !tk.first && !titleCase.has(tk.sentence)) seenMid.add(tk.text.endsWith("'s") ? tk.text.slice(0, -2) : tk.text);
	for (const tk of tokens) if (tk.text.endsWith("'s") && seenMid.has(tk.text.slice(0, -2))) seenMid.add(tk.text);
	const named = tagEntities({ raw, work, tokens, seenMidSentence: seenMid, titleCase }).filter((m) => !(m.what === 'place' && namesFacilityElsewhere(work, m)));
	const collectives = tagCollectives(work, lower, sentences, named);
	lap('entities');

	const located = locate(raw, work, named);
	const { places, placeIdOf, articleCountries } = located;
	rebindSharedAcronyms(named, raw, articleCountries);
	const placeById = new Map(places.map((p) => [p.id, p]));
	const homeCountry = articleCountries[0] ? countryName(articleCountries[0]) : undefined;
	const placeMemo = new Map<DraftEvent, string | undefined>();
	const placeOfDraft = (d: DraftEvent) => {
		if (!placeMemo.has(d)) placeMemo.set(d, eventPlace(d, placeMentions, placeIdOf, placeById, work, homeCountry));
		return placeMemo.get(d);
	};
	lap('places');

	const actorsMentions = dropInBrackets(work, named, dropContained([...named.filter((m) => m.what === 'actor'), ...collectives]));
	const mentionsBySentence = new Map<number, Mention[]>();
	for (const m of actorsMentions) {
		const list = mentionsBySentence.get(m.sentence);
		if (list) list.push(m);
		else mentionsBySentence.set(m.sentence, [m]);
	}
	const placeMentions = named.filter((m) => m.what === 'place');
	const timexSentence = (s: Sentence, at: number) => timexes.some((x) => (x.type === 'DATE' || x.type === 'TIME') && x.start >= s.start && x.end <= s.end && Math.abs(x.start - at) < 200);
	const draftsRaw = buildEvents({ work, lower, sentences, mentionsBySentence, placeMentions, hasOwnDate: timexSentence, titleCase, hasDateNear: (at) => timexes.some((x) => (x.type === 'DATE' || x.type === 'TIME') && x.start >= at - 40 && x.start <= at + 80) });
	const drafts = mergeElaborations(refineByFollowing(draftsRaw.map((d) => refineByParticipants(d, lower)), sentences, lower), sentences, lower);
	lap('events');

	const { actors, idOf: actorIdOf } = resolveActors(raw, work, [...named.filter((m) => m.what === 'actor'), ...collectives], mentionCountry(named, work, located));
	// A movement that has come to govern a state acts as its forces in stories told since ("Taliban forces" after August 2021).
	for (const a of actors) {
		const now = asOfPublication(a.name, input.published);
		if (now) {
			a.kind = now.kind;
			a.country = countryByCode(now.country)?.name ?? a.country;
		}
	}
	// (Where the story names no American place or party, "Congress" alone is its own country's: see bareCongress.)
	const congress = actors.find((a) => a.name === 'U.S. Congress' && a.mentions.every((m) => m.text === 'Congress'));
	const localCongress = congress && !articleCountries.includes('US') && bareCongress(articleCountries[0], homeCountry);
	if (congress && localCongress) Object.assign(congress, localCongress);
	lap('actors');

	const dateOf = dateDrafts(drafts, sentences, raw, work, timexes, input.published);
	lap('dates');
	let merged = absorbIntoProtests(mergeReferences(drafts, placeMentions, placeIdOf, dateOf, work), sentences, lower);
	merged = mergeHeadline(merged, headlines);
	merged = mergeSame(merged, dateOf, placeOfDraft, placeById, work);
	// ('"They shot my friends one by one," said Faith Mutua': violence told only inside a quotation, with no day of its own, is
	// what someone remembers or fears, not an event the story reports.)
	merged = merged.filter((d) => !(eventType(d.type).violent && dateOf.get(d)?.basis !== 'explicit' && d.hits.every((h) => insideQuote(raw, h.start))));
	// ("Hundreds gathered at Garissa University on Wednesday to mark 10 years since al-Shabab gunmen stormed the campus … The
	// siege lasted about 15 hours before Kenyan special forces killed the attackers": in a story that marks an anniversary,
	// violence told with no day of its own is the violence remembered.)
	const lead = sentences.find((s) => !headlines.has(s.index));
	if (lead && ANNIVERSARY_FRAME.test(lower.slice(lead.start, lead.end))) merged = merged.filter((d) => !(eventType(d.type).violent && dateOf.get(d)?.basis !== 'explicit'));
	// ("Review: 'The Last Flight to Uli' stages the Biafran war with unflinching force": a review tells a work's scenes and
	// the history it restages, no violence it reports.)
	if (REVIEW_TITLE.test(input.title ?? '')) merged = merged.filter((d) => !eventType(d.type).violent);
	placeMemo.clear();
	const eventOf = new Map<DraftEvent, ExtractedEvent>();
	let owners: Map<number, number> | undefined;
	let tollLower: string | undefined;
	for (const d of merged) {
		const s = sentences[d.main.sentence];
		const date = dateOf.get(d)!;
		// ("… hit an explosive device near Douentza (coded to Douentza)": a coder's note says where the event is set.)
		const coded = codedPlace(d, sentences, work, placeMentions, placeIdOf, placeById);
		let ownPlace = coded ?? placeOfDraft(d);
		// ("… in the central Philippines at the weekend … an operation Sunday morning in a village of Las Navas town": the town
		// the next paragraph names, where it tells no other event.)
		if (!coded && ownPlace && (eventType(d.type).violent || ON_THE_GROUND.has(d.type))) {
			const movesOn = (k: number) => merged.some((o) => o !== d && o.main.sentence === k && !WORDS_ONLY_TYPES.has(o.type) && (o.another || !datesMeet(dateOf.get(o), date)));
			ownPlace = townToldNext(d, ownPlace, sentences, placeMentions, placeIdOf, placeById, work, movesOn) ?? ownPlace;
		}
		const placeCountry = places.find((p) => p.id === ownPlace)?.country ?? (articleCountries[0] ? countryByCode(articleCountries[0])?.name : undefined);
		const roles = settleRoles(d, { raw, actors, actorIdOf, mentionsBySentence, placeCountry });
		// ("Transitional President Assimi Goita signed a decree … dissolving all political parties in Mali": a government's act
		// placed only in its own country is done in the capital, where the story names it.)
		const ownGovernment = (a: Actor | undefined) => !!a && GOVERNING_KINDS.has(a.kind) && (!a.country || a.country === placeCountry);
		if (ownPlace && STATE_ACTS.has(d.type) && roles.some((r) => r.role === 'agent' && ownGovernment(actors.find((a) => a.id === r.actor)))) ownPlace = capitalNamed(places.find((p) => p.id === ownPlace), places) ?? ownPlace;
		// "Russian forces captured the village of Krynky": a foreign state's capture is a takeover, not the government
		// of the place regaining it.
		// ("Rwandan and Mozambican troops recaptured Mocimboa da Praia": with the place's own forces beside them, it is regained.)
		const agentActors = roles.filter((r) => r.role === 'agent').map((r) => actors.find((a) => a.id === r.actor));
		if (d.type === 'territory_regained' && placeCountry && agentActors.some((a) => isForeignForce(a, placeCountry)) && !agentActors.some((a) => isHomeForce(a, placeCountry))) d.type = 'territory_taken';
		const def = eventType(d.type);
		// (A place carried over from an earlier sentence is too weak a sign to set whose forces the unnamed actors are.)
		const place = ownPlace ?? placeFromEarlier(d, sentences, placeMentions, placeIdOf, placeById, work, homeCountry);
		// ("Demonstrations on June 25 left at least 16 people dead": a protest's own dead are counted too.)
		const cas = def.violent || d.type === 'looting' ? casualtiesFor(d, sentences, (tollLower ??= maskNamedNumbers(work, lower)), (owners ??= sentenceOwners(merged))) : def.acled.eventType === 'Protests' ? { fatalities: protestDeaths(maskGrievance(lower.slice(s.start, s.end))) } : {};
		// ("… killing at least two people … By midday on Monday, the toll had risen to four": the latest toll, told further on.)
		if (def.violent && cas.fatalities !== undefined) {
			const risen = tollRisenLater(d, sentences, tollLower!, (j) => merged.some((o) => o !== d && o.main.sentence === j && eventType(o.type).violent));
			if (risen !== undefined && risen > cas.fatalities) cas.fatalities = risen;
		}
		// ("… relatives killed when artillery shells slammed into the camp … A doctor said the toll had risen to fourteen": a
		// lead that tells dead without a count, counted further on.)
		if (def.violent && cas.fatalities === undefined) {
			// (A source's count with no doer, "The Sudan Doctors Network said nine people had been killed", is a toll, not another event.)
			const later = tollToldLater(d, sentences, (tollLower ??= maskNamedNumbers(work, lower)), (j) => merged.some((o) => o !== d && o.main.sentence === j && eventType(o.type).violent && !o.referenceOnly && o.roles.some((r) => r.role === 'agent')));
			if (later !== undefined) cas.fatalities = later;
		}
		// ("Armed men killed Rogelio Salgado", "beat to death Jean-Claude Niyonkuru": each person named right after a killing
		// verb is one dead, where no count was told.)
		if (def.violent && cas.fatalities === undefined) {
			const named = killedByName(d, work, mentionsBySentence);
			if (named) cas.fatalities = named;
		}
		const evidence = { start: s.start, end: s.end, text: raw.slice(s.start, s.end) };
		const ev: ExtractedEvent = {
			id: '',
			type: d.type,
			plover: def.plover,
			acled: { eventType: def.acled.eventType, subEventType: def.acled.subEventType },
			date,
			roles,
			evidence,
			confidence: confidence({
				strength: Math.max(...d.hits.map((h) => h.strength)),
				explicitDate: date.basis === 'explicit',
				agent: roles.some((r) => r.role === 'agent'),
				target: roles.some((r) => r.role === 'target' || r.role === 'victim'),
				place: !!place,
				casualties: cas.fatalities !== undefined || cas.injuries !== undefined,
				hedged: d.hedged,
				nominalOnly: d.hits.every((h) => h.nominal),
				publishedInferred: !!input.publishedInferred,
				mentions: d.hits.length,
				rank: def.rank
			}),
			trigger: { start: d.main.start, end: d.main.end, text: raw.slice(d.main.start, d.main.end) }
		};
		if (place) ev.place = place;
		if (cas.fatalities !== undefined) ev.fatalities = cas.fatalities;
		if (cas.injuries !== undefined) ev.injuries = cas.injuries;
		const source = roles.find((r) => r.role === 'source');
		if (source) ev.attributedTo = source.actor;
		eventOf.set(d, ev);
	}
	claimedAgents(work, sentences, mentionsBySentence, actorIdOf, actors, eventOf);
	lap('assemble');

	const { events, links } = orderAndLink(eventOf, headlines, sentences, raw, input.published);
	lap('links');
	return {
		article: {
			...(input.id !== undefined ? { id: input.id } : {}),
			...(input.url !== undefined ? { url: input.url } : {}),
			...(input.title !== undefined ? { title: input.title } : {}),
			...(input.source !== undefined ? { source: input.source } : {}),
			published: input.published,
			...(input.publishedInferred ? { publishedInferred: true } : {})
		},
		timexes,
		actors,
		places,
		events,
		links
	};
}

/** A state's force (or the state) of a country other than the place's. */
function isForeignForce(a: Actor | undefined, placeCountry: string): boolean {
	return !!a && (a.kind === 'military' || a.kind === 'state') && !!a.country && a.country !== placeCountry;
}

function isHomeForce(a: Actor | undefined, placeCountry: string): boolean {
	return !!a && (a.kind === 'military' || a.kind === 'state' || a.kind === 'government') && a.country === placeCountry;
}

/**
 * Drops mentions lying inside a strictly longer one. One sweep in (start, -end) order:
 * everything before a span either starts earlier or starts with it and ends later, so
 * it is contained when the furthest end seen so far reaches its end (pairwise
 * comparison was quadratic, minutes on hostile text with tens of thousands of names).
 */
function dropContained(ms: Mention[]): Mention[] {
	const order = [...ms].sort((a, b) => a.start - b.start || b.end - a.end);
	const dropped = new Set<Mention>();
	let maxEnd = -1;
	for (let i = 0; i < order.length; ) {
		// identical spans do not contain each other: decide the whole group before counting it
		let j = i;
		while (j < order.length && order[j].start === order[i].start && order[j].end === order[i].end) j++;
		for (let k = i; k < j; k++) if (maxEnd >= order[k].end && !order[k].backerOnly) dropped.add(order[k]);
		maxEnd = Math.max(maxEnd, order[i].end);
		i = j;
	}
	return dropped.size ? ms.filter((m) => !dropped.has(m)) : ms;
}

// ("(coded to Douentza)", or a sentence of its own after the event's: "Coded to Komanda, the nearest town.")
const CODED_TO = /\(\s*coded\s+to\s+([^()]{2,80})\)|(?:^|[.;]\s+)coded\s+to\s+(?:the\s+)?([^.;()]{2,80})/gi;

/** The place a coder's "(coded to X)" in the event's sentences, or in the one or two after, names, if the tagger found it there. */
function codedPlace(d: DraftEvent, sentences: Sentence[], work: string, placeMentions: Mention[], placeIdOf: Map<Mention, string>, placeById: Map<string, Place>): string | undefined {
	const last = Math.max(...d.sentences, d.main.sentence);
	for (const k of new Set([...d.sentences, last + 1, last + 2])) {
		const s = sentences[k];
		if (!s) continue;
		const text = work.slice(s.start, s.end);
		if (!/coded to/i.test(text)) continue;
		for (const m of text.matchAll(CODED_TO)) {
			const named = m[1] ?? m[2];
			const from = s.start + m.index! + m[0].indexOf(named);
			const mention = placeMentions.find((p) => p.start >= from && p.end <= from + named.length);
			const id = mention && placeIdOf.get(mention);
			// (Only a place the gazetteer found: "Sfax (coded to Sfax Ville)" keeps the town it could place.)
			if (id && placeById.get(id)?.lat !== undefined) return id;
		}
	}
	return undefined;
}

const KILLED_BEFORE = /^(?:killed|murdered|assassinated|executed|lynched|shot dead|shot and killed|beat to death|beaten to death|stabbed to death|hacked to death|burned to death|gunned down)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}$/;
const AND_BETWEEN = /^\s*(?:,\s*|\s+and\s+|,\s+and\s+)$/;

/** How many persons the event's main sentence names right after a killing verb ("killed Rogelio Salgado and his son"). */
function killedByName(d: DraftEvent, work: string, bySentence: Map<number, Mention[]>): number | undefined {
	const persons = (bySentence.get(d.main.sentence) ?? []).filter((m) => m.kind === 'person' && !m.group).sort((a, b) => a.start - b.start);
	let n = 0;
	let last: Mention | undefined;
	// (The killing verb must be one of the event's own words: "kidnapped a Briton, who was later killed" is no count of the
	// kidnapping's.)
	const ownKilling = (m: Mention) => d.hits.some((h) => h.start < m.start && m.start - h.end <= 30 && KILLED_BEFORE.test(work.slice(h.start, m.start).toLowerCase()));
	for (const m of persons) {
		if (ownKilling(m) || (last && AND_BETWEEN.test(work.slice(last.end, m.start)))) {
			n++;
			last = m;
		}
	}
	return n || undefined;
}

const BRACKET_ALIAS = /^\s*\(\s*[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*){0,2}\s*\)/;

// "(Ramallah and al-Bireh, West Bank)": the divisions a place is in, names and commas only.
const BRACKET_DIVISIONS = /^\s*\(\s*\p{L}[\p{L}'.\s-]{0,40}(?:,\s*\p{L}[\p{L}'.\s-]{0,40}){0,3}\)/u;

/**
 * Names in brackets right after a name, read as actors, stand nearer a verb than its subject: "Islamic State Sahel
 * Province (IS Sahel) militants attacked" (a short name after a group's: its alias, which the actor stage binds; "the
 * National Liberation Army (ELN) guerrilla group and FARC dissidents" are two sides, not three) and "settlers raided
 * Turmus Ayya (Ramallah and al-Bireh, West Bank) and torched" (the divisions a place is in). Neither is a second actor.
 */
function dropInBrackets(work: string, named: Mention[], ms: Mention[]): Mention[] {
	const spans: Array<[number, number]> = [];
	const bracketAfter = (m: Mention) => work.charCodeAt(m.end) === 32 && work[m.end + 1] === '(';
	for (const m of ms) {
		// ("Mexican army troops (SEDENA)": a state force's own acronym in brackets after it is its name, not another actor.)
		if ((m.group && m.group !== 'military' && m.group !== 'police') || m.kind === 'person' || m.kind === 'state' || m.kind === 'other' || !bracketAfter(m)) continue;
		const alias = BRACKET_ALIAS.exec(work.slice(m.end, m.end + 40));
		if (alias) spans.push([m.end, m.end + alias[0].length]);
	}
	for (const m of named) {
		if (m.what !== 'place' || !bracketAfter(m)) continue;
		const divisions = BRACKET_DIVISIONS.exec(work.slice(m.end, m.end + 180));
		if (divisions) spans.push([m.end, m.end + divisions[0].length]);
	}
	return spans.length ? ms.filter((m) => !spans.some(([a, b]) => m.start > a && m.end < b)) : ms;
}

/** A first line that ends without a stop and is followed by a line break: a headline above the story. */
function isHeadlineLine(raw: string, s: Sentence): boolean {
	const line = raw.slice(s.start, s.end).trimEnd();
	return !/[.!?:"'\u201d\u2019)]$/.test(line) && /^[ \t]*\r?\n/.test(raw.slice(s.start + line.length, s.start + line.length + 4)) && line.split(/\s+/).length >= 4;
}

// A government's own acts, done where it sits: decrees, bans, orders, sanctions, agreements.
const STATE_ACTS: ReadonlySet<string> = new Set(['group_change', 'order', 'sanction', 'agreement']);
const GOVERNING_KINDS: ReadonlySet<string> = new Set(['government', 'state', 'person', 'military']);

/** The story's place that is the capital of the country `wide` names, when `wide` is that country and nothing finer. */
function capitalNamed(wide: Place | undefined, places: Place[]): string | undefined {
	if (!wide || wide.precision !== 'country' || !wide.country) return undefined;
	const code = countryByName(wide.country)?.code;
	const capital = code ? capitalOf(code) : undefined;
	if (!capital) return undefined;
	return places.find((p) => p.precision === 'city' && p.country === wide.country && p.lat !== undefined && p.lon !== undefined && Math.abs(p.lat - capital.lat) < 0.2 && Math.abs(p.lon - capital.lon) < 0.2)?.id;
}
