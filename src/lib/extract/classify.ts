/**
 * Refines a trigger's provisional type from its sentence and drops
 * look-alikes. Order matters: look-alikes (sports, labour strikes, metaphors)
 * are settled before irrealis (future, conditional, negated), and both before
 * the weapon and protest refinements, which assume a real violent event.
 */
import type { TriggerHit } from './triggers';
import { countryByDemonym } from './countries';
import { FRONTED_ADJUNCT, maskGrievance } from './lexicon';

export interface Refined {
	type: string;
	/** Why the trigger is not an event (look-alike or irrealis), if it is not. */
	drop?: string;
	hedged?: boolean;
}

const DRILL = /\b(?:drills?|military exercises?|war ?games|joint exercises?|naval exercises?)\b/;
const ANIMALS = '(?:elephants?|bulls?|lions?|lioness|tigers?|leopards?|crocodiles?|alligators?|hippos?|hippopotamus|bears?|wolves|wolf|dogs?|snakes?|sharks?|bees|hornets|hyenas?|buffalo(?:es)?|rhinos?|monkeys?|baboons?|jaguars?|pumas?|cougars?)';
const ANIMAL_BEFORE = new RegExp(`(?<!police |army |security |military )\\b${ANIMALS}\\s+(?:\\w+\\s+){0,2}$`);
const PERMISSION_BEFORE = /\b(?:appl(?:y|ied|ies|ying) for|sought|seek(?:s|ing)?|request(?:ed|s|ing)?|granted|denied|refused|awaiting|obtain(?:ed|s|ing)?)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:certificates?|permission|permits?|approval|authori[sz]ation|notices?|licen[cs]es?)\s+(?:(?:allowing|permitting|for|to (?:hold|stage|go on|begin|start))\s+)(?:an?\s+|the\s+|their\s+)?(?:[\w-]+\s+){0,2}$|\b(?:sought|seek(?:s|ing)?|request(?:ed|s|ing)?|applied for) permission to\s+$/;
// (Not "buffalo": "killed a Buffalo, N.Y., doctor" names the city; the text here has lost its capitals.)
const ANIMAL_AFTER = new RegExp(`^\\s+(?:(?:a|an|the|two|three|several)\\s+)?(?:[\\w-]+\\s+){0,2}?(?!buffalo)${ANIMALS}\\b`);
const IN_MEMORY_OF_BEFORE = /\b(?:in (?:memory|honou?r|remembrance|tribute) (?:of|to)|tributes? to|commemorat\w+|mourn\w*|remember\w*|honou?r\w*|for)\s+(?:all\s+)?(?:those|the (?:\d+\s+)?(?:people|victims|dead|students|protesters|workers|civilians|soldiers|children|miners|passengers))\s+(?:who\s+(?:were|was|had been|have been)\s+)?$/;
// ("An elephant attacked and killed two people", "trampled to death by a herd of elephants", "human-wildlife conflict".)
const ANIMAL_HARM = new RegExp(`\\b(?:an?|the|one|wild|rogue)\\s+(?:[\\w-]+\\s+)?${ANIMALS}\\s+(?:\\w+\\s+){0,2}?(?:attacked|killed|trampled|mauled|gored|charged at|bit|devoured|dragged)\\b|\\b(?:killed|attacked|trampled|mauled|gored|bitten|dragged)\\s+(?:to death\\s+)?by\\s+(?:an?\\s+|the\\s+|wild\\s+|a herd of\\s+)*(?:[\\w-]+\\s+)?(?:${ANIMALS}|animals)\\b|\\bhuman-(?:wildlife|animal) conflict\\b`);
const ANIMAL_WORD = new RegExp(`\\b${ANIMALS}\\b`);
const ANIMAL_AGENT = new RegExp(`\\b(?:by|when)\\s+(?:a|an|the)\\s+(?:(?:herd|pack|pride|swarm|troop|group)\\s+of\\s+)?(?:[\\w-]+\\s+){0,3}?${ANIMALS}\\b`);
const ANIMAL_SUBJECT = new RegExp(`^\\W*(?:(?:a|an|the|two|three|several)\\s+)?(?:[\\w-]+\\s+){0,2}?${ANIMALS}\\s`);
const BUILT_THING = /\b(?:houses?|homes?|buildings?|propert(?:y|ies)|shops?|stores?|vehicles?|cars?|trucks?|crops|schools?|church(?:es)?|mosques?|offices?|stations?|stalls?|markets?|huts?|villages?|bridges?|stadiums?|facilit\w+|infrastructure)\b/;
const POLITICAL_CAUSE = /\b(?:protest\w*|demonstrat\w*|slogans|placards|banners?|demand\w*|against|in support of|opposition|government|president|election|campaign\w*|party|tear[- ]?gas(?:sed|sing)?|march\w*)\b/;
const VIOLENT_FAMILY = new Set(['airstrike', 'shelling', 'explosive', 'suicide_bombing', 'grenade', 'chemical_attack', 'armed_clash', 'attack', 'territory_regained']);

// "the striker scored", "their attack", "league match": sport news.
const SPORTS = /\b(\d+(?:st|nd|rd|th) minute|dead-ball|set-piece|set piece|equali[sz]\w*|headed in|from a corner|curling shot|tight angle|knockout|bout|heavyweight|middleweight|lightweight|uppercut|jab|right hand|left hook|wickets?|bowlers?|bowling|batsm[ae]n|batters?|innings|long-off|long-on|pull shot|sixes|stumps|match(?:es)?|league|season|coach|striker|midfielder|defender|goalkeeper|goals?|scored?|scoring|tournament|championship|playoffs?|fixture|stadium|fans|cup|derby|inning|quarterback|touchdown|penalty|kick-?off|half-?time|referee|(?<!\b(?:rescue|medical|search|negotiating|security|investigation|investigative|response|disposal|forensic|legal|campaign|technical|inspection|monitoring|emergency|relief|aid|defen[cs]e|survey|reporting|news) )team(?:'s|mate)?|club|squad|football|soccer|basketball|cricket|rugby|tennis|olympic|world cup|champions?|players?|title|hat-?trick|counter-?attacks?|first half|second half|straight sets|(?:beat|beating|defeated|thrashed|drew|lost to) (?:[\w.'-]+ ){1,3}\d{1,2}-\d{1,2}|\d{1,2}-\d{1,2} (?:win|victory|defeat|draw|loss)|chess|grandmasters?|kingside|queenside|checkmate|gambit|esports|(?:long|lengthy|extended|baseline) rallies|(?:first|second|third|fourth|fifth|deciding) set|tie-?break|break points?|match points?|baseline|grand slam|wimbledon|premier league|semi-?finals?|finals?)\b/;
// Labour: "workers went on strike", "the union's strike over pay".
// "the army chief of staff", "the Joint Chiefs of Staff": an officer, no workforce.
const STAFF_OFFICER = /\bchiefs? of (?:the )?(?:general |defen[cs]e |army |armed forces |joint )?staff\b/g;
const LABOUR = /\b(\w*workers?|unions?|employees|staff|teachers|nurses|doctors|drivers|miners|dockers|pay|wages?|salar(?:y|ies)|walk-?out|picket|labou?r|pension|contract talks|industrial action)\b/;
const NATURAL = /\b(earthquake|quake|lightning|storm|hurricane|cyclone|typhoon|tornado|flood|virus|pandemic|disease|epidemic|tsunami|wildfire)\b/;
// "attack on democracy", "killed the bill": the target is an idea, not people.
const METAPHOR_OBJECT = /^(?:\s+(?:on|against|at|upon|of|down|off))?\s+(?:the\s+|an?\s+|our\s+|their\s+|his\s+|her\s+|its\s+|every\s+|each\s+|any\s+|all\s+)?(?:\w+\s+)?(democracy|freedom|free speech|press freedom|the press|rights|constitution|policy|policies|plan|bill|bills|law|legislation|proposal|character|credibility|reputation|record|decision|ruling|truth|values|institutions|judiciary|science|economy|idea|deal|measure|amendment|nomination|motion|resolution|pockets|wallets|livelihoods|incomes|savings|treaty|accord|verdict|remarks|comments|speech|statement|report|reform|budget|campaign|candidacy|opponents'? record|critics|media|narrative|agenda|working (?:families|people|class)|middle class|taxpayers)\b/;
const MEDICAL = /\b(heart|panic|asthma|anxiety|cyber|ransomware|hacker|phishing)[- ]?$/;
// The subject of a quarrel in words: "German lawmakers (clashed)", "the two ministers", "opposition MPs".
const POLITICIANS_BEFORE = /\b(?:lawmakers|legislators|parliamentarians|mps|senators|deputies|congressmen|congresswomen|ministers|politicians|leaders|candidates|parties|democrats|republicans|conservatives|liberals|socialists|tories|coalition partners|opposition|the government and the opposition|delegates|negotiators|diplomats|judges|commissioners|councillors|councilors)\s+(?:have\s+|had\s+|again\s+|also\s+)?$/;
const FIGURATIVE_FRAME_AFTER = /^\s+(?:in|of|within)\s+(?:an?|the|this|that|their|his|her|its)\s+(?:[\w-]+\s+)?(?:political|legal|verbal|rhetorical|diplomatic|bureaucratic|procedural|ideological|culture|ratings|budget|court|courtroom|boardroom|custody|media|pr|electoral|campaign|trade|price|bidding)\s+(?:battle|war|fight|row|feud|dispute|struggle|tussle|standoff|showdown)\b/;
const FIGURATIVE_BEFORE = /\b(charm|verbal|political|rhetorical|personal|scathing|blistering|stinging|fierce|sharp|media|legal|diplomatic|pr|parliamentary|budget|court|courtroom|boardroom|custody|electoral|ratings|bidding|takeover|procedural|bruising (?:parliamentary|political|legal|budget))\s+$/;
const BATTLE_METAPHOR = /^\s+(?:against|with|over|for)\s+(?:the\s+)?(?:(?:fair|better|higher|equal|decent|their|a)\s+)?(pay|wages?|salar(?:y|ies)|contracts?|jobs|pensions?|staffing|working conditions|rights|justice|recognition|cancer|covid|coronavirus|the virus|virus|ebola|cholera|measles|malaria|polio|hiv|aids|tuberculosis|outbreaks?|epidemics?|pandemic|hunger|famine|malnutrition|misinformation|disinformation|fires?|flames|blazes?|wildfires?|poverty|corruption|inflation|obesity|addiction|climate|disease|illness|unemployment|custody|the bill|control of (?:the )?(?:house|senate|congress)|votes?|ratings|market share)/;

// Irrealis markers in the words before the trigger (same clause).
// ("LONDON, May 20 (Reuters) -", "On 20 May": the month beside a day is no modal.)
const IRREALIS = /\b(will|would|could|might|(?<!\d\s{0,2})may(?!\s*\d)|shall|should|(?:is|are|was|were) (?:expected|due|scheduled|set|slated) to|plans? to|planning to|planned to|intends? to|intended to|threaten(?:ed|s|ing)? to|vow(?:ed|s)? to|warn(?:ed|s)? (?:of|that|it would)|if|unless|whether|consider(?:s|ed|ing)?|prepared to|ready to|possible|potential|proposed|authority to|right to|refrain(?:ed)? from|avoid(?:ed)?|prevent(?:ed)?|(?:stopped|stops|stopping|fell|falls) short of|call(?:ed|s)? for|urg(?:ed|es) .{0,30} to|to (?:conduct|launch|carry out|stage|hold|mount|authori[sz]e|approve)|ahead of|in case of|risk of|fear(?:s|ed)? of|threat of)\b[^,;]*$/;
const NAMED_NO = /\b(?:a|an|the|this|that|their|its)\s+["'\u2018\u201c]?no\s+(?:\S+\s+){0,2}$/;
const NEGATED = /\b(did not|didn't|does not|doesn't|never|denied|deny|denies|no one|nobody|not|no)\s+(?:\S+\s+){0,2}$/;
const HEDGE = /\b(believed|reportedly|allegedly|suspected|apparently|unconfirmed|claimed|may have|might have|possibly|likely)\b/;

// "Air Force Intelligence" is a security agency, not an aircraft; "the embassy bombers", "the bomber detonated his vest" are people,
// "long-range bombers", "Tu-95 bombers" aircraft.
// ("The wounded were evacuated by helicopter": a helicopter that carries people strikes no one.)
const AIR = /\b(air ?strikes?|air[- ]raids?|warplanes?|war planes?|jets?|drones?|(?<!\b(?:evacuated|airlifted|flown|transported|taken|rushed|carried|ferried)\s+(?:[\w-]+\s+){0,4}?(?:by|in|on|aboard)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?)helicopters?|gunships?|aircraft|aerial|air force(?! intelligence)|(?:strategic|long-range|heavy|stealth|supersonic|nuclear-capable|[a-z]+-\d+[a-z]?)\s+bombers?|bombers?\s+(?:jets?|aircraft|planes?)|sorties?)\b/;
// Heavy weapons: indirect or stand-off fire (calibres like "14.5mm", "82mm" are crew-served weapons).
const SHELL = /\b(shell(?:s|ed|ing)?|mortars?|artillery|rockets?|(?<!\b(?:threw|throwing|hurled|hurling|lobbed|lobbing)\s(?:\w+\s)?)missiles?|howitzers?|katyusha|grad|projectiles|grenade launchers|rpgs?|heavy (?:machine ?guns|machineguns|weapons)|(?<!water )cannons?|atgms?|anti-tank|\d+(?:\.\d+)?\s?mm\b)/;
// Machine guns fired "at" places from a distance are stand-off fire too ("fired machine guns at residential areas").
const MG_AT = /\b(machine ?guns?|machineguns)\b/;
// Specific small arms, as against the generic "shots" that any weapon fires.
const SMALL_SPECIFIC = /\b(small arms|light weapons|rifles?|pistols?|firearms|automatic weapons|ak-?47s?|kalashnikovs?)\b/;
// Both sides firing: a clash whatever the weapons.
// ("Villagers on both sides have fled": a border's two sides are no fire exchanged.)
export const TWO_SIDED = /\b(both directions|the two sides|(?<!\bon |\bfrom |\bof )both sides(?! of the border)|exchang\w* (?:\w+ ){0,3}(?:fire|gunfire|artillery|shelling|rockets)|fired back|returned (?:the )?fire|responded (?:to the (?:fire|attack|shelling)|with (?:gunfire|fire|shelling|artillery))|respond\w* to (?:\S+ ){0,2}(?:shelling|fire|attack))\b/;
// Resisting an attack makes it a clash: "repelled an attack by GNA forces".
const RESISTED = /\b(thwart(?:ed|ing|s)?|repel(?:led|s|ling)?|repuls(?:ed|ing)|foil(?:ed|ing)|fought off|beat back|pushed back|resisted|resisting)\s+(?:[\w-]+\s+){0,4}$/;
// ("a Russian assault near Kupiansk was repelled": the attack resisted, told in the passive.)
const RESISTED_AFTER = /^\s+(?:[\w'(),-]+\s+){0,8}?(?:was|were|had been|has been)\s+(?:\w+ly\s+)?(?:repelled|repulsed|beaten back|thwarted|foiled|fought off|pushed back)\b/;
// Harm to people (counts said to be absent are removed first).
const HARM = /\b(kill\w*|execut(?:ed|ing|ions?)|behead\w*|massacr\w*|murder\w*|tortur\w*|slain|slaughter(?:ed|ing)|injur\w*|wound\w*|fatally \w+|dead|died|death|deaths|fatalit\w*|casualt\w*|hostages?|abduct\w*|kidnap\w*|beat\w*|assault\w*|rap(?:e|ed)|hurt|victims?|shot (?:and |dead)|stabbed|lynch\w*|bod(?:y|ies)|(?:attack|shoot|shot|fir(?:ed|ing) (?:at|on))\w* (?:\w+ ){0,2}(?:persons?|man|woman|men|women|people|civilians?|residents?|villagers?|passers-by|him|her|them|child|children))\b/;
const NO_HARM = /\b(?:no|neither|nor|without|not)\s+(?:\w+\s+){0,3}?(?:fatalities|injuries|casualties|deaths|injured|killed|victims|one (?:was )?(?:hurt|injured|killed))\b(?:\s+(?:or|nor|and)\s+(?:fatalities|injuries|casualties|deaths))?/g;
// Property taken or destroyed: "raided houses, taking away food", "set a vehicle on fire", "an arson attack".
// (Not one's own stock: "verifying that Iraq has destroyed its long-range missiles".)
const DESTROYED_IN_FLIGHT = /^\s+(?!(?:its|their|his|her|our|your)\b)(?:(?:at least|about|some|more than|all|most of the)\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozens of|several|an?|the)?\s*(?:(?!(?:its|their|his|her|our)\b)[\w-]+\s+){0,3}?(?:drones?|uavs?|missiles?|rockets?|projectiles|shaheds?|glide bombs?)\b(?!\s+(?:factory|factories|plant|depot|warehouse|storage|launchers?|sites?|bases?))/;
const CONTROLLED_DETONATION = /\bcontrolled (?:detonation|explosion|blast|demolition)s?\b/;
const PROPERTY = /\b(arson|looted|looting|stole|stolen|steal\w*|took away|taking away|carried away|setting (?:\w+ ){0,3}on fire|setting ablaze|setting fire|torch(?:ed|ing)|seized (?:a |an |the |\w+ )?(?:vehicles?|cars?|trucks?|motorcycles?|cattle|goods|property|equipment)|set (?:\w+ ){0,3}on fire|set ablaze|set fire|burn(?:ed|t) (?:down )?(?:\w+ ){0,3}(?:houses?|homes?|vehicles?|cars?|shops?|buildings?|property|crops)|destroyed|damaged|vandali[sz]ed|smashed|material damage)\b/;
const BUILDINGS_AFTER = /^\s+(?:(?:around|about|some|at least|more than|nearly|over|up to)\s+)?(?:(?:an?|the|their|his|her|\d+|two|three|four|five|six|seven|eight|nine|ten|several|dozens of|some)\s+)?(?:[\w-]+\s+){0,2}?(?:houses?|homes?|buildings?|shops?|structures?|residences?|apartments?|bridges?|offices?|warehouses?|mosques?|churches|schools?)\b/;
const IED = /\b(ieds?|improvised explosive|explosive charges?|landmines?|land mines?|roadside bombs?|car bombs?|explosive devices?|booby|bomb (?:exploded|detonated|went off)|(?:a|the) (?:(?:remote(?:ly)?[- ](?:controlled|detonated|operated)|time|timed|homemade|home-made|crude|powerful|makeshift|hidden|concealed)\s+)?bomb\b|remote(?:ly)?[- ](?:controlled|detonated) (?:bombs?|devices?|explosives?|mines?)|explosives? (?:planted|placed)|sticky bombs?|magnetic bombs?|(?:truck|lorry|vehicle|motorcycle|motorbike)[- ]bombs?|(?:truck|car|lorry|vehicle|van|motorcycle)s? (?:packed|laden|loaded|rigged|filled) with explosives|explosives?-(?:laden|packed|rigged)|vehicle-borne)\b/;
const SUICIDE = /\bsuicide\b/;
const GRENADE = /\b(hand )?grenades?\b(?! launchers?)/;
const SMALL_ARMS = /\b(small arms|light weapons|rifles?|pistols?|firearms|gunfire|gunshots?|shots|shoot-?outs?|gun ?fights?|exchanges? of fire|exchanged fire|automatic weapons|sniper)\b/;
const CLASH_WORD = /^(clash(?:ed|es)?|fighting|fought|gun ?fights?|firefights?|shoot-?outs?|exchanges? of fire|exchanged (?:\w+ )?(?:fire|artillery|shelling|gunfire|rockets)|exchanging fire|encounter(?:ed)?|battled?|skirmish(?:es)?)$/;

const INTERVENTION = /\b(police|security forces|authorities|soldiers|troops|officers|gendarmes|gendarmerie|army|guards|military)\b.{0,100}\b(dispers\w*|pushed back|pushing back|kettled|tear[- ]?gas(?:sed|sing)?|cs gas|arrested|arresting|detained|detaining|interven\w*|water cannons?|batons?|rubber bullets|pepper[- ]?spray\w*|prevent\w*|stopped|broke up|beat|baton-charged|lathi|cordon\w*|fired (?:in the air|warning shots)|cleared|removed)\b|\b(dispersed|were arrested|were detained|(?:were|was) pushed back|tear[- ]?gas(?:sed|sing)?)\b/;
// ("police fired tear gas at students protesting in Makassar, killing a student", "a student died after being hit by a tear
// gas canister fired by police": a death the force caused, whatever its weapon.)
// ("students protesting … were fired upon by police": lethal force told in the passive.)
const REPRESSION = /\b(police|security forces|soldiers|troops|army|officers|gendarmes)\b.{0,100}\b(shot dead|killed|killing (?:an?|one|two|three|\d+|at least)\b|opened fire|live (?:ammunition|fire|rounds)|fired (?:at|on) (?:the )?(?:protesters|demonstrators|crowd))\b|\b(?:were|was)\s+(?:fired (?:up)?on|shot at)\s+by\s+(?:the\s+)?(?:riot\s+)?(?:police|security forces|soldiers|troops|army|officers|gendarmes)\b|\bprotesters? (?:were |was )?(?:shot dead|killed)\b|\b(?:shot dead|killed|shot and killed)\s+by\s+(?:the\s+)?(?:riot\s+)?(?:police|security forces|soldiers|troops|army|officers|gendarmes)\b|\b(?:died|was killed|were killed)\b[^.;]{0,50}\b(?:tear ?gas|canisters?|rubber bullets?|live rounds|bullets?|gunfire)\b[^.;]{0,30}\bfired by\s+(?:the\s+)?(?:riot\s+)?(?:police|security forces|soldiers|troops|army|officers|gendarmes)\b/;
const RIOT = /\b(riot(?:ed|ing)|rioters|loot(?:ed|ing) (?:\w+ )?(?:shops|stores|supermarkets|businesses|warehouses)|riots? (?:broke out|erupted|ensued|(?:was|were) staged)|(?:a|the) (?:\w+ )?riot(?! police| gear| squad)|clash(?:ed|es)? with (?:the )?(?:police|security|soldiers|troops|officers)|(?:threw|hurled|lobbed) (?:\w+ ){0,2}?(?:stones|rocks|bricks|molotov|bottles|eggs|flares|fireworks|firecrackers|projectiles)|stone-?pelting|pelted|hurled (?:stones|rocks|molotov)|molotov|(?:petrol|gasoline|fire) bombs?|firebombs?|burn(?:ed|t|ing) (?:tyres|tires)|set(?:ting|s)? (?:on )?fire|set (?:(?!him\b|her\b|them\b|himself\b|herself\b|themselves\b)[\w-]+ ){1,3}(?:on fire|alight|ablaze)|torched|vandali[sz]\w*|smashed|stormed|ransack(?:ed|ing)|attacked (?:the )?(?:police|officers)|(?:tyres|tires) (?:were )?(?:burned|burnt|set on fire)|damaged (?:\w+ ){0,3}(?:vehicles?|cars?|shops?|buildings?|property))\b/;
const PROTEST_CONTEXT = /\b(protest\w*|demonstrat\w*|rall(?:y|ies|ied)|march(?:ed|es|ing|ers)|(?<!\d\s)march(?!\s+\d)|sit-in|rioters|riot\w*|strikers|slogans|placards|chant\w*|demand\w*(?!\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?ransom)|tear[- ]?gas(?:sed|sing)?|disperse\w*|banners?|on strike|cut off (?:the )?roads?|block(?:ed|ing) (?:a |the )?(?:\w+ )?roads?|barricad\w*|blockades?|(?:on|through) the streets|commemorat\w*|labou?r day|workers'? day|may day|(?<!\b(?:night|prayer|all-night|overnight|easter|paschal|christmas|religious)\s)vigils?|turned violent|gathering (?:[\w-]+ ){0,8}?against)\b/;
// (A crowd's violence at the homes or offices of those who govern: "angry crowds stormed and vandalised the residences of
// several state ministers and MLAs" is a demonstration turned violent, not mere damage; not armed men's.)
const CROWD_AT_POLITICIANS = /\b(?:crowds?|mobs?|protesters|demonstrators|residents|youths|supporters|people)\b[^.;]{0,80}?\b(?:residences?|homes?|houses?|offices?) of (?:[\w-]+ ){0,4}?(?:ministers?|mlas?|mps|lawmakers|legislators|politicians|the (?:governor|mayor|chief minister|prime minister|president))\b/;
const TROOPS_MARCHING_SOURCE = String.raw`\b(?:troops|soldiers|columns?|forces|army|militants|fighters|rebels|insurgents|convoys?|militiamen|gunmen)\s+(?:[\w-]+\s+){0,2}?march(?:ed|es|ing)\b`;
const TROOPS_MARCHING = new RegExp(TROOPS_MARCHING_SOURCE);
const TROOPS_MARCHING_ALL = new RegExp(TROOPS_MARCHING_SOURCE, 'g');
// Crowds that riot: "residents burnt tyres and shot arrows at soldiers", "a clash between demonstrators and police".
const CROWD_SUBJECT = /\b(residents|villagers|youths?|locals|inhabitants|people|crowds?|mobs?)\b/;
const CROWD_SIDES = /\b(?:supporters|activists|students|villagers|youths|residents|workers|fans|traders|communities|worshippers|clans?men)\b/;
// ("fighting between two armed groups", "ELN and FARC dissidents": armed by name.)
const ARMED_SIDE = /\b(?:police|soldiers|troops|army|forces|militants|militias?|militiamen|gunmen|rebels|fighters|gangs?|armed\s+(?:groups?|factions?|men)|dissidents|guerrillas?|insurgents|jihadists|cartels?)\b/;
// ("police responded with tear gas and rubber bullets": the police's crowd-control weapons arm no crowd.)
const LESS_LETHAL = /\b(?:rubber|plastic|tear[- ]?gas|pellet|stun|sound|smoke)\s+(?:bullets?|rounds?|pellets?|shells?|canisters?|grenades?)\b|\bfired\s+(?:(?:tear[- ]?gas|warning shots|water cannons?)\b|(?:shots\s+)?in(?:to)? the air\b)/g;
const POLICE_GRIEVANCE = /\b(?:after|following|over|angered by|in anger at)\b[^.;]{0,100}?(?:\b(?:by|during|in)\s+(?:a\s+)?(?:police|gendarmes?|gendarmerie|officers|security forces|soldiers)\b|\bpolice\s+(?:chase|custody|shooting|raid|operation|check|stop)\b|\bin\s+custody\b)/;
const FIREARMS = /\b(?:guns?|gunfire|gunshots?|gunmen|firearms?|rifles?|bullets?|shots?|shot|shooting|opened fire|fired|grenades?|rockets?|mortars?|artillery|explosives?)\b/;
const STATE_FORCE_BEFORE = /\b(?:police(?:men)?|security forces|soldiers|troops|army|officers|gendarmes|riot police|rangers|paramilitar(?:y|ies)|national guard|guardsmen)\s+(?:\w+\s+){0,2}$/;
const DEMONSTRATORS = /\b(protesters|protestors|demonstrators|rioters|marchers)\b/;
// The violence a demonstration is about, not one it commits: "protest over the abduction of", "justice for the disappearance of".
const PROTEST_TOPIC = /\b(for|over|against|about|regarding|in relation to|in connection with|justice for|protest\w* (?:\w+ ){0,3}(?:over|against)|demand\w* (?:\w+ ){0,4}(?:for|of))\s+(?:\S+\s+){0,4}(?:(?:raped|beaten|tortured|abducted|kidnapped|shot|stabbed|assaulted)\s+and\s+)?$|\bclaim(?:s|ed)? (?:that )?(?:\S+ ){0,3}(?:have|has|had) been\s+$/;
// (A group told as a verb's object is its victims, no mob: "militants stopped a group of men and executed 9 of them".)
const MOB = /\b(mob|lynch\w*|vigilantes?|scuffle|brawl|communal|two groups|rival groups|villagers clashed|residents clashed|supporters clashed|groups? of (?:\w+ ){0,2}clashed|(?:beaten|beat up|beat him|beat her|thrashed) (?:\w+ ){0,2}by (?:the )?(?:locals|residents|villagers|people|a crowd|a mob|relatives)|(?<!\b(?:on|at|upon|against|into|towards?|[a-z]{3,}ed)\s+(?:a\s+|the\s+)?)group of (?:around |about |some )?(?:\d+ )?(?:people|citizens|residents|villagers|locals|men))\b/;

const SCOPE_CUE = /\b(in (?:response|retaliation|reprisal) (?:to|for)|after|following|in revenge for|to avenge|days? after|weeks? after)\b/g;

/** The part of the sentence about this trigger: between the response cues around it. */
function eventScope(lower: string, at: number, end: number): string {
	let from = 0;
	let to = lower.length;
	SCOPE_CUE.lastIndex = 0;
	for (let m = SCOPE_CUE.exec(lower); m; m = SCOPE_CUE.exec(lower)) {
		if (m.index + m[0].length <= at) from = m.index + m[0].length;
		else if (m.index >= end) {
			to = m.index;
			break;
		}
	}
	// "a day after a roadside bomb struck a convoy, militants attacked a base": the adjunct and the main clause are apart.
	const adjunct = FRONTED_ADJUNCT.exec(lower);
	if (adjunct) {
		if (at >= adjunct[0].length) from = Math.max(from, adjunct[0].length);
		else to = Math.min(to, adjunct[0].length);
	}
	return lower.slice(from, to);
}

/**
 * A demonstration told over several sentences: what the police or the crowd did
 * next ("Police dispersed them", "Tyres were burned") decides its sub-type.
 */
export function refineProtest(type: string, following: string, sameTime = following): string {
	if (type === 'protest_repression') return type;
	// (A riot stays a riot: the police's lethal answer to a violent crowd does not make it a peaceful one repressed.)
	if (type !== 'riot' && REPRESSION.test(following)) return 'protest_repression';
	// (Only violence told at the time makes the demonstration violent: `sameTime` leaves out what is told as coming after.)
	if (type !== 'riot' && RIOT.test(sameTime) && !/\bprison riot\b/.test(sameTime)) return 'riot';
	if (type === 'protest' && INTERVENTION.test(following) && !NO_INTERVENTION.test(following)) return 'protest_intervention';
	return type;
}

// Tests of the whole sentence, hoisted so that their answers can be kept (see `has`).
const PROTEST_WORD = /\b(protest\w*|demonstrat\w*|sit-ins?|rall(?:y|ies|ied)|march(?:ed|es|ing)?|vigils?|riot(?:s|ed|ing)?)\b/;
// (Not NATURAL: an attack "during the coronavirus pandemic" is still an attack.)
// "fired a ballistic missile into the sea", "test-fired a cruise missile": a weapons test, aimed at no one.
const WEAPONS_TEST = /\b(?:test[- ]?fir(?:ed|es|ing)|(?:missile|rocket|weapons?|nuclear|launch) tests?|test launch(?:es|ed)?|into the (?:sea|ocean|waters)\b|(?:landed|splashed down|fell) (?:\w+ ){0,3}(?:in|into|outside) (?:the |its |japan's )?(?:sea|ocean|waters|exclusive economic zone))/;
const DISASTER = /\b(earthquakes?|quakes?|tremors?|storms?|hurricanes?|cyclones?|typhoons?|tornado(?:e?s)?|floods?|flooding|floodwaters|tsunamis?|wildfires?|lightning|landslides?|volcan\w*|eruptions?|heat ?waves?|blizzards?|avalanches?)\b/;
// "a measles outbreak had killed 1,000 children": a disease or hunger as the subject of the killing.
const ILLNESS_KILLS = /\b(?:outbreaks?|epidemics?|pandemic|disease|virus|cholera|measles|malaria|ebola|meningitis|covid(?:-19)?|famine|hunger|starvation|malnutrition|drought|heat|cold|exposure)\s+(?:(?:that|which)\s+)?(?:(?:has|have|had|is|was)\s+)?(?:already\s+)?$/;
// ("Attacks have become more frequent as bears venture into villages": a trend, told with a comparative too.)
const GENERIC = /\b(?:are|is|remain|remains|have become|has become)\s+(?:(?:very|increasingly|fairly|still|all too|relatively|more|ever more|much more)\s+)?(?:common|frequent|rife|rampant|widespread|routine|commonplace|a (?:regular|common|frequent) occurrence)\b/;
const ACCIDENT = /\b(collided|collision|(?:ammunition|arms|weapons|munitions|fuel) (?:depot|dump|store|storage|warehouse)s? (?:\w+ )?(?:exploded|blew up|caught fire)|fire broke out at (?:an? |the )?(?:ammunition|arms|weapons|munitions) (?:depot|dump|store|warehouse)|(?:canopy|roof|ceiling|balcony|wall|building|bridge|stand|scaffolding|crane) (?:\w+ )?(?:fell|caved in|gave way)|tankers? (?:overturned|crashed|caught fire|fell)|(?:fuel|petrol|gasoline|gas|oil|diesel) tankers? (?:\w+ ){0,5}?(?:on|along) (?:a|the) (?:\w+ )?(?:highway|expressway|motorway|road)|gas cylinders?|crash(?:ed|es)?|derail(?:ed|ment)|capsized|(?:bus|truck|lorry|car|minibus|van|vehicle|train|boat|ferry) (?:\w+ )?(?:plunged|veered|overturned|skidded|rolled over)|plunged (?:into|off|down) (?:a|the) (?:ravine|gorge|river|cliff|canal|valley)|accident(?:al|ally)?|stampede|collapse[ds]?|fire broke out|caught fire|burst into flames|landslide|mudslide|avalanche|(?:explosion|blast|fire)\b[^.;]{0,60}?\b(?:at|through|in) (?:a|the) (?:[\w-]+ ){0,4}?(?:factory|plant|mine|refinery|warehouse|pipeline)|mining disaster|industrial (?:accident|disaster|fire)|(?:gas|methane|firedamp) (?:leak|explosion|blast)|bird ?strikes?|lightning strikes?|after (?:lift-?off|launch)|launch (?:pad|centre|center|site)|minutes into (?:its|the) (?:flight|launch|test flight)|test flight)\b/;
// ("hacking and shooting residents", "hacked to death": blades, not computers.)
const CYBER = /\b(hack(?:ers?|ed|ing)(?!\s+(?:to death|and\s+\w+ing|at\b|with\b|(?:\w+\s+)?(?:residents|people|villagers|civilians|victims|them|him|her|men|women|children|farmers|worshippers)\b))|cyber\S*|ransomware|malware|ddos|phishing|spyware)\b/;
// What makes harm in a disaster's or an accident's sentence an attack after all.
const SIMILE_BEFORE = /\b(?:like|as if|as though|resembl\w+|similar to|sounded like)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?$/;
const WEAPON_KIND_AFTER = /^\s+(?:rifles?|weapons?|guns?|vehicles?|boats?|craft|helicopters?|aircraft|jets?|submarines?|drones?|dogs?|course|teams?|ships?|troops)\b/;
const WORK_BEFORE = /\b(?:film|movie|album|show|series|sequel|musical|play|launch|ipo|product|single|tour|game)\s+(?:[\w-]+\s+)?$/;
const FICTION_FRAME = /\bin (?:the|this|his|her|its|their) (?:film|movie|novel|book|series|show|video game|game|documentary|play|episode)\b|\b(?:film|movie|thriller|documentary|drama|novel|book|play|series|miniseries|opera|musical|biopic|memoir|comedy|sitcom|episode)\s+(?:about|that follows|follows|telling|depicting|based on)\b|\bfollows an?\s+(?:[\w-]+\s+){0,3}(?:reporter|journalist|woman|man|girl|boy|family|soldier|couple|detective|teacher|doctor|nurse|refugee)\b/;
const REGULATOR = /\b(?:regulators?|antitrust|competition (?:authorit\w+|commission|watchdog)|tax (?:authorit\w+|officials|inspectors)|inspectors?|auditors?|customs officials|prosecutors?)\b/;
const ECONOMIC_WAR = /\b(?:price|trade|tariff|currency|bidding|streaming|talent|console|chip|subsidy|fare|ratings) wars?\b/;
const MARKET = /\b(?:shares?|stocks?|prices?|markets?|index|futures|bonds?|yields?|investors?|traders)\b|%|\bpercent\b/;
const MARKET_WORDS = /\b(?:shares?|stocks?|prices?|markets?|index|futures|bonds?|yields?|investors?|plung\w+|tumbl\w+|slump\w+|soar\w+|rall(?:y|ied)|crash\w*|percent|producers?)\b|%/g;
const MARKET_SUBJECT = /\b(?:gold|silver|oil|crude|brent|copper|stocks?|shares?|markets?|bonds?|treasuries|index|indices|dollar|euro|yen|yuan|rupee|currency|currencies|bitcoin|futures|prices?|equities|nasdaq|dow|s&p|ftse|nikkei|dax)\b[^.;]{0,30}$/;
const WEAPON_NAMED = /\b(?:gunm[ae]n|shot|shooting|gunfire|shelling|shells?|artillery|air ?strikes?|bombs?|bombing|rockets?|missiles?|drones?|grenades?|ieds?|explosives?|suicide|weapons|guns?|knives|machetes?|mortars?)\b/;
const CROWD_WORD = /\b(?:crowds?|protest\w*|demonstrat\w*|rioters|mob|rall(?:y|ies)|marchers?|students|supporters|residents|traders|vendors|workers|teachers|fans|worshippers|youths?|people|villagers|activists|gathering)\b/;
const CORPORATE = /\b(?:takeover|bid|bidding|bidders?|shareholders?|merger|acquisition|stake|buyout|board|investors?|producer|market share)\b/;
const SPACE_LAUNCH = /\b(?:lift-?off|launch (?:pad|centre|center|site|vehicle)|into orbit|satellites?|into (?:its|the) (?:flight|launch|test flight)|test flight)\b/;
// "Mourners gathered to remember the victims of the 1988 chemical attack": an old event remembered, dated by its year.
export const ANNIVERSARY_FRAME = /\b(?:mark\w*|commemorat\w*|remember\w*|observ\w*)\s+(?:the\s+)?(?:(?:\d+(?:st|nd|rd|th)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty|(?:twenty|thirty|forty|fifty)-[a-z]+|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|[a-z]+teenth|twentieth|thirtieth|fortieth|fiftieth|(?:twenty|thirty|forty|fifty)-[a-z]+(?:th|st|nd|rd))\s+)?(?:anniversary|years?\s+since|decades?\s+since)\b/;
const COMMEMORATED_BEFORE = /\b(?:remember\w*|honou?r\w*|mourn\w*|pa(?:y|id|ying|ys) (?:tribute|homage|respects?) to|in memory of)\s+(?:the\s+)?(?:victims|dead|fallen|those (?:killed|who died))\s+(?:of|in)\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}?(?:19|20)\d\d\s+(?:[\w'-]+\s+){0,3}$/;
// (Only the -ing forms: "a well-planned attack" was carried out.)
const PREPARED_FOR_BEFORE = /\b(?:scouting|planning|plotting|preparing|reconnoit(?:r|er)ing|casing|surveilling|gathering intelligence)\s+(?:(?:[\w'-]+\s+){0,4}?(?:for|ahead of)\s+)?(?:an?\s+|the\s+|further\s+|more\s+|new\s+)?(?:[\w-]+\s+)?$/;
const ACCUSED_OF_BEFORE = /\b(?:accus\w+|blam\w+|charg\w+)\s+(?:[\w'-]+\s+){1,5}?(?:of|for)\s+(?:\w+ly\s+)?$/;
const DATED = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|last (?:night|week|month)|january|february|march|april|june|july|august|september|october|november|december|\d{1,2} may|may \d{1,2})\b/;
const RETOLD_BEFORE = /\b(?:revisit\w*|recount\w*|retell\w*|retold|relive\w*|re-?enact\w*|commemorat\w*|memoriali[sz]\w*|(?:mark\w*|on) the (?:\w+ )?anniversary of|mark\w* (?:one|two|three|four|five|six|seven|eight|nine|ten|\d+|a|the first|the second) (?:\w+ )?(?:years?|months?|decades?) since|lectures? (?:on|about)|books? (?:on|about)|histor(?:y|ies) of)\s+(?:the\s+)?(?:[\w'-]+,?\s+){0,8}$/;
const COUNTED_DEAD = /\b\d+\s+(?:[\w-]+\s+)?(?:people|persons|civilians|soldiers|troops|children|men|women|residents|villagers)\b/;
const ELECTORAL = /\b(?:candidates?|debates?|voters|polls?|elections?|electoral|campaign(?:ing)?|primar(?:y|ies)|ballots?|running mate|nominee|incumbent|challenger|televised|town hall)\b/;
const HARM_TO_PEOPLE = /\b(?:people|civilians?|persons?|dead|bodies|soldiers|troops|residents|villagers|children|women)\b/;
const HEALTH = /\b(?:ebola|cholera|measles|malaria|polio|tuberculosis|hiv|aids|covid\S*|coronavirus|outbreaks?|epidemics?|pandemic|vaccin\w*|immuni[sz]\w*|world health|who representative|who's representative|world health organi[sz]ation|health (?:workers?|officials?|ministry|authorit\w+)|infections?)\b/;
const RISK_OF = /\b(?:risks?|dangers?|possibility|likelihood|chances?|fears?|threat|prevent(?:ing)?|avoid(?:ing)?)\s+(?:of\s+)?(?:an?\s+|the\s+|further\s+|more\s+|new\s+|possible\s+)?(?:[\w-]+\s+)?$/;
// A perfect before the trigger ("have been killed", "has repeatedly targeted"), or a series ("stepped up attacks").
// ("families who have not been allowed to visit since the prison riot end of March held a protest": the riot is what the
// wait is counted from, not what the crowd did.)
const SINCE_EARLIER = /\bsince (?:the|a|an|last \w+'s) (?:[\w-]+ ){0,2}?(?:riots?|unrest|clash(?:es)?|violence|attacks?|protests?)\b/g;
const PERFECT_BEFORE = /\b(?:has|have|had)\s+(?:(?:been|repeatedly|reportedly|already|also|now|allegedly|so far|since)\s+){0,2}$/;
const YEAR_TOTAL = /\b(?:in|during|throughout) (?:19|20)\d\d\b(?!-)|\b(?:last|this|the past|the previous) year\b|\bso far (?:this|in) \w+\b/;
const BIG_COUNT = /\b(?:\d{1,3},\d{3}|\d{4,}|[1-9]\d{2})\s+(?:[\w-]+\s+){0,2}?(?:people|persons|civilians|deaths|killed|dead|victims)\b/;
const MASS_CAUSE = /\b(?:in|by|from|during)\s+(?:[\w-]+\s+){0,2}?(?:violence|attacks|clashes|fighting|conflicts?|killings|raids|strikes|bombings|massacres)\b/;
const PAST_WAR = /\b(?:first|second) world war\b|\bworld war (?:one|two|i|ii|1|2)\b|\bgreat patriotic war\b/;
const SEIZED_CONTENTS_BEFORE = /\b(?:caches?|stockpiles?|arms dumps?|depots?|seized|recovered|confiscated|found|discovered|uncovered|unearthed)\b[^.;]{0,120}\b(?:containing|including|consisting of|comprising|with)\s+(?:[\w-]+\s+){0,3}$/;
const CIVILIAN_TRAVEL_AFTER = /^\s+(?:a|an|the|two|three|several)\s+(?!(?:[\w-]+\s+){0,2}?(?:military|army|police|security|patrol|troops?|soldiers'?|government|official|armou?red)\b)(?:[\w-]+\s+){0,2}?(?:minibus(?:es)?|bus(?:es)?|cars?|taxis?|trucks?|lorries|lorry|vehicles?|convoy of (?:traders|civilians|passengers|trucks|lorries)|passengers|travell?ers|villagers|farmers|traders|worshippers|civilians|wedding party|funeral procession)\b/;
const STRUCK_THING_AFTER = /^\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:casing|pipe|pipeline|rock|reef|iceberg|tree|pole|kerb|curb|cable|water main|sandbar|seabed|bedrock)s?\b/;
const OLD_ORDNANCE = /\b(?:wwi|wwii|ww1|ww2|wartime|war-era|(?:19[0-8]\d|the \d0s)-era)\b|\b(?:bomb|shell|mine|ordnance|munition)s?\s+(?:[\w-]+\s+){0,3}?(?:from|left (?:over )?(?:from|by)|dating (?:back )?(?:from|to))\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:war|19[0-8]\d)\b/;
const REPORTED_PLUPERFECT = /\b(?:said|says|told|announced|reported|confirmed|claimed)\b[^.;]{0,80}\bhad\s+(?:(?:been|also|now|finally)\s+)?$/;
const FREQUENCY_BEFORE = /\b(?:near-daily|near-constant|almost daily|daily|nightly|weekly|regular|repeated|frequent|constant|incessant|relentless|continuous|sporadic|periodic)\s+(?:[\w-]+\s+)?$/;
const BACKDROP_AFTER = /^\s+(?:[\w'-]+\s+){0,8}?(?:raised|raises|raising|fuell?ed|fuels|stoked|stokes|sparked|sparks|threaten(?:s|ed)|continued|continues|raged|rages|intensified|intensifies|escalated|escalates|spread|spreads|grew|grows|mounted|mounts|displaced|displaces|forced)\b/;
const SERIES = /\b(?:has|have|had)\s+(?:repeatedly|regularly|frequently|increasingly|stepped up|intensified|escalated|ramped up)\b/;
const MONTH_NAMES = 'january|february|march|april|may|june|july|august|september|october|november|december';
// A span of months or years (not "since Friday": a few days is one episode ACLED still codes).
const WHOSE_KIN_BEFORE = /\bwhose\s+(?:[\w-]+\s+){0,2}?(?:brother|sister|son|daughter|husband|wife|father|mother|relatives?|family members?|friends?|cousin|nephew|niece|child|children|parents?|uncle|aunt|grandson|granddaughter)\b[^.;]{0,80}?\b(?:was|were|had been|has been)\s+(?:\w+ly\s+)?$/;
const PAST_HABIT = /\b(?:have|has)\s+(?:also\s+|previously\s+|repeatedly\s+|often\s+)?(?:occurred|taken place|happened|broken out|erupted|flared)\b[^.;]*\bin the past\b(?!\s+(?:\d|few|several|two|three|four|week|month|year|day|hour|decade))/;
const DAYS_TOLD = new RegExp(String.raw`\b(?:on|between|from)\s+(?:the\s+(?:night|morning|evening)\s+of\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s*(?:and|to|-|\u2013)\s*)?\d{1,2}(?:st|nd|rd|th)?\s+(?:${MONTH_NAMES})\b|\b(?:on|late on|early on)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\b(?:${MONTH_NAMES})\s+\d{1,2}\b`);
const LONG_SPAN = new RegExp(String.raw`\bsince (?:(?:early|late|mid-?|the end of|the start of)\s*)?(?:(?:${MONTH_NAMES})\b|\d{4}\b|the (?:start|beginning|outbreak)|(?:the|its|their) (?:war|conflict|insurgency|uprising|coup|invasion|fighting|infighting|violence|unrest|hostilities|crisis|revolution)\b|(?:(?:the|its|their) )?[\w-]+ (?:began|started|erupted|broke out))|\bin the (?:first|second|latter) half of\b|\b(?:so far )?this year\b|\bover the (?:past|last) (?:\w+ )?(?:years?|months|decades?)\b|\bin recent (?:years|months)\b|\brepeatedly\b|\bthis month\b`);
// ("a year" only as a rate: "hundreds of people a year"; not "a year-long conflict" or "a year ago".)
const HABITUAL = /\b(?:every|each) (?:year|month|week)\b|\bannually\b|\bper year\b|\b(?:people|deaths|lives|killings|attacks|times|victims) a year\b/;
const MULTITUDE = /\b(?:thousands|tens of thousands|hundreds of thousands|millions)\b/;
const HUGE_TOLL = /^\W*(?:\w+\s+){0,2}(?:tens of thousands|hundreds of thousands|millions)\b/;
// "Attacks on aid workers are unacceptable and must stop": a judgement of a kind of act.
const JUDGED_AFTER = /^[^.;]{0,60}?\b(?:are|were|is|was|remain)\s+["'\u201c]?(?:unacceptable|unjustifiable|illegal|a violation|a war crime|war crimes|condemnable|deplorable|intolerable|abhorrent|heinous|cowardly|barbaric|a crime)\b|^[^.;]{0,60}?\bmust (?:stop|end|cease)\b/;
// (Whose crowd may come between: "thousands of supporters of presidential candidate Venancio Mondlane marched".)
const PROTEST_CROWD_BEFORE = /\b(?:protesters|demonstrators|activists|students|workers|supporters|women|thousands|hundreds|residents|people|crowds?|marchers|teachers|doctors|nurses|farmers|opposition|citizens|villagers|youths?|staff|employees|retirees|pensioners|lawyers|journalists|traders|vendors|truckers|miners|unionists|civil servants)\s+(?:of\s+(?!(?:the\s+)?(?:troops|soldiers|fighters|militants|rebels|police|armed|security)\b)(?:[\w'.-]+\s+){1,6}?)?(?:\w+\s+)?$/;
const MARCH_NOUN_BEFORE = /(?:\b(?:a|the|their|his|her|its|our|this|that|peaceful|silent|protest|pride|street|mass|long|held|staged|organi[sz]ed|led|joined|night|torchlight|candlelight|candle-lit|solidarity|women's|funeral|victory)|['\u2019\u201d"])\s+$/;
const ARMED_SUBJECT = /\b(?:gunm[ae]n|militants?|rebels?|fighters|soldiers|troops|bandits|insurgents?|separatists?|attackers?|assailants?|jihadists?|terrorists?)\b/;
const DIPLOMATIC = /\b(?:ambassadors?|envoys?|embass(?:y|ies)|charg[eé]|diplomats?|summoned|recalled)\b/;
const INSTITUTION_BEFORE = /\b(?:resolution|council|court|government|ministry|statement|letter|law|bill|decree|motion|order|ruling|report|declaration|communiqu[eé])\b[^.;]{0,40}$/;
// "used drones to", "using grenades to", "went on to", "managed to": an infinitive told as done.
const DONE_WITH = /\b(?:(?:used|using|employed|deployed)\s+(?:[\w'-]+\s+){1,4}|(?:managed|went on|proceeded|continued|resumed)\s+)to\s+$/;
// ("to end revenge attacks and cattle raids": the purpose covers every act it lists.)
const PURPOSE_BEFORE = /\bto (?:end|stop|prevent|halt|curb|avoid|deter|resolve|ease|defuse|reduce|contain|quell|investigate|probe)\s+(?:(?:the|a|an|all|further|renewed|recent|future|several|days|weeks|of)\s+|[\w-]+,?\s+){0,3}(?:(?:and|or)\s+(?:[\w-]+\s+){0,2})?$/;
const WITHOUT_BEFORE = /\bwithout\s+(?:any\s+)?(?:[\w-]+\s+)?$/;
const DENIED_THAT = /\bden(?:ied|ies|y|ying)\s+(?:(?:reports|claims|allegations)\s+)?that\b/;
const ARMED_CAUSE = /\b(gunm[ae]n|militants?|rebels?|insurgents?|troops|soldiers|forces|police|shot|shelling|shells?|air ?strikes?|bombs?|bombing|rockets?|missiles?|drones?|grenades?|ied|explosives?|suicide|attackers?|assailants?|militia\w*|army|mob|sticks|knives|machetes?|rods|weapons|beat(?:en)?|stabbed|hacked to death)\b/;
// ("activists of the Chhatra League attacked protesters with sticks": a league's name is no game.)
const REAL_VIOLENCE = /\b(killed|wounded|injured|dead|troops|soldiers|militants?|police|rockets?|missiles?|gunmen|protesters|demonstrators|sticks|rods|machetes|knives|bullets|weapons|grenades?|explosives?|ieds?|air ?strikes?|airstrikes?|artillery|shelling|gunfire|civilians|villagers)\b/;
const UNKNOWN_WEAPONS = /\bunknown weapons\b/;
const SUICIDE_MEANS = /bomb|blew|explosive|vest|attack/;
// ("attacked by presumed members of the CJNG with rifles and an explosive-laden drone": the same with guns.)
// ("ISWAP fighters attacked an army base with gun trucks and drones", "stormed a base, backed by drones": drones beside a
// force on the ground are its support; the fight is on the ground.)
const GROUND_ASSAULT = /\b(?:gun ?trucks?|technicals|rifles|firearms|small arms|(?:on |with )motorcycles|(?:on |with )motorbikes|pick-?up trucks|armou?red vehicles|on foot|infantry|ground (?:assault|offensive|attack|forces|troops))\b[^.;]{0,30}\bdrones?\b|\bdrones?\b[^.;]{0,30}\b(?:gun ?trucks?|technicals|motorcycles|motorbikes|pick-?up trucks|armou?red vehicles|infantry)\b|\b(?:backed|supported|covered|assisted) by (?:armed |attack |kamikaze |suicide )?drones?\b|\bwith (?:the )?(?:support|cover) of (?:armed |attack |kamikaze )?drones?\b|\bwith drone (?:support|cover)\b/;
// ("The KNCHR reported 3 protesters shot dead": a count of the crowd and a bare participle, a passive.)
const COUNTED_CROWD_BEFORE = /\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|dozens of)\s+(?:[\w-]+\s+)?(?:protesters|protestors|demonstrators|marchers)\s+$/;
const DRONE_PAYLOAD = /\bexplosives?-(?:laden|packed|rigged|carrying)\s+(?:[\w-]+\s+)?drones?\b|\bdrones?\s+(?:laden|packed|loaded|rigged|armed)\s+with\s+explosives\b/;
const DRONE_PAYLOAD_ALL = new RegExp(DRONE_PAYLOAD.source, 'g');
const GROUND_WORD = /^(?:stormed|overran|overrun|raided|besieged|infiltrated)\b/;
const AIR_DEFENCE = /\b(shot down|intercepted|anti-?drone)\b/;
const GRENADE_IDENTIFIED = /\b(?:identified|confirmed|determined|described)\s+(?:[\w-]+\s+){0,4}?as\s+an?\s+(?:[\w-]+\s+)?grenade\b|\b(?:turned out to be|was found to be|proved to be)\s+an?\s+(?:[\w-]+\s+)?grenade\b/;
const GRENADE_THROWN = /\b(threw|thrown|lobbed|hurled|tossed|grenade attack|grenade (?:exploded|went off|detonated|was thrown|hit|killed|wounded|injured))\b/;
const FRONTLINE_FIRE = /\b(projectiles|shelling|weapons|frontline|front line|artillery)\b/;
const CHEMICAL = /\bchemical\b/;
// The payload decides, not the carrier: "rockets loaded with chlorine gas" are a chemical attack.
// ("dropped munitions containing a chemical irritant", "drones dropped CS gas grenades on positions": riot agents used as
// weapons of war.)
const SEIZED_THEN_KILLED = /^[^.;]{0,120}?\b(?:and|then|before)\s+(?:[\w-]+\s+){0,2}?(?:beat|hacked|stoned|burned|burnt|lynched|killed|executed|shot|stabbed|clubbed)\s+(?:them|him|her)\s+(?:to death|dead)\b|^[^.;]{0,120}?\b(?:and|then|before)\s+(?:[\w-]+\s+){0,2}?(?:killed|executed|lynched|shot dead)\s+(?:them|him|her)\b/;
const CHEMICAL_PAYLOAD = /\b(?:dropp\w+|fir(?:ed|ing)|launch\w+|containing|loaded with|filled with|releas\w+|carrying|spray\w*|used)\s+(?:[\w-]+\s+){0,4}?(?:chemical (?:weapons?|munitions?|agents?|irritants?|substances?)|chlorine|sarin|mustard gas|chloropicrin|nerve agents?|toxic gas|toxic chemicals?|toxic substances?|poison(?:ous)? gas|irritant (?:gas|agents?)|cs (?:gas|grenades?|munitions?)|riot[- ]control (?:chemicals?|agents?|gas))\b/;
const CHEMICAL_AGENT = /\b(?:chemical (?:weapons?|munitions?|agents?|irritants?|substances?)|chlorine|sarin|mustard gas|chloropicrin|nerve agents?|toxic gas|toxic chemicals?|toxic substances?|poison(?:ous)? gas|irritant (?:gas|agents?)|(?:dropped|drones?)\b[^.;]{0,40}\bcs (?:gas|grenades?|munitions?))\b/;
// ("Police found an explosive device near the municipal building": a device found, not one that went off.)
const STOPPED_BEFORE_DETONATING = /\bbefore (?:she|he|they|it) (?:could|was able to|were able to|had time to|managed to) (?:detonate|blow|set off|explode|trigger|go off)\b/;
const DEFUSED = /\b(defus\w*|dismantl\w*|(?:found|discovered|located|uncovered|seized|recovered)\s+(?:an?|the|\d+|two|three|several)\s+(?:[\w-]+\s+){0,2}?(?:explosive devices?|bombs?|ieds?|landmines?|mines?|grenades?|explosives|device)(?!\s+(?:that|which)\s+(?:exploded|detonated|went off|killed))|(?:cleared|removed) (?:\S+ ){0,6}?(?:mines|landmines|explosives|ordnance|devices|ieds?|bombs)|(?:was|were) (?:found|discovered)|before (?:it|they) (?:exploded|detonated|went off)|safely|neutrali[sz]ed)\b/;
// A force struck at ("strikes on the military") or only speaking ("the army said") is not the striker.
const STRUCK_FORCE = /\b(?:on|against|at|targeting)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+)?(?:military|army|navy|forces|coalition|troops)\b|\b(?:military|army|navy|forces|pentagon)\s+(?:said|says|told|announced|reported|confirmed|statement)\b/g;
const MILITARY_STRIKER = /\b(?:military|forces|pentagon|army|navy|coalition|ordered|authori[sz]ed|warplanes?|jets?)\b|\bu\.s\./;
// ("beat them to death, then set their bodies on fire": the dead burned, no property.)
const PEOPLE_BURNED = /\bset (?:on )?fire (?:to )?(?:[\w-]+ ){0,2}?(?:men|women|people|persons|suspects|man|woman|boys?|girls?|thie(?:f|ves)|robbers|youths|bod(?:y|ies)|corpses?)\b|\bset (?:[\w-]+ ){0,2}?(?:bod(?:y|ies)|corpses?) (?:on fire|ablaze)\b|\bburn(?:ed|t) (?:\w+ ){0,3}?alive\b/;
// ("set houses on fire": what was burned may stand between.)
const DAMAGE_WORD = /\b(loot|set(?:ting|s)? (?:on )?fire|set (?:[\w-]+ ){1,3}?(?:on fire|ablaze)|arson|torched|burn|vandali|smashed|destroy)/;

/**
 * A sentence usually holds several triggers, and refining each asks the same
 * questions of the whole sentence (sports? labour? which weapon?): the answers
 * for the text last asked about are kept, per expression (none of them global).
 */
let memoText = '';
let memo = new Map<RegExp, boolean>();
// "…, police said": who reports an event did not cause it; "the police's border system": an owner is no cause either.
// ("police and health officials said": the tellers may be listed.)
// ("…, a district police official said": who told it, with their office.)
const ATTRIBUTION = /\b(?:(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:police|army|military|security)\s+(?:officials?|officers?|spokes(?:man|woman|person)|sources?|chiefs?|commanders?|superintendents?)\s+(?:said|say|says|told|reported|added)|(?:the\s+)?(?:police|army|military|troops|soldiers|forces|security forces|officials?|militants?)(?:\s+and\s+(?:[\w-]+\s+){0,2}(?:officials?|authorities|sources|officers|witnesses|residents))?\s+(?:said|say|says|told|reported|added)|according to (?:the\s+)?(?:police|army|military|security forces|militants?))\b|\b[\w-]+'s\b/g;

/** Does the sentence name a weapon or an armed actor (beyond who reports it)? */
function armedCause(lower: string): boolean {
	// Tested directly: has() memoises one text at a time, and a rewritten text would evict the sentence's memo.
	// ("The blast, which witnesses said sounded "like a bomb"": a likeness names no weapon.)
	return ARMED_CAUSE.test(lower.replace(ATTRIBUTION, ' ').replace(LIKENESS, ' '));
}
const LIKENESS = /\b(?:sounded|looked|felt|seemed)\s+(?:just\s+)?["'\u201c\u2018]?like\s+(?:an?\s+)?(?:bomb|explosion|war zone|warzone|battlefield|gunfire|gunshots?)\b/g;

/** Harm to people is told once the phrases that deny it ("no casualties") are set aside. */
// People as what an attack was aimed at: "(opened fire) on concert-goers", "(attacked) worshippers at a church".
const PEOPLE_ATTACKED_AFTER = /^\s+(?:(?:on|at|upon|into)\s+)?(?:(?:a|the)\s+)?(?:(?:crowds?|group)\s+of\s+)?(?:[\w-]+\s+)?(?:worshippers|worshipers|congregants|parishioners|concert-?goers|[a-z]+-goers|civilians|residents|villagers|passengers|people|crowds?|students|pupils|farmers|traders|mourners|families|women|children|guests|shoppers|customers|fans|pilgrims|travell?ers|commuters|fishermen|herders|miners|displaced people|refugees|patients|teachers)\b/;

function harmTold(lower: string): boolean {
	return HARM.test(lower.replace(NO_HARM, ' '));
}

function has(re: RegExp, text: string): boolean {
	if (text !== memoText) {
		memoText = text;
		memo = new Map();
	}
	let v = memo.get(re);
	if (v === undefined) {
		v = re.test(text);
		memo.set(re, v);
	}
	return v;
}

const isSpace = (c: string) => /\s/.test(c);
const CLOSERS = new Set(['"', "'", ')']);

/** Ends with a question mark, closing quotes and brackets aside: /\?\s*["')]*\s*$/ read from the end, without trying every position. */
function isQuestion(s: string): boolean {
	let i = s.length - 1;
	while (i >= 0 && isSpace(s[i])) i--;
	while (i >= 0 && CLOSERS.has(s[i])) i--;
	while (i >= 0 && isSpace(s[i])) i--;
	return i >= 0 && s[i] === '?';
}

/** The clause the words before a trigger end in (statements, the commonest triggers, never ask). */
function clauseEnding(before: string): string {
	return before.split(/[;:]|,\s+(?:but|while|and|after|before|as)\b/).pop() ?? before;
}

// A definite attack noun as the subject of "damaged" (or the agent of "was damaged in/by"), refers back to a reported event.
const TOLD_EVENT = String.raw`(?:the|this|that|these|those|its|their|monday's|tuesday's|wednesday's|thursday's|friday's|saturday's|sunday's|(?:yester|to)day's|overnight)\s+(?:[\w'-]+\s+){0,2}(?:attacks?|strikes?|air ?strikes?|blasts?|explosions?|bombings?|shelling|barrage|raids?|missiles?|rockets?|drones?|shells?|assault|fighting|clashes|fire)`;
const DAMAGE_BY_TOLD_EVENT_BEFORE = new RegExp(String.raw`\b${TOLD_EVENT}\s+(?:(?:also|badly|severely|partly|partially|heavily|reportedly|had|has|have)\s+){0,2}$`);
const DAMAGE_BY_TOLD_EVENT_AFTER = new RegExp(String.raw`^\s+(?:[\w-]+\s+)?(?:in|by|during)\s+${TOLD_EVENT}\b`);

/** "an Israeli ", "the U.S. ": a state's adjective right before the word. */
function stateAdjectiveBefore(before: string): boolean {
	const m = /\b(?:an?|the|its|their)\s+(?:(?:new|fresh|latest|deadly|retaliatory|overnight|apparent|suspected)\s+)?([\w.-]+)\s+$/.exec(before);
	return !!m && (m[1] === 'u.s.' || m[1] === 'us' || !!countryByDemonym(m[1]));
}

const SANCTION_RELIEF = /\b(?:eas(?:ed|es|ing)|lift(?:ed|s|ing)?|relax(?:ed|es|ing)|remov(?:ed|es|ing)|waiv(?:ed|es|ing)|roll(?:ed|s|ing)? back|unfr(?:oze|eezes|eezing))\s+(?:[\w'-]+\s+){0,3}$/;

/** "at least 12 people were killed": the people before a passive verb suffered it, they are no crowd that fought. */
const PASSIVE_BEFORE = /\b(?:is|are|was|were|been|being)\s+(?:\w+\s+)?$/;

const AGREEMENT_ENDED = /\b(?:suspend(?:ed|s|ing)?|end(?:ed|s|ing)|scrap(?:ped|s|ping)?|abandon(?:ed|s|ing)?|qu(?:it|its|itting)|withdr(?:ew|aw|awn|awing) from|pull(?:ed|s|ing)? out of|exit(?:ed|s|ing)?|tore up|terminat(?:ed|es|ing)|revok(?:ed|es|ing)|cancel(?:l?ed|s|ling)?)\s+(?:(?:the|a|an|its|their|his|her)\s+)?(?:[\w-]+\s+){0,3}$/;
const AGREEMENT_BROKEN = /\b(?:violat(?:ed|es|ing|ion of)|breach(?:ed|es|ing)?|broke|break(?:s|ing)?)\s+(?:(?:the|a|an|its|their)\s+)?(?:[\w-]+\s+){0,2}$/;

const SPORTS_ALL = new RegExp(SPORTS.source, 'g');

/** How many sports words a sentence has, up to three: with two or more, "killed on the counter-attack" is a game's. */
function sportsWords(lower: string): number {
	let n = 0;
	for (const _ of lower.matchAll(SPORTS_ALL)) if (++n >= 3) break;
	return n;
}

// Words of a review of a film, a series, a game or a book.
const FICTION_WORDS = /\b(?:films?|movies?|director|directed|screenplay|scenes|performances?|cinematograph\w*|filmmak\w+|screenwriters?|soundtrack|cinemas?|box office|premiere[sd]?|sequel|trailer|novel|episodes?|actors?|actress|starring|protagonist|plot|gameplay|multiplayer|single-player|video games?|games?|gamers?|studios?|developers?|consoles?|playstation|xbox|nintendo|reviewers?|critics|audiences?|viewers|on screen|screen|books?|authors?|writers?|novelists?|chapters?|pages|readers|narrat\w+|prose|memoirs?|series|seasons?|streaming|showrunners?|dramas?|netflix|hbo)\b/g;

/** How many different words of `re` (a global pattern) the text holds, counting up to `limit`. */
function distinctMatches(lower: string, re: RegExp, limit: number): number {
	const seen = new Set<string>();
	for (const m of lower.matchAll(re)) {
		seen.add(m[0]);
		if (seen.size >= limit) break;
	}
	return seen.size;
}

const AIR_CRASH = /\b(?:helicopters?|planes?|aircraft|airliners?|jets?|choppers?|transport planes?)\s+(?:\w+\s+){0,2}?(?:crashed|crash-landed|went down)\b|\b(?:helicopter|plane|air) crash(?:es)?\b/;

/** "Police did not intervene", "without intervention": what the police did not do. */
// ("The protest dispersed peacefully in the evening": a crowd that went home of itself was not dispersed.)
const NO_INTERVENTION = /\b(?:did not|didn't|does not|no|without|never|not)\s+(?:\w+\s+)?(?:interven\w*|disperse\w*|make any arrests|arrest anyone)\b|\bdispersed\s+(?:peacefully|calmly|quietly|without (?:incident|violence)|of (?:its|their) own accord|on (?:its|their) own)\b/;
/** "His whereabouts remain unknown": a detention that makes someone disappear. */
// ("… detained by an Air Force patrol … and have not been seen since", "were never seen again": held out of sight.)
export const WHEREABOUTS_UNKNOWN = /\bwhereabouts\s+(?:remain|remains|remained|are|is|were|was|still|have\s+remained|had\s+remained)\s+(?:still\s+)?unknown\b|\b(?:has|have|had)\s+not\s+been\s+seen\s+(?:or\s+heard\s+from\s+)?(?:since|again)\b|\b(?:was|were)\s+never\s+seen\s+again\b/;

/** What the whole article tells that bears on each trigger: a cyberattack makes later bare "attacks" intrusions, an accident later casualties its own. */
export interface StoryContext {
	cyber: boolean;
	/** A match or a game is told (four words of sport or more): its attacks, shots and kills are play, where no real violence is named. */
	sport?: boolean;
	/** Workers are on strike: a later "the strike" is theirs. */
	labour?: boolean;
	/** The story tells of an accident or a disaster: its later injuries and deaths are that, unless a weapon is named. */
	accident: boolean;
	/** The story tells a military exercise (three words of drills or more): its assaults and fire are rehearsed. */
	drill?: boolean;
	/** A walkout is announced, still to come ("will strike for 24 hours later this month"): "the strike" later is that one. */
	strikeAnnounced?: boolean;
	/** A film, a game or a book is reviewed (four words of such work or more): the violence is on the screen or the page. */
	fiction?: boolean;
	/** Markets are told (four market words or more): "got shot", "a bloodbath" are trading. */
	market?: boolean;
	/** Wild animals attack or kill people ("An elephant attacked and killed two people"): the story's harm is theirs. */
	wildlife?: boolean;
}

/** The story context of a whole (lower-cased) text. */
/**
 * Each flag is read from the whole story the first time a trigger asks for it, then kept: most stories' triggers ask
 * for few of them (a business story's statements ask for none), and each is a scan of the whole story.
 */
class LazyStoryContext implements StoryContext {
	#lower: string;
	#memo = new Map<string, boolean>();
	constructor(lower: string) {
		this.#lower = lower;
	}
	#flag(name: string, read: (lower: string) => boolean): boolean {
		let v = this.#memo.get(name);
		if (v === undefined) this.#memo.set(name, (v = read(this.#lower)));
		return v;
	}
	get cyber() {
		return this.#flag('cyber', (l) => CYBER.test(l));
	}
	get accident() {
		return this.#flag('accident', (l) => ACCIDENT.test(l) || DISASTER.test(l));
	}
	get sport() {
		return this.#flag('sport', (l) => distinctMatches(l, SPORTS_ALL, 4) >= 4);
	}
	get labour() {
		return this.#flag('labour', (l) => LABOUR_STRIKE.test(l));
	}
	// (Each expression's words searched for first: most stories hold none.)
	get strikeAnnounced() {
		return this.#flag('strikeAnnounced', (l) => (l.includes('strike') || l.includes('walkout')) && STRIKE_ANNOUNCED.test(l));
	}
	get drill() {
		return this.#flag('drill', (l) => DRILL_CUES.some((w) => l.includes(w)) && distinctMatches(l, DRILL_WORDS, 3) >= 3);
	}
	get fiction() {
		return this.#flag('fiction', (l) => distinctMatches(l, FICTION_WORDS, 4) >= 4);
	}
	get market() {
		return this.#flag('market', (l) => distinctMatches(l, MARKET_WORDS, 4) >= 4);
	}
	get wildlife() {
		return this.#flag('wildlife', (l) => ANIMAL_HARM.test(l));
	}
	toJSON() {
		return { cyber: this.cyber, accident: this.accident, sport: this.sport, labour: this.labour, strikeAnnounced: this.strikeAnnounced, drill: this.drill, fiction: this.fiction, market: this.market, wildlife: this.wildlife };
	}
}

export function storyContext(lower: string): StoryContext {
	return new LazyStoryContext(lower);
}

/** A trigger in its sentence: the words around it, read once for every stage of `refine`. */
interface Reading {
	hit: TriggerHit;
	lower: string;
	offset: number;
	at: number;
	before: string;
	after: string;
	clauseBefore: string;
	strikeWord: boolean;
	story?: StoryContext;
	hedged: boolean;
}

/**
 * The trigger's type in its sentence, or why it is no event: look-alikes and irrealis first, in this order, then the
 * sub-type the weapon and the participants decide.
 */
export function refine(hit: TriggerHit, lower: string, offset: number, story?: StoryContext): Refined {
	const at = hit.start - offset;
	const before = lower.slice(Math.max(0, at - 80), at);
	const r: Reading = {
		hit,
		lower,
		offset,
		at,
		before,
		after: lower.slice(hit.end - offset, hit.end - offset + 80),
		clauseBefore: clauseEnding(before),
		strikeWord: /^(strikes?|struck)$/.test(hit.word),
		story,
		hedged: has(HEDGE, lower)
	};
	// "the bandits agreed to release abducted residents": those taken before, named by it; no abduction told.
	if (/^(?:abducted|kidnapped)$/.test(hit.word) && /\b(?:release|releasing|released|free|freeing|freed|return|returning|returned|rescue|rescuing|rescued|reunite\w*|search(?:ing)? for)\s+(?:the\s+|all\s+|\d+\s+|some\s+)?$/.test(before)) return { type: hit.type, drop: 'retold' };
	return notAnEvent(r) ?? wordsOnly(r) ?? agreementLookAlike(r) ?? crowdControl(r) ?? violenceLookAlike(r) ?? labourOrNature(r) ?? protestLookAlike(r) ?? aggregate(r) ?? irrealis(r) ?? subType(r);
}

const CHARACTERISED_AS = /\b(?:described|called|termed|branded|labell?ed|likened|condemned|denounced|decried|characteri[sz]ed|dubbed|calling|describing)\s+(?:it|this|that|them|the\s+\w+|his\s+\w+|her\s+\w+|their\s+\w+)\s+as\s+["'\u201c]?(?:an?\s+|the\s+)?(?:[\w-]+\s+)?$/;
const RULED_ON = /\b(?:bann?(?:ed|ing|s)?|prohibit\w*|outlaw\w*|forb(?:id|ade|idden|ids)|permits? for|authori[sz]ation for|allow(?:ed|s|ing)?(?: no)?)\s+(?:all\s+|any\s+|public\s+|street\s+|political\s+|such\s+){0,2}$/;
const BASE_FORM_ACT = /^(?:arrest|attack|kill|strike|bomb|shell|capture|seize|detain|abduct|kidnap|loot|storm|raid|assassinate|execute|invade|retake|recapture)$/;
/** Questions, fiction, kinds of events in general, the topic of a protest. */
const BLAMED_FOR_MANY_BEFORE = /\b(?:blamed|held responsible|responsible|accused|suspected|known|notorious)\s+(?:[\w'-]+\s+){0,3}?(?:for|of)\s+(?:a\s+(?:series|string|spate|wave|number)\s+of\s+|several\s+|numerous\s+|many\s+|dozens of\s+|scores of\s+|hundreds of\s+|multiple\s+|past\s+|previous\s+|earlier\s+)(?:[\w-]+\s+){0,2}$/;
const INQUIRY_INTO_BEFORE = /\b(?:investigations?|inquir(?:y|ies)|enquir(?:y|ies)|probes?|inquests?|reports?|hearings?|trials?|commissions?)\s+(?:into|on|of|over)\s+(?:the|this|that|these|those|last\s+\w+'s|(?:19|20)\d\d)\s+(?:[\w'-]+\s+){0,2}$/;
const CARRIED_BEFORE = /\b(?:fl(?:y|ying|ew|own)|evacuat\w*|airlift\w*|carr(?:y|ies|ied|ying)|transport\w*|tak(?:e|es|ing)|took|rush(?:ed|ing)?|ferr(?:y|ied|ying)|treat(?:ed|ing)?|tend(?:ed|ing)|car(?:ed|ing) for|visit(?:ed|ing)|rescu(?:ed|ing))\s+(?:the\s+|some\s+|dozens of\s+|\d+\s+)?$/;
const SENTENCED_FOR_BEFORE = /\b(?:convicted|sentenced|jailed|acquitted|found guilty|imprisoned|indicted|tried(?!\s+to\b))\b[^.;]{0,60}\b(?:for|of|over|in connection with)\s+(?:(?:the|a|an|their|his|her|its)\s+)?(?:[\w-]+\s+){0,3}$/;
const CHARGE_BEFORE = /\b(?:convicted|charged|accused|sentenced|jailed|indicted|acquitted|found guilty|found (?:[\w'-]+\s+){1,3}?guilty|tried|prosecuted|cleared)\s+(?:[\w'-]+\s+){0,4}?(?:of|for|with)\s+(?:(?:attempted|aggravated|premeditated|first-degree|second-degree|sexual|armed|terrorism|conspiracy to commit)\s+)?(?:[a-z]+\s+(?:and|or)\s+(?:attempted\s+)?)?$/;
// (A substring test first: most triggers have no arrest before them.)
const ARREST_WORD = /arrest|detain|apprehend|nabbed|held|charged|questioned/;
const ARREST_REASON_BEFORE = /\b(?:arrested|detained|apprehended|nabbed|held|charged|questioned)\s+(?:[\w'-]+\s+){0,5}?(?:for|over|in connection with|on suspicion of)\s+(?:(?:the|a|an|his|her|their|its)\s+)?(?:alleged\s+|suspected\s+)?$/;
const PAST_PROTESTS_BEFORE = /\b(?:during|in|at|over|since|after|from)\s+(?:the|last)\s+(?:(?:january|february|march|april|may|june|july|august|september|october|november|december|earlier|previous|past|recent|last year's|last month's|[12]\d{3})\s+)(?:[\w-]+\s+)?$/;
// The negation scopes the trigger itself, or a list it ends: "no picket lines or demonstrations", "no new attacks".
const NEGATED_BEFORE = /\b(?:no|nor)\s+(?:(?:[a-z-]+\s+){1,3}(?:or|and|nor)\s+)?(?:(?:new|further|more|major|large|street|public|reported|significant|serious|other)\s+)?$/;

const EPISODE_NOUN = /^(?:clashes|fighting|attacks?|violence|unrest|riots|protests|demonstrations|strikes|bombings?|massacres?|killings|raids|offensive|assault|uprising|battles?)$/;
const PAST_EPISODE_AFTER = /^\s+of\s+(?:last\s+)?(?:january|february|march|april|may|june|july|august|september|october|november|december)\b(?!\s+\d)/;
const HELD_GROUND_BEFORE = /\b(?:withdraw\w*|pull\w* out|retreat\w*|leave|left|return\w*|hand\w* back|give back|cede\w*|vacate\w*)\s+(?:from\s+)?(?:the|all|any)\s+(?:[\w-]+\s+){0,2}?(?:territory|territories|areas?|towns?|cities|land|positions|villages?|ground)\s+(?:that\s+|which\s+)?(?:they|it|the\s+[\w-]+)\s+(?:had\s+|have\s+|has\s+)?$/;

function notAnEvent(r: Reading): Refined | undefined {
	const { hit, lower, before, after, clauseBefore } = r;
	const type = hit.type;
	if (isQuestion(lower)) return { type, drop: 'question' };
	// ("seized a weapons cache … containing 20 mortar rounds and 4 explosive belts": what was seized, not fired.)
	if (VIOLENT_FAMILY.has(type) && SEIZED_CONTENTS_BEFORE.test(lower.slice(Math.max(0, r.at - 160), r.at))) return { type, drop: 'object' };
	// ("experts defused a World War II aerial bomb found by construction workers": ordnance an old war left is no one's weapon
	// today, defused or gone off.)
	if ((type === 'weapons_disrupted' || type === 'explosive') && (PAST_WAR.test(lower) || OLD_ORDNANCE.test(lower))) return { type, drop: 'retold' };
	// ("Workers digging foundations struck the rusted casing", "the boat struck a reef": a thing hit by accident.)
	if (/^(?:struck|hit)$/.test(hit.word) && STRUCK_THING_AFTER.test(after)) return { type, drop: 'no-force' };
	// ("A strike, if ordered, could…": an order that may never be given.)
	if (type === 'order' && /\b(?:if|unless|until|once|whether)\s+(?:\w+\s+)?$/.test(before)) return { type, drop: 'irrealis' };
	// "Islamic State claimed responsibility for the attack on Thursday": the attack already told, claimed.
	if (CLAIMED_BEFORE.test(before)) return { type, drop: 'claimed' };
	// ("the military, backed by air strikes, retook Kyaukme": support named in an aside is part of the act told, not an event.)
	// ("regained control of Thabeikkyin after days of fighting with PDF units, backed by air strikes.": the same at the end.)
	if (/\b(?:backed|supported|covered|assisted|aided|accompanied)\s+by\s+(?:[\w-]+\s+){0,2}$/.test(before) && /^\s*(?:and\s+[\w\s-]{0,30})?(?:,|[.;]|$)/.test(after)) return { type, drop: 'support' };
	// ("ending a standoff that followed the clashes of May": an episode named by its month, known to the reader, is no event told.)
	if (EPISODE_NOUN.test(hit.word) && /\bthe\s+(?:[\w-]+\s+)?$/.test(before) && PAST_EPISODE_AFTER.test(after)) return { type, drop: 'background' };
	// ("wanted the rebels to withdraw from the territory they seized this year": the seizure describes what is to be given back.)
	if (/^(?:seized|captured|took|taken|occupied|overran|grabbed)$/.test(hit.word) && HELD_GROUND_BEFORE.test(before)) return { type, drop: 'background' };
	// ("Iraqi forces seized explosives and a suicide vest": a bomber's vest found, no bombing.)
	if (type === 'suicide_bombing' && /\b(?:vests?|belts?)\b/.test(hit.word) && /\b(?:seized|found|recovered|confiscated|defused|discovered|uncovered|dismantled|neutrali[sz]ed|unearthed)\b[^.;]{0,60}$/.test(before)) return { type: 'weapons_disrupted' };
	// "convicted six men of murder", "charged with attempted murder and rape": a charge named bare is no act told.
	// (With an object it is an act alleged: "accused soldiers of killing five villagers".)
	// ("a group blamed for several deadly attacks": a record of acts, none of them told.)
	if (/s$/.test(hit.word) && BLAMED_FOR_MANY_BEFORE.test(before)) return { type, drop: 'background' };
	// ("promised to reopen investigations into the bombings", "a report on the killings": what an inquiry is about, told before.)
	// (One act an inquiry opens on, "an investigation into the killing of a journalist on Monday", may be the news itself.)
	if (INQUIRY_INTO_BEFORE.test(before) && (/s$/.test(hit.word) || /\b(?:re-?open\w*|resum\w*|revisit\w*|review\w*)\s+(?:the\s+|its\s+|an?\s+)?(?:[\w-]+\s+)?(?:investigations?|inquir\w+|enquir\w+|probes?)/.test(before))) return { type, drop: 'retold' };
	// ("Army helicopters were flying injured people to Kathmandu": the injured carried or cared for, no harm told.)
	if (/^(?:injured|wounded)$/.test(hit.word) && CARRIED_BEFORE.test(before)) return { type, drop: 'rescue' };
	// ("A court sentenced two men to death for a 2023 roadside bombing that killed three rangers": the act a sentence is for,
	// with what it did, is the trial's past; ACLED codes no event of it.)
	if (SENTENCED_FOR_BEFORE.test(clauseBefore)) return { type, drop: 'charge' };
	if (/^(?:killed|wounded|injured)$/.test(hit.word) && /\b(?:that|which)\s+(?:had\s+)?$/.test(before) && SENTENCED_FOR_BEFORE.test(before.replace(/\s*(?:\S+\s+){1,3}?(?:that|which)\s+(?:had\s+)?$/, ' '))) return { type, drop: 'charge' };
	if (/^(?:murders?|killings?|homicide|manslaughter|rape|assault|kidnapping|abduction|terrorism|attacks?|bombings?|arson|robbery|looting)$/.test(hit.word) && CHARGE_BEFORE.test(before) && !/^\s+(?:(?:a|an|the|his|her|their|its|two|three|four|five|six|seven|eight|nine|ten|several|dozens|\d+)\b|[a-z]+\s+(?:a|an|the)\b)/.test(after)) return { type, drop: 'charge' };
	// ("a court convicted three men for their role in the attack": the act a verdict answers, told as its subject.)
	if (/\b(?:convicted|sentenced|jailed|charged|indicted|acquitted|tried|found guilty)\s+(?:[\w'-]+\s+){0,5}?(?:for|over)\s+(?:their|his|her|its)\s+(?:alleged\s+)?(?:role|part|involvement|participation)\s+in\s+(?:the\s+|an?\s+)?(?:[\w'-]+\s+){0,3}$/.test(before)) return { type, drop: 'charge' };
	// "Police arrested two men for the murder of a journalist": the act that an arrest answers, with no count of its own,
	// is the arrest's reason, not an event told.
	if (ARREST_WORD.test(before) && ARREST_REASON_BEFORE.test(before) && !COUNTED_DEAD.test(lower)) return { type, drop: 'alleged' };
	// ("arrested an activist on charges of organising violence during the October protests": protests of another month,
	// named as the setting of what is told, are its background.)
	if (/^(?:protests|demonstrations|rall(?:y|ies)|marches|riots|unrest)$/.test(hit.word) && PAST_PROTESTS_BEFORE.test(before)) return { type, drop: 'background' };
	// "There were no picket lines or demonstrations", "no attacks were reported": what the text says did not happen.
	if ((before.includes('no ') || before.includes('nor ')) && NEGATED_BEFORE.test(before) && !/\b(?:no\s+(?:longer|sooner|less|more|doubt|matter|one|fewer))\b/.test(before.slice(-24))) return { type, drop: 'negated' };
	// "called off a strike", "postponed the march", "averted a walkout": an act that did not take place.
	// ("called off a nationwide strike and street protests": every act of the list called off.)
	if (/\b(?:call(?:ed|s|ing)?\s+off|cancel(?:l?ed|s|ling)?|postpon(?:ed|es|ing)|avert(?:ed|s|ing)?)\s+(?:(?:a|an|the|their|its|his|her|planned|threatened|proposed)\s+)?(?:[\w-]+\s+)?(?:(?:strikes?|protests?|marches|march|rall(?:y|ies)|demonstrations?|walk-?outs?|sit-ins?)\s+(?:and|or)\s+(?:(?:a|an|the|their|its|planned)\s+)?(?:[\w-]+\s+)?)?$/.test(before)) return { type, drop: 'called-off' };
	// ("The unions had threatened an indefinite strike over wages": a walkout (or a strike of any kind) threatened, none held;
	// the threat is read apart.)
	if ((hit.nominal || /^(?:strikes?|walk-?outs?|protests?|march(?:es)?|rall(?:y|ies)|demonstrations?|sit-ins?)$/.test(hit.word)) && /\bthreaten(?:ed|s|ing)?\s+(?:(?:to\s+(?:stage|hold|launch|call|begin|start|go on)\s+)?(?:an?|the|their|its|a new|fresh|further)\s+)?(?:[\w-]+\s+){0,2}$/.test(before)) return { type, drop: 'called-off' };
	// ("applied for a certificate allowing a protected strike", "sought permission to march": leave asked for, none used yet.)
	if (/^(?:strikes?|walk-?outs?|protests?|march(?:es)?|rall(?:y|ies)|demonstrations?|sit-ins?)$/.test(hit.word) && PERMISSION_BEFORE.test(before)) return { type, drop: 'irrealis' };
	// A review's plot: "Soldiers rape a young woman at a checkpoint in episode three".
	if (r.story?.fiction && (type === 'sexual_violence' || type === 'abduction') && !COUNTED_DEAD.test(lower)) return { type, drop: 'fiction' };
	// ("signed an agreement to destroy landmines", "the clearance of mines": weapons to be removed, none that went off.)
	if (type === 'explosive' && /^(?:landmines?|land mines?|mines?|ieds?|improvised explosive devices?|explosive devices?|explosives?|bombs?|ordnance)$/.test(hit.word) && /\b(?:to\s+(?:destroy|clear|remove|dismantle|defuse|ban|eliminate|collect|detect|locate)|(?:destruction|clearance|removal|clearing|collection|detection|stockpiles?|ban on)\s+of)\s+(?:(?:the|all|any|remaining|unexploded|anti-personnel|antipersonnel)\s+)*(?:[\w-]+\s+)?$/.test(before)) return { type, drop: 'purpose' };
	// "drones destroying mock armoured vehicles": targets of a drill.
	if (/^\s+(?:the\s+|a\s+)?(?:mock|dummy|simulated|practice|training)\s/.test(after) || /\s(?:mock|dummy|simulated)\s/.test(hit.word)) return { type, drop: 'exercise' };
	// "the planned airstrikes would have targeted…", "before any strike can begin": an act named, none done.
	// ("warned that a strike would cripple supply chains": a strike imagined.)
	if (type !== 'statement' && (PROSPECTIVE_BEFORE.test(before) || ((hit.nominal || /\b(?:a|an|the)\s+(?:[\w-]+\s+)?$/.test(before)) && /^\s+(?:would|could|might|may|will|can|cannot)\s+(?:not\s+)?(?:have\s+|[\w"'\u201c]+)/.test(after)))) return { type, drop: 'irrealis' };
	// "take firm action against rioters and looters": who a measure aims at, not a riot told.
	if (/^(?:rioters|looters|mobs?)$/.test(hit.word) && /\b(?:action|measures|crackdown|operations?|campaign|warning|war)\s+(?:against|on)\s+(?:the\s+)?(?:[\w-]+\s+(?:and\s+)?){0,2}$/.test(before)) return { type, drop: 'measure' };
	// "since the fighting began", "since the war": the start of a time span, not an event told.
	if (/\bsince\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+)?$/.test(before) && /^(?:fighting|war|wars|conflict|clashes|violence|insurgency|invasion|uprising|coup|offensive|truce|ceasefire|cease-fire)$/.test(hit.word)) return { type, drop: 'background' };
	// "condemned the arrest as an abduction", "described it as a targeted strike": what something is called.
	if (CHARACTERISED_AS.test(before)) return { type, drop: 'characterisation' };
	// "has banned demonstrations since 2022", "a permit for the march": a rule about events, not one.
	if (RULED_ON.test(before) && /^(?:protest|protest_intervention|protest_repression|riot)$/.test(type)) return { type, drop: 'measure' };
	// "a search operation to arrest the attackers", "vowed to strike back": an act aimed at, not done.
	// ("rebels used drones to attack an army base", "went on to kill two more": the act was done.)
	if (/\bto\s+$/.test(before) && BASE_FORM_ACT.test(hit.word) && !DONE_WITH.test(before)) return { type, drop: 'purpose' };
	// "it strikes only positions held by the RSF": what someone does as a rule, not on a day.
	if (/\b(?:it|they|we)\s+(?:only\s+|never\s+|always\s+|usually\s+|often\s+|routinely\s+)?$/.test(before) && /^(?:strikes|attacks|targets|bombs|kills|shells|raids)$/.test(hit.word)) return { type, drop: 'generic' };
	// "a thriller about a journalist taken hostage": a story's plot, whatever happens in it.
	if (FICTION_FRAME.test(r.clauseBefore)) return { type, drop: 'fiction' };
	// ("a U.N. official said that attacks on markets were making survival impossible": a bare plural on bare plurals is a
	// kind of act, no event of a day.)
	// (Not a burst told as one: "carried out a series of air strikes on the Ras Isa fuel port".)
	if (/^(?:attacks|strikes|air ?strikes|airstrikes|bombings|raids|shelling|killings|abductions|kidnappings|assaults)$/.test(hit.word) && /(?:^|\b(?:that|said|says|and|of|about|over|by)\s+|[,;:]\s+)$/.test(before) && !/\b(?:series|wave|string|spate|volley|salvo|round|barrage)\s+of\s+$/.test(before) && /^\s+(?:on|against|targeting)\s+(?:[a-z-]+\s+)?(?:[a-z]+s|civilian \w+|health care|infrastructure)\b(?!\s+(?:in|at|near|of)\s+[a-z]*[A-Z])/.test(after)) return { type, drop: 'generic' };
	// ("forces loyal to detained First Vice President Riek Machar", "supporters of the jailed opposition leader": a title's
	// adjective tells a standing, no arrest on the day.)
	if (type === 'arrest' && /^(?:detained|jailed|imprisoned|arrested|incarcerated)$/.test(hit.word) && /\b(?:to|of|for|with|the|a|an|his|her|their|its|by|and|whose)\s+(?:(?:now|still|recently|currently)\s+)?$/.test(before) && /^\s+(?:(?:former|ex-|first|deputy|vice|opposition|rebel|party|prominent|veteran|senior|chief|pro-\w+)\s+)*(?:president|vice president|leader|prime minister|premier|minister|general|commander|chief|journalists?|activists?|politicians?|mayor|governor|senator|lawmakers?|opposition|dissidents?|candidates?|cleric|founder|head)\b/.test(after)) return { type, drop: 'attributive' };
	// ("demanded the recovery of looted funds": money embezzled, no looting told.)
	if (type === 'looting' && /^loot(?:ed|ing)$/.test(hit.word) && /^\s+(?:public\s+|state\s+)?(?:funds|money|monies|assets|wealth|billions|millions|coffers|resources|treasury)\b/.test(after)) return { type, drop: 'metaphor' };
	// "Kidnappings for ransom are common in the north": a kind of event in general, not one that happened.
	if (/s$/.test(hit.word) && GENERIC.test(lower) && !/\b(on|since|last|this|yesterday|today|\d{4})\b/.test(lower)) return { type, drop: 'generic' };
	// ("We are not going to be held hostage by anyone": the idiom of being coerced.)
	if (type === 'abduction' && /hostage/.test(hit.word) && (/\b(?:not|never|refuse\w*|won't)\s+(?:\w+\s+){0,4}$/.test(before) || /^\s+(?:to|by)\s+(?:anyone|anybody|no one|nobody|them|us|politics|(?:the\s+)?(?:market|markets|unions?|banks?|lenders|creditors|whims?|interests))\b/.test(after))) return { type, drop: 'metaphor' };
	// "investors taken hostage by the fund's lock-up rules": held by things, not by anyone.
	if (type === 'abduction' && /hostage/.test(hit.word) && /^\s+by\s+(?:the\s+|its\s+|their\s+)?(?:[\w'-]+\s+){0,3}?(?:rules|polic(?:y|ies)|politics|bureaucracy|debt|inflation|markets?|prices|weather|events|circumstances|history|fears?|laws?|regulations|contracts?|headlines|news|uncertainty|speculation|rumou?rs|volatility|sentiment|tariffs|rates|investors|traders|algorithms|data)\b/.test(after)) return { type, drop: 'metaphor' };
	// "36 arrests over the festival, mostly for drug offences and thefts": ordinary crime, not political.
	if (type === 'arrest' && /\b(?:mostly|mainly|all)?\s*for (?:drug|theft|thefts|traffic|drunk\w*|shoplifting|burglary|speeding|pickpocketing)\b|\bdrug offen[cs]es\b/.test(lower)) return { type, drop: 'crime' };
	// ("held a vigil to mark 12 years since Boko Haram kidnapped 276 schoolgirls": the past an anniversary marks, for the
	// acts the look-alikes of violence below do not read.)
	// ("Residents … seized four men they accused of belonging to a gang and beat them to death": people seized and killed
	// there are the killing's victims, not abducted.)
	if (type === 'abduction' && /^(?:seized|grabbed|captured|caught|dragged)$/.test(hit.word) && SEIZED_THEN_KILLED.test(after)) return { type, drop: 'killed' };
	if ((type === 'abduction' || type === 'sexual_violence' || type === 'looting') && (RETOLD_BEFORE.test(before) || (has(ANNIVERSARY_FRAME, lower) && ANNIVERSARY_FRAME.test(lower.slice(0, r.at))))) return { type, drop: 'retold' };
	// "staged a protest … in relation to the abduction of a businessman": the protest's subject.
	if (VIOLENT_FAMILY.has(type) || type === 'abduction' || type === 'sexual_violence') {
		// ("… against American airstrikes that killed 25 fighters" tells that event too: it stays.)
		// ("a police vehicle ran over a protester, killing him": run over is no topic.)
		if (has(PROTEST_WORD, lower) && PROTEST_TOPIC.test(before) && !/\b(?:ran|run|runs|running)\s+over\s+(?:\S+\s+){0,4}$/.test(before) && !/^\W*(?:\w+\s+){0,3}?(?:that|which)\s+(?:killed|wounded|injured|left)\b/.test(after)) return { type, drop: 'protest-topic' };
	}
	return undefined;
}

const FORCES_LEFT = /\b(?:(?:withdrawal|pull-?out|departure|exit|retreat)\s+of\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}?(?:forces|troops|army|soldiers|fighters|militants|rebels)\b|(?:forces|troops|army|soldiers|fighters|militants|rebels)\s+(?:had\s+|have\s+)?(?:withdrew|withdrawn|pulled out|left|retreated)\s+from\b)/;

/** Words, orders and meetings need no look-alike or weapon analysis; only irrealis. */
function wordsOnly(r: Reading): Refined | undefined {
	const { hit, before, hedged } = r;
	const type = hit.type;
	if (!VIOLENT_FAMILY.has(type) && !['riot', 'protest', 'looting', 'abduction', 'sexual_violence', 'arrest', 'agreement'].includes(type)) {
		if (['statement', 'accusation', 'order', 'threat'].includes(type)) return { type, hedged };
		const clause = r.clauseBefore;
		if (NEGATED.test(clause) || IRREALIS.test(clause)) return { type, drop: 'irrealis' };
		// ("The victim had been convicted of drug trafficking", "a man who was convicted in 2015", "a convicted murderer": a
		// ruling told as what someone is, not a court's act of the story.)
		if (type === 'legal_action' && (/\b(?:had|has|have)\s+(?:(?:previously|already|once|twice|been)\s+){0,2}$|\b(?:who|whom|which|that)\s+(?:was|were|had been|has been|have been)\s+(?:\w+ly\s+)?$/.test(before) || /^\s+(?:[\w-]+\s+)?(?:murderers?|killers?|felons?|criminals?|rapists?|terrorists?|traffickers?|dealers?|prisoners?|inmates?)\b/.test(r.after))) return { type, drop: 'retold' };
		// "eased sanctions on Venezuela's oil sector": relief from a sanction is a move of its own, not a sanction.
		if (type === 'sanction' && SANCTION_RELIEF.test(before)) return { type: 'other_development', hedged };
		// ("the Lebanese Army deployed in Khiam following the withdrawal of Israeli forces from the town": forces that move
		// into a place another force has left take it over without a fight.)
		if (type === 'group_change' && /^(?:deployed|deployment|redeployed|redeployment|entered|moved into)$/.test(hit.word) && FORCES_LEFT.test(r.lower)) return { type: 'territory_transfer', hedged };
		// "U.S. troops are deployed in Iraq": where forces are, not a move they made.
		if (type === 'group_change' && /^(?:deployed|stationed|based)$/.test(hit.word) && /\b(?:are|is|remain|remains)\s+(?:still\s+|currently\s+|now\s+)?$/.test(before)) return { type, drop: 'stative' };
		// "The champions laid siege to the visitors' goal": a match's siege.
		if (type === 'group_change' && r.story?.sport && sportsWords(r.lower) >= 1 && !REAL_VIOLENCE.test(r.lower)) return { type, drop: 'sports' };
		return { type, hedged };
	}
	return undefined;
}

/** Agreements demanded, ended or broken; "struck a deal" and other idioms of striking. */
function agreementLookAlike(r: Reading): Refined | undefined {
	const { hit, before, after, strikeWord, hedged } = r;
	const type = hit.type;
	// "suspended a ceasefire with the group", "Moscow quit a deal": ending an agreement changes what a party does;
	// "violated the truce": the fighting that broke it is the event, told in its own words.
	// ("suspended" is a change of activity of its own: the agreement's word adds no second event.)
	// "protesters calling for a ceasefire": a demand, not an agreement reached.
	// ("met to discuss reconciliation": a topic of talks, not an agreement reached.)
	if (type === 'agreement' && /\b(?:call(?:ed|s|ing)? for|demand(?:ed|s|ing)?|urg(?:ed|es|ing)|push(?:ed|es|ing)? for|press(?:ed|es|ing)? for|appeal(?:ed|s|ing)? for|discuss(?:ed|es|ing)?|negotiat(?:e|ed|es|ing)|talks? (?:on|about|over))\s+(?:an?\s+|the\s+|possible\s+)?(?:[\w-]+\s+){0,2}$/.test(before)) return { type, drop: 'demand' };
	// ("Kyiv pressed Moscow to agree to a new round of direct peace talks", "offered to hold talks": talks asked for or offered
	// are none held.)
	if (type === 'agreement' && /^peace talks$/.test(hit.word) && /\b(?:to\s+agree\s+to|to\s+(?:hold|join|resume|restart|open|start|attend)|agree(?:d|s)?\s+to\s+hold|offer(?:ed|s|ing)?\s+(?:to\s+hold\s+)?|propos(?:ed|es|ing|al\s+for)|call(?:ed|s|ing)?\s+for|urg(?:ed|es|ing)|press(?:ed|es|ing)|push(?:ed|es|ing)\s+for|ready\s+for|willing\s+to\s+(?:hold|join))\s+(?:\S+\s+){0,6}$/.test(before)) return { type, drop: 'irrealis' };
	if (type === 'agreement' && AGREEMENT_ENDED.test(before)) return /\bsuspend\w*\s+(?:\S+\s+){0,4}$/.test(before) ? { type, drop: 'ended' } : { type: 'group_change', hedged: false };
	if (type === 'agreement' && AGREEMENT_BROKEN.test(before)) return { type, drop: 'violation' };
	// "Russia has rejected the idea of a ceasefire", "ruled out a truce": an agreement refused.
	// "a ceasefire before a full peace deal", "until any agreement": one not reached yet.
	if (type === 'agreement' && /\b(?:before|until|without|pending)\s+(?:an?|any)\s+(?:[\w-]+\s+)?$/.test(before)) return { type, drop: 'irrealis' };
	if (type === 'agreement' && /\b(?:reject\w*|refus\w*|ruled? out|rules out|opposed?|oppos\w+|dismiss\w*|spurn\w*)\s+(?:the\s+idea\s+of\s+|any\s+|calls?\s+for\s+)?(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}$/.test(before)) return { type, drop: 'refused' };
	// "near-daily strikes since the truce", "despite a ceasefire": an agreement named as the time's frame, not reached then.
	if (type === 'agreement' && /\b(?:since|despite|under|during|throughout)\s+(?:the|a|an|its|their)\s+(?:[\w-]+\s+)?$/.test(before)) return { type, drop: 'background' };
	// "Peace talks stalled in March", "the failed truce": talks that reached nothing.
	if (type === 'agreement' && (/^\s+(?:\w+\s+){0,5}?(?:stalled|collapsed|broke down|failed|faltered|foundered|ended without)\b/.test(after) || /\b(?:failed|stalled|collapsed|aborted)\s+$/.test(before))) return { type, drop: 'no-agreement' };
	if (strikeWord && type === 'attack') {
		if (/^(struck|strikes?)$/.test(hit.word) && /^\s+(?:a|an|the)\s+(?:\w+\s+)?(deal|agreement|accord|bargain|compromise|truce|balance|chord|tone|note|pose|blow)\b/.test(after)) {
			return /deal|agreement|accord|bargain|compromise|truce/.test(after.slice(0, 30)) ? { type: 'agreement', hedged } : { type, drop: 'idiom' };
		}
	}
	return undefined;
}

/** Tear gas, rubber bullets, warning shots: policing, or a show of force. */
function crowdControl(r: Reading): Refined | undefined {
	const { hit, lower, hedged } = r;
	// "fired tear gas", "fired rubber bullets": crowd control, i.e. an intervention in a protest.
	if (/^fired (?:\S+ ){0,2}?(tear[- ]?gas(?:sed|sing)?|cs gas|pepper spray|rubber|water|warning shots|in the air|pellets|stun)/.test(hit.word)) {
		// ("Soldiers fired warning shots into the air near farmers", "the coast guard fired water cannon at a supply boat":
		// with no crowd, a show of force.)
		if (!CROWD_WORD.test(lower) && !(/tear[- ]?gas(?:sed|sing)?|rubber|pellets|stun/.test(hit.word) && PROTEST_CONTEXT.test(lower.replace(/tear[- ]?gas(?:sed|sing)?|dispers\w*/g, ' ')))) return { type: 'other_development', hedged };
		return { type: 'protest_intervention', hedged };
	}
	return undefined;
}

/** The trigger's sentence with its own words set aside: what else the sentence names. */
function withoutTrigger(r: Reading): string {
	return r.lower.slice(0, r.at) + ' ' + r.lower.slice(r.hit.end - r.offset);
}

/** Violence words that tell no violence: sport, disasters, accidents, intrusions, idioms, markets, health work. */
function violenceLookAlike(r: Reading): Refined | undefined {
	const { hit, lower, before, after, story, hedged } = r;
	const type = hit.type;
	// "destroyed by poor defending", "long rallies of the third set": a game's damage and a rally of shots.
	if (type === 'looting' && story?.drill && !DRILL_HARM.test(lower.replace(NO_HARM, ' ')) && /\b(?:enemy|simulat\w+|exercises?|drills?)\b/.test(lower)) return { type, drop: 'exercise' };
	// ("staged a simulated terrorist attack …, with actors playing gunmen who … took a group of passengers hostage": hostages
	// of a rehearsal.)
	if ((type === 'abduction' || type === 'explosive') && story?.drill && !DRILL_HARM.test(lower.replace(NO_HARM, ' ')) && /\b(?:simulat\w+|mock|exercises?|drills?|rehears\w+|actors? playing)\b/.test(lower)) return { type, drop: 'exercise' };
	if (type === 'looting' && has(SPORTS, lower) && (sportsWords(lower) >= 2 || !BUILT_THING.test(lower)) && !has(REAL_VIOLENCE, lower) && !PROTEST_CONTEXT.test(lower)) return { type, drop: 'sport' };
	if (type === 'protest' && has(SPORTS, lower) && sportsWords(lower) >= 2 && !has(REAL_VIOLENCE, lower) && !POLITICAL_CAUSE.test(lower)) return { type, drop: 'sport' };
	if (VIOLENT_FAMILY.has(type) || type === 'riot') {
		if (has(SPORTS, lower) && (!has(REAL_VIOLENCE, lower) || (sportsWords(lower) >= 2 && !has(ARMED_CAUSE, lower) && !/\b(dead|died|bodies|fatalit\w+)\b/.test(lower)) || (sportsWords(lower) >= 3 && !/\b(dead|died|bodies|fatalit\w+|gunm[ae]n|troops|militants)\b/.test(lower)))) return { type, drop: 'sports' };
		if (MEDICAL.test(before)) return { type, drop: 'not-violence' };
		// ("firefighters, backed by aircraft and soldiers, battled on Tuesday to contain wildfires", "residents battled to shore
		// up crumbling dykes with sandbags as the river rose": a fight with a fire or a flood.)
		if (/^(?:battl\w*|fought|fight\w*)$/.test(hit.word) && /^[^.;]{0,40}?\bto\s+(?:contain|control|extinguish|put out|tame|douse|stop|shore up|hold back|save|protect|reinforce)\b[^.;]{0,80}?\b(?:wildfires?|forest fires?|bush ?fires?|fires?|blazes?|flames|floods?|flooding|flood ?waters?|dykes?|dikes?|levees?|embankments?|sandbags|river|rising water)\b/.test(after)) return { type, drop: 'no-force' };
		// ("Firefighters fought the blaze for hours": the fire is what was fought.)
		if (/^(?:battl\w*|fought|fight\w*)$/.test(hit.word) && /^\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+)?(?:wildfires?|forest fires?|bush ?fires?|fires?|blazes?|flames|infernos?|floods?|flooding|flood ?waters?)\b/.test(after)) return { type, drop: 'no-force' };
		// ("the purge targeted loyalists of a rival faction": a measure's aim, no force.)
		if (/^(?:target(?:ed|ing|s)?)$/.test(hit.word) && /\b(?:the|a|an|this|that|his|her|their|its)\s+(?:[\w-]+\s+)?(?:purge|reshuffle|policy|policies|law|bill|measures?|audit|probe|investigation|campaign|ads?|advert\w*|tax|taxes|sanctions|reforms?|decree|rules?|regulations?|cuts|layoffs|shake-?up)\s+(?:has\s+|had\s+|was\s+|is\s+)?$/.test(before)) return { type, drop: 'metaphor' };
		// In a match report, "we kept attacking", "a shot that flew into the top corner", "had been 'killed' by brilliance".
		if (story?.sport) {
			// (The trigger's own word set aside: "a shot" names no gun of its own.)
			// ("… killed off the contest with two goals, the second a thunderous shot": idioms of play name no death.)
			// ("… with a low shot in the 71st minute": a shot at goal is a noun of play, no gun.)
			// ("Arsenal's attack, missing the injured Bukayo Saka": a player's injury is no harm done by force.)
			const rest = withoutTrigger(r).replace(/\b(?:the|an?|his|her|their|its)\s+injured\b|\binjur(?:y|ies)\b|["'\u201c\u2018]killed["'\u201d\u2019]|\bkill(?:ed|s|ing)? (?:it|off)\b|\b(?:an?|his|her|their|the)\s+(?:[\w-]+\s+)?shots?\b/g, ' ');
			if (!REAL_VIOLENCE.test(rest) && !ARMED_CAUSE.test(rest)) return { type, drop: 'sports' };
		}
		// In the story of an exercise ("marines fought off a simulated assault while rocket launchers fired at targets out at
		// sea"): force rehearsed, where no one is said to be killed or hurt.
		if (story?.drill && !DRILL_HARM.test(lower.replace(NO_HARM, ' '))) return { type, drop: 'exercise' };
		// In a review of a film or a game ("I was shot dead from across the map", "the shelling stops"), in a markets story
		// ("anyone who was long chips got shot"), in a wildfire or a disaster ("air tankers attacked the flames", "we're in a
		// battle with this thing"): force where the rest of the sentence names no weapon, no armed men and no harm.
		if (story?.fiction || story?.market || (story?.accident && /^(?:attack\w*|assault\w*|battl\w*|fight\w*|fought|struck|strikes?)$/.test(hit.word))) {
			const rest = withoutTrigger(r);
			if (!ARMED_CAUSE.test(rest) && !harmTold(rest)) return { type, drop: story.fiction ? 'fiction' : story.market ? 'market' : 'no-force' };
			// (A review tells its film's deaths without the counts news gives: "men are killed mid-sentence".)
			if (story.fiction && !COUNTED_DEAD.test(lower)) return { type, drop: 'fiction' };
		}
		// ("An elephant attacked and killed two people near Hwange … The victims … encountered a herd of elephants", "at least 50
		// people had been killed by wild animals": in a story of animals that harm people, harm where no armed men or weapon
		// is named is theirs.)
		if (story?.wildlife && !armedCause(lower)) return { type, drop: 'no-force' };
		// "The government came under fire from critics": words, where no armed men, weapon or harm is named.
		if (/^(?:came|come|comes|coming) under/.test(hit.word)) {
			const rest = withoutTrigger(r);
			if (!ARMED_CAUSE.test(rest) && !harmTold(rest) && !/\b(?:patrols?|convoys?|positions?|posts?|checkpoints?|bases?|camps?|vehicles?)\b/.test(rest)) return { type, drop: 'metaphor' };
		}
		// "The two candidates traded attacks over crime": a campaign's words.
		if (/^(?:attack\w*|assault\w*|battl\w*|fight\w*|fought)$/.test(hit.word) && ELECTORAL.test(lower) && !armedCause(lower) && !harmTold(lower)) return { type, drop: 'politics' };
		// "to hear a historian revisit the Battle of Arnhem, the failed Allied airborne assault…": a past battle retold.
		// ("during the annual march commemorating John Smith, youths threw stones": after the comma, a subject and a verb of
		// their own tell what happened at the commemoration.)
		const retold = RETOLD_BEFORE.exec(before);
		if ((retold && !(hit.nominal === false && /,\s+(?:[\w'-]+\s+){1,3}$/.test(retold[0]) && !/^(?:killed|died|massacred)$/.test(hit.word))) || COMMEMORATED_BEFORE.test(before)) return { type, drop: 'retold' };
		// "France marked 10 years since the attacks on Paris that killed 130 people, … at the sites where gunmen and suicide
		// bombers struck": everything the anniversary's sentence tells after it is the past it marks.
		if (has(ANNIVERSARY_FRAME, lower)) {
			const sentenceBefore = lower.slice(0, r.at);
			if (ANNIVERSARY_FRAME.test(sentenceBefore) && !sentenceBefore.includes(';')) return { type, drop: 'retold' };
		}
		// "The rebels have in the past accused the military of killing civilians": what is alleged, with no time, place or
		// count of its own, is the accusation's content, not an event told.
		if (/ing$/.test(hit.word) && ACCUSED_OF_BEFORE.test(before) && !COUNTED_DEAD.test(lower) && !DATED.test(lower)) return { type, drop: 'alleged' };
		// ("accusing them of scouting the area for an attack", "were planning an attack on the base": an attack prepared, none told.)
		if (/^attacks?$/.test(hit.word) && PREPARED_FOR_BEFORE.test(before)) return { type, drop: 'alleged' };
		// "al-Shabab, which has fought the government for nearly two decades": what a group has been doing, not a fight told.
		if (/^(?:fought|battled|fighting|waged)$/.test(hit.word) && /\b(?:which|who|that)\s+(?:has|have|had)\s+(?:long\s+|been\s+)?$/.test(before) && /^[^.;]{0,60}?\b(?:for\s+(?:(?:nearly|almost|more than|over|about|some|several)\s+)?(?:\w+\s+)?(?:years|decades|months)|since)\b/.test(after)) return { type, drop: 'background' };
		// "men who fought at Arnhem", "whose father fought in Korea": a life told, not a fight.
		if (/^(?:fought|served|battled)$/.test(hit.word) && /\b(?:who\s+|whose\s+(?:[\w-]+\s+){1,2}?)(?:had\s+|once\s+|also\s+)?$/.test(before) && /^\s+(?:in|at|during|under|alongside|for|against)\b/.test(after)) return { type, drop: 'background' };
		// "scenes of shelling, air raids and street fighting": what a film or photographs show.
		if (/\b(?:scenes?|footage|images|pictures|photographs|depictions?|sequences?|re-?enactments?) of\s+(?:[\w-]+,?\s+){0,4}$/.test(before)) return { type, drop: 'depiction' };
		// "praised soldiers fighting in Ukraine": who fights, described, not a fight told.
		if (/^fighting$/.test(hit.word) && /\b(?:soldiers|troops|men|those|fighters|forces|volunteers|units)\s+$/.test(before)) return { type, drop: 'generic' };
		// "an earthquake struck…, killing 5,000", "a jet collided with a plane…, killing five", "hackers attacked a
		// pipeline": disasters, accidents and intrusions kill or damage, but nobody used force.
		// ("a commercial rocket exploded after lift-off": a launch vehicle is no weapon.)
		// (A crowd that riots is no accident, whatever its grievance: "students rioted over a canopy collapse that killed 16".)
		if (!/^(?:riot|mob|lynch)/.test(hit.word) && (has(DISASTER, lower) || has(ACCIDENT, lower) || has(CYBER, lower)) && !armedCause(SPACE_LAUNCH.test(lower) ? lower.replace(/\brockets?\b/g, ' ') : lower)) return { type, drop: has(CYBER, lower) ? 'cyber' : 'no-force' };
		// "The July 15 attack forced Albania to shut down its portal", after a cyberattack was told: the same intrusion.
		// (Its target may well be armed: "a second wave of attacks hit the police border system".)
		if (story?.cyber && /^(attack(?:s|ed)?|strikes?|struck|wave|targeted|targeting|hit)$/.test(hit.word) && !WEAPON_NAMED.test(lower) && !harmTold(lower)) return { type, drop: 'cyber' };
		// "73 soldiers were killed when two military helicopters crashed": an air crash, even of the armed forces, unless
		// something brought the aircraft down.
		if (AIR_CRASH.test(lower) && !/\b(?:shot down|downed|brought down|hit by|struck by|gunfire|missile|rocket|attack)\b/.test(lower)) return { type, drop: 'no-force' };
		// "Eleven injured miners were being treated", told after a mine blast: the accident's casualties.
		if (story?.accident && !armedCause(lower) && /^(?:injured|wounded|died|killed|killing|blasts?|explosions?|fire|was found dead|dead body)$/.test(hit.word)) return { type, drop: 'no-force' };
		// 'called the carbon tax fight "a battle between two millionaires"': a name given in quotes.
		if (/\bcall(?:ed|s|ing)\s+(?:the\s+|it\s+|this\s+|that\s+)?(?:[\w-]+\s+){0,4}["'\u201c]\s*(?:an?\s+|the\s+)?(?:[\w-]+\s+)?$/.test(before)) return { type, drop: 'characterisation' };
		// "described it as a targeted strike on an oligopoly", "a shot across the bows": what something is likened to.
		if (/\b(?:described|called|termed|branded|labell?ed|likened)\s+(?:it|this|that|them|the \w+)\s+(?:as\s+|to\s+)?["'\u201c]?(?:an?\s+|the\s+)?(?:[\w-]+\s+)?$/.test(before) || /^\s+across the bows?\b/.test(after)) return { type, drop: 'characterisation' };
		// "like an explosion", "as if a bomb had gone off": a comparison.
		if (SIMILE_BEFORE.test(before)) return { type, drop: 'simile' };
		// "the disease attacks red blood cells", "delivery drones struck a crane during the test": no one's force.
		if (/\b(?:disease|virus|parasite|infection|cancer|bacteria|immune system|fungus)\s+(?:\w+\s+)?$/.test(before) || /\b(?:delivery|commercial|hobby|toy|camera|racing)\s+drones?\s+(?:\w+\s+)?$/.test(before)) return { type, drop: 'no-force' };
		// "the battle for control of Baltic", "a similar raid on a Danish rival": a takeover fight between firms.
		if (/^(battl\w*|fight\w*|raids?|attacks?|wars?|war)$/.test(hit.word) && CORPORATE.test(lower) && !armedCause(lower) && !harmTold(lower)) return { type, drop: 'corporate' };
		// "executed thousands of sham trades": what is carried out, not who is put to death.
		if (hit.word === 'executed' && /^\s+(?:\S+\s+){0,3}?(?:trades?|orders?|plans?|strateg\w+|transactions?|contracts?|deals?|warrants?|polic(?:y|ies)|moves?|programm?e?s?|transfers?|payments?|swaps?)\b/.test(after)) return { type, drop: 'idiom' };
		// "killed it", "killed it off": the idiom for doing well or ending something, not a death.
		if (/^kill(?:ed|s|ing)?$/.test(hit.word) && /^\s+(?:it\b|off the (?:game|match|contest|tie))/.test(after)) return { type, drop: 'idiom' };
		// "assault rifles", "attack helicopters": a kind of weapon, not its use.
		if (/^(assault|attack)$/.test(hit.word) && WEAPON_KIND_AFTER.test(after)) return { type, drop: 'compound' };
		// "bombed at the box office": a flop.
		if (hit.word === 'bombed' && (/^\s+(?:at the box office|commercially|with (?:critics|audiences|viewers))/.test(after) || WORK_BEFORE.test(before))) return { type, drop: 'idiom' };
		// "shot in Jordan over six weeks": a film shoot; "a thriller about a journalist taken hostage": a story's plot.
		if (/^shot\b/.test(hit.word) && /^\s+(?:on location|in [\w\s,'-]{1,40}? (?:over|during|for|in) (?:\w+ )?(?:weeks?|months?|days?))/.test(after)) return { type, drop: 'filming' };
		// "shot in just 19 days", "explosive battle scenes": a film's shoot and what it shows.
		if (/^shot\b/.test(hit.word) && /^\s+(?:in|over) (?:just |only |under )?(?:\d+|a few|two|three|four|five|six|seven|eight|nine|ten) (?:days|weeks|months)\b/.test(after)) return { type, drop: 'filming' };
		if (/^\s+(?:scenes?|sequences?|choreography)\b/.test(after)) return { type, drop: 'filming' };
		// "The film, shot largely in Kigali, premiered in Venice": where a film was made.
		if (hit.word === 'shot' && /(?:,|\b(?:film|movie|documentary|series|episode|footage|which|that|and))\s*$/.test(before) && /^\s+(?:\w+ly\s+)?(?:in|on location|at)\b/.test(after) && /\b(?:films?|movies?|documentar(?:y|ies)|series|episodes?|footage|premiere[ds]?|director)\b/.test(lower)) return { type, drop: 'filming' };
		// "killed off the tie with a low shot in the 71st minute": a shot at goal.
		if (hit.word === 'shot' && /\b(?:a|an|his|her|their)\s+(?:[\w-]+\s+)?$/.test(before) && sportsWords(lower) >= 1 && !armedCause(withoutTrigger(r))) return { type, drop: 'sport' };
		// "Marines fought off a simulated assault": the assault rehearsed, so the fight against it too.
		if (/^\s+(?:off\s+|back\s+)?(?:an?|the)\s+(?:simulated|mock|staged|practice|dummy|notional)\b/.test(after)) return { type, drop: 'exercise' };
		// "the latest skirmish in a political battle over housing": a dispute's words.
		if (/^(?:skirmish\w*|battl\w*|fight\w*|clash\w*|wars?|attacks?|offensive|assault)$/.test(hit.word) && FIGURATIVE_FRAME_AFTER.test(after) && !armedCause(lower) && !harmTold(lower)) return { type, drop: 'metaphor' };
		// "German lawmakers clashed bitterly over the budget", "ministers clashed with the opposition over reforms": a
		// chamber's quarrel, where no weapon, armed man or harm is named.
		if (/^(?:clash\w*|battl\w*|fought|fight\w*|skirmish\w*)$/.test(hit.word) && POLITICIANS_BEFORE.test(clauseEnding(before)) && !armedCause(withoutTrigger(r)) && !harmTold(lower) && !PROTEST_CONTEXT.test(lower)) return { type, drop: 'metaphor' };
		// "security services had foiled six attack plots": plans, no attack.
		if (/^attacks?$/.test(hit.word) && /^\s+(?:plots?|plans?|planning|plotters?|scenarios?|simulations?)\b/.test(after)) return { type, drop: 'irrealis' };
		// "drills simulating strikes on ports": an exercise rehearses force, it uses none.
		// ("the ability to repel an enemy offensive": what drills rehearse; a mock target is read in notAnEvent.)
		if (/\b(?:simulat\w+|rehears\w+|practi[cs]\w+|mock|dummy)\s+(?:\w+\s+){0,2}$/.test(before) || (DRILL.test(lower) && (/\bsimulat\w+/.test(lower) || /\b(?:ability|capacity|capability|readiness|preparedness)\s+to\s+(?:[\w"'\u201c-]+\s+){0,3}$/.test(before)) && !harmTold(lower))) return { type, drop: 'exercise' };
		// "a wild elephant attacked a man": an animal's attack.
		// ("The woman was attacked before dawn when a herd of elephants raided fields", "mauled by a lion": the same, told after.)
		if (ANIMAL_BEFORE.test(before) || ((ANIMAL_SUBJECT.test(lower) || ANIMAL_AGENT.test(lower)) && !armedCause(lower))) return { type, drop: 'no-force' };
		// ("Rangers shot the elephant on Tuesday": an animal put down is no one's violence.)
		if (/^(?:shot|killed|shot dead|put down)$/.test(hit.word) && ANIMAL_AFTER.test(after)) return { type, drop: 'no-force' };
		// ("held 16 minutes of silence in memory of those killed": the dead a gathering honours are another event's.)
		if (/^(?:killed|died|dead|slain|murdered)$/.test(hit.word) && IN_MEMORY_OF_BEFORE.test(before)) return { type, drop: 'reference' };
		// "regulators carried out surprise raids on the offices of tyre makers": an inspection.
		if (/\braid/.test(hit.word) && REGULATOR.test(before) && !armedCause(lower)) return { type, drop: 'inspection' };
		// "fired the opening shot in a price war"; "Occidental was killed, plunging 52%": markets' metaphors.
		if (/^shot\b/.test(hit.word) && /\b(?:opening|parting|cheap|first)\s+$/.test(before)) return { type, drop: 'idiom' };
		// "Carney had shot himself in the foot": the idiom for harming one's own cause.
		if (/^shot\b/.test(hit.word) && /^\s+(?:himself|herself|themselves|itself|ourselves|yourself) in the foot\b/.test(after)) return { type, drop: 'idiom' };
		// "flames shot out of the engine", "shot to fame".
		if (hit.word === 'shot' && /^\s+(?:out of|out from|across the sky|to fame|to the top|through the roof)\b/.test(after)) return { type, drop: 'idiom' };
		if (ECONOMIC_WAR.test(lower) && !HARM_TO_PEOPLE.test(lower)) return { type, drop: 'metaphor' };
		if (MARKET.test(lower) && (lower.match(MARKET_WORDS) ?? []).length >= 2 && !armedCause(lower) && !HARM_TO_PEOPLE.test(lower)) return { type, drop: 'market' };
		// "the battle against Ebola", "health workers … targeting villages where coverage is lowest": health work.
		// (Only words that health work borrows: "attacked merchants for violating coronavirus measures" is an attack.)
		if (/^(battl\w*|fight\w*|fought|wars?|target\w*|offensive)$/.test(hit.word) && HEALTH.test(lower) && !armedCause(lower) && !harmTold(lower)) return { type, drop: 'health' };
		// "the risk of explosions at the mine": what might happen.
		if (RISK_OF.test(before)) return { type, drop: 'irrealis' };
		// "This is a strike on critical infrastructure": a characterisation, not a telling.
		// ("This bill is a direct attack on the pockets of Kenyans": what a thing is called.)
		if (/\b(?:this|that|it|these|those)(?:\s+(?:bill|law|budget|plan|policy|move|decision|ruling|measure|proposal|tax|cut|deal|law))?\s+(?:is|was|are|were|would be|will be)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?$/.test(before)) return { type, drop: 'characterisation' };
		// ("The bank has fought back by buying a stake": a fight fought by a purchase.)
		if (/^(?:fought|fight\w*|battl\w*|hit)$/.test(hit.word) && /^\s+back\s+(?:by|with)\s+(?:\w+ing|a|an|the)\b/.test(after) && !armedCause(lower) && !harmTold(lower)) return { type, drop: 'metaphor' };

		if ((type === 'shelling' || type === 'attack') && has(WEAPONS_TEST, lower) && !harmTold(lower)) return { type: 'other_development', hedged };
		if (ILLNESS_KILLS.test(before) && /^(killed|killing|kills)$/.test(hit.word)) return { type, drop: 'no-force' };
		if (FIGURATIVE_BEFORE.test(before) && /^(attacks?|offensive|assault|battles?|skirmish(?:es)?|fights?)$/.test(hit.word) && !armedCause(withoutTrigger(r))) return { type, drop: 'metaphor' };
		// "sanctions targeting Russian lawmakers", "ads targeting voters": a measure aimed at someone.
		if (/^target(?:ing|ed|s)$/.test(hit.word) && /\b(?:sanctions?|measures?|package|restrictions?|tariffs?|curbs?|ban|campaign|ads?|adverts?|advertising|policy|policies|legislation|laws?|bill|rules?|probe|investigation|raids?)\s+(?:(?:that|which|were|was|are|is|specifically|also)\s+)?$/.test(before)) return { type, drop: 'measure' };
		if (/^(attack(?:ed|s|ing)?|assault(?:ed|s)?|strikes?|struck|killed|killing|shot|shoot(?:s|ing)?|targeted|targeting|battled?|fighting|fought)$/.test(hit.word) && METAPHOR_OBJECT.test(after)) {
			return { type, drop: 'metaphor' };
		}
		if (/^(battled?|fighting|fought)$/.test(hit.word) && BATTLE_METAPHOR.test(after)) return { type, drop: 'metaphor' };
		if (hit.word === 'offensive' && /\bcharm\b/.test(before)) return { type, drop: 'metaphor' };
	}
	return undefined;
}

// What makes an exercise's force real: someone killed or hurt ("assault" alone, HARM's, is what exercises rehearse).
const DRILL_HARM = /\b(?:kill(?:ed|ing)|dead|died|wounded|injured|hurt|casualties|fatalities)\b/;
// Every word DRILL_WORDS can match holds one of these.
const DRILL_CUES = ['drill', 'exercise', 'war game', 'wargam', 'simulat', 'rehears', 'mock', 'blank round', 'live-fire', 'manoeuvre', 'maneuver'];
const DRILL_WORDS = /\b(?:drills?|exercises?|war ?games|simulat\w+|rehears\w+|mock|blank rounds|live-fire|manoeuvres|maneuvers|wargam\w+)\b/g;
const STRIKE_ANNOUNCED = /\b(?:will|would|plan(?:s|ned)? to|threaten(?:s|ed)? to|vot(?:ed|es) to) (?:go on )?strike\b|\bcall(?:ed|s)? (?:a |an )?(?:[\w-]+ )?strike for\b|\b(?:strike|walkout) notice\b|\bnotice of (?:a |the )?(?:strike|walkout)\b/;
const LABOUR_STRIKE = /\b(?:went on strike|go on strike|are on strike|were on strike|strik(?:e|ing) (?:workers|drivers|nurses|teachers|doctors|miners|dockers|staff)|walk-?outs?|industrial action|trade unions?|(?:call(?:ed|s|ing)? off|avert(?:ed|s)?|vot(?:e|ed|es|ing) (?:for|to)|authori[sz](?:e|ed|es)) (?:a |the |their |any )?strike|strike (?:action|vote|ballot)|union (?:leaders?|president|members|officials?))\b/;

/** A labour strike is a protest; nature strikes no one. */
function labourOrNature(r: Reading): Refined | undefined {
	const { hit, lower, at, strikeWord, hedged } = r;
	const type = hit.type;
	// "There will be no strike," the union president said.
	if (strikeWord && r.story?.labour && (NEGATED.test(r.clauseBefore) || IRREALIS.test(r.clauseBefore))) return { type, drop: 'irrealis' };
	// "unions called a nationwide strike for next Tuesday to protest against pension changes": the protest the strike will be.
	if (type === 'protest' && /^protest/.test(hit.word) && /\bto\s+$/.test(r.before) && (IRREALIS.test(r.clauseBefore) || /\bstrike\s+for\s+(?:next|the coming|tomorrow)\b/.test(r.before))) return { type, drop: 'irrealis' };
	// "… will strike for 24 hours later this month. … units running during the strike": the walkout announced, told again.
	if (r.story?.strikeAnnounced && /^(?:strikes?|walk-?outs?|industrial action)$/.test(hit.word) && /\b(?:the|this|that|a|any)\s+(?:[\w-]+\s+)?$/.test(r.before) && !/\b(?:went on|go on|are on|were on|began|begun|started|continued|entered|ended)\b/.test(r.lower)) return { type, drop: 'irrealis' };
	// In a labour dispute, "we fought hard and we won a good deal": a bargain fought for.
	if (r.story?.labour && /^(?:fought|fight\w*|battl\w*)$/.test(hit.word) && !armedCause(lower) && !harmTold(lower)) return { type, drop: 'metaphor' };
	// "dockworkers ended a two-week strike", "after a strike by nurses": a walkout that is over is no event today.
	if (/^strikes?$/.test(hit.word) && /\b(?:ended|ends|ending|end|called off|calling off|suspended|suspending|after|following)\s+(?:a|an|the|their|its|his|her)\s+(?:[\w-]+\s+){0,2}$/.test(r.before) && (r.story?.labour || LABOUR.test(lower.replace(STAFF_OFFICER, ' ')))) return { type, drop: 'irrealis' };
	// "drones struck an oil refinery, injuring two workers": a strike that hits something is no walkout (strikers strike
	// intransitively: "nurses struck for 24 hours", "dockworkers struck on Monday").
	const hitsSomething = hit.word === 'struck' && /^\s+(?!(?:for|on|over|in|at|against|across|to|from|yesterday|today|again|last|this|early|late|earlier|nationwide|after|before|until|and|when|while|demanding)\b)(?:[\w'-]+)/.test(r.after);
	if (strikeWord && type === 'attack' && !hitsSomething) {
		// "Nurses will strike for 24 hours later this month": a walkout announced is none yet.
		// ("Rail unions called a nationwide strike for next Tuesday": called for a day to come.)
		const announced = NEGATED.test(r.clauseBefore) || IRREALIS.test(r.clauseBefore) || (/\bcall(?:ed|s)? (?:a |an )?(?:[\w-]+ )?$/.test(r.before) && /^\s+for\s+(?:next|the coming|tomorrow|\w+day\b)/.test(r.after));
		if (announced && (r.story?.labour || LABOUR.test(lower.replace(STAFF_OFFICER, ' ')))) return { type, drop: 'irrealis' };
		// ("German train drivers went on strike … The strike is the second in the dispute.")
		if (r.story?.labour && !armedCause(lower) && !harmTold(lower)) return { type: 'protest', hedged };
		if ((LABOUR.test(lower.replace(STAFF_OFFICER, ' ')) && !harmTold(lower)) || /\b(general|hunger|national|nationwide|labou?r|teachers'?|workers'?) strikes?\b/.test(lower.slice(Math.max(0, at - 20), at + 10))) return { type: 'protest', hedged };
		// ("A five-month strike in 2014 cost platinum producers billions", "a 48-hour strike": a walkout is counted in days,
		// weeks and months; a blow is not.)
		if (/^strikes?$/.test(hit.word) && /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|a)[- ](?:hour|day|week|month|year)s?[- ](?:long[- ])?$/.test(r.before) && !armedCause(lower) && !harmTold(lower)) return { type: 'protest', hedged };
		if (has(NATURAL, lower)) return { type, drop: 'natural' };
	}
	return undefined;
}

/** Protest words that tell no protest: the month of March, troops marching, roadblocks, diplomats, institutions, markets. */
export const DEFIED_BEFORE = /\b(?:ignor|defy|defie|defi|violat|break|broke|flout|disobey|refus\w* to observ)\w*\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+)?$/;

const MARCH_BY_CROWD = /^\s+(?:by|of)\s+(?:the\s+)?(?:[\w'-]+\s+){0,2}?(?:supporters|activists|protesters|demonstrators|students|workers|opposition|women|residents|farmers|teachers|citizens|thousands|hundreds|families|relatives|pensioners|veterans)\b/;

function protestLookAlike(r: Reading): Refined | undefined {
	const { hit, lower, before, clauseBefore } = r;
	const type = hit.type;
	// "arrested 23 supporters, accusing them of holding an unauthorized rally", "charged with organising a protest": the
	// rally is what the arrested are accused of, not a demonstration told.
	if (type === 'protest' && /\b(?:accus\w+|charg\w+|blam\w+|suspect\w*|convict\w+|sentenc\w+)\s+(?:[\w'-]+\s+){0,5}?(?:of|for|with)\s+(?:(?:holding|organi[sz]ing|staging|leading|calling|taking part in|participating in|joining|inciting)\s+)(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}$/.test(before)) return { type, drop: 'alleged' };
	// "The union is demanding a monthly increase": a negotiating side's demand, no demonstration.
	// ("abducted two teachers for ignoring the boycott": the boycott is what the victims defied, no protest told.)
	if (type === 'protest' && DEFIED_BEFORE.test(before)) return { type, drop: 'not-protest' };
	if (type === 'protest' && hit.word === 'demanding' && /\b(?:the\s+)?(?:union|unions|employers?|management|company|government|ministry|party|opposition|owners?)(?:\s*\([^()]{1,12}\))?(?:,\s+(?:which|who)\s+[^;]{1,80}?,)?\s+(?:is|are|was|were|has been|have been|had been|kept|keeps|continues|continued|now|also)?\s*$/.test(before)) return { type, drop: 'not-protest' };
	// ("police used batons to disperse a procession of teachers": a procession walks as a march does.)
	if (type === 'protest' && /^(march(?:ed|es)?|processions?)$/.test(hit.word)) {
		const noun = hit.word !== 'marched';
		// "in March", "March 14": the month; "held a march", "the march": a walk.
		if (noun && !MARCH_NOUN_BEFORE.test(before)) return { type, drop: 'month' };
		// A walk is a protest where one is told, or when a crowd walks or holds it: "troops marched into the town" is none,
		// "activists marched in Nairobi" and "students held a march" are.
		// (Also a march with a name: "joined a 'Reclaim the Night' march".)
		const held = noun && /\b(?:held|hold|staged|organi[sz]ed|led|joined|took part in|participated in)\s+(?:a|an|the|their)\s+(?:[\w-]+\s+|['\u2018\u201c"][^'\u2019\u201d"]{1,40}['\u2019\u201d"]\s+)?$/.test(before);
		// ("detained 15 people during a march by opposition supporters": whose march says it is a crowd's.)
		const crowds = noun && MARCH_BY_CROWD.test(r.after);
		if (!PROTEST_CONTEXT.test(lower.replace(hit.word, '')) && !held && !crowds && !PROTEST_CROWD_BEFORE.test(before)) return { type, drop: 'not-protest' };
	}
	// ("This is a demonstration of our strength", "a demonstration of firepower": a display, no crowd.)
	if (type === 'protest' && /^demonstrations?$/.test(hit.word) && /^\s+of\s+(?:(?:our|its|their|his|her|the|military|naval|air|its own|china's|russia's|\w+'s)\s+)*(?:strength|power|force|resolve|capabilit(?:y|ies)|firepower|might|commitment|solidarity|unity|support|readiness|determination|skill|technology|weapons?)\b/.test(r.after)) return { type, drop: 'display' };
	// "gunmen blocked a highway … and shot dead 23 people": an armed group's roadblock is part of its operation.
	if (type === 'protest' && /^(?:blocked|road ?blocks?)/.test(hit.word) && ARMED_SUBJECT.test(clauseBefore)) return { type, drop: 'armed-blockade' };
	// "Italy summoned Israel's ambassador in protest": a state's diplomatic protest, no crowd.
	if (type === 'protest' && /^protest$/.test(hit.word) && /\bin\s+$/.test(before) && DIPLOMATIC.test(lower)) return { type, drop: 'diplomatic' };
	// "a resolution demanding that the RSF halt its siege": an institution's demand, not a crowd's.
	if (type === 'protest' && hit.word === 'demanding' && INSTITUTION_BEFORE.test(before)) return { type, drop: 'institutional' };
	// "Gold rallied", "stocks staged a rally": a market's rise.
	if (type === 'protest' && /^rall(?:y|ies|ied|ying)$/.test(hit.word) && MARKET_SUBJECT.test(before) && !PROTEST_CONTEXT.test(lower.replace(hit.word, ''))) return { type, drop: 'market' };
	return undefined;
}

const ONGOING_FIGHT_AFTER = /^\s+(?:[\w'()-]+\s+){0,8}?(?:for|over)\s+(?:the\s+)?(?:control|territory|years|months|decades|dominance|supremacy|turf)\b/;

/** Tolls, habits, judgements, purposes and manners: no single event. */
function aggregate(r: Reading): Refined | undefined {
	const { hit, lower, before, after } = r;
	const type = hit.type;
	// Tolls and habits: "3,600 people have been killed in the first half of the year", "have fought Indian rule since
	// 1989", "raids kill hundreds every year", "fought two wars", "attacks on aid workers are unacceptable". Many events,
	// or none in particular: ACLED codes events one at a time, and such totals would swamp any count.
	if (VIOLENT_FAMILY.has(type) || ['abduction', 'arrest', 'looting', 'sexual_violence'].includes(type)) {
		// ("South Sudan's army said on Sunday its troops had recaptured Akobo … after weeks of fighting that has driven thousands
		// into Ethiopia": a pluperfect in reported speech tells one act.)
		const perfect = (PERFECT_BEFORE.test(before.slice(-40)) && !REPORTED_PLUPERFECT.test(before)) || SERIES.test(lower);
		if ((perfect && LONG_SPAN.test(lower)) || HABITUAL.test(lower) || (perfect && MULTITUDE.test(lower)) || HUGE_TOLL.test(after)) return { type, drop: 'aggregate' };
		if (/^\s+(?:two|three|four|five|several|many|multiple|\d+)\s+wars\b/.test(after)) return { type, drop: 'aggregate' };
		// ("the Santa Rosa de Lima Cartel, which has been fighting the CJNG for control of the state": a rivalry that goes on,
		// said of a party; no fight of a day.)
		if (/^(?:fighting|battling|clashing|warring)$/.test(hit.word) && (/\b(?:which|who|that)\s+(?:has|have|had)\s+been\s+$/.test(before) || (/\b(?:has|have|had)\s+been\s+$/.test(before) && ONGOING_FIGHT_AFTER.test(after)))) return { type, drop: 'aggregate' };
		// ("The rebel group, which has fought for autonomy in southern Thailand": what a party has long done, said of it.)
		if (/^(?:fought|battled|waged)$/.test(hit.word) && /\b(?:which|who|that)\s+(?:has|have|had)\s+(?:(?:long|also|historically|previously|traditionally|often|repeatedly)\s+)?$/.test(before)) return { type, drop: 'aggregate' };
		// "1,700 people have been killed in Sinaloa", "Kyiv has stepped up long-range attacks", "bandits regularly carry out
		// kidnappings", "has been attacked several times", "5,600 people were killed in gang violence in 2024": trends and totals.
		if (SERIES.test(lower) && !harmTold(lower.replace(SERIES, ' '))) return { type, drop: 'aggregate' };
		// ("said a woman whose brother, a boda boda driver, was killed near the police station": a speaker described by a loss.)
		if (WHOSE_KIN_BEFORE.test(before) && /^(?:killed|shot dead|died|murdered|slain)$/.test(hit.word)) return { type, drop: 'retold' };
		// ("clashes between illegal miners and police have occurred in the past": what has happened before, undated.)
		if (PAST_HABIT.test(lower)) return { type, drop: 'aggregate' };
		// "Iran has since fired hundreds of missiles at Israel, killing more than 20 people": a running total.
		// (Only what the running total itself tells: "Gunmen killed five on Monday; the army has since deployed troops" stays.)
		if (/\b(?:has|have)\s+since\b[^.;]*$/.test(before)) return { type, drop: 'aggregate' };
		// ("Northern Benin has seen a sharp increase in attacks by Sahel-based militants since early 2025", "Attacks on security
		// forces have increased in eastern Deir-ez-Zor since January": a trend.)
		if (/\b(?:increase|rise|surge|spike|upsurge|uptick|escalation|growth)\s+in\s+(?:[\w-]+\s+){0,2}$/.test(before) || (/^attacks$/.test(hit.word) && /^\s+(?:[\w'-]+\s+){0,6}?(?:have|has)\s+(?:\w+ly\s+)?(?:increased|risen|surged|grown|escalated|intensified|multiplied|spiked|doubled|tripled)\b/.test(after))) return { type, drop: 'aggregate' };
		// ("…, the U.N. said Sunday, as fighting in the northeast of the country raised fears of a return to civil war": the
		// backdrop the event is set against, told by what it does.)
		if (/^(?:fighting|violence|clashes|conflict|unrest)$/.test(hit.word) && /,\s+(?:as|while|with)\s+(?:(?:the|renewed|heavy|fierce|continuing|ongoing|escalating)\s+)?$/.test(before) && BACKDROP_AFTER.test(after)) return { type, drop: 'aggregate' };
		// "…, as al Qaeda-linked militants step up attacks on supply routes": a campaign's trend beside the event told.
		if (/\b(?:step(?:s|ped|ping)?\s+up|intensif(?:y|ies|ied|ying)|escalat(?:e|es|ed|ing)|ramp(?:s|ed|ing)?\s+up)\s+(?:(?:their|its|the|a)\s+)?(?:[\w-]+\s+){0,2}$/.test(before)) return { type, drop: 'aggregate' };
		// (Not where the days are told: "Between 20 and 23 January 2025, RSF fighters repeatedly assaulted the headquarters" is
		// one event over those days, as ACLED codes it.)
		if ((/\b(?:regularly|routinely|frequently|often|repeatedly|constantly|habitually|usually)\s+(?:[\w-]+\s+){0,3}$/.test(before) || /^\s+(?:\w+\s+){0,3}?(?:several|many|multiple|numerous|countless|dozens of) times\b/.test(after)) && !DAYS_TOLD.test(lower)) return { type, drop: 'aggregate' };
		// (A single bombing can kill hundreds in a year named: only deaths "in violence", "in attacks", "in clashes" are a total.)
		if (YEAR_TOTAL.test(lower) && BIG_COUNT.test(lower) && MASS_CAUSE.test(lower)) return { type, drop: 'aggregate' };
		// ("The U.N. says more than 4,000 people were killed in the first half of the year": a half-year's toll.)
		if (/\bin the (?:first|second|latter) (?:half|quarter|months?) of (?:the|this|last) year\b|\bin the (?:first|past|last) (?:\w+ )?months of (?:the|this) year\b/.test(lower) && BIG_COUNT.test(lower)) return { type, drop: 'aggregate' };
		// "27 million Soviet citizens died in the Second World War": history.
		if (PAST_WAR.test(lower)) return { type, drop: 'aggregate' };
		// "near-daily strikes", "live under constant bombardment", "displaced by fighting": a condition, not an event.
		if (FREQUENCY_BEFORE.test(before) && !harmTold(lower)) return { type, drop: 'aggregate' };
		if (/\bliv(?:e|es|ed|ing)\s+(?:under|with|in fear of|through)\s+(?:[\w-]+\s+){0,2}$/.test(before) || /\b(?:displaced|uprooted|driven out|forced out|fled|fleeing|escaping|escaped)\s+(?:by|from)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$/.test(before) || (/^(?:fighting|violence|war|clashes|conflict)$/.test(hit.word) && /\b(?:fleeing|escaping|fled|escaped|ending|ended|ends|halting|halted)\s+(?:the\s+)?(?:(?:days|weeks|months|years|decades)\s+of\s+)?(?:[\w-]+\s+)?$/.test(before))) return { type, drop: 'aggregate' };
		if (JUDGED_AFTER.test(after)) return { type, drop: 'generic' };
		// '"The army carries out air strikes, the RSF carries out ground raids," a reporter said': what each side does, in
		// a quote's present tense, is a habit, not an event told.
		if (/["\u201c\u201d]/.test(lower) && /\b(?:carries out|carry out|conducts|launches|stages|mounts|uses|use|relies on|rely on|attacks|targets|bombs|shells)\s+(?:(?:the|its|their|regular|daily|nightly|frequent|indiscriminate)\s+)?(?:[\w-]+\s+)?$/.test(before)) return { type, drop: 'generic' };
		// "said Anne Murris, whose daughter Camille was killed in the attack": who a person is, by a past loss; no event
		// told, unless the clause dates it.
		if (/\bwhose\s+(?:[\w'-]+\s+){1,5}?(?:was|were|had been|has been)\s+(?:[\w-]+\s+){0,4}$/.test(before) && !DATED.test(after.split(/[.;]/)[0])) return { type, drop: 'retold' };
		// "signed an agreement to end cattle raids": what an act is meant to stop did not happen then.
		if (PURPOSE_BEFORE.test(before)) return { type, drop: 'purpose' };
		// "arrested six suspects in raids on IS cells": the raids are how the arrests were made.
		// "raided Nablus and arrested 12 Palestinians": a raid whose only outcome told is arrests is how they were made.
		if (/^raid(?:ed|s)?$/.test(hit.word) && /^\s+(?:[\w'-]+\s+){0,6}?(?:and|,)\s+(?:\w+\s+)?(?:arrested|detained|rounded up|apprehended)\b/.test(after) && !harmTold(lower)) return { type, drop: 'manner' };
		if (/\braids?\b/.test(hit.word) && /\b(?:arrest\w*|detain\w*|apprehend\w*|captur\w*|seiz\w*)\b[^,;]{0,60}\b(?:in|during)\s+(?:a\s+|the\s+|[\w-]+\s+)?$/.test(before)) return { type, drop: 'manner' };
	}
	return undefined;
}

// "claimed responsibility for the attack", "denied involvement in the bombing": an act already told, owned or disowned.
const CLAIMED_BEFORE = /\b(?:claimed|claiming|claims|admitted|accepted|took|denied|denying|blamed|blaming|blames)\s+(?:(?:full|sole)\s+)?(?:responsibility\s+for\s+|involvement\s+in\s+)?(?:the|this|that|these|those|[a-z]+day's|its|their)\s+(?:[\w-]+\s+)?$/;
// "the planned airstrikes", "any strike" (not "a well-planned attack", "a carefully planned raid": one that was done).
// ("the Pentagon has drawn up plans for attacks on drug cartels", "options for strikes on Iran": what is planned, not done.)
const PROSPECTIVE_BEFORE = /(?<![\w-])(?<!ly\s)(?:planned|proposed|possible|potential|threatened|intended|contemplated|hypothetical|would-be|any)\s+(?:[\w-]+\s+)?$|\b(?:plans?|options?|proposals?|preparations?|calls?|authori[sz]ation|threats?)\s+(?:for|of)\s+(?:possible\s+|new\s+|further\s+|military\s+|u\.s\.\s+)?$/;

/** Future, conditional, intended, negated. */
function irrealis(r: Reading): Refined | undefined {
	const { hit, before, clauseBefore, hedged } = r;
	const type = hit.type;
	if (type !== 'statement' && type !== 'threat' && type !== 'accusation' && type !== 'order') {
		// ("people held a No Kings rally": an article before "no" makes it a name, not a negation.)
		if ((NEGATED.test(clauseBefore) && !NAMED_NO.test(clauseBefore)) || WITHOUT_BEFORE.test(before) || DENIED_THAT.test(clauseBefore)) return { type, drop: 'negated' };
		// ("police foiled a plan by a gang to set off a car bomb", "thwarted a car bomb attack on a prison": a weapon kept from
		// being used, not used.)
		// (A thwarted attack, with no plan or plot named, is a fight that was won: "thwarted a Houthi attack" is a clash.)
		const bomb = type === 'explosive' || type === 'suicide_bombing' || /\b(?:bombs?|explosives?|ieds?)\s+$/.test(before);
		if (VIOLENT_FAMILY.has(type) && (FOILED_PLAN_BEFORE.test(clauseBefore) || (bomb && FOILED_BEFORE.test(clauseBefore)))) return bomb ? { type: 'weapons_disrupted', hedged } : { type, drop: 'irrealis' };
		// "The army did not say how many attackers had been killed": what was not told.
		if (/\b(?:did not|didn't|does not|declined to|refused to|would not|could not)\s+(?:say|comment on|confirm|disclose|specify|give)\b/.test(clauseBefore)) return { type, drop: 'untold' };
		// ("A politician who planned to run for mayor was shot dead": the subject's relative clause is not the verb's mood.)
		const mood = clauseBefore.replace(SUBJECT_RELATIVE, ' ');
		if (IRREALIS.test(mood)) {
			if (VIOLENT_FAMILY.has(type) && /\b(threaten\w*|vow\w*|warn\w*)\b/.test(clauseBefore)) return { type: 'threat', hedged };
			return { type, drop: 'irrealis' };
		}
		// "A strike, if ordered, could involve B-2 bombers": the act a condition or a modal after it makes hypothetical.
		if (/^(?:strikes?|attacks?|offensive|invasion|assault|operation|war)$/.test(hit.word) && /^\s*,?\s*(?:if\b|should it\b|were it\b|(?:[\w-]+\s+){0,3}?(?:could|would|might)\s+(?:involve|include|target|hit|come|be|use|begin|start|last)\b)/.test(r.after)) return { type, drop: 'irrealis' };
		// "the bandits agreed to release abducted residents and stop attacks on farming communities": what is to stop tells
		// no attack.
		if (VIOLENT_FAMILY.has(type) && /\b(?:stop|stopping|end|ending|halt|halting|cease|ceasing|prevent|preventing|avert|averting|deter|curb)\s+(?:all\s+|the\s+|further\s+|future\s+|such\s+|their\s+|its\s+)?$/.test(before)) return { type, drop: 'irrealis' };
	}
	return undefined;
}

const FOILED = String.raw`\b(?:foil(?:ed|s|ing)?|thwart(?:ed|s|ing)?|avert(?:ed|s|ing)?|frustrat(?:ed|es|ing)|disrupt(?:ed|s|ing)?|prevent(?:ed|s|ing)?|stopp?(?:ed|s|ing)?|uncover(?:ed|s|ing)?|busted)\s+(?:an?\s+|the\s+)?(?:[\w'-]+\s+){0,3}?`;
const FOILED_BEFORE = new RegExp(`${FOILED}$`);
const FOILED_PLAN_BEFORE = new RegExp(String.raw`${FOILED}(?:plans?|plots?|conspiracy|scheme)\b[^.;]{0,80}$`);

// "who planned to run for mayor of Manta (was shot dead)": a relative clause describing the subject, closed by the verb.
const SUBJECT_RELATIVE = /\b(?:who|which|that)\s+(?!(?:will|would|could|might|may|should|is to|are to)\b)[^,;]{3,120}?(?=\s(?:was|were|has been|have been|had been)\s+(?:\w+\s+)?$)/;

const WITHOUT_FIGHT = /\bwithout (?:a fight|(?:meeting |encountering |facing )?(?:any |a )?(?:resistance|fighting|clashes|combat|a shot (?:being )?fired))\b|\bunopposed\b/;
const WITHDREW = /\b(?:withdrew|withdrawn|pulled out|retreated|abandoned|vacated|left the (?:town|city|base|area))\b/;
const FOUGHT = /\b(?:clash\w*|fight(?:s|ing)?|fought|battl\w*|attack\w*|assault\w*|offensive|shell\w*|storm\w*|overr[au]n|exchang\w* (?:of )?fire|firefights?|gunfights?|gun ?battles?)\b/;

const SHOT_AT_PERSON = /\bat\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:journalist|reporter|man|woman|boy|girl|child|civilian|motorist|driver|vendor|trader|shopkeeper|teacher|priest|pastor|imam|student|activist|politician|lawmaker|mayor|candidate|minister|prime minister|president|official|judge|lawyer|businessman|businesswoman)\b/;

/** The sub-type the weapon, the damage and the participants decide. */
function subType(r: Reading): Refined {
	const { hit, at, offset, before, after, clauseBefore, strikeWord, hedged } = r;
	// (Narrowed to the event's own clause once its weapons are read: see eventScope.)
	let { lower } = r;
	let type = hit.type;
	// "took control of Boni after Malian troops withdrew without a fight": territory changing hands unopposed.
	if (type === 'territory_regained' && (WITHOUT_FIGHT.test(lower) || (WITHDREW.test(lower) && !FOUGHT.test(lower))) && !harmTold(lower)) return { type: 'territory_transfer', hedged };
	// Weapon decides the sub-type of a violent event ("killed by an airstrike"):
	// heavy weapons alone are shelling; with small arms, or fire "in both
	// directions", it is an exchange, i.e. an armed clash.
	// "police detained 14 people in raids against the PKK": raids that detain, and harm no one, are the arrests.
	if (/^raid(?:s|ed)?$/.test(hit.word) && /\b(?:detain(?:ed|ing)|arrest(?:ed|ing)|rounded up|took (?:\w+ )?into custody)\b/.test(lower) && !harmTold(lower.replace(/\braids?\b/g, ' ')) && !has(ARMED_CAUSE, lower.replace(/\b(?:police|forces|troops|soldiers|army)\b/g, ' '))) return { type: 'arrest', hedged };
	// "Israeli forces blew up 20 houses": buildings destroyed, no one harmed, is property destruction.
	if (/^blew up$/.test(hit.word) && BUILDINGS_AFTER.test(after) && !harmTold(lower)) return { type: 'looting', hedged };
	// ("Russian forces dropped munitions containing a chemical irritant on Ukrainian positions": what was dropped decides; so
	// does "a riot-control chemical" dropped on positions.)
	// (Only what the aircraft carried: a story of air strikes on Iraq's chemical weapons tells no chemical attack.)
	if (type === 'airstrike' && CHEMICAL_PAYLOAD.test(lower)) return { type: 'chemical_attack', hedged };
	// ("Gunmen ambushed a public minibus on a highway, killing passengers": an ambush of people travelling is an attack on them.)
	if (type === 'armed_clash' && /^ambush(?:ed|es)?$/.test(hit.word) && CIVILIAN_TRAVEL_AFTER.test(after)) type = 'attack';
	if (type === 'attack' || type === 'armed_clash' || type === 'explosive' || type === 'shelling') {
		// Weapons named in "in response to a rocket attack" belong to the other event.
		lower = eventScope(lower, at, hit.end - offset);
		const explicitClash = (type === 'armed_clash' && CLASH_WORD.test(hit.word)) || has(TWO_SIDED, lower) || RESISTED.test(before) || RESISTED_AFTER.test(after);
		// "Shots" alone name no weapon: small arms only when nothing heavier is named.
		const heavy = has(SHELL, lower) || (/^fired\b/.test(hit.word) && has(MG_AT, lower)) || has(UNKNOWN_WEAPONS, lower);
		const small = has(SMALL_SPECIFIC, lower) || (!heavy && has(SMALL_ARMS, lower));
		// One side firing heavy weapons at places ("fired mortars and sniper rifles at farms") is shelling.
		const oneSided = /^fired\b/.test(hit.word) && !explicitClash && !/^\s+(?:the\s+)?(?:[\w'-]+\s+){0,4}?(positions?|forces|troops|soldiers|fighters|militants|checkpoints?|posts?|bases?|lines|frontlines?|front)\b/.test(after);
		if (has(CHEMICAL_AGENT, lower)) type = 'chemical_attack';
		else if (has(SUICIDE, lower) && has(SUICIDE_MEANS, lower)) type = 'suicide_bombing';
		else if (!explicitClash && has(AIR, lower) && !has(AIR_DEFENCE, lower) && !(GROUND_ASSAULT.test(lower) || GROUND_WORD.test(hit.word))) type = 'airstrike';
		// ("threw an explosive device, later identified by police as a fragmentation grenade": the device, named.)
		else if (!explicitClash && has(GRENADE, lower) && GRENADE_IDENTIFIED.test(lower)) type = 'grenade';
		// (A drone's explosive is its payload, no bomb planted: "with rifles and an explosive-laden drone".)
		else if (!explicitClash && has(IED, lower) && !(DRONE_PAYLOAD.test(lower) && !IED.test(lower.replace(DRONE_PAYLOAD_ALL, ' ')))) type = 'explosive';
		else if (!explicitClash && has(GRENADE, lower) && has(GRENADE_THROWN, lower)) type = 'grenade';
		else if (heavy || type === 'shelling') type = explicitClash || (small && !oneSided) ? 'armed_clash' : 'shelling';
		else if (explicitClash && type === 'attack') type = 'armed_clash';
		// (Shots fired at a person, "fired five shots at a journalist", are an attack on that person, not an exchange.)
		else if (small && /^(?:\d+ )?(fired|bursts|projectiles|shots|gunfire)/.test(hit.word) && !SHOT_AT_PERSON.test(hit.word + after)) type = 'armed_clash';
		else if (/^fired\b/.test(hit.word) && SHOT_AT_PERSON.test(hit.word + after)) type = 'attack';
		else if (type === 'explosive') type = has(FRONTLINE_FIRE, lower) ? 'shelling' : /^(?:bombings?|detonated|detonation|blew up)$/.test(hit.word) ? 'explosive' : 'attack';
		else if (has(CHEMICAL, lower)) type = 'chemical_attack';
	}
	// A bomb found or defused did not go off: its use was disrupted.
	// ("soldiers intercepted a suicide bomber before she could detonate her belt": a bombing stopped before it happened.)
	const stopped = (type === 'suicide_bombing' || type === 'explosive') && STOPPED_BEFORE_DETONATING.test(lower);
	if ((stopped || (type === 'explosive' && has(DEFUSED, lower))) && !/\b(killed|wounded|injured|casualties)\b/.test(lower.replace(NO_HARM, ' '))) type = 'weapons_disrupted';
	// ("air defence units intercepted and destroyed 24 drones": the weapons destroyed in flight, a use disrupted; "found an IED …
	// and destroyed it in a controlled detonation": the same.)
	if ((type === 'looting' || type === 'explosive') && /^(?:destroyed|detonated|blew up)$/.test(hit.word) && (DESTROYED_IN_FLIGHT.test(after) || CONTROLLED_DETONATION.test(lower))) return { type: 'weapons_disrupted', hedged };
	// "The attack damaged a cathedral", "homes were destroyed in the strikes": the damage of an event already told.
	if (type === 'looting' && /^(destroyed|damaged|demolished|razed)$/.test(hit.word) && (DAMAGE_BY_TOLD_EVENT_BEFORE.test(before) || DAMAGE_BY_TOLD_EVENT_AFTER.test(after))) {
		return { type, drop: 'consequence' };
	}
	// "Tornadoes spawned by the storm destroyed homes": nature's damage, nobody's act.
	if (type === 'looting' && (has(DISASTER, lower) || has(ACCIDENT, lower) || r.story?.accident) && !has(ARMED_CAUSE, lower) && !/\b(looted|looting|looters|arson|torched|set (?:on )?fire)\b/.test(lower)) return { type, drop: 'no-force' };
	// Property destroyed with a heavy weapon, from the air or by a mine: "destroyed a bulldozer using an ATGM".
	if (type === 'looting' && hit.word !== 'arson' && /^(destroyed|damaged|demolished|razed)$/.test(hit.word)) {
		const scope = eventScope(lower, at, hit.end - offset);
		if (has(AIR, scope)) type = 'airstrike';
		else if (has(IED, scope)) type = 'explosive';
		else if (has(SHELL, scope)) type = 'shelling';
	}
	// ("its strikes": the force that speaks is the one that struck.)
	// "an Israeli strike on his residence", "U.S. strikes": a state's strike is from the air.
	// (A strike aimed at something or someone: "the Italian strike closed ports" is labour's.)
	if (type === 'attack' && /^strikes?$/.test(hit.word) && !has(SHELL, lower) && stateAdjectiveBefore(before) && (/^\s+(?:on|against|targeting|that killed|which killed|killed|killing|hit)\b/.test(after) || HARM.test(lower))) type = 'airstrike';
	if (type === 'attack' && strikeWord && has(MILITARY_STRIKER, /\b(?:its|their|our)\s+(?:\w+\s+)?$/.test(before) ? lower : lower.replace(STRUCK_FORCE, ' ')) && !has(SHELL, lower)) type = 'airstrike';
	// ("… punishment for residents who supported a vigilante group": a crowd named after the act, in a clause of its own, did not do it.)
	if ((type === 'armed_clash' || type === 'attack') && MOB.test(lower.slice(0, hit.end - offset + 60)) && !(MOB.test(after) && !MOB.test(lower.slice(0, hit.end - offset)) && /\b(?:who|which|that)\b/.test(after.slice(0, after.search(MOB) + 1)))) type = 'mob_violence';
	// Property only, nobody hurt: "raided houses, taking away food", "an arson attack targeting a factory".
	// (Not where people were the target: "opened fire on concert-goers … and set the building on fire", "attacked worshippers".)
	if ((type === 'attack' || type === 'mob_violence') && !strikeWord && !/^(explosions?|blasts?|exploded|detonated|blew up)$/.test(hit.word) && !has(AIR, lower) && !has(SHELL, lower) && has(PROPERTY, lower) && !harmTold(lower) && !PEOPLE_ATTACKED_AFTER.test(after)) type = 'looting';

	// A fight that demonstrators, or a crowd that also burns and stones, are party to is a riot.
	// Demonstrators killed or shot at are repressed, not rioting: "security forces have killed 400 protesters".
	// ("soldiers shot at people protesting against the results": a crowd named by what it was doing.)
	// ("police opened fire on supporters of Venancio Mondlane marching in Maputo": whose supporters may stand between.)
	// ("police opened fire on farmers blocking a highway": a crowd blocking a road is demonstrating.)
	const protestingCrowd = /^\s+(?:at\s+|on\s+)?(?:\w+\s+){0,2}?(?:people|crowds?|residents|students|workers|youths?|villagers|supporters|farmers|traders|drivers|truckers|miners|teachers|women)\s+(?:of\s+(?:the\s+)?(?:[A-Za-z][\w'-]*\s+){1,4}?)?(?:who\s+(?:were|was)\s+)?(?:protesting|demonstrating|marching|rallying|blocking\s+(?:a|an|the|several|two|three|main|major|key|their)\s+(?:[\w-]+\s+){0,2}?(?:roads?|bridges?|highways?|motorways?|railways?|rail lines?|junctions?|intersections?|streets?|border crossings?))\b/.test(after);
	// ("fired live bullets at protesters", "fired live rounds into the crowd": lethal fire named by its ammunition.)
	// ("Police fired live bullets and tear gas at protesters, killing two": the dead of the fire just told at the crowd.)
	const firedAtCrowd = /^(?:killed|killing|wounding|injuring|leaving)$/.test(hit.word) && /\b(?:fired|shot|opened fire)\b[^.;]{0,60}?\b(?:at|on|upon|into)\s+(?:the\s+)?(?:\w+\s+){0,2}?(?:protesters|protestors|demonstrators|marchers|crowds?)\b[^.;]{0,60}$/.test(before);
	// ("Rangers opened fire on a rally": the gathering names the crowd.)
	const onGathering = /^(?:opened fire|fired)$/.test(hit.word) && /^\s+(?:on|at|into)\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:rally|protest|demonstration|march|sit-in|procession|funeral procession|crowd)\b/.test(after);
	const crowdHarmed = onGathering || (/^(killed|killing|shot|shot dead|opened fire|fired (?:at|on|upon|(?:live|real) (?:bullets|rounds|ammunition)(?: and [\w ]{1,20}?)? (?:at|on|into))|wounded|injured|beat(?:en)?)/.test(hit.word) && (DEMONSTRATORS.test(after) || protestingCrowd || /\b(protesters|demonstrators)\s+(?:\w+\s+){0,3}$/.test(before) && /\b(have|has|had|were|was|been)\s+(?:\w+\s+)?$/.test(before) || COUNTED_CROWD_BEFORE.test(before) && /^(?:killed|shot dead|shot|wounded|injured)$/.test(hit.word))) || firedAtCrowd;
	// "Police shot dead two protesters": the state's lethal force on a demonstration.
	if (crowdHarmed && (type === 'attack' || type === 'armed_clash') && STATE_FORCE_BEFORE.test(firedAtCrowd ? before : clauseBefore) && (/^\s+(?:[\w-]+\s+){0,3}?(?:protesters|protestors|demonstrators|marchers)\b/.test(after) || protestingCrowd || firedAtCrowd || onGathering)) type = 'protest_repression';
	// "Supporters of the BNP and Jamaat clashed with sticks and bricks": crowds fighting crowds, without guns, are mob violence.
	// (The crowd may be named far back: "supporters of the Bangladesh Nationalist Party (BNP) and the Jamaat-e-Islami party clashed".)
	if (type === 'armed_clash' && CROWD_SIDES.test(clauseEnding(r.lower.slice(Math.max(0, at - 160), at))) && !ARMED_SIDE.test(r.lower.replace(ATTRIBUTION, ' ')) && !FIREARMS.test(r.lower)) type = 'mob_violence';
	// ("Morales supporters blocking a road clashed with police": a crowd fighting the police, unarmed, riots.)
	const crowdOnPolice = type === 'armed_clash' && /\b(?:supporters|followers|residents|villagers|youths?|students|workers|farmers|traders|crowds?|mobs?)\b/.test(clauseBefore) && /^\s+with\s+(?:the\s+)?(?:riot\s+)?(?:police|policemen|gendarmes?|security forces|carabineros)\b/.test(after) && !FIREARMS.test(lower.replace(LESS_LETHAL, ' '));
	// ("Federal police pushed the protesters off the street and used pepper spray; a 70-year-old woman was injured": someone
	// hurt while the police cleared a crowd that did nothing violent was hurt by the clearing, no fight.)
	const hurtByPolicing = /^(?:injured|wounded|hurt)$/.test(hit.word) && has(INTERVENTION, lower) && !has(RIOT, lower);
	const crowdFight = !crowdHarmed && !hurtByPolicing && (type === 'armed_clash' || type === 'attack' || type === 'mob_violence') && (crowdOnPolice || has(DEMONSTRATORS, lower) || (CROWD_SUBJECT.test(clauseBefore) && has(RIOT, lower) && !PASSIVE_BEFORE.test(before)));
	if (crowdFight) type = 'riot';
	// "The Taliban arrested a former officer and his whereabouts remain unknown": a forced disappearance.
	if (type === 'arrest' && WHEREABOUTS_UNKNOWN.test(lower)) type = 'abduction';
	// Demonstrations: intervention, repression, violence.
	if (type === 'protest' || type === 'riot') {
		// ("Junta troops marching through Budalin township set fire to more than 80 houses": armed men on the march are no march.)
		const protestish = type === 'protest' || (has(PROTEST_CONTEXT, lower) && (!TROOPS_MARCHING.test(lower) || PROTEST_CONTEXT.test(lower.replace(TROOPS_MARCHING_ALL, ' ')))) || CROWD_AT_POLITICIANS.test(lower);
		// ("students threw stones at gendarmes and burned tyres": a crowd stoning the security forces fights them, whatever it
		// burns; with no demonstration told, ACLED codes that mob violence.)
		const stoningForces = /\b(?:threw|hurled|pelted|lobbed)\b[^.;]{0,40}?\b(?:at|on)\s+(?:the\s+)?(?:riot\s+)?(?:police(?:men)?|gendarmes?|gendarmerie|carabineros|soldiers|troops|security forces|officers|army)\b/.test(lower) && /\b(?:residents|villagers|youths?|locals|inhabitants|people|crowds?|mobs?|students|pupils|workers|supporters|demonstrators|protesters|farmers|traders|fans)\b/.test(clauseBefore);
		if (type === 'riot' && !protestish) {
			// ("beat and set on fire five men": fire set to people is no damage to property.)
			// ("youths … threw fireworks at police … after a local teenager was injured during a police chase": a crowd answering
			// what the police did demonstrates against them, violently.)
			if (!(stoningForces && POLICE_GRIEVANCE.test(lower))) type = has(MOB, lower) || stoningForces ? 'mob_violence' : has(DAMAGE_WORD, lower) && !PEOPLE_BURNED.test(lower) ? 'looting' : 'mob_violence';
			// ("Rioters torched cars after police shot dead a teenager": the shooting they answer is another event.)
			// (A crowd's own violence, "protesters threw stones at police", stays a riot however the police answered: ACLED codes
			// a violent demonstration as such even when it is met with lethal force.)
					// ("marched on Sunday, demanding justice for three protesters killed by police last week": the grievance's dead.)
		} else if (type !== 'riot' && has(REPRESSION, lower) && REPRESSION.test(eventScope(maskGrievance(lower), at, hit.end - offset))) type = 'protest_repression';
		else if (crowdFight || (has(RIOT, lower) && RIOT.test(lower.replace(SINCE_EARLIER, (m, i: number) => (at >= i && at < i + m.length ? m : ' '.repeat(m.length)))))) type = 'riot';
		else if (has(INTERVENTION, lower) && !NO_INTERVENTION.test(lower)) type = 'protest_intervention';
		else type = 'protest';
	}
	return { type, hedged };
}

/**
 * Second-look triggers for a sentence in which no trigger survived: words too
 * loose to search everywhere ("died", "gathered", "arrived") that still name
 * the event when nothing else in the sentence does. Each is weak (low strength).
 */
const FALLBACK: Array<{ re: RegExp; type: string; when?: RegExp; unless?: RegExp }> = [
	// "three people died and were found wrapped in blankets", "attackers wounded four civilians"
	// (Not a relative's death told as family history, "a 19-year-old whose mother died last year", nor a peaceful one.)
	{ re: /\b(died|wounded|injured)\b/, type: 'attack', unless: /\b(covid|coronavirus|virus|illness|disease|natural causes|accident|drown\w*|heart|cancer|crash\w*|collision|flood\w*|fire broke)\b|\b(?:whose|his|her|their|my|our)\s+(?:\w+\s+)?(?:mother|father|wife|husband|son|daughter|brother|sister|parents?|grandmother|grandfather|uncle|aunt|grandparents)\s+(?:\w+\s+)?died\b|\bdied\s+(?:peacefully|of old age|at home|in (?:his|her|their) sleep|after a (?:long|short|brief) (?:illness|battle))\b/ },
	// "thwarted a Houthi incursion", "responded to pro-Houthi fire"; "assault groups … were repelled by Ukrainian forces"
	{ re: /\b(incursions?|infiltration attempts?|responded to (?:\S+ ){0,2}(?:fire|shelling|attacks?)|(?:was|were) (?:repelled|repulsed|beaten back))\b/, type: 'armed_clash' },
	// "people burned objects … to demonstrate", "burning debris to demand fuel"
	{ re: /\b(burn(?:ed|ing|t) (?:\w+ ){0,2}(?:objects|debris|tyres|tires|effig\w+)|smashed|vandali[sz]ed)\b/, type: 'riot' },
	// "did a motorcade in support of", "blocked the airport road", "gathered in front of a school … to demand"
	{ re: /\b(motorcades?|caravans?|marched|gathered|assembled|blocked|cut off (?:the )?roads?|demonstrate)\b/, type: 'protest', when: /\b(demand\w*|against|in support of|to protest|in protest|calling for|to call for|to urge|to press for|slogans?|placards?|banners?|draw attention|to denounce|to reject|to ask for|justice for|commemorat\w*)\b/ },
	// ("students blocked a bridge in Novi Sad", "farmers blocking the highway", "protesters blocked Rustaveli Avenue"): a crowd that blocks a road is protesting,
	// whatever it asks for. (Not armed men's roadblocks: armed subjects are dropped by the protest look-alikes.)
	// (The verb is matched before the crowd is looked for behind it: a look-behind at every position of every sentence cost
	// more than the rest of the loose words together.)
	{ re: /(?:block(?:ed|ing)|barricad(?:ed|ing))(?<=\b(?:students|farmers|workers|truckers|drivers|residents|villagers|activists|youths|traders|teachers|miners|transporters|protesters|demonstrators|locals|women|pensioners|veterans)\s+(?:[\w-]+\s+){0,2}?(?:block(?:ed|ing)|barricad(?:ed|ing)))(?=\s+(?:off\s+)?(?:(?:a|an|the|several|two|three|main|major|key|their)\s+)?(?:[\w-]+\s+){0,2}?(?:roads?|bridges?|highways?|motorways?|railways?|rail lines?|tracks|junctions?|intersections?|streets?|avenues?|boulevards?|squares?|border crossings?|roundabouts?|ports?|entrances?)\b)/, type: 'protest' },
	// "seized a vehicle belonging to", "stole cattle"
	// "armed gangs stormed the prison": a raid on a building, when no other word names what was done there
	// ("stormed a house, kidnapping five brothers" is the kidnapping).
	// (The verb alone is the word: what was stormed, "an army base", names the attacked, as it would after "attacked".)
	{ re: /\bstorm(?:ed|ing)(?= (?:into )?(?:the |a |an )?(?:[\w'-]+ ){0,6}?(?:prisons?|jails?|parliament|buildings?|compounds?|bases?|camps?|palace|embassy|headquarters|stations?|offices?|villages?|hamlets?|settlements?|towns?|schools?|hospitals?|churches|church|mosques?|homes?|houses?|premises|courthouse|capitol)\b)/, type: 'attack' },
	{ re: /\b(seized|stole|robbed)\b/, type: 'looting', unless: /\b(drugs?|marijuana|cocaine|weapons?|arms|ammunition|explosives|seized power|seized control|servers?|domains?|websites?|accounts|data|crypto\w*)\b/ },
	// "discovered crematoria and bone remains at a ranch", "a mass grave was found": remains found, ACLED's other developments.
	{ re: /\b((?:discovered|found|uncovered|unearthed|exhumed|located)\s+(?:[\w-]+\s+){0,3}?(?:mass graves?|clandestine graves?|graves?|crematori(?:a|um|ums)|human remains|bone remains|skeletal remains|remains of (?:\d+|dozens|several|at least)))\b|\b((?:mass|clandestine) graves?\s+(?:was|were|has been|have been)\s+(?:discovered|found|uncovered|unearthed|located))\b/, type: 'other_development' },
	// "25 detainees escaped from the prison", "a jailbreak": ACLED's other developments.
	{ re: /\b(escaped from (?:the |a |an )?(?:[\w-]+ ){0,2}?(?:prison|jail|detention (?:centre|center|facility)|custody)|broke out of (?:the |a )?(?:[\w-]+ ){0,2}?(?:prison|jail)|prison ?break|jail ?break|mass escape)\b/, type: 'other_development' },
	// "soldiers mutinied", "the army seized power": a mutiny or a coup.
	{ re: /\b(mutin(?:y|ied|ies|eers)|seized power|took power|staged a coup|coup d'[eé]tat)\b/, type: 'other_development' },
	// "the Military Police carried out an operation against drug trafficking" (a shoot-out usually follows)
	{ re: /\b(?:carried out|conducted|launched) (?:an? |the )?(?:[\w-]+ ){0,2}?(?:operations?|raids?)\b/, type: 'armed_clash', when: /\b(against|targeting|on)\b/ },
	// "established fortifications", "besieged the region", "hundreds of tribesmen arrived"
	{ re: /\b(fortifications?|fortified|besieged|laid siege|arrived|reinforced|mobili[sz]ed)\b/, type: 'group_change' }
];

// Most sentences hold none of the loose words: one pass of their union says so.
const ANY_FALLBACK = new RegExp(FALLBACK.map((f) => `(?:${f.re.source})`).join('|'));

export function fallbackTriggers(sentenceLower: string, offset: number, sentence: number): TriggerHit[] {
	if (!ANY_FALLBACK.test(sentenceLower)) return [];
	for (const f of FALLBACK) {
		const m = f.re.exec(sentenceLower);
		if (!m) continue;
		if (f.when && !f.when.test(sentenceLower)) continue;
		if (f.unless && f.unless.test(sentenceLower)) continue;
		// ("shot dead the bull, which had become aggressive after being wounded": an animal's wounds are no one's attack.)
		if (f.type === 'attack' && ANIMAL_WORD.test(sentenceLower)) continue;
		return [{ type: f.type, start: offset + m.index, end: offset + m.index + m[0].length, sentence, nominal: false, strength: 0.35, word: m[0] }];
	}
	return [];
}
