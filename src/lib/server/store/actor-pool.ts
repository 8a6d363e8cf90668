/**
 * The actors that linking may resolve an article's actors to, found by what can tie an actor to them: a shared
 * name key, a person's surname, a state's country. A batch's pool holds every candidate its articles fetched
 * (hundreds), and each actor of each article asks it for its own: looking them up by key instead of testing the
 * whole pool per actor.
 */
import type { CanonicalActor } from '../../graph/actors';

export type ActorCandidate = CanonicalActor & { searchText: string; surname: string | null };

export const isStateKind = (kind: string) => kind === 'state' || kind === 'government';

function addTo<K>(index: Map<K, Set<number>>, k: K, id: number): void {
	const ids = index.get(k);
	if (ids) ids.add(id);
	else index.set(k, new Set([id]));
}

export class ActorPool {
	private readonly byId = new Map<number, ActorCandidate>();
	private readonly byKey = new Map<string, Set<number>>();
	/** persons by surname. */
	private readonly bySurname = new Map<string, Set<number>>();
	/** states and governments by country. */
	private readonly byState = new Map<string, Set<number>>();

	get size(): number {
		return this.byId.size;
	}

	get(id: number): ActorCandidate | undefined {
		return this.byId.get(id);
	}

	/** Adds a candidate unless the pool has it already (the pool's copy may know keys added since it was fetched). */
	add(c: ActorCandidate): void {
		if (this.byId.has(c.id)) return;
		this.byId.set(c.id, c);
		for (const k of c.keys) addTo(this.byKey, k, c.id);
		if (c.kind === 'person' && c.surname !== null) addTo(this.bySurname, c.surname, c.id);
		if (isStateKind(c.kind) && c.country !== null) addTo(this.byState, c.country, c.id);
	}

	/** A name key the candidate is now known by; false when it had it already. */
	addKey(id: number, key: string): boolean {
		const c = this.byId.get(id)!;
		if (c.keys.includes(key)) return false;
		c.keys.push(key);
		addTo(this.byKey, key, id);
		return true;
	}

	/** The candidates sharing one of the keys, persons of the surname and states of the country; oldest first. */
	matching(keys: Iterable<string>, surname: string | null, state: string | null): ActorCandidate[] {
		const ids = new Set<number>();
		for (const k of keys) for (const id of this.byKey.get(k) ?? []) ids.add(id);
		if (surname !== null) for (const id of this.bySurname.get(surname) ?? []) ids.add(id);
		if (state !== null) for (const id of this.byState.get(state) ?? []) ids.add(id);
		return [...ids].sort((a, b) => a - b).map((id) => this.byId.get(id)!);
	}

	clear(): void {
		for (const m of [this.byId, this.byKey, this.bySurname, this.byState]) m.clear();
	}
}
