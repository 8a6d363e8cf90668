/** Word lists the entity taggers share. Lower-case; one job each. */
import { lookupTable } from '../core/lookup';

const set = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

/** Capitalised words that start sentences or headlines but name nothing. */
export const CAP_STOP = set(`a an the this that these those there here it its he she they we i you his her their our my your
on in at of for to by from with as after before during since until while when where what who whom whose which why how
but and or nor so yet if then than also however meanwhile earlier later today yesterday tomorrow now still already
specifically furthermore moreover additionally separately similarly instead indeed thus therefore although though because
according around about over under between among against following despite amid near some many several all both each
every no not one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands dozen dozens scores first second third last next other another such
more most less few much unknown unidentified reportedly allegedly suspected alleged presumed local security armed police junta troops soldiers regime
gunmen militants fighters members rebels insurgents elements assailants attackers
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october
november december jan feb mar apr jun jul aug sep sept oct nov dec mr mrs ms dr
is are was were be been being has have had do does did will would could should may might must can shall
story read share see photo video watch breaking update updated exclusive analysis opinion editorial
said says asked told added noted explained
covid coronavirus`);

export const MONTH_DAY = set(`monday tuesday wednesday thursday friday saturday sunday january february march april may june july
august september october november december jan feb mar apr jun jul aug sep sept oct nov dec christmas easter ramadan eid`);

/** Words that introduce a title and end it before a name ("Pentagon Press Secretary John Kirby"). */
export const TITLE_HEAD = set(`president vice-president premier minister secretary spokesman spokeswoman spokesperson sen sen.
senator rep rep. representative congressman congresswoman gov gov. governor gen gen. general lt lt. col col. colonel maj maj.
major capt capt. captain commander chief director ambassador envoy king queen prince princess emir sheikh ayatollah
mayor chairman chairwoman chair leader speaker adm adm. admiral pope cleric imam judge justice attorney prosecutor
mr mr. mrs mrs. ms ms. dr dr. officer sergeant sgt sgt. lieutenant brigadier marshal chancellor dictator commissioner`);

/** Lower-case words that may precede a title and belong to it ("former President"). */
export const TITLE_PREFIX = set(`former late then acting deputy interim outgoing incoming ex now`);

export const ORG_HEADS: Record<string, import('../core/types').ActorKind> = {
	army: 'military', forces: 'military', force: 'military', military: 'military', navy: 'military', marines: 'military',
	guard: 'military', guards: 'military', corps: 'military', battalion: 'military', division: 'military', regiment: 'military',
	command: 'military', gendarmerie: 'military', commandos: 'military', police: 'military', troops: 'military', apparatus: 'armed_group',
	brigade: 'armed_group', brigades: 'armed_group', front: 'armed_group', militia: 'armed_group', militias: 'armed_group',
	liberation: 'armed_group', resistance: 'armed_group', mujahideen: 'armed_group', jihad: 'armed_group', rebels: 'armed_group',
	ministry: 'government', department: 'government', government: 'government', cabinet: 'government', parliament: 'government',
	senate: 'government', council: 'government', agency: 'government', office: 'government', administration: 'government',
	commission: 'government', patrol: 'military', presidency: 'government', service: 'government', bureau: 'government', directorate: 'government', court: 'government', regime: 'government', intelligence: 'government',
	party: 'political_party', news: 'media', times: 'media', post: 'media', journal: 'media', television: 'media', tv: 'media',
	radio: 'media', tribune: 'media', herald: 'media', gazette: 'media', observer: 'media', daily: 'media', channel: 'media',
	embassy: 'facility', consulate: 'facility', base: 'facility', airport: 'facility', airbase: 'facility', hospital: 'facility',
	prison: 'facility', university: 'facility', school: 'facility', mosque: 'facility', church: 'facility', camp: 'facility',
	port: 'facility', checkpoint: 'facility', palace: 'facility', refinery: 'facility', plant: 'facility', compound: 'facility',
	cathedral: 'facility', bridge: 'facility', dam: 'facility', station: 'facility', stadium: 'facility', temple: 'facility',
	synagogue: 'facility', shrine: 'facility', monastery: 'facility', depot: 'facility', terminal: 'facility', barracks: 'facility',
	factory: 'facility', reactor: 'facility', museum: 'facility', mall: 'facility', shipyard: 'facility', hall: 'facility', arena: 'facility',
	theatre: 'facility', theater: 'facility', hotel: 'facility', market: 'facility', airlines: 'organization', airways: 'organization',
	union: 'organization', association: 'organization', organization: 'organization', organisation: 'organization',
	foundation: 'organization', institute: 'organization', company: 'organization', corporation: 'organization',
	group: 'organization', society: 'organization', coalition: 'organization', alliance: 'organization', federation: 'organization',
	committee: 'organization', movement: 'organization', network: 'organization', observatory: 'organization', project: 'organization', mission: 'organization', league: 'organization', cartel: 'armed_group',
	// Firms by their legal form ("Bethlehem Steel Corp", "Armco Inc", "Kawasaki Steel Co"); "Wall Street" is a street.
	corp: 'organization', inc: 'organization', co: 'organization', ltd: 'organization', llc: 'organization', plc: 'organization',
	holdings: 'organization', bank: 'organization', exchange: 'organization', securities: 'organization', street: 'facility'
};

/** Place-type nouns that make a neighbouring capitalised name a place ("Adamawa state", "the town of Jandairis"). */
export const PLACE_NOUNS = set(`city town village villages province district governorate region state county municipality
neighborhood neighbourhood area areas camp suburb countryside prefecture department commune lga oblast raion sector zone
valley mountains mountain river island islands border crossing highway road street market square division subdistrict
locality community settlement outskirts capital capitals port ports harbour harbor township townships hamlet enclave
centre center barangay barangays woreda kebele upazila tehsil taluka`);

export const PLACE_PREPS = set(`in near at outside around into from across toward towards through within inside to`);

export const DIRECTIONS = lookupTable<import('./geo').Direction>({
	northern: 'north', southern: 'south', eastern: 'east', western: 'west', central: 'central',
	northeastern: 'northeast', 'north-eastern': 'northeast', northwestern: 'northwest', 'north-western': 'northwest',
	southeastern: 'southeast', 'south-eastern': 'southeast', southwestern: 'southwest', 'south-western': 'southwest',
	north: 'north', south: 'south', east: 'east', west: 'west'
});

/** Suffixes of "X-backed" compounds that make X a backer of the group named next. */
export const BACKING = set(`backed led allied aligned sponsored supported funded affiliated linked armed controlled`);

/** Words that open a response clause: what follows names the event responded to ("in retaliation for a strike on April 1"). */
export const RESPONSE_CUE = String.raw`in (?:response|retaliation|reprisal) (?:to|for)|in revenge for|to avenge`;
/** A response cue before a position in its sentence: "… overnight in retaliation for a strike on April 1". */
export const RESPONSE_BEFORE = new RegExp(String.raw`\b(?:${RESPONSE_CUE})\b[^.;!?]{0,100}$`, 'i');
/** What introduces the cause of an event told before it: "rioted after police shot dead a teenager", "sparked by…". */
export const CAUSE_CUE = new RegExp(String.raw`\b(?:after|following|sparked by|triggered by|${RESPONSE_CUE})\b`);

/**
 * Where a crowd's grievance starts: "demanding accountability for a collapse that killed 16 last November", "over the
 * killing of a trader", "to mourn three protesters killed last week". The dead it names are of another event.
 */
export const GRIEVANCE = /\b(?:demand\w*|call(?:ed|s|ing)? for|seek\w*|sought)\s+(?:justice|accountability|answers|the truth|an? (?:independent |full |international )?(?:investigation|inquiry|probe))\b|\bto (?:protest|denounce|condemn|mourn|mark|commemorate|remember|contest|dispute|reject)\b|\b(?:over|against|denouncing|condemning|mourning|(?:angered|outraged|incensed|enraged|angry) (?:by|over|at)) the (?:killings?|deaths?|murders?|shootings?) of\b/;
const GRIEVANCE_CLAUSE = new RegExp(`(?:${GRIEVANCE.source})[^.;]*`, 'g');

/** The sentence with its grievance clauses blanked (same length: offsets into it still hold). */
export function maskGrievance(lower: string): string {
	return lower.replace(GRIEVANCE_CLAUSE, (m) => ' '.repeat(m.length));
}

/** An aside closed by commas (", which is linked to al-Qaida,"): it names someone beside the subject, not the subject. */
export const ASIDE = /,\s+(?:which|who)\b[^,;]{1,150},/g;

/**
 * A fronted adjunct that tells an earlier or other event before the main clause: "On 14 May, a day after a
 * roadside bomb struck a convoy, militants attacked a base", "After X did Y, Z did W". Matched from the start of a
 * sentence up to the comma that closes it.
 */
export const FRONTED_ADJUNCT = /^\W*(?:(?:on|in|around|early on|late on)\s[^,]{1,40},\s*)?(?:(?:(?:a|one|two|three|four|several|a few|\d+)\s+(?:days?|hours?|weeks?|months?|minutes?)|hours|days|weeks|shortly|soon|just|moments)\s+)?(?:after|following|before|when|as|while|since|although|though)\b[^,]{3,200},/i;

/** A park, a square, a street or a highway ("Hyde Park", "Parliament Square", "the Okuk Highway"): part of a town or a way between towns,
 * no town to geocode or vote with. */
export const LANDMARK_LAST = /\s(?:Park|Square|Street|Road|Avenue|Bridge|Gate|Circus|Plaza|Boulevard|Roundabout|Highway|Expressway|Motorway|Freeway)$/;

/**
 * "Looting: On 14 December 2024, …", "Movement of forces: Around 3 May …": a coder's category in sentence case before a
 * note that starts with its date. It says what kind of event the note tells, but it is no part of the sentence's
 * grammar. (One word only with a common noun's ending: "Looting:", "Arrests:", "Interception:", not "Kirby:".)
 */
export const CATEGORY_TAG = /^\s*(?:[A-Z][a-z]+(?:\s+[a-z]+){1,3}|[A-Z][a-z]+(?:ing|ion|ions|ment|ments|al|als|ure|ures|sts|ses)):\s+(?=(?:On|Around|As reported|As of|Between|From|In|During|Since|Overnight)\b[^.]{0,40}\d)/;
