/**
 * Unnamed collective actors written in lower case ("regime forces",
 * "unidentified gunmen", "protesters", "two civilians"). Each is given a
 * class; the actor stage names it by class and country ("Military forces of
 * Syria", "Protesters (India)") so reports of one group from different
 * sentences and articles meet under one name.
 */
import type { ActorKind } from '../core/types';

export type GroupClass = 'military' | 'police' | 'armed' | 'protesters' | 'rioters' | 'civilians' | 'government' | 'prisoners' | 'militia' | 'companies' | 'settlers';

interface GroupDef {
	re: RegExp;
	cls: GroupClass;
}

// Head nouns, most specific first; qualifiers before them are read by the actor stage.
const HEADS: GroupDef[] = [
	{ re: /^((?:military|army) (?:patrols?|posts?|positions?|bases?|convoys?|vehicles?)|(?:government(?:al)?|regime|govt|troop) positions?|govt forces|security forces|security personnel|regime forces|government forces|government troops|state forces|armed forces|military forces|defen[cs]e forces|special forces|forces|coalition|soldiers?|troops|army|military|servicem[ae]n|service members?|marines|paratroopers|jawans?|commandos|air defen[cs]es?|air defen[cs]e (?:forces|units|systems)|airmen|air force|navy|warplanes|jets|fighter jets|helicopters?|drones?|artillery|gendarmes?|gendarmerie|national guard|guardsm[ae]n|ranger patrols?|rangers?|paramilitar(?:y|ies)|border guards?|coast guard|personnel|(?:military )?junta|peacekeepers|peacekeeping forces|blue helmets)$/, cls: 'military' },
	{ re: /^(police (?:patrols?|stations?|posts?|vehicles?|checkpoints?)|policewom[ae]n|police(men|women| officers?| forces| personnel)?|officers?|policem[ae]n|cops|riot police|constables?|law enforcement)$/, cls: 'police' },
	{ re: /^(militias?|militiam[ae]n|militia groups?|militia fighters)$/, cls: 'militia' },
	// "Israeli settlers set fire to houses": an identity militia of their own (ACLED's "Settlers (Israel)"), not the state.
	{ re: /^(settlers?)$/, cls: 'settlers' },
	{ re: /^((?:rebel|militant|insurgent|jihadist) positions?|gunm[ae]n|maoist cadres?|naxal(?:ite)? cadres?|maoists?|naxal(?:ite)?s?|militants?|insurgents?|rebels?|guerrillas?|guerillas?|jihadists?|fighters|terrorists?|assailants?|attackers?|(?:cattle )?raiders|armed men|armed group|armed groups|armed individuals|volunteers|bandits|gangs?|gang members|criminals|kidnappers|pirates|hijackers|extremists|separatists|hitm[ae]n|perpetrators|suspects?|combatants|factions?|groups?|elements|clans?|clansmen|tribesmen)$/, cls: 'armed' },
	{ re: /^(protesters|protestors|demonstrators|activists|marchers|strikers|workers|students|teachers|doctors|nurses|farmers|traders|vendors|drivers|employees|supporters|members|residents protesting)$/, cls: 'protesters' },
	{ re: /^(rioters|mobs?|crowds?|youths?)$/, cls: 'rioters' },
	{ re: /^(community members|members of the community|citizens|inhabitants|nationals|sellers|shopkeepers|locals|civilians?|pupils|schoolchildren|schoolgirls|schoolboys|residents?|villagers?|people|persons?|man|woman|men|women|child|children|boy|girl|boys|girls|family|families|journalists?|photojournalists?|reporters?|cameram[ae]n|bloggers?|aid workers?|paramedics?|farmers?|shepherds?|passers-by|locals|worshippers|pilgrims|refugees|idps|displaced (?:people|persons|families)|thie(?:f|ves)|burglars?|pickpockets?|(?:phone |bag )?snatchers?|muggers?|activist|catechists?|cartoonists?|migrants|shoppers|commuters|mourners|churchgoers|market-goers|staff members|contractors?|(an? )?(civilian )?contractor|teenagers?|adolescents?|student|driver|trader|doctor|nurse|teacher|vendor|employee|worker|shopkeeper|citizen|businessm[ae]n|businesswom[ae]n|brothers|sisters|sons?|daughters?|wife|husband|relatives|fisherm[ae]n|herders?|herdsm[ae]n|pastoralists?|passengers?|motorcyclists?|merchants?|elders|priests?|pastors?|nuns?|monks?|missionar(?:y|ies)|lawyers?|tappers?|rubber tappers|labou?rers?|loggers?|body|bodies|guests|wedding guests|diners|patrons|spectators|bystanders|onlookers|tourists)$/, cls: 'civilians' },
	// ("killed 4 members of one family": a family's members are its people.)
	{ re: /^members of (?:one|the same|a|a single|his|her|their|the) family$/, cls: 'civilians' },
	{ re: /^(prisoners|inmates|detainees)$/, cls: 'prisoners' },
	// Sanctions, charges and deals name firms as often as people: "four Turkey-based companies".
	{ re: /^(companies|firms|businesses|entities|banks|exchanges|shipping companies|front companies)$/, cls: 'companies' },
	{ re: /^(government|authorities|officials|regime|ministry|administration)$/, cls: 'government' }
];

// The same few hundred words are asked about in every article (each capitalised word is): answered once each.
const headCache = new Map<string, GroupClass | null>();
const HEAD_CACHE_MAX = 4096;

export function classifyHead(phrase: string): GroupClass | undefined {
	let cls = headCache.get(phrase);
	if (cls === undefined) {
		cls = HEADS.find((h) => h.re.test(phrase))?.cls ?? null;
		if (headCache.size >= HEAD_CACHE_MAX) headCache.clear();
		headCache.set(phrase, cls);
	}
	return cls ?? undefined;
}

/** Group classes that bear arms (state forces, police, armed groups and militias). */
export const ARMED_GROUP_CLASSES: ReadonlySet<string> = new Set<GroupClass>(['military', 'police', 'armed', 'militia', 'settlers']);
/** Actor kinds that bear arms. */
export const ARMED_ACTOR_KINDS: ReadonlySet<string> = new Set<ActorKind>(['military', 'armed_group']);

export const GROUP_KIND: Record<GroupClass, ActorKind> = {
	military: 'military',
	police: 'military',
	armed: 'armed_group',
	militia: 'armed_group',
	protesters: 'protesters',
	rioters: 'protesters',
	civilians: 'civilians',
	prisoners: 'civilians',
	companies: 'organization',
	government: 'government',
	settlers: 'armed_group'
};

/** Canonical name of a collective actor: class + country. */
export function groupName(cls: GroupClass, country?: string, unidentified = false, opposition = false): string {
	switch (cls) {
		case 'military':
			return country ? `Military forces of ${country}` : 'Military forces';
		case 'police':
			return country ? `Police forces of ${country}` : 'Police forces';
		case 'armed':
			// ("opposition factions", "rebel fighters": who they fight is said, if not their name.)
			if (opposition && !unidentified) return country ? `Opposition rebels (${country})` : 'Opposition rebels';
			return unidentified || !country ? `Unidentified armed group${country ? ` (${country})` : ''}` : `Armed group (${country})`;
		case 'militia':
			return country ? `Militia (${country})` : 'Militia';
		case 'protesters':
			return country ? `Protesters (${country})` : 'Protesters';
		case 'rioters':
			return country ? `Rioters (${country})` : 'Rioters';
		case 'civilians':
			return country ? `Civilians (${country})` : 'Civilians';
		case 'prisoners':
			return country ? `Prisoners (${country})` : 'Prisoners';
		case 'government':
			return country ? `Government of ${country}` : 'Government';
		case 'companies':
			return country ? `Companies (${country})` : 'Companies';
		case 'settlers':
			return country ? `Settlers (${country})` : 'Settlers';
	}
}

/** Every head noun phrase the matcher knows, as one alternation for a single scan. */
const HEAD_WORDS = `community members|members of the community|settlers?|members of one family|members of the same family|members of a family|members of his family|members of her family|members of their family|members of a single family|members of the family|government positions?|governmental positions?|regime positions?|govt positions?|troop positions?|govt forces|rebel positions?|militant positions?|insurgent positions?|jihadist positions?|police patrols?|police stations?|police posts?|police vehicles?|police checkpoints?|policewom[ae]n|military patrols?|military posts?|military positions?|military bases?|military convoys?|military vehicles?|army patrols?|army posts?|army positions?|army bases?|army convoys?|army vehicles?|citizens|locals|security forces|security personnel|regime forces|government forces|government troops|state forces|armed forces|military forces|defense forces|defence forces|special forces|soldiers?|troops|army|servicem[ae]n|service members?|marines|paratroopers|commandos|warplanes|fighter jets|helicopters?|drones?|gendarmes?|gendarmerie|national guard|ranger patrols?|rangers?|paramilitaries|border guards?|coast guard|personnel|riot police|police officers?|police forces|police personnel|police|policem[ae]n|officers?|cops|constables?|militia groups?|militia fighters|militiam[ae]n|militias?|gunm[ae]n|militants?|insurgents?|rebels?|guerrillas?|guerillas?|jihadists?|fighters|terrorists?|assailants?|attackers?|cattle raiders|raiders|armed men|armed groups?|armed individuals|factions|clans|clansmen|tribesmen|volunteers|bandits|gang members|gangs?|criminals|kidnappers|pirates|hijackers|extremists|separatists|perpetrators|protesters|protestors|demonstrators|activists|marchers|strikers|rioters|mobs?|maoist cadres?|naxal cadres?|naxalite cadres?|maoists?|naxal(?:ite)?s?|civilians?|residents?|villagers?|people|persons?|man|woman|women|child|children|boys?|girls?|journalists?|photojournalists?|reporters?|cameram[ae]n|bloggers?|aid workers?|paramedics?|farmers?|shepherds?|worshippers|pilgrims|refugees|idps|displaced people|displaced persons|displaced families|guardsm[ae]n|thief|thieves|burglars?|pickpockets?|phone snatchers?|bag snatchers?|snatchers?|muggers?|activist|catechists?|cartoonists?|air defences|air defenses|air defence|air defense|air defence forces|air defense forces|air defence units|air defense units|air defence systems|air defense systems|shoppers|commuters|mourners|churchgoers|market-goers|staff members|jawans?|migrants|contractors?|teenagers?|adolescents?|men|citizen|businessm[ae]n|businesswom[ae]n|brothers|sisters|sons?|daughters?|wife|husband|relatives|fisherm[ae]n|herders?|herdsm[ae]n|pastoralists?|passengers?|motorcyclists?|merchants?|elders|priests?|pastors?|nuns?|monks?|missionary|missionaries|lawyers?|tappers?|labou?rers?|loggers?|wedding guests|guests|diners|patrons|spectators|bystanders|onlookers|tourists|prisoners|inmates|detainees|workers?|students?|pupils|schoolchildren|schoolgirls|schoolboys|teachers?|doctors?|nurses?|traders?|vendors?|employees?|drivers?|sellers|shopkeepers?|inhabitants|nationals|crowds?|youths?|supporters|forces|coalition|elements|military junta|junta|peacekeepers|peacekeeping forces|blue helmets|military|government|authorities|officials|regime|shipping companies|front companies|companies|firms|businesses|entities|banks|exchanges`
	.split('|')
	.sort((a, b) => b.length - a.length);

/** Every head noun phrase the matcher knows, longest first, as one alternation for a single scan. */
export const GROUP_HEAD_RE = new RegExp(`\\b(${HEAD_WORDS.join('|')})\\b`, 'g');
