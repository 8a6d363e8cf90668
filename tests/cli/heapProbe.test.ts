import { afterEach, describe, expect, it, vi } from 'vitest';
import { heapProbe } from '../../src/cli/heapProbe';

describe('heap probe (benchmark only)', () => {
	const g = globalThis as { gc?: () => void };
	const saved = g.gc;
	afterEach(() => {
		g.gc = saved;
	});
	it('is off unless both the sampling interval and an exposed collector are there', () => {
		g.gc = () => {};
		expect(heapProbe({})).toBeNull();
		expect(heapProbe({ SITREP_HEAP_PROBE_EVERY: 'x' })).toBeNull();
		g.gc = undefined;
		expect(heapProbe({ SITREP_HEAP_PROBE_EVERY: '10' })).toBeNull();
	});
	it('collects and samples once per interval of articles done, however the counts arrive', () => {
		const gc = vi.fn();
		g.gc = gc;
		const probe = heapProbe({ SITREP_HEAP_PROBE_EVERY: '2' })!;
		for (const done of [1, 2, 3, 5, 6]) probe.sample(done);
		// 2 (first interval), 5 (passes 4), 6 (reaches 6): three samples, three collections.
		expect(gc).toHaveBeenCalledTimes(3);
		const line = probe.line();
		expect(line.startsWith('sitrep-heap-probe ')).toBe(true);
		const { every, heapMb } = JSON.parse(line.slice('sitrep-heap-probe '.length));
		expect(every).toBe(2);
		expect(heapMb).toHaveLength(3);
		expect(heapMb.every((x: number) => x > 0)).toBe(true);
	});
});
