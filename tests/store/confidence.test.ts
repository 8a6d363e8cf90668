/** The confidence grid of the bucket rollup (confidence.ts): a level stands for exactly the thresholds below it. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONFIDENCE_STEPS, confidenceLevel, gridLevel } from '../../src/lib/server/store/confidence';

describe('confidence levels', () => {
	it('puts an event at level k or above exactly when its confidence passes k/20', () => {
		const grid = Array.from({ length: CONFIDENCE_STEPS + 1 }, (_, k) => k / CONFIDENCE_STEPS);
		// Values on and next to every step, where rounding could misplace them, and anything else.
		const near = grid.flatMap((g) => [g, g - Number.EPSILON, g + Number.EPSILON, g * (1 - 1e-15), g * (1 + 1e-15)]);
		fc.assert(
			fc.property(fc.oneof(fc.constantFrom(...near), fc.double({ min: -0.5, max: 1.5, noNaN: true })), (x) => {
				const level = confidenceLevel(x);
				for (let k = 0; k <= CONFIDENCE_STEPS; k++) expect(level >= k, `x=${x} k=${k}`).toBe(x >= k / CONFIDENCE_STEPS);
			}),
			{ numRuns: 3000 }
		);
	});

	it('answers a threshold from the rollup only when it is on the 0.05 grid', () => {
		expect(gridLevel(0)).toBe(0);
		expect(gridLevel(0.55)).toBe(11);
		expect(gridLevel(Number('0.7'))).toBe(14);
		expect(gridLevel(1)).toBe(20);
		expect(gridLevel(0.61)).toBeNull();
		expect(gridLevel(0.55 + 1e-12)).toBeNull();
		expect(gridLevel(-0.05)).toBeNull();
		expect(gridLevel(1.05)).toBeNull();
	});
});
