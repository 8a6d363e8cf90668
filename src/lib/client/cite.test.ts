import { describe, expect, it } from 'vitest';
import { apa, bibtex, chicago, uniqueSources } from './cite';

const src = { title: 'US strikes militia sites in eastern Syria', outlet: 'Gulf Wire', url: 'https://example.org/a', published: '2021-02-26T08:00:00Z' };

describe('citations', () => {
	it('formats APA and Chicago for an unsigned news report', () => {
		expect(apa(src)).toBe('US strikes militia sites in eastern Syria. (2021, February 26). Gulf Wire. https://example.org/a');
		expect(chicago(src)).toBe('“US strikes militia sites in eastern Syria.” Gulf Wire, February 26, 2021. https://example.org/a.');
	});

	it('uses UTC dates, whatever the machine zone', () => {
		expect(apa({ ...src, published: '2021-02-26T23:30:00Z' })).toContain('February 26');
	});

	it('writes BibTeX with unique keys and escaped specials', () => {
		const out = bibtex([src, { ...src, url: 'https://example.org/b', title: 'Fees & 100% {costs}' }]);
		expect(out.match(/@article\{/g)).toHaveLength(2);
		expect(out).toContain('@article{gulf2021strikes,');
		expect(out).toContain('@article{gulf2021fees,');
		expect(out).toContain('Fees \\& 100\\% \\{costs\\}');
	});

	it('cites each article once, oldest first', () => {
		const later = { ...src, url: 'https://example.org/z', published: '2021-03-01' };
		expect(uniqueSources([later, src, src]).map((s) => s.url)).toEqual(['https://example.org/a', 'https://example.org/z']);
	});
});
