/** GraphML (yEd, Cytoscape, networkx, igraph): the same network as the GEXF export, times as attributes. */
import { xml } from './escape';
import { buildNetwork } from './network';
import type { ExportData } from './types';

const KEYS: [string, 'node' | 'edge', string, string][] = [
	['label', 'node', 'label', 'string'],
	['kind', 'node', 'kind', 'string'],
	['type', 'node', 'type', 'string'],
	['start', 'node', 'start', 'string'],
	['end', 'node', 'end', 'string'],
	['weight', 'node', 'weight', 'double'],
	['lat', 'node', 'latitude', 'double'],
	['lon', 'node', 'longitude', 'double'],
	['relation', 'edge', 'relation', 'string'],
	['eweight', 'edge', 'weight', 'double'],
	['estart', 'edge', 'start', 'string'],
	['eend', 'edge', 'end', 'string']
];

const data = (key: string, value: unknown) => (value === null || value === undefined ? '' : `<data key="${key}">${xml(value)}</data>`);

export function toGraphml(d: ExportData): string {
	const { nodes, edges } = buildNetwork(d);
	const out: string[] = [];
	out.push('<?xml version="1.0" encoding="UTF-8"?>');
	out.push(
		'<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">'
	);
	for (const [id, forWhat, name, type] of KEYS) out.push(`  <key id="${id}" for="${forWhat}" attr.name="${name}" attr.type="${type}"/>`);
	out.push('  <graph id="sitrep" edgedefault="directed">');
	for (const n of nodes) {
		out.push(
			`    <node id="${xml(n.id)}">${data('label', n.label)}${data('kind', n.kind)}${data('type', n.type)}${data('start', n.start)}${data('end', n.end)}${data('weight', n.weight)}${data('lat', n.lat)}${data('lon', n.lon)}</node>`
		);
	}
	for (const e of edges) {
		out.push(
			`    <edge id="${xml(e.id)}" source="${xml(e.source)}" target="${xml(e.target)}">${data('relation', e.relation)}${data('eweight', e.weight)}${data('estart', e.start)}${data('eend', e.end)}</edge>`
		);
	}
	out.push('  </graph>');
	out.push('</graphml>');
	return out.join('\n') + '\n';
}
