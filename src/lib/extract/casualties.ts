/**
 * Fatalities and injuries stated around an event: "killing 6 civilians",
 * "three officers died", "at least a dozen were wounded", "killed a
 * contractor" (= 1), "killed the … leader Qasem Soleimani" (= 1), "3
 * fatalities", "no casualties" (= 0). Vague amounts with "up to" are not
 * counted: the text does not commit to them.
 */
import { lastQuantity, parseNumber } from './numbers';

export interface Casualties {
	fatalities?: number;
	injuries?: number;
}

const KILL_VERB = 'killed|killing|kills|fatally (?:shot|shooting|stabbed|stabbing|wounded|wounding|injured|injuring)|neutrali[sz]ed|neutrali[sz]ing|shot dead|shooting dead|gunning down|gunned down|murdered|executed|hanged|beheaded|slain|lynched|massacred|beat(?:en)? to death|stabbed to death|hacked to death|burned to death|claimed the lives? of|left';
const HURT_VERB = 'injured|injuring|wounded|wounding|hurt|injures|wounds';
// (The words before the noun start with a letter or a digit: in "Sept 22 -- Five soldiers" the dash is no modifier, so 22 counts no one.)
const NOUN = "(?:(?:\\w[\\w.'-]*\\s+){0,3}?(?:people|persons?|civilians?|soldiers?|troops|officers?|policem[ae]n|policewom[ae]n|police officers?|fighters?|militants?|cadres?|members|residents?|villagers?|children|women|men|man|woman|boy|girl|child|students?|workers?|contractors?|personnel|protesters?|demonstrators?|rioters?|looters?|others|maoists?|naxal(?:ite)?s?|guerrillas?|separatists?|extremists?|paramilitar(?:y|ies)|gangsters?|robbers?|thie(?:f|ves)|(?:phone |bag )?snatchers?|pickpockets?|muggers?|smugglers?|kidnappers?|settlers?|migrants?|refugees?|idps|displaced (?:people|persons)|guardsm[ae]n|militiam[ae]n|commandos?|vigilantes?|gendarmes?|activists?|catechists?|cartoonists?|lawyers?|customers|tourists|priests?|imams?|raiders?|cattle raiders?|bystanders?|pedestrians?|passers-?by|passer-?by|individuals|farmers?|guards?|constables?|(?:sub-)?inspectors?|sergeants?|corporals?|lieutenants?|captains?|majors?|rangers?|insurgents?|rebels?|gunm[ae]n|assailants?|attackers?|khwarij|khawarij|(?:service ?)?members?|journalists?|family members|relatives|passengers?|pilgrims?|worshippers?|recruits?|commanders?|leaders?|officials?|staff|employees?|drivers?|teenagers?|minors|suspects?|bandits|terrorists|jihadists|combatants|defenders?|servicem[ae]n|marines|civilian|victims?|inmates|prisoners|youths?|miners?|traders?|herders?|shepherds?|fisherm[ae]n|citizens?|elements|cadres|shopkeepers?|butchers?|vendors?|merchants?|chiefs?|elders?|headm[ae]n|sarpanch(?:es)?|mukhiyas?|pradhans?|administrators?|councill?ors?|mayors?|pastors?|clerics?|businessm[ae]n|businesswom[ae]n|teachers?|doctors?|nurses?|brothers|sisters|sons?|daughters?|wife|husband|pastoralists?|adolescents?|adults?|infants?|babies|toddlers|boys|girls|jawans?|companions?|firefighters?|firem[ae]n|politicians?|mayors?|councill?ors?|candidates?|lawmakers?|operators?|volunteers?|tappers?|labou?rers?|loggers?|deputies|deputy|councill?ors?|associates|bodyguards?|aides|comrades|colleagues|[a-z]+(?:ians|eans|ans|is|ese)|[a-z]{4,}(?:ers|ors)|body|bodies))";

// (Not a passive's place and a second group: "a man and a woman were killed near a bus stop, and 4 other civilians were injured".)
const AND_OTHERS = /(?<!\b(?:was|were|been|being)\s+)\b(?:killing|killed|kills)\s+([^.;]{1,80}?)\s+and\s+(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+others?\b(?:\s+(?:people|persons|civilians))?/;
// ("killing a woman and her two children": the second group may be the first's own.)
const AND_MORE = new RegExp(`^,?\\s+and\\s+(?:(?:her|his|their|its)\\s+)?(\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\s+(?:of\\s+)?${NOUN}\\b`);
// "killing eight policemen and their driver", "killing five recruits and the attacker", "killing 26 people as well as
// himself": one more of the dead, told by a singular noun or the bomber himself (ACLED counts perpetrators who die).
// (Not when a verb follows: "killing 4 people, and the bomber was arrested".)
// The one more of the dead a singular noun adds, after "and", "as well as", "along with".
const ONE_MORE = String.raw`(?:and|as well as|along with)\s+(?:(?:their|his|her|its|the)\s+(?:[\w'-]+\s+){0,2}?(?:driver|pilot|guide|interpreter|escort|bodyguard|son|daughter|grandson|granddaughter|grandchild|nephew|niece|wife|husband|father|mother|brother|sister|child|baby|companion|colleague|friend|cousin|passenger|client|customer|assistant|attacker|bomber|assailant|gunman))`;
const SELF_AND = new RegExp(`\\b(?:killing|killed)\\s+(himself|herself|themselves)\\s+and\\s+(?:at least\\s+)?(\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\s+${NOUN}`, 'g');
const AND_ONE = new RegExp(String.raw`^,?\s+(?:(?:and|as well as|along with)\s+(?:himself|herself)|${ONE_MORE})(?=\s*(?:[.,;)]|$|\b(?:who|in|at|near|on|inside|outside|and\s+(?:injuring|wounding|leaving|hurting))\b))`);

const NUMBER_KILLED_ROSE = /\bnumber of (?:people|persons|civilians|villagers|residents|victims) (?:killed|dead)\b[^.;]{0,160}?\b(?:has |had |have )?(?:now )?(?:risen|rose|climbed|reached|increased|jumped) to (?:at least )?(\d[\d,]*)\b/;
// (Or "raising the death toll from a missile strike the night before to seven": the verb before the toll.)
const TOLL_OF = /\b(?:death toll|toll)\s+(?:from|in|of|after|for)\s+[^.;]{1,140}?\s+(?:has\s+|had\s+|have\s+)?(?:now\s+)?(?:risen|rose|climbed|reached|jumped|increased|stood at|stands at|is|was)\s+(?:to\s+|at\s+)?(?:at least\s+)?(\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b|\b(?:raising|bringing|pushing|taking)\s+the\s+(?:death\s+)?toll\s+(?:from|in|of|after|for)\s+[^.;]{1,140}?\s+to\s+(?:at least\s+)?(\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/;
const ACTIVE_OBJECT_AFTER = /^\s+(?:at least\s+|some\s+|about\s+|nearly\s+|more than\s+)?(?:\d|an?\b|the\b|one\b|two\b|three\b|four\b|five\b|six\b|seven\b|eight\b|nine\b|ten\b|eleven\b|twelve\b|several\b|dozens\b|scores\b|his\b|her\b|their\b|him\b|them\b)/;

const COUNTED_GROUP = new RegExp(`\\b(\\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\s+(?:[\\w'-]+\\s+){0,2}?${NOUN}\\b`, 'g');

/** The last group counted in a stretch of text: whom a later "them" stands for. */
function countedBefore(text: string): number | undefined {
	let last: string | undefined;
	for (const m of text.matchAll(COUNTED_GROUP)) last = m[1];
	return last === undefined ? undefined : countWordValue(last);
}

// Singular nouns of one person (with agent nouns in -er, -or, -ist: "a rickshaw puller").
const ONE_PERSON_NOUN = String.raw`sarpanch|mukhiya|pradhan|employee|trainee|detainee|retiree|refugee|driver|pilot|man|woman|boy|girl|child|baby|soldier|policeman|policewoman|officer|farmer|trader|vendor|journalist|reporter|teacher|student|priest|pastor|imam|cleric|chief|leader|commander|official|mayor|councill?or|governor|judge|lawyer|activist|villager|resident|shepherd|herder|fisherman|civilian|passenger|motorcyclist|guard|worker|contractor|victim|suspect|attacker|bomber|gunman|militant|fighter|rebel|commando|vigilante|jawan|constable|ranger|gendarme|militiaman|shopkeeper|shop owner|owner|businessman|businesswoman|merchant|cashier|customer|doctor|nurse|engineer|elder|chairman|headman|landlord|tenant|farmhand|labourer|laborer|porter|watchman|defender|editor|director|rider|motorcyclist|cyclist|[a-z]{3,}(?:er|or|ist)`;
// ("An Indigenous leader and former cabildo governor was shot dead": one person told by two nouns, with a singular verb.)
const ONE_PERSON_SUBJECT = new RegExp(String.raw`(?:^|[.;]\s+|,\s+(?:(?:and|but)\s+)?)(?:the|a|an|one|his|her|their|its)\s+(?:[\w'-]+\s+){0,2}?(?:${ONE_PERSON_NOUN})\s+(?:and\s+(?:former\s+|ex-)?(?:[\w'-]+\s+){0,2}?(?:${ONE_PERSON_NOUN})\s+(?=was\b|$))?(?:who\s+(?:[\w'-]+\s+){1,5}?)?$`);

// The same told at the head of a sentence or after a dateline's dash, with a longer relative clause.
const ONE_PERSON_LONG = new RegExp(String.raw`(?:^|[-\u2013\u2014]\s+|,\s+)(?:an?|the)\s+(?:[\w'-]+\s+){0,2}?(?:${ONE_PERSON_NOUN})\s+(?:who|suspected\s+of|accused\s+of)\s+(?:[\w'-]+\s+){1,14}?$`);
const AND_ONE_SUBJECT = new RegExp(String.raw`^\s+(?:[\w'-]+\s+){1,2}?${ONE_MORE}\s*$`);

function quantityBefore(s: string): number | undefined {
	const q = lastQuantity(s);
	if (!q || q.upTo || q.end < s.length - 2) return undefined;
	return q.value;
}

// "between 15 and 30", "10-15", "from 10 to 15": the least of a range, as ACLED codes it.
const RANGE_BETWEEN = /\b(?:between|from) (\d{1,4}) (?:and|to) (\d{1,4})\b/g;
const RANGE_DASH = /\b(\d{1,3}) ?[-\u2013] ?(\d{1,3})\b(?! ?(?:%|percent|km|kilometres|kilometers|miles|years?|months?|days?|hours?|[ap]\.?m\b|:))/g;

function lowestOfRanges(lower: string): string {
	const low = (m: string, a: string, b: string) => (Number(b) > Number(a) ? a : m);
	return lower.replace(RANGE_BETWEEN, low).replace(RANGE_DASH, low);
}

// "thirty-five", "Twenty-three", "forty one": tens written out, read as digits so every count rule knows them.
const SPELLED_TENS = /\b(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](one|two|three|four|five|six|seven|eight|nine))?\b|\b(thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)\b/g;

function digitsForTens(lower: string): string {
	return lower.replace(SPELLED_TENS, (m, tens?: string, unit?: string, teen?: string) => String((parseNumber(teen ?? tens!) ?? 0) + (unit ? parseNumber(unit) ?? 0 : 0)) || m);
}

const COUPLE = /\b(?:a|an|the)\s+(?:(?:young|elderly|old|married|retired)\s+)?couple\b(?!\s+of\b)/g;
const AGED = /\baged\s+(?:between\s+|from\s+|about\s+|around\s+)?[\w-]+(?:\s*(?:and|to|-|\u2013)\s*[\w-]+)?/g;
const UNCOUNTED = /\b(?:an? )?(?:unknown|unspecified|undetermined|undisclosed|unconfirmed|unclear|indeterminate) number of\b/gi;

// "Barrio 18", "Calle 18", "Route 7", "Brigade 501", "MS-13": a number that is part of a name counts no one.
const NAMED_NUMBER = /\b(?:(?:Barrio|Calle|Route|Highway|Camp|Brigade|Battalion|Division|Regiment|Squadron|Sector|Zone|Block|Gate|Ward|Phase|Flight|Platform|Article|Resolution|Unit|Front|Kilometre|Kilometer|Km|Checkpoint|Base|Station|Street|Avenue|Road|Line)\s+|[A-Z]{1,4}-)\d+\b/g;

/** The lower-case text with the digits of numbers that are part of names blanked to "x", offsets kept. */
export function maskNamedNumbers(work: string, lower: string): string {
	if (!/[A-Z][a-z]*[\s-]\d/.test(work)) return lower;
	let out = lower;
	for (const m of work.matchAll(NAMED_NUMBER)) {
		const digits = /\d+$/.exec(m[0])!;
		const at = m.index! + digits.index;
		out = out.slice(0, at) + 'x'.repeat(digits[0].length) + out.slice(at + digits[0].length);
	}
	return out;
}

export function findCasualties(input: string): Casualties {
	// "14 million people", "1.5 million": a count in words of scale, written out (the rules read digits and commas).
	const text = / (?:million|billion)\b/.test(input) ? input.replace(/\b(\d+(?:\.\d+)?)\s+(million|billion)\b/g, (_, n: string, scale: string) => Math.round(Number(n) * (scale === 'million' ? 1e6 : 1e9)).toLocaleString('en-US')) : input;
	const ranged = /\d ?[-\u2013] ?\d|\b(?:between|from) \d/.test(text) ? lowestOfRanges(text) : text;
	const spelled = /(?:ty|teen)\b/.test(ranged) ? digitsForTens(ranged) : ranged;
	// ("Four soldiers and an unknown number of militants were killed": "an" counts no one there.)
	// ("Three children aged between eight and 12 were killed": an age is no count.)
	const unaged = spelled.includes('aged ') ? spelled.replace(AGED, 'aged') : spelled;
	const uncounted = unaged.includes(' number of') ? unaged.replace(UNCOUNTED, 'uncounted') : unaged;
	// ("shot dead a couple and their teenage son": a couple is two people; "a couple of" is a vague count, read elsewhere.)
	const lower = uncounted.includes('couple') ? uncounted.replace(COUPLE, 'two people') : uncounted;
	const out: Casualties = {};
	const zeroF = /\b(no (?:fatalities|deaths|casualties|one was killed|reported fatalities|one died)|neither (?:fatalities|injuries|casualties) nor (?:fatalities|injuries|casualties)|without (?:fatalities|casualties)|no (?:injuries|casualties|fatalities) (?:or|and|nor) (?:fatalities|deaths|casualties|injuries)|no fatalities (?:or|and|nor) injuries)\b/;
	const zeroI = /\b(no (?:injuries|casualties|one was (?:injured|hurt))|neither (?:fatalities|injuries) nor (?:fatalities|injuries)|without (?:injuries|casualties))\b/;
	const f = count(lower, DEATHS);
	const i = count(lower, INJURIES);
	const stated = statedFatalities(lower);
	if (stated !== undefined) out.fatalities = stated;
	else if (f !== undefined) out.fatalities = f;
	else if (zeroF.test(lower)) out.fatalities = 0;
	if (i !== undefined) out.injuries = i;
	else if (zeroI.test(lower)) out.injuries = 0;
	return out;
}

/**
 * A count the text itself settles after weighing its sources: "Fatalities coded
 * as 0 (VoJ reported 1)", "unclear fatalities coded as 10", "fatalities
 * reported as half, rounded down to 3", "split across 2 events (4)". It
 * overrides counts read from the narrative, which it corrects.
 */
export function statedFatalities(lower: string): number | undefined {
	// Every form names the fatalities: most texts are passed over with one substring search.
	if (!lower.includes('fatalit')) return undefined;
	const m =
		/\bfatalit(?:y|ies)\b[^.;]{0,60}?\b(?:coded|counted|recorded|reported) (?:as|to|at) (\d+|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/.exec(lower) ??
		/\bcoded (?:as|to) (\d+) fatalit(?:y|ies)\b/.exec(lower) ??
		/\bfatalit(?:y|ies)\b[^.;]{0,60}?\brounded (?:down |up )?to (\d+)\b/.exec(lower) ??
		/\bfatalit(?:y|ies)\b[^.;]{0,40}?\bsplit (?:across|between|among) (?:\d+|two|three|four|five) (?:events|locations)\s*\((\d+)\)/.exec(lower);
	return m ? parseNumber(m[1]) : undefined;
}

/** The expressions of one kind of count (deaths or injuries), compiled once: their sources run to kilobytes. */
interface Counter {
	fatal: boolean;
	/** "killing 6 civilians", "killed at least a dozen", "killed a contractor" */
	active: RegExp;
	/** "killing five of them", "killing one." */
	bareAfter: RegExp;
	/** "killed the … leader Qasem Soleimani", "killed him" */
	named: RegExp;
	/** "three officers died", "2 people were killed" */
	passive: RegExp;
	/** "3 fatalities", "10 dead", "two killed" */
	noun: RegExp;
	/** Any of the verbs: without one, the three verb-led rules cannot match. */
	verb: RegExp;
	/** Words every rule of the kind needs one of (none: no gate); texts without them are passed over. */
	needs?: string[];
}

// The subject of a passive verb: "at least 12 people (of the village) …", "one worshipper (who tried to flee) …", or a bare
// count ("Three were killed").
// (A count starts a word: "the Taliban said 46 people" holds no "an".)
const SUBJECT_NP = new RegExp(`\\b((?:at least|about|around|nearly|some|over|more than|up to)\\s+)?\\b(\\d+(?:,\\d{3})*|a dozen|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|dozens|several|both|an?)\\s+(?:of\\s+)?${NOUN},?\\s+(?:\\([^()]{1,40}\\)\\s+)?(?:(?:of|including|from)\\s+(?:[\\w'-]+,?\\s+){1,8}?|(?:who|that)\\s+(?:[\\w'-]+\\s+){1,5}?)?(?:[\\w,'-]+\\s+){0,3}$`);
const SUBJECT_BARE = /(?:^|[,;]\s*|\band\s+)((?:at least|about|around|nearly|some|over|more than)\s+)?(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty)\s+(?:(?:of them|others?|[\w'-]+)\s+)?(?:(?:were|was|had|have)\s+)?(?:reportedly\s+|allegedly\s+)?$/;
/** The count nearest the verb: in "30 assailants, while 6 soldiers (were killed)" the subject is "6 soldiers", unless the nearer count is part of the first. */
function nearestSubject(before: string): RegExpExecArray | null {
	let hit = SUBJECT_NP.exec(before);
	while (hit) {
		const after = hit.index + hit[0].indexOf(hit[2]) + hit[2].length;
		const nearer = SUBJECT_NP.exec(before.slice(after));
		// ("2 militants including a commander were killed": the commander is one of the two.)
		if (!nearer || /\b(?:including|among|of whom|such as)\b/.test(before.slice(after, after + nearer.index))) break;
		// ("Two men accused of trying to kidnap a child were beaten to death": a count inside what the subject is said to have done.)
		if (/\b(?:accused|suspected|convicted|charged)\s+of\b|\b(?:trying|attempting)\s+to\b/.test(before.slice(after, after + nearer.index))) break;
		nearer.index += after;
		hit = nearer;
	}
	return hit;
}
const PRIOR_GROUP = new RegExp(`(?:^|[^\\w-])(\\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\s+${NOUN}(?:\\s+(?:of|from)\\s+(?:the\\s+)?(?:[\\w'-]+\\s+){0,5}?[\\w'-]+)?\\s+and\\s+(?:(?:her|his|their|its)\\s+)?$`);
// ("Four suspected members of the New People's Army and a soldier were killed": the first group's own "of" phrase between.)
const NEXT_GROUP = new RegExp(`^\\s+${NOUN}(?:\\s+(?:of|from)\\s+(?:the\\s+)?(?:[\\w'-]+\\s+){0,5}?[\\w'-]+)?\\s+and\\s+(?:at least\\s+)?(\\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\s+${NOUN}\\s`);
const COUNT_WORD = '(\\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a dozen)';
const LEFT_DEAD = new RegExp(`\\b(?:leaving|left)\\s+(?:at least\\s+|some\\s+|about\\s+)?${COUNT_WORD}\\s+(?:[\\w'-]+\\s+){0,3}?(?:and\\s+(?:at least\\s+)?${COUNT_WORD}\\s+(?:[\\w'-]+\\s+){0,3}?)?dead\\b`, 'g');
// (Also "beat to death two suspected thieves": the count after "to death".)
const TO_DEATH = /\b(?:shot|stabbed|beat|beaten|hacked|burned|burnt|stoned|clubbed|strangled|beating|stabbing|hacking|stoning|clubbing|burning)\s+(?:(\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|him|her|them)\s+(?:[\w'-]+\s+){0,4}?to death\b|to death\s+(?:at least\s+|some\s+|about\s+|around\s+|nearly\s+|more than\s+)?(\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|him|her|them)\b)/g;
const KILLED_THEM = /\b(?:killed|lynched|executed|murdered|shot dead|beheaded)\s+(them)\b/g;
const BURNED_ALIVE = /\b(?:burn(?:ed|t|ing)|buried|burying)\s+(\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|him|her|them)\s+(?:[\w'-]+\s+){0,3}?alive\b/g;
const BODIES = /\b(?:bodies|corpses) of (?:at least |some |about |around |more than |over )?(\d+|two|three|four|five|six|seven|eight|nine|ten)\b|\b(\d+|two|three|four|five|six|seven|eight|nine|ten) (?:[\w'-]+ ){0,2}?(?:bodies|corpses)\b/g;

function counter(verb: string, passive: RegExp, noun: RegExp, needs?: string[]): Counter {
	return {
		needs,
		verb: new RegExp(`\\b(?:${verb})\\s`),
		fatal: verb === KILL_VERB,
		active: new RegExp(`\\b(?:${verb})\\s+(?:and (?:burned|burnt|mutilated|beheaded|dismembered|dumped)\\s+)?((?:at least|at most|up to|about|around|nearly|almost|some|over|more than|as many as|an estimated)\\s+)?(\\d+(?:,\\d{3})*|a dozen|dozens|a handful|several|a few|both|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:-\\w+)?|thirty|forty|fifty|hundreds)\\s+(?:of\\s+)?${NOUN}\\b`, 'g'),
		bareAfter: new RegExp(`\\b(?:${verb})\\s+(\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?:\\s+of\\s+(?:them|the \\w+)|(?=\\s*(?:[.,;]|and\\b|$)))`, 'g'),
		named: new RegExp(`\\b(?:${verb})\\s+(?!of\\s)(?:him|her|(?:the |an? )?(?:[\\w'-]+\\s+){0,7}?(?:leader|commander|chief|general|head|mayor|official|journalist|activist|imam|governor|officer|soldier|son|daughter|father|mother|wife|husband|driver|pilot|passenger|owner|shepherd|farmer|teacher|priest|pastor|man|woman|boy|girl|child|victim|captain|councill?or|chairman|chairperson|lawyer|judge|student|trader|vendor|policeman|villager|resident|politician|candidate|cleric|monk|elder|administrator|informant|protester|demonstrator|rider|motorcyclist|cyclist|defender|fisherman|herder|herdsman|doctor|nurse|engineer|contractor|photographer|reporter|ranger|guard|worker|labou?rer|businessman|businesswoman|shopkeeper|youth|teenager|civilian|person|traveller|traveler|hunter|miner|catechist|missionary|nun|volunteer|editor|director|manager|principal|headmaster|headteacher|presenter|broadcaster|producer|coordinator|secretary|president|treasurer|spokesman|spokeswoman|nephew|niece|brother|sister|cousin|uncle|aunt|grandson|granddaughter)\\b)`),
		passive: new RegExp(passive.source, 'g'),
		noun: new RegExp(`(?:^|[^\\w-])(\\d+(?:,\\d{3})*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty)\\s+(?:(?:[\\w'-]+\\s+)?(?:people|persons|civilians|soldiers|others|rebels|militants|militiam[ae]n|fighters|policemen|police officers|officers|men|women|children|members|insurgents|attackers|assailants|gunmen|troops|residents|villagers|protesters|demonstrators)\\s+|(?!(?:years?|months?|weeks?|days?|hours?|minutes?|percent|per|of|km|miles|kilometres|kilometers|times|was|were|is|are|be|been|being|has|have|had|reportedly|allegedly|also)\\b)[a-z][\\w'-]*\\s+(?=killed\\b))?(?:${noun.source.replace(/^\\b\(|\)\\b$/g, '')})\\b`, 'g')
	};
}

const DEATHS = counter(
	KILL_VERB,
	/\b(died|embraced martyrdom|(?:paid|made) the (?:supreme|ultimate) sacrifice|(?:were|was|being|has been|have been|had been|got) (?:reportedly |allegedly |also |later |subsequently )?['"\u2018\u201c]?(?:[\w-]+ (?:[\w-]+ ){0,3}?and )?(?:killed|martyred|sent to hell|neutrali[sz]ed|shot dead|shot to death|fatally (?:shot|stabbed|wounded|injured)|beaten to death|stabbed to death|hacked to death|burned to death|(?:declared|pronounced|confirmed) dead|executed|beheaded|lynched|massacred|murdered|slain|slaughtered|hanged|found dead)|(?:reported|confirmed) (?:killed|dead)|lost their lives|lost his life|lost her life|succumbed|perished)\b/,
	// ("The KNCHR reported 3 protesters shot dead": the manner of death between the count and "dead".)
	// ("credible reports of at least 20 civilian deaths": whose deaths, between.)
	/\b(fatalit(?:y|ies)|(?:civilian |confirmed |reported )?deaths|(?:shot |beaten |stabbed |hacked |burned |burnt )?dead|killed|bodies|corpses)\b/
);
// Every injury rule names the injured, the wounded or the hurt (and the toll rule reads a "toll").
// ("21 civilians were treated for suffocation": harm told by its treatment.)
const INJURIES = counter(HURT_VERB, /\b((?:were|was|have been|had been|got|being) (?:injured|wounded|hurt|treated for (?:\w+ )?(?:suffocation|injuries|wounds|burns|breathing difficulties|smoke inhalation|poisoning)|hospitali[sz]ed)|sustained (?:\w+ )?injuries|suffered (?:\w+ )?injuries)\b/, /\b(injur(?:ed|ies)|wounded)\b/, ['injur', 'wound', 'hurt', 'toll', 'treated', 'hospitali']);

/** A count word's value: "a"/"an" is one, "a dozen" twelve, and "several", "a few", "a handful" at least three. */
/** How many attackers "themselves" are: the count told before "bombers" ("two female suicide bombers"), else two. */
function attackersCounted(lower: string): number {
	return countWordValue(/\b(\d+|two|three|four|five)\s+(?:[\w-]+\s+){0,2}?(?:bombers|attackers|assailants)\b/.exec(lower)?.[1] ?? 'two') ?? 2;
}

function countWordValue(word: string): number | undefined {
	// ("killing both men inside": the two told before.)
	return word === 'a' || word === 'an' ? 1 : word === 'both' ? 2 : word === 'a dozen' ? 12 : parseNumber(word) ?? (word === 'a handful' || word === 'several' || word === 'a few' ? 3 : undefined);
}

// The two sides of a fight, by the noun that counts their dead: "30 assailants" and "6 soldiers" are different people,
// while "30 people" may include the soldiers. (People named by kind only, "civilians", are neither side.)
const STATE_SIDE = /\b(?:soldiers?|troops|policem[ae]n|police officers?|officers?|constables?|rangers?|personnel|servicem[ae]n|service ?members|jawans?|guards?|marines|gendarmes?|recruits|security forces)\b/;
const ARMED_SIDE = /\b(?:assailants?|attackers?|militants?|khwarij|khawarij|insurgents?|rebels?|gunm[ae]n|terrorists|jihadists|fighters?|bandits|guerrillas?|extremists?|separatists?|maoists?|naxal\w*|combatants|elements|kidnappers?|militiam[ae]n|cadres?)\b/;
// "30 people, including 6 soldiers", "among the dead were…", "of whom": one group told twice.
const ONE_GROUP = /\b(?:including|among (?:them|the dead|those killed|whom)|of whom|of them|of those)\b/;

// A bracketed, dashed or commaed aside: "(DRG)", "(TTP militants)", " - eight guards and their driver - ", ", mostly women
// and children,".
const COUNT_ASIDE = /\s*\([^()]{1,80}\)|\s+[-\u2013\u2014]\s+[^-\u2013\u2014.;()]{1,80}?\s+[-\u2013\u2014](?=\s)|,\s+(?:mostly|mainly|largely|many of them|most of them|all of them|among them|including)\s+[^,.;()]{1,60},(?=\s)/g;
function asidesOut(text: string): string {
	return text.replace(COUNT_ASIDE, '');
}

// ("Abu Sayed, a local coordinator of the movement, was shot dead", "Juan Perez, 45, was killed": one person, named, then
// said who he was or how old.)
// (A name: no determiner leads it, "the deal, a compromise …, was killed".)
const NAMED_WITH_APPOSITIVE = /(?:^|[.;:]\s+|[-\u2013\u2014]\s+)(?!(?:the|an?|this|that|these|those|his|her|its|their|our|my|one|some|any|each|every)\s)(?:[a-z][\w'.-]*\s+){1,3}?[a-z][\w'.-]*,\s+(?:(?:an?|the)\s+[^,;()]{3,80}|\d{1,2}(?:-year-old)?|aged\s+\d{1,2}),\s+$/;
// "… was shot in the thigh and (died)", "… were wounded and (later died)": the subject told before the first verb.
const SHOT_AND = /\s(?:was|were)\s+(?:[\w'-]+\s+){1,5}?and\s+(?:later\s+)?$/;
const NAME_APPOSITIVE = /,\s+[a-z][\w'.-]*(?:\s+[a-z][\w'.-]*){0,3},\s+$/;

function count(lower: string, c: Counter): number | undefined {
	if (c.needs && !c.needs.some((w) => lower.includes(w))) return undefined;
	let best: number | undefined;
	// The largest count of each side's dead, when the words counted name the side.
	const bySide = { state: 0, armed: 0 };
	const add = (n: number | undefined, counted?: string) => {
		// A year ("On 9 May 2020, … killed") is not a count.
		if (n === undefined || !Number.isFinite(n) || (n >= 1900 && n <= 2100)) return;
		best = Math.max(best ?? 0, n);
		// (Only counts said exactly: "killed several terrorists" adds no number to the other side's.)
		if (counted && c.fatal && !/\b(?:several|a few|a handful|dozens|many|some|scores)\b/.test(counted)) {
			const state = STATE_SIDE.test(counted), armed = ARMED_SIDE.test(counted);
			if (state !== armed) bySide[state ? 'state' : 'armed'] = Math.max(bySide[state ? 'state' : 'armed'], n);
		}
	};
	// ("Security forces killed 12 Maoists. A police commando was also killed.": one more of the dead, not the one.)
	// (The bomber aside: the event adds a suicide bomber told dead apart, as ACLED counts attackers.)
	let alsoDead = 0;
	const alsoOne = (verb: string, subject: string) => c.fatal && /^was also /.test(verb) && !/\b(?:bomber|attacker|assailant)\s*$/.test(subject);
	const verb = c.verb.test(lower);
	// "killing 6 civilians", "killed at least a dozen", "killed a contractor"
	if (verb) for (const m of lower.matchAll(c.active)) {
		if (m[1] && /up to|at most/.test(m[1])) continue;
		// "killing five police officers and five civilians": two groups of the dead, counted together.
		const rest = lower.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 60);
		const more = AND_MORE.exec(rest);
		const first = countWordValue(m[2]);
		// ("killed a chief and his son": the noun counted, then one more named by a relation.)
		// ("two female suicide bombers … killing three civilians and themselves": the bombers counted before.)
		const themselves = c.fatal && !more && /^,?\s+(?:and|as well as|along with)\s+themselves\b/.test(rest) ? attackersCounted(lower) : undefined;
		const second = more ? countWordValue(more[1]) : themselves !== undefined ? themselves : c.fatal && (AND_ONE.test(rest) || AND_ONE.test(rest.replace(AFTER_NOUN, ' '))) ? 1 : undefined;
		add(first !== undefined && second !== undefined ? first + second : first, second !== undefined ? undefined : m[0]);
	}
	// ("blew himself up …, killing himself and four soldiers": the bomber and the count after him.)
	if (verb && c.fatal && lower.includes('self and ')) for (const m of lower.matchAll(SELF_AND)) {
		const n = countWordValue(m[2]);
		if (n !== undefined) add(n + (m[1] === 'themselves' ? attackersCounted(lower) : 1));
	}
	// "killing Saleh al-Arouri and six others", "killing Soleimani, al-Muhandis and eight others": the names and the others.
	if (verb && c.fatal && lower.includes(' other')) {
		const others = AND_OTHERS.exec(lower);
		const n = others ? countWordValue(others[2]) : undefined;
		if (others && n !== undefined) add(1 + (others[1].match(/,/g)?.length ?? 0) + n);
	}
	// "killing five of them", "killing one.": a count whose noun was named before.
	if (verb) for (const m of lower.matchAll(c.bareAfter)) add(parseNumber(m[1]));
	const fatal = c.fatal;
	// "shot two men to death", "stabbed a journalist to death", "beat a shopkeeper to death".
	// (Each rule below that needs a fixed word is skipped, by a plain substring search, in texts without it.)
	// ("beat them and burned them alive": the same, told by "alive"; "caught 3 men suspected of theft and killed them".)
	if (fatal && (lower.includes('to death') || lower.includes(' alive') || lower.includes(' them'))) for (const m of [...lower.matchAll(TO_DEATH), ...lower.matchAll(BURNED_ALIVE), ...lower.matchAll(KILLED_THEM)]) {
		const w = m[1] ?? m[2];
		// ("seized two suspected robbers and burned them to death": "them" are the ones counted before in the sentence.)
		add(w === 'him' || w === 'her' ? 1 : w === 'them' ? countedBefore(lower.slice(Math.max(0, (m.index ?? 0) - 120), m.index).split(/[.;!?]\s+/).pop() ?? '') : countWordValue(w));
	}
	// ("The SSPDF said it lost 6 of its own soldiers", "admitted losing 3 fighters": a side's own dead.)
	if (fatal && lower.includes('los')) for (const m of lower.matchAll(LOST_MEN)) add(countWordValue(m[1]), m[0]);
	// "leaving him killed", "leaving the driver dead": one person.
	if (fatal && lower.includes('leaving ') && /\bleaving (?:him|her|the \w+|a \w+) (?:dead|killed)\b/.test(lower)) add(1);
	// "the body of a man was found", "a man's body", "the bodies of 2 civilians", "five corpses".
	if (fatal && (lower.includes('bodies') || lower.includes('corpses'))) for (const m of lower.matchAll(BODIES)) add(parseNumber(m[1] ?? m[2]), m[1] ? lower.slice(m.index, (m.index ?? 0) + m[0].length + 24).split(/[,;.]/)[0] : m[0]);
	// ("Soldiers recovered the body of one rebel": one dead, found.)
	if (fatal && lower.includes('body of ') && /\b(?:recovered|recovering|found|finding|retrieved|discovered)\s+(?:the\s+)?body\s+of\s+(?:a|an|one)\s/.test(lower)) add(1);
	if (fatal && lower.includes('body ') && /\b(?:the|a|an) (?:[\w'-]+ ){0,2}?body (?:of (?:a|an|the) (?:[\w'-]+ ){1,3}?)?(?:was|has been) (?:found|discovered|recovered)\b|\b(?:a|an|the) [\w-]+'s body was (?:found|discovered|recovered)\b/.test(lower)) add(1);
	// "killed the … leader Qasem Soleimani", "killed him": one named person.
	if (verb && best === undefined && c.named.test(lower)) add(1);
	// "three officers died", "2 people were killed", "one Ukrainian soldier was wounded"
	for (const m of lower.matchAll(c.passive)) {
		// Only the words of the same sentence count as the subject.
		// ("A member of the District Reserve Guard (DRG) was also killed": an acronym in brackets is no word of the subject's;
		// nor a gloss, "six khwarij (TTP militants) were 'sent to hell'", nor who they were, between brackets or dashes: "Nine
		// people - eight guards and their driver - were killed".)
		const told = asidesOut(lower.slice(Math.max(0, (m.index ?? 0) - 160), m.index)).slice(-100);
		const said = (told.split(/[.;:!?]\s+(?=\S)/).pop() ?? '').replace(/\s+$/, ' ');
		// ("A 29-year-old man, Rex Masai, was shot in the thigh and died": who died is who was shot, his name aside.)
		const before = /^(?:died|succumbed)/.test(m[0]) && SHOT_AND.test(said) ? said.replace(SHOT_AND, ' ').replace(NAME_APPOSITIVE, ' ') : said;
		// ("At least 25 people were injured, but no one was killed": nobody is no count of the people before.)
		if (/\b(?:no one|no-one|nobody|none)\s+$/.test(before)) continue;
		// ("One man was killed. A woman injured in the attack later died in hospital": one of the wounded, dead since.)
		if (fatal && /^(?:died|succumbed)/.test(m[0]) && WOUNDED_SUBJECT.test(before)) {
			alsoDead++;
			continue;
		}
		// ("Two men accused of trying to kidnap a child were beaten to death": the count of the subject, not of what it is said to have done.)
		const accusedGroup = ACCUSED_SUBJECT.exec(before);
		if (accusedGroup) {
			add(countWordValue(accusedGroup[1]));
			continue;
		}
		// ("wounding 10 people, one of whom died overnight in hospital": the count of those who died, not of the wounded.)
		const partDied = PART_OF_GROUP_BEFORE.exec(before);
		if (partDied) {
			add(countWordValue(partDied[1]));
			continue;
		}
		// "Three were killed", "One dahalo was killed", "2 of them died": a count as subject, whatever its noun.
		const counted = nearestSubject(before) ?? SUBJECT_BARE.exec(before);
		// ("a person who was abducted by five unidentified assailants from his house …, was found dead": a count of many is no
		// subject of a singular verb.)
		const hit = counted && /^was\b/.test(m[0]) && !/^(?:a|an|one|1)$/.test(counted[2]) ? null : counted;
		// ("shot a councilor in Manta and fled. He died on the way to hospital.": one person, named by a pronoun.)
		// ("The driver was killed near Fiche": one person, named by a singular noun.)
		// ("TEGUCIGALPA (Reuters) - An environmental activist who campaigned against illegal logging in eastern Honduras was
		// shot dead": one person, whatever the relative clause's length.)
		if (!hit && (/(?:^|[.;]\s+|,\s+(?:and|but)\s+)(?:he|she)\s+(?:later\s+|subsequently\s+|also\s+)?$/.test(before) || ONE_PERSON_SUBJECT.test(before) || NAMED_WITH_APPOSITIVE.test(before) || ONE_PERSON_LONG.test((lower.slice(Math.max(0, (m.index ?? 0) - 160), m.index).split(/[.;:!?]\s+(?=\S)/).pop() ?? '').replace(/\s+$/, ' '))) && /^(?:died|succumbed|was )/.test(m[0])) {
			if (alsoOne(m[0], before)) alsoDead++;
			else add(1);
			continue;
		}
		if (hit) {
			if (hit[1] && /up to/.test(hit[1])) continue;
			const w = hit[2];
			// ("Both men died": the two told before.)
			const n = w === 'a' || w === 'an' ? 1 : w === 'a dozen' ? 12 : w === 'dozens' ? 12 : w === 'several' ? 3 : w === 'both' ? 2 : parseNumber(w);
			// "Eight police officers and at least five civilians were hurt": two groups, one verb.
			const other = n === undefined ? null : (hit.index > 0 ? PRIOR_GROUP.exec(before.slice(0, hit.index)) : null) ?? NEXT_GROUP.exec(before.slice(hit.index + hit[0].length - hit[0].trimStart().length + (hit[1]?.length ?? 0) + w.length));
			// ("Six soldiers and the bomber were killed": one more, told by a singular noun.)
			const andOne = !other && n !== undefined && fatal && AND_ONE_SUBJECT.test(before.slice(hit.index + hit[0].indexOf(w, hit[1]?.length ?? 0) + w.length));
			if (n === 1 && !other && !andOne && alsoOne(m[0], hit[0])) alsoDead++;
			// ("killing 7 vigilantes. 3 bandits also died": the other side's dead, told after, are more.)
			// ("2 members of the army were also killed": the same.)
			// (Not where the text gives the whole: "11 prisoners were also killed (total of 12 fatalities)".)
			// (Nor where the dead counted before are people of any kind: "At least 17 people were killed … Six soldiers also died"
			// tells some of the 17.)
			else if (n !== undefined && n > 1 && !other && !andOne && fatal && !/\btotal\b/.test(lower) && !PEOPLE_COUNTED.test(lower.slice(0, m.index)) && ((/\balso\s+$/.test(before) && /^died\b/.test(m[0])) || /^(?:were|have been|had been) also /.test(m[0]))) alsoDead += n;
			else {
				// ("5 militiamen were killed, as well as 2 civilians": a second group after the verb.)
				const asWellAs = n !== undefined && !other && !andOne ? AS_WELL_AS_AFTER.exec(lower.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 50)) : null;
				const extra = asWellAs ? countWordValue(asWellAs[1]) ?? 0 : 0;
				add(other ? n! + (countWordValue(other[1]) ?? 0) : andOne ? n! + 1 : n === undefined ? undefined : n + extra, other || andOne || extra ? undefined : hit[0]);
			}
		}
	}
	// "3 fatalities", "10 dead", "two killed", "death toll rose to 12"
	for (const m of lower.matchAll(c.noun)) {
		// ("5 gunmen killed two farmers": the count before an active verb counts those who killed, not the dead.)
		if (/(?:killed|injured|wounded)$/.test(m[0]) && ACTIVE_OBJECT_AFTER.test(lower.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 24))) continue;
		// ("23 militants and 4 soldiers dead": two groups, one word of their death.)
		const at = (m.index ?? 0) + m[0].indexOf(m[1]);
		const prior = at === 0 ? null : PRIOR_GROUP.exec(lower.slice(Math.max(0, at - 80), at).split(/[.;:!?]\s+(?=\S)/).pop() ?? '');
		const n = parseNumber(m[1]);
		// ("The army announced 2 soldiers killed; … the bodies of 6 assailants": each side's dead, told apart.)
		add(prior && n !== undefined ? n + (countWordValue(prior[1]) ?? 0) : n, prior ? undefined : m[0]);
	}
	// (A toll is of the dead: "an earlier toll of 27" counts no injured.)
	// "leaving one man dead", "leaving eight suspected cartel members and one soldier dead": the dead an act left.
	if (fatal && (lower.includes('leaving ') || lower.includes('left '))) for (const m of lower.matchAll(LEFT_DEAD)) {
		const a = countWordValue(m[1]);
		const b = m[2] ? countWordValue(m[2]) : 0;
		if (a !== undefined) add(a + (b ?? 0));
	}
	// ("The Taliban initially put the death toll at 3. On 13 February, the health department revised it to 6": the toll, named
	// by a pronoun.)
	// ("The number of people killed when armed men raided a neighbourhood … has risen to 24": a toll by other words.)
	const numberRose = fatal && lower.includes('number of ') ? NUMBER_KILLED_ROSE.exec(lower) : null;
	if (numberRose) add(parseNumber(numberRose[1]));
	const revisedTo = fatal && REVISION_WORD.test(lower) ? REVISED_TO.exec(lower) : null;
	// ("Officials first reported 103 dead before revising the toll down to 84": a count revised down replaces the first.)
	if (revisedTo && /^(?:lower|corrected)|\bdown(?:wards?)?\s+to\b/.test(revisedTo[0])) return countWordValue(revisedTo[1]);
	if (revisedTo) add(countWordValue(revisedTo[1]));
	const toll = revisedTo ?? (fatal && lower.includes('toll') && (/\b(?:death toll|toll)\s+(?:rose |climbed |reached |stood at |of |is |was |had |has |been |risen |climbed |jumped |increased |now |stands at |later |revised |raised |updated |upwards |up |put |officially |finally )*(?:to |at )?(\d[\d,]*|\w+)/.exec(lower) ?? undefined));
	// ("The death toll from an attack on a market in Tera, Niger has risen to 22": what the toll is of may come between.)
	const fromToll = toll ? parseNumber(toll[1]) : undefined;
	const tollOfMatch = toll && fromToll === undefined ? TOLL_OF.exec(lower) : null;
	const tollOf = tollOfMatch ? tollOfMatch[1] ?? tollOfMatch[2] : undefined;
	// ("Rescuers raised to nine the death toll from …": the count written before the toll.)
	const raisedTo = toll && fromToll === undefined && tollOf === undefined ? RAISED_TO_TOLL.exec(lower)?.[1] : undefined;
	const tollValue = fromToll ?? (tollOf !== undefined ? parseNumber(tollOf) : raisedTo !== undefined ? parseNumber(raisedTo) : undefined);
	// ("revised the toll to 11 soldiers dead and said 14 assailants had been neutralized": a toll of one side's dead.)
	const tollSide = toll && fromToll !== undefined ? TOLL_SIDE_AFTER.exec(lower.slice(toll.index + toll[0].length, toll.index + toll[0].length + 40))?.[0] : undefined;
	if (toll) add(tollValue, tollSide ? `${fromToll} ${tollSide}` : undefined);
	void quantityBefore;
	// "The army neutralised 30 assailants, while 6 soldiers were killed": both sides' dead, 36.
	if (bySide.state && bySide.armed && (!toll || tollSide) && !ONE_GROUP.test(lower)) return Math.max(best ?? 0, bySide.state + bySide.armed) + alsoDead;
	// ("killing 18 civilians. Five of the wounded died overnight": the wounded who died since are more dead, unless a toll
	// says the whole.)
	// (Not where the sentence gives the new whole: "2 of the injured later died, bringing the total to 11".)
	const totalGiven = BRINGING_TOTAL.exec(lower);
	if (fatal && !toll && !totalGiven && lower.includes(' of the ')) for (const m of lower.matchAll(WOUNDED_DIED)) alsoDead += countWordValue(m[1]) ?? 0;
	// ("killing six soldiers. Two more soldiers succumbed to their wounds", "Two people were killed; a third died later".)
	// (Not where the sentence gives the new whole: "four more died …, bringing the total to 12".)
	if (totalGiven) add(countWordValue(totalGiven[1]));
	// ("search teams had found two more bodies, bringing the confirmed death toll to 14": the official whole, over a higher
	// count told by someone else before it.)
	const confirmed = fatal ? CONFIRMED_TOLL.exec(lower) : null;
	if (confirmed) return countWordValue(confirmed[1]);
	if (fatal && !toll && !totalGiven && lower.includes(' more ')) for (const m of lower.matchAll(MORE_DIED)) alsoDead += countWordValue(m[1]) ?? 0;
	// ("The bodies of 5 militants were recovered, and a further body was found the next morning.")
	if (fatal && !toll && !totalGiven && lower.includes('bod')) for (const m of lower.matchAll(FURTHER_FOUND)) alsoDead += m[1] ? countWordValue(m[1]) ?? 0 : 1;
	// ("Three others later died of their wounds", "wounding seven, one of whom later died": the wounded who died since.)
	// ("wounding 12, one of whom later died … A woman … died in hospital": the same death told twice is a floor, not more.)
	if (fatal && !toll && !totalGiven) for (const m of lower.matchAll(LATER_DIED)) {
		const n = countWordValue(m[1] ?? m[2]) ?? 0;
		if (m[1]) alsoDead += n;
		else if ((best ?? 0) + alsoDead < n) alsoDead = n - (best ?? 0);
	}
	// (Only an ordinal past the count told: "Four soldiers were killed … a fourth died of his wounds" is one of the four.)
	// (Not a death the text says no one has confirmed: "a fifth victim had died at a hospital, but authorities had not confirmed
	// that death".)
	const nthFound = fatal && !toll ? NTH_DIED.exec(lower) : null;
	const nth = nthFound && !UNCONFIRMED_AFTER.test(lower.slice(nthFound.index + nthFound[0].length).split(/[.;!?]\s/)[0]) ? nthFound : null;
	if (nth) {
		const n = ORDINAL_VALUE[nth[1]];
		if (n && (best ?? 0) + alsoDead < n) alsoDead = n - (best ?? 0);
	}
	return alsoDead ? (best ?? 0) + alsoDead : best;
}

const LOST_MEN = /\b(?:lost|losing|loses|lose)\s+(?:at least\s+|about\s+|some\s+)?(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:of\s+(?:its|their|his|her)\s+(?:own\s+)?)?(?:soldiers|troops|men|fighters|members|officers|policemen|personnel|militants|combatants|servicemen|guards)\b(?!\s+(?:to|in)\s+(?:defections?|desertion|capture))/g;
// Each verb REVISED_TO reads, by its stem: most texts hold none and are passed over with one search.
const REVISION_WORD = /revis|lower|raised|updated|corrected/;
const REVISED_TO = /\b(?:revised|revising|raised|updated|lowered|lowering|corrected)\s+(?:it|the figure|the number|the count|the tally|its figure|its count|(?:the|its|their)\s+(?:death\s+)?toll)\s+(?:up(?:wards?)?\s+|down(?:wards?)?\s+)?to\s+(?:at least\s+)?(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b(?!\s*(?:%|percent|per cent|million|billion))/;
/** The side a toll's count names right after it ("to 11 soldiers dead"). */
const TOLL_SIDE_AFTER = /^\s+(?:[\w-]+\s+)?(?:soldiers|troops|policemen|police officers|officers|gendarmes|personnel|assailants|attackers|militants|insurgents|rebels|gunmen|terrorists|jihadists|fighters|bandits)\b/;
const WOUNDED_DIED = /\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:more\s+)?of\s+the\s+(?:wounded|injured)\s+(?:later\s+|subsequently\s+|also\s+|have\s+|had\s+|since\s+)*(?:died|succumbed)\b/g;
const MORE_DIED = /\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+more\s+(?:[\w-]+\s+){0,2}?(?:(?:later\s+|subsequently\s+|have\s+|had\s+)?(?:died|succumbed)|(?:were|have been|had been)\s+(?:later\s+)?(?:killed|found dead)|(?:bodies|corpses)\s+(?:were|have been|had been)\s+(?:later\s+)?(?:found|recovered|discovered|retrieved))\b/g;
const PART_OF_GROUP_BEFORE = /,\s+(\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+of\s+(?:whom|them)\s+(?:later\s+|subsequently\s+|also\s+|had\s+|has\s+|have\s+|since\s+)*$/;
const ACCUSED_SUBJECT = /(?:^|[^\w-])(\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:[\w-]+\s+)?(?:men|women|people|persons|suspects|youths|boys|girls|thieves|robbers)\s+(?:who\s+(?:were|had been)\s+)?(?:accused|suspected)\s+of\s+[^.;,]{0,60}$/;
const WOUNDED_SUBJECT = /\b(?:an?|one|the)\s+(?:[\w-]+\s+)?(?:man|woman|child|boy|girl|person|soldier|civilian|resident|officer|policeman|driver|passenger)\s+(?:who\s+was\s+)?(?:injured|wounded|hurt)\s+(?:in|during|by)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:attack|blast|explosion|strike|shelling|bombing|fighting|clashes|assault|shooting|raid)\s+(?:(?:later|subsequently|had|has)\s+)?$/;
const PEOPLE_COUNTED = /\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|scores)\s+(?:[\w-]+\s+)?(?:people|persons|victims)\b/;
const AS_WELL_AS_AFTER = /^,?\s+(?:as well as|along with|together with)\s+(?:at least\s+)?(\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+/;
const FURTHER_FOUND = /\b(?:(?:a|one)\s+(?:further|more)\s+body|another\s+body|(\d+|two|three|four|five|six|seven|eight|nine|ten)\s+further\s+bodies)\s+(?:was|were|has been|have been|had been)\s+(?:later\s+|also\s+)?(?:found|recovered|discovered|retrieved)\b/g;
const AFTER_NOUN = /^\s+(?:[\w'-]+\s+){1,2}?(?=(?:and|as well as|along with)\s)/;
const CONFIRMED_TOLL = /\b(?:bringing|raising|taking|pushing|putting)\s+the\s+(?:confirmed|official|final)\s+(?:death\s+)?toll\s+to\s+(?:at least\s+)?(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/;
const BRINGING_TOTAL = /\b(?:bringing|taking|raising|pushing)\s+(?:the\s+)?(?:total|tally|number of (?:dead|deaths|people killed|fatalities))\s+to\s+(?:at least\s+)?(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/;
const LATER_DIED = /\b(?:(\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+others?\s+(?:later|subsequently|since)\s+(?:died|succumbed)|(one|two|three|four|five)\s+of\s+whom\s+(?:later|subsequently|has since|have since)\s+(?:died|succumbed))\b/g;
const UNCONFIRMED_AFTER = /\b(?:not|never|yet to)\s+(?:been\s+|independently\s+|officially\s+)*confirm|\bunconfirmed\b|\bcould not be (?:independently\s+)?(?:confirmed|verified)\b/;
const ORDINAL_VALUE: Record<string, number> = { second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6 };
/** "a third died later", "the fourth victim was also killed", "a third child died of his wounds": one more dead, told by its ordinal (merge.ts reads it too). */
// ("a fifth victim, a 16-year-old, had died in hospital": an aside about the victim, and a pluperfect.)
export const NTH_DIED_WORDS = String.raw`(?:a|the)\s+(second|third|fourth|fifth|sixth)\s+(?:[a-z]+(?:,\s+[^,.;]{1,40},)?\s+)?(?:later\s+|also\s+|had\s+|has\s+)*(?:died|succumbed|was (?:also\s+)?killed)\b`;
const NTH_DIED = new RegExp(String.raw`\b${NTH_DIED_WORDS}`);
const RAISED_TO_TOLL = /\b(?:raised|raising|brought|bringing|took|taking|pushed|pushing)\s+(?:to\s+)(?:at least\s+)?(\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:the\s+)?(?:death\s+)?toll\b/;

// "Demonstrations on June 25 left at least 16 people dead", "three protesters were shot dead": deaths the protest itself
// brought. A protest's sentence names other dead too, what it is about ("after a gas leak killed 11"): those are not its own.
const PROTEST_TOLL = /\b(?:protests?|demonstrations?|rall(?:y|ies)|march(?:es)?|unrest)\b[^.;]{0,60}?\bleft\s+(?:at least\s+|some\s+|about\s+|around\s+)?(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:people\s+|persons\s+|protesters\s+|demonstrators\s+)?dead\b|\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:protesters|demonstrators|marchers)\s+(?:were|have been|had been)\s+(?:\w+\s+)?(?:killed|shot dead)\b/;

/** Deaths a protest's own sentence says the protest brought, if any. */
export function protestDeaths(sentenceLower: string): number | undefined {
	const m = PROTEST_TOLL.exec(digitsForTens(sentenceLower));
	return m ? parseNumber(m[1] ?? m[2]) : undefined;
}
