/**
 * Who did what to whom, read from word order around the trigger: the actor
 * before an active trigger is its agent, the first actor after it (or after
 * "against", "on", "targeting") its target; a "by"-phrase after a passive or
 * nominal trigger is the agent, unless it follows "used by"-like verbs (then
 * it owns the target). Killed or wounded people are victims; the subject of
 * "ordered"/"authorized" is the authorizer; "X said" / "according to X" the source.
 */
import type { Role } from '../core/types';
import type { Mention } from './mentions';
import { ASIDE, FRONTED_ADJUNCT, RESPONSE_CUE, TITLE_HEAD, TITLE_PREFIX } from './lexicon';
import { countryByDemonym } from './countries';
import { ARMED_ACTOR_KINDS, ARMED_GROUP_CLASSES } from './groups';

const TITLE_WORD = (w: string) => TITLE_HEAD.has(w) || TITLE_PREFIX.has(w) || w === 'foreign' || w === 'defence' || w === 'defense' || w === 'interior' || w === 'prime' || w === 'supreme';

/** At most `max` words between two mentions, each of them one `word` accepts. */
function fewWordsAll(between: string, max: number, word: (w: string) => boolean): boolean {
	const words = between.trim().split(/\s+/);
	return words.length <= max && words.every(word);
}

/** " foreign minister ", " leader ": only title words between two mentions. */
function isTitleWords(between: string): boolean {
	return fewWordsAll(between, 3, TITLE_WORD);
}

/** " foreign minister ", " top military commander ": a title or an organ of the owner, which acts for it. */
function isOwnersVoice(between: string): boolean {
	return fewWordsAll(between, 4, (w) => TITLE_WORD(w) || /^(top|senior|chief|government|officials?|spokesm[ae]n|spokeswoman|ministry|authorities|leadership|regime|military|army|navy|forces|delegation|envoy|mission)$/.test(w));
}

/** " and ", ", and Russian President ": what may join two coordinated subjects, a title of the second included. */
function isCoordination(between: string): boolean {
	const m = /^\s*(?:,|and|,\s*and)\s*(.*)$/.exec(between);
	if (!m) return false;
	const rest = m[1].trim();
	// ("the KIA and the PDF": an article before the second conjunct.)
	// ("government forces and allied clan militias": an ally's adjectives before the second conjunct.)
	if (!rest || rest === 'the' || /^[\w-]+-(?:houthi|government|regime|backed|led)$/.test(rest) || /^(?:the\s+)?(?:allied|pro-government|affiliated|partner|local|tribal|clan|allied clan|allied tribal)(?:\s+(?:clan|tribal|local))?$/.test(rest)) return true;
	return fewWordsAll(rest, 4, (w) => TITLE_WORD(w) || !!countryByDemonym(w) || w === 'u.s.' || w === 'us');
}

export interface RoleHit {
	role: Role;
	mention: Mention;
	/** Read as one of the two sides of a fight ("clashes between X and Y"): the event's own parties, even after a back-reference. */
	sides?: boolean;
}

const OWNER_VERB = /\b(used|utili[sz]ed|operated|controlled|held|run|owned|occupied|housed|manned|belonging|affiliated|linked|backed|supported|led|allied)\s+(?:by\s+)?(?:by\s+)?$/;
// "by militants", "attributed to ADF fighters", "blamed on the PKK": who did it.
// ("shot dead by suspected members of Barrio 18": the group whose members did it.)
// ("shelling by the paramilitary Rapid Support Forces": a word of what the doer is may stand before its name.)
const ALLY_COMPOUND_START = /^\p{L}+-(?:linked|aligned|allied|affiliated|backed|led|inspired)\b/iu;
const AGENT_BY_ALLY = /\bby\s+(?:the\s+)?(?:[a-z]+\s+)?[a-z]+-(?:linked|aligned|allied|affiliated|backed|led|inspired)\s+$/;
// ("attributed by authorities to the gang": who attributes it is no doer.)
const AGENT_BY = /\b(?:(?<!\b(?:attributed|blamed|claimed|reported|confirmed|announced|denied|condemned)\s+(?:later\s+)?)by|attributed\s+(?:by\s+(?:the\s+)?(?:[\w-]+\s+){1,2}?)?to|blamed\s+(?:by\s+(?:the\s+)?(?:[\w-]+\s+){1,2}?)?on)\s+(?:by\s+)?(?:the\s+|an?\s+|alleged\s+|suspected\s+|presumed\s+|(?:paramilitary|militant|rebel|jihadist|islamist|armed|separatist|insurgent|extremist|rival|notorious|powerful|feared|criminal|terrorist|so-called|self-styled|self-proclaimed|breakaway|[a-z]+-(?:backed|led))\s+)*(?:(?:(?:two|three|four|five|six|several|some|\d+)\s+)?(?:members|fighters|militants|elements|gunmen|supporters|agents|officers|operatives|personnel)\s+of\s+(?:the\s+)?)?$/;
// Verbs of which a crowd of civilians is the subject, not the victim: "villagers lynched a man".
const CROWD_VIOLENCE = /^(attack(?:ed|s|ing)?|assault(?:ed|s|ing)?|beat(?:en|ing)?(?: up)?|beat up|lynch(?:ed|es|ing)?|stoned|pelted|clash(?:ed|es)?|torched|burnt|burned|set (?:on )?fire|set (?:alight|ablaze)|set (?:[\w-]+ ){1,3}(?:alight|ablaze|on fire)|vandali[sz]ed|stabbed|hacked|thrashed|chased|ransacked|mobbed|engaged|fought|scuffled|confronted|threw)\b/;
/** Cheap test before looking for an aside (ASIDE) in a sentence. */
const ASIDE_START = /,\s+(?:which|who)\b/;
const PREPOSITION_BEFORE_EVENT = /\b(?:after|following|amid|amidst|despite)\s+(?:(?:the|a|an|renewed|deadly|heavy|fierce|weeks|days|months|of)\s+){0,3}$/;
/** Where the trigger's own clause gives way to another event's: a response cue, "after", "when"… */
const OTHER_CLAUSE = new RegExp(String.raw`\b(${RESPONSE_CUE}|after|following|when|while)\b`, 'i');
const CONSEQUENCE = /,\s+(?:sparking|triggering|setting off|prompting|leading to|starting)\b/;
// A go-between or a helper is no target: "a truce brokered by Qatar", "intercepted with the help of the United States".
// ("agents of the IRGC arrested a journalist": an agency's agents, officers or operatives act for it.)
const MEMBERS_OF = /\b(?:members|fighters|elements|militants|supporters|units|soldiers|troops|gunmen|men|agents|officers|operatives|personnel|officials|commandos|forces)\s+of\s+(?:the\s+)?$/;
// "Dozens of Israeli soldiers attacked", "a group of residents beat", "some of the protesters threw stones": a number of them act.
const NUMBER_OF = /\b(?:dozens|hundreds|thousands|scores|a group|a number|a unit|a squad|a band|a gang|a convoy|some|several)\s+of\s+(?:the\s+)?$/;
// (Also without commas: "Somali troops backed by Macawisley militia recaptured Jowhar".)
const SUPPORT_ASIDE = /,\s+(?:(?:supported|backed|aided|assisted|accompanied|joined|helped|reinforced)\s+by|together with|along with|alongside|with the help of)\b[^,;]{1,100},|\b(?:supported|backed|aided|assisted|accompanied|reinforced)\s+by\s+(?:[\w'-]+\s+){0,4}?(?:militias?|militiamen|forces|troops|fighters|allies|groups?|units?|vigilantes)\b/gi;
const GO_BETWEEN_BY = /\b(?:(?:mediated|brokered|hosted|facilitated|chaired|sponsored|witnessed|negotiated|backed|supported|assisted|aided)\s+by|with\s+(?:the\s+)?(?:help|support|assistance)\s+(?:of|from)|alongside|together\s+with)\s+(?:the\s+)?$/;
/** "Residents said JNIM fighters attacked": after "said", a subject with a verb of its own is the reported clause's, not the speaker. */
const REPORTED_CLAUSE_VERB = /^\s+(?:[a-z][\w-]*\s+){0,2}?(?:had|has|have|was|were|is|are|would|will|[a-z]+ed)\b/;
// ("the Arakan Army (AA) announced": an acronym in brackets may stand between the speaker and the verb; a senator's party
// and state, "(R-FL)", is his title's, not a name.)
const SPEECH_AFTER = /^\s*(?:\((?![rdi]-[a-z]{2}\))\s*[a-z][a-z.&-]{1,9}\s*\)\s*)?(?:,\s*)?(?:said|says|told|stated|added|announced|claimed|reported|confirmed|tweeted|wrote|noted|argued|called|characterized|accused|blamed|condemned|denied|warned|observed|recorded|documented|monitored|counted|registered|heard|saw)\b/;
// (", said Lt. Col. Ramon Abrenica": the title between the verb and the name.)
const SAID_TITLE_BEFORE = /\b(?:said|told)\s+(?:(?:lt|lieut|col|gen|maj|capt|sgt|brig|cmdr|adm|dr|mr|mrs|ms|gov|sen|rep|prof|police|army|spokesman|spokeswoman|spokesperson|colonel|general|major|captain|lieutenant|commander|chief|inspector|superintendent|brigadier)\.?\s+){1,4}$/;
// (Or in brackets after the place: "raided Turmus Ayya (West Bank) and torched …".)
const TOWN_BEFORE_COUNTRY = /(?:\b(?:in|near|at|outside|around|from|of)\s+(?:the\s+)?(?:(?:town|city|village|district|province|region)\s+of\s+)?|\b[a-z]+ed\s+)\p{Lu}[\p{L}'-]*(?:\s+\p{Lu}[\p{L}'-]*){0,2}(?:,\s*|\s+\(\s*(?:[^()]{0,40},\s*)?)$/u;
const FORCES_PLACE = /\b(?:bases?|posts?|positions?|camps?|barracks|headquarters|checkpoints?|outposts?|stations?)\b/i;
const OBJECT_VERB_BEFORE = /\b(?:stormed|raided|attacked|entered|seized|captured|surrounded|besieged|abducted|kidnapped|arrested|detained|ambushed|shelled|bombed|struck|targeted|looted|ransacked|burned|torched)\s+(?:the\s+|a\s+|an\s+)?$/;
const IDENTIFIER_AFTER = /^\s+(?:had\s+|has\s+|later\s+)?(?:identified|described|named|labell?ed|branded)\s+(?:him|her|them|it|as)\b/;
const APPOSED_SPEECH = /^\s*,\s+(?:an?|the|one of|among)\s+[^,;."]{1,60},\s*(?:said|says|told|stated|added|announced|claimed|confirmed)\b/;
const VICTIM_CLASSES = new Set(['civilians', 'prisoners']);
const HURT_WHEN = /^\s*(?:[\w'-]+\s+){0,3}?(?:(?:was|were|had been|have been|got)\s+(?:\w+\s+)?(?:killed|injured|wounded|hurt|martyred)|(?:sustained|suffered)\s+(?:\w+\s+)?injuries|died|lost their lives)\b[^.;]*?\bwhen\b/;
// "X said it had struck", "they say they carried out": a reporting verb whose subject is the pronoun's.
// ("The Arakan Army said that on 28 July 2025 it had overrun …": the act's own date may come before the pronoun.)
const SELF_REPORT = /\b(?:said|says|announced|confirmed|claimed|stated|added)\s+(?:(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|late|earlier)\s+)?(?:that\s+)?(?:(?:on|in|by|late on|early on)\s+(?:[\w-]+,?\s+){1,4}?)?(?:it|they|(?:its|their)\s+(?:own\s+)?(?:forces|fighters|troops|units|soldiers|drones|aircraft|warplanes|members))\s+(?:(?:had|has|have|would|will|was|were)\s+)?(?:(?:also|successfully|already|just)\s+)?(?:(?:launched|carried out|conducted|staged|mounted)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?)?$/;
const SELF_REPORTING_KINDS: ReadonlySet<string> = new Set(['military', 'armed_group', 'government', 'state', 'organization']);

// "killed by gunmen", "attacked on Monday by militants": a by-phrase of the verb itself; not one of another participle in
// its object ("attacked positions held by FARC dissidents").
const BELONGS_TO_BEFORE = /^\s*(?:,\s*)?(?:(?:who\s+(?:was|were|is|are)\s+)?(?:suspected|believed|thought|said|alleged|reported)\s+to\s+(?:belong\s+to|be\s+(?:an?\s+)?(?:members?\s+of|fighters?\s+(?:of|from)|from|with|linked\s+to))|(?:from|of)\s+the\s+militant\s+group)\s+(?:the\s+)?$/;
const BY_AFTER_VERB = /^(?:(?!\b(?:[a-z]+ed|held|run|led|owned|known)\s+by\b)[^])*?\bby\b/;

export interface RoleInput {
	work: string;
	lower: string;
	sentence: { start: number; end: number };
	trigger: { start: number; end: number; word: string; nominal: boolean };
	type: string;
	violent: boolean;
	mentions: Mention[];
	/** The sentence's actors as `sentenceActors` reads them (computed here when absent). */
	actors?: SentenceActors;
}

/**
 * What a sentence says of each of its actors whatever the trigger: read once per
 * sentence, since a sentence often has several triggers. `speaks`: "Kirby said",
 * "according to the Pentagon"; `orders`: "Biden ordered", "at Biden's direction".
 */
export interface SentenceActors {
	list: Mention[];
	speaks: boolean[];
	orders: boolean[];
}

const ORDERED = /^(?:'s)?\s+(?:has\s+|had\s+)?(?:ordered|authori[sz]ed|approved|directed)\b/;

export function sentenceActors(work: string, lower: string, sentence: { start: number; end: number }, mentions: Mention[]): SentenceActors {
	const low = lowerSlicer(lower);
	const list = mentions.filter((m) => m.what === 'actor').sort((a, b) => a.start - b.start);
	// "The Houthis, who control much of Yemen, said": the aside's last word does not speak; the subject before it does.
	const asides = ASIDE_START.test(low(sentence.start, sentence.end)) ? [...work.slice(sentence.start, sentence.end).matchAll(ASIDE)].map((x) => ({ start: sentence.start + x.index!, end: sentence.start + x.index! + x[0].length })) : [];
	const speaks = list.map((m) => {
		const pre = low(Math.max(sentence.start, m.start - 16), m.start);
		if (asides.some((x) => m.start > x.start && m.end < x.end)) return /according to\s+(?:the\s+)?$/.test(pre);
		const aside = asides.find((x) => x.start >= m.end && /^\s*$/.test(work.slice(m.end, x.start)));
		const from = aside ? aside.end - 1 : m.end;
		const post = low(from, Math.min(sentence.end, from + 20));
		// "…, told Reuters" names a source; "Biden told reporters" names an audience.
		// ("companies accused of shipping parts" are accused, not accusing.)
		// ("M23, a rebel group, said that it captured Walikale": an apposition between the name and its verb.)
		return /according to\s+(?:the\s+)?$/.test(pre) || (!m.group && APPOSED_SPEECH.test(low(m.end, Math.min(sentence.end, m.end + 90)))) || (SPEECH_AFTER.test(post) && m.kind !== 'civilians' && !/^\s*(?:accused|blamed|called)\s+(?:of|for|on)\b/.test(post)) || ((/\b(?:said|told)\s+$/.test(pre) || (m.kind === 'person' && SAID_TITLE_BEFORE.test(low(Math.max(sentence.start, m.start - 40), m.start)) && /^\s*(?:[.,;:)]|$)/.test(post))) && !m.group && !REPORTED_CLAUSE_VERB.test(post));
	});
	const orders = list.map((m) => {
		if (m.kind !== 'person' && m.kind !== 'government' && m.kind !== 'state' && m.kind !== 'other') return false;
		const post = low(m.end, Math.min(sentence.end, m.end + 30));
		return ORDERED.test(post) || /^'s\s+direction/.test(post);
	});
	return { list, speaks, orders };
}

/** Lower-cased slices of the text, cut from the pipeline's lower-cased copy (lowerKeepingOffsets: its offsets are the text's). */
function lowerSlicer(lower: string): (from: number, to: number) => string {
	return (from, to) => lower.slice(from, to);
}

/** The sentence around a trigger as the role rules read it, with the roles given so far. */
interface RoleReading {
	inp: RoleInput;
	work: string;
	trigger: RoleInput['trigger'];
	low: (from: number, to: number) => string;
	out: RoleHit[];
	actors: Mention[];
	prepared: SentenceActors;
	add: (role: Role, m: Mention) => void;
	isOwner: (m: Mention) => boolean;
	clauseStart: number;
	clauseEnd: number;
	passive: boolean;
	taken: (m: Mention) => boolean;
	inClause: (m: Mention) => boolean;
	hasAgent: () => boolean;
	/** Asides before the trigger naming helpers or others ("the SNA, supported by clan militias, …"). */
	helpers: Array<{ start: number; end: number }>;
	/** "Fighting between X and Y" gave both sides. */
	bothSides: boolean;
}

/** The roles of the sentence's actors in the event its trigger names: each rule, in this order, adds what it reads. */
const ROLE_RULES: Array<(c: RoleReading) => void> = [selfReport, sources, authorizers, mineStruck, byPhraseAgent, blamedAgent, activeSubject, defenders, hurtWhen, killedWhen, consequenceStarter, bothSidesOf, targetsAfter, insideTrigger, passiveSubject, clashParticipants];

export function assignRoles(inp: RoleInput): RoleHit[] {
	const c = roleReading(inp);
	if (!c) return [];
	for (const rule of ROLE_RULES) rule(c);
	return c.out;
}

function roleReading(inp: RoleInput): RoleReading | undefined {
	const { work, trigger } = inp;
	const low = lowerSlicer(inp.lower);
	const out: RoleHit[] = [];
	const prepared = inp.actors ?? sentenceActors(work, inp.lower, inp.sentence, inp.mentions);
	const actors = prepared.list;
	// Every rule gives a role to one of the sentence's actors: with none, there is nothing to read.
	if (!actors.length) return undefined;
	const taken = (m: Mention) => out.some((r) => r.mention === m);
	const add = (role: Role, m: Mention) => {
		if (!taken(m)) out.push({ role, mention: m });
	};
	// "Haiti's airport": the mention owns what follows (the cleaned text has straight apostrophes only).
	const isOwner = (m: Mention) => /^'s\b/.test(work.slice(m.end, m.end + 3));
	const clauseStart = clauseEdgeBefore(work, inp.sentence.start, trigger.start);
	let clauseEnd = clauseEdgeAfter(work, inp.sentence.end, trigger.end);
	// A trigger inside a fronted adjunct ("a day after a roadside bomb struck a convoy, …") ends at its comma.
	const adjunct = FRONTED_ADJUNCT.exec(work.slice(inp.sentence.start, inp.sentence.end));
	if (adjunct && trigger.end <= inp.sentence.start + adjunct[0].length) clauseEnd = Math.min(clauseEnd, inp.sentence.start + adjunct[0].length - 1);
	// "The strikes were in response to attacks against X": X belongs to the other event; so does the subject of
	// "were killed when militants attacked".
	const cue = OTHER_CLAUSE.exec(work.slice(trigger.end, clauseEnd));
	if (cue) clauseEnd = trigger.end + cue.index;
	// ("a man was found dead": the trigger itself may hold the auxiliary.)
	// ("5 militiamen killed.", "two soldiers killed in the blast": a count and a bare participle that ends its clause, a
	// headline's or a coder's passive.)
	const reduced = /^(?:killed|wounded|injured|abducted|kidnapped|arrested|detained|shot dead)$/.test(trigger.word) && /(?:^|[.;:]\s+|\n|\b(?:reported|confirmed|counted|recorded)\s+(?:at least\s+)?)\s*(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:[\w-]+\s+){0,2}$/.test(low(Math.max(inp.sentence.start, trigger.start - 40), trigger.start)) && /^\s*(?:[.;,]|$|(?:in|during|by|on|at|near|after|when|while)\b)/.test(low(trigger.end, Math.min(inp.sentence.end, trigger.end + 12)));
	const passive = reduced || /\b(was|were|been|being|is|are|got)\s+(?:\w+\s+)?$/.test(low(Math.max(inp.sentence.start, trigger.start - 25), trigger.start)) || /^(?:was|were|came|come|comes|coming)\s/.test(trigger.word) || /ed$/.test(trigger.word) && BY_AFTER_VERB.test(low(trigger.end, trigger.end + 40)) && !/\s(?:a|an|the)\s/.test(work.slice(trigger.end, trigger.end + 6));

	const inClause = (m: Mention) => m.start >= clauseStart && m.end <= clauseEnd;
	const hasAgent = () => out.some((r) => r.role === 'agent');
	// "the SNA, supported by clan militias, recaptured …": who helps, named in an aside, is not the subject.
	// (Nor is anyone named in a closed "who"/"which" aside: "President X, who declared war on al Shabaab …, visited".)
	const beforeTrigger = work.slice(inp.sentence.start, trigger.start);
	const helpers = [...beforeTrigger.matchAll(SUPPORT_ASIDE), ...(beforeTrigger.includes(', wh') ? beforeTrigger.matchAll(ASIDE) : [])].map((x) => ({ start: inp.sentence.start + x.index!, end: inp.sentence.start + x.index! + x[0].length }));
	return { inp, work, trigger, low, out, actors, prepared, add, isOwner, clauseStart, clauseEnd, passive, taken, inClause, hasAgent, helpers, bothSides: false };
}

/** The speaker tells of its own act. */
function selfReport(c: RoleReading): void {
	const { inp, trigger, low, actors, prepared, add } = c;
	// "The Israeli military said it had struck", "the RSF said it had seized", "the NUG said its forces had launched":
	// the speaker tells of its own act.
	if (SELF_REPORT.test(low(Math.max(inp.sentence.start, trigger.start - 60), trigger.start))) {
		for (let i = actors.length - 1; i >= 0; i--) {
			const m = actors[i];
			if (m.end > trigger.start || !prepared.speaks[i]) continue;
			if (SELF_REPORTING_KINDS.has(m.kind) || m.group === 'military' || m.group === 'police' || m.group === 'armed' || m.group === 'militia') add('agent', m);
			break;
		}
	}
}

// "a FAMa convoy struck an IED planted by JNIM", "a patrol hit a landmine": what drove onto a mine is what it hit.
const STRUCK_MINE_BETWEEN = /^\s+(?:[\w-]+\s+){0,3}?(?:struck|hit|ran over|drove over|stepped on|ran into)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}$/;

/** The subject that struck a mine or an IED is its target. */
function mineStruck(c: RoleReading): void {
	const { inp, trigger, low, actors, add } = c;
	if (inp.type !== 'explosive') return;
	for (let i = actors.length - 1; i >= 0; i--) {
		const m = actors[i];
		if (m.end > trigger.start || m.start < inp.sentence.start) continue;
		if (STRUCK_MINE_BETWEEN.test(low(m.end, trigger.start))) add('target', m);
		break;
	}
}

/** Who tells of the event. */
function sources(c: RoleReading): void {
	const { trigger, actors, prepared, add } = c;
	// Sources: "Kirby said", "according to the Pentagon".
	for (let i = 0; i < actors.length; i++) {
		const m = actors[i];
		if (prepared.speaks[i] && (m.start > trigger.end || m.end <= trigger.start)) add('source', m);
	}
}

/** Who ordered it. */
function authorizers(c: RoleReading): void {
	const { trigger, actors, prepared, add } = c;
	// Authorizer: "Biden ordered strikes", "At President Biden's direction".
	for (let i = 0; i < actors.length; i++) if (prepared.orders[i] && actors[i].end <= trigger.start) add('authorizer', actors[i]);
}

/** Who did it, named in a by-phrase. */
function byPhraseAgent(c: RoleReading): void {
	const { trigger, low, actors, add, isOwner, taken } = c;
	// By-phrase agents (passive or nominal: "an airstrike by Afghan forces", "planted by militants").
	for (const m of actors) {
		if (taken(m) || m.start < trigger.end || m.start - trigger.end > 160) continue;
		const pre = low(Math.max(trigger.end, m.start - 40), m.start);
		// ("shelling by Sudan's paramilitary RSF": the owner before "'s" only says whose the agent is.)
		// ("soldiers came under fire from gunmen": the shooters after "from".)
		// ("came under fire from presumed CJNG gunmen": a hedge before the shooters' name.)
		const fromShooters = /^(?:came|come|comes|coming) under/.test(trigger.word) && /^\s*from\s+(?:the\s+|an?\s+)?(?:(?:presumed|suspected|alleged|unidentified|unknown|rival)\s+)?$/.test(pre);
		// ("shells fired by Yemen's Houthi movement": the by-phrase names the owner first.)
		const owner = actors.find((o) => o !== m && isOwner(o) && o.end < m.start && o.start >= trigger.end && /^\s*['\u2019]s(?:\s+[a-z-]+){0,2}\s+$/.test(low(o.end, m.start)));
		const ownedBy = !!owner && c.inp.violent && AGENT_BY.test(low(Math.max(trigger.end, owner.start - 40), owner.start));
		// ("an attack by Islamic State-linked rebels": an ally's adjective before an armed group's fighters.)
		const allyArmed = (m.group === 'armed' || m.group === 'militia') && (AGENT_BY_ALLY.test(pre) || (/\bby\s+(?:the\s+)?(?:[a-z]+\s+)?$/.test(pre) && ALLY_COMPOUND_START.test(c.inp.work.slice(m.start, m.start + 30))));
		// ("a suicide bomber suspected to belong to Boko Haram blew herself up": whose the doer is said to be.)
		const belongsTo = BELONGS_TO_BEFORE.test(pre) && (m.kind === 'armed_group' || m.group === 'armed' || m.group === 'militia');
		if (belongsTo) {
			add('agent', m);
			break;
		}
		if ((AGENT_BY.test(pre) || fromShooters || ownedBy || allyArmed) && !OWNER_VERB.test(pre.replace(AGENT_BY, '').replace(AGENT_BY_ALLY, '').trimEnd() + ' ') && !(isOwner(m) && actors.some((o) => o.start > m.end && o.start - m.end < 40 && !o.backerOnly))) {
			const verb = pre.replace(/by\s+(?:by\s+)?(?:the\s+|an?\s+)*$/, '');
			// ("air defences shot down 24 drones launched by Russian forces": who launched what was downed is the target.)
			// ("defused an IED planted by Boko Haram": who laid what was defused, the same.)
			if (c.inp.type === 'weapons_disrupted' && /\b(?:launched|fired|flown|sent|dispatched|planted|laid|placed|hidden|buried)\s+$/.test(verb)) {
				add('target', m);
				break;
			}
			// ("talks mediated by China": a go-between is no party; "ambushed a supply convoy escorted by the army": whose escort
			// it was is whom the event was aimed at.)
			// ("Their bodies were found by relatives": who found or buried the dead did not kill them; "two men described by local
			// officials as PKK fighters": who describes the dead did not kill them.)
			if (!/\b(used|utili[sz]ed|operated|controlled|held|run|owned|occupied|housed|manned|escorted|guarded|protected|accompanied|mediated|brokered|hosted|facilitated|chaired|organi[sz]ed|sponsored|witnessed|found|discovered|recovered|retrieved|collected|identified|buried|seen|filmed|photographed|reported|confirmed|treated|rescued|evacuated|described|identified|named|characteri[sz]ed|labell?ed|branded|considered|regarded|quoted|cited|interviewed|contacted)\s+(?:\w+\s+){0,2}$/.test(verb) && !(/\b(?:found|discovered|recovered|retrieved)$/.test(trigger.word) && /^\s*(?:(?:on|in|at|near|later|early|late|shortly|the next|the following)\s+)?(?:[\w-]+\s+){0,2}?by\s+(?:the\s+|an?\s+|their\s+|his\s+|her\s+)?$/.test(low(trigger.end, m.start)))) {
				add('agent', m);
				break;
			}
		}
	}
}

/** Who is blamed for it. */
function blamedAgent(c: RoleReading): void {
	const { inp, trigger, low, actors, add, taken } = c;
	// "…, the army said, blaming the ELN": who is blamed for a violent event is its alleged agent.
	if (inp.violent) {
		for (const m of actors) {
			if (taken(m) || m.start < trigger.end || m.backerOnly || !/\bblam(?:ing|ed|es)\s+(?:the\s+)?$/.test(low(Math.max(trigger.end, m.start - 16), m.start))) continue;
			if (m.kind === 'armed_group' || m.kind === 'military' || m.group === 'armed') add('agent', m);
			break;
		}
	}
}

/** Between a crowd and its act, where the crowd is: "in Durban (eThekwini, KwaZulu-Natal)", "in Durban, South Africa". */
const CROWD_PLACE_BETWEEN = /^\s+(?:in|from|near|at|outside)\s+(?:the\s+)?(?:[A-Z][\w'.-]*\s+){0,2}[A-Z][\w'.-]*(?:\s+\([^()]{1,60}\)|,\s+(?:[A-Z][\w'.-]*\s+){0,2}[A-Z][\w'.-]*)?,?\s+$/;
/** The subject of the active clause, with those coordinated with it. */
function activeSubject(c: RoleReading): void {
	const { inp, trigger, low, out, actors, add, isOwner, passive, taken, inClause, hasAgent, helpers } = c;
	// "An Israeli drone targeted a motorcycle": a state's weapon named as the trigger is its forces' act.
	if (!hasAgent()) {
		// (Not a place of theirs inside the trigger: "established a new military base" names where, not who.)
		const wielder = actors.find((m) => m.kind === 'military' && m.start < trigger.end && m.end > trigger.start && !taken(m) && !FORCES_PLACE.test(m.name));
		if (wielder) add('agent', wielder);
	}
	// Active voice: the nearest actor before the trigger in its clause.
	if (!hasAgent() && !passive) {
		for (let k = actors.length - 1; k >= 0; k--) {
			const m = actors[k];
			if (m.end > trigger.start || !inClause(m) || taken(m)) continue;
			if (m.backerOnly || helpers.some((x) => m.start > x.start && m.end < x.end)) continue;
			// ("soldiers backed by Russian instructors retook Bangui": who backs the subject is not it.)
			// ("Haitian police backed by a new U.N.-authorized force regained Kenscoff": the helper may be described at length.)
			if (/\b(?:backed|supported|aided|assisted|accompanied|helped|advised|trained|reinforced)\s+by\s+(?:(?:the|an?)\s+)?(?:[\w.'-]+\s+){0,3}$/.test(low(Math.max(inp.sentence.start, m.start - 48), m.start)) && actors.some((p) => p.end <= m.start && inClause(p) && !p.backerOnly)) continue;
			// "Armed gangs attacked Haiti's airport, exchanging fire…": an owner before "'s" is not a subject, unless what it
			// owns is a title ("Iran's foreign minister warned": Iran speaks through its minister).
			if (isOwner(m) && !isOwnersVoice(low(m.end + 2, trigger.start))) continue;
			const between = low(m.end, trigger.start);
			// "A court sentenced a man for the murder of a teenager": who judges the act did not do it ("two men were
			// charged with the bombing", "Bin Laden, indicted as the architect of the bombings" name its alleged authors).
			if (/\b(?:sentenced|convicted|jailed|imprisoned|charged|indicted|acquitted|tried|fined|cleared)\s+(?!(?:as|of|with|for|in|over|on|to|after|by)\b)[\w$]/.test(between) && !/\b(?:is|are|was|were|been|be|being)\s+(?:\w+\s+)?(?:sentenced|convicted|jailed|imprisoned|charged|indicted|acquitted|tried|fined|cleared)\b/.test(between)) continue;
			// ("Police arrested two men over the attack on a church": who arrests its suspects did not do it either.)
			if (/\b(?:arrested|detained|apprehended)\s+(?:[\w'-]+\s+){1,5}?(?:for|over|in connection with|on suspicion of)\b/.test(between)) continue;
			// "Article 19 condemned the killing": who judges or mourns an act did not do it.
			if (/\b(?:condemn\w*|denounc\w*|deplor\w*|decr(?:ied|ies|y)|criticiz\w*|criticis\w*|mourn\w*|investigat\w*|probe[sd]?|reported|welcom\w*|protest(?:ed|ing)? (?:against|over))\b/.test(between)) continue;
			// "after the bombings that targeted U.S. embassies": the relative clause's subject is the event itself.
			if (/\b(?:attacks?|strikes?|air ?strikes?|bombings?|blasts?|explosions?|raids?|shelling|fighting|clashes|violence|ambush)\s+(?:that|which)\s+(?:\w+\s+)?$/.test(between)) break;
			// ("Security Belt forces stormed Enma Money Exchange company in Aden and assaulted its employees": the object of the
			// first verb does not do the second; their shared subject does.)
			if (/\band\s+(?:then\s+|also\s+|\w+ly\s+)?$/.test(between) && OBJECT_VERB_BEFORE.test(low(Math.max(inp.sentence.start, m.start - 30), m.start))) continue;
			// "Two soldiers were killed when a truck bomb blew up": the trigger is in a subordinate clause of its own.
			// ("Govt forces, while conducting an operation, clashed with…": a participle after "while" keeps the subject.)
			if (/\b(?:when|while|because|until)\b(?!\s+[a-z]+ing\b)/.test(between)) continue;
			// "The government declared an emergency after clashes between…": an event named after a preposition is not its subject's act.
			// ("were killed after exchanging fire": a gerund keeps the subject of the clause.)
			if (PREPOSITION_BEFORE_EVENT.test(between) && !/^\w+ing\b/.test(trigger.word)) continue;
			// "killing of civilians by…": an actor after "of/against/on" before the trigger is not its subject.
			const pre = low(Math.max(inp.sentence.start, m.start - 12), m.start);
			// ("members of the Fulani militia attacked": the group whose members act is the subject.)
			// ("supporters of Ousmane Sonko burned tyres": a person's supporters act, not the person.)
			// ("… in the occupied West Bank, …": a place named as a state is where, not who.)
			// ("… the police lines in Tank, Pakistan, killing 6 policemen": the country written after a town is where, too.)
			// ("in the Kenyan and Tanzanian capitals": the second of two places named together is where as well.)
			if (m.kind === 'state' && (/\b(?:in|into|inside|outside|near|around|across|from)\s+(?:the\s+)?(?:occupied\s+|northern\s+|southern\s+|eastern\s+|western\s+|central\s+)?(?:[\w-]+\s+and\s+)?$/.test(low(Math.max(inp.sentence.start, m.start - 40), m.start)) || TOWN_BEFORE_COUNTRY.test(inp.work.slice(Math.max(inp.sentence.start, m.start - 40), m.start)))) continue;
			if (/\b(against|on|at|of|targeting|with|near|to)\s+(?:the\s+|an?\s+)?$/.test(pre) && !/^\s*(?:,|and)/.test(between)) {
				const lead = low(Math.max(inp.sentence.start, m.start - 30), m.start);
				const partOfSubject = MEMBERS_OF.test(lead) || (inp.violent && NUMBER_OF.test(lead));
				if (!partOfSubject || (m.kind === 'person' && /\b(?:supporters|followers|loyalists)\s+of\s+$/.test(lead))) continue;
			}
			// ("Residents of Tambuwal town beat to death two men": the people of a place are one subject.)
			const ofPlace = /^\s*of\s/.test(between) && /^(?:residents|villagers|inhabitants|locals|people|townspeople)$/i.test(inp.work.slice(m.start, m.end));
			// ("residents in Durban (eThekwini, KwaZulu-Natal) beat to death a man", "residents in Durban, South Africa beat…": where
			// the crowd is, however fully the place is told.)
			if (m.group && VICTIM_CLASSES.has(m.group) && inp.violent && !(CROWD_VIOLENCE.test(trigger.word) && (ofPlace ? /^\s*of\s+(?:the\s+)?(?:[\w'-]+\s+){1,3}(?:\([^()]{1,60}\)\s+)?(?:[\w-]+\s+){0,2}$/.test(between) : /^\s*(?:[\w-]+\s+){0,2}$/.test(between) || CROWD_PLACE_BETWEEN.test(inp.work.slice(m.end, trigger.start))) && !/\b(?:was|were|been|is|are)\b/.test(between))) continue;
			// ("A Russian missile slammed into a five-story building in the central Ukrainian city of Dnipro on Tuesday evening,
			// killing 12": a participle after a comma takes the subject of its sentence, however far.)
			if (between.length > (/^\w+ing\b/.test(trigger.word) && /,\s*$/.test(between) ? 240 : 120)) continue;
			// "RJ reported that a shoot-out took place": the subject of a reporting clause, not of the event.
			if (/\b(?:that|whether)\s+\S+\s/.test(between) && !/^\s*,?\s*(?:that|who|which)\s*$/.test(between)) continue;
			// "Militants stormed an army base, killing 30 soldiers": the object of the sentence's verb did not do what its
			// participle tells; the subject before that verb did.
			if (/^\w+ing\b/.test(trigger.word) && /,\s*$/.test(between) && OBJECT_OF_ASSAULT.test(low(Math.max(inp.sentence.start, m.start - 40), m.start))) continue;
			// ("the army entered the city after RSF fighters withdrew, restoring government control": nor the subject of a clause
			// of time between.)
			if (/^\w+ing\b/.test(trigger.word) && /,\s*$/.test(between) && !/[,;]/.test(between.replace(/,\s*$/, '')) && SUBORDINATE_SUBJECT_BEFORE.test(low(Math.max(inp.sentence.start, m.start - 30), m.start))) continue;
			// "Two gendarmes died", "three soldiers succumbed to their wounds": who dies is the victim.
			if (/^(?:died|die|dies|perished|succumbed|drowned)$/.test(trigger.word)) {
				add('victim', m);
				break;
			}
			// "a military convoy was hit by an IED", "the post was targeted in a drone strike": the passive subject suffered it.
			// ("no South Africans had been hurt by the blasts": those it spared are no party.)
			if (PASSIVE_BY_EVENT.test(between)) {
				if (/\b(?:no|none of the|not)\s+$/.test(pre)) continue;
				add(m.group && VICTIM_CLASSES.has(m.group) ? 'victim' : 'target', m);
				break;
			}
			// "their vehicle struck an improvised explosive device": who runs onto a device suffers it.
			if (/\b(?:struck|hit|ran over|drove over|driving over|stepped on|stepping on|trod on|treading on|ran into)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}$/.test(between) && /^(?:ieds?|improvised|explosive|(?:land)?mines?|roadside|bombs?|booby)/.test(trigger.word)) {
				add(m.group && VICTIM_CLASSES.has(m.group) ? 'victim' : 'target', m);
				break;
			}
			add('agent', m);
			// "X and Y forces fired": coordinated subjects act together.
			let left = m.start;
			for (let j = k - 1; j >= 0; j--) {
				const p = actors[j];
				if (p.backerOnly || p.end > left) continue;
				// "Biden and Chinese leader Xi met": a demonym before a title belongs to the person after it.
				if (p.kind === 'state' && isTitleWords(low(p.end, left))) {
					left = p.start;
					continue;
				}
				if (!inClause(p) || taken(p) || !isCoordination(low(p.end, left))) break;
				// The first named is the first party ("government forces and allied militias": the government's forces).
				out.splice(out.findIndex((r) => r.role === 'agent'), 0, { role: 'agent', mention: p });
				left = p.start;
			}
			break;
		}
	}
}

const OBJECT_OF_ASSAULT = /\b(?:stormed|attacked|ambushed|raided|hit|struck|targeted|overran|besieged|shelled|bombed|surrounded|seized|captured|rammed into|opened fire on)\s+(?:an?\s+|the\s+|their\s+|its\s+|two\s+|three\s+|several\s+)?(?:[\w-]+\s+){0,2}$/;
// (Said of people only: "weapons belonging to the PKK" were the PKK's, seized from it.)
const DOERS = String.raw`(?:men|gunmen|attackers|assailants|individuals|suspects|fighters|people|persons|youths)`;
const AFFILIATION_WHO = new RegExp(String.raw`\b${DOERS}\s+who(?:,\s+[^,;.]{1,80},)?\s+(?:allegedly\s+|reportedly\s+|apparently\s+)?(?:belonged\s+to|were\s+(?:members|part)\s+of)\s+(?:the\s+)?$`);
const AFFILIATION_BEFORE = new RegExp(String.raw`\b${DOERS}\s+(?:\w+\s+)?(?:(?:presumed|believed|suspected|said|thought|alleged|reported) to (?:belong to|be (?:members|part) of)|(?:allegedly |reportedly )?belonging to)\s+(?:the\s+)?$`);
const PASSIVE_BY_EVENT = /^\s*(?:(?:was|were|had been|has been|have been|got)\s+(?:\w+ly\s+)?(?:hit|struck|targeted|attacked|killed|wounded|injured|hurt|damaged|destroyed|shot|ambushed|shelled|bombed|caught|blown up|torn apart|set alight|razed|burn(?:ed|t))\s+(?:by|in|with|during)\s+(?:an?|the|two|three|several|multiple)\s+(?:[\w-]+\s+){0,3})$/;

// "Yemeni forces thwarted a Houthi attack on the front": who repels an attack is the side it was made on.
const REPELLED_BEFORE = /^\s+(?:\w+ly\s+)?(?:thwarted|thwart|thwarts|repelled|repel|repels|repulsed|repulse|foiled|foil|fended off|fought off|beat back|beaten back|pushed back|halted|stopped|resisted)\s+(?:an?|the|another|two|several|multiple)\s+(?:[\w'-]+\s+){0,3}$/;

/** Who fended off the attack. */
function defenders(c: RoleReading): void {
	const { inp, trigger, low, actors, add, taken, inClause } = c;
	if (!inp.violent) return;
	const m = actors.find((x) => x.end <= trigger.start && inClause(x) && !taken(x) && !x.backerOnly && REPELLED_BEFORE.test(low(x.end, trigger.start)));
	if (m) add('target', m);
}

/** Who was hurt in the main clause of a "when" clause that tells the event. */
function hurtWhen(c: RoleReading): void {
	const { inp, trigger, low, actors, add, taken } = c;
	if (!inp.violent) return;
	// ("Two CRPF personnel sustained injuries when a pressure IED planted by Maoists went off": the agent named in the
	// "when" clause, the hurt in the main one.)
	const m = actors.find((x) => x.start >= inp.sentence.start && x.end <= trigger.start && !taken(x) && !x.backerOnly && HURT_WHEN.test(low(x.end, trigger.start)));
	if (m) add(m.group && VICTIM_CLASSES.has(m.group) ? 'victim' : 'target', m);
}

// ("Two people were killed when Russian drones slammed into Kharkiv": the doer of the "when" clause did it.)
const WHEN_SUBJECT_BEFORE = /^\s+(?:[\w-]+\s+){0,6}?(?:when|as|after)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?$/;
const ACT_OF_WHEN_AFTER = /^(?:['\u2019]s)?\s+(?:[\w-]+\s+){0,2}?(?:attacked|struck|hit|slammed|crashed|fired|opened fire|shelled|bombed|raided|stormed|ambushed|shot|exploded|detonated|blew|dropped|targeted|rammed|plowed|ploughed)\b/;

/** The doer told in a "when" clause after a passive result. */
function killedWhen(c: RoleReading): void {
	const { inp, trigger, low, actors, add, taken, hasAgent, passive } = c;
	if (!inp.violent || !passive || hasAgent()) return;
	const m = actors.find((x) => x.start >= trigger.end && x.start - trigger.end <= 80 && !taken(x) && !x.backerOnly && WHEN_SUBJECT_BEFORE.test(low(trigger.end, x.start)) && ACT_OF_WHEN_AFTER.test(low(x.end, Math.min(inp.sentence.end, x.end + 40))));
	if (m && (ARMED_ACTOR_KINDS.has(m.kind) || ARMED_GROUP_CLASSES.has(m.group ?? '') || m.kind === 'state' || m.kind === 'military')) add('agent', m);
}

/** Who set off what the event followed from. */
function consequenceStarter(c: RoleReading): void {
	const { inp, trigger, low, actors, add, taken, hasAgent } = c;
	// "Al Shabaab militants stormed a hotel, sparking a siege that killed three soldiers": who set it off did it.
	if (inp.violent && !hasAgent()) {
		const cue = CONSEQUENCE.exec(low(inp.sentence.start, trigger.start));
		const cueAt = cue ? inp.sentence.start + cue.index : -1;
		const starter = cue ? actors.find((m) => m.end <= cueAt && !m.backerOnly && !taken(m) && (ARMED_ACTOR_KINDS.has(m.kind) || ARMED_GROUP_CLASSES.has(m.group ?? ''))) : undefined;
		if (starter) add('agent', starter);
	}
}

// "clashes between X and Y", "the fighting pitted X against Y", "the clash involved X and Y".
// ("fighting broke out in Tripoli between …", "fighting erupted in Tripoli on 12 May 2025 between …": the place and the
// date may come between the fight and its sides.)
const SIDES_AFTER = /^\s+(?:[\w-]+\s+){0,9}?(?:between|(pitted|pitting|involved|involving))\s+/;
// Beyond five words, only a place and a time may stand between the fight and its sides.
const SETTING_WORD = /^(?:\p{Lu}[\p{L}'-]*|\d[\d,]*|in|on|at|near|outside|around|late|early|overnight|erupted|broke|out|raged|flared|resumed|continued|intensified|again|last|this|the|of|city|town|village|capital|district|province|region|state|area)$/u;

/** "Fighting between X and Y". */
function bothSidesOf(c: RoleReading): void {
	const { work, trigger, low, actors, out, isOwner, clauseEnd, taken, hasAgent } = c;
	// "Fighting between Sudan's army and the RSF": the two sides, first as agent, second as target.
	// (A capitalised word the tagger could not place, "Heavy fighting erupted … between X and Y", is no side taken.)
	const unplaced = (m: Mention) => m.kind === 'other' && m.start === c.inp.sentence.start && !/\s/.test(m.name);
	if (!hasAgent() || out.every((r) => r.role !== 'agent' || unplaced(r.mention))) {
		const found = SIDES_AFTER.exec(low(trigger.end, Math.min(clauseEnd, trigger.end + 60)));
		const setting = found ? work.slice(trigger.end, trigger.end + found[0].length).trim().split(/\s+/).slice(0, -1) : [];
		const between = found && (setting.length <= 5 || setting.every((w) => SETTING_WORD.test(w))) ? found : null;
		if (between) {
			// "Sudan's army": the state before a possessive only says whose army it is.
			// (One side per place in the text: a lone name read twice, "Sikin" and "Sikin clans", is one side, its group's.)
			const sides = actors
				.filter((m) => m.start >= trigger.end + between[0].length && m.end <= clauseEnd && !m.backerOnly && !taken(m) && !(m.kind === 'state' && isOwner(m)))
				.filter((m, i, all) => !all.some((o, j) => j !== i && o.start === m.start && (m.kind === 'other' ? o.kind !== 'other' || j < i : o.kind !== 'other' && j < i)))
				// ("the Ethiopian National Defense Force (ENDF) and the Oromo Liberation Army (OLA)": an acronym in brackets is its side's.)
				.filter((m) => !(work[m.start - 1] === '(' && work[m.end] === ')'));
			const joiner = between[1]?.startsWith('pitt') ? 'against' : 'and';
			// ("between FAMa soldiers and CSP-DPA rebels": the first side's own group noun may come before the "and".)
			// ("the National Liberation Army (ELN) guerrilla group and FARC dissidents": its acronym, then its group noun.)
			if (sides.length >= 2 && new RegExp(String.raw`^\s*(?:\([^)]*\)\s*)?(?:[\w-]+\s+){0,2}?(?:\([^)]*\)\s*)?${joiner}\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$`, 'i').test(work.slice(sides[0].end, sides[1].start))) {
				for (let k = out.length - 1; k >= 0; k--) if (out[k].role === 'agent' && unplaced(out[k].mention)) out.splice(k, 1);
				out.push({ role: 'agent', mention: sides[0], sides: true }, { role: 'target', mention: sides[1], sides: true });
				c.bothSides = true;
			}
		}
	}
}

/** Targets and victims named after the trigger. */
const ADDRESSEE_BEFORE = /\b(?:call(?:ed|s|ing)? on|urg(?:ed|es|ing)|ask(?:ed|s|ing)|appeal(?:ed|s|ing)? to|thank(?:ed|s|ing)|welcom(?:ed|es|ing)|prais(?:ed|es|ing)|invit(?:ed|es|ing))\s+(?:the\s+)?$/;

function targetsAfter(c: RoleReading): void {
	const { inp, work, trigger, low, out, actors, add, taken, inClause } = c;
	// Targets and victims after the trigger.
	let goBetween: Mention | undefined;
	let addressee: Mention | undefined;
	// Mentions listed after one that is set aside share its lot ("brokered by Qatar and Egypt", "called on France and the UK").
	const listedAfter = (prev: Mention | undefined, m: Mention) => !!prev && /^\s*(?:,|and|,\s*and)\s*(?:the\s+)?$/.test(work.slice(prev.end, m.start));
	for (const m of actors) {
		if (taken(m) || m.start < trigger.end || !inClause(m)) continue;
		if (m.backerOnly) continue;
		// "stabbed a Kalsan TV journalist", "shot dead an IDP civilian": a name before the people's own noun says whose they
		// are; the people suffered it.
		if (!m.group && (m.kind === 'organization' || m.kind === 'media') && actors.some((n) => n.group && VICTIM_CLASSES.has(n.group) && n.start > m.end && /^\s+$/.test(work.slice(m.end, n.start)))) continue;
		const pre = low(Math.max(trigger.end, m.start - 40), m.start);
		// ("killing a man the IDF identified as a Hezbollah member": who names the victim is no party.)
		if (IDENTIFIER_AFTER.test(low(m.end, m.end + 30))) continue;
		// "…, Biden told reporters": the audience of a report is no party to the event.
		// ("in an attack later attributed by authorities to the gang": nor who attributes it.)
		if (/\b(?:told|telling|briefed)\s+$|\b(?:attributed|blamed)\s+(?:later\s+)?by\s+(?:the\s+)?(?:[\w-]+\s+)?$/.test(pre)) continue;
		// "…, a teacher and residents said", "…, Lebanon's health ministry said": who tells of the event, or owns
		// its teller, is not its victim.
		// ("… including the attackers, police and a local militia leader said on Monday": both speak.)
		if (/^(?:'s\s+(?:[\w-]+\s+){0,3})?\s*(?:said|say|says|told|reported)\b/.test(low(m.end, m.end + 40)) || /^\s*,?\s*and\s+(?:an?\s+|the\s+)?(?:(?!(?:was|were|is|are|been|be|being|had|has|have)\s)[\w'-]+\s+){1,3}(?:said|say|says|told|reported)\b/.test(low(m.end, m.end + 60))) continue;
		// "kidnapped by armed men presumed to belong to the Gulf Cartel": the doers' group is a doer, not a target.
		// ("from gunmen who, according to the Defense Ministry, belonged to the Jalisco New Generation Cartel": the same, told in a
		// relative clause.)
		if (AFFILIATION_BEFORE.test(pre) || AFFILIATION_WHO.test(low(Math.max(trigger.end, m.start - 120), m.start))) {
			add('agent', m);
			continue;
		}
		// "a truce brokered by Qatar and Egypt": the go-betweens are no party either.
		if (GO_BETWEEN_BY.test(pre) || listedAfter(goBetween, m)) {
			goBetween = m;
			continue;
		}
		// "condemned the strike and called on the United States and France to act": whom a speaker addresses is no party.
		if (ADDRESSEE_BEFORE.test(pre) || listedAfter(addressee, m)) {
			addressee = m;
			continue;
		}
		// ("detained a municipal deputy who had criticised the army": whom the object's relative clause names is no target.)
		if (/\b(?:who|whom|whose)\s+(?:had\s+|has\s+|have\s+|was\s+|were\s+)?[a-z]+ed\s+(?:[\w'-]+\s+){0,3}$/.test(low(trigger.end, m.start))) continue;
		const ownerOfTarget = OWNER_VERB.test(pre);
		if (inp.violent && m.group && (VICTIM_CLASSES.has(m.group) || /\b(kill\w*|wound\w*|injur\w*|abduct\w*|kidnap\w*)\s+(?:\S+\s+){0,3}$/.test(pre))) {
			add('victim', m);
			continue;
		}
		const lastTarget = [...out].reverse().find((r) => r.role === 'target' || r.role === 'victim');
		// "X leader Y", "including X and Y": mentions side by side share the role.
		const adjacent = lastTarget && lastTarget.mention.start > trigger.end && /^\s*(?:\(\s*\w+\s*\)\s*)?(?:,|and|or|\w+)?\s*(?:and\s*)?$/.test(work.slice(lastTarget.mention.end, m.start));
		const including = /\b(?:including|such as|namely)\s+$/.test(pre);
		// "recaptured the Republican Palace in Khartoum from the RSF": whom a town or a building is taken from.
		const takenFrom = /^territory_/.test(inp.type) && /\bfrom\s+(?:the\s+)?$/.test(pre);
		if (!lastTarget || ownerOfTarget || adjacent || including || takenFrom) add(lastTarget?.role === 'victim' && adjacent ? 'victim' : 'target', m);
	}
}

/** Victims named inside the trigger. */
function insideTrigger(c: RoleReading): void {
	const { inp, trigger, actors, add, taken } = c;
	// "The bodies of two civilians were found": who is named inside the trigger is its victim.
	if (inp.violent) for (const m of actors) if (!taken(m) && m.start >= trigger.start && m.end <= trigger.end && m.group && VICTIM_CLASSES.has(m.group)) add('victim', m);
}

/** The subject of a passive. */
function passiveSubject(c: RoleReading): void {
	const { inp, trigger, actors, add, passive, taken, inClause } = c;
	// Passive: the subject before the trigger is its target/victim ("two civilians were killed").
	if (passive) {
		for (let k = actors.length - 1; k >= 0; k--) {
			const m = actors[k];
			if (m.end > trigger.start || !inClause(m) || taken(m) || m.backerOnly) continue;
			add(inp.violent && (m.group === 'civilians' || m.kind === 'person') ? 'victim' : 'target', m);
			break;
		}
	}
}

/** Sides of a clash named before it. */
function clashParticipants(c: RoleReading): void {
	const { inp, trigger, low, actors, add, taken, inClause } = c;
	// Participants of protests/clashes listed before the trigger ("X and Y clashed").
	if (/clash|fight|fought|exchange|gun ?battle|shoot-?out|encounter/.test(trigger.word)) {
		for (const m of actors) {
			if (taken(m) || !inClause(m) || m.backerOnly || m.end > trigger.start || (c.bothSides && PREPOSITION_BEFORE_EVENT.test(low(m.end, trigger.start)))) continue;
			// ("it was reported through the application 'Onde Tem Tiroteio - RJ' that a shoot-out took place": who reports it
			// is no side.)
			if (/\b(?:that|whether)\b/.test(low(m.end, trigger.start))) continue;
			// "At least 40 people have been killed in clashes": who died in the fighting is its victim, not a side.
			// ("Four CPI-Maoist cadres and a police sub-inspector were killed in an exchange of fire": armed men who fell in it
			// fought it.)
			const armed = ARMED_ACTOR_KINDS.has(m.kind) || ARMED_GROUP_CLASSES.has(m.group ?? '');
			add(inp.violent && !armed && /^\s*(?:(?:were|was|have been|has been|had been|are|is)\s+)?(?:reportedly\s+)?(?:killed|wounded|injured|died|dead|hurt)\b/.test(low(m.end, trigger.start)) ? 'victim' : 'participant', m);
		}
	}
}

// (A response clause is a clause of its own: "X struck … in retaliation for a drone attack on U.S. troops" — X did not attack.)
// ("…, a day after a U.S. strike killed a commander": what came a day before is another event's clause.)
const SUBORDINATE_SUBJECT_BEFORE = /\b(?:after|when|as|before|once|until|since|because)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$/;
// ("Govt forces, while conducting an operation, clashed": "while" and a participle is an aside of the subject's, no new clause.)
const EDGE = new RegExp(String.raw`;|\s[\u2013\u2014-]{1,2}\s|,\s+(?:(?:a|an|one|two|three|four|five|\d+)\s+(?:days?|hours?|weeks?|months?)\s+)?(?:but|while(?!\s+[a-z]+ing\b)|whereas|although|though|after|before|when|as|which|who)\b|\b(?:but|whereas|although)\b|\bwhile\b(?!\s+[a-z]+ing\b)|\b(?:${RESPONSE_CUE})\b`, 'g');

function clauseEdgeBefore(work: string, from: number, at: number): number {
	// "The militants, who were trapped in a forested area, triggered…": a closed aside does not end the subject's clause.
	const slice = work.slice(from, at).replace(ASIDE, (m) => ' '.repeat(m.length));
	let edge = from;
	EDGE.lastIndex = 0;
	for (let m = EDGE.exec(slice); m; m = EDGE.exec(slice)) edge = from + m.index + m[0].length;
	// "After X did Y, Z did W", "On 14 May, a day after X, Z did W": the subordinate clause ends at its comma.
	const lead = FRONTED_ADJUNCT.exec(slice);
	if (lead) edge = Math.max(edge, from + lead[0].length);
	return edge;
}

function clauseEdgeAfter(work: string, to: number, at: number): number {
	const slice = work.slice(at, to);
	EDGE.lastIndex = 0;
	const m = EDGE.exec(slice);
	return m ? at + m.index : to;
}
