/** Property tests: whatever text articles put in names and sentences, every export stays parseable and faithful. */
import fc from 'fast-check';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { csvCell, render } from '../../src/lib/server/export/index';
import { fixture } from './fixture';

const hostile = fc.oneof(
	fc.string({ unit: 'binary', maxLength: 60 }),
	fc.constantFrom('<script>alert(1)</script>', ']]>', '&amp;', '"\'<>&', '=cmd|\' /C calc\'!A0', '\u202Eevil\u202C', '\uD800', 'a\u0000b', '\r\n', '-1', '+2')
);

/** Minimal RFC 4180 reader for one line of cells (quoted newlines allowed). */
function readRow(line: string): string[] {
	const cells: string[] = [];
	let cell = '';
	let quoted = false;
	for (let i = 0; i < line.length; i++) {
		const c = line[i];
		if (quoted) {
			if (c === '"' && line[i + 1] === '"') {
				cell += '"';
				i++;
			} else if (c === '"') quoted = false;
			else cell += c;
		} else if (c === '"') quoted = true;
		else if (c === ',') {
			cells.push(cell);
			cell = '';
		} else cell += c;
	}
	cells.push(cell);
	return cells;
}

describe('export properties', () => {
	it('a CSV cell reads back as written, formula starts defused', () => {
		fc.assert(
			fc.property(fc.array(hostile, { minLength: 1, maxLength: 6 }), (values) => {
				const back = readRow(values.map(csvCell).join(','));
				expect(back).toHaveLength(values.length);
				values.forEach((v, i) => {
					const risky = /^[=+\-@\t\r\n]/.test(v) && !/^[+-]?\d+(\.\d+)?$/.test(v);
					expect(back[i]).toBe(risky ? `'${v}` : v);
				});
			}),
			{ numRuns: 1000 }
		);
	});

	it('GEXF and GraphML stay well-formed and keep names (XML-invalid characters replaced)', () => {
		const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (n, _p, _l, attr) => !attr && (n === 'node' || n === 'edge') });
		fc.assert(
			fc.property(hostile, hostile, (name, label) => {
				const data = fixture();
				data.events[0].label = label;
				data.actors[0].name = name;
				data.events[0].roles[0].name = name;
				for (const format of ['gexf', 'graphml'] as const) {
					const body = render(format, data).body;
					expect(XMLValidator.validate(body)).toBe(true);
				}
				const doc = parser.parse(render('gexf', data).body);
				const node = doc.gexf.graph.nodes.node.find((n: { id: string }) => n.id === 'actor:a1');
				// eslint-disable-next-line no-control-regex
				const cleaned = name.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
				// XML parsers normalise line ends and attribute whitespace; compare what survives that.
				expect(String(node.label).replace(/\s/g, '')).toBe(cleaned.replace(/\s/g, ''));
			}),
			{ numRuns: 300 }
		);
	});

	it('JSON-LD and TimelineJS parse back and never carry a closing script tag', () => {
		fc.assert(
			fc.property(hostile, (text) => {
				const data = fixture();
				data.events[0].label = text + '</script><script>x()</script>';
				data.events[0].sources[0].title = text;
				const ld = render('jsonld', data).body;
				expect(ld).not.toMatch(/<\/script/i);
				// An empty title is left out rather than written as an empty headline.
				expect(JSON.parse(ld)['@graph'][0].subjectOf[0].headline).toBe(text === '' ? undefined : text);
				const tl = JSON.parse(render('timelinejs', data).body);
				expect(JSON.stringify(tl)).not.toContain('<script');
			}),
			{ numRuns: 300 }
		);
	});
});
