/**
 * The extraction pipeline, stage by stage. The order is the contract:
 *  1. clean      — mask boilerplate into a same-length working copy, so every
 *                  later offset is an offset into the raw text;
 *  2. segment    — sentences over the working copy (masked lines are blank);
 *  3. tokenize   — one regex pass; shape features computed once;
 *  4. timexes    — the temporal engine, searching the working copy;
 *  5. entities   — named chunks (gazetteers, titles, org words) and lower-case
 *                  collective actors; both before events, which need them for roles;
 *  6. places     — geocoded before actors, because unnamed groups take the
 *                  country of their place ("police" in Celaya → Mexico);
 *  7. events     — triggers → refined types → per-clause events with roles;
 *  8. actors     — mentions merged into actors (aliases, back-references);
 *  9. dates      — each event dated by the temporal engine, in reading order;
 * 10. assemble   — merges, casualties, places of events, confidence;
 * 11. links      — salience order, then links between events.
 * Each stage is timed when a `timings` object is passed (for the benchmark).
 */
import type { Actor, ActorKind, ArticleInput, EventDate, EventLink, Extraction, ExtractedEvent, Place, Role, Span, Timex } from '../core/types';
import { clean } from './clean';
import { segment, type Sentence } from './segment';
import { tokenize } from './tokens';
import { dateEvent, findTimexes } from './temporal/index';
import { tagEntities, titleCaseSentences } from './entities';
import { tagCollectives } from './collective';
import { ARMED_ACTOR_KINDS, ARMED_GROUP_CLASSES } from './groups';
import type { Mention } from './mentions';
import { resolvePlaces } from './places';
import { buildEvents, type DraftEvent } from './events';
import { resolveActors } from './actors';
import { findCasualties } from './casualties';
import { eventType } from './taxonomy';
import { confidence } from './confidence';
import { refineProtest } from './classify';
import { refineByFollowing } from './followup';
import { agreedCountry, reconcilePlaces } from './regions';
import { countryByCode, countryByDemonym, countryByName } from './countries';
import { cityCountries, countryName, findCity } from './geo';
import { ASIDE, CAUSE_CUE, RESPONSE_CUE } from './lexicon';
import { lowerKeepingOffsets } from './lower';

export type Timings = Record<string, number>;

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
	const seenMid = new Set<string>();
	for (const tk of tokens) if (tk.cap && !tk.first && !titleCase.has(tk.sentence)) seenMid.add(tk.text.endsWith("'s") ? tk.text.slice(0, -2) : tk.text);
	for (const tk of tokens) if (tk.text.endsWith("'s") && seenMid.has(tk.text.slice(0, -2))) seenMid.add(tk.text);
	const named = tagEntities({ raw, work, tokens, seenMidSentence: seenMid, titleCase });
	const collectives = tagCollectives(work, lower, sentences, tokens, named);
	lap('entities');

	// Country names come back again and again (each place, each sentence): each is looked up once.
	const countryOf = new Map<string, ReturnType<typeof countryByName>>();
	const countryNamed = (name: string) => {
		if (!countryOf.has(name)) countryOf.set(name, countryByName(name));
		return countryOf.get(name);
	};
	// Countries the article is about: states and places named, in order of frequency.
	const votes = new Map<string, number>();
	const vote = (c: string | undefined, w = 1) => c && votes.set(c, (votes.get(c) ?? 0) + w);
	// "the US dollar" names a currency, not a party to the story.
	// A dateline says where the reporter was ("WASHINGTON -" over a story from Tanzania): it votes only through the town lookup below.
	const namesCurrency = (m: Mention) => /^\s*dollars?\b/i.test(work.slice(m.end, m.end + 10));
	for (const m of named) if (m.country && (m.kind === 'state' || m.what === 'place') && !m.dateline && !namesCurrency(m)) vote(m.country, m.what === 'place' ? 2 : 1);
	for (const m of named) if (m.what === 'place' && !m.country && !countryNamed(m.name)) {
		const c = findCity(m.name, []);
		// "said here Friday": wire copy that says "here" means the dateline's town.
		if (c && c.population >= 20000) vote(c.country, m.dateline && /\bhere\b/.test(work) ? 3 : 1);
	}
	// Place names that agree on a country outvote the most populous homonym:
	// "San Juan, Lagunillas, Merida state" are together only in Venezuela.
	const together = new Map<string, number>();
	const placeNames = new Set(named.filter((m) => m.what === 'place' && !m.country && !m.dateline).map((m) => m.name));
	// Both votes below ask for the countries of each name: asked once.
	const townsOf = new Map<string, Set<string>>();
	const townCountries = (n: string) => {
		let c = townsOf.get(n);
		if (!c) townsOf.set(n, (c = cityCountries(n)));
		return c;
	};
	if (placeNames.size >= 2) {
		for (const n of placeNames) for (const c of townCountries(n)) together.set(c, (together.get(c) ?? 0) + 1);
		const best = [...together.entries()].sort((a, b) => b[1] - a[1]);
		if (best[0] && best[0][1] >= 2 && (!best[1] || best[0][1] > best[1][1])) vote(best[0][0], 3);
	}
	// Towns and the regions written beside them agree on one country ("Trujillo, La Libertad" → Peru).
	const agreed = agreedCountry(placeNames, townCountries);
	if (agreed) vote(agreed, 6);
	const ranked = () => [...votes.entries()].sort((a, b) => b[1] - a[1]).map(([c]) => c);
	const { places, idOf: placeIdOf } = resolvePlaces(raw, work, named, ranked());
	reconcilePlaces(places, agreed);
	const datelineAt = new Set(named.filter((m) => m.dateline).map((m) => m.start));
	for (const p of places) if (p.country && p.precision === 'city' && p.mentions.some((x) => !datelineAt.has(x.start))) vote(countryNamed(p.country)?.code, 2);
	// The last vote is in: ranked once here, not again for every unplaced group and event.
	const articleCountries = ranked();
	const placeByIdAll = new Map(places.map((p) => [p.id, p]));
	const homeCountry = articleCountries[0] ? countryName(articleCountries[0]) : undefined;
	const placeMemo = new Map<DraftEvent, string | undefined>();
	const placeOfDraft = (d: DraftEvent) => {
		if (!placeMemo.has(d)) placeMemo.set(d, eventPlace(d, placeMentions, placeIdOf, placeByIdAll, work, homeCountry));
		return placeMemo.get(d);
	};
	lap('places');

	const actorsMentions = dropContained([...named.filter((m) => m.what === 'actor'), ...collectives]);
	const mentionsBySentence = new Map<number, Mention[]>();
	for (const m of actorsMentions) {
		const list = mentionsBySentence.get(m.sentence);
		if (list) list.push(m);
		else mentionsBySentence.set(m.sentence, [m]);
	}
	const placeMentions = named.filter((m) => m.what === 'place');
	const timexSentence = (s: Sentence, at: number) => timexes.some((x) => (x.type === 'DATE' || x.type === 'TIME') && x.start >= s.start && x.end <= s.end && Math.abs(x.start - at) < 200);
	const draftsRaw = buildEvents({ work, lower, sentences, mentionsBySentence, hasOwnDate: timexSentence, titleCase, hasDateNear: (at) => timexes.some((x) => (x.type === 'DATE' || x.type === 'TIME') && x.start >= at - 40 && x.start <= at + 80) });
	const drafts = refineByFollowing(draftsRaw.map((d) => refineByParticipants(d, lower)), sentences, lower);
	lap('events');

	// The first place mention of each sentence whose place has a country.
	const placeCountryBySentence = new Map<number, string>();
	for (const pm of placeMentions) {
		// "BEIRUT (AP) — Four civilians were killed in Ariha, Syria": the dateline is not where they were.
		if (placeCountryBySentence.has(pm.sentence) || pm.dateline) continue;
		const p = placeByIdAll.get(placeIdOf.get(pm) ?? '');
		const code = p?.country ? countryNamed(p.country)?.code : undefined;
		if (code) placeCountryBySentence.set(pm.sentence, code);
	}
	const sentencePlaceCountry = (sentence: number): string | undefined => placeCountryBySentence.get(sentence);
	// With no place named, the one state a sentence names is whose police, army or officials it tells of: "Armed gangs
	// attacked Haiti's airport, exchanging fire with police" (police of Haiti, in a story filed from elsewhere).
	// (Crowds and civilians are often foreigners where they are: "the U.S. embassies" does not make the victims American.)
	const soleState = soleStateBySentence(named.filter((m) => !namesCurrency(m)), work);
	const { actors, idOf: actorIdOf } = resolveActors(raw, work, [...named.filter((m) => m.what === 'actor'), ...collectives], (m) => sentencePlaceCountry(m.sentence) ?? (STATE_ORGANS.has(m.group ?? '') ? soleState(m.sentence) : undefined) ?? articleCountries[0]);
	lap('actors');

	// Dates in reading order: an undated event inherits the narrative's last explicit date.
	const dateOf = new Map<DraftEvent, EventDate>();
	let previous: EventDate | null = null;
	const toldBefore = narrativeCursor(raw, timexes);
	for (const d of [...drafts].sort((a, b) => a.main.start - b.main.start)) {
		const s = sentences[d.main.sentence];
		// The narrative's time: the last date told before this sentence, if later in the text than the last event's.
		const told = toldBefore(s.start);
		const prev = told && (!previous || previous.timex === undefined || told.timex! > previous.timex) ? told : previous;
		let date = dateEvent({ text: raw, timexes, sentence: s, trigger: d.main, previous: prev, published: input.published });
		// Undated where it is told best, or dated only to its year or month ("for the 2020 murder of a teacher"):
		// another sentence telling it may say when ("The teacher was stabbed to death on Oct. 16, 2020").
		const coarse = date.basis === 'explicit' && (date.granularity === 'year' || date.granularity === 'month');
		if (date.basis !== 'explicit' || coarse) {
			const seen = new Set([d.main.sentence]);
			for (const h of d.hits) {
				if (seen.has(h.sentence) || seen.size > 4) continue;
				seen.add(h.sentence);
				const alt = dateEvent({ text: raw, timexes, sentence: sentences[h.sentence], trigger: h, previous: null, published: input.published });
				if (alt.basis !== 'explicit') continue;
				if (!coarse || (finer(alt, date) && within(alt, date))) {
					date = alt;
					break;
				}
			}
		}
		if (date.basis === 'explicit' && setsNarrativeTime(raw, timexes, date.timex)) previous = date;
		// "After X, Y …" moves the story on without saying when: the last date told no longer applies.
		if (date.basis === 'inherited' && /^\W*(after|following|later|subsequently|then)\b/i.test(work.slice(s.start, s.end))) {
			date = { value: null, basis: 'unknown' };
		}
		dateOf.set(d, date);
	}
	lap('dates');
	let merged = absorbIntoProtests(mergeReferences(drafts, placeMentions, placeIdOf, dateOf), sentences, lower);
	const placeById = new Map(places.map((p) => [p.id, p]));
	merged = mergeHeadline(merged, titleCase);
	merged = mergeSame(merged, dateOf, placeOfDraft, placeById, titleCase);
	placeMemo.clear();
	const events: ExtractedEvent[] = [];
	const eventOf = new Map<DraftEvent, ExtractedEvent>();
	let owners: Map<number, number> | undefined;
	const stateOf = (countryName: string | undefined) => actors.find((a) => a.kind === 'state' && a.country === countryName)?.id;
	for (const d of merged) {
		const def = eventType(d.type);
		const s = sentences[d.main.sentence];
		const date = dateOf.get(d)!;
		const roles = uniqueRoles(d.roles.map((r) => ({ role: r.role, actor: actorIdOf.get(r.mention) })).filter((r): r is { role: Role; actor: string } => !!r.actor));
		const placeCountry = (() => {
			const pid = placeOfDraft(d);
			const c = places.find((p) => p.id === pid)?.country;
			return c ?? (articleCountries[0] ? countryByCode(articleCountries[0])?.name : undefined);
		})();
		const actorOf = (id: string) => actors.find((a) => a.id === id);
		// A ship or a building does not act: named as a subject ("the tanker … took fire"), it is what was acted on.
		for (let k = roles.length - 1; k >= 0; k--) {
			if (roles[k].role !== 'agent' || actorOf(roles[k].actor)?.kind !== 'facility') continue;
			if (roles.some((r) => r.role === 'target' && r.actor === roles[k].actor)) roles.splice(k, 1);
			else roles[k].role = 'target';
		}
		if (d.type === 'protest_repression') {
			// Force used on demonstrators: whoever used it acts (ACLED's actor 1, "Police forces opened fire"), and the
			// crowd is its target, never the agent, however the sentence named them.
			for (const r of roles) if ((r.role === 'agent' || r.role === 'participant') && actorOf(r.actor)?.kind === 'protesters') r.role = 'target';
			if (!roles.some((r) => r.role === 'agent')) {
				const force = roles.find((r) => r.role === 'participant' && ARMED_ACTOR_KINDS.has(actorOf(r.actor)?.kind ?? ''));
				if (force) force.role = 'agent';
			}
			// The roles were read around the protest's word; the force is often the subject of another verb ("Police
			// opened fire on the protesters"), in the sentence or in the next one (which can make a march repression):
			// the first armed actor named there.
			if (!roles.some((r) => r.role === 'agent')) {
				const own = [...new Set(d.hits.map((h) => h.sentence))].sort((a, b) => a - b);
				const sentencesOfEvent = [...own, own[own.length - 1] + 1];
				const force = sentencesOfEvent
					.flatMap((k) => mentionsBySentence.get(k) ?? [])
					.map((m) => actorIdOf.get(m))
					.find((id): id is string => !!id && ARMED_ACTOR_KINDS.has(actorOf(id)?.kind ?? ''));
				if (force) roles.unshift({ role: 'agent', actor: force });
			}
			if (!roles.some((r) => (r.role === 'target' || r.role === 'victim') && actorOf(r.actor)?.kind === 'protesters')) {
				roles.push({ role: 'target', actor: ensureActor(actors, `Protesters${placeCountry ? ` (${placeCountry})` : ''}`, 'protesters', placeCountry).id });
			}
			// The force does not also suffer its own force.
			const agents = new Set(roles.filter((r) => r.role === 'agent').map((r) => r.actor));
			for (let k = roles.length - 1; k >= 0; k--) if (roles[k].role !== 'agent' && agents.has(roles[k].actor)) roles.splice(k, 1);
		} else if (def.acled.eventType === 'Protests' || def.acled.eventType === 'Riots') {
			// Demonstrators are the protest's agent whoever they are ("residents protested" → Protesters).
			const crowd = def.acled.eventType === 'Riots' ? 'Rioters' : 'Protesters';
			const agent = roles.find((r) => r.role === 'agent');
			const agentActor = agent && actorOf(agent.actor);
			if (!agentActor || !/^(protesters)$/.test(agentActor.kind) || (crowd === 'Rioters' && !/^Rioters/.test(agentActor.name))) {
				// The crowd is named by the agent's words only when they name no actor of their own: "Russia staged a
				// protest" keeps "Russia" for Russia, and the protesters do not take it as an alias (across articles, such
				// aliases made one crowd the namesake of every organiser).
				const agentMention = agentActor ? undefined : d.roles.find((r) => r.role === 'agent')?.mention;
				const crowdActor = ensureActor(actors, `${crowd}${placeCountry ? ` (${placeCountry})` : ''}`, 'protesters', placeCountry, agentMention ? { start: agentMention.start, end: agentMention.end, text: raw.slice(agentMention.start, agentMention.end) } : undefined);
				if (agent) agent.role = 'participant';
				roles.unshift({ role: 'agent', actor: crowdActor.id });
			}
			// "Police fired tear gas at demonstrators": the crowd acts in its protest and is not also its target.
			dropActingTargets(roles);
		}
		// An authorizer's state acts: "Trump ordered a strike" → the United States struck.
		if (def.violent && !roles.some((r) => r.role === 'agent')) {
			const auth = roles.find((r) => r.role === 'authorizer');
			const st = auth ? stateOf(actors.find((a) => a.id === auth.actor)?.country) : undefined;
			if (st) roles.push({ role: 'agent', actor: st });
		}
		// "Israeli forces raided the camp and clashed with militants": with no agent, the first armed party to a
		// violent event is its agent.
		if (def.violent && !roles.some((r) => r.role === 'agent')) {
			const party = roles.find((r) => r.role === 'participant' && ARMED_ACTOR_KINDS.has(actorOf(r.actor)?.kind ?? ''));
			if (party) party.role = 'agent';
		}
		// A killing with no perpetrator named still has one: unidentified.
		if (def.violent && !['Protests', 'Riots'].includes(def.acled.eventType) && !roles.some((r) => r.role === 'agent' || r.role === 'authorizer' || r.role === 'participant')) {
			const u = ensureActor(actors, `Unidentified armed group${placeCountry ? ` (${placeCountry})` : ''}`, 'armed_group', placeCountry);
			roles.unshift({ role: 'agent', actor: u.id });
		}
		// Who meets, agrees or speaks is not also the other side of it ("Biden and Putin met… since Biden took office").
		if (!def.violent) dropActingTargets(roles);
		// An actor does not target itself: drop targets of the agent's own state.
		const agentCountries = new Set(roles.filter((r) => r.role === 'agent').map((r) => actors.find((a) => a.id === r.actor)?.country).filter(Boolean));
		for (let k = roles.length - 1; k >= 0; k--) {
			const a = actors.find((x) => x.id === roles[k].actor);
			if (roles[k].role === 'target' && a?.kind === 'state' && agentCountries.has(a.country)) roles.splice(k, 1);
		}
		const place = placeOfDraft(d);
		const cas = def.violent || d.type === 'looting' ? casualtiesFor(d, sentences, lower, (owners ??= sentenceOwners(merged))) : {};
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
		events.push(ev);
		eventOf.set(d, ev);
	}
	claimedAgents(work, sentences, mentionsBySentence, actorIdOf, actors, eventOf);
	lap('assemble');

	// Salience: the taxonomy's rank first (violence before words), then text order;
	// the headline's event is the article's main event when it has one.
	// The lead — the first body sentence telling a substantive event — holds the main event.
	const substantive = [...eventOf.keys()].filter((d) => eventType(d.type).rank <= LEAD_RANK);
	const lead = Math.min(...substantive.flatMap((d) => d.hits.filter((h) => !titleCase.has(h.sentence)).map((h) => h.sentence)));
	// Each event's salience worked out once, not at every comparison of the sort.
	const causeHits = new Set([...eventOf.keys()].flatMap((d) => d.linkTo.map((l) => l.hit)));
	const rankOf = new Map([...eventOf].map(([d, e]) => [d, salience(d, e, lead, d.hits.some((h) => causeHits.has(h)))]));
	const salient = [...eventOf.entries()].sort(([a], [b]) => rankOf.get(a)! - rankOf.get(b)! || a.main.start - b.main.start);
	salient.forEach(([, e], i) => (e.id = `e${i + 1}`));
	const links: EventLink[] = [];
	for (const [d, e] of salient) {
		for (const l of d.linkTo) {
			const target = salient.find(([x]) => x.hits.includes(l.hit))?.[1];
			if (!target || target === e) continue;
			const s = sentences[l.hit.sentence];
			links.push({ from: e.id, to: target.id, relation: l.relation, evidence: { start: s.start, end: s.end, text: raw.slice(s.start, s.end) } });
		}
	}
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
		events: salient.map(([, e]) => e),
		links
	};
}

/** The actor of that name, created (with no mentions, or the one given) when absent. */
function ensureActor(actors: Actor[], name: string, kind: Actor['kind'], country: string | undefined, mention?: Span): Actor {
	let a = actors.find((x) => x.name === name);
	if (!a) {
		a = { id: `a${actors.length + 1}`, name, kind, mentions: [] };
		if (country) a.country = country;
		actors.push(a);
	}
	if (mention && !a.mentions.some((m) => m.start === mention.start && m.end === mention.end)) {
		a.mentions.push(mention);
		if (mention.text !== name) {
			a.aliases ??= [];
			if (!a.aliases.includes(mention.text)) a.aliases.push(mention.text);
		}
	}
	return a;
}

const ARMED_OBJECT = /^\s+(?:the\s+|a\s+|an\s+)?(?:[\w'-]+\s+){0,4}?(positions?|patrols?|checkpoints?|bases?|convoys?|outposts?|barracks|posts?|troops|soldiers|police(?:men)?|officers|militants|fighters|rebels|forces|camp|headquarters|front|frontline|lines|trenches)\b/;

/**
 * An "attack" on armed people is a clash (both sides armed); one by a crowd
 * of civilians is mob violence; a "clash" between groups of civilians too.
 */
function refineByParticipants(d: DraftEvent, lower: string): DraftEvent {
	// Only these types are refined here: the others (statements, the commonest) are left as they are.
	if (d.type !== 'attack' && d.type !== 'armed_clash' && d.type !== 'territory_regained') return d;
	const agents = d.roles.filter((r) => r.role === 'agent' || r.role === 'participant').map((r) => r.mention);
	const others = d.roles.filter((r) => r.role === 'target' || r.role === 'victim').map((r) => r.mention);
	const armed = (m: Mention) => (m.group ? ARMED_GROUP_CLASSES.has(m.group) : ARMED_ACTOR_KINDS.has(m.kind));
	const crowd = (m: Mention) => m.group === 'civilians' || m.group === 'rioters' || m.group === 'protesters';
	// A strike is one-sided whoever it hits.
	if (d.type === 'attack' && !d.hits.some((h) => /^(strikes?|struck)$/.test(h.word))) {
		if (agents.some(crowd) && !agents.some(armed)) d.type = 'mob_violence';
		else if (others.some(armed) || ARMED_OBJECT.test(lower.slice(d.main.end, d.main.end + 80).split(/\b(?:by|attributed to|claimed by|carried out by)\b/)[0])) {
			if (!others.some((m) => m.group === 'civilians')) d.type = 'armed_clash';
		}
	} else if (d.type === 'armed_clash' && agents.length && agents.every(crowd)) d.type = 'mob_violence';
	// Territory taken by rebels or militias is a non-state takeover; by state forces, regained.
	if (d.type === 'territory_regained' && agents.length && agents.every((m) => m.group === 'armed' || m.group === 'militia' || (!m.group && m.kind === 'armed_group'))) d.type = 'territory_taken';
	return d;
}

/**
 * The last date told before an offset that can set the narrative's time (a calendar date, not
 * a "since 2015" bound). Asked in reading order, it walks the timexes once (they are sorted and
 * disjoint); an earlier offset starts the walk again.
 */
function narrativeCursor(text: string, timexes: Timex[]): (at: number) => EventDate | null {
	const sets = timexes.map((t, i) => !!t.interval && (t.type === 'DATE' || t.type === 'TIME') && /^\d{4}-\d{2}/.test(t.value) && setsNarrativeTime(text, timexes, i));
	let next = 0;
	let last = -1;
	let lastAt = -Infinity;
	return (at) => {
		if (at < lastAt) {
			next = 0;
			last = -1;
		}
		lastAt = at;
		for (; next < timexes.length && timexes[next].end <= at; next++) if (sets[next]) last = next;
		const t = timexes[last];
		return t ? { value: t.value, interval: t.interval, granularity: t.granularity, timex: last, basis: 'inherited' } : null;
	};
}

// "has fought … since 2015", "stays shut until March": the date bounds an ongoing state;
// the story is not at that time, so later undated events must not inherit it.
const BOUNDING_CUE = /\b(?:ever\s+)?(?:since|until|till|through(?:out)?)\s+(?:(?:early|late|mid|the\s+(?:start|end|beginning|middle)\s+of)[\s-]+)?$/i;

// A response cue before a position in its sentence: "… overnight in retaliation for a strike on April 1".
const RESPONSE_BEFORE = new RegExp(String.raw`\b(?:${RESPONSE_CUE})\b[^.;!?]{0,100}$`, 'i');

export function setsNarrativeTime(text: string, timexes: Timex[], index: number | undefined): boolean {
	if (index === undefined || !timexes[index]) return true;
	const t = timexes[index];
	const before = text.slice(Math.max(0, t.start - 120), t.start);
	// The date of the event responded to is not the story's. (Asked of every timex: the substring tests pass over
	// most of them before any regex runs.)
	return !BOUNDING_CUE.test(before.slice(-40)) && !((before.includes(' re') || before.includes('aveng')) && RESPONSE_BEFORE.test(before));
}

const CLAIM = /\b(?:claimed|claims|claiming|took|takes|accepted|admitted)\s+(?:the\s+)?responsibility\b/i;
const NO_CLAIM = /\b(?:no|not|never|nobody|none|yet to|denied|denies|did not|has not|have not)\b[^,;]*$/i;
// "Marcos blamed \"foreign terrorists\" for the attack": who is blamed for an act already told.
const BLAME = /\b(?:(?:blamed|blames|blaming|accused|accuses|accusing)\s+([^.;]{1,80}?)\s+(?:for|of)\s+(?:carrying out\s+)?(?:the|this|that|these|those|sunday's|monday's|tuesday's|wednesday's|thursday's|friday's|saturday's)\s+(?:[\w'-]+\s+){0,2}?(?:attacks?|bombings?|blasts?|explosions?|strikes?|killings?|shootings?|assaults?|massacres?|ambush(?:es)?)\b|(?:blamed|blames)\s+((?:the\s+)?(?:[\w'-]+\s+){0,3}[\w'-]+)\s*\.)/i;
const CLAIMANT_KINDS: ReadonlySet<string> = new Set<ActorKind>(['armed_group', 'organization', 'political_party']);

/**
 * "Al-Shabab claimed responsibility for the attack", "Marcos blamed foreign terrorists for the attack": the
 * claimant, or who is blamed, is the agent of the violent event told before (or in its sentence) when the text
 * had named no one else. Neither overrides an agent the text names.
 */
function claimedAgents(work: string, sentences: Sentence[], bySentence: Map<number, Mention[]>, idOf: Map<Mention, string>, actors: Actor[], eventOf: Map<DraftEvent, ExtractedEvent>): void {
	// Most articles claim and blame nothing: one search of the text each, before any sentence is sliced or any event sorted.
	const claims = CLAIM.test(work);
	const blames = BLAME.test(work);
	if (!claims && !blames) return;
	const told = [...eventOf].sort(([a], [b]) => a.main.start - b.main.start);
	const actorOf = (m: Mention) => actors.find((a) => a.id === idOf.get(m));
	for (const s of sentences) {
		const body = work.slice(s.start, s.end);
		const mentions = (bySentence.get(s.index) ?? []).filter((m) => !m.backerOnly && idOf.has(m));
		let attributed: Actor | undefined;
		const claim = claims ? CLAIM.exec(body) : null;
		if (claim && !NO_CLAIM.test(body.slice(0, claim.index))) {
			const at = s.start + claim.index;
			// "al-Shabab, which is linked to al-Qaida, claimed…": an aside names someone else.
			const asides = [...body.matchAll(ASIDE)].map((x) => ({ start: s.start + x.index!, end: s.start + x.index! + x[0].length }));
			attributed = mentions
				.filter((m) => m.end <= at && !asides.some((x) => m.start >= x.start && m.end <= x.end))
				.map(actorOf)
				.filter((a): a is Actor => !!a && CLAIMANT_KINDS.has(a.kind))
				.pop();
		}
		const blame = !attributed && blames ? BLAME.exec(body) : null;
		if (blame) {
			// "blamed foreign terrorists for the attack", or a sentence that ends on who is blamed ("The charity blamed the RSF.").
			const who = blame[1] ?? blame[2];
			const from = s.start + blame.index + blame[0].indexOf(who);
			const to = from + who.length;
			attributed = mentions
				.filter((m) => m.start >= from && m.end <= to)
				.map(actorOf)
				.find((a): a is Actor => !!a && (CLAIMANT_KINDS.has(a.kind) || a.kind === 'armed_group'));
		}
		if (attributed) attributeTo(attributed, s, told, actors);
	}
}

/** The violent event told last by the end of sentence `s` takes `agent` if its own agents are all placeholders. */
function attributeTo(agent: Actor, s: Sentence, told: Array<[DraftEvent, ExtractedEvent]>, actors: Actor[]): void {
	const event = told
		.filter(([d, e]) => d.main.start <= s.end && eventType(e.type).violent)
		.map(([, e]) => e)
		.pop();
	if (!event) return;
	const agents = event.roles.filter((r) => r.role === 'agent');
	// ("Jihadist fighters" name no one either: a generic group, like an unidentified one, gives way to the claimant.)
	const unnamed = agents.every((r) => /^(?:Unidentified armed group|Armed group)\b/.test(actors.find((a) => a.id === r.actor)?.name ?? ''));
	if (!unnamed) return;
	event.roles = [{ role: 'agent', actor: agent.id }, ...event.roles.filter((r) => r.role !== 'agent' && r.actor !== agent.id)];
	// The placeholder for an unknown perpetrator goes when nothing else needs it.
	for (const r of agents) {
		const a = actors.find((x) => x.id === r.actor);
		if (a && a.mentions.length === 0 && !told.some(([, e]) => e.roles.some((x) => x.actor === a.id))) actors.splice(actors.indexOf(a), 1);
	}
}

// Types that can be a lead's main event: all but orders and words (a summit or a sanction can lead a story).
const LEAD_RANK = 6;

function salience(d: DraftEvent, e: ExtractedEvent, lead: number, respondedTo: boolean): number {
	const rank = eventType(d.type).rank;
	const inLead = rank <= LEAD_RANK && d.hits.some((h) => h.sentence === lead);
	// An event the lead names as the cause of another ("in retaliation for a strike", "rioted after police shot dead
	// a teenager") yields to that other, whatever their types.
	return (inLead ? 0 : 100) + rank * 10 + (respondedTo ? 50 : 0) - Math.min(3, d.hits.length) - (e.confidence > 0.6 ? 1 : 0);
}

const GRANULARITY_ORDER = ['year', 'season', 'quarter', 'month', 'week', 'day', 'part-of-day', 'hour', 'minute', 'second'];

/** Is `a` dated more precisely than `b`? */
function finer(a: EventDate, b: EventDate): boolean {
	return GRANULARITY_ORDER.indexOf(String(a.granularity)) > GRANULARITY_ORDER.indexOf(String(b.granularity));
}

/** Does `a`'s interval lie inside `b`'s? */
function within(a: EventDate, b: EventDate): boolean {
	return !!a.interval && !!b.interval && a.interval.start >= b.interval.start && a.interval.end <= b.interval.end;
}

/** The one state each sentence names by name, where it names exactly one. */
function soleStateBySentence(named: Mention[], work: string): (sentence: number) => string | undefined {
	const statesBySentence = new Map<number, Set<string>>();
	for (const m of named) {
		// (By its name: "ethnic Albanians" names a people, not where the story is.)
		if (m.kind !== 'state' || !m.country || m.dateline || m.backerOnly || countryByDemonym(work.slice(m.start, m.end))) continue;
		const set = statesBySentence.get(m.sentence) ?? new Set<string>();
		statesBySentence.set(m.sentence, set.add(m.country));
	}
	return (sentence) => {
		const set = statesBySentence.get(sentence);
		return set && set.size === 1 ? [...set][0] : undefined;
	};
}

const STATE_ORGANS: ReadonlySet<string> = new Set(['military', 'police', 'government']);

/** An actor that acts in an event is not also its target or victim (a clash between two groups of one name aside, where this is not called). */
function dropActingTargets(roles: Array<{ role: Role; actor: string }>): void {
	const acting = new Set(roles.filter((r) => r.role === 'agent').map((r) => r.actor));
	for (let k = roles.length - 1; k >= 0; k--) if ((roles[k].role === 'target' || roles[k].role === 'victim') && acting.has(roles[k].actor)) roles.splice(k, 1);
}

function uniqueRoles(rs: Array<{ role: Role; actor: string }>): Array<{ role: Role; actor: string }> {
	const seen = new Set<string>();
	return rs.filter((r) => {
		const k = `${r.role}:${r.actor}`;
		if (seen.has(k)) return false;
		seen.add(k);
		return true;
	});
}

/** A mention fully inside another (the state "U.S." inside "U.S. military forces") gives it no separate role. */
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

/**
 * "in response to recent attacks" with no date of its own refers to an event
 * told elsewhere: the violent event in a compatible place whose date is
 * closest to the responding event's. Without one, the mention stands as an event.
 */
function mergeReferences(drafts: DraftEvent[], placeMentions: Mention[], placeIdOf: Map<Mention, string>, dateOf: Map<DraftEvent, EventDate>): DraftEvent[] {
	const out = drafts.filter((d) => !d.referenceOnly);
	for (const r of drafts.filter((d) => d.referenceOnly)) {
		const responder = drafts.find((d) => d.linkTo.some((l) => r.hits.includes(l.hit)));
		const anchor = dateOf.get(responder ?? r);
		const fam = eventType(r.type).acled.eventType;
		let best: DraftEvent | undefined;
		let bestScore = -Infinity;
		for (const d of out) {
			if (d === r || d === responder || !eventType(d.type).violent || sharesSentence(d, r)) continue;
			if (!placeCompatible(d, r, placeMentions, placeIdOf)) continue;
			const score = (eventType(d.type).acled.eventType === fam ? 0.5 : 0) - monthsApart(dateOf.get(d), anchor);
			if (score > bestScore) {
				bestScore = score;
				best = d;
			}
		}
		if (best) {
			const cand = best;
			cand.hits.push(...r.hits.filter((h) => !cand.hits.includes(h)));
			for (const x of drafts) for (const l of x.linkTo) if (r.hits.includes(l.hit)) l.hit = cand.main;
		} else {
			r.referenceOnly = false;
			out.push(r);
		}
	}
	return out;
}

function monthsApart(a: EventDate | undefined, b: EventDate | undefined): number {
	const m = (d: EventDate | undefined) => {
		const x = /^(\d{4})-(\d{2})/.exec(d?.value ?? '');
		return x ? Number(x[1]) * 12 + Number(x[2]) : undefined;
	};
	const ma = m(a);
	const mb = m(b);
	return ma === undefined || mb === undefined ? 6 : Math.abs(ma - mb);
}

/**
 * The sentences after a demonstration often tell how it was policed: they refine its
 * sub-type, and the arrests or beatings they report are that intervention, not new events.
 */
function absorbIntoProtests(drafts: DraftEvent[], sentences: Sentence[], lower: string): DraftEvent[] {
	const gone = new Set<DraftEvent>();
	for (const p of drafts) {
		if (!['protest', 'protest_intervention', 'riot'].includes(p.type)) continue;
		const from = p.main.sentence + 1;
		const to = Math.min(sentences.length, from + 2);
		const others = drafts.filter((d) => d !== p && !gone.has(d) && d.main.sentence >= from && d.main.sentence < to);
		// Stop at a new demonstration or a strike: the story has moved on.
		if (others.some((d) => ['protest', 'protest_intervention', 'riot', 'airstrike', 'shelling'].includes(d.type))) continue;
		const text = sentences.slice(from, to).map((s) => lower.slice(s.start, s.end)).join(' ');
		const refined = refineProtest(p.type, text);
		if (refined !== p.type) p.type = refined;
		for (const d of others) {
			const said = lower.slice(sentences[d.main.sentence].start, sentences[d.main.sentence].end);
			// "later", "the next day": a time shift makes it an event of its own.
			const later = /\b(later|afterwards|subsequently|the (?:next|following) day|days? later|hours? later)\b/.test(said);
			const policing = !later && /\b(police|security|authorities|officers|gendarm\w*|forces|army|soldiers|troops|guards)\b/.test(said) && /\b(arrested|detained|dispersed|beat\w*|fired|injured|wounded|killed)\b/.test(said);
			if (policing && ['arrest', 'attack', 'armed_clash', 'mob_violence'].includes(d.type)) {
				p.hits.push(...d.hits);
				if (!p.sentences.includes(d.main.sentence)) p.sentences.push(d.main.sentence);
				for (const r of d.roles) if (r.role !== 'agent') p.roles.push(r);
				else p.roles.push({ role: 'participant', mention: r.mention });
				gone.add(d);
				if (p.type === 'protest') p.type = d.type === 'arrest' ? 'protest_intervention' : p.type;
			}
		}
	}
	return drafts.filter((d) => !gone.has(d));
}

/** A headline announces the event the body then tells: the body's first like event is it. */
function mergeHeadline(drafts: DraftEvent[], headline: Set<number>): DraftEvent[] {
	if (!headline.size) return drafts;
	const family = (t: string) => eventType(t).acled.eventType;
	const like = (a: string, b: string) => a === b || (eventType(a).violent && eventType(b).violent && (a === 'attack' || b === 'attack')) || (family(a) === family(b) && !eventType(a).violent);
	const gone = new Set<DraftEvent>();
	for (const h of drafts.filter((x) => headline.has(x.hits[0].sentence))) {
		// Body mentions the headline event already absorbed come after the body's own telling, if any.
		const firstBody = Math.min(...h.hits.filter((hit) => !headline.has(hit.sentence)).map((hit) => hit.start));
		const body = drafts
			.filter((x) => x !== h && !gone.has(x) && !headline.has(x.hits[0].sentence) && x.hits[0].start < firstBody && like(h.type, x.type))
			.sort((a, b) => a.hits[0].start - b.hits[0].start)[0];
		if (!body) continue;
		body.hits.push(...h.hits);
		for (const s of h.sentences) if (!body.sentences.includes(s)) body.sentences.push(s);
		for (const r of h.roles) if (r.role !== 'agent' || !body.roles.some((x) => x.role === 'agent')) if (!body.roles.some((x) => x.role === r.role && x.mention === r.mention)) body.roles.push(r);
		body.linkTo.push(...h.linkTo);
		for (const o of drafts) for (const l of o.linkTo) if (h.hits.includes(l.hit)) l.hit = body.main;
		gone.add(h);
	}
	return drafts.filter((d) => !gone.has(d));
}

/**
 * The same event told twice ("ordered airstrikes on Thursday" … "conducted
 * airstrikes this evening"): same type, same place, dates within a day, and
 * the later mention not marked as another occurrence.
 */
function mergeSame(drafts: DraftEvent[], dateOf: Map<DraftEvent, EventDate>, placeOf: (d: DraftEvent) => string | undefined, placeById: Map<string, Place>, headline: Set<number>): DraftEvent[] {
	const out: DraftEvent[] = [];
	// Same place, or one place inside the other's country ("Iraq" and "Al-Qa'im, Iraq").
	const samePlace = (a: string | undefined, b: string | undefined) => {
		if (!a || !b) return false;
		if (a === b) return true;
		const pa = placeById.get(a);
		const pb = placeById.get(b);
		return !!pa?.country && pa.country === pb?.country && (pa.precision === 'country' || pb?.precision === 'country');
	};
	for (const d of [...drafts].sort((a, b) => a.main.start - b.main.start)) {
		const pd = placeOf(d);
		const target = d.distinct ? undefined : out.find((o) => o.type === d.type && samePlace(placeOf(o), pd) && datesClose(dateOf.get(o), dateOf.get(d)));
		if (!target) {
			out.push(d);
			continue;
		}
		target.hits.push(...d.hits);
		for (const s of d.sentences) if (!target.sentences.includes(s)) target.sentences.push(s);
		for (const r of d.roles) if (!target.roles.some((x) => x.role === r.role && x.mention === r.mention)) target.roles.push(r);
		target.linkTo.push(...d.linkTo);
		for (const o of drafts) for (const l of o.linkTo) if (d.hits.includes(l.hit)) l.hit = target.main;
	}
	return out;
}

function datesClose(a: EventDate | undefined, b: EventDate | undefined): boolean {
	if (!a?.value || !b?.value) return true;
	if (a.basis !== 'explicit' || b.basis !== 'explicit') return true;
	const da = Date.parse(a.value.slice(0, 10));
	const db = Date.parse(b.value.slice(0, 10));
	if (Number.isNaN(da) || Number.isNaN(db)) return a.value.slice(0, 7) === b.value.slice(0, 7);
	return Math.abs(da - db) <= 86_400_000;
}

function sharesSentence(a: DraftEvent, b: DraftEvent): boolean {
	return a.sentences.some((s) => b.sentences.includes(s));
}

function placeCompatible(a: DraftEvent, b: DraftEvent, pm: Mention[], idOf: Map<Mention, string>): boolean {
	const pa = pm.filter((m) => a.sentences.includes(m.sentence)).map((m) => m.country ?? idOf.get(m));
	const pb = pm.filter((m) => b.sentences.includes(m.sentence)).map((m) => m.country ?? idOf.get(m));
	return !pa.length || !pb.length || pa.some((x) => pb.includes(x));
}

/**
 * The event's place: in its sentence, a town the gazetteer knows, else the first
 * place named; parts of a town ("Vila Mariana neighborhood", "Colonia Bivalvo")
 * only when nothing else is named. Places of the response clause are left out.
 */
function eventPlace(d: DraftEvent, pm: Mention[], idOf: Map<Mention, string>, placeById?: Map<string, Place>, work?: string, homeCountry?: string): string | undefined {
	if (!pm.length) return undefined;
	// The response clause after the trigger (read once: only the main sentence uses it).
	const cue = work ? /\b(in (?:response|retaliation|reprisal) (?:to|for)|after|following)\b/i.exec(work.slice(d.main.end, d.main.end + 200)) : null;
	for (const sentence of [d.main.sentence, ...d.sentences]) {
		let inS = pm.filter((m) => m.sentence === sentence).sort((a, b) => a.start - b.start);
		if (work) {
			if (cue && sentence === d.main.sentence) inS = inS.filter((m) => m.start < d.main.end + cue.index || m.end <= d.main.start);
			// The event a response clause names ("… in retaliation for a drone attack on U.S. troops in Jordan") is where that clause says.
			const cause = sentence === d.main.sentence ? RESPONSE_BEFORE.exec(work.slice(Math.max(0, d.main.start - 100), d.main.start)) : null;
			if (cause) {
				const from = Math.max(0, d.main.start - 100) + cause.index;
				if (inS.some((m) => m.start >= from)) inS = inS.filter((m) => m.start >= from);
			}
			const part = (m: Mention) => /^\s+(neighbou?rhood|community|sector|zone|square|street|market|area)\b/i.test(work.slice(m.end, m.end + 16)) || /^(Colonia|Vila|Zona|Barrio|Bairro)\b/.test(m.name);
			if (inS.some((m) => !part(m))) inS = inS.filter((m) => !part(m));
			// A dateline ("BAGHDAD -", "KABUL (Reuters) -") says where the report was filed, not where it happened.
			const dateline = (m: Mention) => m.dateline || (/^[A-Z][A-Z .'-]+$/.test(m.name) && /^\s*(?:\([^)]*\)\s*)?[-:]/.test(work.slice(m.end, m.end + 24)));
			// Alone, it stands for where violence or a protest happened only when it lies in the story's country: wire services
			// report those from regional hubs ("DUBAI" over protests in Iran); a summit in "GENEVA" is held where it is filed.
			const def = eventType(d.type);
			const onTheGround = def.violent || def.acled.eventType === 'Protests' || def.acled.eventType === 'Riots';
			const abroad = (m: Mention) => onTheGround && !!homeCountry && placeById?.get(idOf.get(m) ?? '')?.country !== homeCountry;
			if (inS.some((m) => !dateline(m))) inS = inS.filter((m) => !dateline(m));
			else inS = inS.filter((m) => !abroad(m));
		}
		if (!inS.length) continue;
		const precisionOf = (m: Mention) => placeById?.get(idOf.get(m) ?? '')?.precision;
		// The most precise place named: a known town, else the first that is not a whole country ("Nigeria's Niger state").
		const pick = inS.find((m) => precisionOf(m) === 'city') ?? inS.find((m) => precisionOf(m) !== 'country') ?? inS[0];
		const id = idOf.get(pick);
		if (id) return id;
	}
	return undefined;
}

/**
 * Casualties stated in the event's sentences and the sentences that follow it before the next event.
 * `owners` counts, per sentence, the events told in it (see `sentenceOwners`).
 */
function casualtiesFor(d: DraftEvent, sentences: Sentence[], lower: string, owners: Map<number, number>): { fatalities?: number; injuries?: number } {
	const start = sentences[d.main.sentence];
	// Told in by another event: by more events than this one alone.
	const claimed = (k: number) => (owners.get(k) ?? 0) > (d.sentences.includes(k) ? 1 : 0);
	// "Rioters set fire to a police station after a man died in custody": the death told after "after" is the cause's.
	const cause = CAUSE_CUE.exec(lower.slice(d.main.end, start.end));
	let text = lower.slice(start.start, cause ? d.main.end + cause.index : start.end);
	for (let k = d.main.sentence + 1; k < Math.min(sentences.length, d.main.sentence + 3); k++) {
		if (claimed(k)) break;
		text += ' ' + lower.slice(sentences[k].start, sentences[k].end);
	}
	return findCasualties(text);
}

/** How many of the events tell each sentence (an event counts once per sentence). */
function sentenceOwners(events: DraftEvent[]): Map<number, number> {
	const owners = new Map<number, number>();
	for (const e of events) for (const k of new Set(e.sentences)) owners.set(k, (owners.get(k) ?? 0) + 1);
	return owners;
}
