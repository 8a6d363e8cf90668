import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bandKeys, decodeSignature, encodeSignature, fingerprints, jaccardEstimate, jaccardOfEncoded, minhashSignature, NEAR_DUPLICATE_JACCARD } from '../../src/lib/graph/minhash';
import { hamming, normaliseForHash, shingleHash, simhash, simhashBands } from '../../src/lib/graph/simhash';

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

	it('estimates the Jaccard similarity of encoded signatures as of decoded ones, slot by slot', () => {
		const a = minhashSignature(STORY);
		let seed = 7;
		const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
		for (let changed = 0; changed <= a.length; changed += 5) {
			// change `changed` slots; a changed slot may differ from the original in its last hex digit only
			const b = a.map((v, i) => (i < changed ? (v ^ (1 + (next() % 15))) >>> 0 : v));
			expect(jaccardOfEncoded(encodeSignature(a), encodeSignature(b))).toBe(jaccardEstimate(a, b));
			expect(jaccardEstimate(a, b)).toBe((a.length - changed) / a.length);
		}
		// an encoding of another length (not written by this version) is still compared, by decoding
		expect(jaccardOfEncoded(encodeSignature(a), encodeSignature(a) + '00000000')).toBe(1);
	});

	it('is deterministic, round-trips its encoding, and ignores case and spacing in the content hash input', () => {
		expect(minhashSignature(STORY)).toEqual(minhashSignature(STORY));
		expect(decodeSignature(encodeSignature(minhashSignature(STORY)))).toEqual(minhashSignature(STORY));
		expect(simhash(STORY)).toMatch(/^[0-9a-f]{16}$/);
		expect(simhashBands(simhash(STORY))).toHaveLength(4);
		expect(normaliseForHash('  A  b\n\nC ')).toBe(normaliseForHash('a b c'));
	});

	// Stored articles keep their fingerprints: a new copy is compared with signatures computed by earlier versions.
	it('computes the same fingerprints as the stored ones (values pinned from the version that stored them)', () => {
		const text = 'Rockets struck a base near Erbil late on Monday, officials said; no one was hurt.';
		expect(simhash(text)).toBe('9801f69d3e45cb2e');
		expect(encodeSignature(minhashSignature(text))).toBe(
			'0740036026b909d607c286b82e15ff460ac79960197801ec0df264171828f1f50f64c2340276d34000609ea60740fdcc0cacd464012a9e6514d5ed3620fcc28d191bf89f3e27f45626c93dc51542bc0d1922ce7a4ddeddd20de4e54f03ed15191b2d57f10d3fe6550399baa605eafc7705b00823026f02e4067b39c525d7b0d01cf02f1600aa396a26a591aa05cf19f4'
		);
	});

	it('hashes a shingle in place exactly as the string of its words joined by spaces', () => {
		// the reference: seeded FNV-1a of the joined string, murmur-finalised
		const reference = (s: string, seed: number) => {
			let h = (0x811c9dc5 ^ seed) >>> 0;
			for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
			h ^= h >>> 16;
			h = Math.imul(h, 0x85ebca6b);
			h ^= h >>> 13;
			h = Math.imul(h, 0xc2b2ae35);
			return (h ^ (h >>> 16)) >>> 0;
		};
		fc.assert(
			fc.property(fc.array(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 8 }), { maxLength: 6 }), fc.nat({ max: 6 }), fc.integer(), (w, i, seed) => {
				expect(shingleHash(w, i, seed)).toBe(reference(w.slice(i, i + 3).join(' '), seed));
			}),
			{ numRuns: 2000 }
		);
	});

	it('gives from one pass the fingerprints simhash() and minhashSignature() give apart', () => {
		for (const t of [STORY, OTHER, '', 'one', 'two words']) expect(fingerprints(t)).toEqual({ simhash: simhash(t), minhash: minhashSignature(t) });
	});
});
