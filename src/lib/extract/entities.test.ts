import { describe, expect, it } from 'vitest';
import { extract } from './index';

const run = (text: string) => extract({ text, published: '2021-03-03' });

describe('entities: lexicon lookups', () => {
	// Names that are also properties of every plain object ("constructor") once made an
	// organisation head answer with Object itself: the actor lost its kind and the document
	// failed the schema.
	it('a name word that is a property of plain objects is no organisation head', () => {
		const doc = run('Mayor Lee said the Bob Constructor group attacked a village near Homs on Monday, killing two people.');
		const actor = doc.actors.find((a) => a.name === 'Bob Constructor');
		expect(actor).toBeDefined();
		expect(typeof actor?.kind).toBe('string');
		for (const a of doc.actors) expect(typeof a.kind).toBe('string');
	});

	it('still reads organisation heads', () => {
		const doc = run('The Iraqi Army said its troops repelled an attack near Mosul on Monday.');
		expect(doc.actors.find((a) => a.name === 'Iraqi Army')?.kind).toBe('military');
	});
});
