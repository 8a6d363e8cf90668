import { describe, expect, it } from 'vitest';
import { standaloneHtml, timelineSvg, type TimelineSnapshot } from './svgexport';

const snap: TimelineSnapshot = {
	width: 600,
	labelW: 100,
	axisH: 20,
	laneH: 30,
	lanes: ['airstrike', 'protest'],
	ticks: [{ x: 10, label: '2021' }],
	marks: [
		{ id: 'a', lane: 'airstrike', laneIndex: 0, row: 0, x: 50, xt: 50, x0: 44, x1: 56, y: 10, span: false, disputed: true, type: 'airstrike', label: '<script>alert(1)</script>' },
		{ id: 'b', lane: 'protest', laneIndex: 1, row: 0, x: 200, xt: 200, x0: 100, x1: 300, y: 40, span: true, disputed: false, type: 'protest', label: 'march' }
	],
	bars: [],
	legend: [{ label: 'airstrike', colour: '#0072B2' }],
	colourOf: { airstrike: '#0072B2', protest: '#E69F00' }
};

describe('timelineSvg', () => {
	it('is a standalone SVG with title, legend, marks and sources, and escapes all text', () => {
		const svg = timelineSvg(snap, { title: 'Strikes & protests', sources: ['A “report”. Wire. https://x.test/?a=1&b=2'] });
		expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
		expect(svg).toContain('Strikes &amp; protests');
		expect(svg).toContain('<circle cx="50" cy="10" r="5" fill="#0072B2">');
		expect(svg).toContain('stroke-dasharray="3 2"');
		expect(svg).toContain('width="200" height="8"');
		expect(svg).toContain('https://x.test/?a=1&amp;b=2');
		expect(svg).not.toContain('<script>');
	});
});

describe('standaloneHtml', () => {
	it('needs no script and escapes the rows', () => {
		const html = standaloneHtml('<svg></svg>', { title: 't', sources: ['s'] }, [{ date: '2021-02-25', type: 'airstrike', label: '<b>x</b>', place: 'Syria' }]);
		expect(html).not.toMatch(/<script/i);
		expect(html).toContain('&lt;b&gt;x&lt;/b&gt;');
	});
});
