/**
 * Who takes part changes what an event is: an "attack" on armed people is a clash,
 * one by a crowd is mob violence, territory taken by rebels is a takeover.
 */
import { ARMED_ACTOR_KINDS, ARMED_GROUP_CLASSES } from './groups';
import type { Mention } from './mentions';
import type { DraftEvent } from './events';

// ("in front of his house" is where, not a front line.)
const ARMED_OBJECT = /^\s+(?:the\s+|a\s+|an\s+)?(?:[\w'-]+\s+){0,4}?(positions?|patrols?|checkpoints?|bases?|convoys?|outposts?|barracks|posts?|troops|soldiers|police(?:men)?|officers|militants|fighters|rebels|forces|(?<!\b(?:idps?|refugees?|displacement|displaced|poc|migrant|camp)\s)camp|headquarters|(?<!in\s)front(?!\s+of\b)|frontline|lines|trenches)\b/;

// ("Supporters of Bangladesh's banned Awami League party": a few words may qualify the party.)
const PARTY_CROWD_BEFORE = /\b(?:supporters|activists|members|workers|cadres|loyalists|followers)\s+of\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){0,3}$/;
const PARTY_CROWD_AFTER = /^\s+(?:supporters|activists|workers|cadres|loyalists|followers)\b/;
// ("set fire to two vehicles at the state government offices": what burned stood at the state's property.)
const OFFICIAL_PROPERTY = /^\s+(?:to\s+)?(?:the\s+|a\s+|an\s+|several\s+|two\s+|three\s+)?(?:(?:[\w'-]+\s+){0,2}?(?:vehicles?|cars?|trucks?|buses|motorcycles?|tyres|tires)\s+(?:at|outside|in front of|near|belonging to|of)\s+(?:the\s+|a\s+)?)?(?:[\w'-]+\s+){0,2}?(?:police|gendarmerie|army|military|government|municipal|council|district|state|party|ruling|court|parliament|governor's|mayor's|official)\b/;

// A crowd's violence against the state's posts and offices: "attacked a police station", "stormed the district office".
const CROWD_ON_OFFICIAL = /\b(?:attack(?:ed|ing)?|storm(?:ed|ing)|ransack(?:ed|ing)|vandali[sz](?:ed|ing)|pelt(?:ed|ing)|ston(?:ed|ing)|torch(?:ed|ing))\s+(?:the\s+|a\s+|an\s+|several\s+|two\s+|three\s+)?(?:[\w'-]+\s+){0,2}?(?:police (?:stations?|posts?|vehicles?|camps?|outposts?)|(?:government|district|party|municipal|council|election|administration|ruling party's)\s+(?:offices?|buildings?|headquarters)|offices? of)\b/;

/**
 * An "attack" on armed people is a clash (both sides armed); one by a crowd
 * of civilians is mob violence; a "clash" between groups of civilians too.
 */
// (Also "renewed fighting between two armed groups": the fight named by its sides' arms.)
const ARMED_CLASH_TOLD = /^(?:armed\s+)?(?:clash\w*|fighting|battles?|gunfights?)\s+between\s+(?:the\s+)?(?:two\s+)?(?:rival\s+)?(?:armed|militia|cartel|gang|rebel|jihadist|insurgent|guerrilla)\b|\barmed\s+clash/;

export function refineByParticipants(d: DraftEvent, lower: string): DraftEvent {
	// Only these types are refined here: the others (statements, the commonest) are left as they are.
	if (d.type !== 'attack' && d.type !== 'armed_clash' && d.type !== 'territory_regained' && d.type !== 'looting' && d.type !== 'mob_violence') return d;
	const agents = d.roles.filter((r) => r.role === 'agent' || r.role === 'participant').map((r) => r.mention);

	// ("Angry youths set fire to a police post": property destroyed by a crowd is a riot, not an armed group's looting.)
	// (Shops and tyres burned by youths stay property destruction: it is the state's posts and offices a crowd rises against.)
	// ("Supporters of the Awami League torched police vehicles": a party's crowd, named by its party.)
	const partyCrowd = (m: Mention) => (m.kind === 'organization' || m.kind === 'political_party') && (PARTY_CROWD_BEFORE.test(lower.slice(Math.max(0, m.start - 40), m.start)) || PARTY_CROWD_AFTER.test(lower.slice(m.end, m.end + 24)));
	if (d.type === 'looting') {
		const crowdOnly = agents.length > 0 && agents.every((m) => m.group === 'rioters' || m.group === 'protesters' || (m.group === 'civilians' && /\b(?:youths?|mobs?|crowds?|residents|villagers|locals|students)\b/i.test(m.name)) || partyCrowd(m));
		// ("set fire to vehicles and attacked a police station": the state's post attacked in the same breath.)
		const after = lower.slice(d.main.end, d.main.end + 120).split(/[.;](?:\s|$)/)[0];
		if (crowdOnly && (OFFICIAL_PROPERTY.test(after) || CROWD_ON_OFFICIAL.test(after))) d.type = 'riot';
		return d;
	}
	const others = d.roles.filter((r) => r.role === 'target' || r.role === 'victim').map((r) => r.mention);
	const armed = (m: Mention) => (m.group ? ARMED_GROUP_CLASSES.has(m.group) : ARMED_ACTOR_KINDS.has(m.kind));
	const crowd = (m: Mention) => m.group === 'civilians' || m.group === 'rioters' || m.group === 'protesters';
	// ("Nuer youths clashed with Murle raiders": a clash the words read as a crowd's, fought by a people's militia.)
	if (d.type === 'mob_violence') {
		// (A people's militia or a named group only: gunmen or police named near a crowd's violence do not make it theirs.)
		if (agents.length && agents.every((m) => m.group === 'militia' || (!m.group && m.kind === 'armed_group'))) d.type = 'armed_clash';
		return d;
	}
	// A strike is one-sided whoever it hits.
	if (d.type === 'attack' && !d.hits.some((h) => /^(strikes?|struck)$/.test(h.word))) {
		// ("Supporters of the Awami League attacked a police station": a party's crowd is a crowd.)
		// (Not a party's men attacking another party's: "BJP workers attacked CPI (M) workers" is their party's attack.)
		if (agents.length && agents.every(partyCrowd) && CROWD_ON_OFFICIAL.test(lower.slice(Math.max(0, d.main.start - 20), d.main.end + 60))) d.type = 'riot';
		else if (agents.some(crowd) && !agents.some(armed)) d.type = 'mob_violence';
		else {
			// "attacked a police station, killing five officers and five civilians": what was attacked was armed, whoever
			// else died; armed victims among civilians do not make a clash.
			const armedObject = /^\s+(?:the\s+|a\s+|an\s+)?(?:[\w'-]+\s+){0,2}?(?:police (?:stations?|posts?|checkpoints?)|(?:army|military|gendarmerie) (?:posts?|bases?|camps?|positions?|checkpoints?|outposts?|barracks)|barracks|outposts?)\b/.test(lower.slice(d.main.end, d.main.end + 60));
			if (armedObject || ((others.some(armed) || ARMED_OBJECT.test(lower.slice(d.main.end, d.main.end + 80).split(/\b(?:by|attributed to|claimed by|carried out by)\b/)[0])) && !others.some((m) => m.group === 'civilians'))) d.type = 'armed_clash';
		}
	// (Not a clash told as armed, "in armed clashes between rival armed groups", whose dead were read as its parties.)
	} else if (d.type === 'armed_clash' && agents.length && agents.every(crowd) && !ARMED_CLASH_TOLD.test(lower.slice(d.main.start, d.main.end + 60))) d.type = 'mob_violence';
	// Territory taken by rebels or militias is a non-state takeover; by state forces, regained.
	// ("government forces and allied clan militias recaptured": with state forces among them, the government regains it.)
	if (d.type === 'territory_regained' && nonStateForces(agents)) d.type = 'territory_taken';
	return d;
}

/** Who took a place are all armed groups or militias, no state's forces among them: a non-state takeover. */
export function nonStateForces(takers: Mention[]): boolean {
	// ("the Arakan Army (AA) captured Ann": the acronym in brackets is of its name's kind, as the entity stage reads it.)
	return takers.length > 0 && takers.every((m) => m.group === 'armed' || m.group === 'militia' || (!m.group && m.kind === 'armed_group'));
}
