/**
 * Matching ACLED actor names to extracted actors by their core words.
 * ACLED writes actors by convention: "Military Forces of Syria (2000-)",
 * "Police Forces of Mexico (2018-) Prison Guards", "Protesters (Iraq)",
 * "Unidentified Armed Group (Mexico)", "ADF: Allied Democratic Forces",
 * "Islamic State (West Africa) and/or Boko Haram - Jamatu Ahli …".
 * A name is read as a class (military, police, crowd, civilians, armed group,
 * government) + a country, and/or proper names (acronym, expansion, named group).
 *
 * Rules (each has tests, matches and non-matches, in acledActors.test.ts):
 *  1. Proper names: a named part of the ACLED actor equals an extracted name or
 *     alias, or all its significant words occur in it ("Al Shabaab" ~ "al-Shabaab
 *     militants"; "Taliban" ~ "Taliban militants"), singular or plural ("FARC
 *     Dissident" ~ "FARC dissidents"), ACLED's kind words aside ("Gran Grif Gang" ~
 *     "Gran Grif"; "Fulani Ethnic Militia (Nigeria)" ~ "Fulani militiamen").
 *  2. Classes: the classes agree (state forces: military ~ police-less military,
 *     government ~ military of the same state; crowds: protesters ~ rioters) and
 *     the countries do not disagree (an actor without a country takes any).
 *  3. A well-known actor of the curated table (src/lib/extract/known.ts) also
 *     answers to the names the table gives it: the Houthis to "Supreme Political
 *     Council" (their governing body), the Saudi-led coalition to "Operation
 *     Restoring Hope" (its operation's name).
 *  4. A person whose title puts him in office as head of state or government, or minister ("Kyrgyz President Sadyr
 *     Japarov"), stands for that state's government, as ACLED codes acts done in office; not a former, deputy,
 *     opposition, exiled or candidate's title.
 *  5. Nothing else: "Taliban" does not match "Military forces of Afghanistan";
 *     "Protesters (India)" does not match "Civilians (India)".
 */
import type { Actor } from '../lib/core/types';
import { countryOfName, normName } from './names';
import { KNOWN_ACTORS } from '../lib/extract/known';

const knownByName = new Map(KNOWN_ACTORS.map((k) => [k.name, k]));

export type ActorClass = 'military' | 'police' | 'crowd' | 'civilians' | 'armed' | 'government';

export interface AcledActor {
	cls?: ActorClass;
	country?: string;
	names: string[];
}

// (With ACLED's kind words for a named group: "Gran Grif Gang" ~ "Gran Grif", "Fulani Ethnic Militia" ~ "Fulani militiamen".)
const STOP = new Set(['of', 'the', 'and', 'or', 'for', 'in', 'al', 'el', 'forces', 'force', 'group', 'groups', 'front', 'movement', 'party', 'state', 'gang', 'ethnic', 'militia', 'communal']);

export function parseAcledActor(name: string): AcledActor {
	const out: AcledActor = { names: [] };
	let rest = name.trim();
	const years = /\s*\(\d{4}-(?:\d{4})?\)/;
	const m1 = /^(Military|Police) Forces of (?:the )?(.+?)\s*\(\d{4}-(?:\d{4})?\)\s*(.*)$/.exec(rest);
	if (m1) {
		out.cls = m1[1] === 'Police' ? 'police' : 'military';
		out.country = countryOfName(m1[2]);
		if (m1[3]) out.names.push(...namedParts(m1[3]));
		return out;
	}
	const m2 = /^Government of (?:the )?(.+?)\s*\(\d{4}-(?:\d{4})?\)/.exec(rest);
	if (m2) {
		out.cls = 'government';
		out.country = countryOfName(m2[1]);
		return out;
	}
	const m3 = /^(Protesters|Rioters|Civilians|Prisoners|Refugees\/IDPs|Labour Group|Journalists|Students)\s*\(([^)]+)\)/.exec(rest);
	if (m3) {
		out.cls = /Protesters|Rioters|Labour|Students/.test(m3[1]) ? 'crowd' : 'civilians';
		out.country = countryOfName(m3[2]);
		return out;
	}
	const m4 = /^Unidentified (Armed Group|Gang|Communal Militia|Military Forces|.*Militia)(?:\s*\(([^)]+)\))?/.exec(rest);
	if (m4) {
		out.cls = /Military Forces/.test(m4[1]) ? 'military' : 'armed';
		if (m4[2]) out.country = countryOfName(m4[2]);
		return out;
	}
	rest = rest.replace(years, '');
	out.names.push(...namedParts(rest));
	// "Islamic State (Iraq)": a named group with its country in parentheses;
	// "Islamic State (Greater Sahara)": a branch, whose acronym takes the parenthesis in.
	const paren = /\(([^)]+)\)/.exec(rest);
	if (paren) {
		out.country = countryOfName(paren[1]);
		if (!out.country && !rest.includes('and/or')) out.names.push(rest.replace(/[()]/g, ' ').replace(/\s+/g, ' ').trim());
	}
	return out;
}

function namedParts(s: string): string[] {
	const parts: string[] = [];
	for (const alt of s.split(/\s+and\/or\s+|\s+-\s+/)) {
		const colon = /^([^:]+):\s*(.+)$/.exec(alt.trim());
		if (colon) parts.push(colon[1].trim(), colon[2].trim());
		else parts.push(alt.replace(/\([^)]*\)/g, '').trim());
	}
	return parts.filter((p) => p.length > 1);
}

/** The class and country an extracted actor stands for. */
export function classOf(a: Actor): ActorClass | undefined {
	const n = normName([a.name, ...(a.aliases ?? [])].join(' '));
	switch (a.kind) {
		case 'military':
			return /\b(police|policem[ae]n|officers|constables?|gendarm)/.test(n) ? 'police' : 'military';
		case 'government':
		case 'state':
			return 'government';
		case 'protesters':
			return 'crowd';
		case 'civilians':
			return 'civilians';
		case 'armed_group':
			return 'armed';
		// A head of state or government, or a minister, acting in office: ACLED codes the government.
		case 'person':
			return (a.titles ?? []).some((t) => OFFICE_TITLE.test(t) && !OUT_OF_OFFICE.test(t)) ? 'government' : undefined;
		default:
			return undefined;
	}
}

const OFFICE_TITLE = /\b(?:president|prime minister|premier|chancellor|king|queen|emir|sultan|crown prince|minister|head of state|head of government)\b/i;
const OUT_OF_OFFICE = /\b(?:former|ex-|late|opposition|candidate|exiled|ousted|deposed|rebel|shadow)\b/i;

/** The words that name: stop words and ACLED's kind words dropped, plurals made singular ("dissidents" ~ "Dissident"). */
function significant(s: string): string[] {
	return normName(s)
		.replace(/[^a-z0-9 ]/g, ' ')
		.split(/\s+/)
		.filter((w) => w.length > 1 && !STOP.has(w))
		.map((w) => (w.length > 4 && /[^s]s$/.test(w) ? w.slice(0, -1) : w));
}

function nameMatches(acledName: string, a: Actor): boolean {
	const want = significant(acledName);
	if (!want.length) return false;
	// "ISGS" ~ "Islamic State (Greater Sahara)": an acronym of the name's words.
	const initials = normName(acledName)
		.replace(/[^a-z ]/g, ' ')
		.split(/\s+/)
		.filter((w) => w && !['of', 'the', 'and', 'for', 'in'].includes(w))
		.map((w) => w[0])
		.join('');
	for (const n of [a.name, ...(a.aliases ?? []), ...(knownByName.get(a.name)?.aliases ?? [])]) {
		if (normName(n) === normName(acledName)) return true;
		if (/^[A-Z]{3,6}$/.test(n) && n.toLowerCase() === initials) return true;
		const have = new Set(significant(n));
		if (want.every((w) => have.has(w))) return true;
	}
	return false;
}

function classesAgree(g: ActorClass, s: ActorClass): boolean {
	if (g === s) return true;
	// The state's forces: ACLED codes regime and army alike as military.
	if ((g === 'military' && s === 'government') || (g === 'government' && s === 'military')) return true;
	return false;
}

export function acledActorMatches(acled: string, a: Actor): boolean {
	const g = parseAcledActor(acled);
	// (A militia, a gang or rebels are armed: "Tribal Militia (India)" names no civilians, whatever words they share.)
	const armedName = /\b(?:Militia|Gang|Rebels)\b/.test(acled);
	if (!(armedName && (a.kind === 'civilians' || a.kind === 'protesters')) && g.names.some((n) => nameMatches(n, a))) return true;
	if (!g.cls) return false;
	const cls = classOf(a);
	if (!cls || !classesAgree(g.cls, cls)) return false;
	const ac = a.country ? countryOfName(a.country) : undefined;
	return !g.country || !ac || g.country === ac;
}
