/** Which sentences' deaths and injuries are an event's. */
import type { Sentence } from './segment';
import type { DraftEvent } from './events';
import { findCasualties, statedFatalities } from './casualties';
import { parseNumber } from './numbers';
import { CAUSE_CUE, GRIEVANCE } from './lexicon';

/**
 * Casualties stated in the event's sentences and the sentences that follow it before the next event.
 * `owners` counts, per sentence, the events told in it (see `sentenceOwners`).
 */
export function casualtiesFor(d: DraftEvent, sentences: Sentence[], lower: string, owners: Map<number, number>): { fatalities?: number; injuries?: number } {
	const start = sentences[d.main.sentence];
	// Told in by another event: by more events than this one alone.
	const claimed = (k: number) => (owners.get(k) ?? 0) > (d.sentences.includes(k) ? 1 : 0);
	// "Rioters set fire to a police station after a man died in custody": the death told after "after" is the cause's.
	const rest = lower.slice(d.main.end, start.end);
	// ("students marched, demanding accountability for a collapse that killed 16 people last November": a crowd's grievance
	// tells dead of its own, not the march's.)
	// (The grievance is read from the trigger on: "demanding accountability for …" may be the crowd's own word.)
	// ("recaptured Jalalaqsi on Monday after fighting that killed at least 11 people": the fighting that won a town is the
	// taking of it.)
	const cause = CAUSE_CUE.exec(rest);
	// ("JNIM attacked Lere after several hours of fighting with FAMa troops, killing 9 soldiers": a fight with the attacked
	// is the attack itself, and its dead are the attack's.)
	const causeAt = cause && !FIGHT_WITH_AFTER.test(rest.slice(cause.index)) && !(/^territory_/.test(d.type) && /^(?:after|following)\s+(?:(?:an?|the|heavy|fierce|intense|days of|hours of|weeks of|military|army|security)\s+)*(?:fighting|clashes|battles?|combat|operations?|offensive|assault|counter-?offensive)\b/.test(rest.slice(cause.index))) ? cause.index : undefined;
	const grievanceAt = CROWD.has(d.type) ? GRIEVANCE.exec(lower.slice(d.main.start, start.end))?.index : undefined;
	const ends = [causeAt === undefined ? undefined : d.main.end + causeAt, grievanceAt === undefined ? undefined : d.main.start + grievanceAt].filter((x): x is number => x !== undefined);
	let text = lower.slice(start.start, ends.length ? Math.min(...ends) : start.end);
	// ("protesters angered by the killing of two farmers set fire to vehicles": a grievance told before the crowd's act.)
	const grievanceBefore = CROWD.has(d.type) ? GRIEVANCE.exec(lower.slice(start.start, d.main.start)) : null;
	if (grievanceBefore) {
		const from = grievanceBefore.index, to = d.main.start - start.start;
		text = text.slice(0, from) + ' '.repeat(to - from) + text.slice(to);
	}
	// Each sentence read, for tolls that conflict (below).
	const pieces = [text];
	let k = d.main.sentence + 1;
	// (The reporter's "could not verify" marks a claim only where a side counts the enemy it says it killed, "more than 40
	// terrorists were neutralised"; a source's count of the dead it did not cause is only unchecked, as most tolls are.)
	const unverified = (j: number) => {
		const said = lower.slice(sentences[j].start, sentences[j].end);
		const next = j + 1 < sentences.length ? lower.slice(sentences[j + 1].start, sentences[j + 1].end) : '';
		return ((UNVERIFIED_FIGURE_INSIDE.test(said) || UNVERIFIED_FIGURE.test(next)) && ENEMY_COUNTED.test(said)) || NOT_CONFIRMED.test(next) || UNVERIFIED_OWNED_FIGURE.test(next);
	};
	// ("The AA claimed that 12 soldiers had been killed": a side's claim, the toll only where no other figure is told.)
	let claimedToll: string | undefined;
	for (; k < Math.min(sentences.length, d.main.sentence + 3); k++) {
		const next = lower.slice(sentences[k].start, sentences[k].end);
		if (!claimed(k) && claimedToll === undefined && CLAIMED_TOLL.test(next) && !anotherEventsToll(next)) claimedToll = next;
		// ("Iran has since fired hundreds of missiles at Israel, killing more than 20 people": a running total, not this event's.)
		if (claimed(k) || notThisToll(next)) break;
		// ("He initially said at least five people had died": a first count the story has since revised.)
		// (Unless the sentence gives the revision too: "initially reported 6 dead; the following day the ministry raised the
		// toll to 8".)
		// ("… has risen to 24, a local leader said. Local authorities had reported 18 dead on Wednesday": the count before the rise.)
		if ((SUPERSEDED.test(next) || (EARLIER_REPORT.test(next) && ROSE_TO.test(text))) && !REVISED_IN_SENTENCE.test(next)) continue;
		// ('The statement said "more than 40 terrorists were neutralised". Reuters could not independently verify that
		// figure.': a figure the reporter says it could not check is a side's claim too.)
		if (unverified(k)) {
			if (claimedToll === undefined) claimedToll = next;
			continue;
		}
		if (PARTIAL_COUNT.test(next)) continue;
		const own = ownPart(next);
		text += ' ' + own;
		pieces.push(own);
	}
	// Later sentences merged into the event ("Police withdrew. At least five people were killed.": its toll), a
	// running total or a disaster's toll merged with it aside.
	// ("…intense fighting since January 2025, when the ELN launched an offensive. That fighting killed more than 80 people":
	// a sentence that points back to another time's fight tells that fight's dead.)
	const pointsBack = (j: number) => j > 0 && POINTS_BACK.test(lower.slice(sentences[j].start, sentences[j].end)) && notThisToll(lower.slice(sentences[j - 1].start, sentences[j - 1].end));
	for (const j of new Set(d.sentences)) {
		if (j < k) continue;
		const said = lower.slice(sentences[j].start, sentences[j].end);
		if (j !== d.main.sentence) {
			if (unverified(j)) {
				claimedToll ??= said;
				continue;
			}
			// ("In the deadliest such attack since Assad's fall, a car bomb … on Feb. 3, killing 20 people": a sentence that tells
			// another event on a day of its own tells that event's dead.)
			if (claimed(j) && DAY_OF_ITS_OWN.test(said)) continue;
			if (notThisToll(said) || pointsBack(j)) {
				// ("Al Shabaab claimed the attack and said it killed five soldiers; government sources confirmed two soldiers dead":
				// a claim told of this event still holds its toll, where nothing else gives one.)
				if (CLAIMED_TOLL.test(said) && !anotherEventsToll(said)) claimedToll ??= said;
				continue;
			}
		}
		const own = ownPart(said);
		text += ' ' + own;
		pieces.push(own);
	}
	const found = casualtiesOverClaims(text);
	// ("… The BLA claimed the attack and said 90 personnel were killed; officials stated that three … died. Fatalities coded as
	// 5.": the count the note settles on, a few sentences on, past a claim that stopped the reading.)
	const settled = statedLater(d, sentences, lower, claimed);
	if (settled !== undefined) return { ...found, fatalities: settled };
	// ("… killed at least nine fishermen, the governor said, while survivors and local sources gave a higher toll. … A
	// fisherman said 13 people had been killed. A local humanitarian source put the toll at 12 dead.": where the story
	// says its sources disagree, the lowest of the lead's and the sources' tolls, as ACLED takes it.)
	if (found.fatalities !== undefined && TOLLS_DISAGREE.test(text)) {
		const tolls = pieces.filter((p, i) => i === 0 || SOURCED_TOLL.test(p)).map((p) => casualtiesOverClaims(p).fatalities).filter((n): n is number => n !== undefined && n > 0);
		if (tolls.length >= 2) found.fatalities = Math.min(found.fatalities, ...tolls);
	} else if (found.fatalities !== undefined && pieces.length >= 2 && !SUPERSEDED.test(text) && !EARLIER_REPORT.test(text) && !TOLL_REVISED.test(text)) {
		// ("Borno state police said … that five people, including the bomber, were killed … A leader of the Civilian Joint Task
		// Force told Reuters eight people had died": two sources' counts of the same dead, people of any side, one after the
		// other, without a word that the toll grew or was revised ("doubling the toll initially given by police"); the lower, as
		// ACLED takes it.)
		const sourced = pieces.filter((p, i) => SOURCED_TOLL.test(p) && SIDELESS_COUNT.test(p) && !(i > 0 && TOLL_GREW.test(p)));
		const tolls = sourced.map((p) => casualtiesOverClaims(p).fatalities).filter((n): n is number => n !== undefined && n > 0);
		if (tolls.length >= 2 && new Set(tolls).size > 1) found.fatalities = Math.min(found.fatalities, ...tolls);
	}
	if (found.fatalities === undefined && claimedToll !== undefined) found.fatalities = casualtiesOverClaims(claimedToll).fatalities;
	// ("killing 6 policemen. The bomber also died.": the bomber told dead apart is one more, as ACLED counts attackers.)
	if (d.type === 'suicide_bombing' && found.fatalities !== undefined && (BOMBER_DIED.test(text) || BOMBER_ALONG.test(text) || BOMBER_NOT_COUNTED.test(text)) && !BOMBER_COUNTED.test(text)) {
		const apart = BOMBER_NOT_COUNTED.exec(text)?.[1];
		found.fatalities += (apart ? parseNumber(apart) : undefined) ?? 1;
	}
	return found;
}

/** A count the text settles on ("Fatalities coded as 5") in one of the three sentences after the event's, before another event's. */
function statedLater(d: DraftEvent, sentences: Sentence[], lower: string, claimed: (k: number) => boolean): number | undefined {
	// (Most texts state no coded count: one substring search passes them over.)
	if (!lower.includes('fatalit', sentences[d.main.sentence].end)) return undefined;
	for (let k = d.main.sentence + 1; k < Math.min(sentences.length, d.main.sentence + 4); k++) {
		const said = lower.slice(sentences[k].start, sentences[k].end);
		const n = statedFatalities(said);
		if (n !== undefined) return n;
		if (claimed(k) && !CLAIMED_TOLL.test(said)) return undefined;
	}
	return undefined;
}

// ("By midday on Monday, the toll had risen to four after emergency workers recovered two more bodies.")
// A count in digits or words ("12", "twenty-one", "fifteen").
const COUNT_WORD = String.raw`(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-[a-z]+)?)`;
const TOLL_COUNT = String.raw`(\d+|${COUNT_WORD})`;
// (Or "…, bringing the total death toll in the gunfight to eight".)
const TOLL_ROSE = new RegExp(String.raw`\b(?:death\s+)?toll\s+(?:(?:from|of|in)\s+[^.;]{1,60}?\s+)?(?:(?:had|has|have)\s+)?(?:(?:later|since|now|then|also)\s+)?(?:risen|rose|climbed|increased|jumped|grown|grew)\s+to\s+(?:at least\s+)?${TOLL_COUNT}\b|\bbringing\s+the\s+(?:total\s+|overall\s+)?(?:death\s+)?toll\s+(?:(?:in|from|of)\s+[^.;]{1,60}?\s+)?to\s+(?:at least\s+)?${TOLL_COUNT}\b`);

/**
 * A toll the story raises further on, past the sentences read for the event: the latest count is the event's, where no
 * other violent event is told between ("… killing at least two people … By midday on Monday, the toll had risen to four").
 * `toldAt(j)`: whether another violent event is told in sentence j.
 */
export function tollRisenLater(d: DraftEvent, sentences: Sentence[], lower: string, toldAt: (j: number) => boolean): number | undefined {
	// (Most stories tell no toll further on: one substring search passes them over.)
	const next = sentences[d.main.sentence + 1];
	if (!next || !lower.includes('toll', next.start)) return undefined;
	for (let j = d.main.sentence + 1; j < sentences.length; j++) {
		if (!d.sentences.includes(j) && toldAt(j)) return undefined;
		const said = lower.slice(sentences[j].start, sentences[j].end);
		const m = TOLL_ROSE.exec(said);
		if (m && !anotherEventsToll(said)) return parseNumber(m[1] ?? m[2]);
	}
	return undefined;
}

// The lead tells dead without counting them: "burying relatives killed when shells slammed into the camp", "pulling bodies
// from the ruins", "a deadly attack".
const UNCOUNTED_DEAD = /\b(?:killed|killing|kills|dead|deadly|deaths|bodies|corpses|died|massacred?|shooting|shot|gunned down)\b/;
// ("I counted six bodies near the water point alone": a part of the dead, not their count.)
const PARTIAL_COUNT = /\b(?:bodies|dead|killed|corpses)\b[^.;]{0,40}\balone\b/;
/** How many sentences on the toll of an uncounted lead may be told: the first paragraphs of a wire story. */
const UNCOUNTED_TOLL_REACH = 8;

/**
 * The toll of an event whose own sentences tell dead but no count, told further on by a source ("… relatives killed when
 * artillery shells slammed into the settlement … The Sudan Doctors Network said nine people had been killed. A doctor
 * said the toll had risen to fourteen"): the latest risen toll, else the lowest of the sources' counts, as ACLED takes it.
 * Reading stops at another violent event (`toldAt(j)`) or a toll that is not this event's.
 */
export function tollToldLater(d: DraftEvent, sentences: Sentence[], lower: string, toldAt: (j: number) => boolean): number | undefined {
	const own = sentences[d.main.sentence];
	if (!UNCOUNTED_DEAD.test(lower.slice(own.start, own.end))) return undefined;
	let risen: number | undefined;
	const counts: number[] = [];
	for (let j = d.main.sentence + 1; j < Math.min(sentences.length, d.main.sentence + 1 + UNCOUNTED_TOLL_REACH); j++) {
		if (!d.sentences.includes(j) && toldAt(j)) break;
		const said = lower.slice(sentences[j].start, sentences[j].end);
		if (notThisToll(said) || POINTS_BACK.test(said) || CAME_AFTER.test(said)) continue;
		const rose = TOLL_ROSE.exec(said);
		if (rose) risen = parseNumber(rose[1] ?? rose[2]) ?? risen;
		else if ((SAID_TOLL.test(said) || /\bbodies\b/.test(said)) && !PARTIAL_COUNT.test(said)) {
			const n = casualtiesOverClaims(said).fatalities;
			if (n !== undefined && n > 0) counts.push(n);
		}
	}
	return risen ?? (counts.length ? Math.min(...counts) : undefined);
}

/**
 * The casualties a text tells, the lower figure where reports conflict, as ACLED takes the most conservative: a side's claim
 * of the dead it caused beside a figure told otherwise ("The rebels claimed to have killed 30 soldiers; the army said 3
 * soldiers were killed"), or another source's toll ("…, while a local resistance group put the toll at 15").
 */
function casualtiesOverClaims(text: string): { fatalities?: number; injuries?: number } {
	const found = findCasualties(text);
	if (found.fatalities !== undefined && CLAIM_CLAUSE.test(text)) {
		const unclaimed = findCasualties(text.replace(CLAIM_CLAUSE_ALL, ' ')).fatalities;
		if (unclaimed !== undefined && unclaimed < found.fatalities) found.fatalities = unclaimed;
	}
	// ("Residents said at least 12 civilians were killed, while a local resistance group put the toll at 15": two sources'
	// tolls of one event, and the lower is taken.)
	const other = found.fatalities !== undefined ? OTHER_SOURCES_TOLL.exec(text) ?? otherSourcesCount(text) : null;
	if (other) {
		const rest = findCasualties(text.slice(0, other.index) + text.slice(other.index + other[0].length)).fatalities;
		const alt = parseNumber(other[1]) ?? NaN;
		if (rest !== undefined && Number.isFinite(alt)) found.fatalities = Math.min(rest, alt);
	}
	// ("Local sources gave a toll of 22, but only 14 deaths were confirmed": the confirmed figure.)
	const confirmed = found.fatalities !== undefined ? ONLY_CONFIRMED.exec(text) : null;
	if (confirmed) found.fatalities = Math.min(found.fatalities!, parseNumber(confirmed[1]) ?? found.fatalities!);
	return found;
}

// ("In the deadliest such attack since Assad's fall, a car bomb … on Feb. 3": a day of its own, by date.)
const DAY_OF_ITS_OWN = /\b(?:on|since)\s+(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}|\d{1,2}\s+(?:january|february|march|april|may|june|july|august|september|october|november|december))\b/;
// ("The attack came two days after gunmen killed five people at a pool hall": what it came after is another event.)
const CAME_AFTER = /\b(?:came|comes|follows|followed)\s+(?:(?:just|only|barely|a)\s+)?(?:(?:\w+\s+){0,2}(?:days?|hours?|weeks?|months?)\s+)?(?:after|following)\b/;
const ownPart = (said: string) => {
	const m = CAME_AFTER.exec(said);
	return m ? said.slice(0, m.index) : said;
};

const ONLY_CONFIRMED = /\b(?:but|while|although|though)\s+only\s+(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty)\s+(?:of\s+(?:them|these|those)\s+)?(?:deaths?|dead|fatalities|bodies|people|victims|of the deaths)?\s*(?:(?:have|had|has)\s+been|were|was|could be)\s+(?:independently\s+|officially\s+)?(?:confirmed|verified)\b/;

/**
 * "A local resistance committee said 31 civilians were killed, while medical sources counted 18 bodies": a second source's
 * count of the same dead, after a first source's. Only where both are reported by someone and the second counts people
 * of no side ("people", "bodies") or of the same kind as the first: "the army said 3 soldiers were killed, while the
 * rebels said 5 fighters died" tells two sides' dead, which add up.
 */
function otherSourcesCount(text: string): RegExpExecArray | null {
	const m = OTHER_SOURCES_COUNT.exec(text);
	if (!m) return null;
	const sentenceBefore = text.slice(0, m.index).split(/[.;!?]\s+/).pop() ?? '';
	// ("One protester was killed, while the Plataforma Decide reported three deaths": a toll told plainly, then a source's.)
	if (!REPORTED.test(sentenceBefore) && !PLAIN_TOLL.test(sentenceBefore)) return null;
	// (The noun counted, before a word of their death: "three civilians dead" counts civilians.)
	const noun = m[2] ?? m[3];
	if (SIDELESS_DEAD.test(noun)) return m;
	return new RegExp(String.raw`\b(?:\d+|${COUNT_WORD})\s+(?:[\w'-]+\s+)?${noun}\b`).test(sentenceBefore) ? m : null;
}

// ("…, while community leaders said fifty-two people were killed", "…; a local resistance committee said 12 people died".
// ("…; SNA sources acknowledged three dead": a side's own admission of its dead.)
const OTHER_SOURCES_COUNT = new RegExp(String.raw`(?:,?\s+(?:while|whereas)|;)\s+(?:[\w'-]+\s+){1,7}?(?:said|reported|counted|recorded|confirmed|registered|cited|gave|acknowledged|admitted)\s+(?:that\s+)?(?:at least\s+|about\s+|around\s+|some\s+|over\s+|more than\s+|nearly\s+|up to\s+)?(\d+|${COUNT_WORD})\s+(?:(people|persons|bodies|civilians)\s+)?(killed|people|persons|bodies|corpses|victims|dead|deaths|civilians|protesters|demonstrators|soldiers|fighters|militants)\b[^.;]*`);
const PLAIN_TOLL = new RegExp(String.raw`^\W*(?:\d+|${COUNT_WORD})\s+(?:[\w'-]+\s+){0,2}?(?:was|were)\s+killed\s*$`);
const SIDELESS_DEAD = /^(?:people|persons|bodies|corpses|victims|dead|deaths|killed)$/;
// ("Authorities recovered 18 bodies; civil society groups reported 24 dead": the bodies recovered are a count too.)
const REPORTED = /\b(?:said|says|reported|according to|told|counted|confirmed|recorded|put|gave|cited|estimated|recovered|retrieved)\b/;

export const FIGHT_WITH_AFTER = /^(?:after|following)\s+(?:(?:several|many|a few|two|three|four|five|\d+)\s+(?:hours|days)\s+of\s+|(?:heavy|fierce|intense|brief|hours-long|day-long)\s+)*(?:fighting|clashes|gunfights?|exchanges? of fire|battles?)\s+with\b/;
const BOMBER_DIED = /\b(?:the|a) (?:suicide )?bomber (?:also |himself |herself |too )?(?:died|was (?:also )?killed|was killed too|perished)\b/;
// ("Eleven civilians were killed along with the bomber": the bomber beside the count.)
const BOMBER_ALONG = /\b(?:killed|died|dead)\s+(?:along with|together with|as well as)\s+(?:the|a)\s+(?:suicide\s+)?(?:bomber|attacker|assailant)\b/;
// ("Eight people died, not counting the attacker": the attacker apart.)
// ("… bringing the death toll to nine, not including the two bombers": as many more.)
const BOMBER_NOT_COUNTED = /\b(?:not counting|not including|excluding|besides|apart from|in addition to|without counting)\s+(?:the\s+)?(?:(both|two|three|four|\d)\s+)?(?:suicide\s+|female\s+)?(?:bombers?|attackers?|assailants?)\b/;
const BOMBER_COUNTED = /\b(?:(?<!not )including|and) (?:the |both |two |three )?(?:suicide )?(?:bombers?|attackers?|assailants?|himself|herself|themselves)\b|\bbombers? (?:was|were) among\b/;

// "claimed to have killed 30 soldiers", "claims it killed 30", "claiming that its fighters had killed 30": a side's claim of the
// dead it caused, to the end of its clause; so are "claimed that 14 Taliban fighters died" (the other side's fighters, in the
// passive) and "said the group had killed more than 60 soldiers, a claim Reuters could not verify".
const CLAIM_CLAUSE_SOURCE = String.raw`(?:\bclaim(?:ed|s|ing)\s+(?:(?:on\s+social\s+media|online|in\s+an?\s+(?:[\w-]+\s+)?(?:statement|video|post|message)|on\s+(?:telegram|x|twitter|facebook)|on\s+(?:its|their|the\s+group's)\s+(?:[\w-]+\s+)?(?:channels?|accounts?|websites?|media|outlets?))\s+)?(?:to\s+have|(?:that\s+)?(?:it|they|its\s+(?:fighters|forces|men)|their\s+(?:fighters|forces|men))(?:\s+(?:had|have|has))?)\s+(?:killed|shot dead|eliminated|neutrali[sz]ed)\b[^;.]*?(?=[;.]|,\s+(?:a claim|an? (?:figure|number|toll)|which|but|while|whereas|though|although)\b|\s+but\b|$))|\bclaim(?:ed|s|ing)\s+(?:that\s+)?(?:at least\s+|more than\s+|some\s+|about\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens\s+of|scores\s+of|hundreds\s+of)\s+(?:[\w'-]+\s+){0,2}?(?:soldiers|troops|fighters|militants|insurgents|rebels|terrorists|jihadists|gunmen|attackers|assailants|servicemen|personnel|guards|policemen|police officers|militiamen|mercenaries)\s+(?:had\s+|have\s+|were\s+|was\s+)?(?:been\s+)?(?:killed|died|eliminated|neutrali[sz]ed)\b[^;.]*?(?=[;.]|,\s+(?:while|whereas|but|though|although)\b|\s+but\b|$)|\b(?:said|says|announced|stated)\s+(?:that\s+)?(?:[\w'-]+\s+){1,4}?(?:had\s+|has\s+|have\s+)?(?:killed|eliminated|neutrali[sz]ed)\b[^;.]*?(?=,\s+(?:a\s+)?claims?\s+(?:that\s+|which\s+)?(?:[\w'-]+\s+){0,3}?(?:could\s+not|cannot|can't|has\s+not|have\s+not|had\s+not|was\s+not|were\s+not|did\s+not)\b)`;
const CLAIM_CLAUSE = new RegExp(CLAIM_CLAUSE_SOURCE);
const CLAIM_CLAUSE_ALL = new RegExp(CLAIM_CLAUSE_SOURCE, 'g');
// "…, while a local resistance group put the toll at 15": another source's toll of the same dead.
// (The other source may be named with brackets, "a local People's Defense Force (PDF) group", and its count in words.)
const OTHER_SOURCES_TOLL = /(?:,?\s+(?:while|whereas|but)|;)\s+(?:[\w'()-]+\s+){1,8}?(?:put|placed|gave|estimated)\s+(?:the\s+|a\s+)?(?:death\s+)?(?:toll|figure|number of (?:dead|deaths))\s+(?:at|of)\s+(?:at least\s+|about\s+|around\s+)?(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/;

const ENEMY_COUNTED = /\b(?:neutrali[sz]ed|neutrali[sz]ing|eliminated|terrorists)\b/;
// ("A security source said six soldiers had died. The army did not confirm that figure.": the party denies it; "Reuters could
// not immediately reconcile the figures", "could not verify either account": the sources disagree.)
const NOT_CONFIRMED = /^\W*(?:[\w'-]+\s+){1,4}?(?:did not|has not|had not|would not|declined to)\s+confirm\s+(?:that|the|this|those|these)\s+(?:figure|figures|toll|number)\b|\bcould not (?:immediately\s+)?reconcile\b|\b(?:could not|cannot|was unable to) (?:independently\s+|immediately\s+)?(?:verify|confirm) either\b/;
// "Reuters could not independently verify …": the reporter saying it could not check what follows.
const COULD_NOT_VERIFY = String.raw`^\W*(?:[\w'-]+\s+){1,4}?(?:could not|cannot|can't|was unable to|were unable to|has not been able to|had no way to)\s+(?:independently\s+|immediately\s+)?(?:verify|confirm)\s+`;
const UNVERIFIED_FIGURE = new RegExp(String.raw`${COULD_NOT_VERIFY}(?:that|the|this|those|these|either)\s+(?:figure|figures|claim|claims|toll|tolls|number|numbers|account|report)\b`);
// ("The Awami League said six of its supporters had been killed. Reuters could not independently verify the party's figure.": a
// party's own count, named as that party's, which the reporter could not check: a claim, whoever's dead it counts.)
const UNVERIFIED_OWNED_FIGURE = new RegExp(String.raw`${COULD_NOT_VERIFY}(?:the|its|their)\s+(?:[\w-]+\s+){0,2}?[\w-]+(?:'s?|\u2019s?)\s+(?:figure|figures|claim|claims|toll|tolls|number|numbers|count|account)\b`);
const UNVERIFIED_FIGURE_INSIDE = /,\s+(?:a\s+)?(?:figure|claim|toll|number)s?\s+(?:that\s+)?(?:[\w'-]+\s+){0,3}?(?:could not|cannot|can't)\s+(?:be\s+)?(?:independently\s+)?(?:verif|confirm)/;
const TOLLS_DISAGREE = /\bcould not (?:immediately\s+)?reconcile (?:the|these|those) (?:figures|tolls|accounts)\b|\b(?:gave|give|gives|put|puts|reported|cited)\s+(?:a\s+)?(?:higher|lower|different|conflicting)\s+(?:death\s+)?(?:toll|figure|count|number)s?\b|\b(?:tolls|figures|accounts)\s+(?:differed|varied|conflicted)\b/;
const SIDELESS_COUNT = new RegExp(String.raw`\b(?:\d+|${COUNT_WORD})\s+(?:people|persons|bodies|civilians|(?:civilian\s+)?deaths)\b`);
const TOLL_REVISED = /\b(?:doubl|tripl|rais|revis|updat|correct)(?:ed|ing)\s+(?:the\s+|its\s+|their\s+)?(?:death\s+)?(?:toll|figure|count)\b/;
const TOLL_GREW = /\b(?:later|since|subsequently|rose|risen|climbed|increased|jumped|updated|revised)\b|\b(?:also|more|another|additional|other|further)\s+(?:[\w-]+\s+)?(?:people|persons|bodies|civilians|dead|deaths)\b/;
const SOURCED_TOLL = /\b(?:said|says|told|reported|according to|put the (?:death\s+)?toll at|gave a (?:death\s+)?toll of)\b/;
// A source's words or a count: what tells a toll further on (tollToldLater).
const SAID_TOLL = new RegExp(String.raw`${SOURCED_TOLL.source}|\b(?:counted|confirmed)\b`);
const REVISED_IN_SENTENCE = /\b(?:raised|raising|revised|revising|updated|updating|increased|lowered|lowering|corrected|correcting|put)\s+(?:the\s+|its\s+|their\s+)?(?:death\s+)?(?:toll|figure|tally|count|number)\b|\b(?:toll|figure|tally|number of dead)\s+(?:later\s+|has\s+|had\s+|then\s+)?(?:rose|risen|climbed|reached|increased|jumped)\b/;
const EARLIER_REPORT = /\bhad\s+(?:earlier\s+|initially\s+|previously\s+|first\s+)?(?:reported|said|put|given|counted|announced)\s+(?:that\s+)?(?:at least\s+|about\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/;
const ROSE_TO = /\b(?:risen|rose|climbed|jumped|increased|grown|grew)\s+to\s+(?:at least\s+)?\d+/;
const SUPERSEDED = /\b(?:initially|at first|an earlier toll|earlier tolls?|first (?:reported|said|put))\b/;

const CROWD: ReadonlySet<string> = new Set(['protest', 'protest_intervention', 'riot']);

// ("More than 900 people have been killed in Sinaloa since the infighting began", "more than 11,000 children had
// been killed or maimed in Yemen", "Israel's campaign has killed more than 70,000": a running total or a statistic.)
// ("9 people were killed in total": the whole of one event's dead; "have been killed in total" is a tally.)
const RUNNING_TOTAL = /\bin the (?:first|past|last|previous) (?:[\w-]+ )?(?:months|weeks|years|decades)\b|\b(?:has|have|had)\s+since\b|\bso far\b|\b(?:has|have|had)\b[^.;]*\bin total\b|\bin total\b[^.;]*\b(?:has|have|had)\b|\baltogether\b|\bsince the (?:[\w-]+\s+){0,2}?(?:war|conflict|start|beginning|fighting|infighting|invasion|insurgency|uprising|violence|crisis|ceasefire|cease-fire|truce|agreement|deal|coup|election|began|started|erupted|broke out)\b|\bsince (?:january|february|march|april|may|june|july|august|september|october|november|december|\d{4})\b|\bkilled or (?:maimed|injured|wounded)\b|\b(?:campaign|offensive|war|bombardment|onslaught|operations?|blockade|siege)\b[^.;]{0,30}\b(?:has|have)\s+(?:\w+\s+)?(?:killed|left)\b/;
// "…a ceasefire declared after the March 28 earthquake, which killed more than 3,700 people": a disaster's dead.
// ("A civil war killed an estimated 400,000 people": a war's dead, counted over years.)
const DISASTER_TOLL = /\b(?:earthquakes?|quakes?|floods?|flooding|cyclones?|hurricanes?|typhoons?|storms?|landslides?|tsunamis?|wildfires?|famine|epidemic|outbreak|cholera|pandemic|drought|heat ?waves?|(?:civil )?wars?|conflicts?|insurgency|genocide)\b,?\s+(?:which|that)?\s*(?:has\s+|have\s+|had\s+)?(?:killed|left|claimed)\b/;
// "Islamic State claimed the attack, saying it killed 15 soldiers": a claimant's figure is no reported toll.
// ("The rebels claimed in a statement that five soldiers were killed": the other side's claim, not the toll reported.)
// (Its own saying: in "claimed the attack through its Amaq news agency, and US officials said …" others say.)
const CLAIMED_TOLL = /\bclaim(?:ed|s|ing)\b(?:(?!,\s+(?:and|while|but)\s)[^.;]){0,80}\b(?:saying|said|adding)\b|\bclaim(?:ed|s)\s+(?:in\s+(?:a|an|its|their)\s+(?:[\w-]+\s+)?(?:statement|video|post|message)\s+|on\s+(?:social media|telegram|x|twitter)\s+)?that\b/;

/** A sentence whose deaths are not the event's: a running total, or the toll of a disaster. */
// ("The Israelis suffered a record 39 deaths last year. In addition, 73 soldiers were killed when two helicopters crashed
// last February.": another time's dead.)
// ("A ceasefire in February largely ended that round of fighting, which killed hundreds": a month named in the next
// sentence tells another time's dead.)
// ("unrest after the 2024 election, which killed more than 300 people": an episode named by its year; "In one such raid in
// late October, … RSF fighters killed at least 47 people": a month told with its part.)
const ANOTHER_TIME = /\bthe (?:19|20)\d\d\s+(?:[\w-]+\s+){0,2}?(?:elections?|polls?|war|protests?|uprising|coup|crisis|unrest|floods?|earthquake|massacre|attacks?|bombings?|offensive|violence|riots?)\b|\blast (?:year|january|february|march|april|june|july|august|september|october|november|december)\b|\b(?:a|one|two|three|\d+) years? (?:ago|earlier)\b|\bin (?:19|20)\d\d\b|\bin (?:(?:early|late|mid-?)\s*)?(?:january|february|march|april|june|july|august|september|october|november|december)\b(?! \d{1,2}\b)/;

// ("the peace deal that ended a five-year civil war in which nearly 400,000 people died": a war's dead.)
const WAR_IN_WHICH = /\b(?:wars?|conflicts?|insurgency|genocide|uprising|fighting|massacres?)\b[^.;]{0,40}\bin which\b/;

// ("That fighting killed more than 80 people", "At least 10 people were killed in those riots", "At least 10 people died in
// the riots that followed".)
const POINTS_BACK = /^\W*(?:that|this|those|these|the)\s+(?:[\w-]+\s+)?(?:fighting|offensive|violence|conflict|war|campaign|unrest|clashes|insurgency|operation|crackdown)\b|\b(?:those|these|that|earlier)\s+(?:[\w-]+\s+)?(?:riots|protests|demonstrations|clashes|attacks|raids|strikes|bombings)\b|\b(?:the\s+)?(?:riots|protests|demonstrations|clashes|unrest|violence|fighting)\s+(?:that|which)\s+(?:followed|ensued)\b|\bthe\s+(?:ensuing|subsequent)\s+(?:riots|protests|demonstrations|clashes|unrest|violence|fighting)\b/;

function notThisToll(sentence: string): boolean {
	return CLAIMED_TOLL.test(sentence) || anotherEventsToll(sentence);
}

/** A running total, a disaster's or a war's dead, or another time's: dead of no event told here (a side's claim aside). */
function anotherEventsToll(sentence: string): boolean {
	return RUNNING_TOTAL.test(sentence) || DISASTER_TOLL.test(sentence) || ANOTHER_TIME.test(sentence) || WAR_IN_WHICH.test(sentence) || BATTLE_FOR_NAMED.test(sentence);
}

// "The Congolese government said about 3,000 people were killed in the fighting for Goma": a battle named by the place it was
// fought for is another battle than the one the story tells (whose place is told as where, not what for).
export const BATTLE_FOR_NAMED = /\bin the (?:fighting|battles?|offensive|siege) (?:for|of) (?!the\b|a\b|an\b|its\b|their\b|this\b|that\b|control\b)[a-z]+/;

const WORDS_ONLY: ReadonlySet<string> = new Set(['statement', 'accusation']);

/** How many of the events tell each sentence (an event counts once per sentence). */
export function sentenceOwners(events: DraftEvent[]): Map<number, number> {
	const owners = new Map<number, number>();
	// (A statement tells no deaths of its own: "The Taliban said 46 worshippers were killed" counts the bombing's.)
	for (const e of events) if (!WORDS_ONLY.has(e.type)) for (const k of new Set(e.sentences)) owners.set(k, (owners.get(k) ?? 0) + 1);
	return owners;
}
