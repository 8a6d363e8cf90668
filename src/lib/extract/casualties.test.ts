import { describe, expect, it } from 'vitest';
import { findCasualties } from './casualties';

describe('findCasualties', () => {
	const cases: Array<[string, { fatalities?: number; injuries?: number }]> = [
		['the attack killed a contractor and injured a u.s. service member.', { fatalities: 1, injuries: 1 }],
		['gunmen opened fire, killing 6 civilians.', { fatalities: 6 }],
		['at least a dozen people were killed.', { fatalities: 12 }],
		['three officers died. 3 fatalities.', { fatalities: 3 }],
		['trump ordered a strike that killed the quds force leader qasem soleimani.', { fatalities: 1 }],
		['the strike was believed to have killed up to a handful of people.', {}],
		['neither fatalities nor injuries were reported.', { fatalities: 0, injuries: 0 }],
		['two soldiers were wounded when a mine exploded.', { injuries: 2 }],
		// a count as subject, whatever its noun; an adverb before the participle
		['two were killed, one from each side, and two others injured.', { fatalities: 2, injuries: 2 }],
		['one dahalo was killed and 4 arrested.', { fatalities: 1 }],
		['two lna soldiers were reportedly killed and five others injured.', { fatalities: 2, injuries: 5 }],
		['in 2019, two were killed.', { fatalities: 2 }],
		['12 were arrested.', {}],
		// "of them", a bare count after the verb, "to death", bodies
		['they attacked the family, killing five of them.', { fatalities: 5 }],
		['the prisoners clashed with the guards, killing one.', { fatalities: 1 }],
		['the border guard force shot two men to death and seized pills.', { fatalities: 2 }],
		['a man stabbed a journalist to death.', { fatalities: 1 }],
		['the bodies of 2 civilians were found on the road.', { fatalities: 2 }],
		["a man's body was found in the river.", { fatalities: 1 }],
		['the bomb exploded, leaving the driver dead.', { fatalities: 1 }],
		['four people killed and twenty wounded in the fighting.', { fatalities: 4, injuries: 20 }],
		['3 civilians including a former commander were kidnapped and killed by militants.', { fatalities: 3 }],
		['the body armour was found.', {}],
		// a count the text settles itself overrides the narrative's
		['1 soldier was killed by a sniper. fatalities coded as 0 (voj reported 1).', { fatalities: 0 }],
		['incurring fatalities. unclear fatalities coded as 10.', { fatalities: 10 }],
		['7 militants were killed. fatalities reported as half, rounded down to 3.', { fatalities: 3 }],
		['8 militants were killed. fatalities are split across 2 events (4).', { fatalities: 4 }]
	];
	it.each(cases)('%s', (text, expected) => {
		expect(findCasualties(text)).toEqual(expected);
	});
});

describe('counts in words of scale (session 11)', () => {
	it('"14 million people", "1.5 million" are written out, not read as 14 and 5', () => {
		expect(findCasualties('the war killed 14 million people in 1945.').fatalities).toBe(14_000_000);
		expect(findCasualties('at least 1.5 million people were killed.').fatalities).toBe(1_500_000);
		expect(findCasualties('gunmen killed 5 people.').fatalities).toBe(5);
	});
});

describe('the dead told as a list of kinds (session 12)', () => {
	const cases: [string, number][] = [
		['a man and a 12-year-old girl were killed.', 2],
		['a kuki militant and a meitei volunteer were killed.', 2],
		['three police officers and a firefighter were killed.', 4],
		['maoists blew up a vehicle with an ied, killing eight policemen and their driver.', 9],
		['gunmen shot dead a taxi operator and a woman who was waiting for a bus.', 2],
		// a bomber who dies with the victims is one of the dead, as ACLED counts them
		['a suicide bomber blew himself up at a police academy, killing five recruits and the attacker.', 6],
		['a suicide bomber blew himself up at the station, killing 26 people as well as himself.', 27],
		['a suicide bomber killed 12 soldiers and himself.', 13],
		// not a second person: the owner of what was hit, and a count already given
		['gunmen killed two men and their cattle.', 2],
		['the blast killed 4 people and the bomber was arrested.', 4],
		['a man was killed and a woman was wounded.', 1],
		// "fatally shot" is shot dead
		['gunmen fatally shot two men in sinjil on monday.', 2],
		['settlers attacked a village, fatally shooting a palestinian man.', 1],
		['a police officer was fatally stabbed outside the station.', 1]
	];
	it.each(cases)('%s', (text, expected) => {
		expect(findCasualties(text).fatalities).toBe(expected);
	});
});

describe('one dead named with who he was, both, agent nouns, a body recovered (session 24)', () => {
	const cases: [string, number | undefined][] = [
		['maria lopez, a teacher at the village school, was shot dead on her way home.', 1],
		['ivan petrov, 52, was killed when the shell hit his house.', 1],
		['a gunman opened fire on a minibus, killing both passengers.', 2],
		['militants beheaded three woodcutters near the river.', 3],
		['troops recovered the body of one militant after the clash.', 1],
		// guards: no one counted by a singular passive of a thing; a body not found; no count of people in "-ers" after "in"
		['the deal, a compromise reached last year, was killed by the senate.', undefined],
		['the convoy, which carried 12 containers, was ambushed.', undefined]
	];
	it.each(cases)('%s', (text, expected) => {
		expect(findCasualties(text).fatalities).toBe(expected);
	});
});

describe('a long subject before a passive, and a singular verb (session 24)', () => {
	const cases: [string, number | undefined][] = [
		['bogota (reuters) - two soldiers and three members of a dissident faction of the former farc guerrilla group were killed in a firefight on sunday.', 5],
		// a count of many inside a relative clause is no subject of "was"
		['a man who was abducted by five unidentified armed assailants from his house in ramgarh on 24 april was found dead near the highway.', undefined],
		['1 burundian soldier was killed.', 1]
	];
	it.each(cases)('%s', (text, expected) => {
		expect(findCasualties(text).fatalities).toBe(expected);
	});
});

describe('a further death no one has confirmed (session 24)', () => {
	it('"… killing four. A local outlet reported that a fifth victim had died, but authorities had not confirmed that death": 4', () => {
		expect(findCasualties('gunmen opened fire on the guests, killing four people. a local outlet reported that a fifth victim had died at a hospital, but authorities had not confirmed that death.').fatalities).toBe(4);
	});
	it('guard: "a fifth victim died in hospital on tuesday": 5', () => {
		expect(findCasualties('gunmen opened fire on the guests, killing four people. a fifth victim died in hospital on tuesday.').fatalities).toBe(5);
	});
});
