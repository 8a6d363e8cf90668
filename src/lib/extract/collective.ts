/**
 * Collective actors written in lower case: "regime forces", "unidentified
 * gunmen", "two civilians", "Afghan military commandos", "pro-Houthi fighters".
 * One regular-expression scan per sentence finds the head noun; the words
 * before it give the country (demonym), the count and whether the group is
 * unidentified; "X-backed"/"pro-X" give a backer.
 */
import { countryByDemonym, countryByName, countryByNameOrDemonym } from './countries';
import { classifyHead, GROUP_HEAD_RE, GROUP_KIND } from './groups';
import { BACKING, CAP_STOP, MONTH_DAY } from './lexicon';
import type { Mention } from './mentions';
import type { Sentence } from './segment';
import { parseNumber } from './numbers';

import { lookupKnown } from './entities';
import type { KnownActor } from './known';

/**
 * "Al shabab militants", "pro-Houthi forces", "Taliban fighters": a well-known
 * group named, in any case, in the one to three words before a head noun (or
 * after "pro-") is the actor; the head only says what its members are.
 */
export function knownBeforeHead(before: string): { known: KnownActor; length: number } | undefined {
	let words = before.split(/\s+/).filter(Boolean).slice(-4);
	// ("the Viv Ansanm gang coalition": a kind word may stand between the name and the head.)
	if (words.length > 1 && KIND_WORD.test(words[words.length - 1])) words = words.slice(0, -1);
	words = words.slice(-3);
	if (!words.length) return undefined;
	for (let k = 0; k < words.length; k++) {
		const phrase = words.slice(k).join(' ');
		if (/[,;:()"]$/.test(phrase)) continue;
		const bare = phrase.replace(/^pro-/i, '');
		const known = lookupKnown(bare);
		if (known && (known.kind === 'armed_group' || known.kind === 'military')) {
			const at = lastWord(before, words[k]);
			return { known, length: before.length - at };
		}
	}
	return undefined;
}

const ARMED_USE_AFTER = /^\s+(?:\w+\s+)?(?:threw|hurled|lobbed|opened fire|fired|shot|stabbed|attacked|planted|detonated|kidnapped|abducted|killed)\b/;
const ARMY_WEAPON_NEXT = /^\s+(?:air ?strikes?|strikes?|drones?|helicopters?|jets?|aircraft|planes?|warplanes|artillery|shelling|tanks?)\b/;
const DEMONYM_LAST = /([A-Za-z][\w-]*)\s+$/;
const INTERIOR = /\b(?:interior|home affairs|internal affairs)\b/i;
const HERDERS_ATTACK_AFTER = /^\s+(?:[\w-]+\s+)?(?:attacked|raided|stormed|killed|shot|opened fire|invaded|burned|torched|ambushed|massacred|hacked|clashed|fought)\b/;
// "BJP workers", "ANC supporters": a party's own people act as the party.
const PARTY_MEMBERS = /^(?:workers?|supporters|members|activists|cadres?|loyalists)$/;
// "opposition factions", "rebel forces", "anti-government fighters": the qualifier says they fight the state.
const OPPOSITION_BEFORE = /\b(?:opposition|rebel|anti-government|anti-regime)\s+(?:armed\s+)?$/i;
const WEAPON_HEAD = /^(?:drones?|helicopters?|warplanes|jets|fighter jets)$/;
// Heads that name a trade or a membership rather than a crowd in the street.
const OCCUPATION = /^(workers|students|teachers|doctors|nurses|farmers|traders|vendors|drivers|employees|supporters|members)$/;
// (The month is no march: "On 7 March 2026, gunmen killed two workers".)
const PROTEST_CONTEXT = /\b(protest\w*|demonstrat\w*|rall(?:y|ies|ied)|march(?:ed|es|ing)|(?<!\d\s)march(?!\s+\d)|strik(?:e|es|ing)|walk-?outs?|sit-ins?|picket\w*|boycott\w*|chant\w*|demand\w*(?!\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?ransom)|block(?:ed|ing)|dispers\w*|tear[- ]?gas(?:sed|sing)?)\b/;

const DEFIED_PROTEST = /\b(?:ignor|defy|defie|defi|violat|break|broke|flout|disobey|refus\w* to observ)\w*\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+)?(?:boycotts?|strikes?|shutdowns?|lockdowns?|sit-ins?)\b/g;

// Between a name and its head noun: an acronym in parentheses (for an armed group's only: "CPI (M) workers" are party
// workers, civilians) and a qualifier.
// ("ADF (Allied Democratic Forces) rebels": a name glossed in brackets ends on the closing bracket.)
const FOLLOWS_NAME = /^\)?\s*(?:\([^()]{1,12}\)\s*)?(?:(?:rebel|opposition|militia|armed|allied|affiliated|loyalist|security|militant|jihadist|insurgent|guerrilla)\s+)?$/i;
const MEASURE_CONTEXT = /\b(sanction\w*|blacklist\w*|designat\w*|charged|indicted|accused|fined|raided|banned|froze|frozen|seized|embargo\w*|penali[sz]\w*)\b/;
const ARMED_CLASSES: ReadonlySet<string> = new Set(['military', 'armed', 'militia']);
// Capitalised words before "forces" that name a side or a quality, not a people: "Western troops", "Allied forces".
const NOT_A_PEOPLE = /^(general|jihadist|islamist|militant|rebel|separatist|insurgent|maoist|communist|extremist|terrorist|opposition|government|regime|western|eastern|northern|southern|central|allied|foreign|international|multinational|coalition|satanic|enemy|hostile|friendly|regular|elite|republican|democratic|federal|royal|imperial|solidarity|liberation|peacekeeping|united|joint|combined|ground|naval|air|land|army|police|security|border|presidential|national)$/;
// Lower-case words between a people's name and an armed head noun: "Fulani ethnic militia", "Ambazonian separatist fighters".
const ARMED_PEOPLE_QUALIFIER = /^(?:ethnic|tribal|communal|clan|separatist|jihadist|insurgent|militant|guerrilla|rebel|islamist)$/i;
const APPOSED = /,\s+(?:one of|among|an?|the)\b[^,;]{0,80}$/;
const RIOT_CONTEXT = /\b(riot\w*|stones?|rocks|clash\w*|attack\w*|loot\w*|torch\w*|vandal\w*|set fire|lynch\w*|beat\w*|mob)\b/;

// Nouns after which "military", "government", "police"… are adjectives, not the actor.
const ADJECTIVAL_NEXT = /^\s+(air ?strikes?|strikes?|operations?|bases?|vehicles?|officials?|spokes\w+|sources?|courts?|commanders?|action|response|aid|equipment|installations?|facilit\w+|sites?|council|junta|leaders?|helicopters?|jets?|aircraft|intelligence|hospitals?|checkpoints?|posts?|patrols?|chiefs?|camps?|convoys?|academy|units?|planes?|drones?|campaign|offensive|build-?up|presence|exercises?|budget|spending|targets?|positions?|buildings?|headquarters|barracks|uniforms?|fatigues|personnel|coup|rule|regime|contractors?|advisers?|advisors?|trucks?|boats?|ships?|assets?|officers?|authorities|ministry|minister|decision|plan|policy|measures?|order|orders|restrictions?|lockdown|deployment|sources|compounds?|acts?|parts?|components?|technology|programm?e?s?|footage|wreckage|debris|production|makers?|manufacturers?|factor(?:y|ies)|shipments?|supplies|exports?|sales|threats?|cells?|networks?|organi[sz]ations?|financing|charges?|designations?|listing|informants?|informers?|collaborators?|sympathi[sz]ers?|spies|spy)\b/;

/** A known name that ends with the head noun: "Saudi-led coalition". The length counts from its first word to the head. */
const KIND_WORD = /^(?:gang|militia|rebel|jihadist|criminal|armed)$/i;

function knownNamedWithHead(before: string, head: string): { known: KnownActor; length: number } | undefined {
	const hit = knownBeforeHead(`${before}${head} `);
	return hit && hit.length > head.length + 1 ? { known: hit.known, length: hit.length - head.length - 1 } : undefined;
}

/**
 * Where the last whole-word occurrence of `w` starts in `text` (at or before `from`), or -1. A plain lastIndexOf found the
 * article "a" inside "Myanmar" in "captured a Myanmar military base", and the mention started mid-word.
 */
function lastWord(text: string, w: string, from = text.length): number {
	for (let i = text.lastIndexOf(w, from); i >= 0; i = i > 0 ? text.lastIndexOf(w, i - 1) : -1) {
		if ((i === 0 || !WORD_CHAR.test(text[i - 1])) && !WORD_CHAR.test(text[i + w.length] ?? ' ')) return i;
	}
	return -1;
}
const SHOT_BY_BEFORE = /\b(?:shot(?:\s+dead)?|shot and killed|gunned down|stabbed(?:\s+to death)?|hacked to death|abducted|kidnapped|snatched|(?:forced|bundled|dragged) into)\b[^.;]{0,100}?\bby\s+(?:(?:two|three|four|five|several|some|unknown|unidentified|armed|masked|hooded|\d+|a|an)\s+)?(?:(?:unknown|unidentified|armed|masked|hooded|young)\s+)?$/;
const WORD_CHAR = /[\p{L}\p{N}_'\u2019-]/u;

/** `lowered` is the pipeline's lower-cased copy of `work` (lowerKeepingOffsets: its offsets are the text's). */
const OWNER_KINDS: ReadonlySet<string> = new Set(['armed_group', 'organization', 'military', 'state']);

export function tagCollectives(work: string, lowered: string, sentences: Sentence[], named: Mention[]): Mention[] {
	const out: Mention[] = [];
	const covered = (s: number, e: number) => named.some((m) => m.what === 'actor' && !m.backerOnly && m.start <= s && m.end >= e);
	for (const s of sentences) {
		const body = work.slice(s.start, s.end);
		const lower = lowered.slice(s.start, s.end);
		GROUP_HEAD_RE.lastIndex = 0;
		for (let m = GROUP_HEAD_RE.exec(lower); m; m = GROUP_HEAD_RE.exec(lower)) {
			const start = s.start + m.index;
			const end = start + m[0].length;
			// Heads inside a named actor ("Syrian Democratic Forces") belong to the entity tagger.
			if (covered(start, end)) continue;
			let cls = classifyHead(m[0]);
			if (!cls) continue;
			// ("Fulani herders attacked farmers, killing 14", "Dinka herdsmen raided the village": herders of a people named, who
			// attack, are that people's militia.)
			// ("suspected herders attacked Ochekwu, killing 6": armed herders, said to be so, the same.)
			if (cls === 'civilians' && /^(?:herders?|herdsm[ae]n|pastoralists?)$/.test(m[0]) && (/\b\p{Lu}\p{Ll}+\s+$/u.test(work.slice(Math.max(s.start, start - 20), start)) || /\b(?:suspected|armed|gun-wielding|alleged)\s+$/i.test(work.slice(Math.max(s.start, start - 20), start))) && HERDERS_ATTACK_AFTER.test(lower.slice(m.index + m[0].length, m.index + m[0].length + 40))) cls = 'militia';
			// ("Nuer youths clashed with Murle raiders": the armed young men of a people no state list knows, who fight, are
			// that people's militia; "Kenyan youths attacked a police station" stay a crowd.)
			if (/^(?:youths?|young men|raiders)$/.test(m[0]) && cls !== 'militia' && HERDERS_ATTACK_AFTER.test(lower.slice(m.index + m[0].length, m.index + m[0].length + 40))) {
				const people = /\b(\p{Lu}\p{Ll}+)\s+$/u.exec(work.slice(Math.max(s.start, start - 20), start))?.[1];
				if (people && !CAP_STOP.has(people.toLowerCase()) && !NOT_A_PEOPLE.test(people.toLowerCase()) && !countryByNameOrDemonym(people) && !named.some((n) => n.end === start - 1 && n.kind !== 'other')) cls = 'militia';
			}
			// ("a bus driver was shot dead by two men who boarded his bus", "shot dead … by men in military fatigues", "by a man who
			// arrived on a motorcycle": whoever shot someone dead is an armed man, not a bystander.)
			if (cls === 'civilians' && /^(?:m[ae]n|individuals|persons)$/.test(m[0]) && SHOT_BY_BEFORE.test(lower.slice(0, m.index))) cls = 'armed';
			// ("shot and killed a former soldier near his home", "a retired police officer": who left the forces is a civilian.)
			if ((cls === 'military' || cls === 'police') && /\b(?:former|retired|ex-)\s*(?:[\w-]+\s+)?$/i.test(lower.slice(Math.max(0, m.index - 24), m.index))) cls = 'civilians';
			// "Gunmen kidnapped 287 students": trades and crowds are protesters only where a protest is told.
			// ("abducted two teachers for ignoring the boycott": a protest the victims defied tells none.)
			if (cls === 'protesters' && OCCUPATION.test(m[0]) && !PROTEST_CONTEXT.test(lower.replace(DEFIED_PROTEST, ' '))) cls = 'civilians';
			// Firms are actors where a measure or a charge falls on them ("sanctions on four companies"), not in every business story.
			if (cls === 'companies' && !MEASURE_CONTEXT.test(lower)) continue;
			// "a crowd gathered for the opening of an office" is people, not rioters, until it protests or riots.
			if (cls === 'rioters' && /^crowds?$/.test(m[0]) && !PROTEST_CONTEXT.test(lower) && !RIOT_CONTEXT.test(lower)) cls = 'civilians';
			// "a doctors' union", "a children's playground": a possessive head names something else.
			if (/^['\u2019](?:s\b|\s)/.test(lower.slice(m.index + m[0].length, m.index + m[0].length + 2)) && (/s$/.test(m[0]) || lower[m.index + m[0].length + 1] === 's')) continue;
			// "a civil society coalition", "the opposition coalition": a coalition of parties or groups, no armed force.
			if (m[0] === 'coalition' && /\b(?:civil society|opposition|political|ruling|electoral|governing|party|parties|rights|ngo|union|unions|student|students|women's|citizens'?|business|climate)\s+$/.test(lower.slice(Math.max(0, m.index - 24), m.index))) continue;
			// "drone engines", "helicopter parts": a lone weapon noun with no article, number or owner before it is a modifier.
			if (/^(drone|helicopter|jet|warplane)$/.test(m[0]) && !/\b(?:a|an|the|one|its|their|[a-z]+(?:n|ian|ese|ish|i)|[\w-]+-(?:made|built|led|backed))\s+$/.test(lower.slice(Math.max(0, m.index - 24), m.index))) continue;
			// ("found dead near the forest under Langting police station", "in the Kotwali police station area": a station that
			// names a jurisdiction says where, not who.)
			if (/^police\s+stations?\b/.test(lower.slice(m.index, m.index + 20)) && (/\b(?:under|within|of)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'-]*\s+){1,3}$/u.test(work.slice(Math.max(s.start, start - 40), start)) || /^police\s+station\s+(?:area|limits|jurisdiction)\b/.test(lower.slice(m.index, m.index + 40)))) continue;
			// "military-to-military talks", "anti-government", "police-run": part of a compound word.
			if (lower[m.index + m[0].length] === '-' || lower[m.index - 1] === '-') continue;
			const rest = lower.slice(m.index + m[0].length);
			// "military airstrikes", "government troops": an adjective, not the actor itself.
			// ("Sudanese army air strikes", "Israeli military drones": a state's army named with its weapon is who struck.)
			const wordBefore = /^(?:military|army)$/.test(m[0]) && ARMY_WEAPON_NEXT.test(rest) ? DEMONYM_LAST.exec(body.slice(Math.max(0, m.index - 24), m.index))?.[1] : undefined;
			const statesWeapon = !!wordBefore && !!countryByDemonym(wordBefore);
			if (/^(military|government|regime|army|police|security|opposition|rebel|militia|civilian|people|man|woman|child|drone|helicopter|terrorist)$/.test(m[0]) && ADJECTIVAL_NEXT.test(rest) && !statesWeapon) continue;
			// "Coalition personnel", "Hezbollah fighters", "the National Liberation Army (ELN) rebel group": the named actor before
			// the head is the actor. (An agency's people are people: "13 UN staff members" were detained, not the UN; so are "a
			// Kalsan TV journalist" and "an IDP civilian".)
			const gap = body.slice(0, m.index);
			const namesHead = (n: Mention) => {
				const between = work.slice(n.end, start);
				// ("the National Liberation Army (ELN) guerrilla group": a well-known armed group's acronym says the name is armed.)
				const acronym = between.includes('(') ? /\(\s*([^()]{1,12}?)\s*\)/.exec(between)?.[1] : undefined;
				const armedAcronym = !!acronym && ['armed_group', 'military'].includes(lookupKnown(acronym)?.kind ?? '');
				return FOLLOWS_NAME.test(between) && (n.kind === 'armed_group' || n.kind === 'military' || armedAcronym || !between.includes('(')) && !((n.kind === 'organization' || n.kind === 'media') && (cls === 'civilians' || /^(?:staff members|employees|aid workers)$/.test(m[0])) && !PARTY_MEMBERS.test(m[0]));
			};
			// ("Interior Ministry forces arrested three men": the forces of an interior ministry are its police.)
			const ministry = cls === 'military' && /^(?:forces|troops|units|personnel)$/.test(m[0]) ? named.find((n) => n.what === 'actor' && n.kind === 'government' && n.end <= start && INTERIOR.test(n.name) && FOLLOWS_NAME.test(work.slice(n.end, start))) : undefined;
			if (ministry) cls = 'police';
			else if (gap.length && named.some((n) => n.what === 'actor' && !n.backerOnly && n.kind !== 'state' && n.kind !== 'other' && n.end <= start && namesHead(n))) continue;
			// "the Ta'ang National Liberation Army, one of the country's most powerful ethnic rebel groups, agreed": an
			// apposition says what the name before it is; it names no one else.
			// (Read on the last words before the head only: the apposition is short, and most heads have a comma nowhere near.)
			const near = gap.length > 100 ? gap.slice(-100) : gap;
			const apposed = near.includes(',') ? APPOSED.exec(near) : null;
			if (apposed && /^[^,;.]{0,40}[,;]/.test(body.slice(m.index + m[0].length, m.index + m[0].length + 48)) && named.some((n) => n.what === 'actor' && n.kind !== 'state' && n.end === s.start + (gap.length - near.length) + apposed.index)) continue;
			// "members of X", "groups of protesters": the head is a quantifier, the real actor follows.
			if (/^\s+of\b/.test(lower.slice(m.index + m[0].length)) && (/^(members?|groups?|factions?|people|persons|men|officials|personnel|fighters|activists)$/.test(m[0]) || (/^(officers?|commanders?|soldiers|troops|leaders?|gunm[ae]n|militants|hitmen|militiamen|insurgents|rebels|elements|operatives|combatants)$/.test(m[0]) && /^\s+of\s+(?:the\s+)?\p{Lu}/u.test(work.slice(end, end + 40)) && !/^\s+of\s+(?:the\s+)?Operation\b/.test(work.slice(end, end + 40))))) continue;
			const before = body.slice(Math.max(0, m.index - 60), m.index);
			// ("Our men fought bravely," the police chief said: the speaker's own side, not civilians.)
			if (cls === 'civilians' && /^(?:men|boys|guys|people)$/.test(m[0]) && /\b(?:our|my|your)\s+$/i.test(before)) continue;
			// "The Houthis said five of their fighters", "Israel said its forces": the owner named before in the sentence.
			// (Not the people it holds or carries: "the Mawozo gang kidnapped three nuns and their driver".)
			const owner = cls !== 'civilians' && cls !== 'prisoners' && /\b(?:its|their)\s+(?:own\s+)?$/.test(lower.slice(Math.max(0, m.index - 12), m.index))
				? named.filter((n) => n.what === 'actor' && !n.backerOnly && n.sentence === s.index && n.end <= start && OWNER_KINDS.has(n.kind)).pop()
				: undefined;
			if (owner && owner.kind !== 'state') {
				out.push({ start, end, sentence: s.index, t0: -1, t1: -1, what: 'actor', name: owner.name, kind: owner.kind, key: owner.key ?? owner.name, country: owner.country, backer: owner.backer });
				continue;
			}
			// "Saudi-led coalition air raids": the head may end the known name itself.
			// ("Naxalites killed a villager": the head noun is itself a well-known group's name, capitalised as one.)
			const headKnown = cls === 'armed' && /^\p{Lu}/u.test(body.slice(m.index, m.index + 1)) ? lookupKnown(body.slice(m.index, m.index + m[0].length)) : undefined;
			const knownGroup = ['armed', 'military', 'militia'].includes(cls) ? (headKnown && (headKnown.kind === 'armed_group' || headKnown.kind === 'military') ? { known: headKnown, length: 0 } : undefined) ?? knownBeforeHead(before) ?? knownNamedWithHead(before, m[0]) : undefined;
			if (knownGroup) {
				const k = knownGroup.known;
				const from = start - knownGroup.length;
				out.push({ start: from, end, sentence: s.index, t0: -1, t1: -1, what: 'actor', name: k.name, kind: k.kind, key: k.name, country: k.country, backer: k.backer });
				continue;
			}
			const words = before.split(/\s+/).filter(Boolean).slice(-4);
			let country: string | undefined;
			let backer: string | undefined;
			let count: number | undefined;
			let unidentified = false;
			let qStart = start;
			let qualifiers = 0;
			let civilianQualifier = false;
			// "Tigrayan forces", "Kurdish fighters": a people or a region no state list knows names a force of its own.
			let people: string | undefined;
			for (let k = words.length - 1; k >= 0; k--) {
				const w = words[k].replace(/[,;:()"]+$/, '');
				if (w !== words[k]) break;
				const wl = w.toLowerCase();
				// "at least five", not "fired at demonstrators".
				if (wl === 'at' && !/^(least|most)$/i.test(words[k + 1] ?? '')) break;
				// "up to 20 soldiers", "over 20 soldiers", not "blew up a police vehicle", "took over the army post".
				if (wl === 'up' && !/^to$/i.test(words[k + 1] ?? '')) break;
				if (wl === 'over' && parseNumber((words[k + 1] ?? '').toLowerCase()) === undefined) break;
				// "Iraqi-American contractor": the last part of a double demonym names the country.
				// ("China's military", "Russia's forces": the owner named before "'s".)
				const owned = /^\p{Lu}[\p{L}.]*['\u2019]s$/u.test(w) ? countryByName(w.slice(0, -2)) : undefined;
				// ("South Sudanese troops", "South Sudan's army", "North Korean soldiers": a country of two words.)
				const prev = k > 0 ? words[k - 1] : '';
				const pair = /^\p{Lu}[\p{L}]+$/u.test(prev) ? `${prev} ${w}` : '';
				const compound = pair ? (/['\u2019]s$/.test(pair) ? countryByName(pair.slice(0, -2)) : countryByDemonym(pair) ?? countryByName(pair)) : undefined;
				if (compound) {
					country = compound.code;
					qualifiers++;
					k--;
					qStart = start - (before.length - lastWord(before, words[k]));
					continue;
				}
				const d = owned ?? countryByDemonym(w) ?? (/^\p{Lu}/u.test(w) ? countryByName(w) : undefined) ?? (/^\p{Lu}[\p{L}]+-\p{Lu}[\p{L}]+$/u.test(w) ? countryByDemonym(w.split('-')[1]) : undefined);
				const parts = wl.split('-');
				const back = parts.length >= 2 && (BACKING.has(parts[parts.length - 1]) || parts[0] === 'pro');
				// "Turkey-based companies", "Dubai-registered firms": where they are is their country.
				const based = parts.length >= 2 && /^(based|registered|headquartered|incorporated)$/.test(parts[parts.length - 1]) ? countryByNameOrDemonym(w.slice(0, w.lastIndexOf('-'))) : undefined;
				if (based) country = based.code;
				else if (d) country = d.code;
				else if (back) {
					const name = parts[0] === 'pro' ? w.slice(4) : w.slice(0, w.lastIndexOf('-'));
					const c = countryByNameOrDemonym(name);
					if (c) backer = c.code;
					// "Kurdish-led forces", "Druze-led factions": led by a people no state list knows, a force of its own.
					// (Not "Islamic State-linked insurgents": a name's last word before "-linked" is no people.)
					else if (parts[0] !== 'pro' && parts[parts.length - 1] === 'led' && ARMED_CLASSES.has(cls) && /^\p{Lu}\p{Ll}+$/u.test(name) && !CAP_STOP.has(name.toLowerCase()) && !NOT_A_PEOPLE.test(name.toLowerCase()) && k === words.length - 1 && !/^\p{Lu}/u.test(words[k - 1] ?? '')) {
						people = w;
						qStart = start - (before.length - lastWord(before, words[k]));
						break;
					}
				} else if (/^(unidentified|unknown|suspected|alleged|masked|armed|anonymous|unnamed)$/.test(wl)) unidentified = unidentified || wl !== 'armed';
				else if (wl === 'civilian' && cls === 'armed') civilianQualifier = true;
				else {
					// Read as a number only when nothing above took the word (most are demonyms or qualifiers).
					const num = parseNumber(wl);
					if (num !== undefined) count = num;
					else if (/^(an?|one)$/.test(wl)) count = 1;
					else if (!/^(local|the|some|several|many|dozens|hundreds|thousands|other|regime|government|pro|anti|security|rebel|opposition|military|civilian|armed|islamist|separatist|jihadist|insurgent|militant|guerrilla|heavily|special|riot|traffic|federal|state|national|municipal|militia|dissident|rival|tribal|communal|ethnic|hundreds|at|least|about|around|nearly|more|than|over|up|to|some|their|its|his|her|elite|young|elderly|female|male|two|three|four|five)$/.test(wl)) {
						if ((k === words.length - 1 || words.slice(k + 1).every((x) => ARMED_PEOPLE_QUALIFIER.test(x))) && ARMED_CLASSES.has(cls) && /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(w) && !CAP_STOP.has(wl) && !MONTH_DAY.has(wl) && !NOT_A_PEOPLE.test(wl)) {
							people = w;
							// ("Khmer Rouge fighters": a name of two words, both of them.)
							const prevWord = k > 0 ? words[k - 1] : '';
							const two = /^\p{Lu}\p{Ll}+$/u.test(prevWord) && !CAP_STOP.has(prevWord.toLowerCase()) && !MONTH_DAY.has(prevWord.toLowerCase()) && !NOT_A_PEOPLE.test(prevWord.toLowerCase()) && !countryByNameOrDemonym(prevWord);
							if (two) people = `${prevWord} ${w}`;
							const at = lastWord(before, words[k]);
							qStart = start - (before.length - (two ? lastWord(before, prevWord, at - 1) : at));
						}
						break;
					}
				}
				qualifiers++;
				qStart = start - (before.length - lastWord(before, words[k]));
			}
			void qualifiers;
			if (!country && owner) country = owner.country;
			// "two civilian men": the qualifier overrides the head's default class.
			// "rebel forces", "armed youth": the qualifier says who they are more than the head does.
			// ("the Viv Ansanm gang coalition": a coalition of gangs is no military coalition.)
			const rebelQualifier = /\b(rebel|opposition|insurgent|separatist|militia|jihadist|islamist|gang|criminal|armed group)\s+$/i.test(before) && /^(forces|coalition)$/.test(m[0]);
			const armedCrowd = /\barmed\s+$/i.test(before) && (cls === 'rioters' || cls === 'civilians' || cls === 'protesters');
			// "senior army officers": officers of an army are soldiers, not police.
			const armyOfficers = cls === 'police' && /^officers?$/.test(m[0]) && /\b(army|military|navy|air force|naval)\s+$/i.test(before);
			// "unknown persons threw a grenade": people no one can name, who use weapons, are an unidentified armed group.
			// ("a grenade was hurled at the police station by unidentified men": the doer after a passive's "by" too.)
			const unknownPeople = unidentified && cls === 'civilians' && /^(?:persons?|people|men|man|individuals?)$/.test(m[0]) && (ARMED_USE_AFTER.test(lower.slice(m.index + m[0].length, m.index + m[0].length + 40)) || /\bby\s+(?:the\s+|two\s+|three\s+|several\s+)?(?:unidentified|unknown|masked|suspected)\s+(?:armed\s+)?$/.test(lower.slice(Math.max(0, m.index - 40), m.index)));
			// ("Meitei volunteers exchanged fire", "VDP volunteers": a people's or a village's armed volunteers; "aid volunteers",
			// "civil defence volunteers" and bare "volunteers" are civilians.)
			if (m[0] === 'volunteers' && !(/\b(?:village|self-defen[cs]e|vdp|militia|armed)\s+$/i.test(before) || (/\b\p{Lu}[\p{L}-]+\s+$/u.test(before) && !/\bcivil\s+defen[cs]e\s+$/i.test(before)))) civilianQualifier = true;
			const finalCls = civilianQualifier ? 'civilians' : rebelQualifier || armedCrowd || unknownPeople ? 'armed' : armyOfficers ? 'military' : cls;
			// "drones struck an oil depot": a weapon names no one unless its owner is said ("Ukrainian drones", "army helicopters").
			if (WEAPON_HEAD.test(m[0]) && !country && !backer && !/\b(?:army|military|air force|navy|government|regime|coalition)\s+$|\bpro-[\w-]+\s+(?:[\w-]+\s+)?$|-(?:backed|led|aligned|operated)\s+(?:[\w-]+\s+)?$/.test(before)) continue;
			const kind = GROUP_KIND[finalCls];
			const surface = work.slice(qStart, end);
			if (people) {
				out.push({ start: qStart, end, sentence: s.index, t0: -1, t1: -1, what: 'actor', name: `${people} ${m[0]}`, kind: 'armed_group', backer, unidentified: false, count });
				// "Kuki and Meitei militants": the first people named shares the head noun, a force of its own.
				const first = /(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\s+and\s+$/u.exec(work.slice(Math.max(s.start, qStart - 30), qStart));
				if (first && !CAP_STOP.has(first[1].toLowerCase()) && !NOT_A_PEOPLE.test(first[1].toLowerCase()) && !countryByNameOrDemonym(first[1]) && !named.some((n) => n.kind !== 'other' && n.start <= qStart - first[0].length && n.end > qStart - first[0].length)) {
					const at = qStart - first[0].length;
					out.push({ start: at, end: at + first[1].length, sentence: s.index, t0: -1, t1: -1, what: 'actor', name: `${first[1]} ${m[0]}`, kind: 'armed_group', backer, unidentified: false });
				}
				continue;
			}
			out.push({
				start: qStart,
				end,
				sentence: s.index,
				t0: -1,
				t1: -1,
				what: 'actor',
				name: surface,
				kind,
				country,
				backer,
				group: finalCls,
				unidentified,
				...(finalCls === 'armed' && (/^(?:rebels?|guerr?illas?)\b|^rebel /.test(m[0]) || OPPOSITION_BEFORE.test(before)) ? { opposition: true } : {}),
				count
			});
			// "Kyrgyz and Tajik border guards": the first demonym names a force of its own country.
			const pair = country ? /([\p{L}.]+)\s+and\s+$/u.exec(work.slice(Math.max(s.start, qStart - 30), qStart)) : null;
			const other = pair && /^\p{Lu}/u.test(pair[1]) ? countryByNameOrDemonym(pair[1]) : undefined;
			if (pair && other && other.code !== country) {
				const at = qStart - pair[0].length;
				out.push({ start: at, end: at + pair[1].length, sentence: s.index, t0: -1, t1: -1, what: 'actor', name: `${pair[1]} ${m[0]}`, kind, country: other.code, backer, group: finalCls, unidentified, count });
			}
		}
	}
	return out;
}
