/**
 * What the next sentences say about an event already told. Reports often name
 * an event in one sentence and settle its kind or its toll in the next:
 *  1. "X attacked a post. The two sides exchanged fire." — fire from both sides
 *     makes an attack or a shelling a clash;
 *  2. "… demonstrated in Kayes. Tires were burned." — a demonstration whose crowd
 *     then burns, smashes or destroys is a riot;
 *  3. "Armed men shot three men. One victim was killed." — a sentence that only
 *     tells casualties (no agent of its own, no new date) belongs to the event
 *     before it, so its toll counts there instead of opening a new event;
 *  4. "shot and killed a soldier (off-duty)" — a member of the forces off duty
 *     is attacked, not met in a clash.
 * Only the two sentences after the event are read, and only up to the next
 * event of another family.
 */
import type { DraftEvent } from './events';
import type { Sentence } from './segment';
import { TWO_SIDED, WHEREABOUTS_UNKNOWN } from './classify';
import { opensElsewhere } from './merge';
import { eventType } from './taxonomy';
import { nonStateForces } from './participants';

const CASUALTY_WORD = /^(shot|shot and killed|shot and injured|shot and wounded|killed|killing|kills|died|dead|shot dead|wounded|wounding|injured|injuring|was found dead|were found dead|found dead|bodies|body|lost (?:their|his|her) li(?:fe|ves)|succumbed|perished)$/;
const CROWD_DAMAGE = /\b(tires|tyres)\b.{0,20}\b(burn\w*|set on fire)|\bburn\w* (?:\w+ ){0,2}(tires|tyres)\b|\b(vandali[sz]ed|smashed|destroyed|damaged|ransacked|torched|set (?:\w+ ){0,3}on fire|set fire|pelted|threw (?:stones|rocks|bricks)|stone-?pelting|burnt|burned)\b/;
const TIME_SHIFT = /\b(unspecified locations?|elsewhere|separately|(?:previous|past|last) (?:week|month|days|year)|later|afterwards|subsequently|the (?:next|following) day|days? later|hours? later|earlier|previously|on \d{1,2} \w+|in \w+ \d{4}|in (?:19|20)\d\d|(?:during|throughout) (?:the )?(?:19|20)\d\d|(?:in|last|since|earlier in) (?:january|february|march|april|june|july|august|september|october|november|december)(?! \d))\b/;

const FOUGHT_AFTER = /^(?:(?!\b(?:earlier|previously|last (?:week|month|year)|in (?:19|20)\d\d)\b).)*?\b(?:fighting|clashes|clashed|fought|battle|gunfire|exchanged fire|firefight|(?:were|was) killed|died|combatants)\b/;
// ("No fighting was reported", "without resistance": what the next sentence denies.)
const NO_FIGHT = /\b(?:no|without(?: any| a)?)\s+(?:(?:reported|reports? of)\s+)?(?:fighting|fight|clashes|resistance|casualties|fatalities|combat|shots?)\b/;
const ONE_SIDED = new Set(['attack', 'shelling']);
const ANSWERED = /\b(?:fired back|returned (?:the )?fire|responded|retaliated|repelled|repulsed|fought back)\b/;
// Victims who belong to an armed group or a criminal organisation.
const ARMED_VICTIM = /\b(?:alleged|suspected) (?:male |female )?(?:drug (?:dealer|trafficker)|gang member|member of)\b|\b(?:victim|he|she|the man|the deceased) (?:had|was|has been|had been) (?:charges against (?:him|her) for|convicted of|wanted for|linked to|a member of) (?:[\w,]+ ){0,5}?(?:drug trafficking|gang|cartel)/i;

export function refineByFollowing(drafts: DraftEvent[], sentences: Sentence[], lower: string): DraftEvent[] {
	const shifts = timeShifts(sentences, lower);
	const gone = new Set<DraftEvent>();
	const ordered = [...drafts].sort((a, b) => a.main.start - b.main.start);
	for (const d of ordered) {
		if (gone.has(d)) continue;
		// ("seized Rubaya after FARDC and Wazalendo fighters retreated. Fighting lasted several hours. At least 6 combatants
		// were killed.": a takeover the next sentences tell was fought is no transfer without a fight.)
		if (d.type === 'territory_transfer' && !d.hits.some((h) => /\b(?:hand|handed|ceded|surrender|transfer)/.test(h.word))) {
			const told = sentences.slice(d.main.sentence + 1, d.main.sentence + 3).map((s) => lower.slice(s.start, s.end)).join(' ');
			if (FOUGHT_AFTER.test(told) && !NO_FIGHT.test(told)) {
				d.type = nonStateForces(d.roles.filter((r) => r.role === 'agent').map((r) => r.mention)) ? 'territory_taken' : 'territory_regained';
			}
		}
		const def = eventType(d.type);
		// Only violence, demonstrations and detentions are refined by what follows (statements, the commonest, are not).
		if (!def.violent && d.type !== 'protest' && d.type !== 'arrest') continue;
		const last = Math.max(...d.sentences);
		const own = lower.slice(sentences[d.main.sentence].start, sentences[d.main.sentence].end);
		const next: Sentence[] = [];
		for (let k = last + 1; k < Math.min(sentences.length, last + 3); k++) {
			const other = ordered.find((x) => x !== d && !gone.has(x) && x.sentences.includes(k) && !casualtyOnly(x, shifts) && eventType(x.type).acled.eventType !== def.acled.eventType && !sameFamily(x.type, d.type));
			if (other) break;
			// ("Thousands marched through Bacolod … In Manila, however, a group of masked young men threw rocks": what a
			// sentence opening on another place tells happened there.)
			if (opensElsewhere(lower.slice(sentences[k].start, sentences[k].end), own)) break;
			next.push(sentences[k]);
		}
		const text = next.map((s) => lower.slice(s.start, s.end)).join(' ');
		// "A student was picked up by Frontier Corps personnel. His whereabouts remain unknown.": a forced disappearance.
		if (d.type === 'arrest' && WHEREABOUTS_UNKNOWN.test(text)) d.type = 'abduction';
		// "Maoists abducted a villager and killed him": an abduction that ends in the captive's killing is, as ACLED codes
		// it, an attack.
		if (d.type === 'abduction' && CAPTIVE_KILLED.test(own + ' ' + text)) d.type = 'attack';
		// Gunmen killing a drug trafficker or a gang member: armed on both sides, a clash between groups.
		if (d.type === 'attack' && ARMED_VICTIM.test(`${own} ${text}`) && !/\b(police|soldiers?|troops|army|officers?)\b/.test(own)) d.type = 'armed_clash';
		if (!next.length && last <= d.main.sentence + 1) continue;
		// ("Gang members stormed a village, killing 12 residents. Police said officers had exchanged fire with gang members":
		// a sentence telling a fight of its own, with a party the event did not have, is another event.)
		// (Parties of the event itself, either side: "Both sides exchanged fire" after "troops shelled Thai positions".)
		const ownAgents = new Set(d.roles.filter((r) => r.role === 'agent' || r.role === 'target' || r.role === 'participant').map((r) => r.mention.name));
		// ("Pro-Hadi forces fired back": the other side answering is the same fight.)
		const fightOfItsOwn = (k: number) => !ANSWERED.test(lower.slice(sentences[k].start, sentences[k].end)) && ordered.some((x) => x !== d && !gone.has(x) && x.sentences.includes(k) && eventType(x.type).violent && x.roles.some((r) => (r.role === 'agent' || r.role === 'participant') && !r.mention.unidentified && !ownAgents.has(r.mention.name)));
		// (Or the other side's answer in the event's own later sentences: "… attacked a police station with heavy weapons. Police
		// returned fire and repulsed the attack.", merged back as the attack told again.)
		const ownAnswered = [...new Set(d.sentences)].some((k) => k > d.main.sentence && ANSWERED.test(lower.slice(sentences[k].start, sentences[k].end)));
		const twoSidedText = next.filter((s) => !fightOfItsOwn(s.index)).map((s) => lower.slice(s.start, s.end)).join(' ');
		if (ONE_SIDED.has(d.type) && (TWO_SIDED.test(twoSidedText) || ownAnswered)) d.type = 'armed_clash';
		// The crowd turning violent in the next sentences ("Journalists were beaten up by demonstrators").
		const rioting = () => ordered.some((x) => x !== d && !gone.has(x) && x.type === 'riot' && x.sentences.some((k) => next.some((s) => s.index === k) && !shifts(k)));
		if (d.type === 'protest' && rioting()) d.type = 'riot';
		if (d.type === 'protest' && CROWD_DAMAGE.test(text) && !/\b(police|security forces|soldiers|officers)\s+(?:\w+\s+){0,3}(destroyed|damaged|burn\w*|smashed)\b/.test(text)) d.type = 'riot';
		// Casualty-only sentences right after a violent event are its toll.
		if (def.violent) {
			for (const x of ordered) {
				if (x === d || gone.has(x) || !eventType(x.type).violent) continue;
				// (Or told between two mentions of the event: "… killed 12 rebels in a gunfight. A police commando was also
				// killed. The gunfight broke out when…" — that toll is the fight's too.)
				const between = (k: number) => k === d.main.sentence + 1 && k < last && !d.sentences.includes(k);
				if (!x.sentences.every((k) => next.some((s) => s.index === k) || between(k))) continue;
				// Casualties, or a fight with no party of its own named ("A shoot-out broke out") after an operation.
				// ("In a separate gunfight … two militants were killed": another fight.)
				const sameFight = !x.another && x.type === d.type && d.type === 'armed_clash' && !x.roles.some((r) => (r.role === 'agent' || r.role === 'participant') && !r.mention.unidentified) && x.sentences.every((k) => !shifts(k));
				if (!sameFight && !casualtyOnly(x, shifts)) continue;
				d.hits.push(...x.hits);
				for (const k of x.sentences) if (!d.sentences.includes(k)) d.sentences.push(k);
				for (const r of x.roles) if (r.role !== 'agent' && !d.roles.some((y) => y.mention === r.mention)) d.roles.push(r);
				for (const o of drafts) for (const l of o.linkTo) if (x.hits.includes(l.hit)) l.hit = d.main;
				d.linkTo.push(...x.linkTo);
				gone.add(x);
			}
		}
	}
	for (const d of drafts) {
		if (d.type !== 'armed_clash' || gone.has(d)) continue;
		const s = sentences[d.main.sentence];
		const said = lower.slice(s.start, s.end);
		if (/\boff[- ]duty\b/.test(said) && !/\b(if|whether)\s+(?:\w+\s+){0,2}off[- ]duty/.test(said) && !/\b(clash\w*|exchang\w*|gunfight|firefight|both sides|two sides)\b/.test(said)) d.type = 'attack';
	}
	return gone.size ? drafts.filter((d) => !gone.has(d)) : drafts;
}

/** An event told only by casualty words, with no agent and no time of its own: "One victim was killed." */
function casualtyOnly(x: DraftEvent, shifts: (k: number) => boolean): boolean {
	if (!x.hits.every((h) => CASUALTY_WORD.test(h.word))) return false;
	if (x.roles.some((r) => r.role === 'agent' && !r.mention.unidentified)) return false;
	return x.sentences.every((k) => !shifts(k));
}

const CAPTIVE_KILLED = /\b(?:killed|shot dead|executed|beheaded|murdered|strangled)\s+(?:him|her|them|the (?:victims?|hostages?|captives?|abductees?|man|woman|boy|girl))\b|\b(?:he|she|they|the (?:victims?|hostages?|captives?|abductees?))\s+(?:was|were)\s+(?:later\s+)?(?:found dead|killed|executed|beheaded|shot dead)\b|\b(?:his|her|their) (?:bod(?:y|ies)|corpses?) (?:was|were) (?:later\s+)?(?:found|discovered|recovered)\b/;

/** Does sentence k shift the time ("later", "the next day")? Each sentence is read once, when first asked. */
function timeShifts(sentences: Sentence[], lower: string): (k: number) => boolean {
	const known = new Map<number, boolean>();
	return (k) => {
		let v = known.get(k);
		if (v === undefined) known.set(k, (v = TIME_SHIFT.test(lower.slice(sentences[k].start, sentences[k].end))));
		return v;
	};
}

/** Violence with violence; a demonstration with what its crowd does next (riot, damage). */
function sameFamily(x: string, d: string): boolean {
	const group = (t: string) => (['Protests', 'Riots'].includes(eventType(t).acled.eventType) && t !== 'mob_violence' ? 'crowd' : eventType(t).violent || t === 'looting' ? 'violence' : t);
	return group(x) === group(d) || (group(d) === 'crowd' && x === 'looting');
}
