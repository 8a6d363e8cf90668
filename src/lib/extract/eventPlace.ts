/** Where an event happened, among the places its sentences name. */
import type { Place } from '../core/types';
import type { Mention } from './mentions';
import type { DraftEvent } from './events';
import type { Sentence } from './segment';
import { eventType } from './taxonomy';
import { ASIDE, LANDMARK_LAST, RESPONSE_BEFORE } from './lexicon';
import { distanceKm } from './geo';
import { regionCountries } from './regions';
import { countryByName } from './countries';

/**
 * The event's place: in its sentence, a town the gazetteer knows, else the first
 * place named; parts of a town ("Vila Mariana neighborhood", "Colonia Bivalvo")
 * only when nothing else is named. Places of the response clause are left out.
 */
export function eventPlace(d: DraftEvent, pm: Mention[], idOf: Map<Mention, string>, placeById?: Map<string, Place>, work?: string, homeCountry?: string): string | undefined {
	if (!pm.length) return undefined;
	const placeOf = (m: Mention) => placeById?.get(idOf.get(m) ?? '');
	// The response clause after the trigger (read once: only the main sentence uses it).
	const cue = work ? /\b(in (?:response|retaliation|reprisal) (?:to|for)|after|following)\b/i.exec(work.slice(d.main.end, d.main.end + 200)) : null;
	for (const sentence of [d.main.sentence, ...d.sentences]) {
		let inS = pm.filter((m) => m.sentence === sentence).sort((a, b) => a.start - b.start);
		if (work) {
			// ("BAMAKO (AFP) - Soldiers executed 20 civilians after detaining them in the town of Diafarabe": the clause's
			// town is nearer the event than the town the report was filed from, when it is the only other one.)
			const beforeCue = inS;
			if (cue && sentence === d.main.sentence) inS = inS.filter((m) => m.start < d.main.end + cue.index || m.end <= d.main.start);
			if (inS.length && inS.every((m) => m.dateline) && beforeCue.some((m) => !m.dateline)) inS = beforeCue.filter((m) => !m.dateline);
			// The event a response clause names ("… in retaliation for a drone attack on U.S. troops in Jordan") is where that clause says.
			const cause = sentence === d.main.sentence ? RESPONSE_BEFORE.exec(work.slice(Math.max(0, d.main.start - 100), d.main.start)) : null;
			if (cause) {
				const from = Math.max(0, d.main.start - 100) + cause.index;
				if (inS.some((m) => m.start >= from)) inS = inS.filter((m) => m.start >= from);
			}
			// "President X, who declared war after a siege in Mogadishu, visited troops in Beledweyne": an aside's place is the aside's.
			if (sentence === d.main.sentence && inS.length > 1) {
				const s0 = Math.min(...inS.map((m) => m.start)) - 400;
				const body = work.slice(Math.max(0, s0), d.main.start);
				if (body.includes(', wh')) {
					const asides = [...body.matchAll(ASIDE)].map((x) => ({ start: Math.max(0, s0) + x.index!, end: Math.max(0, s0) + x.index! + x[0].length }));
					const outside = inS.filter((m) => !asides.some((x) => m.start > x.start && m.end < x.end));
					if (outside.length) inS = outside;
				}
			}
			// "near Niono (Niono, Segou)", "in Hays (Al Hudaydah)": the names in parentheses after a place contain it.
			// (Only a town on the map gives way: one the gazetteer lacks keeps its container, which has coordinates.)
			const onMap = (m: Mention) => placeOf(m)?.precision === 'city';
			const container = (m: Mention) => inS.some((p) => p.end <= m.start && onMap(p) && /^\s*\((?:[^()]*?,\s*)?$/.test(work.slice(p.end, m.start)));
			if (inS.some((m) => !container(m))) inS = inS.filter((m) => !container(m));
			// "farmers marching to Delhi from Shambhu": where a march was headed is not where it was met.
			const destination = (m: Mention) => DESTINATION_BEFORE.test(work.slice(Math.max(0, m.start - 40), m.start));
			if (inS.some((m) => !destination(m))) inS = inS.filter((m) => !destination(m));
			// ("on the road between Marib and Al Bayda, in Jabal Yisbal": the ends of a road give way to a place on it.)
			const roadEnd = (m: Mention) => ROAD_END_BEFORE.test(work.slice(Math.max(0, m.start - 60), m.start));
			// (Not for the region written after the road's last end: "on the road between Tepalcatepec and Coalcoman, Michoacan"
			// happened near its first town, not anywhere in the state.)
			const regionOfEnds = (m: Mention) => placeOf(m)?.precision !== 'city' && inS.some((e) => roadEnd(e) && e.end < m.start && /^\s*,\s*$/.test(work.slice(e.end, m.start)));
			if (inS.some((m) => !roadEnd(m) && !regionOfEnds(m))) inS = inS.filter((m) => !roadEnd(m));
			// ("from Hyde Park to Parliament Square in London": a park or a square is part of the town.)
			// ("on the N380 road near Macomia town": a road gives way to the town beside it.)
			const part = (m: Mention) => /^\s+(neighbou?rhood|community|sector|zone|square|street|market|area|road|highway|motorway|expressway|route)\b/i.test(work.slice(m.end, m.end + 16)) || /^(Colonia|Vila|Zona|Barrio|Bairro)\b/.test(m.name) || LANDMARK_LAST.test(m.name);
			if (inS.some((m) => !part(m))) inS = inS.filter((m) => !part(m));
			// ("shelled the Dniprovskyi district of Kherson": a district of a town named after it is inside that town, which the
			// gazetteer knows, where a district's name is shared by many towns; "the detention of Istanbul mayor Ekrem Imamoglu
			// in Izmir": a place before a title says whose office, not where.)
			// (Only where the district's point lies far from the town's, a namesake elsewhere: "Cukurca district of Hakkari",
			// "Thalang district of Phuket" are districts named after their own towns, which the gazetteer places.)
			const farFromTown = (m: Mention) => {
				const town = inS.find((x) => x.start > m.end && x.start - m.end < 40);
				const a = placeOf(m), b = town && placeOf(town);
				if (!b || b.precision !== 'city' || b.lat === undefined || b.lon === undefined || REGION_AFTER.test(work.slice(town!.end, town!.end + 24))) return false;
				return a?.lat === undefined || a.lon === undefined || distanceKm({ lat: a.lat, lon: a.lon }, { lat: b.lat, lon: b.lon }) > 50;
			};
			const inside = (m: Mention) => (DISTRICT_OF_TOWN_AFTER.test(work.slice(m.end, m.end + 40)) && farFromTown(m)) || TITLE_AFTER.test(work.slice(m.end, m.end + 24));
			if (inS.some((m) => !inside(m))) inS = inS.filter((m) => !inside(m));
			// A dateline ("BAGHDAD -", "KABUL (Reuters) -") says where the report was filed, not where it happened.
			const dateline = (m: Mention) => m.dateline || (/^[A-Z][A-Z .'-]+$/.test(m.name) && /^\s*(?:\([^)]*\)\s*)?[-:]/.test(work.slice(m.end, m.end + 24)));
			// Alone, it stands for where violence or a protest happened only when it lies in the story's country: wire services
			// report those from regional hubs ("DUBAI" over protests in Iran); a summit in "GENEVA" is held where it is filed.
			const def = eventType(d.type);
			const onTheGround = def.violent || def.acled.eventType === 'Protests' || def.acled.eventType === 'Riots';
			const abroad = (m: Mention) => onTheGround && !!homeCountry && placeOf(m)?.country !== homeCountry;
			if (inS.some((m) => !dateline(m))) inS = inS.filter((m) => !dateline(m));
			else inS = inS.filter((m) => !abroad(m));
		}
		if (!inS.length) continue;
		const precisionOf = (m: Mention) => placeOf(m)?.precision;
		const hasPoint = (m: Mention) => placeOf(m)?.lat !== undefined;
		// The most precise place named: a known town, else the first that is not a whole country ("Nigeria's Niger state").
		// ("the southern Lebanese town of Nabatieh", "central Nigeria's Plateau state": the town, or the region by its name,
		// over a direction of the country.)
		// ("Bala Dasht village of Kajran district": the village is named first, its district after "of".)
		const townByNoun = (m: Mention) => !!work && TOWN_BEFORE.test(work.slice(Math.max(0, m.start - 24), m.start)) && !REGION_AFTER.test(work.slice(m.end, m.end + 24));
		// ("in the central Philippine province of Negros Occidental": the direction may stand before a demonym's mention.)
		const directional = (m: Mention) => DIRECTION_FIRST.test(m.name) || (!!work && DIRECTION_BEFORE.test(work.slice(Math.max(0, m.start - 24), m.start)) && precisionOf(m) === 'region');
		const pick =
			// ("the village of Kurmin Wali in Nigeria's Kaduna state": a state named like its capital is the state.)
			// ("in Dar es Salaam, the Tanzanian capital": a town by its name before a town described.)
			inS.find((m) => precisionOf(m) === 'city' && !/\scapital$/i.test(work?.slice(m.start, m.end) ?? '') && !(work && FIRST_LEVEL_AFTER.test(work.slice(m.end, m.end + 24)))) ??
			inS.find((m) => precisionOf(m) === 'city' && !(work && FIRST_LEVEL_AFTER.test(work.slice(m.end, m.end + 24)))) ??
			inS.find(townByNoun) ??
			inS.find((m) => precisionOf(m) === 'city') ??
			// ("in Martinez (Buenos Aires)", a town the gazetteer lacks: the region in brackets, which has coordinates.)
			inS.find((m) => precisionOf(m) === 'region' && hasPoint(m) && inS.some((t) => t.end <= m.start && !hasPoint(t) && /^\s*\(\s*(?:[^()]*?,\s*)?$/.test(work?.slice(t.end, m.start) ?? ''))) ??
			// ("between Kfar Roummane and Nabatieh (Nabatieh, Nabatieh)": the town written with its regions is the one meant.)
			inS.find((m) => precisionOf(m) !== 'country' && /^\s*\([^()]{2,60}\)/.test(work?.slice(m.end, m.end + 64) ?? '')) ??
			inS.find((m) => precisionOf(m) !== 'country' && !directional(m)) ??
			inS.find((m) => precisionOf(m) !== 'country') ??
			inS[0];
		const id = idOf.get(pick);
		if (!id) continue;
		// "… in Cabo Delgado province, police said. The attack took place in the village of Xitaxi": a wide place gives way
		// to the town another sentence of the same event names (also "Kaduna state", a state named like its capital).
		const after = work?.slice(pick.end, pick.end + 24) ?? '';
		// (So does the town a report was filed from: "BANGKOK (AP) - … agreed to a ceasefire. The agreement was reached at talks in … Kunming".)
		// (Also a street or a square, no town of its own: "Police fired tear gas … on Eduardo Mondlane Avenue" after "… gathered in
		// central Maputo".)
		const wide = !!work && (!!pick.dateline || precisionOf(pick) === 'region' || precisionOf(pick) === 'country' || ((precisionOf(pick) !== 'city' || FIRST_LEVEL_AFTER.test(after)) && REGION_AFTER.test(after)) || (precisionOf(pick) !== 'city' && LANDMARK_LAST.test(pick.name)));
		if (wide && work) {
			// ("… in Afghanistan's Paktika province. The strikes hit the Barmal district": a district is finer than a province.)
			const district = (m: Mention) => precisionOf(pick) !== 'city' && !FIRST_LEVEL_AFTER.test(work.slice(m.end, m.end + 24)) && /^\s+(?:district|county|township|municipality|lga|sub-?district|tehsil|taluka|commune)\b/i.test(work.slice(m.end, m.end + 24));
			// ("… sustain Moscow's war effort": a capital that owns something stands for its government.)
			// ("Medical sources in El Obeid said at least 22 combatants were killed": where a source speaks from is not where.)
			const sourceSeat = (m: Mention) => SOURCE_SEAT_BEFORE.test(work.slice(Math.max(0, m.start - 40), m.start)) && /^[^.;]{0,30}?\b(?:said|say|says|told|reported|confirmed)\b/.test(work.slice(m.end, m.end + 40));
			// ("… in Rakhine state … Beijing, which has brokered ceasefires": not a town of another country.)
			// (A whole country named may be the wrong one, "the U.S. embassy … in Nairobi": only a region's country binds.)
			const sameCountry = (m: Mention) => precisionOf(pick) !== 'region' || !placeOf(pick)?.country || !placeOf(m)?.country || placeOf(m)!.country === placeOf(pick)!.country;
			// ("The looting came amid escalating tension after the White Army overran an army garrison in Nasir": the place of
			// what it came after is that event's.)
			const afterClause = (m: Mention) => /\b(?:after|following|amid|before|since)\b/i.test(work.slice(sentenceStartBefore(work, m.start), m.start));
			const town = pm.find((m) => m.sentence !== d.main.sentence && d.sentences.includes(m.sentence) && !m.dateline && !afterClause(m) && !/^['\u2019]s\s/.test(work.slice(m.end, m.end + 4)) && !sourceSeat(m) && (precisionOf(m) === 'city' || TOWN_BEFORE.test(work.slice(Math.max(0, m.start - 24), m.start)) || TOWN_APPOSED_AFTER.test(work.slice(m.end, m.end + 40)) || district(m)) && sameCountry(m));
			const townId = town && idOf.get(town);
			if (townId) return townId;
			// ("NOVI SAD, Serbia (AFP) - … blocked all three bridges across the Danube in Serbia's second city": the city the
			// country's name stands for is the one the report was filed from.)
			if (precisionOf(pick) === 'country' && CITY_OF_COUNTRY_AFTER.test(work.slice(pick.end, pick.end + 40))) {
				const filedFrom = pm.find((m) => m.dateline && precisionOf(m) === 'city' && placeOf(m)?.country === placeOf(pick)?.country);
				const filedId = filedFrom && idOf.get(filedFrom);
				if (filedId) return filedId;
			}
			// (A street with no town told in the event's sentences: the town told before it, which the caller looks for.)
			if (precisionOf(pick) !== 'city' && LANDMARK_LAST.test(pick.name)) return undefined;
		}
		return id;
	}
	return undefined;
}

const CITY_OF_COUNTRY_AFTER = /^['\u2019]s\s+(?:second|third|largest|biggest|second-largest|second-biggest|main|northern|southern|eastern|western|central)\s+(?:city|port|town)\b/;

/**
 * A wire story names the region in its lead and the town in the next paragraph ("… killed in a gunbattle in the central
 * Philippines at the weekend … Soldiers launched an operation Sunday morning in a village of Las Navas town in Northern
 * Samar province"): an event placed in a whole region is set in a town of that region's country the next two sentences
 * name, unless `movesOn(k)` says sentence k tells another event (another time, another occurrence).
 */
export function townToldNext(d: DraftEvent, placeId: string, sentences: readonly Sentence[], pm: Mention[], idOf: Map<Mention, string>, placeById: Map<string, Place>, work: string, movesOn: (k: number) => boolean): string | undefined {
	const wide = placeById.get(placeId);
	// (A region only: a whole country named in the lead is as often the scene of a story's background, told next with its
	// towns, as of the event.)
	// ("TBILISI, Dec 6 (Reuters) - … protesters in the country's second city … Protesters had gathered … in Batumi": the town a
	// report was filed from, where the lead names no place of its own, is as wide.)
	const fromDateline = pm.some((m) => m.dateline && idOf.get(m) === placeId) && !pm.some((m) => !m.dateline && m.sentence === d.main.sentence && idOf.get(m) === placeId);
	// (Also a first-level region the gazetteer cannot pin: "in Sudan's West Kordofan", "North Kivu province".)
	const unpinnedRegion = wide?.precision === 'unknown' && !!wide.country && regionCountries(wide.name).has(countryByName(wide.country)?.code ?? '');
	if (!wide || (wide.precision !== 'region' && !fromDateline && !unpinnedRegion) || !wide.country) return undefined;
	for (let k = d.main.sentence + 1; k < Math.min(sentences.length, d.main.sentence + 3); k++) {
		if (movesOn(k)) return undefined;
		const said = work.slice(sentences[k].start, sentences[k].end);
		// (Not a sentence about another time: "In March, gunmen killed 12 people in Titao".)
		if (OTHER_TIME_IN.test(said)) continue;
		const town = pm
			.filter((m) => m.sentence === k && !m.dateline)
			.sort((a, b) => a.start - b.start)
			.find((m) => {
				const p = placeById.get(idOf.get(m) ?? '');
				// (A town of unknown size the text calls one: "Lakki Marwat, a district town about 250 km southwest of Peshawar".)
				const townLike = p?.precision === 'city' || (p?.precision === 'unknown' && (TOWN_APPOSED_AFTER.test(work.slice(m.end, m.end + 40)) || TOWN_BEFORE.test(work.slice(Math.max(0, m.start - 24), m.start))));
				if (!p || !townLike || p.country !== wide.country || p.id === placeId) return false;
				const before = work.slice(Math.max(sentences[k].start, m.start - 40), m.start);
				// (Where a source speaks from, where people fled to or came from, a town's people by its name, a road's ends.)
				return !SOURCE_SEAT_BEFORE.test(before) && !/\b(?:from|to|towards?|fled to|via)\s+(?:the\s+)?(?:(?:town|city|village)\s+of\s+)?$/i.test(before) && !SPOKE_FROM_BEFORE.test(before) && !/^['\u2019]s\s/.test(work.slice(m.end, m.end + 4)) && !ROAD_END_BEFORE.test(before) && !/\b(?:linking|connecting|joining)\b[^.;]*$/i.test(before) && !REGION_AFTER.test(work.slice(m.end, m.end + 24)) && !PART_OF_TOWN_AFTER.test(work.slice(m.end, m.end + 48));
			});
		const id = town && idOf.get(town);
		if (id) return id;
	}
	return undefined;
}

/** Where the sentence holding `at` starts: after the last stop before it. */
function sentenceStartBefore(work: string, at: number): number {
	const before = work.slice(Math.max(0, at - 300), at);
	const stop = Math.max(before.lastIndexOf('. '), before.lastIndexOf('.\n'), before.lastIndexOf('\n'));
	return Math.max(0, at - 300) + (stop >= 0 ? stop + 1 : 0);
}

const OTHER_TIME_IN = /\b(?:in|since|last|earlier in)\s+(?:january|february|march|april|may|june|july|august|september|october|november|december|(?:19|20)\d\d|last (?:week|month|year))\b|\b(?:months?|years?|weeks?) ago\b|\bprevious(?:ly)?\b/i;

// ("said Thursday from her home in Irving, Texas": where a speaker is.)
const SPOKE_FROM_BEFORE = /\bfrom\s+(?:her|his|their|its|the)\s+(?:[\w'-]+\s+){0,2}?(?:home|house|office|offices|hideout|exile|base|headquarters|bed)\s+in\s+$/i;
const SOURCE_SEAT_BEFORE = /\b(?:sources?|officials?|doctors?|medics|hospitals?|witnesses|authorities|spokes(?:man|woman|person)|reporters|journalists|activists|monitors)\s+(?:\w+\s+)?(?:in|at|from)\s+(?:the\s+)?(?:[\w-]+\s+)?$/i;

/**
 * The place of an event whose own sentences name none: the place of the sentence just before that names one
 * ("On 30 April, in Port-au-Prince, gang violence caused six deaths. Clashes between three gangs were the cause":
 * the clashes were in Port-au-Prince), as a reader carries the scene forward. At most three sentences back, and
 * only for what happens somewhere on the ground: a statement is made where its speaker is, a deal where it is signed.
 */
export function placeFromEarlier(d: DraftEvent, sentences: readonly Sentence[], pm: Mention[], idOf: Map<Mention, string>, placeById: Map<string, Place>, work: string, homeCountry?: string): string | undefined {
	if (!ON_THE_GROUND.has(d.type) && !eventType(d.type).violent) return undefined;
	const from = d.main.sentence;
	for (let k = from - 1; k >= Math.max(0, from - 3); k--) {
		if (!pm.some((m) => m.sentence === k && !m.dateline)) continue;
		// Read as if the event were told at the end of that sentence: its own clause filters (asides, response
		// clauses, containers) still apply to the sentence's places.
		const at = sentences[k].end;
		const proxy: DraftEvent = { ...d, main: { ...d.main, sentence: k, start: at, end: at }, sentences: [] };
		const id = eventPlace(proxy, pm, idOf, placeById, work, homeCountry);
		// A whole country or a continent carried forward says little and is often the wrong one ("in the U.S.").
		const place = id ? placeById.get(id) : undefined;
		return place && place.precision !== 'country' && !WORLD_REGION.test(place.name) ? id : undefined;
	}
	return undefined;
}

const WORLD_REGION = /^(?:the\s+)?(?:(?:North|South|East|West|Central|Southeast|Northeast|Sub-Saharan|Eastern|Western|Northern|Southern)\s+)?(?:Europe|Africa|Asia|America|Americas|Middle East|Near East|Far East|Gulf|Persian Gulf|Sahel|Caribbean|Balkans|Pacific|Atlantic|Mediterranean|Latin America|Horn of Africa|Levant|Caucasus|Arctic|Antarctica|Oceania|Maghreb|Indian Ocean)$/i;

// Besides violence: what happens at a place rather than where someone speaks, signs or decides.
/** What happens somewhere on the ground, besides violence: a statement is made where its speaker is, a deal where it is signed. */
export const ON_THE_GROUND: ReadonlySet<string> = new Set(['protest', 'protest_intervention', 'riot', 'arrest', 'weapons_disrupted', 'base_established', 'looting', 'territory_transfer', 'group_change']);

const DISTRICT_OF_TOWN_AFTER = /^\s+(?:district|neighbou?rhood|quarter|suburb|borough)\s+of\s+(?:the\s+)?(?:(?:city|town)\s+of\s+)?\p{Lu}/u;
const TITLE_AFTER = /^\s+(?:[Mm]ayor|[Gg]overnor|[Dd]eputy [Gg]overnor|[Pp]olice [Cc]hief|[Pp]rosecutor|[Ll]awmaker|MP|[Ss]enator|[Bb]ishop|[Aa]rchbishop)\s+\p{Lu}/u;
const ROAD_END_BEFORE = /\b(?:road|roads|highway|route|axis|stretch|corridor|border|line)\s+between\s+(?:[\w'-]+\s+(?:and\s+)?){0,4}$/i;
const DESTINATION_BEFORE = /\b(?:march\w*|head\w*|travel\w*|walk\w*|trek\w*|on (?:their|its|his|her|the) way|en route|bound|advanc\w*|mov(?:ed|ing))\s+(?:back\s+)?(?:to|towards?|for)\s+(?:the\s+)?$/i;
const FIRST_LEVEL_AFTER = /^\s+(?:state|province|region|governorate|oblast)\b/i;
const REGION_AFTER = /^\s+(?:province|region|state|governorate|district|county|regency|department|oblast)\b/i;
const DIRECTION_FIRST = /^(?:northern|southern|eastern|western|central|north|south|east|west|north-?eastern|north-?western|south-?eastern|south-?western)\s/;
const DIRECTION_BEFORE = /\b(?:northern|southern|eastern|western|central|north-?eastern|north-?western|south-?eastern|south-?western|northeast|northwest|southeast|southwest)\s+$/i;
const TOWN_BEFORE = /\b(?:village|town|city|hamlet|settlement) of\s+$/i;
// ("Oicha, the administrative centre of Beni territory", "Bulo Burde, a district centre on the Shabelle River".)
const TOWN_APPOSED_AFTER = /^(?:,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:town|village|city|hamlet|settlement|locality|centre|center|capital|seat)|\s+(?:town|village|township))\b/i;
// ("the Tudun Wada area on the outskirts of Kaura Namoda": a part of the town named after it.)
const PART_OF_TOWN_AFTER = /^\s+(?:area|district|neighbou?rhood|quarter|suburb|borough|ward|section)\s+(?:of|on the (?:outskirts|edge) of|outside|near)\s+(?:the\s+)?(?:(?:city|town)\s+of\s+)?\p{Lu}/u;
