/**
 * From triggers to events. Per clause, one event per family (the most
 * specific trigger wins: "an arson attack" is property destruction, "a strike
 * that killed" one strike). A later definite mention of the same type ("the
 * strikes", "these strikes") or a second one in the same sentence is the same
 * event and adds to it; "a", "another", "similar", "more", "additional" open a
 * new one. Mentions inside "in response to …" with no date of their own are
 * resolved to the earlier event they refer to and become a link.
 */
import type { EventDate, LinkRelation, Role, Span } from '../core/types';
import { fallbackTriggers, refine, storyContext } from './classify';
import { EVENT_TYPES, eventType } from './taxonomy';
import { CATEGORY_TAG, CAUSE_CUE, FRONTED_ADJUNCT } from './lexicon';
import type { Mention } from './mentions';
import type { Sentence } from './segment';
import { findTriggers, type TriggerHit } from './triggers';
import { assignRoles, sentenceActors, type RoleHit } from './roles';

export interface DraftEvent {
	type: string;
	hits: TriggerHit[];
	/** The hit chosen as evidence and for dating. */
	main: TriggerHit;
	sentences: number[];
	roles: RoleHit[];
	hedged: boolean;
	/** Referred to from a response clause only. */
	referenceOnly: boolean;
	/** Links read from the text: this event relates to the event mentioned at `target`. */
	linkTo: Array<{ relation: LinkRelation; hit: TriggerHit; evidence: Span }>;
	date?: EventDate;
	/** Index of first appearance (text order). */
	order: number;
	/** The text marks it as a distinct occurrence ("a", "another", "similar"). */
	distinct: boolean;
	/** The text marks it as another occurrence than one told ("another", "a separate", "a second"). */
	another: boolean;
	/** The main mention is a definite back-reference ("the strikes"). */
	mainAnaphor: boolean;
}

// Which triggers compete for one event in a clause.
function family(type: string): string {
	const d = eventType(type);
	if (['Protests', 'Riots'].includes(d.acled.eventType) && type !== 'mob_violence') return 'protest';
	if (d.violent || type === 'looting') return 'violence';
	return type;
}

// Within a family, more specific sub-types win.
const SPECIFICITY = ['suicide_bombing', 'chemical_attack', 'airstrike', 'explosive', 'grenade', 'shelling', 'sexual_violence', 'abduction', 'territory_regained', 'protest_repression', 'riot', 'protest_intervention', 'protest', 'mob_violence', 'armed_clash', 'attack', 'looting'];
export const spec = (t: string) => {
	const i = SPECIFICITY.indexOf(t);
	return i < 0 ? 99 : i;
};

// The order that picks a group's trigger: most specific type, then strongest word, then first.
const bySpecificity = (a: TriggerHit, b: TriggerHit) => spec(a.type) - spec(b.type) || b.strength - a.strength || a.start - b.start;

/** The event the story tells most first, then the earliest told: what a back-reference or a claim names. */
const mostToldFirst = (a: DraftEvent, b: DraftEvent) => b.hits.length - a.hits.length || a.order - b.order;

/** Whether the sentence holds the word, whole. */
function wordIn(lower: string, s: Sentence, word: string): boolean {
	const text = lower.slice(s.start, s.end);
	for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
		if (!/\w/.test(text[at - 1] ?? '') && !/\w/.test(text[at + word.length] ?? '')) return true;
	}
	return false;
}

const KILLING_WORD = /^(?:killed|killing|shot dead|murdered|executed|massacred|beheaded|gunned down)$/;

/** The first trigger of the group in that order (what a stable sort would put first). */
function mostSpecific<T extends TriggerHit>(group: T[]): T {
	// ("stormed the village, killing three residents and abducting 15", "were kidnapped and killed": where people are killed
	// first, or the abducted are, the killing; "abducted five nurses, killing a guard who tried to stop them" stays the
	// abduction.)
	const abduction = group.find((h) => h.type === 'abduction');
	if (abduction) {
		const killing = group.find((h) => h.type === 'attack' && KILLING_WORD.test(h.word) && (h.start < abduction.start || h.start - abduction.end <= 6));
		if (killing) return killing;
	}
	let best = group[0];
	for (let i = 1; i < group.length; i++) if (bySpecificity(group[i], best) < 0) best = group[i];
	return best;
}

const OTHER_OCCURRENCE = /\b(another|other|second|third|separate|new|additional|further|similar)\s+(?:[\w'-]+\s+){0,2}$/;
// ("a U.S. strike": a word of the noun phrase may hold dots.)
const NEW_EVENT = /\b(an?|another|other|additional|more|similar|further|new|second|third|two|three|several|multiple|separate)\s+(?:[\w.'-]+\s+){0,2}$/;
const EVENT_SUBJECT = /\b(?:(?:attacks?|strikes?|air ?strikes?|raids?|assault|blasts?|explosions?|bombings?|shelling|fighting|clashes|violence|incident|operation|ambush|(?:car )?bombs?|devices?|ieds?|mines?|grenades?|rockets?|missiles?|shells?|drones?)\s+(?:(?:that|which|\w+)\s+)?|(?:was|were|been|being|is|are|got)\s+(?:\w+ly\s+)?)$/;
const VERB_FORM = /^(?:[a-z-]+ed|struck|shot|fought|slain|opened fire|gunned down|set fire|took|threw|burnt|met|beat|blew|went off)\b/;
const DEFINITE = /\b(the|these|those|this|that|its|their|his|her|our|such)\s+(?:[\w'"-]+\s+){0,3}$/;
const RESPONSE = /\b(in (?:response|retaliation|reprisal) (?:to|for)|retaliat\w* (?:for|against)|to avenge|in revenge for|after|following|a response to|responding to)\s+(?:the\s+|recent\s+|an?\s+|last\s+\w+'s\s+)*(?:[\w'-]+\s+){0,4}$/;

export interface EventInput {
	work: string;
	lower: string;
	sentences: Sentence[];
	mentionsBySentence: Map<number, Mention[]>;
	/** Place mentions, in text order. */
	placeMentions: Mention[];
	/** Returns true when the span has an explicit date in the same sentence. */
	hasOwnDate: (sentence: Sentence, at: number) => boolean;
	/** A date expression right around a position ("attacks in Iraq in December 2019"). */
	hasDateNear: (at: number) => boolean;
	/** Headline-like sentences (every word capitalised). */
	titleCase: Set<number>;
}

// "captured Bakhmut", "gang members stormed Mirebalais": the verb's object is a named town; the rules in triggers.ts
// and classify.ts read no names, only nouns ("captured the town of …", "stormed the village").
const ON_NAMED_PLACE_TYPE: Record<string, string> = { captured: 'territory_regained', seized: 'territory_regained', overran: 'territory_regained', stormed: 'attack' };
const ON_NAMED_PLACE_WORD = new RegExp(`\\b(?:${Object.keys(ON_NAMED_PLACE_TYPE).join('|')})\\b`);
const ON_NAMED_PLACE = new RegExp(`\\b(${Object.keys(ON_NAMED_PLACE_TYPE).join('|')})\\s+$`);

/** Capture and assault triggers whose object is a place the entity tagger found ("Russian forces captured Siversk"). */
function onNamedPlaces(sl: string, s: Sentence, places: Mention[]): TriggerHit[] {
	if (!ON_NAMED_PLACE_WORD.test(sl)) return [];
	const out: TriggerHit[] = [];
	for (const m of places) {
		if (m.sentence !== s.index) continue;
		const verb = ON_NAMED_PLACE.exec(sl.slice(Math.max(0, m.start - s.start - 12), m.start - s.start));
		if (!verb) continue;
		const start = m.start - verb[0].length;
		out.push({ type: ON_NAMED_PLACE_TYPE[verb[1]], start, end: start + verb[1].length, sentence: s.index, nominal: false, strength: 0.7, word: verb[1] });
	}
	return out;
}

const DURING_BEFORE = /\b(?:during|in the course of)\s+(?:an?|the|their|its|one)\s+(?:[\w-]+\s+){0,2}$/;
const KILLED_IN_SENTENCE = /\b(?:killed|killing|shot dead|dead|died|murdered|executed)\b/;
const RAID_OF_ARREST_BEFORE = /\b(?:arrested|detained|apprehended|captured|nabbed|rounded up)\b[^.;]*\b(?:in|during)\s+(?:an?|the|a series of)\s+(?:[\w-]+\s+){0,2}$/;
const SPOKEN_OF_BEFORE = /\b(?:confirmed|condemned|denied|reported|acknowledged|described|investigat\w*|mourned|commemorated)\s+(?:the|this|that|these|those)\s+(?:[\w'-]+\s+)?$/;
const VIOLENT_RESULT = /^(?:killed|killing|dead|died|wounded|injured)$/;
const MET_BEFORE = /\bmet\s+$/;
const MEETS: ReadonlySet<string> = new Set(['person', 'state', 'government', 'organization', 'military', 'armed_group']);

/** "Biden met Putin in Geneva": a meeting whose other party, named, follows the verb (the trigger rules read lower case). */
function metNamed(sl: string, s: Sentence, mentions: Mention[]): TriggerHit[] {
	if (!sl.includes('met ')) return [];
	const out: TriggerHit[] = [];
	for (const m of mentions) {
		if (m.group || !MEETS.has(m.kind ?? '') || !MET_BEFORE.test(sl.slice(Math.max(0, m.start - s.start - 6), m.start - s.start))) continue;
		const start = sl.lastIndexOf('met', m.start - s.start) + s.start;
		out.push({ type: 'meeting', start, end: start + 3, sentence: s.index, nominal: false, strength: 0.5, word: 'met' });
	}
	return out;
}

// (After a dateline too: "LUANDA (Reuters) - Domingos Kalunga, a former rebel general, has died at the age of 78.")
const NAMED_SUBJECT_BEFORE = /(?:^|[.;:]\s+|\n|\s[-\u2013\u2014]{1,2}\s+)\s*(?:(?:[A-Z][\w.'-]*\s+){0,3}[A-Z][\w'-]+)(?:,[^,]{1,80},)?\s+(?:(?:has|had|reportedly|later|also)\s+)?$/;
const DESCRIBED_PERSON_BEFORE = /(?:^|[.;:]\s+|\n|\s[-\u2013\u2014]{1,2}\s+)\s*(?:a|an|the|his|her|their)\s+(?:former|late|retired|veteran|prominent|renowned|longtime|long-time|ex-\w+|elderly)\b[^.;]{0,120}$/i;
const VIOLENT_CUE = /\b(?:kill\w*|shot|shoot\w*|gun\w*|attack\w*|wound\w*|injur\w*|stab\w*|beat\w*|tortur\w*|bomb\w*|blast|explosion|strike|assault\w*|fire|violence|clash\w*|custody|detention|abduct\w*|kidnap\w*|murder\w*|lynch\w*)\b/;
// ("protests against former President Dina Boluarte in January 2023": a few words of what the event was about may come
// between it and its year, in the same clause.)
const YEAR_AFTER = /^(?:\s+(?:in|during|of)|(?:\s+[\w'.-]+){1,6}?\s+(?:in|during))\s+(?:(?:early|late|mid-?)\s*)?(?:(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+)?(?:19|20)\d\d\b/;
const ATTACKED_GATHERING = /^\s+(?:on\s+)?(?:a|an|the)\s+(?:[\w'-]+\s+){0,3}$/;
const ARMED_SUBJECT = /\b(?:gunm[ae]n|armed men|militants|assailants|attackers|bandits|militiam[ae]n|suicide bombers?|unknown persons)\s+(?:\w+\s+){0,2}$/;

// "the Awami League office", "the Muslim League": a party or an alliance, named; "league" in lower case is a sport's.
const NAME_BEFORE = /\b[A-Z][\w'-]*\s$/;
const SPORTS_LEAGUE_BEFORE = /\b(?:Premier|Champions|Europa|Conference|Nations|Super|Major|Minor|Pro|Football|Rugby|Basketball|Hockey|Cricket|Soccer|Baseball|Little|Ivy|Netball|Volleyball)\s$/;

/** The lower-case text the event rules read, with the word "league" blanked where it ends a capitalised name. */
function withoutNamedLeagues(work: string, lower: string): string {
	let out = lower;
	if (work.includes(' League')) {
		out = out.replace(/\bleague\b/g, (word, at: number) => {
			const before = work.slice(Math.max(0, at - 40), at);
			return work.startsWith('League', at) && NAME_BEFORE.test(before) && !SPORTS_LEAGUE_BEFORE.test(before) ? ' '.repeat(word.length) : word;
		});
	}
	// ("the far-right National Rally drew 144 votes", "the Rally for Culture and Democracy": a party's name, no rally.)
	if (work.includes(' Rally')) {
		out = out.replace(/\brally\b/g, (word, at: number) => {
			if (!work.startsWith('Rally', at)) return word;
			const before = work.slice(Math.max(0, at - 40), at);
			const named = (NAME_BEFORE.test(before) && !/(?:^|[.!?]\s+|\n)[A-Z][\w'-]*\s$/.test(before)) || /^Rally for (?:the )?[A-Z]/.test(work.slice(at, at + 24));
			return named ? ' '.repeat(word.length) : word;
		});
	}
	return out;
}

export function buildEvents(inp: EventInput): DraftEvent[] {
	const { work, sentences } = inp;
	const lower = withoutNamedLeagues(work, inp.lower);
	const events: DraftEvent[] = [];
	const story = storyContext(lower);
	for (const s of sentences) {
		const sl = lower.slice(s.start, s.end);
		const hits = findTriggers(sl, s.start, s.index);
		// (Kept in text order, as findTriggers returns them; a word another rule already read stays that rule's.)
		for (const h of [...onNamedPlaces(sl, s, inp.placeMentions), ...metNamed(sl, s, inp.mentionsBySentence.get(s.index) ?? [])]) {
			if (hits.some((x) => x.start < h.end && h.start < x.end)) continue;
			const after = hits.findIndex((x) => x.start > h.start);
			hits.splice(after < 0 ? hits.length : after, 0, h);
		}
		const refined: Array<TriggerHit & { hedged: boolean }> = [];
		for (const h of hits) {
			const r = refine(h, sl, s.start, story);
			if (r.drop) continue;
			// The hit is this sentence's own fresh object: refined in place rather than copied.
			const x = h as TriggerHit & { hedged: boolean };
			x.type = r.type;
			x.hedged = !!r.hedged;
			refined.push(x);
		}
		// Nothing named an event: looser words get a second look ("three people died", also in "Two workers were injured,
		// according to the regional administration": an attribution names no event of its own).
		// (A coder's category tag names the kind, not the act: "Looting: …, fighters seized cattle from herders".)
		const tagEnd = s.index === 0 || work[s.start - 1] === '\n' ? s.start + (CATEGORY_TAG.exec(work.slice(s.start, s.start + 80))?.[0].length ?? 0) : s.start;
		if (refined.every((h) => h.type === 'statement' || h.end <= tagEnd)) {
			for (const h of fallbackTriggers(sl, s.start, s.index)) {
				// ("Hernando Ospina died on Sunday.": a person named dying, with nothing violent said, died; no one killed him.)
				// (Or a person described: "A former rebel commander who fought against the government died on Monday.")
				if (h.word === 'died' && (NAMED_SUBJECT_BEFORE.test(work.slice(s.start, h.start)) || DESCRIBED_PERSON_BEFORE.test(work.slice(s.start, h.start))) && !VIOLENT_CUE.test(sl)) continue;
				const r = refine(h, sl, s.start, story);
				if (!r.drop) refined.push(Object.assign(h, { type: r.type, hedged: !!r.hedged }));
			}
		}
		// No event named here: no clauses to split, no links to read.
		if (!refined.length) continue;
		// "Gunmen attacked a rally, killing one protester": a demonstration that armed men attack is their target, not the event.
		for (let k = refined.length - 1; k > 0; k--) {
			const h = refined[k];
			if (family(h.type) !== 'protest') continue;
			const attack = refined.slice(0, k).reverse().find((x) => x.type === 'attack' || x.type === 'armed_clash');
			if (attack && ATTACKED_GATHERING.test(lower.slice(attack.end, h.start)) && ARMED_SUBJECT.test(lower.slice(s.start, attack.start))) refined.splice(k, 1);
		}
		// ("Fano fighters seized Debre Tabor after federal troops withdrew": the other side's withdrawal that let a town be
		// taken is how it was taken, no move told apart.)
		const takeover = refined.find((h) => /^territory_/.test(h.type));
		if (takeover) for (let k = refined.length - 1; k >= 0; k--) {
			const h = refined[k];
			if (h.type === 'group_change' && /^(?:withdrew|withdrawn|withdrawal|retreated|pulled out|fled)$/.test(h.word) && h.start > takeover.end && h.start - takeover.end < 160 && /\b(?:after|following|as|when)\s+(?:[\w'-]+\s+){1,5}$/.test(lower.slice(takeover.end, h.start))) refined.splice(k, 1);
		}
		// Inside a protest, arrests and beatings are the intervention, not separate events.
		// ("Rioters torched cars after police shot dead a teenager": the shooting across "after" is the cause, an event of its own.)
		const protestHits = refined.filter((h) => family(h.type) === 'protest');
		if (protestHits.length) {
			const sameScope = (x: TriggerHit) => protestHits.some((p) => !CAUSE_CUE.test(lower.slice(Math.min(p.end, x.end), Math.max(p.start, x.start))));
			for (let k = refined.length - 1; k >= 0; k--) if (['arrest', 'attack', 'armed_clash'].includes(refined[k].type) && sameScope(refined[k])) refined.splice(k, 1);
		}
		// ("Iraqi forces arrested six militants in a dawn raid near Samarra": the raid is how they were arrested, no attack of
		// its own.)
		if (refined.some((h) => h.type === 'arrest')) {
			for (let k = refined.length - 1; k >= 0; k--) if (/^raids?$/.test(refined[k].word) && RAID_OF_ARREST_BEFORE.test(lower.slice(Math.max(s.start, refined[k].start - 120), refined[k].start))) refined.splice(k, 1);
		}
		// ("RSF fighters raped at least four women during a raid on a neighbourhood": the raid is where the rape was done, no attack
		// of its own, where no one was killed in it.)
		if (refined.some((h) => h.type === 'sexual_violence' || h.type === 'abduction') && !KILLED_IN_SENTENCE.test(lower.slice(s.start, s.end))) {
			for (let k = refined.length - 1; k >= 0; k--) {
				const h = refined[k];
				if (['attack', 'armed_clash'].includes(h.type) && /^(?:raids?|attacks?|assaults?|incursions?)$/.test(h.word) && DURING_BEFORE.test(lower.slice(Math.max(s.start, h.start - 40), h.start)) && refined.some((x) => (x.type === 'sexual_violence' || x.type === 'abduction') && x.end <= h.start)) refined.splice(k, 1);
			}
		}
		// Per clause, per family: keep the most specific trigger.
		const clauses = clauseRanges(work, s);
		const chosen: Array<TriggerHit & { hedged: boolean; group: TriggerHit[] }> = [];
		for (const c of clauses) {
			const byFam = new Map<string, Array<TriggerHit & { hedged: boolean }>>();
			for (const h of refined) {
				if (h.start < c.start || h.start >= c.end) continue;
				const f = family(h.type);
				const list = byFam.get(f);
				if (list) list.push(h);
				else byFam.set(f, [h]);
			}
			for (const list of byFam.values()) for (const group of connected(list, lower)) chosen.push(Object.assign(mostSpecific(group), { group }));
		}
		// Statements only when nothing else happens in the sentence.
		const substantive = chosen.filter((h) => !['statement'].includes(h.type));
		const keep = substantive.length ? substantive : chosen;
		const mentions = inp.mentionsBySentence.get(s.index) ?? [];
		const actors = sentenceActors(work, lower, s, mentions);
		// A coder's category before the note ("Arrests: On 12 November, police arrested …") types the event; who did what is
		// read from the note's own words ("police", read after the tag's noun, had been the arrested).
		for (const h of keep.sort((a, b) => a.start - b.start)) {
			const d = eventType(h.type);
			// ("Maoists blew up a police vehicle with an IED": the weapon an act used names no doer of its own; the owner of
			// what was hit, nearest before it, is no agent.)
			const instrument = (x: TriggerHit) => x.nominal !== false && INSTRUMENT_BEFORE.test(lower.slice(Math.max(s.start, x.start - 30), x.start));
			const rolesAt = (x: TriggerHit): RoleHit[] => {
				if (x.end <= tagEnd) return tagSubject(work, tagEnd, s, mentions);
				const read = assignRoles({ work, lower, sentence: s, trigger: { start: x.start, end: x.end, word: x.word, nominal: x.nominal }, type: h.type, violent: d.violent, mentions, actors });
				return instrument(x) ? read.filter((r) => r.role !== 'agent' && r.role !== 'participant') : read;
			};
			let roles = rolesAt(h);
			const others = h.group.filter((o) => o !== h).map((o) => ({ hit: o, roles: rolesAt(o) }));
			// "Indian security forces killed 29 rebels in a gunfight": the verb's subject acts, not the noun's nearest neighbour.
			// (A verb told first, whose subject is no word of the event itself: "an IED … detonated" names no one.)
			const inEvent = (m: Mention) => h.group.some((x) => m.start < x.end && x.start < m.end);
			const verbAgents = (o: (typeof others)[number]) => o.roles.filter((r) => r.role === 'agent' && !inEvent(r.mention));
			const verb = VERB_FORM.test(h.word) ? undefined : others.find((o) => o.hit.start < h.start && VERB_FORM.test(o.hit.word) && verbAgents(o).length > 0);
			if (verb) roles = [...verbAgents(verb), ...roles.filter((r) => r.role !== 'agent' && r.role !== 'participant')];
			// The words of one event ("were killed in an airstrike") each see part of it: the victims before the result word.
			for (const o of others) for (const r of o.roles) if ((r.role === 'victim' || r.role === 'target') && !roles.some((x) => x.mention === r.mention)) roles.push(r);
			// "Seven soldiers were killed when militants attacked a post": who did the cause did the result.
			if (!roles.some((r) => r.role === 'agent')) for (const o of others) for (const r of verbAgents(o)) if (!roles.some((x) => x.mention === r.mention)) roles.push(r);
			const before = lower.slice(Math.max(s.start, h.start - 60), h.start);
			// "The two leaders agreed…", "both sides accused…": the parties of the event told before.
			if (PAIR_SUBJECT.test(before) && !roles.some((r) => r.role === 'agent')) {
				const prior = [...events].reverse().find((e) => partiesOf(e).length >= 2);
				if (prior) for (const m of partiesOf(prior)) if (!roles.some((r) => r.mention === m)) roles.push({ role: 'agent', mention: m });
			}
			const responseRef = d.violent && RESPONSE.test(before) && !inp.hasDateNear(h.start);
			// "an officer was wounded": an article before a verb is its subject's; "a second bomb exploded" is another event.
			// "killed in a gunfight": the cause of a result just told, not another event.
			// "…, in what Hezbollah called an attack on Lebanon's sovereignty": a name given to the event just told.
			const characterised = CHARACTERISED.test(before);
			// ("In a separate gunfight …, two militants were killed": any word of the event may say it is another one.)
			const markedOther = h.group.some((x) => x !== h && OTHER_OCCURRENCE.test(lower.slice(Math.max(s.start, x.start - 40), x.start)));
			const otherBefore = OTHER_OCCURRENCE.test(before);
			const isNew =
				!characterised &&
				(markedOther ||
					(NEW_EVENT.test(before) &&
						(!VERB_FORM.test(h.word) || otherBefore) &&
						!/\b(?:killed|wounded|injured|hurt|died|dead)\s+(?:in|by|during)\s+(?:an?|the)\s+(?:[\w'-]+\s+){0,2}$/.test(before)));
			const anaphor = characterised || /\b(the|these|those|this|that|such)\s+(?:[\w'"-]+\s+){0,3}$/.test(before);
			// "On Friday the army attacked a town": a determiner before an active verb belongs to its subject, and a
			// date of its own makes it another event; "the attack killed", "the officer was shot", "the victim died"
			// and undated re-tellings ("the United States targeted camps") still tell the event named before.
			const subjectActs = VERB_FORM.test(h.word) && !/^(died|succumbed)$/.test(h.word) && !EVENT_SUBJECT.test(before) && inp.hasDateNear(h.start);
			// ("In 2021, the city saw heavy fighting": a sentence set in another year tells another event, whatever its article.)
			// ("During the 2019 protest movement, security forces killed…": an episode of another year, the same.)
			// ("Juliaca was the scene of protests in January 2023": a year right after the word sets it in that year too.)
			// ("In March 2025, one of the weekly protests in Buenos Aires turned violent": a month of another year, the same.)
			const elsewhen = /\b(?:in|since|during|throughout) (?:the )?(?:(?:early|late|mid-?)\s*)?(?:(?:january|february|march|april|may|june|july|august|september|october|november|december) )?(?:19|20)\d\d\b|\blast (?:year|month)\b|\b(?:years?|months?) ago\b/.test(lower.slice(s.start, h.start)) || YEAR_AFTER.test(lower.slice(h.end, Math.min(s.end, h.end + 80)).split(/[,;:]/)[0]);
			// (An apposition names the act just told in its own sentence, whatever year the sentence is set in.)
			const isDefinite = !isNew && !subjectActs && (!elsewhen || characterised) && (characterised || DEFINITE.test(before) || h.nominal === false && /^(strikes?|attacks?|airstrikes?)$/.test(h.word) && /\b(the|these)\b/.test(before.slice(-20)));
			// Same type already in this sentence → same event, unless marked as another one.
			let target = isNew ? undefined : events.find((e) => e.type === h.type && e.sentences.includes(s.index));
			// ("Al Shabaab claimed the attack and said it killed five soldiers": what a claimant says it did is the act it claims,
			// the violent event the story tells most, as a definite back-reference finds it.)
			if (!target && d.violent && CLAIMANT_SAID_BEFORE.test(lower.slice(s.start, h.start))) target = events.filter((e) => family(e.type) === 'violence' && !e.referenceOnly).sort(mostToldFirst)[0];
			// The event a category tag names is the note's own: "Arrests: …, forces carried out a search and arrest campaign".
			if (!target && h.end > tagEnd) target = events.find((e) => e.main.sentence === s.index && e.main.end <= tagEnd && sameKind(e.type, h.type));
			if (!target && isDefinite && !isNew && !responseRef) {
				// "the strikes" refers back to an event named with the same word if there is one.
				const stem = h.word.replace(/(s|es|ed|ing)$/, '').replace(/^air ?/, '');
				// The most talked-about such event: news returns to its main event.
				// "The attack damaged a cathedral" reads as property destruction alone, yet names the strike told before it.
				// ("99% of the projectiles had been intercepted": a generic word names whatever violence was told.)
				const anyAttack = (h.type === 'looting' || family(h.type) === 'violence') && /^(attacks?|assaults?|raids?|projectiles|barrage|salvo)$/.test(h.word);
				// ("during the offensive in which Islamist-led rebels toppled Assad": a campaign named is no single blast told before.)
				const campaign = CAMPAIGN_WORD.test(h.word);
				const prior = events.filter((e) => (sameKind(e.type, h.type) || (anyAttack && family(e.type) === 'violence')) && !e.referenceOnly && (!campaign || e.hits.some((x) => CAMPAIGN_WORD.test(x.word)))).sort(mostToldFirst);
				// (", in a five-hour gun battle": an apposition names the event just told, not the story's main one.)
				const justTold = characterised ? [...events].reverse().find((e) => !e.referenceOnly && (sameKind(e.type, h.type) || (family(e.type) === 'violence' && family(h.type) === 'violence'))) : undefined;
				// ("… detained 14 people … in dawn raids … The raids are the latest in a series": the same word, read as another kind
				// where it was first told, names that event.)
				const sameWord = prior.length || family(h.type) !== 'violence' ? undefined : events.find((e) => !e.referenceOnly && family(e.type) !== 'violence' && e.sentences.some((k) => k !== s.index && wordIn(lower, inp.sentences[k], h.word)));
				target = justTold ?? prior.find((e) => e.hits.some((x) => x.word.includes(stem))) ?? sameWord ?? prior[0];
			}
			if (target && !responseRef) {
				target.hits.push(h);
				if (!target.sentences.includes(s.index)) target.sentences.push(s.index);
				for (const r of roles) {
					// A back-reference ("the strikes") names the event, not its agent; words around it are often about something else.
					// ("The clash was between X and Y" names the event's two sides, which an event told without them takes.)
					// (An agent read from a stray capitalised word, "Heavy fighting was reported …", is none.)
					const sidesNamed = r.sides && !target.roles.some((x) => x.role === 'agent' && x.mention.kind !== 'other');
					if (sidesNamed && r.role === 'agent') target.roles = target.roles.filter((x) => !(x.role === 'agent' && x.mention.kind === 'other'));
					// ("Security forces conducted an operation in Bannu. Six TTP militants were killed in the exchange of fire.": the
					// armed dead of a fight told back, where it has no other side yet, are that side.)
					if (anaphor && !sidesNamed && (r.role === 'participant' || r.role === 'agent') && target.type === 'armed_clash' && (r.mention.kind === 'armed_group' || r.mention.group === 'armed') && !target.roles.some((x) => x.role === 'target' || x.role === 'participant' || x.mention.name === r.mention.name)) {
						target.roles.push({ ...r, role: 'target' });
						continue;
					}
					if (anaphor && !sidesNamed && (r.role === 'agent' || r.role === 'participant' || ((r.role === 'target' || r.role === 'victim') && (r.mention.kind === 'person' || r.mention.kind === 'other')))) continue;
					// ("The army confirmed the attack and said troops were pursuing the attackers": an event only spoken of names none of
					// its parties in what else the sentence says.)
					if (anaphor && SPOKEN_OF_BEFORE.test(before)) continue;
					if (!target.roles.some((x) => x.role === r.role && x.mention === r.mention)) target.roles.push(r);
				}
				// A fuller mention (with a date, agent) makes better evidence than a headline.
				if (better(h, roles, target, inp, s, anaphor)) {
					target.main = h;
					target.mainAnaphor = anaphor;
				}
				// ("looted a health centre and set fire to homes … It attributed the attack to the 3R group": the looting named
				// loosely again, by a noun, is still looting; "the settlers opened fire, killing a man" makes it an attack.)
				// ("Gunmen set fire to a dozen vehicles … The fighting erupted after …": a generic word told back makes no fight of property destroyed.)
				if (h.type !== target.type && spec(h.type) < spec(target.type) && family(h.type) === family(target.type) && !(anaphor && /^(?:attacks?|assaults?|raids?|incidents?)$/.test(h.word) && target.type === 'looting' && h.type === 'attack') && !(anaphor && target.type === 'looting' && GENERIC_FIGHT.test(h.word))) target.type = h.type;
				continue;
			}
			events.push({
				type: h.type,
				hits: [h],
				main: h,
				sentences: [s.index],
				roles,
				hedged: h.hedged,
				referenceOnly: responseRef,
				linkTo: [],
				order: events.length,
				distinct: isNew,
				another: markedOther || otherBefore,
				mainAnaphor: anaphor
			});
			// Protesters who "threatened" or "stormed" something are protesting.
			const last = events[events.length - 1];
			if (['threat', 'attack', 'riot'].includes(last.type) && last.roles.some((r) => r.role === 'agent' && r.mention.group === 'protesters')) {
				last.type = last.type === 'threat' ? 'protest' : 'riot';
			}
		}
		// Links: "X in response to Y" / "X after Y" within the sentence.
		// "Property destruction: On 3 May, Israeli forces blew up 20 buildings": the coder's tag, an ACLED sub-event type, types
		// the note's first event whatever its verb.
		if (tagEnd > s.start) {
			const tagged = typeOfTag(work.slice(s.start, tagEnd));
			const first = tagged && events.find((e) => e.main.sentence === s.index && e.type !== 'statement');
			if (first && tagged) first.type = tagged;
		}
		linkInSentence(events, s, sl);
	}
	return events;
}

/** The event type whose ACLED sub-event type, or one of its parts, a category tag names ("Property destruction", "Arrests"). */
function typeOfTag(tag: string): string | undefined {
	const name = tag.replace(/:\s*$/, '').trim().toLowerCase();
	const matches = EVENT_TYPES.filter((t) => {
		const sub = t.acled.subEventType.toLowerCase();
		return sub === name || sub.split('/').includes(name);
	});
	// ("Other" is many types' sub-event: a tag that names several says nothing.)
	return matches.length === 1 ? matches[0].id : undefined;
}

// ("The government said in a statement on Tuesday that the group's attempt … had been foiled, that several dozen of its
// fighters had been killed": the same, however long the report runs.)
const SAID_THAT_BEFORE = /\b(?:said|says|stated|announced|claimed|added)\b[^.;]*\bthat\b[^.;]*$/;
const CLAIMANT_SAID_BEFORE = /\bclaim(?:ed|s|ing)\s+(?:the|this|that|responsibility)\b[^.;]{0,80}\b(?:and\s+said|saying|said)\s+(?:that\s+)?(?:it|they|its\s+(?:fighters|militants|men|members)|their\s+(?:fighters|militants|men))\s+(?:had\s+)?$/;
const GENERIC_FIGHT = /^(?:fighting|violence|unrest|feud|war)$/;
const CAMPAIGN_WORD = /^(?:offensives?|campaigns?|wars?|insurgency|insurgencies|counter-?offensives?)$/;
const CLAIMANT_SAYING_BEFORE = /\bclaim(?:ed|s|ing)\s+(?:responsibility|credit)\b[^.;]{0,160}\b(?:saying|said|adding)\b[^.;]*$/;
const REPORTED_BEFORE = /\b(?:confirmed|acknowledged|said|says|reported|added|denied)\s+(?:that\s+)?(?:[\w'-]+\s+){0,6}$/;
const INSTRUMENT_BEFORE = /\b(?:with|using|by means of)\s+(?:an?|the|two|three|several|their|its)\s+(?:[\w-]+\s+){0,2}$/;

/** Can a definite mention of type b ("the attack") refer back to an event of type a? */
// Words that state a result of the event just named ("a strike that killed").
const RESULT = /^(killed|killing|kills|wounded|wounding|injured|injuring|died|dead|shot dead|destroyed|hit|targeting|targeted|exploded|detonated|explosion|blast)$/;

/** Split one family's triggers in a clause into events: a new determiner far from the last trigger opens a new one. */
// (Also ", in a rare assault on the capital": an apposition naming the event just told.)
const CHARACTERISED = /\bin what\s+(?:[\w'.-]+\s+){0,4}?(?:called|calls|described as|describes as|termed|terms|branded|brands|labell?ed)\s+(?:an?|the)\s+(?:[\w'-]+\s+){0,2}$|,\s+in\s+(?:an?|the|what was)\s+(?:[\w'-]+\s+){0,2}$/;
const PAIR_SUBJECT = /\b(?:the two|both)\s+(?:leaders|sides|presidents|countries|nations|governments|ministers|men|parties|rivals|neighbou?rs|delegations|allies)\s+(?:(?:have|had|also|then|later|jointly|each)\s+)?$/;

/** Who took part in an event: its agents and participants, else those and its targets (the two sides of a clash). */
function partiesOf(e: DraftEvent): Mention[] {
	const acting = e.roles.filter((r) => r.role === 'agent' || r.role === 'participant').map((r) => r.mention);
	return acting.length >= 2 ? acting : [...acting, ...e.roles.filter((r) => r.role === 'target').map((r) => r.mention)];
}

function connected<T extends TriggerHit>(list: T[], lower: string): T[][] {
	const groups: T[][] = [];
	for (const h of [...list].sort((a, b) => a.start - b.start)) {
		const last = groups[groups.length - 1];
		const prev = last?.[last.length - 1];
		if (prev && joins(prev, h, lower)) last.push(h);
		else groups.push([h]);
	}
	return groups;
}

const ACT_AFTER_RESULT: ReadonlySet<string> = new Set(['airstrike', 'shelling', 'explosive', 'grenade', 'suicide_bombing', 'chemical_attack']);

/** Does trigger `h` tell the same event as `prev`, the last of its family in the clause? (Read only when there is one.) */
function joins(prev: TriggerHit, h: TriggerHit, lower: string): boolean {
	// "a trafficker was killed after exchanging fire with police": the death is the fight's, one event.
	if (RESULT.test(prev.word) && h.type === 'armed_clash' && /^\s+(?:after|following|while|when)\s+$/.test(lower.slice(prev.end, h.start)) && /ing\b/.test(h.word)) return true;
	// "M23 rebels took control of Pinga on Monday after two days of fighting": the fighting that won the town.
	if (/^territory_/.test(prev.type) && h.type === 'armed_clash' && h.start - prev.end < 200 && /\b(?:after|following)\s+(?:[\w'-]+\s+){0,4}?(?:of\s+)?$/.test(lower.slice(prev.end, h.start))) return true;
	// ("regained control of Djibo on Sunday after an operation in which 27 militants were killed": the operation's dead.)
	if (/^territory_/.test(prev.type) && VIOLENT_RESULT.test(h.word) && h.start - prev.end < 200 && /\b(?:after|following|in|during)\s+(?:an?|the|a\s+\w+-day|days\s+of)\s+(?:[\w'-]+\s+){0,2}?(?:operation|offensive|assault|battle|fighting|clashes|raid|counter-?offensive)\s+(?:in which|during which|that (?:left|killed)|which (?:left|killed))\s+(?:[\w'-]+\s+){0,5}?$/.test(lower.slice(prev.end, h.start))) return true;
	// ("A woman was killed and four others were injured after suspected militants dropped explosives from drones": the dead
	// of the act told after "after", one event, as with "when".)
	if (RESULT.test(prev.word) && ACT_AFTER_RESULT.has(h.type) && !h.nominal && /^\s+(?:and\s+(?:[\w'-]+\s+){1,5}?(?:injured|wounded|hurt)\s+)?(?:after|when)\s+(?:[\w'-]+\s+){1,6}?$/.test(lower.slice(prev.end, h.start))) return true;
	if (/\b(in (?:response|retaliation|reprisal) (?:to|for)|after|following|in the wake of|in revenge for|to avenge)\b/.test(lower.slice(prev.end, h.start))) return false;
	if (RESULT.test(h.word)) return true;
	// "a reconciliation agreement", "a ceasefire deal": two words of one family side by side are one compound.
	// "Two people were killed and 40 injured when supporters of the BNP and the Jamaat-e-Islami party clashed": the deaths are
	// the clash's, however long its subject.
	if (RESULT.test(prev.word) && (h.type === 'armed_clash' || h.type === 'mob_violence') && /^\s+(?:and\s+(?:[\w'-]+\s+){1,5}?(?:injured|wounded|hurt)\s+)?when\s+[^.;]{0,140}$/.test(lower.slice(prev.end, h.start))) return true;
	// "Militants attacked a police post, sparking a gunfight": the fight the attack became.
	if (h.type === 'armed_clash' && h.start - prev.end < 160 && /,\s+(?:sparking|triggering|prompting|setting off|leading to|resulting in)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?$/.test(lower.slice(prev.end, h.start))) return true;
	if (/^\s+$/.test(lower.slice(prev.end, h.start))) return true;
	// "Two civilians were killed in an airstrike", "wounded by a roadside bomb", "the murder of a teenager in a knife attack": the result, then its cause.
	// ("killed dozens of people in an attack": the result's object may come between.)
	if ((RESULT.test(prev.word) || /^(?:murder|killing|slaying|death|assassination)$/.test(prev.word)) && /^\s+(?:of\s+(?:[\w'-]+\s+){1,4}?|(?:[\w'-]+,?\s+){1,12}?)?(?:(?:and|or)\s+(?:[\w'-]+\s+){1,5}?(?:killed|wounded|injured|hurt)\s+)?(?:in|by|during|when)\s+(?:(?:a|an|the)\s+)?(?:[\w'-]+\s+){0,3}$/.test(lower.slice(prev.end, h.start)) && !/\b(?:another|other|separate|second|new|further)\b/.test(lower.slice(prev.end, h.start))) return true;
	// "their convoy struck a roadside bomb": what was struck is the device that went off, one event.
	if (prev.word === 'struck' && h.type === 'explosive' && h.nominal && /^\s+(?:an?|the)\s+(?:[\w'-]+\s+){0,2}$/.test(lower.slice(prev.end, h.start))) return true;
	// "separatists detonated a roadside bomb", "threw a grenade", "fired two rockets": the weapon the verb used, one event.
	if (DEVICE_USE.test(prev.word) && h.nominal && DEVICE_TYPES.has(h.type) && /^\s+(?:an?|the|two|three|four|five|several|multiple)\s+(?:[\w'-]+\s+){0,2}$/.test(lower.slice(prev.end, h.start))) return true;
	// "agreed on Friday to a two-month truce", "signed a ceasefire": the noun is what was agreed, one event.
	if (prev.type === 'agreement' && h.type === 'agreement' && /^(agreed|agree)$/.test(prev.word) && /^\s+(?:[\w'-]+\s+){0,3}?(?:to|on|upon)\s+(?:a|an|the)\s+(?:[\w'-]+\s+){0,3}$/.test(lower.slice(prev.end, h.start))) return true;
	// ("a suicide bomber blew himself up": the article before a verb is its subject's.)
	// ("bandits stormed Gidan Boka village (Kankara, Katsina) at night and abducted 14 residents": verbs of one subject.)
	const gap = h.start - prev.end;
	const coordinated = gap < 100 && /^(?:stormed|raided|attacked|entered|invaded|ambushed|overran|besieged)$/.test(prev.word) && VERB_FORM.test(h.word) && /,?\s+and\s+$/.test(lower.slice(prev.end, h.start)) && !/[;:]/.test(lower.slice(prev.end, h.start));
	return (gap < 50 || coordinated) && (VERB_FORM.test(h.word) || !/\b(a|an|another|the|these|those|this|that|similar|more|additional)\s+(?:[\w'-]+\s+){0,3}$/.test(lower.slice(Math.max(0, h.start - 40), h.start)));
}

/**
 * Who a category tag's event is done by: the note's subject, the first actor after its date lead ("Movement of forces:
 * On 1 May 2020, Russian and Turkish forces carried out a joint patrol") and any joined to it by "and".
 */
function tagSubject(work: string, tagEnd: number, s: Sentence, mentions: Mention[]): RoleHit[] {
	const lead = /^(?:On|Around|As reported on|As of|Between|From|In|During|Since|Overnight)\b[^,]{0,60},\s*/.exec(work.slice(tagEnd, s.end));
	const from = tagEnd + (lead?.[0].length ?? 0);
	// The longest of the mentions that start together, a force over its state's adjective ("regime security forces", "Russian … forces").
	const after = mentions
		.filter((m) => m.what === 'actor' && !m.backerOnly && m.start >= from)
		.sort((a, b) => a.start - b.start || b.end - a.end || Number(a.kind === 'state') - Number(b.kind === 'state'));
	const out: RoleHit[] = [];
	for (const m of after) {
		if (out.length && m.start < out[out.length - 1].mention.end) continue;
		const gap = work.slice(out.length ? out[out.length - 1].mention.end : from, m.start);
		// (The subject opens the note: "the regime's Military Intelligence raided …"; a name further on is an object.)
		// ("opposition rebels under OPS": the command they fight under is a party too.)
		// ("fighters of the Rapid Support Forces looted shops": the group whose fighters act.)
		if (out.length ? !/^\s*(?:,|and|,\s*and|under|of)\s*(?:the\s+)?$/.test(gap) : !/^(?:the\s+|an?\s+|(?:[\w'-]+\s+){0,2}|(?:[\w'-]+\s+)?(?:members|fighters|militants|elements|soldiers|troops|agents|officers|gunmen)\s+of\s+(?:the\s+)?)$/i.test(gap)) break;
		out.push({ role: 'agent', mention: m });
	}
	return out;
}

const DEVICE_USE = /^(?:detonated|detonating|triggered|set off|planted|hurled|threw|lobbed|tossed|fired|launched|dropped)$/;
const DEVICE_TYPES: ReadonlySet<string> = new Set(['explosive', 'grenade', 'shelling', 'airstrike', 'suicide_bombing', 'chemical_attack']);

function sameKind(a: string, b: string): boolean {
	if (a === b) return true;
	const fa = family(a);
	if (fa !== family(b)) return false;
	// A generic word ("attack", "strike") may name any violent event; two specific ones must agree.
	return fa !== 'violence' || b === 'attack' || a === 'attack' || b === 'armed_clash';
}

/** Is the new mention a better description (evidence, date, place) of the event than its current main one? */
function better(h: TriggerHit, roles: RoleHit[], e: DraftEvent, inp: EventInput, s: Sentence, anaphor: boolean): boolean {
	const score = (hit: TriggerHit, rs: RoleHit[], sent: Sentence, ana: boolean) =>
		(inp.hasOwnDate(sent, hit.start) ? 2 : 0) +
		(rs.some((r) => r.role === 'agent') ? 1 : 0) +
		(rs.some((r) => r.role === 'target') ? 0.5 : 0) +
		(hit.nominal ? 0 : 0.5) +
		(inp.titleCase.has(sent.index) ? -3 : 0) +
		(ana ? -1.5 : 0) +
		// ("AUSSOM … confirmed that one of its convoys had been attacked": a report of the event, told after it, is no fuller telling.)
		(REPORTED_BEFORE.test(inp.lower.slice(Math.max(sent.start, hit.start - 80), hit.start)) ? -1 : 0) +
		// ("… claimed responsibility for the attack in a statement …, saying its fighters had detonated a remote-controlled
		// device": a claimant's account of the event told before.)
		(CLAIMANT_SAYING_BEFORE.test(inp.lower.slice(sent.start, hit.start)) ? -1.5 : 0);
	const cur = inp.sentences[e.main.sentence];
	const curRoles = e.roles.filter((r) => r.mention.sentence === e.main.sentence);
	// (A later report of it, however long, does not displace a dated telling it reports; a lead that is itself reported
	// speech, "Officials said Wednesday that they had concluded that Kopp fired the shots", is not held against it.)
	const reportedLater = cur && inp.hasOwnDate(cur, e.main.start) && SAID_THAT_BEFORE.test(inp.lower.slice(s.start, h.start)) ? 1 : 0;
	return score(h, roles, s, anaphor) - reportedLater > score(e.main, curRoles, cur ?? s, e.mainAnaphor) + 0.25;
}

const LINK_CUES: Array<[RegExp, LinkRelation]> = [
	[/\b(in (?:response|retaliation|reprisal) (?:to|for)|retaliat\w*|to avenge|in revenge for|responding to|a response to)\b/, 'in_response_to'],
	[/\b(after|following|in the wake of)\b/, 'after'],
	[/\b(before|ahead of|prior to)\b/, 'before']
];

const ANY_LINK_CUE = /\b(respon|retaliat|reprisal|avenge|revenge|after|following|in the wake of|before|ahead of|prior to)/;

function linkInSentence(events: DraftEvent[], s: Sentence, sl: string): void {
	if (!ANY_LINK_CUE.test(sl)) return;
	const here = events.filter((e) => e.hits.some((h) => h.sentence === s.index));
	if (here.length < 2) return;
	for (const [re, relation] of LINK_CUES) {
		const m = re.exec(sl);
		if (!m) continue;
		const cue = s.start + m.index;
		// The event whose trigger precedes the cue relates to the event named after it.
		const after = here.map((e) => ({ e, h: e.hits.find((h) => h.sentence === s.index && h.start > cue) })).filter((x) => x.h);
		const before = here.map((e) => ({ e, h: e.hits.find((h) => h.sentence === s.index && h.end <= cue) })).filter((x) => x.h);
		let from = before.find((x) => eventType(x.e.type).rank <= 7 && !x.e.referenceOnly);
		let to = after.find((x) => x.e !== from?.e);
		// "After Y, X did Z": the cue opens the sentence.
		if (!from && m.index < 12) {
			from = after.find((x) => x.e !== to?.e && x.h!.start > (to?.h?.end ?? cue) && !x.e.referenceOnly) ?? undefined;
			to = after.find((x) => x.e !== from?.e) ?? undefined;
			const lead = /^\s*(?:after|following)\b[^,]{3,200},/.exec(sl);
			if (lead && relation === 'after') {
				// "After X and Y, Z": Z happened after each of X and Y.
				const cut = s.start + lead[0].length;
				const earlier = after.filter((x) => x.h!.end <= cut);
				const later = after.filter((x) => x.h!.start >= cut && eventType(x.e.type).violent);
				for (const z of later) for (const x of earlier) if (x.e !== z.e) z.e.linkTo.push({ relation, hit: x.h!, evidence: { start: s.start, end: s.end, text: '' } });
				continue;
			}
		}
		if (!from || !to || from.e === to.e) continue;
		if (!eventType(from.e.type).violent && relation === 'in_response_to' && from.e.type !== 'order') continue;
		from.e.linkTo.push({ relation, hit: to.h!, evidence: { start: s.start, end: s.end, text: '' } });
	}
}

const CLAUSE = /;|\s[\u2013\u2014-]{1,2}\s|,\s+(?:but|while|whereas|although|though|after|before|when|which|who)\b|\b(?:but|while|whereas|although)\b/g;

function clauseRanges(work: string, s: Sentence): Array<{ start: number; end: number }> {
	const out: Array<{ start: number; end: number }> = [];
	const body = work.slice(s.start, s.end);
	let from = 0;
	// "After X did Y, Z did W", "On 14 May, a day after X, Z did W": a leading subordinate clause ends at its first comma.
	const lead = FRONTED_ADJUNCT.exec(body);
	if (lead) {
		out.push({ start: s.start, end: s.start + lead[0].length });
		from = lead[0].length;
	}
	CLAUSE.lastIndex = from;
	for (let m = CLAUSE.exec(body); m; m = CLAUSE.exec(body)) {
		if (m.index <= from) continue;
		out.push({ start: s.start + from, end: s.start + m.index });
		from = m.index;
	}
	out.push({ start: s.start + from, end: s.end });
	return out;
}

export type { Role };
