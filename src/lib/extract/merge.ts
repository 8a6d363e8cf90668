/** One event told several times in an article becomes one draft: references, headlines, repeats, a protest's policing. */
import type { EventDate, Place } from '../core/types';
import type { Sentence } from './segment';
import type { Mention } from './mentions';
import { spec, type DraftEvent } from './events';
import type { RoleHit } from './roles';
import { eventType } from './taxonomy';
import { refineProtest } from './classify';
import { NTH_DIED_WORDS } from './casualties';
import { BATTLE_FOR_NAMED, FIGHT_WITH_AFTER } from './eventCasualties';

// A sentence that opens on a later time: "Later in the evening, …", "Overnight, …", "The next day, …".
const TIME_SHIFT_FIRST = /^\W*(?:later|afterwards|subsequently|overnight|that (?:night|evening)|in the (?:evening|night)|the (?:next|following) (?:day|morning|night))\b/;

// A sentence that opens on a place: "In Manila, however, …", "Elsewhere in Lagos, …".
// (Not a phrase of manner or time: "In one case, riot police had to use tear gas", "In response, …", "In March, …".)
const OPENS_ON_PLACE = /^\W*(?:elsewhere\s+)?in\s+(?!(?:one|this|that|these|those|some|many|most|each|another|other|addition|response|total|contrast|turn|fact|particular|general|practice|short|part|recent|the|a|an|all|both|either|neither|several|such|any|his|her|their|its|our|my|january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|winter|court|parliament|public|private|person|return|exchange|protest|retaliation|theory|effect|sum|brief)\b)([a-z][a-z'-]+(?:\s+[a-z][a-z'-]+)?),\s/;

/** Whether a sentence opens on a place ("In Manila, however, …") that the event's own sentence `home` does not name. */
export function opensElsewhere(sentence: string, home: string): boolean {
	const opening = OPENS_ON_PLACE.exec(sentence);
	return !!opening && !home.includes(opening[1]);
}

// ("During the 2019 protest movement, security forces killed more than 600": a year's episode is another time too.)
const OTHER_TIME = /\b(?:in|since|last|earlier in)\s+(?:january|february|march|april|may|june|july|august|september|october|november|december|\d{4}|week|month|year)\b|\b(?:previously|months? ago|years? ago|weeks? ago)\b|\b(?:during|throughout)\s+(?:the\s+)?(?:19|20)\d\d\b/;

/** Crowd-control words that triggers.ts reads as a protest of their own when nothing else names one. */
const CROWD_CONTROL = /^(?:(?:fired|used|lobbed|threw) (?:\w+ ){0,2}?(?:tear ?gas|water cannons?|rubber bullets|stun grenades)(?: (?:at|on|upon|into))?$|dispersed\b|(?:baton|lathi)[- ]?charg|(?:cleared|removed|dismantled|broke up)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:blockades?|barricades?|roadblocks?|protesters|demonstrators|crowds?|sit-ins?|camps?|encampments?|protest))/;

/**
 * "in response to recent attacks" with no date of its own refers to an event
 * told elsewhere: the violent event in a compatible place whose date is
 * closest to the responding event's. Without one, the mention stands as an event.
 */
export function mergeReferences(drafts: DraftEvent[], placeMentions: Mention[], placeIdOf: Map<Mention, string>, dateOf: Map<DraftEvent, EventDate>, work: string): DraftEvent[] {
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
			relink(drafts, r, cand);
			// ("…, a day after a suicide bomber blew himself up next to a police vehicle, killing six … Another 14 people were
			// wounded": the act named before, told more fully than a later toll, says what the event was.)
			if (eventType(r.type).violent && spec(r.type) < spec(cand.type)) cand.type = r.type;
			// ("… after artillery shells fired by the paramilitary Rapid Support Forces hit residential neighbourhoods": the doer the
			// reference names by "by" is the event's, where it names none.)
			if (!cand.roles.some((x) => x.role === 'agent')) for (const role of r.roles) if (role.role === 'agent' && role.mention.start > r.main.end && DONE_BY_BEFORE.test(work.slice(r.main.end, role.mention.start))) cand.roles.push(role);
			if (r.main.start < cand.main.start && RESULT_WORD.test(cand.main.word)) {
				cand.main = r.main;
				cand.mainAnaphor = false;
			}
		} else {
			r.referenceOnly = false;
			out.push(r);
		}
	}
	return out;
}

const DONE_BY_BEFORE = /^[^.;,]{0,40}?\bby\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$/;
const RESULT_WORD = /^(?:killed|killing|wounded|injured|died|dead|hurt)$/;

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
export function absorbIntoProtests(drafts: DraftEvent[], sentences: Sentence[], lower: string): DraftEvent[] {
	const gone = new Set<DraftEvent>();
	for (const p of drafts) {
		if (!['protest', 'protest_intervention', 'protest_repression', 'riot'].includes(p.type)) continue;
		const from = p.main.sentence + 1;
		const to = Math.min(sentences.length, from + 2);
		// ("… held a silent march on Sunday. In August, police used tear gas in Novi Sad.": policing at another time is not this march's.)
		const sentenceOf = (d: DraftEvent) => lower.slice(sentences[d.main.sentence].start, sentences[d.main.sentence].end);
		// ("Thousands marched through Bacolod … In Manila, however, police said a group of masked young men threw rocks": a
		// sentence that opens on another place tells what happened there.)
		const home = lower.slice(sentences[p.main.sentence].start, sentences[p.main.sentence].end);
		const elsewhere = (t: string) => opensElsewhere(t, home);
		const near = drafts.filter((d) => {
			if (d === p || gone.has(d) || d.main.sentence < from || d.main.sentence >= to) return false;
			const said = sentenceOf(d);
			return !OTHER_TIME.test(said) && !elsewhere(said);
		});
		// "The Military Police intervened and used tear gas": crowd control told after a protest is how it was policed.
		// ("police fired tear gas at teachers who marched on parliament" tells a march of its own.)
		const isControl = (d: DraftEvent) => d.hits.every((h) => CROWD_CONTROL.test(h.word));
		// Stop at a new demonstration or a strike: the story has moved on. What was told before its sentence is still this
		// one's, and before its words when they say it is another ("Police used live ammunition against the crowd. 17 people
		// were killed; 2 more were killed in a separate protest in Itahari": the force and the 17 dead).
		const stop = Math.min(...near.filter((d) => !isControl(d) && ['protest', 'protest_intervention', 'riot', 'airstrike', 'shelling'].includes(d.type)).map((d) => (d.another ? d.main.start : sentences[d.main.sentence].start)));
		const others = near.filter((d) => d.main.start < stop);
		const control = others.filter(isControl);
		// ("… began a hunger strike. The detainees were arrested in February.": what happened at another time did not police it.)
		const told = sentences
			.slice(from, to)
			.filter((s) => s.start < stop)
			.map((s) => lower.slice(s.start, Math.min(s.end, stop)))
			.filter((t) => !OTHER_TIME.test(t) && !elsewhere(t));
		// ("… police used water cannon and rubber bullets. Later in the evening, a group of participants clashed with police and
		// set a patrol car on fire": violence told as coming after is a riot of its own, not the protest's sub-type.)
		const refined = refineProtest(p.type, told.join(' '), told.filter((t) => !TIME_SHIFT_FIRST.test(t)).join(' '));
		if (refined !== p.type) p.type = refined;
		for (const d of others) {
			const said = lower.slice(sentences[d.main.sentence].start, sentences[d.main.sentence].end);
			// "later", "the next day": a time shift makes it an event of its own.
			// ("two protesters later died of gunshot wounds": the wounded dying later is still the force told.)
			const later = LATER_TIME.test(said);
			const policing = !later && /\b(police|security|authorities|officers|gendarm\w*|forces|army|soldiers|troops|guards)\b/.test(said) && /\b(arrested|detained|dispersed|beat\w*|fired|opened fire|injured|wounded|killed|killing|shot|(?:baton|lathi)-?charged)\b/.test(said);
			// ("Police opened fire on marchers. Two protesters were shot dead.": the demonstrators' dead are the repression's.)
			// ("Police fired live bullets. A student was shot dead.": a death told after the force, with no one said to have caused
			// it, is the same.)
			// (Its dead are of the crowd the force was used on: no victims of their own.)
			// ("protesters hurled brickbats at police and set fire to two police vehicles. … A rickshaw puller died after being hit
			// on the head": a death told after a riot, by no one's hand, is the riot's.)
			const unclaimedDeath = !later && (p.type === 'protest_repression' || p.type === 'riot') && d.type === 'attack' && !d.roles.some((r) => r.role === 'agent') && (/\b(?:was|were) (?:shot dead|shot and killed|killed|fatally shot)\b|\bdied\b/.test(said)) && !/\b(?:separate|unrelated|elsewhere|another)\b/.test(said);
			const crowdDead = (!later && p.type === 'protest_repression' && /\b(?:protesters|protestors|demonstrators|marchers)\b[^.;]{0,30}\b(?:shot|killed|died)\b/.test(said)) || unclaimedDeath;
			// ("thousands marched in Nairobi. Police fired live rounds at demonstrators, killing 8": the force used on the march.)
			if (((policing || crowdDead) && ['arrest', 'attack', 'armed_clash', 'mob_violence', 'protest_repression'].includes(d.type)) || control.includes(d)) {
				p.hits.push(...d.hits);
				if (!p.sentences.includes(d.main.sentence)) p.sentences.push(d.main.sentence);
				for (const r of unclaimedDeath ? [] : d.roles) if (r.role !== 'agent') p.roles.push(r);
				else p.roles.push({ role: 'participant', mention: r.mention });
				gone.add(d);
				if (p.type === 'protest') p.type = d.type === 'arrest' ? 'protest_intervention' : p.type;
			}
		}
	}
	return drafts.filter((d) => !gone.has(d));
}

/** A headline announces the event the body then tells: the body's first like event is it. */
export function mergeHeadline(drafts: DraftEvent[], headline: Set<number>): DraftEvent[] {
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
		// (The body's own agent stands: the headline's only fills in one it lacks.)
		absorb(body, h, drafts, (r) => r.role !== 'agent' || !body.roles.some((x) => x.role === 'agent'));
		gone.add(h);
	}
	return drafts.filter((d) => !gone.has(d));
}

/**
 * The same event told twice ("ordered airstrikes on Thursday" … "conducted
 * airstrikes this evening"): same type, same place, dates within a day, and
 * the later mention not marked as another occurrence.
 */
const PROTEST_RANK: ReadonlyMap<string, number> = new Map([['protest', 1], ['protest_intervention', 2], ['protest_repression', 3]]);
const spanOf = (iv: { start: string; end: string }) => Date.parse(iv.end) - Date.parse(iv.start);
const ATTACK_OR_FIGHT: ReadonlySet<string> = new Set(['attack', 'armed_clash']);
const PLACE_APART = /\bunspecified locations?\b|\belsewhere\b|\bseparately\b|\bin (?:a|another) (?:separate|different)\b/i;
const REPORT_VERB = /\b(?:said|says|told|reported|confirmed|announced)\b/;
const SEQUENCE = /\b(?:after|before|following|in (?:response|retaliation|reprisal) (?:to|for)|in revenge for|to avenge)\b/i;

export function mergeSame(drafts: DraftEvent[], dateOf: Map<DraftEvent, EventDate>, placeOf: (d: DraftEvent) => string | undefined, placeById: Map<string, Place>, work: string): DraftEvent[] {
	const out: DraftEvent[] = [];
	// Same place, or one place inside the other's country ("Iraq" and "Al-Qa'im, Iraq").
	const samePlace = (a: string | undefined, b: string | undefined) => {
		if (!a || !b) return false;
		if (a === b) return true;
		const pa = placeById.get(a);
		const pb = placeById.get(b);
		// ("in northeastern Mali" and "the hamlet of Inekar, west of Menaka": a part of the country and a town in it.)
		return !!pa?.country && pa.country === pb?.country && (pa.precision === 'country' || pb?.precision === 'country' || (pa.precision === 'region' && pa.lat === undefined) || (pb?.precision === 'region' && pb.lat === undefined));
	};
	for (const d of [...drafts].sort((a, b) => a.main.start - b.main.start)) {
		const pd = placeOf(d);
		// (An event and the one it answers are two: "shelled a site … in retaliation to a rocket fired from Gaza".)
		const linked = (o: DraftEvent) => o.linkTo.some((l) => d.hits.includes(l.hit)) || d.linkTo.some((l) => o.hits.includes(l.hit));
		// ("Drones targeted the base on Tuesday, a day after a U.S. strike killed a commander": one told as coming after
		// the other, in one sentence, is another event.)
		// (Not a fight with the attacked told after "after": "attacked Lere after several hours of fighting with FAMa troops".)
		const fightWith = (o: DraftEvent) => {
			if (o.main.sentence !== d.main.sentence) return false;
			const between = work.slice(Math.min(o.main.end, d.main.end), Math.max(o.main.end, d.main.end) + 8).toLowerCase();
			const at = between.search(/\b(?:after|following)\b/);
			return at >= 0 && FIGHT_WITH_AFTER.test(between.slice(at));
		};
		const sequenced = (o: DraftEvent) => o.main.sentence === d.main.sentence && SEQUENCE.test(work.slice(Math.min(o.main.end, d.main.end), Math.max(o.main.start, d.main.start))) && !fightWith(o);
		// ("The Arakan Army said Monday that it has taken control of Kyaukphyu. … its fighters had captured the last military
		// positions in the town on Sunday": told again just after, with no place of its own and a day before the report's, the
		// act the report tells.)
		const retold = (o: DraftEvent) => !pd && !!placeOf(o) && d.main.sentence > o.main.sentence && d.main.sentence - o.main.sentence <= 2 && reportedSameOrBefore(dateOf.get(o), dateOf.get(d)) && (REPORT_VERB.test(work.slice(Math.max(0, o.main.start - 120), o.main.start).split(/[.;](?:\s|$)/).pop() ?? '') || REPORT_VERB.test(work.slice(o.main.end, o.main.end + 200).split(/[.;](?:\s|$)/)[0]));
		// ("Gunmen killed seven people at a party in Irapuato late on Sunday. Armed men arrived at the house shortly before
		// midnight and opened fire on guests.": told again in the next sentence, on the same day, with no place of its own.)
		// (Not where the sentence says the place is another or unknown: "one soldier was killed at an unspecified location".)
		// ("RSF launched drones at El Obeid. One drone hit a house, killing 3 civilians": with no day of its own either, the
		// next sentence is the same moment.)
		const mayBeToldNext = !pd && !d.another && eventType(d.type).violent && !PLACE_APART.test(work.slice(Math.max(0, d.main.start - 80), d.main.end + 80));
		const toldNext = (o: DraftEvent) => mayBeToldNext && o.main.sentence < d.main.sentence && d.main.sentence - Math.max(...o.sentences) <= 1 && dateOf.get(o)?.basis === 'explicit' && (dateOf.get(d)?.basis === 'explicit' || dateOf.get(d)?.basis === 'inherited') && datesClose(dateOf.get(o), dateOf.get(d));
		// ("Late on 14 June, Russian forces launched drones. In the early hours of 15 June, drones hit a building in Kremenchuk":
		// an act told first with no place, then where it struck, the next sentence, within a day: one event, set where it struck.)
		const placedNext = (o: DraftEvent) => !!pd && !placeOf(o) && !d.another && o.type === d.type && eventType(d.type).violent && o.main.sentence < d.main.sentence && d.main.sentence - Math.max(...o.sentences) <= 1 && dateOf.get(o)?.basis === 'explicit' && dateOf.get(d)?.basis === 'explicit' && datesClose(dateOf.get(o), dateOf.get(d));
		const placedSameTime = (o: DraftEvent) => samePlace(placeOf(o), pd) && datesClose(dateOf.get(o), dateOf.get(d));
		const sameTime = (o: DraftEvent) => placedSameTime(o) || placedNext(o) || (toldNext(o) && datesClose(dateOf.get(o), dateOf.get(d)));
		// ("Gangs seized the town of Lascahobas, officials said on Monday. Gunmen entered the town early on Sunday, killing six
		// people": the taking of a town retold by the violence of its day.)
		const takingRetold = (o: DraftEvent) => /^territory_taken$/.test(o.type) && ATTACK_OR_FIGHT.has(d.type) && retold(o);
		const target = d.distinct ? undefined : out.find((o) => ((o.type === d.type && (sameTime(o) || retold(o))) || takingRetold(o)) && !linked(o) && !sequenced(o) && !opposedDoers(o, d));
		// ("Police fired tear gas to disperse an opposition rally and arrested 23 supporters": two words of one sentence that
		// later stages typed alike are one event, though an article made one look new; only "another", "a second" part them.)
		// (A demonstration and the force used on it, told in one sentence, are one event: "Rangers opened fire on a rally".)
		// (Nor are a riot and the looting its crowd did: "demonstrators blocked roads and looted shops".)
		// (Nor a demonstration's riot and the crowd violence one of its words read: "Protesters looted shops in Nampula, and
		// two people were killed".)
		const crowdPair = (x: string, y: string) => x === 'riot' && (y === 'looting' || y === 'mob_violence');
		const alike = (o: DraftEvent) => o.type === d.type || (PROTEST_RANK.has(o.type) && PROTEST_RANK.has(d.type)) || crowdPair(o.type, d.type) || crowdPair(d.type, o.type) || (ATTACK_OR_FIGHT.has(o.type) && ATTACK_OR_FIGHT.has(d.type) && fightWith(o));
		const twin = target ?? (d.another ? undefined : out.find((o) => alike(o) && o.main.sentence === d.main.sentence && (placeOf(o) === pd || samePlace(placeOf(o), pd)) && datesClose(dateOf.get(o), dateOf.get(d)) && (!linked(o) || fightWith(o)) && !sequenced(o)));
		if (!twin) {
			out.push(d);
			continue;
		}
		// ("Gang members killed 12 people in Kenscoff, officials said Wednesday. The attack began before dawn on Tuesday":
		// the report's day gives way to the day the telling it absorbs gives the act, a day before.)
		const a = dateOf.get(twin);
		const b = dateOf.get(d);
		// (Found for no other reason than that it is retold.)
		const wasRetold = twin === target && !placedSameTime(twin) && retold(twin);
		// (Set where it struck, on the day it struck.)
		if (twin === target && placedNext(twin)) {
			dateOf.set(twin, b!);
			absorb(twin, d, drafts);
			continue;
		}
		if (wasRetold) {
			// (Its day is the act's; its unnamed doers, "its fighters", are the named one's own.)
			dateOf.set(twin, b!);
			const named = twin.roles.some((r) => r.role === 'agent' && !r.mention.group);
			absorb(twin, d, drafts, (r) => !(named && r.role === 'agent' && !!r.mention.group));
			continue;
		}
		if (a?.basis === 'explicit' && b?.basis === 'explicit' && a.interval && b.interval && b.interval.start < a.interval.start && REPORT_VERB.test(work.slice(twin.main.end, twin.main.end + 200).split(/[.;](?:\s|$)/)[0])) dateOf.set(twin, b);
		// ("killed 12 civilians over the weekend … stormed the hamlet on Sunday afternoon": the day inside the span.)
		else if (a?.basis === 'explicit' && b?.basis === 'explicit' && a.interval && b.interval && spanOf(b.interval) < spanOf(a.interval) && a.interval.start <= b.interval.start && b.interval.end <= a.interval.end) dateOf.set(twin, b);
		if ((PROTEST_RANK.get(d.type) ?? 0) > (PROTEST_RANK.get(twin.type) ?? 0) || crowdPair(d.type, twin.type)) twin.type = d.type;
		// (An attack told with the fight it brought is a fight.)
		if (twin.type === 'attack' && d.type === 'armed_clash' && fightWith(twin)) twin.type = 'armed_clash';
		absorb(twin, d, drafts);
	}
	return out;
}

// A state's forces on one side, an armed group or a crowd on the other.
const STATE_FORCES: ReadonlySet<string> = new Set(['military', 'police']);
const NON_STATE: ReadonlySet<string> = new Set(['armed', 'militia', 'rioters', 'protesters']);

/**
 * ("Gunmen attacked a village near Niono on Sunday … The army said it carried out strikes in the Niono area on Monday":
 * two acts a day apart whose doers are a state's forces and an armed group are two events, not one told twice.)
 */
function opposedDoers(a: DraftEvent, b: DraftEvent): boolean {
	const side = (d: DraftEvent) => {
		const agents = d.roles.filter((r) => r.role === 'agent').map((r) => r.mention);
		if (!agents.length) return undefined;
		if (agents.every((m) => (m.group ? STATE_FORCES.has(m.group) : m.kind === 'military'))) return 'state';
		if (agents.every((m) => (m.group ? NON_STATE.has(m.group) : m.kind === 'armed_group'))) return 'non-state';
		return undefined;
	};
	const x = side(a);
	const y = side(b);
	return !!x && !!y && x !== y && a.main.sentence !== b.main.sentence;
}

/** `into` takes over `from`'s mentions, sentences, the roles `admits` lets in (none twice) and links; links to `from` now point at `into`. */
function absorb(into: DraftEvent, from: DraftEvent, drafts: DraftEvent[], admits: (r: RoleHit) => boolean = () => true): void {
	into.hits.push(...from.hits);
	for (const s of from.sentences) if (!into.sentences.includes(s)) into.sentences.push(s);
	for (const r of from.roles) if (admits(r) && !into.roles.some((x) => x.role === r.role && x.mention === r.mention)) into.roles.push(r);
	into.linkTo.push(...from.linkTo);
	relink(drafts, from, into);
}

/** Links that pointed at one of `from`'s mentions point at `into`'s main mention. */
function relink(drafts: DraftEvent[], from: DraftEvent, into: DraftEvent): void {
	for (const o of drafts) for (const l of o.linkTo) if (from.hits.includes(l.hit)) l.hit = into.main;
}

/**
 * `b` is `a`'s day or a day or two before it, both said outright. (A lead dated by its report's day, or by the day the
 * next sentence gives the act, narrative.ts.)
 */
function reportedSameOrBefore(a: EventDate | undefined, b: EventDate | undefined): boolean {
	if (a?.basis !== 'explicit' || b?.basis !== 'explicit' || !a.value || !b.value) return false;
	const da = Date.parse(a.value.slice(0, 10));
	const db = Date.parse(b.value.slice(0, 10));
	return da - db >= 0 && da - db <= 2 * 86_400_000;
}

function datesClose(a: EventDate | undefined, b: EventDate | undefined): boolean {
	if (!a?.value || !b?.value) return true;
	if (a.basis !== 'explicit' || b.basis !== 'explicit') return true;
	// ("over the weekend" and "on Sunday afternoon": one span inside the other, when the span is a few days; "last week"
	// holds other events than Saturday's.)
	const inside = (x: NonNullable<EventDate['interval']>, y: NonNullable<EventDate['interval']>) => x.start <= y.start && y.end <= x.end && spanOf(x) <= 3 * 86_400_000;
	if (a.interval && b.interval && (inside(a.interval, b.interval) || inside(b.interval, a.interval))) return true;
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

// "The attackers stormed the village late on Saturday", "The jet dropped two bombs on the market": the next sentence
// goes back over the event just told, through a definite description of its doers, its weapon or its place.
const ELABORATION_SUBJECT = /^\W*(?:the|these|those)\s+(?:[\w-]+\s+){0,2}(?:attackers?|assailants?|gunm[ae]n|militants|fighters|raiders|bandits|bombers?|jets?|warplanes?|aircraft|planes?|drones?|helicopters?|missiles?|rockets?|shells?|blasts?|explosions?|suspects?|perpetrators)\b/;
const BOMBER_AGAIN = /^\W*(?:the|this)\s+(?:\w+\s+)?(?:woman|man|girl|boy|teenager|youth|attacker|bomber|assailant)\s+(?:\w+\s+)?(?:detonated|blew|triggered|set off|exploded|activated)\b/;
// ("Police killed two of the attackers": the other side of the same fight; "as troops repelled the attack": the attack just told.)
// ("attacked the area": an area only bare; "in the Niono area" names a place, not the one just told.)
const ELABORATION_OBJECT = /\b(?:the|that)\s+(?:same\s+)?area\b|\b(?:the|that)\s+(?:\w+\s+)?(?:village|town|hamlet|settlement|market|convoy|checkpoint|camp|school|mosque|church|monastery|temple|pagoda|base|compound|bus|vehicle|house|building|hospital|clinic|shelter|hotel|factory|refinery|depot|port|airport|station|prison|office|headquarters)\b|^\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|some|all|most)\s+of\s+the\s+(?:attackers|assailants|gunmen|raiders)\b|^\s+(?:the|that|this)\s+(?:[\w-]+\s+)?(?:attack|assault|raid|ambush|incursion|offensive)\b/;
// ("In 2021, the city saw heavy fighting": another time.)
// ("A second communique issued on Thursday put the toll at 12": a second report of the same event is no second event; "The
// toll was later revised to 11": later told, not another event.)
// ("… were killed in the fighting for Goma": a battle named by its prize is another one; see BATTLE_FOR_NAMED.)
// "later", not where it tells when a figure came: "while nationwide figures compiled later for the day were higher".
const LATER_WORD = String.raw`(?<!\b(?:compiled|published|released|issued|given|confirmed)\s)later`;
// "later", "the next day": a time shift that makes what follows an event of its own ("two protesters later died" aside).
const LATER_TIME = new RegExp(String.raw`\b(${LATER_WORD}|afterwards|subsequently|the (?:next|following) day|days? later|hours? later)\b(?!\s+(?:died|succumbed))`);
const ANOTHER_TOLD_WORDS = new RegExp(String.raw`\b(?:another|separate(?:ly)?|(?:second|third)(?!\s+(?:statement|communiqu\w+|report|source|toll|count|update|bulletin|press release|message|official|assessment)s?\b)|also|meanwhile|elsewhere|earlier|${LATER_WORD}(?!\s+(?:revised|raised|updated|rose|climbed|increased|died|succumbed|put|gave|set))|previous(?:ly)?|last (?:week|month|year)|in (?:19|20)\d\d|in (?:january|february|march|april|june|july|august|september|october|november|december)(?! \d)|in may (?:19|20)\d\d)\b`);
const ANOTHER_TOLD = new RegExp(`${ANOTHER_TOLD_WORDS.source}|${BATTLE_FOR_NAMED.source}`);

// "Four gunmen died.", "At least five people were killed.", "One worshipper who tried to flee was shot dead.", "In an
// updated statement on Wednesday, the army said 21 soldiers had been killed", "Civil society sources reported at least 9
// people killed on 17 January", "According to the Ministry of Defence, 12 militants were killed": the toll alone, with
// nobody said to have done it.
const TOLL_ONLY = /^\W*(?:(?:in an? (?:[\w-]+\s+)?statement(?:\s+on\s+\w+)?|on\s+(?:\w+\s+){0,2}?\w+),?\s+(?:[\w'-]+\s+){1,4}?(?:said|says|told|reported|confirmed|added)\s+(?:that\s+)?|according to\s+(?:[\w'()-]+\s+){1,6}?[\w'()-]+,\s+|(?:the\s+)?(?:[\w'-]+\s+){0,5}?(?:reported|said|confirmed|announced|claimed)\s+(?:on\s+(?:\w+\s+){0,2}?\w+\s+)?(?:that\s+)?(?=(?:(?:at least|some|about|around|nearly|more than)\s+)?(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|dozens)\s+(?:[\w'-]+\s+){0,8}?(?:killed|dead|wounded|injured)\b))?(?:(?:at least|some|about|around|nearly|more than|another)\s+)?(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|dozens|many)\s+(?:[\w'-]+\s+){0,6}?(?:(?:were|was|had been|have been|are|is)\s+(?:also\s+|later\s+|reportedly\s+)?(?:killed|shot dead|shot|wounded|injured|hurt|found dead|hacked to death|stabbed to death|beaten to death|burned to death|lynched|gunned down)|died|lost their lives|(?:were|was) left dead|(?:killed|dead|wounded|injured)(?=\s*[.,;]|\s+on\s+(?:\d|[a-z]+day\b)|\s+in\s+the\s+(?:city|town|capital|area|village|district|region|neighbou?rhood)\b))\b(?!(?:(?!\s(?:and|but|while)\s)[^.;]){0,60}\b(?:by|when|after)\b)/;
// "14 bodies were recovered", "The bodies of 14 villagers were found": the dead of the event just told, found after it.
const DIED_LATER = /\b((?:died|succumbed)\b[^.;]{0,40}?)\s+(?:(?:a|one|two|three|four|five|several|\d+)\s+)?(?:days?|hours?|weeks?)\s+later\b/g;
const BODIES_FOUND = /^\W*(?:(?:at least|some|about|around|nearly|more than|another|a further)\s+)?(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|dozens of|many)\s+(?:more\s+)?(?:bodies|corpses)|(?:the\s+)?(?:bodies|corpses)\s+of\s+(?:[\w'-]+\s+){1,4}?)\s*(?:were|have been|had been|was)\s+(?:later\s+|also\s+)?(?:recovered|found|discovered|retrieved|pulled|exhumed)\b/;
// "The toll was later revised to 11 soldiers killed", "On 23 March, it revised the toll to 11 soldiers dead".
const TOLL_REVISED = /^\W*(?:(?:on\s+(?:\w+\s+){0,2}?\w+,?\s+)?(?:the\s+)?(?:[\w'-]+\s+){0,3}?(?:revised|raised|updated|put|brought)\s+(?:the\s+)?(?:death\s+)?toll|(?:the\s+)?(?:death\s+)?toll\s+(?:was|has been|had been)\s+(?:later\s+|officially\s+)?(?:revised|raised|updated|put|brought))\s+(?:up\s+)?(?:to|at)\s+(?:at least\s+)?\d/;
const MORE_DEAD_START = /^\W*(?:(?:at least|another)\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|dozens)\s+more\b/;
// ("Two people were killed; a third died later": one more dead, no third event.)
const NTH_DIED_AFTER = new RegExp(String.raw`[;,]?\s*(?:and\s+)?${NTH_DIED_WORDS}(?:\s+later)?`, 'g');
const FURTHER_BODY = /\b(?:(?:a|one)\s+(?:further|more)\s+body|another\s+body|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several)\s+(?:further|more|other)\s+bodies)\b/;
const CASUALTY_WORD = /^(?:killed|wounded|injured|hurt|died|dead|shot dead)$/;
// "…were killed during the fighting", "in the attack", "as troops repelled the attack": the event just told, named again.
const SAME_EVENT_NAMED = /\b(?:during|in)\s+the\s+(?:[\w-]+\s+)?(?:fighting|attack|clashes|raid|assault|ambush|violence|battle|offensive|shelling|strike|bombing|explosion|blast|takeover|incursion|operation|crossfire|gunfight|firefight)\b|\b(?:repelled|repulsed|foiled|fought off|beat back|pushed back)\s+the\s+(?:[\w-]+\s+)?(?:attack|assault|raid|attackers|assailants|incursion|offensive)\b/;

/**
 * A violent event told again in the next sentence, through a definite description and with no word of another
 * occurrence, is one event with it; so is a toll told alone, up to two sentences on (three when it names the event again), after the last violent event.
 */
export function mergeElaborations(drafts: DraftEvent[], sentences: Sentence[], lower: string): DraftEvent[] {
	const gone = new Set<DraftEvent>();
	// The last event still standing, in text order: the one a sentence may go back over; and the last violent one.
	let a: DraftEvent | undefined;
	let violent: DraftEvent | undefined;
	for (const b of [...drafts].sort((x, y) => x.main.start - y.main.start)) {
		// (Who found the bodies did not kill them: "Authorities found 4 bodies".)
		const found = !!violent && bodiesOf(violent, b, sentences, lower);
		// ("Armed bandits stormed Tsafe town …, abducting twenty-three residents": the raid was the abduction.)
		if (a && raidThatAbducted(a, b, sentences, lower)) {
			absorb(b, a, drafts);
			gone.add(a);
			if (violent === a) violent = b;
			a = b;
			continue;
		}
		const into = a && elaborates(a, b, sentences, lower) ? a : violent && (tollOf(violent, b, sentences, lower) || damageOf(violent, b, sentences, lower) || found) ? violent : undefined;
		if (into) {
			// ("Three people were killed and a curfew was extended by the Interior Ministry": who is named after a toll's word,
			// in another clause, did not cause its dead.)
			absorb(into, b, drafts, (r) => !(r.role === 'agent' && (found || (r.mention.start > b.main.end && /\b(?:and|but|while)\b/.test(lower.slice(b.main.end, r.mention.start))))));
			gone.add(b);
			continue;
		}
		a = b;
		if (eventType(b.type).violent) violent = b;
	}
	return drafts.filter((d) => !gone.has(d));
}

const ABDUCTING = /^(?:abducting|kidnapping|seizing|taking)$/;
const DEAD_TOLD = /\b(?:killed|killing|dead|died|deaths?|fatalities)\b/;

/** Is `b` an abduction told by a participle after the raid `a` in the same sentence, with no one killed? */
function raidThatAbducted(a: DraftEvent, b: DraftEvent, sentences: Sentence[], lower: string): boolean {
	if (a.type !== 'attack' || b.type !== 'abduction' || a.main.sentence !== b.main.sentence || !ABDUCTING.test(b.main.word) || b.main.start < a.main.end) return false;
	const s = sentences[a.main.sentence];
	const between = lower.slice(a.main.end, b.main.start);
	return /,\s*$/.test(between) && !between.includes(';') && !DEAD_TOLD.test(lower.slice(s.start, s.end).replace(/\bno (?:one|casualties|deaths|fatalities)\b[^.;]*/g, ' '));
}

/**
 * Is `b` the damage, by no one named, that the strike or blast `a` told just before did? ("Russian forces struck Kharkiv with
 * drones. A high-rise apartment building was damaged, and 7 civilians were injured.")
 */
function damageOf(a: DraftEvent, b: DraftEvent, sentences: Sentence[], lower: string): boolean {
	// (Who tells it is no doer, nor are those the strike hit: "The army said 23 militants were neutralised and several
	// motorcycles destroyed".)
	const speaker = (m: { end: number }) => /^\s*(?:(?:[\w'-]+\s+){0,2}?(?:said|says|reported|announced|claimed|added)|(?:were|was|had been|have been)\s)/.test(lower.slice(m.end, m.end + 30));
	if (b.type !== 'looting' || !REMOTE_HARM.has(a.type) || b.roles.some((r) => r.role === 'agent' && !speaker(r.mention))) return false;
	return DAMAGED_PASSIVE.test(toldJustAfter(a, b, sentences, lower) ?? '');
}

/** "Authorities found 4 bodies and several burned vehicles at the scene" after a gunfight: the fight's dead, and its damage. */
function bodiesOf(a: DraftEvent, b: DraftEvent, sentences: Sentence[], lower: string): boolean {
	if (b.type !== 'looting' || b.roles.some((r) => r.role === 'agent' && !r.mention.group)) return false;
	return FOUND_BODIES.test(toldJustAfter(a, b, sentences, lower) ?? '');
}

/** The sentence of `b`, when it is told in the two sentences after `a`'s last telling and names no other occurrence. */
function toldJustAfter(a: DraftEvent, b: DraftEvent, sentences: Sentence[], lower: string): string | undefined {
	const last = lastTellingBefore(a, b);
	if (b.main.sentence <= last || b.main.sentence > last + 2 || b.distinct || b.another) return undefined;
	const s = sentences[b.main.sentence];
	const text = lower.slice(s.start, s.end);
	return ANOTHER_TOLD.test(text) ? undefined : text;
}

// (The event's last telling before `b`'s sentence: a claim that names it again further on does not push what follows away.)
const lastTellingBefore = (a: DraftEvent, b: DraftEvent) => Math.max(...a.sentences.filter((k) => k < b.main.sentence), a.main.sentence);

const FOUND_BODIES = /\b(?:found|recovered|discovered|retrieved)\s+(?:the\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several)\s+(?:more\s+)?(?:bodies|corpses)\b/;

const REMOTE_HARM: ReadonlySet<string> = new Set(['airstrike', 'shelling', 'explosive', 'suicide_bombing', 'grenade', 'chemical_attack']);
// ("… said 23 militants were neutralised and several motorcycles destroyed": the second passive's verb left out.)
const DAMAGED_PASSIVE = /\b(?:was|were|had been|have been|has been)\s+(?:\w+ly\s+)?(?:damaged|destroyed|hit|struck|set ablaze|burned|gutted)\b|\b(?:was|were)\s+[^.;]{1,60}?\band\s+(?:[\w-]+\s+){1,3}?(?:destroyed|damaged)\s*(?:[.;,]|$)/;

// Who the dead were, between commas: ", mostly women and children,".
const WHO_THEY_WERE = /,\s+(?:mostly|mainly|largely|many of them|most of them|all of them|among them)\s+[^,.;()]{1,60},(?=\s)/g;

/** Is `b` only the toll, or the same event named again, of the violent event `a` told up to two sentences before? */
function tollOf(a: DraftEvent, b: DraftEvent, sentences: Sentence[], lower: string): boolean {
	if (!eventType(b.type).violent) return false;
	const last = lastTellingBefore(a, b);
	// ("… said an unspecified number of assailants had been killed as troops repelled the attack": dead told in a later sentence
	// the event already reached by naming it again are its dead.)
	// ("The bodies of 5 militants were recovered, and a further body was found the next morning": one more of its dead.)
	if (b.main.sentence > a.main.sentence && a.sentences.includes(b.main.sentence)) {
		const s = sentences[b.main.sentence];
		const text = lower.slice(s.start, s.end);
		if (b.hits.every((h) => CASUALTY_WORD.test(h.word))) return SAME_EVENT_NAMED.test(text) && !ANOTHER_TOLD.test(text);
		return b.hits.every((h) => /\bbod(?:y|ies)\b/.test(h.word)) && FURTHER_BODY.test(text);
	}
	if (b.main.sentence <= last || b.main.sentence > last + 3 || b.sentences.some((k) => a.sentences.includes(k))) return false;
	const s = sentences[b.main.sentence];
	// ("Three others later died of their wounds": dying later is no later event.)
	// ("One of the wounded died in hospital two days later": the same.)
	// (", mostly women and children," between the count and its verb is who they were.)
	const text = lower.slice(s.start, s.end).replace(NTH_DIED_AFTER, ' ').replace(/\b(?:later|subsequently)\s+(died|succumbed)\b/g, '$1').replace(DIED_LATER, '$1').replace(WHO_THEY_WERE, '');
	// ("Three more bodies were found the next day": more dead of the same event, not another event.)
	if ((b.distinct || b.another) && !MORE_DEAD_START.test(text)) return false;
	// (The event named again, "during the fighting", reaches one sentence further than a bare toll.)
	// ("Officials put the toll at 6; hospital sources said on 11 March that 9 people had been killed": a toll may open the clause.)
	const clause = text.slice(text.lastIndexOf(';', b.main.start - s.start) + 1);
	// (Named again, but told with a year of its own, "On April 21, 2019, suicide bombers struck three churches … in the deadliest
	// attack", it is the event a later paragraph goes back to, not a toll of the lead's: it keeps its own telling and date.)
	return !ANOTHER_TOLD.test(text) && ((b.main.sentence <= last + 2 && (TOLL_ONLY.test(text) || TOLL_ONLY.test(clause) || TOLL_REVISED.test(text) || BODIES_FOUND.test(text))) || (SAME_EVENT_NAMED.test(text) && !/\b(?:19|20)\d\d\b/.test(text)));
}

// ("The firefight lasted about 20 minutes before the rebels withdrew": how the fight went on and ended is the fight.)
const FIGHT_WENT_ON = /^\W*the\s+(?:[\w-]+\s+)?(?:firefight|gunfight|gun battle|fighting|clash(?:es)?|battle|exchange of fire|shoot-?out|skirmish)\s+(?:lasted|continued|raged|went on|ended|stopped)\b/;
// ("… launched an operation against the gang. Gang members responded with gunfire": the other side's fire back is the fight.)
const FIRED_BACK = /^\W*(?:the\s+)?(?:[\w'-]+\s+){1,4}?(?:responded|replied|hit back|fought back)\s+with\s+(?:[\w-]+\s+){0,2}?(?:gunfire|fire|shots|shooting|rockets|grenades|explosives)\b/;

function elaborates(a: DraftEvent, b: DraftEvent, sentences: Sentence[], lower: string): boolean {
	if (b.distinct || b.another || !eventType(a.type).violent) return false;
	const last = Math.max(...a.sentences, a.main.sentence);
	// (The sentence right after the event's own, though a later one already named it again: "… Police blamed Boko Haram for
	// the attack.")
	const s = sentences[b.main.sentence];
	const text = lower.slice(s.start, s.end);
	// (Whether or not the fight already reached that sentence by its noun.)
	if (b.main.sentence === a.main.sentence + 1 && !ANOTHER_TOLD.test(text) && (FIGHT_WENT_ON.test(text) || (a.type === 'armed_clash' && FIRED_BACK.test(text)))) return true;
	if ((b.main.sentence !== last + 1 && b.main.sentence !== a.main.sentence + 1) || b.sentences.some((s) => a.sentences.includes(s))) return false;
	if (ANOTHER_TOLD.test(text) || !eventType(b.type).violent) return false;
	// ("A suicide bomber blew herself up at a tea shop … The woman detonated explosives strapped to her body": the bomber,
	// named by who she was.)
	const bomberAgain = a.type === 'suicide_bombing' && BOMBER_AGAIN.test(text);
	return (ELABORATION_SUBJECT.test(text) || bomberAgain || ELABORATION_OBJECT.test(text.slice(b.main.end - s.start)));
}
