/**
 * Country gazetteer: names and variants from i18n-iso-countries, demonyms
 * (adjective and plural noun) from a table written here, since no kept
 * package carries them. Keys are lower-cased, apostrophes folded.
 */
import { lookupTable } from '../core/lookup';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const iso = require('i18n-iso-countries') as {
	getNames(lang: string, opts?: { select: 'all' | 'official' }): Record<string, string | string[]>;
	alpha2ToAlpha3(code: string): string | undefined;
	alpha2ToNumeric(code: string): string | undefined;
};

export interface CountryEntry {
	code: string;
	name: string;
}

// Short names people write, where the ISO list leads with a formal one.
const CANONICAL = lookupTable<string>({
	SY: 'Syria', GB: 'United Kingdom', LA: 'Laos', BN: 'Brunei', MD: 'Moldova', VA: 'Vatican City',
	CD: 'Democratic Republic of Congo', CG: 'Republic of Congo', KR: 'South Korea', KP: 'North Korea',
	TR: 'Turkey', CI: 'Ivory Coast', CZ: 'Czech Republic', IR: 'Iran', RU: 'Russia', TZ: 'Tanzania',
	PS: 'Palestine', MK: 'North Macedonia', TW: 'Taiwan', FM: 'Micronesia', VE: 'Venezuela', BO: 'Bolivia',
	US: 'United States', VN: 'Vietnam', SZ: 'Eswatini', CV: 'Cape Verde', TL: 'East Timor', MM: 'Myanmar'
});

// Extra written forms ("America", "DRC", "Burma").
const EXTRA_NAMES = lookupTable<string[]>({
	US: ['America', 'the United States', 'the US', 'the U.S.'], GB: ['Britain', 'UK', 'U.K.', 'England'],
	CD: ['DRC', 'DR Congo', 'Congo', 'Democratic Republic of Congo'], MM: ['Burma'], AE: ['UAE', 'U.A.E.', 'Emirates'],
	KR: ['Korea'], NL: ['Holland'], PS: ['Gaza', 'West Bank', 'Palestinian Territories'], SY: ['Syrian Arab Republic'],
	CI: ["Cote d'Ivoire"], TR: ['Turkiye'], SS: ['South Sudan'], CF: ['CAR', 'Central African Republic'], SA: ['Saudi'],
	VA: ['Vatican']
});

// alpha-2 → [adjective, plural noun?, ...more adjectives]
const DEMONYMS = lookupTable<string[]>({
	AF: ['Afghan', 'Afghans'], AL: ['Albanian', 'Albanians'], DZ: ['Algerian', 'Algerians'], AO: ['Angolan', 'Angolans'],
	AR: ['Argentine', 'Argentines', 'Argentinian', 'Argentinians'], AM: ['Armenian', 'Armenians'], AU: ['Australian', 'Australians'],
	AT: ['Austrian', 'Austrians'], AZ: ['Azerbaijani', 'Azerbaijanis', 'Azeri', 'Azeris'], BH: ['Bahraini', 'Bahrainis'],
	BD: ['Bangladeshi', 'Bangladeshis'], BY: ['Belarusian', 'Belarusians'], BE: ['Belgian', 'Belgians'], BJ: ['Beninese'],
	BO: ['Bolivian', 'Bolivians'], BA: ['Bosnian', 'Bosnians'], BR: ['Brazilian', 'Brazilians'], BG: ['Bulgarian', 'Bulgarians'],
	BF: ['Burkinabe', 'Burkinabes'], BI: ['Burundian', 'Burundians'], KH: ['Cambodian', 'Cambodians'], CM: ['Cameroonian', 'Cameroonians'],
	CA: ['Canadian', 'Canadians'], CF: ['Central African', 'Central Africans'], TD: ['Chadian', 'Chadians'], CL: ['Chilean', 'Chileans'],
	CN: ['Chinese'], CO: ['Colombian', 'Colombians'], CD: ['Congolese'], CR: ['Costa Rican', 'Costa Ricans'], HR: ['Croatian', 'Croatians', 'Croat', 'Croats'],
	CU: ['Cuban', 'Cubans'], CY: ['Cypriot', 'Cypriots'], CZ: ['Czech', 'Czechs'], DK: ['Danish', 'Danes'], DJ: ['Djiboutian', 'Djiboutians'],
	DO: ['Dominican', 'Dominicans'], EC: ['Ecuadorian', 'Ecuadorians'], EG: ['Egyptian', 'Egyptians'], SV: ['Salvadoran', 'Salvadorans'],
	ER: ['Eritrean', 'Eritreans'], EE: ['Estonian', 'Estonians'], ET: ['Ethiopian', 'Ethiopians'], FI: ['Finnish', 'Finns'],
	FR: ['French'], GA: ['Gabonese'], GM: ['Gambian', 'Gambians'], GE: ['Georgian', 'Georgians'], DE: ['German', 'Germans'],
	GH: ['Ghanaian', 'Ghanaians'], GR: ['Greek', 'Greeks'], GT: ['Guatemalan', 'Guatemalans'], GN: ['Guinean', 'Guineans'],
	HT: ['Haitian', 'Haitians'], HN: ['Honduran', 'Hondurans'], HU: ['Hungarian', 'Hungarians'], IN: ['Indian', 'Indians'],
	ID: ['Indonesian', 'Indonesians'], IR: ['Iranian', 'Iranians', 'Persian'], IQ: ['Iraqi', 'Iraqis'], IE: ['Irish'],
	IL: ['Israeli', 'Israelis'], IT: ['Italian', 'Italians'], JM: ['Jamaican', 'Jamaicans'], JP: ['Japanese'], JO: ['Jordanian', 'Jordanians'],
	KZ: ['Kazakh', 'Kazakhs'], KE: ['Kenyan', 'Kenyans'], KW: ['Kuwaiti', 'Kuwaitis'], KG: ['Kyrgyz'], LA: ['Lao', 'Laotian'],
	LV: ['Latvian', 'Latvians'], LB: ['Lebanese'], LR: ['Liberian', 'Liberians'], LY: ['Libyan', 'Libyans'], LT: ['Lithuanian', 'Lithuanians'],
	MG: ['Malagasy'], MW: ['Malawian', 'Malawians'], MY: ['Malaysian', 'Malaysians'], ML: ['Malian', 'Malians'], MR: ['Mauritanian', 'Mauritanians'],
	MX: ['Mexican', 'Mexicans'], MD: ['Moldovan', 'Moldovans'], MN: ['Mongolian', 'Mongolians'], ME: ['Montenegrin', 'Montenegrins'],
	MA: ['Moroccan', 'Moroccans'], MZ: ['Mozambican', 'Mozambicans'], MM: ['Burmese', 'Myanmar'], NA: ['Namibian', 'Namibians'],
	NP: ['Nepali', 'Nepalis', 'Nepalese'], NL: ['Dutch'], NZ: ['New Zealand'], NI: ['Nicaraguan', 'Nicaraguans'], NE: ['Nigerien', 'Nigeriens'],
	NG: ['Nigerian', 'Nigerians'], KP: ['North Korean', 'North Koreans'], NO: ['Norwegian', 'Norwegians'], OM: ['Omani', 'Omanis'],
	PK: ['Pakistani', 'Pakistanis'], PS: ['Palestinian', 'Palestinians'], PA: ['Panamanian', 'Panamanians'], PG: ['Papua New Guinean'],
	PY: ['Paraguayan', 'Paraguayans'], PE: ['Peruvian', 'Peruvians'], PH: ['Filipino', 'Filipinos', 'Philippine'], PL: ['Polish', 'Poles'],
	PT: ['Portuguese'], QA: ['Qatari', 'Qataris'], RO: ['Romanian', 'Romanians'], RU: ['Russian', 'Russians'], RW: ['Rwandan', 'Rwandans'],
	SA: ['Saudi', 'Saudis', 'Saudi Arabian'], SN: ['Senegalese'], RS: ['Serbian', 'Serbs', 'Serb'], SL: ['Sierra Leonean', 'Sierra Leoneans'],
	SG: ['Singaporean', 'Singaporeans'], SK: ['Slovak', 'Slovaks'], SI: ['Slovenian', 'Slovenians'], SO: ['Somali', 'Somalis'],
	ZA: ['South African', 'South Africans'], KR: ['South Korean', 'South Koreans'], SS: ['South Sudanese'], ES: ['Spanish', 'Spaniards'],
	LK: ['Sri Lankan', 'Sri Lankans'], SD: ['Sudanese'], SE: ['Swedish', 'Swedes'], CH: ['Swiss'], SY: ['Syrian', 'Syrians'],
	TW: ['Taiwanese'], TJ: ['Tajik', 'Tajiks'], TZ: ['Tanzanian', 'Tanzanians'], TH: ['Thai'], TG: ['Togolese'], TN: ['Tunisian', 'Tunisians'],
	TR: ['Turkish', 'Turks'], TM: ['Turkmen'], UG: ['Ugandan', 'Ugandans'], UA: ['Ukrainian', 'Ukrainians'], AE: ['Emirati', 'Emiratis'],
	GB: ['British', 'Britons'], US: ['American', 'Americans'], UY: ['Uruguayan', 'Uruguayans'], UZ: ['Uzbek', 'Uzbeks'],
	VE: ['Venezuelan', 'Venezuelans'], VN: ['Vietnamese'], YE: ['Yemeni', 'Yemenis'], ZM: ['Zambian', 'Zambians'], ZW: ['Zimbabwean', 'Zimbabweans'],
	CI: ['Ivorian', 'Ivorians'], CG: ['Congolese'], XK: ['Kosovar', 'Kosovars'], BT: ['Bhutanese'], MV: ['Maldivian'], LS: ['Basotho']
});

export const normKey = (s: string) => {
	const l = s.toLowerCase();
	return /[\u2018\u2019`\u02bc\s]/.test(l) ? l.replace(/[\u2018\u2019`\u02bc]/g, "'").replace(/\s+/g, ' ').trim() : l;
};

let byName: Map<string, CountryEntry> | null = null;
let byDemonym: Map<string, CountryEntry> | null = null;
let byCode: Map<string, CountryEntry> | null = null;

function build(): void {
	byName = new Map();
	byDemonym = new Map();
	byCode = new Map();
	const all = iso.getNames('en', { select: 'all' });
	for (const [code, v] of Object.entries(all)) {
		const variants = (Array.isArray(v) ? v : [v]).filter((x) => !x.includes(','));
		const name = CANONICAL[code] ?? variants.filter((x) => x.length > 3).sort((a, b) => a.length - b.length)[0] ?? variants[0] ?? code;
		const entry = { code, name };
		byCode.set(code, entry);
		for (const n of [name, ...variants, ...(EXTRA_NAMES[code] ?? [])]) {
			const k = normKey(n);
			if (!byName.has(k) || k === normKey(name)) byName.set(k, entry);
		}
	}
	for (const [code, ds] of Object.entries(DEMONYMS)) {
		const entry = byCode.get(code);
		if (!entry) continue;
		for (const d of ds) if (!byDemonym.has(normKey(d))) byDemonym.set(normKey(d), entry);
	}
	// Ambiguous short forms: "US" as a word is usually the pronoun in lower case; keep the capitalised match only.
	byName.set('congo', byCode.get('CD')!);
}

// The same few thousand words are asked about again and again (every capitalised word, every word before a group noun):
// each answer is kept, as written, so that most asks cost one map lookup and no lower-cased copy.
const LOOKUP_CACHE_MAX = 8192;
const nameAsked = new Map<string, CountryEntry | null>();
const demonymAsked = new Map<string, CountryEntry | null>();

/** The entry for `s` in one of the two tables, through its cache of answers as written. */
function lookUp(asked: Map<string, CountryEntry | null>, table: () => Map<string, CountryEntry>, s: string): CountryEntry | undefined {
	let v = asked.get(s);
	if (v === undefined) {
		v = table().get(normKey(s)) ?? null;
		if (asked.size >= LOOKUP_CACHE_MAX) asked.clear();
		asked.set(s, v);
	}
	return v ?? undefined;
}

function names(): Map<string, CountryEntry> {
	if (!byName) build();
	return byName!;
}

function demonyms(): Map<string, CountryEntry> {
	if (!byDemonym) build();
	return byDemonym!;
}

export function countryByName(s: string): CountryEntry | undefined {
	return lookUp(nameAsked, names, s);
}

export function countryByDemonym(s: string): CountryEntry | undefined {
	return lookUp(demonymAsked, demonyms, s);
}

/** "Syria" or "Syrian": no key is both the name of one country and the demonym of another, so the order of the two lookups does not matter. */
export function countryByNameOrDemonym(s: string): CountryEntry | undefined {
	return countryByName(s) ?? countryByDemonym(s);
}

export function countryByCode(code: string): CountryEntry | undefined {
	if (!byCode) build();
	return byCode!.get(code.toUpperCase());
}

export function demonymOf(code: string): string | undefined {
	return DEMONYMS[code.toUpperCase()]?.[0];
}

export function numericCode(code: string): string | undefined {
	return iso.alpha2ToNumeric(code);
}

/** Longest number of words of any country name or demonym (to bound lookups). */
export const MAX_COUNTRY_WORDS = 6;
