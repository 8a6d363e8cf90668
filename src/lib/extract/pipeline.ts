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
 *  9. dates, casualties, places of events, confidence, salience, links.
 * Each stage is timed when a `timings` object is passed (for the benchmark).
 */
import type { ArticleInput, EventDate, EventLink, Extraction, ExtractedEvent, Role, Timex } from '../core/types';
import { clean } from './clean';
import { segment, type Sentence } from './segment';
import { tokenize } from './tokens';
import { dateEvent, findTimexes } from './temporal/index';
import { tagEntities } from './entities';
import { tagCollectives } from './collective';
import type { Mention } from './mentions';
import { resolvePlaces } from './places';
import { buildEvents, type DraftEvent } from './events';
import { resolveActors } from './actors';
import { findCasualties } from './casualties';
import { eventType } from './taxonomy';
import { confidence } from './confidence';
import { countryByName } from './countries';
import { findCity } from './geo';

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
	const lower = work.toLowerCase();
	lap('tokenize');
	const timexes: Timex[] = findTimexes(raw, input.published, { mask: work });
	lap('timexes');

	const seenMid = new Set<string>();
	for (const tk of tokens) if (tk.cap && !tk.first) seenMid.add(tk.text);
	const named = tagEntities({ raw, work, tokens, seenMidSentence: seenMid });
	const collectives = tagCollectives(work, sentences, tokens, named);
	lap('entities');

	// Countries the article is about: states and places named, in order of frequency.
	const votes = new Map<string, number>();
	const vote = (c: string | undefined, w = 1) => c && votes.set(c, (votes.get(c) ?? 0) + w);
	for (const m of named) if (m.country && (m.kind === 'state' || m.what === 'place')) vote(m.country, m.what === 'place' ? 2 : 1);
	for (const m of named) if (m.what === 'place' && !m.country && !countryByName(m.name)) {
		const c = findCity(m.name, []);
		if (c && c.population >= 20000) vote(c.country, 1);
	}
	const ranked = () => [...votes.entries()].sort((a, b) => b[1] - a[1]).map(([c]) => c);
	const { places, idOf: placeIdOf } = resolvePlaces(raw, work, named, ranked());
	for (const p of places) if (p.country && p.precision === 'city') vote(countryByName(p.country)?.code, 2);
	lap('places');

	const actorsMentions = dropContained([...named.filter((m) => m.what === 'actor'), ...collectives]);
	const mentionsBySentence = new Map<number, Mention[]>();
	for (const m of actorsMentions) mentionsBySentence.set(m.sentence, [...(mentionsBySentence.get(m.sentence) ?? []), m]);
	const placeMentions = named.filter((m) => m.what === 'place');
	const timexSentence = (s: Sentence, at: number) => timexes.some((x) => (x.type === 'DATE' || x.type === 'TIME') && x.start >= s.start && x.end <= s.end && Math.abs(x.start - at) < 200);
	const drafts = buildEvents({ work, lower, sentences, mentionsBySentence, hasOwnDate: timexSentence });
	lap('events');

	const sentencePlaceCountry = (sentence: number): string | undefined => {
		for (const pm of placeMentions) {
			if (pm.sentence !== sentence) continue;
			const p = places.find((x) => x.id === placeIdOf.get(pm));
			const code = p?.country ? countryByName(p.country)?.code : undefined;
			if (code) return code;
		}
		return undefined;
	};
	const { actors, idOf: actorIdOf } = resolveActors(raw, work, [...named.filter((m) => m.what === 'actor'), ...collectives], (m) => sentencePlaceCountry(m.sentence) ?? ranked()[0]);
	lap('actors');

	const merged = mergeReferences(drafts, placeMentions, placeIdOf);
	const events: ExtractedEvent[] = [];
	let previous: EventDate | null = null;
	const eventOf = new Map<DraftEvent, ExtractedEvent>();
	for (const d of merged.sort((a, b) => a.main.start - b.main.start)) {
		const def = eventType(d.type);
		const s = sentences[d.main.sentence];
		let date = dateEvent({ text: raw, timexes, sentence: s, trigger: d.main, previous, published: input.published });
		if (date.basis !== 'explicit') {
			for (const h of d.hits) {
				const alt = dateEvent({ text: raw, timexes, sentence: sentences[h.sentence], trigger: h, previous: null, published: input.published });
				if (alt.basis === 'explicit') {
					date = alt;
					break;
				}
			}
		}
		if (date.basis === 'explicit') previous = date;
		const roles = uniqueRoles(d.roles.map((r) => ({ role: r.role, actor: actorIdOf.get(r.mention) })).filter((r): r is { role: Role; actor: string } => !!r.actor));
		const place = eventPlace(d, placeMentions, placeIdOf);
		const cas = def.violent || d.type === 'looting' ? casualtiesFor(d, sentences, lower, merged) : {};
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
	lap('dates');

	// Salience: the taxonomy's rank first (violence before words), then text order;
	// the headline's event is the article's main event when it has one.
	const salient = [...eventOf.entries()].sort(([a, ea], [b, eb]) => salience(a, ea) - salience(b, eb) || a.main.start - b.main.start);
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

function salience(d: DraftEvent, e: ExtractedEvent): number {
	const rank = eventType(d.type).rank;
	return rank * 10 - Math.min(3, d.hits.length) - (e.confidence > 0.6 ? 1 : 0);
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
function dropContained(ms: Mention[]): Mention[] {
	return ms.filter((m) => !ms.some((o) => o !== m && o.start <= m.start && o.end >= m.end && (o.end - o.start > m.end - m.start) && !m.backerOnly));
}

/** "in response to recent attacks" with no date of its own: the earlier-described event of that kind. */
function mergeReferences(drafts: DraftEvent[], placeMentions: Mention[], placeIdOf: Map<Mention, string>): DraftEvent[] {
	const out = drafts.filter((d) => !d.referenceOnly);
	for (const r of drafts.filter((d) => d.referenceOnly)) {
		const fam = eventType(r.type).acled.eventType;
		const cand = out.find((d) => d !== r && eventType(d.type).violent && eventType(d.type).acled.eventType === fam && !d.linkTo.some((l) => r.hits.includes(l.hit)) && !sharesSentence(d, r))
			?? out.find((d) => d !== r && eventType(d.type).violent && !sharesSentence(d, r) && !d.linkTo.some((l) => r.hits.includes(l.hit)) && !r.linkTo.length && placeCompatible(d, r, placeMentions, placeIdOf));
		if (cand) {
			cand.hits.push(...r.hits.filter((h) => !cand.hits.includes(h)));
			for (const x of drafts) for (const l of x.linkTo) if (r.hits.includes(l.hit)) l.hit = cand.main;
		} else {
			r.referenceOnly = false;
			out.push(r);
		}
	}
	return out;
}

function sharesSentence(a: DraftEvent, b: DraftEvent): boolean {
	return a.sentences.some((s) => b.sentences.includes(s));
}

function placeCompatible(a: DraftEvent, b: DraftEvent, pm: Mention[], idOf: Map<Mention, string>): boolean {
	const pa = pm.filter((m) => a.sentences.includes(m.sentence)).map((m) => m.country ?? idOf.get(m));
	const pb = pm.filter((m) => b.sentences.includes(m.sentence)).map((m) => m.country ?? idOf.get(m));
	return !pa.length || !pb.length || pa.some((x) => pb.includes(x));
}

/** The place nearest after the trigger in its sentence, else the first place of the sentence. */
function eventPlace(d: DraftEvent, pm: Mention[], idOf: Map<Mention, string>): string | undefined {
	for (const sentence of [d.main.sentence, ...d.sentences]) {
		const inS = pm.filter((m) => m.sentence === sentence).sort((a, b) => a.start - b.start);
		if (!inS.length) continue;
		const before = inS.filter((m) => m.end <= d.main.start && d.main.start - m.end < 120);
		const after = inS.find((m) => m.start >= d.main.end && m.start - d.main.end < 160);
		const pick = before[0] && /^\s*(?:on|in|at)\b/i.test('') ? before[0] : after ?? before[before.length - 1] ?? inS[0];
		const id = idOf.get(pick);
		if (id) return id;
	}
	return undefined;
}

/** Casualties stated in the event's sentences and the sentences that follow it before the next event. */
function casualtiesFor(d: DraftEvent, sentences: Sentence[], lower: string, all: DraftEvent[]): { fatalities?: number; injuries?: number } {
	const start = sentences[d.main.sentence];
	const claimed = new Set(all.filter((x) => x !== d).flatMap((x) => x.sentences));
	let text = lower.slice(start.start, start.end);
	for (let k = d.main.sentence + 1; k < Math.min(sentences.length, d.main.sentence + 3); k++) {
		if (claimed.has(k)) break;
		text += ' ' + lower.slice(sentences[k].start, sentences[k].end);
	}
	return findCasualties(text);
}
