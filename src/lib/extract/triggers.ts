/**
 * Event triggers: words that name an event, each with a provisional type from
 * docs/taxonomy.md. This stage only finds them; `classify.ts` refines the
 * type from the sentence (weapon, target, police intervention) and drops
 * look-alikes, and `events.ts` decides which triggers become events.
 * Patterns run on the lower-cased sentence; each has an example above it.
 */
import { GatedRegExps } from './prefix';

export interface TriggerRule {
	re: RegExp;
	type: string;
	/** Verbal triggers assert an event; nominal ones may only refer to one. */
	nominal: boolean;
	/** How sure the word alone makes us (feeds confidence). */
	strength: number;
}

const R = (re: RegExp, type: string, nominal: boolean, strength: number): TriggerRule => ({ re, type, nominal, strength });

export const TRIGGER_RULES: TriggerRule[] = [
	// "conducted airstrikes", "an air raid", "a drone strike", "warplanes bombed"
	R(/\b(launched (?:[\w,-]+ ){0,5}?drones|air ?strikes?|air[- ]raids?|drone strikes?|drone attacks?|aerial (?:bombardment|attacks?|strikes?)|bombing raids?|bombing campaigns?|precision strikes?|military strikes?)\b/g, 'airstrike', true, 0.9),
	// ("the bombed-out federal building": ruins described, no bombing told.)
	R(/\b(bombed(?!-out)|bombarded)\b/g, 'airstrike', false, 0.6),
	// "Israeli jets hit a weapons depot", "Ukrainian drones hit an oil refinery": aircraft that hit something struck it.
	R(/\b((?:jets?|warplanes?|fighter jets|aircraft|drones?|air ?strikes?|airstrikes?) (?:\w+ )?(?:hit|pounded|targeted))\b/g, 'airstrike', false, 0.75),
	// "soldiers came under fire from gunmen": those fired on are named first, the shooters after "from".
	R(/\b((?:came|come|comes|coming) under (?:heavy |intense |sustained |sniper |rocket |mortar |small-arms |small arms )?(?:fire|gunfire|attack))\b/g, 'attack', false, 0.75),
	// "the refinery was hit by Ukrainian drones": the weapon after a passive.
	R(/\b((?:was|were|been|being) (?:hit|struck|targeted|attacked|pounded) by (?:an? |the )?(?:[\w-]+ ){0,2}?(?:drones?|warplanes?|jets?|air ?strikes?|airstrikes?|aircraft))\b/g, 'airstrike', false, 0.75),
	// "a drone dropped a grenade on a car", "the jet dropped two bombs on the market": dropped, so from the air.
	// ("used drones to drop munitions containing toxic chemicals": the same, told by its purpose.)
	R(/\b((?:dropped|drop|dropping) (?:[\w-]+ ){0,3}?(?:bombs?|grenades?|explosives?|munitions?|barrel bombs?|ordnance))(?![\w-])/g, 'airstrike', false, 0.75),
	// "the embassy bombings", "a truck bombing": a bomb that went off; from the air only where aircraft are named (classify.ts).
	R(/\b(bombings?)\b/g, 'explosive', false, 0.6),
	// "a rocket attack", "shelled the village", "mortar fire", "missile strikes"
	R(/\b(rocket attacks?|rockets? (?:were |was )?fired|missile (?:attacks?|strikes?)|mortar (?:attacks?|fire|shells?|rounds?)|artillery (?:fire|shelling|strikes?|shells?)|shelling|shelled|shells? (?:fell|landed|hit)|rockets? (?:hit|struck|landed|slammed)|missiles? (?:hit|struck|landed|slammed|fell|crashed|exploded)|fired (?:rockets?|mortars?|missiles?|shells?|artillery|grenade launchers|heavy machine ?guns)|explosions?\/bursts|launched (?:[\w,-]+ ){0,5}?(?:rockets?|missiles?))\b/g, 'shelling', false, 0.85),
	// "died in custody", "was tortured to death in detention": a death in the hands of those who hold someone, as ACLED
	// codes it, an attack by the holder. (Not someone described by it: "a motorcycle taxi driver who died in police custody".)
	R(/\b(?<!\b(?:who|whose \w+)\s+(?:had\s+|has\s+|reportedly\s+|allegedly\s+)?)((?:died|was killed|were killed|tortured to death|beaten to death)\s+(?:while\s+)?in\s+(?:[\w-]+\s+)?(?:custody|detention))\b/g, 'attack', false, 0.7),
	// "a court sentenced two men to 30 years", "was convicted of murder", "found him guilty", "were indicted on charges of":
	// a court's act, dated by its own day; the violence it judges is older, and told as such.
	R(/\b(sentenced|convicted|acquitted|found (?:\w+ ){0,2}?(?:not )?guilty|indicted|(?:went|goes|go|was put|were put|stood|stands) on trial)\b/g, 'legal_action', false, 0.7),
	// "an IED exploded", "a landmine detonated", "roadside bomb", "car bomb"
	R(/\b(ieds?|improvised explosive devices?|landmines?|land mines?|roadside bombs?|car bombs?|vbieds?|explosive devices?|booby[- ]trap(?:ped)?|bomb (?:blast|explosion|attack)|(?:bomb|explosive|mine) (?:exploded|detonated|went off))\b/g, 'explosive', true, 0.85),
	R(/\b(exploded|detonated|blew up|explosions?|blasts?)\b/g, 'explosive', false, 0.55),
	// "observed 44 projectiles/explosions/shots", "fired 120mm mortars at the positions"
	R(/\b(projectiles|bursts of fire|\d+ (?:shots|bursts)|shells? fired|bombard(?:ed|ing|ment)?|fired (?:[\w./-]+,? (?:and )?){0,12}?(?:at|on|upon|toward|towards|into|in the direction of)\b|fired with)\b/g, 'attack', false, 0.7),
	// "a suicide bomber blew himself up"
	// ("before detonating an explosive vest", "detonated explosive belts": a worn charge is set off by its wearer.)
	R(/\b(suicide (?:bomb(?:ing|er|ers|s)?|attacks?|vests?|car bomb)|blew (?:himself|herself|themselves) up|(?:detonat(?:ed|ing)|set off|triggered) (?:an? |his |her |their |two |three )?(?:explosives?[- ])?(?:vests?|belts?)(?! of\b))\b/g, 'suicide_bombing', true, 0.95),
	// "threw a hand grenade", "grenade attack", "threw an M67 grenade"
	R(/\b((?:threw|lobbed|hurled|tossed) (?:an? |two |three |several )?(?:[a-z]*\d[\w-]* )?(?:hand |stun )?grenades?|grenade attacks?|grenades? (?:was|were) (?:thrown|lobbed|hurled|tossed))\b/g, 'grenade', false, 0.9),
	// "used chlorine gas against", "munitions containing sarin"
	R(/\b(chemical (?:weapons? )?attacks?|used chemical (?:weapons|munitions|agents)|sarin|chlorine gas attack|poison gas attack|(?:used|dropped|fired|deployed|released|containing|loaded with|filled with) (?:\S+ ){0,3}?(?:chlorine|sarin|mustard gas|chloropicrin|toxic gas|toxic chemicals?|toxic substances?|cs gas|poison(?:ous)? gas|nerve agents?))\b/g, 'chemical_attack', true, 0.9),
	// "clashed with", "clashes between", "exchange of fire", "gunfight", "ambushed"
	R(/\b(clash(?:ed|es)?|fighting|fought|gun ?fights?|gun ?battles?|gun-battles?|firefights?|shoot-?outs?|exchanges? of fire|exchanged (?:\w+ )?(?:fire|artillery|shelling|gunfire|rockets)|exchanging fire|encountered|battled?|ambush(?:ed)?|skirmish(?:es)?|engaged|counter-?attack(?:ed)?|offensive)\b/g, 'armed_clash', false, 0.75),
	// "took control of", "recaptured", "seized the town", "seized neighbourhoods", "entered Damascus without resistance"
	// ("M23 fighters entered Walikale-centre following several days of fighting": a town entered after a fight for it is taken.)
	R(/\b((?:took|taken|seized|gained|assumed|wrested) (?:full |total |complete |effective )?control of|took over|seized (?=(?:the |an? |several |two |three |four |five |most of the |parts of the |much of the )?(?:\S+ ){0,2}?(?:town|village|city|cities|area|district|base|outpost|position|airport|palace|headquarters|airbase|port|bridge|compound|capital|province|region|neighbou?rhood|suburb|quarter)s?\b)|(?:restored|re-?established|reasserted) (?:full |state |government |its |their )?(?:control|authority) (?:of|over|in)|(?<=\bcontrol (?:of|over) (?:[\w'(),-]+ ){1,8}?(?:was|were|has been|had been) (?:reported(?:ly)? |officially )?)(?:restored|re-?established|regained)|recaptured(?! (?:\S+ ){0,3}?(?:of them|prisoners|inmates|detainees|escapees|fugitives|convicts|suspects)\b)|retook|retaken|retakes|retaking|regained (?!(?:his |her |their |its )?(?:consciousness|composure|strength|momentum|confidence|popularity|ground in (?:the )?polls|the lead|(?:the )?(?:title|crown|belt|seat|majority))\b)(?:control of )?|recovered (?:territory|control)|captured (?=(?:the |a |an )?(?:[\w'-]+ ){0,5}?(?:town|village|city|area|district|base|position|camp|outpost|post|checkpoint|airport|airfield|headquarters|garrison|barracks|stronghold|neighbou?rhood)s?\b)|overran|overrun|entered (?=(?:\([^()]{1,60}\) |[\w'(),-]+ ){1,8}?(?:without (?:meeting |encountering |facing )?(?:any )?(?:resistance|a fight|fighting|clashes|a shot (?:being )?fired)|unopposed))|restor(?:ed|ing) (?:(?:government|state|army|military|federal|its|their|full) )?control (?:over|of)|(?<!\b(?:who|which|that|had|have|has)\s+(?:had\s+|have\s+)?)entered (?=(?:\([^()]{1,60}\) |[\w'(),/-]+ ){1,8}?(?:after|following) (?:(?:several|two|three|four|five|many|\d+) )?(?:days?|weeks?|hours?|months?)? ?(?:of )?(?:heavy |fierce |intense )?(?:fighting|clashes|battles?|combat)\b))\b/g, 'territory_regained', false, 0.75),
	// "attacked a village", "an attack on", "opened fire", "killed two civilians", "shot dead"
	// "an arson attack" is property destruction, not an assault on people
	R(/\b(arson attacks?|arson)\b/g, 'looting', true, 0.8),
	// "beat and set on fire five men", "burned alive": fire set to people is violence against them, not damage to property.
	// ("residents set alight a man they accused of housebreaking", "set two suspects ablaze".)
	R(/\b(set (?:on )?fire (?:to )?(?:[\w-]+ ){0,2}?(?:men|women|people|persons|suspects|man|woman|boys?|girls?|thie(?:f|ves)|robbers|youths)|set (?:alight|ablaze) (?:[\w-]+ ){0,2}?(?:men|women|people|persons|suspects|man|woman|boys?|girls?|thie(?:f|ves)|robbers|youths)|set (?:[\w-]+ ){0,2}?(?:men|women|people|persons|suspects|man|woman|boys?|girls?|thie(?:f|ves)|robbers|youths) (?:alight|ablaze|on fire)|burn(?:ed|t) (?:\w+ ){0,3}?alive)\b/g, 'attack', false, 0.7),
	// "Russian forces attempted to storm Ukrainian positions": an assault tried is an assault (its failure makes it no less a fight).
	R(/\b((?:attempted|tried|tries|attempts|attempting|trying) to (?:storm|assault|overrun|break through|advance on|capture|seize|infiltrate))\b/g, 'attack', false, 0.7),
	R(/\b(attack(?:ed|s|ing)?|assault(?:ed|s)?(?! (?:groups?|troops|units?|brigades?|teams?|rifles?|vehicles?|boats?|helicopters?|squads?|battalions?|companies|detachments?|infantry)\b)|raid(?:ed|s)?|(?<=\b(?:terrorists?|militants?|fighters|insurgents?|members|suspects?|gunmen|rebels?|jihadists?|attackers?) (?:\w+ )?(?:was|were|have been|had been|been|being) )neutrali[sz]ed|neutrali[sz]ed(?= (?:[\w-]+ ){0,3}?(?:terrorists?|militants?|fighters|insurgents?|members|suspects?|gunmen|rebels?|jihadists?|attackers?)\b)|(?:pound|hammer|pummel|hit)(?:ed|ing|led|ling|ting)?(?= (?:[\w'-]+ ){0,8}?with (?:[\w-]+ )?(?:missiles?|rockets?|drones?|artillery|shells?|air ?strikes?|mortars?|bombs?)\b)|strikes?(?! (?:capabilit(?:y|ies)|capacity|range|force|forces|group|groups|package|aircraft|options?|plans?|systems?|weapons?)\b)|struck|opened fire|shot(?: dead| and killed| at|(?! down))|(?:attempted|tried) to (?:assassinate|kill)|gunned down|killed|killing|murder(?:ed|s)?|assassinat(?:ed|ion)|executed|beheaded|stabbed|hacked|beat(?:en)? (?:to death|up)?|lynched|tortured|massacred?|slain|shooting|fired (?:at|on|upon)|targeted|targeting|found dead|burn(?:ed|t) (?:[\w-]+ ){0,4}?(?:alive|to death)|stoned (?:[\w-]+ ){0,4}?to death|hanged (?=(?:[\w-]+ ){0,3}?(?:men|women|people|prisoners|protesters|detainees|convicts?|him|her|them|\d+|two|three|four|five|six|seven|eight|nine|ten)\b)|(?<=(?:was|were) )hanged|bod(?:y|ies) (?:of (?:[\w-]+ ){1,6}?)?(?:was|were) (?:found|discovered|recovered)|dead body|was found dead)\b/g, 'attack', false, 0.6),
	R(/\b(raped|rape|sexual(?:ly)? (?:assault(?:ed)?|violence|abuse(?:d)?))\b/g, 'sexual_violence', false, 0.9),
	// "unidentified armed men seized a blogger", "Two teachers were seized by gunmen": people seized are abducted (not goods).
	R(/\b((?:seized|snatched|grabbed)(?= (?:an?|the|two|three|four|five|six|seven|eight|nine|ten|\d+|several|dozens of) (?:[\w-]+ ){0,2}?(?:bloggers?|journalists?|activists?|men|women|man|woman|people|persons|civilians?|villagers?|students?|pupils|schoolchildren|children|girls?|boys?|teachers?|workers?|priests?|pastors?|farmers?|traders?|passengers?|officials?|residents?|chiefs?|lawyers?)\b)|(?<=\b(?:students?|pupils|children|girls?|boys?|teachers?|nurses?|doctors?|workers?|villagers?|farmers?|traders?|miners?|engineers?|tourists?|officials?|women|men|people|civilians|passengers|worshippers|priests?|pastors?|nuns?|journalists?|activists?)\s+(?:were|was)\s+)seized(?= by\b))/g, 'abduction', false, 0.75),
	R(/\b(abduct(?:ed|ing|ions?|s)?|kidnapp?(?:ed|ing|ings)?|hijack(?:ed|ing)(?= (?:(?:the|a|an|their|its|his|her|two|three|several) )?(?:[\w-]+ ){0,3}?(?:ships?|vessels?|planes?|aircraft|airliners?|jets?|buses|bus|trucks?|lorr(?:y|ies)|tankers?|carriers?|freighters?|cars?|trains?|flights?|boats?|dhows?|trawlers?|convoys?|vehicles?)\b)|taken hostage|held hostage|(?:took|seized) (?:[\w-]+ ){0,4}?hostages?|(?<!\b(?:of|for) the )forcibly disappeared|disappearance|(?:forced|bundled|dragged|pushed|shoved) (?:[\w'-]+ ){1,4}?into (?:a|an|the|their|his|her) (?:[\w-]+ )?(?:vehicle|car|van|truck|pick-?up|minibus|suv|jeep)|(?<=\b(?:was|were) )(?:forced|bundled|dragged|pushed|shoved) into (?:a|an|the|their|his|her) (?:[\w-]+ )?(?:vehicle|car|van|truck|pick-?up|minibus|suv|jeep))\b/g, 'abduction', false, 0.9),
	// "protested", "staged a protest", "demonstrated", "rally", "sit-in", "went on strike" (not "the anti-picket protocol")
	R(/\b((?<!anti-)protest(?:ed|s|ing)?|demonstrat(?:ed|ion|ions|ing)|(?<!(?:campaign|election|electoral) )rall(?:y|ies|ied)|sit-ins?|march(?:ed|es)?|processions?|(?<!anti-)picket(?:ed|s)?|boycott(?:ed|s)?|hunger strikes?|general strike|went on strike|on strike|strike action|walk-?outs?|staged a strike|gathered (?=.{0,60}\b(?:demand|against|to protest|calling|chanting|in solidarity|to denounce|to condemn|to decry|to voice))|(?<=\b(?:demonstrators|protesters|protestors|marchers|strikers)\s+(?:\w+\s+)?)(?:gathered|assembled|converged)\b|pot-banging|cacerolazo|(?:held|staged|mounted|organi[sz]ed|formed|joined) (?:a |an )?(?:[\w-]+ ){0,3}?(?:(?<!(?:naval|military|maritime|economic|air|sea|land|total|full|israeli|russian) )blockades?|vigils?|human chains?)|(?:fired|used|lobbed|threw) (?:\w+ ){0,2}?(?:tear ?gas|water cannons?|rubber bullets|stun grenades)|(?:dispersed|cleared|broke up|removed) (?:the |a |an )?(?:\w+ ){0,2}?(?:protesters|demonstrators|crowds?|protests?|demonstrations?|rally|gathering|march|blockades?|sit-ins?|protest camps?|encampments?)|(?:were|was|had been|have been) (?:forcibly |violently )?dispersed|(?<!\b(?:floodwaters?|floods?|flooding|landslides?|mudslides?|snow|snowfall|rubble|debris|rains?|water|trees?|rocks|boulders|avalanches?|police|soldiers|troops|forces|authorities|officials|armed men|gunmen|militants|fighters|rebels|insurgents|attackers|bandits|assailants)\s+(?:\w+\s+)?)block(?:ed|ing) (?:the |a |an )?(?:roads?|streets?|highways?|traffic|(?:[\w-]+ ){0,2}?(?:bridges?|motorways?|junctions?|intersections?|railways?|rail lines?|border crossings?))|road ?blocks?)\b/g, 'protest', false, 0.85),
	// "protesters were tear-gassed by police": a crowd met with force (classify.ts makes it an intervention).
	R(/\b(tear-?gass(?:ed|ing)|tear gassed|teargass(?:ed|ing)|baton-charged|lathi-charged|pepper-?spray(?:ed|ing))\b/g, 'protest', false, 0.6),
	// "Police used live ammunition against protesters": lethal force on a crowd, whether or not anyone died.
	R(/\b((?:used|fired|using|firing)\s+live\s+(?:ammunition|rounds|bullets|fire)(?=\s+(?:at|on|against|into|to disperse)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:protesters|protestors|demonstrators|crowds?|marchers|rioters|students|mourners)\b))/g, 'protest_repression', false, 0.8),
	// "an activist was taken from his home by SEBIN agents", "four men were taken by armed men": carried off, an abduction.
	// ("a student was taken from his home in Panjgur (Panjgur, Balochistan) on 9 October by men in plain clothes": the place and
	// the day may stand between; not "taken from the scene by ambulance".)
	R(/\b((?:was|were) (?:forcibly )?taken(?= (?:away )?(?:from [^.;:]{1,100}? )?by (?!(?:an? |the )?(?:ambulances?|helicopters?|cars?|boats?|road|air|sea|relatives|family|neighbou?rs|rescuers|paramedics|medics)\b))|taken (?:hostage|captive))\b/g, 'abduction', false, 0.75),
	// "employees … demanding salaries": a demand with no other event is a protest (weak).
	R(/\b(demanding|chanting slogans)\b/g, 'protest', false, 0.45),
	// "pelted police", "threw bottles and flares at the police", "set fire to tyres"
	// ("Riot police were deployed", "riot gear": the police's kind, no riot.)
	// "communal violence broke out in the village", "violence erupted between herders and farmers": unrest that broke out.
	R(/\b((?:communal |intercommunal |inter-communal |ethnic |sectarian |tribal |clan |post-election |electoral )?violence (?:broke out|erupted|flared(?: up)?))\b/g, 'riot', false, 0.7),
	R(/\b(riot(?:ed|s|ing)?(?![ -](?:police|gear|squads?|units?|control|officers|shields?|helmets)\b)|rioters|mob|lynch mob|vandali[sz](?:ed|ing)|torched|set(?:ting|s)? (?:on )?fire|set (?:(?!off\b|up\b|out\b|him\b|her\b|them\b|himself\b|herself\b|themselves\b|a man\b|a woman\b)[\w-]+ ){1,3}?(?:on fire|alight|ablaze)|burn(?:ed|t|ing) (?:tyres|tires)|pelted|(?:threw|hurled|lobbed|throwing|hurling|lobbing) (?:\w+ ){0,2}?(?:stones|rocks|bricks|bottles|eggs|flares|fireworks|firecrackers|projectiles|missiles)|stone-pelting|molotov|(?:petrol|gasoline|fire) bombs?|firebombs?)\b/g, 'riot', false, 0.75),
	R(/\b(agree(?:d|ment|ments)|signed (?:a|an|the) (?:[\w-]+ )?(?:deal|agreement|accord|treaty|memorandum of understanding|mou|pact|protocol)|cease-?fire|truce|peace (?:deal|accord|talks)|reconciliation|prisoner (?:swap|exchange)|(?:swapped|exchanged) (?:\S+ ){0,3}?(?:prisoners|captives|detainees|pows|prisoners of war))\b/g, 'agreement', false, 0.7),
	R(/\b(arrest(?:ed|s|ing)?|detain(?:ed|s|ing)?|detention|apprehended|rounded up(?! (?:[\w-]+ ){0,4}?(?:head of )?(?:cattle|livestock|cows|goats|sheep|camels|animals|herds?)\b)|taken into custody|in custody|(?:was|were) (?:picked up|taken away|whisked away|snatched)(?= by\b))\b/g, 'arrest', false, 0.8),
	// "police captured nine members of the Barrio 18 gang": people taken into custody, not a place.
	R(/\b(captured (?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|dozens of|a number of) (?:[\w-]+ )?(?:members|suspects|gang members|criminals|gangsters|drug traffickers|traffickers))\b/g, 'arrest', false, 0.7),
	R(/\b(reinforcements?|deploy(?:ed|ment|s)|redeploy(?:ed|ment)|withdr(?:ew|awn|awal)|curfew|lockdown|(?:imposed|declared) (?:a |an )?(?:[\w-]+ ){0,2}?(?:state of emergency|martial law|blockade|siege|no-fly zone)|movement of (?:forces|troops)|mobili[sz](?:ed|ation)|merged|defected|surrendered|laid down (?:their|his|its) (?:arms|weapons)|handed over (?:\S+ ){0,3}?(?:weapons|arms|rifles|guns|ammunition|explosives)|announced (?:the|its|their) formation|ban\b|(?<!\b(?:the|a|an|now|its|their|already|newly) )banned|suspended|suspending (?:its |all |their |military |armed |further )*(?:operations|attacks|activities|hostilities)|(?:resumed|resuming) (?:its |all |their |military |armed )*(?:operations|attacks|activities|hostilities)|formed (?:a |an )?new (?:[\w-]+ ){0,2}?(?:command|brigade|battalion|unit|wing|front|alliance|coalition|group|faction|militia)|(?<!\b(?:the|a|an|now|since|long) )disbanded|dissolved (?:the |its |their )?(?:group|militia|unit|brigade|movement)|dissolv(?:ed|ing|es) (?:all |the )?(?:[\w'-]+ ){0,2}?(?:parties|party|organi[sz]ations|associations|parliament|national assembly|legislature))\b/g, 'group_change', false, 0.5),
	// "shot down 36 of the 47 drones", "intercepted a missile"; not "shot down a proposal"
	R(/\b(defus(?:ed|ing)|dismantled|(?:seized|recovered|confiscated) (?:\S+ ){0,4}(?:weapons|arms|ammunition|explosives|rifles|guns|ieds?)|weapons? (?:seizure|cache)|(?:unearthed|uncovered|discovered|found|seized|recovered) (?:an? |the |two |three |several )?(?:[\w-]+ ){0,2}?(?:cache|arms dump|weapons dump|stockpile)s?(?= (?:of|containing|with|holding|that)\b)|(?<=\b(?:was|were|been|being) )(?:intercepted|shot down)|(?:intercepted|shot down)(?= (?:[\w-]+ ){0,5}?(?:drones?|missiles?|rockets?|projectiles?|planes?|aircraft|jets?|helicopters?|balloons?|uavs?|shipments?|weapons|arms|vessels?|boats?|ships?|convoys?|shells?|targets?)\b)|cleared (?:mines|landmines|explosives)|(?:neutrali[sz]ed|disarmed|deactivated|intercepted|stopped)(?= (?:[\w-]+ ){0,4}?(?:explosive belts?|suicide (?:vests?|belts?|bombers?)|would-be (?:suicide )?bombers?|explosive devices?|devices?|(?:improvised |home-?made )?bombs?)\b(?=[^.;]{0,100}\bbefore (?:she|he|they|it) (?:could|was able to|were able to|had time to) (?:detonate|blow|set off|explode|trigger|go off)|[^.;]{0,80}\b(?:defused|neutrali[sz]ed|disarmed|deactivated)\b)))\b/g, 'weapons_disrupted', false, 0.8),
	R(/\b(established (?:a |an |the )?(?:new )?(?:[\w-]+ ){0,3}?(?:base|headquarters|outpost|checkpoint|position|post|camp|point)s?|set up (?:a |an )?(?:new )?(?:[\w-]+ ){0,2}?(?:base|headquarters|checkpoint|outpost|post|camp|position)|(?:completed|built|constructed|erected|fortified|set up) (?:a |an )?new (?:[\w-]+ ){0,2}?(?:base|headquarters|checkpoint|outpost|post|camp|position)|(?:moved|relocated|transferred) (?:its|their|his) (?:[\w-]+ )?(?:headquarters|base|command|camp))\b/g, 'base_established', false, 0.8),
	R(/\b(loot(?:ed|ing)|plunder(?:ed)?|ransack(?:ed|ing|s)?|looters|rustl(?:ed|ing)|cattle raids?|(?:rounded up|drove off|made off with|stole|seized|took) (?:[\w-]+ ){0,4}?(?:head of )?(?:cattle|livestock|cows|goats|sheep|camels)|burn(?:ed|t) down|burn(?:ed|t) (?:(?!and |or )\S+ ){0,3}?(?:houses|homes|huts|shops|stalls|vehicles|cars|trucks|lorries|buses|tractors|machinery|equipment|buildings|villages|crops|property)|destroy(?:ed|ing) (?:\S+ ){0,3}(?:houses|homes|property|shops|crops|vehicles?)|arson)\b/g, 'looting', false, 0.75),
	// "handed over the town", "handed the base over to", "transferred control" (weapons handed over are a change of activity, above)
	R(/\b(handed over(?! (?:\S+ ){0,3}?(?:weapons|arms|rifles|guns|ammunition|explosives|suspects?|prisoners|detainees|bodies|documents|letters?|petitions?))|handed (?:the |a )?(?:\w+ )?(?:town|city|village|base|area|territory|district|position|control) (?:back(?: over)?|over)|handed (?!(?:the|a|an|his|her|their|its|them|him|it|over|back|weapons|arms|suspects?|prisoners|detainees|hostages|bodies|documents)\b)(?:[\w'-]+ ){1,2}(?:\([^()]{1,40}\) )?(?:back|over)(?= to (?:the )?(?:military|army|government|junta|troops|forces|authorities|state|regime))|handed (?:back |over )?control of|hand(?:ed|ing|s) (?:back |over )?control (?=to )|handover|transferred control)\b/g, 'territory_transfer', false, 0.6),
	R(/\b(destroyed|damaged|demolished|razed)\b/g, 'looting', false, 0.45),
	// "police exhumed a mass grave … containing the remains of 47 people killed by the RSF in 2023": the grave found is the
	// day's event (ACLED's other developments), whatever killing it tells of.
	R(/\b((?:exhumed|discovered|uncovered|unearthed|found|located)\s+(?:an?\s+|the\s+|two\s+|three\s+|several\s+)?(?:[\w-]+\s+)?(?:mass|clandestine)\s+graves?|discovery\s+of\s+(?:an?\s+|the\s+|two\s+|three\s+|several\s+)?(?:[\w-]+\s+)?(?:mass|clandestine)\s+graves?)\b/g, 'other_development', false, 0.5),
	// ("a U.N.-authorized force", "a state-approved plan": a compound adjective orders nothing.)
	R(/(?<!-)\b(ordered|authori[sz]ed|approved|directed|at (?:\S+ ){0,3}direction)\b/g, 'order', false, 0.6),
	R(/\b(sanction(?:ed|s)?|embargo|blacklist(?:ed)?|expelled|froze (?:\S+ )?assets|(?:severed|cut|broke off|suspended) (?:its |all )?(?:diplomatic )?(?:ties|relations)|recalled (?:its|their) (?:ambassador|envoy)|persona non grata)\b/g, 'sanction', false, 0.7),
	// "met with", "Biden and Xi met on Wednesday", "met his counterpart", "held talks"; not "met the target", "met with criticism"
	R(/\b(met with(?! (?:\S+ )?(?:criticism|resistance|opposition|protests?|scepticism|skepticism|silence|approval|applause|anger|outrage|derision|fire|force|tear gas|a (?:barrage|hail))\b)|met (?=(?:for|on|in|at|behind|privately|separately|briefly|twice|again|earlier|late|face-to-face|virtually|(?:his|her|their) (?:\S+ )?counterparts?|(?:the )?(?:\S+ )?(?:president|prime minister|premier|chancellor|king|emir|crown prince|foreign minister|defen[cs]e minister|secretary|envoy|ambassador|delegation|leaders?)\b))|(?:held|resumed|began|opened|started|concluded|wrapped up|continued) (?:a |the |new |fresh |(?:[\w.-]+ ){0,2}?)(?:meeting|talks|negotiations)|(?:face-to-face|bilateral|direct|peace|high-level) talks|talks with|visited|(?:a|the) summit|spoke by phone)\b/g, 'meeting', false, 0.5),
	R(/\b(threaten(?:ed|s)?|warned|vowed (?:to|revenge)|ultimatum)\b/g, 'threat', false, 0.5),
	R(/\b(summoned (?:\S+ ){0,3}?(?:ambassador|envoy|charg[eé] d'affaires|diplomats?)|accus(?:ed|es|ation)|blam(?:ed|es)|condemn(?:ed|s)|denounced|criticized|criticised|characterized|called (?=.{0,40}"))\b/g, 'accusation', false, 0.5),
	R(/\b(said|says|stated|told|announced|added|according to|in a statement|claimed)\b/g, 'statement', false, 0.4)
];

export interface TriggerHit {
	type: string;
	start: number;
	end: number;
	sentence: number;
	nominal: boolean;
	strength: number;
	/** Lower-case trigger text. */
	word: string;
}

// Most sentences hold a few triggers at most: each rule is tried only where its first characters occur.
const GATED = new GatedRegExps(TRIGGER_RULES.map((r) => r.re));

export function findTriggers(sentenceLower: string, offset: number, sentence: number): TriggerHit[] {
	const hits: TriggerHit[] = [];
	const gated = GATED.scan(sentenceLower);
	for (let r = 0; r < TRIGGER_RULES.length; r++) {
		if (!gated.any(r)) continue;
		const rule = TRIGGER_RULES[r];
		for (const m of gated.matches(r)) {
			const word = m[0].trimEnd();
			hits.push({ type: rule.type, start: offset + m.index, end: offset + m.index + word.length, sentence, nominal: rule.nominal, strength: rule.strength, word });
		}
	}
	// Overlapping hits: the earlier rule (more specific) wins.
	hits.sort((a, b) => a.start - b.start || b.end - a.end);
	const kept: TriggerHit[] = [];
	for (const h of hits) {
		const clash = kept.find((k) => h.start < k.end && k.start < h.end);
		if (!clash) kept.push(h);
		else if (ruleIndex(h.type) < ruleIndex(clash.type) && h.end - h.start >= clash.end - clash.start) kept[kept.indexOf(clash)] = h;
	}
	return kept.sort((a, b) => a.start - b.start);
}

const ORDER = TRIGGER_RULES.map((r) => r.type);
function ruleIndex(type: string): number {
	return ORDER.indexOf(type);
}
