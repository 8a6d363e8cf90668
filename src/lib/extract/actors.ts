/**
 * Actor resolution: mentions become actors with one canonical name and their
 * aliases. In order: acronyms bound in parentheses ("Kata'ib Hezbollah (KH)"),
 * curated keys and states, persons by full name with surname-only
 * back-references ("Kirby"), transliteration variants by consonant skeleton,
 * and collective groups named by class and country. "X-backed" adjectives
 * become an affiliation of the group they qualify to the state X.
 */
import type { Actor } from '../core/types';
import { countryByCode } from './countries';
import { classifyHead, groupName } from './groups';
import type { Mention } from './mentions';
import { skeleton, similarity } from './fuzzy';
import { lookupKnown } from './entities';

export interface ActorResult {
	actors: Actor[];
	idOf: Map<Mention, string>;
}

interface Draft {
	actor: Actor;
	key: string;
	surname?: string;
	mentions: Mention[];
	skeleton?: string;
	/** norm() of the actor's name, and the name it was taken from (persons' names grow). */
	norm?: string;
	normOf?: string;
	group?: boolean;
}

export function resolveActors(raw: string, work: string, mentions: Mention[], fallbackCountry: (m: Mention) => string | undefined): ActorResult {
	const drafts: Draft[] = [];
	const byKey = new Map<string, Draft>();
	const idOf = new Map<Mention, string>();
	const sorted = mentions.filter((m) => m.what === 'actor').sort((a, b) => a.start - b.start);

	// Acronym binding: "Kait'ib Hezbollah (KH)" makes KH an alias of the name before it.
	const acronymOf = new Map<string, Mention>();
	for (const [i, m] of sorted.entries()) {
		if (m.kind === 'person' || m.group) continue;
		// ("M23/AFC rebels": a group and the acronym of its coalition written as one, the first named is the actor.)
		const slashed = sorted[i + 1];
		if (work.charCodeAt(m.end) === 47 && slashed && slashed.start === m.end + 1 && !slashed.key && !slashed.group && /^[A-Z][A-Z.&-]{1,9}$/.test(slashed.name) && (m.kind === 'armed_group' || m.kind === 'organization')) acronymOf.set(slashed.name, m);
		// No bracket right after the name, no acronym: most names are passed over without a slice.
		const open = work.indexOf('(', m.end);
		if (open < 0 || open >= m.end + 16) continue;
		// ("Islamic State Sahel Province (IS Sahel)": a short name of two or three words is bound the same way.)
		const after = /^\s*\(\s*([A-Z][A-Za-z.&-]{1,9}(?:\s[A-Z][A-Za-z.&-]{1,12}){0,2})\s*\)/.exec(work.slice(m.end, m.end + 36));
		if (after && !/^[RDI]-[A-Z]{2}$/.test(after[1])) {
			acronymOf.set(after[1], m);
			// "National Liberation Army (ELN)": a well-known acronym gives the name it spells out its actor.
			const known = !m.key ? lookupKnown(after[1]) : undefined;
			if (known && known.kind !== 'person' && known.kind !== 'media') Object.assign(m, { key: known.name, name: known.name, kind: known.kind, country: m.country ?? known.country });
		}
	}

	const keyOf = (m: Mention): string => {
		if (m.key) return m.key;
		if (m.group) {
			const c = m.country ?? fallbackCountry(m);
			const cname = c ? countryByCode(c)?.name : undefined;
			return `group:${groupName(m.group, cname, m.unidentified, m.opposition)}`;
		}
		return `${m.kind === 'person' ? 'person' : 'name'}:${norm(m.name)}`;
	};

	const draftFor = (m: Mention, key: string): Draft => {
		let d = byKey.get(key);
		if (!d) {
			let name = m.name;
			if (m.group) name = key.slice('group:'.length);
			const actor: Actor = { id: `a${drafts.length + 1}`, name, kind: m.kind === 'other' ? 'organization' : m.kind, mentions: [] };
			const cc = m.country ?? (m.group ? fallbackCountry(m) : undefined);
			if (cc) actor.country = cc;
			d = { actor, key, mentions: [], group: !!m.group };
			if (m.kind === 'person') {
				const parts = m.name.split(/\s+/);
				if (parts.length >= 2) d.surname = parts[parts.length - 1];
			}
			drafts.push(d);
			byKey.set(key, d);
		}
		return d;
	};

	// Two passes: full names first so that surnames met earlier (headlines) still resolve.
	const pending: Mention[] = [];
	for (const m of sorted) {
		if ((m.kind === 'other' || (m.kind === 'person' && !/\s/.test(m.name))) && !m.key) {
			pending.push(m);
			continue;
		}
		if ((m.kind === 'organization' || ((m.kind === 'armed_group' || m.kind === 'military') && acronymOf.has(m.name))) && /^[A-Z.&-]{2,10}$/.test(m.name) && !m.key) {
			pending.push(m);
			continue;
		}
		attach(m, draftFor(m, fuzzyKey(keyOf(m), m)));
	}
	// Persons with a surname, as the first pass left them (the second adds none).
	const persons = drafts.filter((d) => d.actor.kind === 'person' && d.surname);
	for (const m of pending) {
		const bound = acronymOf.get(m.name);
		if (bound) {
			const d = byKey.get(fuzzyKey(keyOf(bound), bound));
			if (d) {
				attach(m, d);
				continue;
			}
		}
		const bare = m.name.replace(/'s$/, '');
		const p = persons.find((d) => d.surname === m.name || d.surname === bare);
		if (p) {
			attach(m, p);
			continue;
		}
		if (m.kind === 'organization' || m.kind === 'person') attach(m, draftFor(m, keyOf(m)));
		// A lone capitalised word we cannot place is left out rather than guessed.
	}

	function fuzzyKey(key: string, m: Mention): string {
		// States are keyed by their country code: "Nigeria" is never a variant spelling of "Niger".
		if (byKey.has(key) || m.group || key.startsWith('state:')) return key;
		if (m.name.length < 6) return key;
		let sk: string | undefined;
		let nm: string | undefined;
		for (const d of drafts) {
			if (d.actor.kind !== m.kind && !(m.kind === 'organization' || d.actor.kind === 'organization')) continue;
			if (d.group || Math.abs(d.actor.name.length - m.name.length) > 4) continue;
			sk ??= skeleton(m.name);
			// A key made from the name holds its normal form already.
			nm ??= m.key ? norm(m.name) : key.slice(key.indexOf(':') + 1);
			d.skeleton ??= skeleton(d.actor.name);
			if (d.normOf !== d.actor.name) {
				d.norm = norm(d.actor.name);
				d.normOf = d.actor.name;
			}
			if (d.skeleton === sk || (nm[0] === d.norm![0] && similarity(d.norm!, nm) >= 0.88)) return d.key;
			// Persons: "Biden" within "Joe Biden" handled by surnames; "President Joe Biden" is the same name.
		}
		return key;
	}

	function attach(m: Mention, d: Draft): void {
		d.mentions.push(m);
		idOf.set(m, d.actor.id);
		const surface = raw.slice(m.start, m.end);
		d.actor.mentions.push({ start: m.start, end: m.end, text: surface });
		// ("their fighters" → the Houthis: a bare group noun names no one across articles, so it is no alias.)
		if (surface !== d.actor.name && !(m.key && classifyHead(surface.toLowerCase()))) {
			d.actor.aliases ??= [];
			if (!d.actor.aliases.includes(surface)) d.actor.aliases.push(surface);
		}
		if (m.title) {
			d.actor.titles ??= [];
			if (!d.actor.titles.includes(m.title)) d.actor.titles.push(m.title);
		}
		if (m.kind === 'person' && m.name.split(/\s+/).length > d.actor.name.split(/\s+/).length) d.actor.name = m.name;
	}

	// Backers: "Iranian-backed militia groups" → the group is affiliated to Iran.
	for (const m of sorted) {
		if (!m.backer) continue;
		const stateKey = `state:${m.backer}`;
		const state = byKey.get(stateKey);
		if (!state) continue;
		const ownerId = idOf.get(m);
		const target = m.backerOnly ? nextActorAfter(sorted, m, idOf) : ownerId;
		if (!target) continue;
		const d = drafts.find((x) => x.actor.id === target);
		if (!d || d.actor.id === state.actor.id) continue;
		d.actor.affiliations ??= [];
		if (!d.actor.affiliations.some((a) => a.actor === state.actor.id)) d.actor.affiliations.push({ actor: state.actor.id, relation: 'backed_by' });
	}
	for (const d of drafts) {
		if (d.actor.country) d.actor.country = countryByCode(d.actor.country)?.name ?? d.actor.country;
		if (d.actor.aliases && d.actor.aliases.length === 0) delete d.actor.aliases;
	}
	return { actors: drafts.map((d) => d.actor), idOf };
}

function nextActorAfter(sorted: Mention[], m: Mention, idOf: Map<Mention, string>): string | undefined {
	const i = sorted.indexOf(m);
	const n = sorted[i + 1];
	if (n && n.sentence === m.sentence && n.start - m.end <= 30) return idOf.get(n);
	return undefined;
}

// Words of plain letters, digits and name punctuation, one space apart: most names.
const PLAIN_NAME = /^[A-Za-z0-9.&'-]+(?: [A-Za-z0-9.&'-]+)*$/;

/** An actor name's normal form for keys: lower case, straight apostrophes, single spaces, no leading "the". */
export function norm(s: string): string {
	// A plain name has no curly apostrophe to straighten and no spacing to tidy: lower-casing and a leading "the" are all.
	if (PLAIN_NAME.test(s)) {
		const l = s.toLowerCase();
		return l.startsWith('the ') ? l.slice(4) : l;
	}
	return normOf(s);
}

/** The general normal form; `norm` takes a shortcut for plain names. */
export function normOf(s: string): string {
	return s.toLowerCase().replace(/[\u2019`]/g, "'").replace(/^the\s+/, '').replace(/\s+/g, ' ').trim();
}
