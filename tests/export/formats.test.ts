import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { ACLED_COLUMNS, csvCell, render } from '../../src/lib/server/export/index';
import { EVIL, fixture } from './fixture';

/** RFC 4180 reader, written here so the test does not trust the code it checks. */
function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let cell = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (quoted) {
			if (c === '"' && text[i + 1] === '"') {
				cell += '"';
				i++;
			} else if (c === '"') quoted = false;
			else cell += c;
		} else if (c === '"') quoted = true;
		else if (c === ',') {
			row.push(cell);
			cell = '';
		} else if (c === '\r' && text[i + 1] === '\n') {
			row.push(cell);
			rows.push(row);
			row = [];
			cell = '';
			i++;
		} else cell += c;
	}
	if (cell !== '' || row.length) {
		row.push(cell);
		rows.push(row);
	}
	return rows;
}

const xmlParser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', processEntities: true, htmlEntities: false, isArray: (n, _path, _leaf, isAttribute) => !isAttribute && ['node', 'edge', 'attvalue', 'data', 'key', 'attribute', 'attributes'].includes(n) });

describe('CSV (ACLED columns)', () => {
	const rows = parseCsv(render('csv', fixture()).body);
	const header = rows[0];
	const recs = rows.slice(1).map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));

	it('has ACLED column names and one row per event, every row as wide as the header', () => {
		for (const col of ['event_id_cnty', 'event_date', 'year', 'time_precision', 'event_type', 'sub_event_type', 'actor1', 'actor2', 'location', 'latitude', 'longitude', 'fatalities', 'notes', 'source']) {
			expect(header).toContain(col);
		}
		expect(header.slice(0, ACLED_COLUMNS.length)).toEqual([...ACLED_COLUMNS]);
		expect(rows).toHaveLength(3);
		for (const r of rows) expect(r).toHaveLength(header.length);
	});

	it('fills ACLED fields from the event', () => {
		expect(recs[0]).toMatchObject({
			event_id_cnty: 'e1', event_date: '2021-02-25', year: '2021', time_precision: '1',
			event_type: 'Explosions/Remote violence', sub_event_type: 'Air/drone strike',
			actor1: 'United States', actor2: 'Kataib Hezbollah', location: 'Abu Kamal',
			latitude: '34.45', longitude: '40.92', fatalities: '1', source: 'Wire One; Paper, "Two"'
		});
		expect(recs[1]).toMatchObject({ time_precision: '3', sub_event_type: 'Shelling/artillery/missile attack', fatalities: '0', sitrep_disputed: '1' });
	});

	it('quotes commas, quotes and newlines, and defuses formulas', () => {
		expect(recs[1].notes.startsWith("'=HYPERLINK(")).toBe(true);
		expect(recs[1].notes).toContain('"the base", injuring\nthree');
		expect(csvCell('-12.5')).toBe('-12.5');
		expect(csvCell(-12.5)).toBe('-12.5');
		expect(csvCell('+cmd')).toBe("'+cmd");
		expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
		expect(csvCell('a,b')).toBe('"a,b"');
	});
});

describe('JSON graph', () => {
	it('has events with their sources (article id, url, title, evidence), actors with aliases, and edges', () => {
		const doc = JSON.parse(render('json', fixture()).body);
		expect(doc.events).toHaveLength(2);
		expect(doc.events[0].sources[0]).toEqual({
			articleId: 'art1', mentionId: 'm1', url: 'https://wire.example/a', title: 'Strike in Syria', source: 'Wire One',
			published: '2021-02-26T08:00:00.000Z', evidence: { start: 0, end: 10, text: 'US aircraft' }
		});
		expect(doc.events[0].sources[1].title).toBe(EVIL);
		expect(doc.actors[0].aliases).toEqual(['U.S.', 'Washington']);
		expect(doc.edges[0]).toMatchObject({ source: 'a1', target: 'a2', relation: 'attacked', weight: 2 });
	});
});

describe('GEXF 1.3', () => {
	const body = render('gexf', fixture()).body;
	it('is well-formed XML that keeps hostile names as text', () => {
		expect(XMLValidator.validate(body)).toBe(true);
		expect(body).not.toContain('<script>');
		const doc = xmlParser.parse(body);
		expect(doc.gexf.version).toBe('1.3');
		expect(doc.gexf.xmlns).toBe('http://gexf.net/1.3');
		const nodes = doc.gexf.graph.nodes.node;
		const group = nodes.find((n: { id: string }) => n.id === 'actor:a3');
		expect(group.label).toBe(`Group ${EVIL}`);
	});
	it('carries timestamps on nodes and edges', () => {
		const doc = xmlParser.parse(body);
		expect(doc.gexf.graph.mode).toBe('dynamic');
		const nodes = doc.gexf.graph.nodes.node;
		expect(nodes.find((n: { id: string }) => n.id === 'event:e1')).toMatchObject({ start: '2021-02-25', end: '2021-02-25' });
		expect(nodes.find((n: { id: string }) => n.id === 'event:e2')).toMatchObject({ start: '2021-02-01', end: '2021-02-28' });
		const rel = doc.gexf.graph.edges.edge.find((e: { id: string }) => e.id === 'rel:0');
		expect(rel).toMatchObject({ source: 'actor:a1', target: 'actor:a2', label: 'attacked', weight: '2', start: '2021-02-25' });
		const ids = new Set(nodes.map((n: { id: string }) => n.id));
		for (const e of doc.gexf.graph.edges.edge) {
			expect(ids.has(e.source)).toBe(true);
			expect(ids.has(e.target)).toBe(true);
		}
	});
	it('replaces characters XML forbids', () => {
		const data = fixture();
		data.events[0].label = 'bad \u0001 char and lone \uD800 surrogate';
		expect(XMLValidator.validate(render('gexf', data).body)).toBe(true);
	});
});

describe('GraphML', () => {
	it('is well-formed, declares its keys and references existing nodes', () => {
		const body = render('graphml', fixture()).body;
		expect(XMLValidator.validate(body)).toBe(true);
		const doc = xmlParser.parse(body);
		const keys = new Set(doc.graphml.key.map((k: { id: string }) => k.id));
		const nodes = doc.graphml.graph.node;
		const ids = new Set(nodes.map((n: { id: string }) => n.id));
		for (const n of nodes) for (const d of n.data) expect(keys.has(d.key)).toBe(true);
		for (const e of doc.graphml.graph.edge) {
			expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
		}
		expect(doc.graphml.graph.edgedefault).toBe('directed');
	});
});

describe('TimelineJS', () => {
	it('gives only the certain date parts and escapes HTML', () => {
		const doc = JSON.parse(render('timelinejs', fixture()).body);
		expect(doc.events[0].start_date).toEqual({ year: 2021, month: 2, day: 25 });
		expect(doc.events[1].start_date).toEqual({ year: 2021, month: 2 });
		const all = JSON.stringify(doc);
		expect(all).not.toContain('<script>');
		expect(doc.events[1].text.headline).toContain('&lt;script&gt;');
	});
});

describe('JSON-LD', () => {
	it('describes schema.org Events with places, performers and source articles, safe to embed', () => {
		const body = render('jsonld', fixture()).body;
		expect(body).not.toMatch(/<\/script/i);
		const doc = JSON.parse(body);
		expect(doc['@context']).toBe('https://schema.org');
		const e = doc['@graph'][0];
		expect(e['@type']).toBe('Event');
		expect(e.startDate).toBe('2021-02-25');
		expect(e.location).toEqual({ '@type': 'Place', name: 'Abu Kamal', geo: { '@type': 'GeoCoordinates', latitude: 34.45, longitude: 40.92 } });
		expect(e.performer[0]).toMatchObject({ '@type': 'Organization', name: 'United States' });
		expect(e.subjectOf[0]).toMatchObject({ '@type': 'NewsArticle', url: 'https://wire.example/a', headline: 'Strike in Syria' });
		expect(doc['@graph'][1].subjectOf[1].headline).toBe(EVIL);
	});
});
