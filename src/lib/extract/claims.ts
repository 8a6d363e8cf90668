/** Claims of responsibility and blame: who the text says did a violent event it told without naming its agent. */
import type { Actor, ActorKind, ExtractedEvent } from '../core/types';
import type { Sentence } from './segment';
import type { Mention } from './mentions';
import type { DraftEvent } from './events';
import { eventType } from './taxonomy';
import { ASIDE } from './lexicon';

// ("Boko Haram claimed the attack", "Al Shabaab said it had targeted officials", "said in a statement that its fighters
// had carried out the bombing", "A junta spokesman said the air force had targeted a terrorist camp": a claim without the
// word responsibility.)
const CLAIM = /\b(?:claimed|claims|claiming|took|takes|accepted|admitted)\s+(?:the\s+)?responsibility\b|\bresponsibility\s+(?:for\s+(?:the|this|that)\s+(?:[\w-]+\s+)?(?:attack|bombing|blast|killings?|assault|ambush|explosion)\s+)?(?:was|has been|had been)\s+claimed\s+by\b|\bclaimed\s+(?:the|this|that|sunday's|monday's|tuesday's|wednesday's|thursday's|friday's|saturday's)\s+(?:[\w-]+\s+)?(?:attacks?|bombings?|blasts?|killings?|assault|ambush|explosions?|strikes?|capture|takeover|seizure|abductions?|kidnappings?|raids?)\b|\b(?:the|this|that)\s+(?:[\w-]+\s+)?(?:attack|bombing|blast|killings?|assault|ambush|explosion|raid|abduction|kidnapping)\s+(?:was|has been|had been)\s+(?:quickly\s+|later\s+|swiftly\s+)?claimed\s+(?:(?:on|late on|early on|in|within|hours later|later)\s+(?:[\w'-]+\s+){0,3}?)?by\b|\b(?:said|claimed)\s+(?:on\s+(?:(?:its|their)\s+(?:[\w'-]+\s+){0,3}?(?:platform|channels?|outlet|website|account|agency|media)|\w+)\s+)?(?:in\s+an?\s+(?:[\w-]+\s+)?(?:statement|video|message|post)\s+(?:(?:published|posted|released|issued|carried|circulated)\s+(?:[\w'-]+\s+){0,6}?)?)?(?:that\s+)?(?:it|they|(?:one\s+of\s+)?its\s+(?:fighters|militants|members|men|forces|mujahideen|soldiers)|the\s+(?:air force|army|military|navy|troops|soldiers|armed forces))\s+(?:had\s+)?(?:been\s+)?(?:carried out(?!\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:withdrawal|retreat|pull-?back|redeployment|evacuation|investigation|inquiry|search|relocation))|carrying out|targeted|targeting|was behind|were behind|attacked|attacking|launched|detonated|planted|set off|ambushed|fired|taken|took|seized|captured|overran)\b/i;
const NO_CLAIM = /\b(?:no|not|never|nobody|none|yet to|denied|denies|did not|has not|have not)\b[^,;]*$/i;
// "Marcos blamed \"foreign terrorists\" for the attack": who is blamed for an act already told.
const BLAME = /\b(?:(?:blamed|blames|blaming|accused|accuses|accusing)\s+([^.;]{1,80}?)\s+(?:for|of)\s+(?:carrying out\s+)?(?:the|this|that|these|those|sunday's|monday's|tuesday's|wednesday's|thursday's|friday's|saturday's)\s+(?:[\w'-]+\s+){0,2}?(?:attacks?|bombings?|blasts?|explosions?|strikes?|air ?strikes?|killings?|shootings?|assaults?|massacres?|ambush(?:es)?|abductions?|kidnappings?|raids?|shelling|lynching|murders?)\b|(?:blamed|blames|blaming)\s+(?!for\b|on\b)((?:the\s+|an?\s+)?(?:["\u201c\u201d]?[\w'-]+["\u201c\u201d]?\s+){0,7}[\w'-]+)(?:\s*\([^()]{1,15}\))?\s*(?:\.|,\s+(?:which|who|whose|an?|the)\s)|(?:accused|accuses|accusing)\s+(?!(?:him|her|them|it|each other|one another)\b)((?:the\s+)?(?:(?!(?:of|for|that|the)\s)[\w'-]+\s+){0,3}?[\w'-]+)\s*(?:\.|\s+and\s+(?:said|says|claimed|added)\b))/i;
// ("a man claiming to speak for the 400 Mawozo gang contacted the charity and demanded a ransom": who asks for the ransom
// holds the abducted.)
const RANSOM_BY = /\b(?:claiming to speak for|speaking for|speaking on behalf of|on behalf of|claiming to represent|representing)\s+((?:the\s+)?(?:[\w'-]+\s+){0,4}[\w'-]+)[^.;]{0,80}?\bdemand(?:ed|ing|s)?\s+(?:a\s+)?(?:[\w$.,-]+\s+){0,3}?ransom\b/i;
// "a mine planted by the Huthis", "The attack by fighters of the Allied Democratic Forces occurred late Sunday", "the attack
// had been ordered by the Jaime Martinez front".
// "Authorities attributed the attack to FARC dissidents", "Al Shabaab was suspected", "Police suspected Kuki militants."
// ("The attack was attributed to ADF rebels", "The killings were blamed on the RSF": the same, in the passive.)
// ("Police suspect they were killed by the Mara Salvatrucha (MS-13).")
const SUSPECT_DONE_BY = /\bsuspect(?:s|ed)?\s+(?:that\s+)?(?:they|he|she|the\s+(?:victims?|men|women|bodies|dead))\s+(?:were|was|had been)\s+(?:killed|murdered|shot|abducted|kidnapped|attacked|executed)\s+by\s+((?:the\s+)?[^.;,]{1,60})/i;
// ("in an attack later attributed by authorities to the Gran Grif gang": who attributes it between.)
const SUSPECTED = /\b(?:attributed|blamed)\s+by\s+(?:[\w'-]+\s+){1,4}?(?:to|on)\s+((?:the\s+)?[^.;,]{1,60})|\b(?:attributed|blamed) (?:the|this|that|these|those) (?:[\w-]+ ){0,2}?(?:attacks?|bombing|blast|explosion|killings?|ambush|assault|massacre|shooting|raid|abductions?|kidnappings?|violence|strikes?)s? (?:to|on)\s+((?:the\s+)?[^.;,]{1,60})|\b(?:was|were|has been|have been|had been)\s+(?:\w+ly\s+)?(?:attributed to|blamed on)\s+((?:the\s+)?[^.;,]{1,60})|\b((?:the\s+)?(?:[\w'-]+\s+){0,5}[\w'-]+(?:\s*\([^()]{1,15}\))?(?:\s+(?:fighters|militants|members|rebels|insurgents|elements|gunmen))?)\s+(?:was|were|is|are)\s+(?:suspected|blamed)(?:\s+(?:of|for)\s+[^.;]{1,60})?\s*\.|\bsuspected\s+((?:the\s+)?(?:[\w'-]+\s+){0,3}[\w'-]+)(?:\s*\([^()]{1,15}\))?\s*(?:\.|,\s+(?:which|who|an?|the)\s)/i;
// "The attack bore the hallmarks of Boko Haram", "The attackers were members of the Allied Democratic Forces".
// ("The assailants were identified as JNIM fighters.", "The attackers were gunmen from the Viv Ansanm gang coalition.")
// ("A banner signed by the Resistencia Mapuche Malleco (RMM) was found at the scene", "A banner signed with the initials of
// the Jalisco New Generation Cartel (CJNG)", "the looters were members of the White Army".)
const SIGNED = /\b(?:bore|bears|bear|had|has|carried)\s+(?:all\s+)?the\s+hallmarks\s+of\s+((?:the\s+)?(?:[\w'-]+\s+){0,3}[\w'-]+)|\b(?:banners?|messages?|notes?|pamphlets?|letters?|graffiti|signs?|leaflets?)\s+(?:was\s+|were\s+)?(?:signed by|signed with the (?:initials|name|names|acronym) of|bearing the (?:name|initials|acronym) of)\s+((?:the\s+)?(?:[\w'-]+\s+){0,4}[\w'-]+)|\b(?:attackers|assailants|gunmen|bombers?|perpetrators|raiders|killers|abductors|kidnappers)(?:\s+(?:were|was|have been|had been|has been)\s+|,\s+)(?:\w+ly\s+|later\s+)?(?:identified|described)\s+(?:later\s+)?(?:by\s+(?:the\s+)?(?:[\w'-]+\s+){1,3}?)?as\s+(?:(?:members|fighters|militants|gunmen|elements)\s+of\s+)?((?:the\s+)?(?:[\w'-]+\s+){0,4}[\w'-]+)|\b(?:attackers|assailants|gunmen|bombers?|perpetrators|raiders|killers|arsonists|abductors|kidnappers|looters)\s+(?:were|was)\s+(?:(?:believed|thought|said|suspected)\s+to\s+be\s+)?(?:members|fighters|militants|gunmen|elements)\s+(?:of|from)\s+((?:the\s+)?(?:[\w'-]+\s+){0,4}[\w'-]+)|\b(?:men|gunmen|attackers|assailants|militants|fighters|kidnappers|abductors)\s+(?:[\w-]+\s+)?(?:believed|thought|said|suspected|reported)\s+to\s+belong\s+to\s+((?:the\s+)?(?:[\w'-]+\s+){0,4}[\w'-]+)|\b(?:attackers|assailants|gunmen|bombers?|perpetrators|raiders|killers|arsonists|abductors|kidnappers|looters|rebels|militants|fighters|insurgents|youths|men)\s+(?:belonged|belong)\s+to\s+((?:the\s+)?(?:[\w'-]+\s+){0,4}[\w'-]+)|\b(?:described|identified)\s+(?:the|their)\s+(?:attackers|assailants|abductors|kidnappers|perpetrators|assaulters|rapists|killers)\s+as\s+(?:(?:members|fighters|militants|gunmen|elements)\s+(?:of|from)\s+)?((?:the\s+)?(?:[\w'-]+\s+){0,4}[\w'-]+)|\b(?:attackers|assailants|bombers?|perpetrators|raiders|killers|arsonists|abductors|kidnappers)\s+(?:were|was)\s+((?:[\w'-]+\s+){0,3}?[\w'-]+)\s+(?:fighters|militants|members|rebels|insurgents|gunmen|soldiers|troops|policemen|police officers|officers|agents|personnel)\b/i;
const SIGNED_CUE = /\bhallmarks\b|\b(?:members|fighters|militants|gunmen|elements) (?:of|from)\b|\bbelong(?:ed)? to\b|\b(?:attackers|assailants|arsonists|kidnappers|raiders|perpetrators) were\b|\b(?:identified|described) as\b|\b(?:identified|described) (?:the|their) \w+ as\b|\bsigned (?:by|with the (?:initials|name|names|acronym) of)\b|\bbearing the (?:name|initials|acronym) of\b/i;
// Every way SUSPECTED can match names one of these words: a cheap search of the text first spares its costly scan
// (a span of up to four words is tried at every word of the text).
const SUSPECTED_CUE = /\b(?:attributed|suspected|blamed)\b/i;
const DONE_BY = /\b(?:(?:mines?|landmines?|bombs?|ieds?|devices?|explosives?)\s+(?:was\s+|were\s+|had been\s+)?(?:\w+ly\s+)?(?:planted|laid|placed|left)|(?:the|this|that|sunday's|monday's|tuesday's|wednesday's|thursday's|friday's|saturday's)\s+(?:attacks?|assault|raid|bombing|massacre|ambush|killings?)(?:\s+(?:was|had been|has been))?(?:\s+(?:carried out|ordered|organi[sz]ed|planned|commissioned))?)\s+by\s+(?:(?:fighters|members|militants|elements|gunmen|rebels)\s+of\s+)?((?:the\s+)?[^.;,]{1,60})/i;
const OWN_ACT = /\b(?:said|claimed)\b/i;
const CLAIMANT_KINDS: ReadonlySet<string> = new Set<ActorKind>(['armed_group', 'organization', 'political_party']);

/**
 * "Al-Shabab claimed responsibility for the attack", "Marcos blamed foreign terrorists for the attack": the
 * claimant, or who is blamed, is the agent of the violent event told before (or in its sentence) when the text
 * had named no one else. Neither overrides an agent the text names.
 */
export function claimedAgents(work: string, sentences: Sentence[], bySentence: Map<number, Mention[]>, idOf: Map<Mention, string>, actors: Actor[], eventOf: Map<DraftEvent, ExtractedEvent>): void {
	// Most articles claim and blame nothing: one search of the text each, before any sentence is sliced or any event sorted.
	const claims = CLAIM.test(work);
	const signed = SIGNED_CUE.test(work) && SIGNED.test(work);
	const ransom = /ransom/i.test(work) && RANSOM_BY.test(work);
	const blames = signed || ransom || BLAME.test(work) || DONE_BY.test(work) || (SUSPECTED_CUE.test(work) && SUSPECTED.test(work)) || SUSPECT_DONE_BY.test(work);
	const suspects = blames && (SUSPECTED_CUE.test(work) || /\bsuspect(?:s|ed)?\b/i.test(work));
	const affiliations = STRUCK_MEMBER_CUE.test(work);
	if (!claims && !blames && !affiliations) return;
	const told = [...eventOf].sort(([a], [b]) => a.main.start - b.main.start);
	const actorOf = (m: Mention) => actors.find((a) => a.id === idOf.get(m));
	for (const s of sentences) {
		const body = work.slice(s.start, s.end);
		const mentions = (bySentence.get(s.index) ?? []).filter((m) => !m.backerOnly && idOf.has(m));
		let attributed: Actor | undefined;
		let claimedAt: number | undefined;
		const claim = claims ? CLAIM.exec(body) : null;
		if (claim && !NO_CLAIM.test(body.slice(0, claim.index))) {
			const at = s.start + claim.index;
			// "al-Shabab, which is linked to al-Qaida, claimed…": an aside names someone else.
			const asides = [...body.matchAll(ASIDE)].map((x) => ({ start: s.start + x.index!, end: s.start + x.index! + x[0].length }));
			// ("The Islamist militant group al Shabaab claimed…": the name, not the kind of group before it.)
			// ("Responsibility was claimed by a little-known group, Jaish al-Fursan": in the passive the claimant comes after.)
			const passive = /\bby$/.test(claim[0]);
			const claimEnd = at + claim[0].length;
			const claimants = mentions
				.filter((m) => (passive ? m.start >= claimEnd && m.start - claimEnd <= 60 : m.end <= at && !asides.some((x) => m.start >= x.start && m.end <= x.end)))
				.sort((a, b) => a.start - b.start)
				.map(actorOf)
				// ("The SSPDF said it had targeted a gathering of White Army militia": a state's forces owning an act told before.)
				.filter((a): a is Actor => !!a && (CLAIMANT_KINDS.has(a.kind) || (a.kind === 'military' && OWN_ACT.test(claim[0]))));
			// (The nearest to the claim: after "by", the first named, "claimed by the Group for the Support of Islam and Muslims
			// (JNIM), al-Qaeda's affiliate in the Sahel", not the apposition's.)
			const named = claimants.filter((a) => !PLACEHOLDER.test(a.name));
			attributed = passive ? named[0] ?? claimants[0] : named.pop() ?? claimants.pop();
			// ("The army said it carried out strikes against terrorists in the Niono area on Monday": the act said is told right
			// there, an event of its own the speaker already acts in; it claims nothing told before.)
			const end = at + claim[0].length;
			// (Only an act dated there: "The SSPDF said it had targeted a gathering of White Army militia", undated, owns the
			// air strike told before.)
			// (Not an act told in the past perfect, behind the day of the statement: "said in a statement published … on Sunday
			// that its fighters had attacked 'militias of the junta' in Gorom-Gorom" claims the attack told before.)
			if (/\bsaid\b/i.test(claim[0]) && !/responsibility/i.test(claim[0]) && !/\bhad\s+(?:been\s+)?[\w-]+$/i.test(claim[0]) && told.some(([d, e]) => d.main.sentence === s.index && d.main.start >= at && d.main.start <= end + 40 && e.date.basis === 'explicit')) attributed = undefined;
			if (attributed) claimedAt = at;
		}
		const mayBlame = !attributed && blames;
		const blamed = mayBlame ? BLAME.exec(body) : null;
		const blame = mayBlame ? (blamed ?? DONE_BY.exec(body) ?? (suspects ? SUSPECT_DONE_BY.exec(body) ?? SUSPECTED.exec(body) : null) ?? (signed ? SIGNED.exec(body) : null) ?? (ransom ? RANSOM_BY.exec(body) : null)) : null;
		if (blame) {
			// "blamed foreign terrorists for the attack", or a sentence that ends on who is blamed ("The charity blamed the RSF."),
			// or who did it, told after the event ("a mine planted by the Huthis", "The attack by fighters of the ADF occurred").
			const who = blame.slice(1).find((g) => g !== undefined) ?? '';
			const from = s.start + blame.index + blame[0].indexOf(who);
			const to = from + who.length;
			// (After "by", the doer is named first: "a landmine planted by an unknown armed group went off in a QDW vehicle".)
			const doneBy = !blamed;
			attributed = mentions
				.filter((m) => m.start >= from && m.end <= to && (!doneBy || m.start - from <= 25))
				.map(actorOf)
				// (A state's forces are blamed too: "Azerbaijan blamed Armenian forces."; and a state, for what its forces did: "air
				// strikes hit several villages … Taliban officials accused Pakistan".)
				.find((a): a is Actor => !!a && (CLAIMANT_KINDS.has(a.kind) || a.kind === 'armed_group' || a.kind === 'military' || a.kind === 'state'));
		}
		// (A claim takes the act told before it: "TTP claimed responsibility, saying the attack was in response to the killing
		// of its commanders" claims the bombing, not the killing its reason names.)
		if (attributed) attributeTo(attributed, claimedAt ?? s.end, told, actors);
		// ("An Israeli drone struck a car in Bint Jbeil. The Israeli army said the car belonged to a Hezbollah member": whose
		// man was struck, said after.)
		const affiliation = affiliations && STRUCK_MEMBER.exec(body);
		if (affiliation) {
			const from = s.start + affiliation.index + affiliation[0].indexOf(affiliation[1]);
			const group = mentions.filter((m) => m.start >= from && m.end <= from + affiliation[1].length).map(actorOf).find((a): a is Actor => !!a && (a.kind === 'armed_group' || a.kind === 'political_party' || a.kind === 'organization'));
			if (group) targetOf(group, s.start, told, actors);
		}
	}
}

// "the car belonged to a Hezbollah member", "the man killed was a senior Hamas commander", "the target was an IRGC officer".
const STRUCK_MEMBER = /\b(?:belonged to|was driven by|was carrying|was|were|targeted)\s+(?:a|an|the|two|three|several)\s+(?:senior\s+|local\s+|prominent\s+|top\s+)?((?:[\w'-]+\s+){0,3}?[\w'-]+)\s+(?:member|members|commander|commanders|operative|operatives|official|officials|fighter|fighters|militant|militants|leader|leaders|officer|officers)\b/;
const STRUCK_MEMBER_CUE = /\b(?:member|commander|operative|official|fighter|militant|leader|officer)s?\b/;

/** The violent event told last before `until` takes `group` as its target, where it named only a state or civilians there. */
function targetOf(group: Actor, until: number, told: Array<[DraftEvent, ExtractedEvent]>, actors: Actor[]): void {
	const event = told.filter(([d, e]) => d.main.start < until && eventType(e.type).violent).map(([, e]) => e).pop();
	if (!event || event.roles.some((r) => r.actor === group.id)) return;
	const others = event.roles.filter((r) => r.role === 'target' || r.role === 'victim');
	const kindOf = (id: string) => actors.find((a) => a.id === id)?.kind;
	if (others.some((r) => kindOf(r.actor) !== 'state' && kindOf(r.actor) !== 'civilians')) return;
	event.roles = [...event.roles.filter((r) => !(r.role === 'target' && kindOf(r.actor) === 'state')), { role: 'target', actor: group.id }];
}

// (Also a people's fighters named by the people alone, "Anglophone fighters", "Baloch militants": a claim names which group.)
const PLACEHOLDER = /^(?:(?:Unidentified armed group|Armed group|Opposition rebels)\b|Militia \()|^\p{Lu}[\p{L}-]+ (?:fighters|militants|gunmen|rebels|insurgents|separatists|attackers)$/u;

/** The violent event told last before `until` takes `agent` if its own agents are all placeholders. */
function attributeTo(agent: Actor, until: number, told: Array<[DraftEvent, ExtractedEvent]>, actors: Actor[]): void {
	// ("Jihadist fighters" name no one either: a generic group, like an unidentified one, gives way to the claimant; so do
	// "militiamen", Militia (Congo), when "Survivors … blamed fighters from the CODECO militia".)
	const unnamed = (e: ExtractedEvent) => e.roles.filter((r) => r.role === 'agent').every((r) => PLACEHOLDER.test(actors.find((a) => a.id === r.actor)?.name ?? ''));
	// The last violent event told before, of those whose doer the text left unnamed: a strike by a named state told in
	// between ("…, a day after a U.S. strike killed a commander") is not what the group claims.
	const eligible = told.filter(([d, e]) => d.main.start <= until && (eventType(e.type).violent || e.type === 'looting') && unnamed(e)).map(([, e]) => e);
	// ("Militants attacked a police station late Monday … He said two attackers were killed … The TTP claimed responsibility":
	// what a group claims is the attack the story told first, not a later moment of it; an act of another day stays apart.)
	const last = eligible[eligible.length - 1];
	const event = eligible.find((e) => daysApart(e, last) <= 1) ?? last;
	if (!event) return;
	const agents = event.roles.filter((r) => r.role === 'agent');
	event.roles = [{ role: 'agent', actor: agent.id }, ...event.roles.filter((r) => r.role !== 'agent' && r.actor !== agent.id)];
	// The placeholder for an unknown perpetrator goes when nothing else needs it.
	for (const r of agents) {
		const a = actors.find((x) => x.id === r.actor);
		if (a && a.mentions.length === 0 && !told.some(([, e]) => e.roles.some((x) => x.actor === a.id))) actors.splice(actors.indexOf(a), 1);
	}
}

function daysApart(a: ExtractedEvent, b: ExtractedEvent): number {
	const da = Date.parse(a.date.value?.slice(0, 10) ?? '');
	const db = Date.parse(b.date.value?.slice(0, 10) ?? '');
	// (An undated moment, "Then they burned the shops," a resident said, is of no other day.)
	return Number.isNaN(da) || Number.isNaN(db) ? 0 : Math.abs(da - db) / 86_400_000;
}
