import { describe, expect, it } from 'vitest';
import { segment } from './segment';

const split = (s: string) => segment(s).map((x) => s.slice(x.start, x.end));

describe('segment', () => {
	it('survives abbreviations, titles and party tags', () => {
		expect(split('Sen. Marco Rubio (R-FL) called the strikes "necessary." The U.S. military said on Feb. 26 that it acted.')).toEqual([
			'Sen. Marco Rubio (R-FL) called the strikes "necessary."',
			'The U.S. military said on Feb. 26 that it acted.'
		]);
	});
	it('ends a sentence after a dotted acronym when a new sentence starts', () => {
		expect(split('The strike was ordered by the U.S. The Pentagon confirmed it.')).toHaveLength(2);
	});
	it('treats a headline line as its own sentence', () => {
		expect(split('Biden Orders U.S. Military Strikes in Syria\n\nPresident Joe Biden ordered strikes.')).toEqual([
			'Biden Orders U.S. Military Strikes in Syria',
			'President Joe Biden ordered strikes.'
		]);
	});
	it('keeps closing quotes with their sentence', () => {
		expect(split('"We will respond," he said. "Assad is a dictator."')).toEqual(['"We will respond," he said.', '"Assad is a dictator."']);
	});
});
