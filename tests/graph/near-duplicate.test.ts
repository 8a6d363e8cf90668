import { describe, expect, it } from 'vitest';
import { bandKeys, decodeSignature, encodeSignature, jaccardEstimate, minhashSignature, NEAR_DUPLICATE_JACCARD } from '../../src/lib/graph/minhash';
import { hamming, normaliseForHash, simhash, simhashBands } from '../../src/lib/graph/simhash';

const STORY =
	'Security forces closed the main bridge in the capital on Tuesday after a crowd of several thousand gathered to demand the release of detained ' +
	'students. Witnesses said police fired tear gas near the university gates and at least a dozen people were taken to hospital. The interior ' +
	'ministry said officers had acted to protect public property and accused organisers of failing to obtain a permit. Opposition leaders called ' +
	'for a general strike next week, while shopkeepers in the old market kept their shutters down for a second day.';
const OTHER =
	'The central bank left its main interest rate unchanged on Wednesday, citing stable prices and a recovery in exports. Economists had expected ' +
	'the decision, although some warned that a drought could push food costs higher before the harvest. The currency rose slightly against the dollar.';

describe('near-duplicate fingerprints', () => {
	it('finds a syndicated copy with a new dateline and closing line', () => {
		const copy = 'CAPITAL (Agency) - ' + STORY.replace('several thousand', 'thousands') + ' Additional reporting by staff.';
		const a = minhashSignature(STORY), b = minhashSignature(copy);
		expect(jaccardEstimate(a, b)).toBeGreaterThanOrEqual(NEAR_DUPLICATE_JACCARD);
		// At least one LSH band agrees, so the index lookup finds it.
		expect(bandKeys(a).some((k, i) => k === bandKeys(b)[i])).toBe(true);
		expect(hamming(simhash(STORY), simhash(copy))).toBeLessThan(16);
	});

	it('does not pair unrelated stories', () => {
		const a = minhashSignature(STORY), b = minhashSignature(OTHER);
		expect(jaccardEstimate(a, b)).toBeLessThan(0.2);
		expect(hamming(simhash(STORY), simhash(OTHER))).toBeGreaterThan(12);
	});

	it('does not pair two differently worded reports of the same event', () => {
		const rewrite =
			'Thousands of protesters demanding freedom for jailed students shut the capital’s main bridge on Tuesday, and police answered with tear gas, ' +
			'according to people at the scene. Hospitals treated more than ten injured. Officials blamed the organisers for marching without permission.';
		expect(jaccardEstimate(minhashSignature(STORY), minhashSignature(rewrite))).toBeLessThan(NEAR_DUPLICATE_JACCARD);
	});

	it('is deterministic, round-trips its encoding, and ignores case and spacing in the content hash input', () => {
		expect(minhashSignature(STORY)).toEqual(minhashSignature(STORY));
		expect(decodeSignature(encodeSignature(minhashSignature(STORY)))).toEqual(minhashSignature(STORY));
		expect(simhash(STORY)).toMatch(/^[0-9a-f]{16}$/);
		expect(simhashBands(simhash(STORY))).toHaveLength(4);
		expect(normaliseForHash('  A  b\n\nC ')).toBe(normaliseForHash('a b c'));
	});
});
