/**
 * The batch's actor candidate pool answers each actor with exactly the candidates that share a name key, are
 * persons of its surname or states of its country, oldest first, including keys learnt after a candidate joined.
 */
import { describe, expect, it } from 'vitest';
import { ActorPool, type ActorCandidate } from '../../src/lib/server/store/actor-pool';

const actor = (id: number, kind: string, keys: string[], extra: Partial<ActorCandidate> = {}): ActorCandidate => ({
	id,
	name: keys[0] ?? `actor ${id}`,
	kind,
	country: null,
	surname: null,
	keys,
	searchText: keys.join(' ; '),
	...extra
});

describe('ActorPool', () => {
	const pool = () => {
		const p = new ActorPool();
		p.add(actor(7, 'person', ['john smith'], { surname: 'smith' }));
		p.add(actor(3, 'organization', ['smith and co'], { surname: 'smith' }));
		p.add(actor(5, 'state', ['france'], { country: 'FR' }));
		p.add(actor(9, 'government', ['french government'], { country: 'FR' }));
		p.add(actor(2, 'armed-group', ['fr militia'], { country: 'FR' }));
		return p;
	};

	it('finds candidates by key, by a person’s surname and by a state’s country, oldest first and each once', () => {
		const p = pool();
		expect(p.matching(['john smith'], 'smith', null).map((c) => c.id)).toEqual([7]);
		expect(p.matching(['smith and co'], 'smith', null).map((c) => c.id)).toEqual([3, 7]);
		expect(p.matching(['paris'], null, 'FR').map((c) => c.id)).toEqual([5, 9]);
		expect(p.matching(['fr militia', 'france'], null, 'FR').map((c) => c.id)).toEqual([2, 5, 9]);
		expect(p.matching([], null, null)).toEqual([]);
	});

	it('finds a candidate by a key added later, and keeps the first copy of a candidate added twice', () => {
		const p = pool();
		expect(p.addKey(7, 'j smith')).toBe(true);
		expect(p.addKey(7, 'j smith')).toBe(false);
		expect(p.matching(['j smith'], null, null).map((c) => c.id)).toEqual([7]);
		p.add(actor(7, 'person', ['john smith'], { surname: 'smith' }));
		expect(p.get(7)!.keys).toEqual(['john smith', 'j smith']);
		expect(p.size).toBe(5);
		p.clear();
		expect(p.size).toBe(0);
		expect(p.matching(['john smith'], 'smith', 'FR')).toEqual([]);
	});
});
