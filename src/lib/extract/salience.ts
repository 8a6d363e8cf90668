/**
 * Salience and links: the article's events ordered most important first (the first
 * is the main event), numbered in that order, then linked ("in response to").
 */
import type { EventLink, ExtractedEvent } from '../core/types';
import type { Sentence } from './segment';
import type { DraftEvent } from './events';
import { eventType } from './taxonomy';
import { FRONTED_ADJUNCT } from './lexicon';

const AFTER_OR_OVER = /\b(?:after|following|over)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[\w'-]+\s+){0,4}$/i;

// "had seized", "had been killed", "had already captured": the past perfect just before a verb trigger.
const PLUPERFECT_BEFORE = /\bhad\s+(?:(?:already|previously|earlier|briefly|also|been)\s+){0,2}$/i;

const REPORTED_BEFORE = /\b(?:said|says|say|told|announced|claimed|claims|reported|confirmed|stated|added|according to|alleged|admitted|acknowledged)\b/i;

// ("a similar bombing", "an earlier attack"; "not allowed to visit since the prison riot": what a wait is counted from.)
// ("signed a ceasefire agreement, ending three days of clashes": the spell of fighting that the story's act closes.)
const COMPARED_BEFORE = /\b(?:(?:a|an)\s+(?:similar|earlier|previous|prior)|since\s+(?:the|a|an))\s+(?:[\w-]+\s+)?$|\b(?:ending|ended|end(?:s|ing)?\s+to|halting|halted|capping)\s+(?:the\s+)?(?:(?:\d+|two|three|four|five|six|seven|several|many|a\s+few)\s+)?(?:[\w-]+\s+)?(?:hours?|days?|nights?|weeks?|months?|years?)\s+of\s+(?:[\w-]+\s+)?$/i;

/** Days before the report after which an event, beside one of the report's own days, is background. */
const STALE_DAYS = 90;

/** Years before the report after which an event is history, not news. */
const HISTORY_YEARS = 2;

// Types that can be a lead's main event: all but orders and words (a summit or a sanction can lead a story).
const LEAD_RANK = 6;

function salience(d: DraftEvent, e: ExtractedEvent, lead: number, respondedTo: boolean, headline: Set<number>): number {
	const rank = eventType(d.type).rank;
	const inLead = rank <= LEAD_RANK && d.hits.some((h) => h.sentence === lead);
	// The event the headline names, told again in the body, is what the story is about ("Ecuador police arrest 27 …
	// in raids" over a lead that also tells the raids).
	const headlined = d.hits.some((h) => headline.has(h.sentence)) && d.hits.some((h) => !headline.has(h.sentence));
	// An event the lead names as the cause of another ("in retaliation for a strike", "rioted after police shot dead
	// a teenager") yields to that other, whatever their types.
	return (inLead ? 0 : 100) + rank * 10 + (respondedTo ? 50 : 0) - (headlined ? 40 : 0) - Math.min(3, d.hits.length) - (e.confidence > 0.6 ? 1 : 0);
}

/**
 * The taxonomy's rank first (violence before words), then text order; the lead — the first
 * body sentence telling a substantive event — holds the main event. Sets each event's id.
 */
export function orderAndLink(eventOf: Map<DraftEvent, ExtractedEvent>, headline: Set<number>, sentences: Sentence[], raw: string, published?: string): { events: ExtractedEvent[]; links: EventLink[] } {
	// An event dated years before the report ("the Battle of Arnhem … in September 1944") is history the story recalls:
	// it never leads over what happened near the report.
	const reportYear = Number(published?.slice(0, 4));
	const history = (e: ExtractedEvent) => {
		const year = Number(e.date.value?.slice(0, 4));
		return Number.isFinite(reportYear) && Number.isFinite(year) && /^\d{4}/.test(e.date.value ?? '') && year < reportYear - HISTORY_YEARS;
	};
	// "M23 had seized Goma in January. On 19 March, M23 rebels took control of Walikale": what the past perfect tells is
	// background to the story's own time, and the lead is the first sentence telling something else.
	// (Not reported speech, whose past perfect is the report's tense shifted: "the group said it had captured Kyaukphyu".)
	const pluperfect = (d: DraftEvent) =>
		d.hits.every((h) => !h.nominal && PLUPERFECT_BEFORE.test(raw.slice(Math.max(0, h.start - 30), h.start)) && !REPORTED_BEFORE.test(raw.slice(sentences[h.sentence].start, h.start)));
	const allSubstantive = [...eventOf.keys()].filter((d) => eventType(d.type).rank <= LEAD_RANK);
	// ("Attacks … have increased since January, when a similar bombing killed 3 personnel": the one compared with is
	// earlier; the story's is the other.)
	const comparedBack = (d: DraftEvent) => d.hits.some((h) => COMPARED_BEFORE.test(raw.slice(Math.max(0, h.start - 30), h.start)));
	const past = new Set([...eventOf.keys()].filter((d) => pluperfect(d) || comparedBack(d)));
	const pastLeads = allSubstantive.filter((d) => past.has(d)).length;
	// (Only beside something told in the story's own time: a story told wholly in the past perfect has its lead as it is.)
	const substantive = pastLeads < allSubstantive.length ? allSubstantive.filter((d) => !past.has(d)) : allSubstantive;
	const background = (d: DraftEvent) => past.has(d) && pastLeads > 0 && pastLeads < allSubstantive.length;
	const lead = Math.min(...substantive.flatMap((d) => d.hits.filter((h) => !headline.has(h.sentence)).map((h) => h.sentence)));
	// Each event's salience worked out once, not at every comparison of the sort.
	// (A measure that answers violence, "a curfew was clamped after protesters set fire to vehicles", leaves the violence
	// the story's.)
	const causeHits = new Set([...eventOf.keys()].flatMap((d) => d.linkTo.filter((l) => d.type !== 'group_change' || !eventType(l.hit.type).violent).map((l) => l.hit)));
	// An event told in a fronted adjunct ("a day after a roadside bomb struck a convoy, militants attacked …") is the
	// background of its sentence's main clause, as a cause is.
	const inAdjunct = (d: DraftEvent) => {
		const s = sentences[d.main.sentence];
		const adjunct = FRONTED_ADJUNCT.exec(raw.slice(s.start, s.end));
		return !!adjunct && d.main.end <= s.start + adjunct[0].length && [...eventOf.keys()].some((o) => o !== d && o.main.sentence === d.main.sentence && o.main.start >= s.start + adjunct[0].length);
	};
	// "… imposed sanctions on RSF commanders over the killing of civilians after the group seized El Fasher": what the
	// sentence's first event answers to, told after "after" or "over", is its background.
	const answeredBy = (d: DraftEvent) => {
		const s = sentences[d.main.sentence];
		if (!AFTER_OR_OVER.test(raw.slice(Math.max(s.start, d.main.start - 60), d.main.start))) return false;
		// (Not a measure that answers violence: "A curfew was clamped on Imphal after protesters set fire to vehicles" is the
		// riot's story.)
		const measureAfterViolence = (o: DraftEvent) => o.type === 'group_change' && eventType(d.type).violent;
		return [...eventOf.keys()].some((o) => o !== d && o.main.sentence === d.main.sentence && o.main.start < d.main.start && eventType(o.type).rank <= LEAD_RANK && !o.hits.some((h) => d.hits.includes(h)) && !measureAfterViolence(o));
	};
	// ("… resumed talks in Muscat on Thursday … A U.S. bombing campaign from March to May 2025 killed hundreds": months before
	// the report, told beside something of the report's own days, is background too, though not yet history.)
	const pub = Date.parse(published?.slice(0, 10) ?? '');
	const endOf = (e: ExtractedEvent) => (e.date.interval ? Date.parse(e.date.interval.end) : NaN);
	const stale = (e: ExtractedEvent) => endOf(e) < pub - STALE_DAYS * 86_400_000;
	const current = (e: ExtractedEvent) => !Number.isNaN(pub) && e.date.value !== null && !(endOf(e) < pub - 14 * 86_400_000);
	const anyCurrent = [...eventOf.values()].some((e) => current(e));
	const rankOf = new Map([...eventOf].map(([d, e]) => [d, salience(d, e, lead, d.hits.some((h) => causeHits.has(h)) || inAdjunct(d) || answeredBy(d) || background(d), headline) + (history(e) ? 1000 : anyCurrent && stale(e) ? 500 : 0)]));
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
	return { events: salient.map(([, e]) => e), links };
}
