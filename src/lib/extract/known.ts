/**
 * A small curated table of well-known actors whose names carry no keyword a
 * rule could read ("Hezbollah", "Pentagon", "Taliban"). The general
 * mechanisms (titles, org keywords, acronym binding, fuzzy variants) carry
 * everything else; this table only seeds canonical names and kinds.
 */
import type { ActorKind } from '../core/types';
import type { Mention } from './mentions';

export interface KnownActor {
	name: string;
	kind: ActorKind;
	aliases: string[];
	/** ISO alpha-2 of the state it belongs to, if any. */
	country?: string;
	/** alpha-2 of a state backing it. */
	backer?: string;
	/** A movement that came to govern a state: from that day (ISO date) its forces are the state's. */
	governs?: { country: string; from: string };
	/** It fights in several countries (JNIM in Mali, Burkina Faso, Niger and Benin): its home says nothing of where a story is. */
	acrossBorders?: true;
	/** Acronyms it shares with an actor of another country listed first, which keeps them unless the story is in this one's. */
	sharedAcronyms?: string[];
}

export const KNOWN_ACTORS: KnownActor[] = [
	{ name: 'Pentagon', kind: 'government', aliases: ['U.S. Department of Defense', 'Department of Defense', 'Defense Department', 'DoD'], country: 'US' },
	{ name: 'White House', kind: 'government', aliases: [], country: 'US' },
	{ name: 'U.S. State Department', kind: 'government', aliases: ['State Department', 'Department of State'], country: 'US' },
	{ name: 'U.S. Central Command', kind: 'military', aliases: ['CENTCOM', 'Central Command'], country: 'US' },
	{ name: 'U.S. Congress', kind: 'government', aliases: ['Congress'], country: 'US' },
	{ name: 'Kremlin', kind: 'government', aliases: [], country: 'RU' },
	{ name: 'Islamic Revolutionary Guard Corps', kind: 'military', aliases: ['IRGC', 'Revolutionary Guard', 'Revolutionary Guards', 'Iranian Revolutionary Guard Corps', 'Islamic Revolutionary Guards Corps'], country: 'IR' },
	{ name: 'Islamic Revolutionary Guard Corps Quds Force', kind: 'military', aliases: ['Quds Force', 'IRGC Quds Force', 'Iranian Revolutionary Guard Corps Quds Force', 'IRGC-QF'], country: 'IR' },
	{ name: "Kata'ib Hezbollah", kind: 'armed_group', aliases: ['KH', 'Kataib Hezbollah', "Kata'ib Hizballah"], country: 'IQ', backer: 'IR', acrossBorders: true },
	{ name: "Kata'ib Sayyid al-Shuhada", kind: 'armed_group', aliases: ['KSS', 'Kataib Sayyid al-Shuhada'], country: 'IQ', backer: 'IR' },
	{ name: "Asa'ib Ahl al-Haq", kind: 'armed_group', aliases: ['AAH', 'Asaib Ahl al-Haq'], country: 'IQ', backer: 'IR' },
	{ name: 'Popular Mobilization Forces', kind: 'armed_group', aliases: ['PMF', 'Hashd al-Shaabi', 'Popular Mobilisation Forces', 'PMU', 'Popular Mobilization Units'], country: 'IQ' },
	{ name: 'Hezbollah', kind: 'armed_group', aliases: ['Hizballah', 'Hizbullah'], country: 'LB', backer: 'IR', acrossBorders: true },
	{ name: 'Hamas', kind: 'armed_group', aliases: [], country: 'PS' },
	{ name: 'Islamic State', kind: 'armed_group', aliases: ['ISIS', 'ISIL', 'IS', 'Daesh', 'Islamic State of Iraq and the Levant', 'Islamic State of Iraq and Syria'] },
	{ name: 'Al Qaeda', kind: 'armed_group', aliases: ['al-Qaeda', 'al-Qaida', 'Al Qaida', 'AQ'] },
	{ name: 'Al Shabaab', kind: 'armed_group', aliases: ['al-Shabaab', 'Al-Shabab', 'al-Shabab', 'Shabaab', 'Al Shabab', 'Harakat al-Shabaab al-Mujahideen'], country: 'SO', acrossBorders: true },
	{ name: 'Boko Haram', kind: 'armed_group', aliases: ['JAS'], country: 'NG', acrossBorders: true },
	// (In power in Kabul since 15 August 2021.)
	{ name: 'Taliban', kind: 'armed_group', aliases: ['the Taliban'], country: 'AF', governs: { country: 'AF', from: '2021-08-15' } },
	// The Houthi movement governs northern Yemen through its Supreme Political Council (since 2016).
	{ name: 'Houthis', kind: 'armed_group', aliases: ['Houthi', 'Ansar Allah', 'Huthi', 'Huthis', 'Houthi rebels', 'Houthi movement', 'Supreme Political Council'], country: 'YE', backer: 'IR' },
	// Southern Yemen's UAE-backed Security Belt (al-Hizam al-Amni), formally under the government's Interior Ministry.
	{ name: 'Security Belt Forces', kind: 'military', aliases: ['Security Belt', 'Security Belt forces', 'Hizam al-Amni', 'al-Hizam al-Amni'], country: 'YE', backer: 'AE' },
	// The Saudi-led coalition in Yemen has fought as "Operation Restoring Hope" since April 2015.
	{ name: 'Saudi-led coalition', kind: 'military', aliases: ['Saudi-led Coalition', 'Arab coalition', 'Operation Restoring Hope', 'Operation Decisive Storm'], country: 'SA' },
	{ name: 'Hayat Tahrir al-Sham', kind: 'armed_group', aliases: ['HTS', 'Hayat Tahrir al Sham'], country: 'SY' },
	{ name: 'Syrian Democratic Forces', kind: 'armed_group', aliases: ['SDF', 'QSD'], country: 'SY' },
	{ name: 'Kurdistan Workers Party', kind: 'armed_group', aliases: ['PKK', "Kurdistan Workers' Party"], country: 'TR', acrossBorders: true },
	{ name: 'Allied Democratic Forces', kind: 'armed_group', aliases: ['ADF'], country: 'CD', acrossBorders: true },
	{ name: 'Libyan National Army', kind: 'military', aliases: ['LNA', 'Haftar forces'], country: 'LY' },
	{ name: 'Government of National Accord', kind: 'military', aliases: ['GNA'], country: 'LY' },
	{ name: 'Afghan National Defense and Security Forces', kind: 'military', aliases: ['ANDSF', 'Afghan National Army', 'ANA'], country: 'AF' },
	{ name: 'Islamic State West Africa Province', kind: 'armed_group', aliases: ['ISWAP', 'ISWA'], country: 'NG', acrossBorders: true },
	// The forces of the self-proclaimed Donetsk and Luhansk "people's republics" in Ukraine's Donbas (2014-2022): each
	// republic's "People's Militia", fighting together as the United Armed Forces of Novorossiya, backed by Russia.
	{ name: 'United Armed Forces of Novorossiya', kind: 'armed_group', aliases: ['NAF', 'Novorossiya Armed Forces', "Donetsk People's Militia", "Luhansk People's Militia", "Lugansk People's Militia", "Donbass People's Militia", "Donbas People's Militia", "People's Militia of the Donetsk People's Republic", "People's Militia of the Luhansk People's Republic"], country: 'UA', backer: 'RU' },
	// Sudan's paramilitary, at war with the army since April 2023: a non-state force, whatever its name's "Forces".
	{ name: 'Rapid Support Forces', kind: 'armed_group', aliases: ['RSF'], country: 'SD' },
	// Myanmar's armed opposition, formed after the 2021 coup.
	{ name: 'Communist Party of India (Maoist)', kind: 'armed_group', aliases: ['CPI (Maoist)', 'CPI-Maoist', 'CPI(Maoist)', 'Naxalites', 'Naxals', 'Maoists', 'Maoist rebels', 'Maoist insurgents', 'Maoist guerrillas', 'Maoist cadres', 'Maoist cadre', 'Naxal rebels', 'Naxalite rebels'], country: 'IN' },
	{ name: 'Tehrik-e-Taliban Pakistan', kind: 'armed_group', aliases: ['TTP', 'Pakistani Taliban', 'Tehreek-e-Taliban Pakistan'], country: 'PK' },
	{ name: 'National Liberation Army (Colombia)', kind: 'armed_group', aliases: ['ELN', 'Ejercito de Liberacion Nacional', 'Ejército de Liberación Nacional'], country: 'CO' },
	{ name: 'White Helmets', kind: 'organization', aliases: ['Syria Civil Defence', 'Syrian Civil Defence', 'Syria Civil Defense'], country: 'SY' },
	{ name: 'Wagner Group', kind: 'armed_group', aliases: ['PMC Wagner', 'Wagner mercenaries'], country: 'RU', acrossBorders: true },
	{ name: 'M23', kind: 'armed_group', aliases: ['March 23 Movement', 'Mouvement du 23 mars'], country: 'CD', acrossBorders: true },
	{ name: 'Islamic State in the Greater Sahara', kind: 'armed_group', aliases: ['ISGS'], country: 'NE', acrossBorders: true },
	// Its name since it became a province of the Islamic State (2022).
	{ name: 'Islamic State Sahel Province', kind: 'armed_group', aliases: ['ISSP', 'IS Sahel', 'IS-Sahel', 'Islamic State Sahel', 'Islamic State in the Sahel', 'Islamic State Sahel Province'], country: 'NE', acrossBorders: true },
	// The Islamic State's province in Cabo Delgado, northern Mozambique (a province of its own since 2022).
	{ name: 'Islamic State Mozambique Province', kind: 'armed_group', aliases: ['ISM', 'ISMP', 'IS Mozambique', 'IS-Mozambique', 'Islamic State Mozambique', 'Islamic State in Mozambique'], country: 'MZ' },
	// Al Qaeda's coalition in the Sahel (Mali, Burkina Faso, Niger), formed in 2017.
	{ name: "Jama'at Nusrat al-Islam wal-Muslimin", kind: 'armed_group', aliases: ['JNIM', 'Jamaat Nusrat al-Islam wal-Muslimin', 'GSIM', 'Group for the Support of Islam and Muslims', 'Support Group for Islam and Muslims'], country: 'ML', acrossBorders: true },
	// The armed groups of Cameroon's Anglophone regions since 2017, named after the state they proclaimed (no gazetteer knows it);
	// a group named by its own name ("Ambazonia Defence Forces") keeps it.
	{ name: 'Ambazonian separatists', kind: 'armed_group', aliases: ['Ambazonian separatist', 'Ambazonian fighters', 'Ambazonia separatists', 'Amba boys', 'Amba fighters'], country: 'CM' },
	// Colombia's FARC disarmed in 2017; the name in today's news is mostly its dissident fronts'.
	{ name: 'FARC', kind: 'armed_group', aliases: ['Revolutionary Armed Forces of Colombia', 'FARC-EP', 'FARC dissidents'], country: 'CO', acrossBorders: true },
	{ name: 'Fatah', kind: 'political_party', aliases: ['Fateh'], country: 'PS' },
	{ name: 'Doctors Without Borders', kind: 'organization', aliases: ['MSF', 'Medecins Sans Frontieres', 'Médecins Sans Frontières'] },
	// States' forces usually named by acronym or by a name with no country in it.
	{ name: 'Israel Defense Forces', kind: 'military', aliases: ['IDF', 'Israeli Defense Forces', 'Israel Defence Forces'], country: 'IL' },
	{ name: 'Sudanese Armed Forces', kind: 'military', aliases: ['SAF', 'Sudan Armed Forces'], country: 'SD' },
	{ name: 'Somali National Army', kind: 'military', aliases: ['SNA'], country: 'SO' },
	// (Its acronym is the Somali army's too: named in full, the Turkish-backed Syrian factions; "SNA" alone is Somali, unless
	// the story is in Syria and not in Somalia: see sharedAcronymOwner.)
	{ name: 'Syrian National Army', kind: 'armed_group', aliases: [], country: 'SY', backer: 'TR', sharedAcronyms: ['SNA'] },
	{ name: 'Armed Forces of the Democratic Republic of the Congo', kind: 'military', aliases: ['FARDC'], country: 'CD' },
	{ name: 'Malian Armed Forces', kind: 'military', aliases: ['FAMa'], country: 'ML' },
	{ name: 'Ethiopian National Defense Force', kind: 'military', aliases: ['ENDF', 'Ethiopian National Defence Force'], country: 'ET' },
	{ name: 'Tatmadaw', kind: 'military', aliases: [], country: 'MM' },
	{ name: 'Central African Armed Forces', kind: 'military', aliases: ['FACA'], country: 'CF' },
	{ name: "Uganda People's Defence Force", kind: 'military', aliases: ['UPDF', "Uganda People's Defense Force"], country: 'UG' },
	{ name: "South Sudan People's Defence Forces", kind: 'military', aliases: ['SSPDF'], country: 'SS' },
	{ name: 'Kenya Defence Forces', kind: 'military', aliases: ['KDF'], country: 'KE' },
	{ name: 'Indonesian National Armed Forces', kind: 'military', aliases: ['TNI'], country: 'ID' },
	{ name: 'Bolivarian National Guard', kind: 'military', aliases: ['GNB', 'Venezuelan National Guard'], country: 'VE' },
	{ name: 'Bolivarian National Intelligence Service', kind: 'military', aliases: ['SEBIN'], country: 'VE' },
	// Security services that arrest and raid as police do.
	{ name: 'Federal Security Service', kind: 'military', aliases: ['FSB'], country: 'RU' },
	{ name: 'Security Service of Ukraine', kind: 'military', aliases: ['SBU'], country: 'UA' },
	{ name: 'Shin Bet', kind: 'military', aliases: ['Israel Security Agency', 'Shabak'], country: 'IL' },
	{ name: 'Rosgvardia', kind: 'military', aliases: ['National Guard of Russia', 'Russian National Guard'], country: 'RU' },
	{ name: 'Carabineros', kind: 'military', aliases: ['Carabineros de Chile'], country: 'CL' },
	{ name: 'Philippine National Police', kind: 'military', aliases: ['PNP'], country: 'PH' },
	{ name: 'Haitian National Police', kind: 'military', aliases: ['PNH', "Police nationale d'Haïti"], country: 'HT' },
	{ name: 'Central Reserve Police Force', kind: 'military', aliases: ['CRPF'], country: 'IN' },
	// Gangs and cartels named in many reports, whose names carry no group word.
	{ name: 'Mara Salvatrucha', kind: 'armed_group', aliases: ['MS-13', 'MS13'] },
	{ name: 'Barrio 18', kind: 'armed_group', aliases: ['18th Street gang', 'Calle 18'] },
	{ name: 'Gulf Cartel', kind: 'armed_group', aliases: ['Cartel del Golfo', 'CDG'], country: 'MX' },
	{ name: 'Comando Vermelho', kind: 'armed_group', aliases: ['CV', 'Red Command'], country: 'BR' },
	{ name: 'White Army', kind: 'armed_group', aliases: [], country: 'SS' },
	// The traditional hunters' brotherhoods of Mali, Burkina Faso and Côte d'Ivoire, armed as communal militias.
	{ name: 'Dozo', kind: 'armed_group', aliases: ['Dozos', 'Donso', 'Donsos'] },
	// Riek Machar's movement and its army, split from the SPLM/A in 2013.
	{ name: 'SPLM/A-IO', kind: 'armed_group', aliases: ['SPLA-IO', 'SPLM-IO', 'SPLM/A-IO', 'SPLM/A in Opposition', "Sudan People's Liberation Army in Opposition", "Sudan People's Liberation Movement-in-Opposition", "Sudan People's Liberation Movement in Opposition"], country: 'SS' },
	// Cameroon's Rapid Intervention Battalion, an army unit.
	{ name: 'Rapid Intervention Battalion', kind: 'military', aliases: ['BIR', "Bataillon d'intervention rapide"], country: 'CM' },
	// Haiti's coalition of gangs ("Living Together"), formed in 2024.
	{ name: 'Viv Ansanm', kind: 'armed_group', aliases: ['Vivre Ensemble'], country: 'HT' },
	// The gang of Croix-des-Bouquets, named with its number ("400 Mawozo"), often without it.
	{ name: '400 Mawozo', kind: 'armed_group', aliases: ['Mawozo'], country: 'HT' },
	// The ruling CNDD-FDD's youth wing, which ACLED codes as a militia in its own right.
	{ name: 'Imbonerakure', kind: 'armed_group', aliases: [], country: 'BI' },
	{ name: 'U.S. Africa Command', kind: 'military', aliases: ['AFRICOM', 'Africa Command'], country: 'US' },
	{ name: 'Border Security Force', kind: 'military', aliases: ['BSF'], country: 'IN' },
	{ name: 'Central Reserve Police Force', kind: 'military', aliases: ['CRPF'], country: 'IN' },
	{ name: 'District Reserve Guard', kind: 'military', aliases: ['DRG'], country: 'IN' },
	{ name: 'Assam Rifles', kind: 'military', aliases: [], country: 'IN' },
	{ name: 'Frontier Corps', kind: 'military', aliases: ['FC'], country: 'PK' },
	// Armed groups named without a word that says what they are.
	{ name: 'Islamic State Khorasan Province', kind: 'armed_group', aliases: ['ISKP', 'ISIS-K', 'IS-K', 'Islamic State Khorasan'], country: 'AF', acrossBorders: true },
	{ name: 'Balochistan Liberation Army', kind: 'armed_group', aliases: ['BLA'], country: 'PK' },
	{ name: "New People's Army", kind: 'armed_group', aliases: ['NPA'], country: 'PH' },
	{ name: 'Abu Sayyaf', kind: 'armed_group', aliases: ['Abu Sayyaf Group', 'ASG'], country: 'PH' },
	{ name: 'CODECO', kind: 'armed_group', aliases: ['Cooperative for the Development of Congo'], country: 'CD' },
	{ name: 'Fano', kind: 'armed_group', aliases: ['Fano militia'], country: 'ET' },
	// Burkina Faso's state-raised civilian auxiliaries, armed and fighting beside the army (ACLED: a pro-government militia).
	{ name: 'Volunteers for the Defense of the Homeland', kind: 'armed_group', aliases: ['VDP', 'Volunteers for the Defence of the Homeland', 'Volunteers for the Defense of the Fatherland', 'Volontaires pour la Défense de la Patrie'], country: 'BF' },
	// (Ethiopia's government calls it "Shene".)
	{ name: 'Oromo Liberation Army', kind: 'armed_group', aliases: ['OLA', 'Shene', 'OLF-Shene'], country: 'ET' },
	{ name: 'Jalisco New Generation Cartel', kind: 'armed_group', aliases: ['CJNG', 'Cartel Jalisco Nueva Generacion'], country: 'MX' },
	{ name: 'Sinaloa Cartel', kind: 'armed_group', aliases: ['Sinaloa cartel'], country: 'MX' },
	{ name: 'Kachin Independence Army', kind: 'armed_group', aliases: ['KIA'], country: 'MM' },
	{ name: 'Arakan Army', kind: 'armed_group', aliases: [], country: 'MM' },
	{ name: 'Myanmar National Democratic Alliance Army', kind: 'armed_group', aliases: ['MNDAA'], country: 'MM' },
	{ name: "Ta'ang National Liberation Army", kind: 'armed_group', aliases: ['TNLA'], country: 'MM' },
	{ name: "People's Defence Force", kind: 'armed_group', aliases: ['PDF', "People's Defense Force", "People's Defence Forces"], country: 'MM' },
	{ name: 'NATO', kind: 'organization', aliases: ['North Atlantic Treaty Organization'] },
	{ name: 'United Nations', kind: 'organization', aliases: ['UN', 'U.N.'] },
	{ name: 'United Nations Security Council', kind: 'organization', aliases: ['UN Security Council', 'U.N. Security Council', 'Security Council', 'UNSC'] },
	{ name: 'European Union', kind: 'organization', aliases: ['EU', 'E.U.'] },
	{ name: 'International Atomic Energy Agency', kind: 'organization', aliases: ['IAEA'] },
	{ name: 'OSCE', kind: 'organization', aliases: ['Organization for Security and Co-operation in Europe', 'OSCE SMM'] },
	{ name: 'The Washington Post', kind: 'media', aliases: ['Washington Post'] },
	{ name: 'The New York Times', kind: 'media', aliases: ['New York Times', 'NYT'] },
	{ name: 'Reuters', kind: 'media', aliases: [] },
	{ name: 'Associated Press', kind: 'media', aliases: ['AP'] },
	{ name: 'Agence France-Presse', kind: 'media', aliases: ['AFP'] },
	{ name: 'Al Jazeera', kind: 'media', aliases: ['Al-Jazeera'] },
	{ name: 'BBC', kind: 'media', aliases: [] },
	{ name: 'CNN', kind: 'media', aliases: [] },
	{ name: 'Fox News', kind: 'media', aliases: [] },
	{ name: 'Twitter', kind: 'media', aliases: [] },
	// Heads of state and government often met in this region's news: their country makes them
	// the authorizer of their state's acts ("Trump ordered a strike" → agent United States).
	{ name: 'Joe Biden', kind: 'person', aliases: [], country: 'US' },
	{ name: 'Donald Trump', kind: 'person', aliases: [], country: 'US' },
	{ name: 'Barack Obama', kind: 'person', aliases: [], country: 'US' },
	{ name: 'Vladimir Putin', kind: 'person', aliases: [], country: 'RU' },
	{ name: 'Ali Khamenei', kind: 'person', aliases: ['Ayatollah Ali Khamenei'], country: 'IR' },
	{ name: 'Hassan Rouhani', kind: 'person', aliases: [], country: 'IR' },
	{ name: 'Bashar al-Assad', kind: 'person', aliases: ['Bashar Assad'], country: 'SY' },
	{ name: 'Recep Tayyip Erdogan', kind: 'person', aliases: ['Erdogan'], country: 'TR' },
	{ name: 'Benjamin Netanyahu', kind: 'person', aliases: [], country: 'IL' },
	{ name: 'Mustafa al-Kadhimi', kind: 'person', aliases: [], country: 'IQ' },
	{ name: 'Adel Abdul Mahdi', kind: 'person', aliases: [], country: 'IQ' },
	{ name: 'Qasem Soleimani', kind: 'person', aliases: ['Qassem Soleimani', 'Qassim Suleimani'], country: 'IR' },
	{ name: 'Abu Mahdi al-Muhandis', kind: 'person', aliases: [], country: 'IQ' },
	{ name: 'Democratic Party', kind: 'political_party', aliases: ['Democrats'], country: 'US' },
	{ name: 'Republican Party', kind: 'political_party', aliases: ['Republicans', 'GOP'], country: 'US' }
];

const GOVERNING = new Map(KNOWN_ACTORS.filter((k) => k.governs).map((k) => [k.name, k.governs!]));

/**
 * The kind and country of a known movement's actor as of the publication date: the Taliban of a 2024 story are
 * Afghanistan's forces, those of a 2020 story an armed group.
 */
export function asOfPublication(name: string, published: string): { kind: 'military'; country: string } | undefined {
	const g = GOVERNING.get(name);
	return g && published.slice(0, 10) >= g.from ? { kind: 'military', country: g.country } : undefined;
}

/** Whether a known actor, by its canonical name, fights in several countries. */
export function actsAcrossBorders(name: string): boolean {
	return KNOWN_ACTORS.some((k) => k.name === name && k.acrossBorders);
}

/**
 * "Congress" alone is the legislature of the country a story is about (Peru's, Colombia's, the Philippines'), or the
 * party in an Indian story; the United States' only where the story is about the United States. The name and kind of
 * the actor a bare "Congress" makes in a story whose first country is `home` (alpha-2), or undefined where it stays.
 */
export function bareCongress(home: string | undefined, homeName: string | undefined): { name: string; kind: ActorKind; country?: string } | undefined {
	if (!home || home === 'US' || !homeName) return undefined;
	if (home === 'IN') return { name: 'Indian National Congress', kind: 'organization', country: homeName };
	return { name: `Congress of ${homeName}`, kind: 'government', country: homeName };
}

const SHARED_ACRONYMS = new Map<string, KnownActor[]>();
for (const k of KNOWN_ACTORS) for (const a of k.sharedAcronyms ?? []) SHARED_ACRONYMS.set(a, [...(SHARED_ACRONYMS.get(a) ?? []), k]);

/**
 * The actor an acronym shared by actors of different countries names in a story about these countries (most voted first):
 * "SNA" in a story in Syria and not in Somalia is the Syrian National Army. Undefined when the first owner keeps it.
 */
export function sharedAcronymOwner(acronym: string, storyCountries: readonly string[]): KnownActor | undefined {
	const others = SHARED_ACRONYMS.get(acronym);
	if (!others) return undefined;
	const owner = KNOWN_ACTORS.find((k) => k.aliases.includes(acronym));
	const rank = (k: KnownActor | undefined) => (k?.country ? storyCountries.indexOf(k.country) : -1);
	const best = others.filter((k) => rank(k) >= 0).sort((a, b) => rank(a) - rank(b))[0];
	return best && (rank(owner) < 0 || rank(best) < rank(owner)) ? best : undefined;
}

/** Mentions written as a shared acronym take the owner the story's countries point to (sharedAcronymOwner); in place. */
export function rebindSharedAcronyms(named: Mention[], raw: string, storyCountries: readonly string[]): void {
	if (SHARED_ACRONYMS.size === 0 || storyCountries.length === 0) return;
	for (const m of named) {
		if (m.what !== 'actor') continue;
		const written = raw.slice(m.start, m.end);
		if (!SHARED_ACRONYMS.has(written)) continue;
		const owner = sharedAcronymOwner(written, storyCountries);
		if (!owner) continue;
		m.name = owner.name;
		m.kind = owner.kind;
		m.country = owner.country;
		if (owner.backer) m.backer = owner.backer;
		if (m.key !== undefined) m.key = owner.name;
	}
}
