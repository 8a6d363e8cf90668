/**
 * Which countries an article is about (a vote of the states and places it names), its
 * places geocoded with that in mind, and the country each actor mention belongs to.
 */
import type { Place } from '../core/types';
import type { Mention } from './mentions';
import { containerAfter, resolvePlaces } from './places';
import { agreedCountry, reconcilePlaces } from './regions';
import { countryByDemonym, countryByName } from './countries';
import { cityCountries, findCity, townsNamed } from './geo';
import { LANDMARK_LAST } from './lexicon';
import { actsAcrossBorders } from './known';

/** "the US dollar" names a currency, not a party to the story. */
export function namesCurrency(work: string, m: Mention): boolean {
	return /^\s*dollars?\b/i.test(work.slice(m.end, m.end + 10));
}

/** ("the French acronym for the Islamic State in the Greater Sahara": a language named is no country of the story.) */
function namesLanguage(work: string, m: Mention): boolean {
	return LANGUAGE_AFTER.test(work.slice(m.end, m.end + 20));
}

/** Country names come back again and again (each place, each sentence): each is looked up once. */
function countryLookup(): (name: string) => ReturnType<typeof countryByName> {
	const countryOf = new Map<string, ReturnType<typeof countryByName>>();
	return (name) => {
		if (!countryOf.has(name)) countryOf.set(name, countryByName(name));
		return countryOf.get(name);
	};
}

const LANGUAGE_AFTER = /^\s+(?:acronym|abbreviation|initials|name|word|term|spelling|translation|version|title|language|phrase|for)\b/i;
const NEIGHBOUR_BEFORE = /\b(?:which|that|it)\s+(?:borders|bordered|neighbou?rs)\s+(?:the\s+)?$/i;

export interface Located {
	places: Place[];
	placeIdOf: Map<Mention, string>;
	/** Alpha-2 codes of the article's countries, most voted first. */
	articleCountries: string[];
}

export function locate(raw: string, work: string, named: Mention[]): Located {
	const countryNamed = countryLookup();
	// Countries the article is about: states and places named, in order of frequency.
	const votes = new Map<string, number>();
	const vote = (c: string | undefined, w = 1) => c && votes.set(c, (votes.get(c) ?? 0) + w);
	// A dateline says where the reporter was ("WASHINGTON -" over a story from Tanzania): it votes only through the town lookup below.
	// ("the North Waziristan district, which borders Afghanistan": a neighbour named is not where the story is.)
	for (const m of named) if (m.country && (m.kind === 'state' || m.what === 'place') && !m.dateline && !namesCurrency(work, m) && !NEIGHBOUR_BEFORE.test(work.slice(Math.max(0, m.start - 30), m.start)) && !namesLanguage(work, m)) vote(m.country, m.what === 'place' ? 2 : 1);
	// ("Cameroonian soldiers were ambushed near Bali": a town votes for its namesake in a country the story already names,
	// Cameroon's Bali, not India's bigger Bāli.)
	// ("DHAKA (AFP) - Protesters torched police vehicles in Gopalganj": a capital a report is filed from says which
	// namesake its towns are, though it votes for no country itself.)
	const datelineCapitals = named.filter((m) => m.dateline && m.what === 'place').map((m) => findCity(m.name, [])).filter((x): x is NonNullable<typeof x> => !!x && !!x.capital).map((x) => x.country);
	const stated = [...new Set([...votes.keys(), ...datelineCapitals])];
	for (const m of named) if (m.what === 'place' && !m.country && !countryNamed(m.name) && !LANDMARK_LAST.test(m.name)) {
		// (Of the namesakes in the countries named, the most populous: a Cuban story that names the United States keeps Cárdenas in Cuba.)
		// ("DHAKA - … in the town of Gopalganj …; Hasina fled to India": the namesake in the country the report is filed from,
		// whatever other country the story names in passing.)
		const inDatelineCountry = m.dateline ? undefined : datelineCapitals.map((code) => findCity(m.name, [code])).find((x) => !!x && datelineCapitals.includes(x.country));
		const inStated = inDatelineCountry ?? stated.map((code) => findCity(m.name, [code])).filter((x): x is NonNullable<typeof x> => !!x && stated.includes(x.country)).sort((a, b) => b.population - a.population)[0];
		const c = inStated ?? findCity(m.name, []);
		// "said here Friday": wire copy that says "here" means the dateline's town.
		// (A namesake in the dateline's country votes whatever its size; a dateline's own town is never one.)
		if (c && c === inDatelineCountry) vote(c.country, 2);
		else if (c && c.population >= 20000) vote(c.country, m.dateline && /\bhere\b/.test(work) ? 3 : 1);
	}
	// Place names that agree on a country outvote the most populous homonym:
	// "San Juan, Lagunillas, Merida state" are together only in Venezuela.
	const together = new Map<string, number>();
	const placeNames = new Set(named.filter((m) => m.what === 'place' && !m.country && !m.dateline && !LANDMARK_LAST.test(m.name)).map((m) => m.name));
	// Both votes below ask for the countries of each name: asked once.
	const townsOf = new Map<string, Set<string>>();
	// (Not a small namesake of a city ten times its size abroad: Rotterdam, Antwerp and Hamburg named together are the
	// European ports, not the towns of New York and Ohio that were named after them.)
	const townCountries = (n: string) => {
		let c = townsOf.get(n);
		if (!c) {
			const all = cityCountries(n);
			const towns = townsNamed(n);
			const biggest = towns[0];
			c = biggest && biggest.population >= 300_000 ? new Set([...all].filter((code) => code === biggest.country || (towns.find((t) => t.country === code)?.population ?? 0) * 10 >= biggest.population)) : all;
			townsOf.set(n, c);
		}
		return c;
	};
	if (placeNames.size >= 2) {
		for (const n of placeNames) for (const c of townCountries(n)) together.set(c, (together.get(c) ?? 0) + 1);
		const best = [...together.entries()].sort((a, b) => b[1] - a[1]);
		if (best[0] && best[0][1] >= 2 && (!best[1] || best[0][1] > best[1][1])) vote(best[0][0], 3);
	}
	// Towns and the regions written beside them agree on one country ("Trujillo, La Libertad" → Peru).
	const groupCountries = named.filter((m) => m.what === 'actor' && m.kind === 'armed_group' && m.country && m.key).map((m) => m.country!);
	// ("Israeli settlers set fire to three houses in Turmus Ayya": settlers act where they settle, the occupied West Bank,
	// which the gazetteer files under Palestine; a vote for it lets its villages be found.)
	if (/\bIsraeli\s+settlers?\b|\bJewish\s+settlers?\b/i.test(work)) vote('PS', 2);
	// ("The attackers were gunmen from the Viv Ansanm gang coalition … Kenscoff": a well-known group's home country is a
	// weak vote for where the story is, enough to place its towns when the text names no country.)
	// (Not a group that fights in several countries: JNIM's home in Mali says nothing of a raid near Sebba.)
	if (!votes.size) for (const m of named) if (m.what === 'actor' && m.kind === 'armed_group' && m.country && m.key && !actsAcrossBorders(m.key) && !actsAcrossBorders(m.name)) vote(m.country, 1);
	// ("Cameroonian soldiers were ambushed near Bali": a state's forces named by their demonym, when nothing else says where.)
	// (Only a demonym or a force: a state named outright already voted, or was set aside as a neighbour.)
	if (!votes.size) for (const m of named) if (m.what === 'actor' && m.country && (m.kind === 'military' || (m.kind === 'state' && work.slice(m.start, m.end) !== m.name)) && !namesLanguage(work, m)) vote(m.country, 1);
	// (Only a place followed by a comma or a bracket can have one.)
	const containers = named.filter((m) => m.what === 'place' && !m.dateline && /^\s*[,(]|^\s+[a-z]+\s*\(/.test(work.slice(m.end, m.end + 24))).map((m) => containerAfter(work, m.end)).filter((r): r is string => !!r);
	const agreed = agreedCountry(placeNames, townCountries, groupCountries, containers);
	if (agreed) vote(agreed, 6);
	const ranked = () => [...votes.entries()].sort((a, b) => b[1] - a[1]).map(([c]) => c);
	const { places, idOf: placeIdOf, inItsRegion } = resolvePlaces(raw, work, named, ranked());
	const ownerStated = new Set(named.filter((m) => m.what === 'place' && m.place?.precision === 'unknown' && m.place.country).map((m) => places.find((p) => p.id === placeIdOf.get(m))).filter((p): p is Place => !!p));
	for (const p of inItsRegion) ownerStated.add(p);
	reconcilePlaces(places, agreed, ownerStated);
	const datelineAt = new Set(named.filter((m) => m.dateline).map((m) => m.start));
	// (A town placed only by the region written beside it, "Kubwa (Abuja LGA, FCT)", votes for that region's country.)
	for (const p of places) if (p.country && (p.precision === 'city' || p.precision === 'region') && p.mentions.some((x) => !datelineAt.has(x.start))) vote(countryNamed(p.country)?.code, p.precision === 'city' ? 2 : 1);
	// The last vote is in: ranked once here, not again for every unplaced group and event.
	const articleCountries = ranked();
	return { places, placeIdOf, articleCountries };
}

/**
 * The country an actor mention belongs to: that of the first place its sentence names, else (for police, army
 * or officials) of the one state the sentence names, else the article's.
 */
export function mentionCountry(named: Mention[], work: string, located: Located): (m: Mention) => string | undefined {
	const { places, placeIdOf, articleCountries } = located;
	const placeByIdAll = new Map(places.map((p) => [p.id, p]));
	const countryNamed = countryLookup();
	const placeMentions = named.filter((m) => m.what === 'place');
	// The first place mention of each sentence whose place has a country.
	const placeCountryBySentence = new Map<number, string>();
	for (const pm of placeMentions) {
		// "BEIRUT (AP) — Four civilians were killed in Ariha, Syria": the dateline is not where they were.
		if (placeCountryBySentence.has(pm.sentence) || pm.dateline) continue;
		const p = placeByIdAll.get(placeIdOf.get(pm) ?? '');
		const code = p?.country ? countryNamed(p.country)?.code : undefined;
		if (code) placeCountryBySentence.set(pm.sentence, code);
	}
	// With no place named, the one state a sentence names is whose police, army or officials it tells of: "Armed gangs
	// attacked Haiti's airport, exchanging fire with police" (police of Haiti, in a story filed from elsewhere).
	// (Crowds and civilians are often foreigners where they are: "the U.S. embassies" does not make the victims American.)
	const soleState = soleStateBySentence(named.filter((m) => !namesCurrency(work, m)), work);
	return (m) => placeCountryBySentence.get(m.sentence) ?? (STATE_ORGANS.has(m.group ?? '') ? soleState(m.sentence) : undefined) ?? articleCountries[0];
}

/** The one state each sentence names by name, where it names exactly one. */
function soleStateBySentence(named: Mention[], work: string): (sentence: number) => string | undefined {
	const statesBySentence = new Map<number, Set<string>>();
	for (const m of named) {
		// (By its name: "ethnic Albanians" names a people, not where the story is.)
		if (m.kind !== 'state' || !m.country || m.dateline || m.backerOnly || countryByDemonym(work.slice(m.start, m.end))) continue;
		const set = statesBySentence.get(m.sentence) ?? new Set<string>();
		statesBySentence.set(m.sentence, set.add(m.country));
	}
	return (sentence) => {
		const set = statesBySentence.get(sentence);
		return set && set.size === 1 ? [...set][0] : undefined;
	};
}

const STATE_ORGANS: ReadonlySet<string> = new Set(['military', 'police', 'government']);
