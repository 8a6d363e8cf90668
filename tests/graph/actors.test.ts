import { describe, expect, it } from 'vitest';
import { actorKeys, resolveActor, type CanonicalActor } from '../../src/lib/graph/actors';
import { normaliseName, personName, surnameOf } from '../../src/lib/graph/normalize';

const john: CanonicalActor = { id: 1, name: 'John Kirby', kind: 'person', country: 'US', keys: ['john kirby'] };
const sarah: CanonicalActor = { id: 2, name: 'Sarah Kirby', kind: 'person', country: null, keys: ['sarah kirby'] };
const us: CanonicalActor = { id: 3, name: 'United States', kind: 'state', country: 'US', keys: ['united states', 'us'] };
const irgc: CanonicalActor = { id: 4, name: 'Islamic Revolutionary Guard Corps', kind: 'military', country: 'IR', keys: ['islamic revolutionary guard corps', 'irgc'] };

describe('name normalisation', () => {
	it.each([
		['U.S.', 'us'],
		['the United States', 'united states'],
		['Kataib Hezbollah’s', 'kataib hezbollah'],
		['Qasem Soleimani', 'qasem soleimani'],
		['Qāsem Soleimānī', 'qasem soleimani']
	])('%s → %s', (input, out) => expect(normaliseName(input)).toBe(out));

	it.each([
		['President Joe Biden', 'joe biden'],
		['Pentagon Press Secretary John Kirby', 'john kirby'],
		['Gen. Kenneth McKenzie', 'kenneth mckenzie'],
		['Kirby', 'kirby']
	])('person %s → %s', (input, out) => expect(personName(input)).toBe(out));

	it('takes the surname after particles', () => {
		expect(surnameOf('abu bakr al baghdadi')).toBe('baghdadi');
	});

	it('never indexes a person under a bare surname alias', () => {
		expect(actorKeys({ name: 'John Kirby', kind: 'person', aliases: ['Kirby', 'Admiral John Kirby'] }).keys).toEqual(['john kirby']);
	});
});

describe('resolveActor', () => {
	it('joins a full name with titles to the same person', () => {
		expect(resolveActor({ name: 'Pentagon spokesman John Kirby', kind: 'person' }, [john, sarah]).actorId).toBe(1);
	});

	it('joins a bare surname only when one person carries it', () => {
		const d = resolveActor({ name: 'Kirby', kind: 'person' }, [john]);
		expect(d.actorId).toBe(1);
		expect(d.reason).toMatch(/only/);
		expect(resolveActor({ name: 'Kirby', kind: 'person' }, [john, sarah]).actorId).toBeNull();
	});

	it('never merges two people who share a surname', () => {
		expect(resolveActor({ name: 'Sarah Kirby', kind: 'person' }, [john]).actorId).toBeNull();
		expect(resolveActor({ name: 'J. Kirby', kind: 'person' }, [john]).actorId).toBe(1);
		expect(resolveActor({ name: 'S. Kirby', kind: 'person' }, [john]).actorId).toBeNull();
	});

	it('merges states by country code and organisations by alias, respecting kind and country', () => {
		expect(resolveActor({ name: 'Washington', kind: 'government', country: 'US' }, [us]).actorId).toBe(3);
		expect(resolveActor({ name: 'IRGC', kind: 'military', country: 'IR' }, [irgc]).actorId).toBe(4);
		expect(resolveActor({ name: 'IRGC', kind: 'person' }, [irgc]).actorId).toBeNull();
		const syrianMinistry: CanonicalActor = { id: 9, name: 'Defense Ministry', kind: 'government', country: 'SY', keys: ['defense ministry'] };
		expect(resolveActor({ name: 'Defense Ministry', kind: 'organization', country: 'IQ' }, [syrianMinistry]).actorId).toBeNull();
	});
});
