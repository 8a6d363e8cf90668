/**
 * First-level regions (states, provinces, departments, governorates) from
 * country-region-data, and the country the place names of one article agree
 * on. Town names repeat across countries ("Trujillo", "Merida", "Los
 * Angeles"); the region written beside them ("Trujillo, La Libertad", "Los
 * Angeles, Biobio", "New Brighton (Nelson Mandela Bay, Eastern Cape)") rarely
 * does, so a region counts for more than a town in the vote.
 */
import { createRequire } from 'node:module';
import type { Place } from '../core/types';
import { countryByName } from './countries';
import { cityCountries, countryName, findCity } from './geo';

const require = createRequire(import.meta.url);

let index: Map<string, Set<string>> | null = null;

/** Accents, case, spaces, hyphens, apostrophes and a trailing "state"/"province" dropped: "Bío-Bío" ~ "Biobio", "Dar'a" ~ "Dara". */
export function regionKey(name: string): string {
	return name
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/\s+(state|province|department|region|governorate|oblast|prefecture)$/, '')
		.replace(/[^a-z]/g, '');
}

function load(): Map<string, Set<string>> {
	if (index) return index;
	index = new Map();
	const data = require('country-region-data/data.json') as Array<{ countryShortCode: string; regions: Array<{ name: string }> }>;
	const put = (key: string, code: string) => {
		if (key.length < 3) return;
		const set = index!.get(key);
		if (set) set.add(code);
		else index!.set(key, new Set([code]));
	};
	for (const c of data) {
		for (const r of c.regions) {
			put(regionKey(r.name), c.countryShortCode);
			// "Coahuila de Zaragoza" is written "Coahuila"; "Región Metropolitana de Santiago" "Metropolitana".
			const short = /^(?:Regi[oó]n\s+)?(.+?)\s+(?:de|del|y)\s+/.exec(r.name);
			if (short && short[1].length >= 4) put(regionKey(short[1]), c.countryShortCode);
		}
	}
	for (const [name, code] of MISSING_REGIONS) put(regionKey(name), code);
	return index;
}

/**
 * First-level regions the package lacks or names only in another language, in places conflict reports name often:
 * the DR Congo's 26 provinces of 2015 (the package has the 11 before), under their English and French names.
 */
const MISSING_REGIONS: ReadonlyArray<readonly [string, string]> = [
	...[
		'North Kivu', 'South Kivu', 'Ituri', 'Tanganyika', 'Haut-Katanga', 'Haut-Lomami', 'Lualaba', 'Lomami', 'Kasai', 'Kasai-Central',
		'Kasai-Oriental', 'Sankuru', 'Tshopo', 'Haut-Uele', 'Bas-Uele', 'Kongo Central', 'Kwango', 'Kwilu', 'Mai-Ndombe', 'Mongala',
		'Nord-Ubangi', 'Sud-Ubangi', 'Tshuapa'
	].map((name) => [name, 'CD'] as const),
	// The package names these in a transliteration or a language that English news and ACLED do not use
	// ("Halab", "Shamal Darfur", "Donetska oblast", "Liban-Sud"): their English names.
	...englishNames('SY', 'Aleppo, Homs, Hama, Idleb, Deir ez-Zor, Deir al-Zour, Raqqa, Hasakah, Hasakeh, Latakia, Lattakia, Quneitra, Sweida, Suwayda, Daraa, Deraa, Damascus, Rural Damascus, Tartous'),
	...englishNames('SD', 'North Darfur, South Darfur, West Darfur, East Darfur, Central Darfur, North Kordofan, South Kordofan, West Kordofan, Khartoum, Gezira, Gedaref, White Nile, Blue Nile, River Nile, Sennar'),
	...englishNames('IQ', 'Anbar, Basra, Basrah, Muthanna, Qadisiyah, Diwaniyah, Najaf, Erbil, Sulaymaniyah, Sulaimaniyah, Babil, Babylon, Baghdad, Dhi Qar, Thi Qar, Diyala, Karbala, Maysan, Missan, Nineveh, Ninewa, Ninawa, Salah al-Din, Salahuddin, Saladin, Wasit, Duhok'),
	...englishNames('YE', 'Abyan, Aden, Al Dhale, Dhale, Al Bayda, Bayda, Hodeidah, Hudaydah, Mahrah, Al Mahra, Mahwit, Amran, Dhamar, Hadramawt, Hadramout, Hadhramaut, Hajjah, Lahj, Marib, Raymah, Saada, Sadah, Sanaa, Shabwa, Taiz'),
	...englishNames('SO', 'Hiraan, Hiran, Middle Shabelle, Lower Shabelle, Middle Juba, Lower Juba, Banadir, Benadir, Galgaduud'),
	...englishNames('UA', 'Donetsk, Luhansk, Lugansk, Kharkiv, Zaporizhzhia, Zaporizhia, Kherson, Dnipropetrovsk, Sumy, Mykolaiv, Odesa, Odessa, Chernihiv, Poltava, Crimea'),
	...englishNames('LB', 'Nabatieh, South Lebanon, Bekaa, Beqaa, Mount Lebanon, North Lebanon, Akkar, Baalbek-Hermel, Beirut'),
	...englishNames('PS', 'West Bank, Gaza Strip, Gaza, North Gaza, Hebron, Deir al-Balah, Jenin, Khan Younis, Khan Yunis, Nablus, Qalqilya, Ramallah, Ramallah and al-Bireh, Salfit, Tubas, Tulkarm, Tulkarem'),
	...englishNames('LY', 'Benghazi, Misrata, Misurata, Sirte, Derna, Sabha, Zawiya, Kufra, Jufra'),
	...englishNames('PK', 'Khyber Pakhtunkhwa, Baluchistan'),
	...englishNames('AF', 'Wardak, Uruzgan, Oruzgan'),
	...englishNames('CM', 'Far North, Extreme North'),
	...englishNames('BF', 'Boucle du Mouhoun, Hauts-Bassins, Centre-Nord, Centre-Est, Centre-Ouest, Centre-Sud, Plateau-Central, Cascades, Est, Nord, Centre')
];

function englishNames(country: string, names: string): Array<readonly [string, string]> {
	return names.split(', ').map((name) => [name, country] as const);
}

let codes: Map<string, Array<{ country: string; code: string }>> | null = null;

/**
 * The ISO 3166-2 subdivision codes of the regions of that name. Where GeoNames uses the same codes
 * for first-level regions (US states: "CA"), they pick the town of a name in the region written beside it.
 */
export function regionCodes(name: string): ReadonlyArray<{ country: string; code: string }> {
	if (!codes) {
		codes = new Map();
		const data = require('country-region-data/data.json') as Array<{ countryShortCode: string; regions: Array<{ name: string; shortCode?: string }> }>;
		for (const c of data) {
			for (const r of c.regions) {
				if (!r.shortCode) continue;
				const key = regionKey(r.name);
				const list = codes.get(key) ?? [];
				list.push({ country: c.countryShortCode, code: r.shortCode });
				codes.set(key, list);
			}
		}
	}
	return codes.get(regionKey(name)) ?? [];
}

/** ISO alpha-2 codes of the countries that have a first-level region of that name. */
const NONE: ReadonlySet<string> = new Set();
const byName = new Map<string, ReadonlySet<string>>();

export function regionCountries(name: string): ReadonlySet<string> {
	let hit = byName.get(name);
	if (!hit) {
		hit = load().get(regionKey(name)) ?? NONE;
		if (byName.size > 50_000) byName.clear();
		byName.set(name, hit);
	}
	return hit;
}

const REGION_WEIGHT = 1.5;
const TOWN_WEIGHT = 1;
const BOTH_BONUS = 0.25;

/**
 * The country most of the article's place names belong to, counting a region
 * 1.5 (1.75 when a town there bears it too) and a town 1, each name once; undefined unless
 * one country leads and has at least a region's worth of support.
 * "Trujillo, La Libertad" → PE (town + region) over HN (town + a town named La
 * Libertad). Countries named outright are left out: "goods from Turkey" says
 * nothing of where Batumi is.
 */
export function agreedCountry(names: Iterable<string>, townCountries: (name: string) => ReadonlySet<string>, groupCountries: Iterable<string> = [], containers: Iterable<string> = []): string | undefined {
	const score = new Map<string, number>();
	// A region written beside a town ("Rampura, Dhaka", "(Kutru, Bijapur, Chhattisgarh)") places the town in its country
	// as surely as a town there would: the region's own vote below counts it once more.
	for (const r of new Set(containers)) {
		const only = regionCountries(r);
		if (only.size === 1) for (const c of only) score.set(c, (score.get(c) ?? 0) + TOWN_WEIGHT);
	}
	// An armed group known to fight in one country speaks for it as a town would ("ADF rebels killed three civilians
	// near Beni": the Congolese town, not Bolivia's Beni department).
	for (const c of new Set(groupCountries)) score.set(c, (score.get(c) ?? 0) + TOWN_WEIGHT);
	for (const n of new Set(names)) {
		const regions = regionCountries(n);
		const towns = townCountries(n);
		// A name that is both a region and a town there ("Guanajuato") is surer still.
		for (const c of regions) score.set(c, (score.get(c) ?? 0) + REGION_WEIGHT + (towns.has(c) ? BOTH_BONUS : 0));
		for (const c of towns) if (!regions.has(c)) score.set(c, (score.get(c) ?? 0) + TOWN_WEIGHT);
	}
	let best: string | undefined;
	let top = 0;
	let second = 0;
	for (const [c, v] of score) {
		if (v > top) {
			second = top;
			top = v;
			best = c;
		} else if (v > second) second = v;
	}
	return top >= REGION_WEIGHT && second < top ? best : undefined;
}

/**
 * Moves towns geocoded to a homonym abroad into the agreed country when it has
 * a town of that name ("Trujillo" → the Peruvian one). Any other place takes
 * the country and loses its coordinates ("Leon" in "Leon de los Aldama,
 * Guanajuato" is not Nicaragua's; "Acre" beside "Brasileia" is a Brazilian
 * state), except a city of a million or more or a capital abroad, which is that city.
 */
export function reconcilePlaces(places: Place[], agreed: string | undefined, stated: ReadonlySet<Place> = new Set()): void {
	if (!agreed) return;
	const agreedName = countryName(agreed);
	if (!agreedName) return;
	for (const p of places) {
		// ("Pakistan's Bannu district": the text says whose it is; so does a region of another country written beside it.)
		if ((p.precision !== 'city' && p.precision !== 'unknown') || stated.has(p)) continue;
		if (p.admin1 && regionCountries(p.admin1).size && !regionCountries(p.admin1).has(agreed)) continue;
		const code = p.country ? countryByName(p.country)?.code : undefined;
		if (code === agreed) continue;
		if (cityCountries(p.name).has(agreed)) {
			// (A capital abroad stays the capital: "met in Brussels … relations with Washington" is not Brussels, Wisconsin.)
			const city = findCity(p.name, [agreed], true);
			if (city && city.country === agreed) {
				p.country = agreedName;
				p.lat = Math.round(city.lat * 1e4) / 1e4;
				p.lon = Math.round(city.lon * 1e4) / 1e4;
				p.precision = 'city';
				continue;
			}
		}
		// A big city abroad is that city; a small one is more likely a local place the gazetteer lacks.
		const abroad = findCity(p.name, []);
		// (A capital too, whatever its size: "a ceasefire signed in Doha" beside towns of Congo.)
		// (So is a city of 300,000 written bare, with no region beside it: "Rotterdam … Antwerp and Hamburg", Hamburg also a
		// German state, are the ports; "San Juan, Lagunillas, Merida state" is a local place.)
		if (abroad && (abroad.population >= 1_000_000 || abroad.capital || (abroad.population >= 300_000 && !p.admin1)) && !regionCountries(p.name).has(agreed)) continue;
		p.country = agreedName;
		delete p.lat;
		delete p.lon;
		p.precision = 'unknown';
	}
}
