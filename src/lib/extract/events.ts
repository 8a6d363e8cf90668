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
import { refine } from './classify';
import { eventType } from './taxonomy';
import type { Mention } from './mentions';
import type { Sentence } from './segment';
import { findTriggers, type TriggerHit } from './triggers';
import { assignRoles, type RoleHit } from './roles';

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
}

// Which triggers compete for one event in a clause.
function family(type: string): string {
	const d = eventType(type);
	if (['Protests', 'Riots'].includes(d.acled.eventType) && type !== 'mob_violence') return 'protest';
	if (d.violent || type === 'looting') return 'violence';
	return type;
}

// Within a family, more specific sub-types win.
const SPECIFICITY = ['suicide_bombing', 'chemical_attack', 'airstrike', 'explosive', 'grenade', 'shelling', 'sexual_violence', 'abduction', 'territory_regained', 'protest_repression', 'riot', 'protest_intervention', 'protest', 'mob_violence', 'armed_clash', 'looting', 'attack'];
const spec = (t: string) => {
	const i = SPECIFICITY.indexOf(t);
	return i < 0 ? 99 : i;
};

const NEW_EVENT = /\b(an?|another|other|additional|more|similar|further|new|second|third|two|three|several|multiple|separate|earlier|previous)\s+(?:[\w'-]+\s+){0,3}$/;
const DEFINITE = /\b(the|these|those|this|that|its|their|his|her|our|such)\s+(?:[\w'"-]+\s+){0,3}$/;
const RESPONSE = /\b(in (?:response|retaliation|reprisal) (?:to|for)|retaliat\w* (?:for|against)|to avenge|in revenge for|after|following|a response to|responding to)\s+(?:the\s+|recent\s+|an?\s+|last\s+\w+'s\s+)*(?:[\w'-]+\s+){0,4}$/;

export interface EventInput {
	work: string;
	lower: string;
	sentences: Sentence[];
	mentionsBySentence: Map<number, Mention[]>;
	/** Returns true when the span has an explicit date in the same sentence. */
	hasOwnDate: (sentence: Sentence, at: number) => boolean;
}

export function buildEvents(inp: EventInput): DraftEvent[] {
	const { work, lower, sentences } = inp;
	const events: DraftEvent[] = [];
	for (const s of sentences) {
		const sl = lower.slice(s.start, s.end);
		const hits = findTriggers(sl, s.start, s.index);
		const refined: Array<TriggerHit & { hedged: boolean }> = [];
		for (const h of hits) {
			const r = refine(h, sl, s.start);
			if (r.drop) continue;
			refined.push({ ...h, type: r.type, hedged: !!r.hedged });
		}
		// Inside a protest, arrests and beatings are the intervention, not separate events.
		if (refined.some((h) => family(h.type) === 'protest')) {
			for (let k = refined.length - 1; k >= 0; k--) if (['arrest', 'attack', 'armed_clash'].includes(refined[k].type)) refined.splice(k, 1);
		}
		// Per clause, per family: keep the most specific trigger.
		const clauses = clauseRanges(work, s);
		const chosen: Array<TriggerHit & { hedged: boolean; absorbed: TriggerHit[] }> = [];
		for (const c of clauses) {
			const inC = refined.filter((h) => h.start >= c.start && h.start < c.end);
			const byFam = new Map<string, Array<TriggerHit & { hedged: boolean }>>();
			for (const h of inC) {
				const f = family(h.type);
				byFam.set(f, [...(byFam.get(f) ?? []), h]);
			}
			for (const list of byFam.values()) {
				const best = [...list].sort((a, b) => spec(a.type) - spec(b.type) || b.strength - a.strength || a.start - b.start)[0];
				chosen.push({ ...best, absorbed: list.filter((x) => x !== best) });
			}
		}
		// Statements only when nothing else happens in the sentence.
		const substantive = chosen.filter((h) => !['statement'].includes(h.type));
		const keep = substantive.length ? substantive : chosen;
		const mentions = inp.mentionsBySentence.get(s.index) ?? [];
		for (const h of keep.sort((a, b) => a.start - b.start)) {
			const d = eventType(h.type);
			const roles = assignRoles({
				work,
				lower,
				sentence: s,
				trigger: { start: h.start, end: h.end, word: h.word, nominal: h.nominal },
				type: h.type,
				violent: d.violent,
				mentions,
				otherTriggers: keep.filter((k) => k !== h)
			});
			const before = lower.slice(Math.max(s.start, h.start - 60), h.start);
			const responseRef = RESPONSE.test(before) && !inp.hasOwnDate(s, h.start) && d.violent;
			const isNew = NEW_EVENT.test(before);
			const isDefinite = !isNew && (DEFINITE.test(before) || h.nominal === false && /^(strikes?|attacks?|airstrikes?)$/.test(h.word) && /\b(the|these)\b/.test(before.slice(-20)));
			// Same type already in this sentence → same event.
			let target = events.find((e) => e.type === h.type && e.sentences.includes(s.index));
			if (!target && (isDefinite || responseRef) && !isNew) {
				target = [...events].reverse().find((e) => sameKind(e.type, h.type) && !e.referenceOnly);
			}
			if (target && !responseRef) {
				target.hits.push(h);
				if (!target.sentences.includes(s.index)) target.sentences.push(s.index);
				for (const r of roles) if (!target.roles.some((x) => x.role === r.role && x.mention === r.mention)) target.roles.push(r);
				// A fuller mention (with a date, agent) makes better evidence than a headline.
				if (better(h, roles, target, inp, s)) target.main = h;
				if (h.type !== target.type && spec(h.type) < spec(target.type) && family(h.type) === family(target.type)) target.type = h.type;
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
				order: events.length
			});
		}
		// Links: "X in response to Y" / "X after Y" within the sentence.
		linkInSentence(events, s, lower);
	}
	return events;
}

function sameKind(a: string, b: string): boolean {
	if (a === b) return true;
	const fa = family(a);
	return fa === family(b) && fa !== 'violence' ? true : fa === 'violence' && family(b) === 'violence' && (a === 'attack' || b === 'attack' || a === 'airstrike' || b === 'airstrike') && eventType(a).acled.eventType === eventType(b).acled.eventType;
}

function better(h: TriggerHit, roles: RoleHit[], e: DraftEvent, inp: EventInput, s: Sentence): boolean {
	const score = (hit: TriggerHit, rs: RoleHit[], sent: Sentence) =>
		(inp.hasOwnDate(sent, hit.start) ? 2 : 0) + (rs.some((r) => r.role === 'agent') ? 1 : 0) + (rs.some((r) => r.role === 'target') ? 0.5 : 0) + (hit.nominal ? 0 : 0.5) + (sent.index === 0 ? -1 : 0);
	const cur = inp.sentences[e.sentences[0]];
	const curRoles = e.roles.filter((r) => r.mention.sentence === e.main.sentence);
	return score(h, roles, s) > score(e.main, curRoles, cur ?? s);
}

const LINK_CUES: Array<[RegExp, LinkRelation]> = [
	[/\b(in (?:response|retaliation|reprisal) (?:to|for)|retaliat\w*|to avenge|in revenge for|responding to|a response to)\b/, 'in_response_to'],
	[/\b(after|following)\b/, 'after'],
	[/\b(before|ahead of|prior to)\b/, 'before']
];

function linkInSentence(events: DraftEvent[], s: Sentence, lower: string): void {
	const here = events.filter((e) => e.hits.some((h) => h.sentence === s.index));
	const sl = lower.slice(s.start, s.end);
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
			if (from && to && relation === 'after') {
				// "After the groups retaliated …, Trump ordered a strike": the last event happened after the first.
				const ordered = after.sort((a, b) => a.h!.start - b.h!.start);
				from = ordered[ordered.length - 1];
				to = ordered.find((x) => x.e !== from!.e);
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
	// "After X did Y, Z did W": a leading subordinate clause ends at its first comma.
	const lead = /^\s*(?:after|before|when|as|while|since|following|although|though)\b[^,]{3,200},/i.exec(body);
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
