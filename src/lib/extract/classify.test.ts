import { describe, expect, it } from 'vitest';
import { refine } from './classify';
import { findTriggers } from './triggers';

/** The refined, kept trigger types of a sentence. */
function types(sentence: string): string[] {
	const lower = sentence.toLowerCase();
	return findTriggers(lower, 0, 0)
		.map((h) => refine(h, lower, 0))
		.filter((r) => !r.drop)
		.map((r) => r.type);
}

describe('triggers and refinement', () => {
	it('types violence by weapon', () => {
		expect(types('An airstrike by Afghan forces killed 10 Taliban militants.')).toContain('airstrike');
		expect(types('Militants fired mortars at the base.')).toContain('shelling');
		expect(types('An IED planted by militants exploded near the market.')).toContain('explosive');
		expect(types('A suicide bomber blew himself up at a checkpoint.')).toContain('suicide_bombing');
		expect(types('Gunmen threw a hand grenade at a house.')).toContain('grenade');
		expect(types('Forces fired mortars and small arms at the positions.')).toContain('armed_clash');
	});
	it('reads demonstrations and their policing', () => {
		expect(types('Residents protested against the water shortage.')).toEqual(['protest']);
		expect(types('Police fired tear gas to disperse students who protested.')).toContain('protest_intervention');
		expect(types('Protesters hurled stones at police.')).toContain('riot');
	});
	it('drops look-alikes and irrealis', () => {
		expect(types("Liverpool's attack overwhelmed Everton as the striker scored twice.")).toEqual([]);
		expect(types('The senator launched a scathing attack on the bill.')).toEqual([]);
		expect(types('Officials said Tehran would strike U.S. bases if attacked.').filter((t) => t !== 'statement')).toEqual([]);
		expect(types('No attack has taken place.')).toEqual([]);
		expect(types('What is the legal authority for strikes?')).toEqual([]);
	});
	it('turns labour strikes into protests and deals into agreements', () => {
		expect(types('Thousands of workers went on strike over pay.')).toEqual(['protest']);
		expect(types('The two sides struck a deal on Monday.')).toContain('agreement');
	});
	it('keeps a threatened strike as a threat', () => {
		expect(types('Iran warned that it would strike U.S. bases.')).toContain('threat');
	});
});
