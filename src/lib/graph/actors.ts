/**
 * Cross-article actor resolution. Given an actor as one article extracted it and
 * the canonical actors the corpus already holds that share one of its name keys,
 * decide whether it is one of them, and say why. Pure: the store fetches the
 * candidates through an index on the keys (normalised names, aliases, surnames).
 */
import { givenNames, normaliseName, personName, surnameOf } from './normalize';

export interface ActorInput {
	name: string;
	kind: string;
	country?: string | null;
	aliases?: string[];
	titles?: string[];
}

export interface CanonicalActor {
	id: number;
	name: string;
	kind: string;
	country: string | null;
	/** normalised names this actor is known by (its name and aliases). */
	keys: string[];
}

export interface ActorDecision {
	actorId: number | null;
	reason: string;
	score: number;
}

/** Kinds that can name the same thing: a state is also spoken of as its government. */
function kindGroup(kind: string): string {
	if (kind === 'state' || kind === 'government') return 'state';
	if (kind === 'organization' || kind === 'political_party' || kind === 'media') return 'organization';
	return kind;
}

function kindsCompatible(a: string, b: string): boolean {
	return a === 'other' || b === 'other' || kindGroup(a) === kindGroup(b);
}

/** The normalised name keys an actor is looked up by. */
export function actorKeys(a: ActorInput): { keys: string[]; surname: string | null; singleToken: boolean } {
	const isPerson = a.kind === 'person';
	const norm = (n: string) => (isPerson ? personName(n) : normaliseName(n));
	const main = norm(a.name);
	const keys = new Set<string>([main]);
	for (const al of a.aliases ?? []) {
		const k = norm(al);
		// A bare surname alias would make every "Kirby" in the corpus join this person; it is used only as a surname key.
		if (k && (!isPerson || k.includes(' ') || k === main)) keys.add(k);
	}
	const surname = isPerson ? surnameOf(main) : null;
	return { keys: [...keys].filter(Boolean), surname, singleToken: isPerson && !main.includes(' ') };
}

function givenCompatible(a: string[], b: string[]): boolean {
	if (a.length === 0 || b.length === 0) return true;
	// "j kirby" fits "john kirby"; "jane kirby" does not.
	const x = a[0], y = b[0];
	return x === y || (x.length === 1 && y.startsWith(x)) || (y.length === 1 && x.startsWith(y));
}

/**
 * Picks the canonical actor this input is, or none. `candidates` are the actors
 * sharing a key or (for persons) a surname with the input.
 */
export function resolveActor(input: ActorInput, candidates: CanonicalActor[]): ActorDecision {
	const { keys, surname, singleToken } = actorKeys(input);
	const country = input.country ?? null;
	const compatible = candidates.filter(
		(c) => kindsCompatible(input.kind, c.kind) && !(country && c.country && country !== c.country)
	);
	// Two states with the same country code are one state whatever they are called ("U.S." and "United States").
	if (kindGroup(input.kind) === 'state' && country) {
		const same = compatible.find((c) => kindGroup(c.kind) === 'state' && c.country === country);
		if (same) return { actorId: same.id, reason: `same state (${country}) as "${same.name}"`, score: 0.95 };
	}
	const exact = compatible.filter((c) => c.keys.some((k) => keys.includes(k)));
	if (input.kind === 'person' && !singleToken) {
		const given = givenNames(keys[0]);
		const persons = exact.filter((c) => c.kind === 'person' || c.kind === 'other');
		if (persons.length >= 1) {
			const c = persons[0];
			return { actorId: c.id, reason: `name "${input.name}" matches "${c.name}"`, score: 1 };
		}
		// Same surname, compatible given name ("J. Kirby" → "John Kirby"), and only one such person.
		const bySurname = compatible.filter(
			(c) =>
				c.kind === 'person' &&
				c.keys.some((k) => k.includes(' ') && surnameOf(k) === surname && givenCompatible(given, givenNames(k)))
		);
		if (bySurname.length === 1 && given.some((g) => g.length === 1)) {
			const c = bySurname[0];
			return { actorId: c.id, reason: `initial and surname of "${input.name}" fit only "${c.name}"`, score: 0.8 };
		}
		return { actorId: null, reason: 'no person with this name', score: 0 };
	}
	if (input.kind === 'person' && singleToken) {
		// A surname alone joins a full name only when exactly one person in the corpus carries it.
		const full = compatible.filter((c) => c.kind === 'person' && c.keys.some((k) => k.includes(' ') && surnameOf(k) === surname));
		const ids = new Set(full.map((c) => c.id));
		if (ids.size === 1) {
			const c = full[0];
			return { actorId: c.id, reason: `surname "${input.name}" matches only "${c.name}" in the corpus`, score: 0.75 };
		}
		if (ids.size > 1) return { actorId: null, reason: `surname "${input.name}" is ambiguous (${ids.size} people)`, score: 0 };
		const bare = exact.find((c) => c.kind === 'person');
		if (bare) return { actorId: bare.id, reason: `same bare name "${input.name}"`, score: 0.6 };
		return { actorId: null, reason: 'no person with this surname', score: 0 };
	}
	if (exact.length >= 1) {
		const c = exact.find((x) => x.kind === input.kind) ?? exact[0];
		const how = c.keys.includes(keys[0]) ? 'name' : 'alias';
		return { actorId: c.id, reason: `${how} "${input.name}" matches "${c.name}"`, score: how === 'name' ? 1 : 0.9 };
	}
	return { actorId: null, reason: 'no actor with this name', score: 0 };
}
