/** GEXF 1.3 (Gephi's format) with dynamic node and edge times. */
import { xml } from './escape';
import { buildNetwork } from './network';
import type { ExportData } from './types';

const attr = (name: string, value: string | null) => (value ? ` ${name}="${xml(value)}"` : '');

export function toGexf(data: ExportData): string {
	const { nodes, edges } = buildNetwork(data);
	const out: string[] = [];
	out.push('<?xml version="1.0" encoding="UTF-8"?>');
	out.push(
		'<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">'
	);
	out.push(`  <meta lastmodifieddate="${xml(data.generated.slice(0, 10))}">`);
	out.push('    <creator>sitrep</creator>');
	out.push(`    <description>${xml(data.description ?? 'sitrep actor and event network')}</description>`);
	out.push('  </meta>');
	out.push('  <graph mode="dynamic" defaultedgetype="directed" timeformat="date">');
	out.push('    <attributes class="node">');
	out.push('      <attribute id="kind" title="kind" type="string"/>');
	out.push('      <attribute id="type" title="type" type="string"/>');
	out.push('      <attribute id="weight" title="weight" type="double"/>');
	out.push('      <attribute id="lat" title="latitude" type="double"/>');
	out.push('      <attribute id="lon" title="longitude" type="double"/>');
	out.push('    </attributes>');
	out.push('    <attributes class="edge">');
	out.push('      <attribute id="relation" title="relation" type="string"/>');
	out.push('    </attributes>');
	out.push('    <nodes>');
	for (const n of nodes) {
		out.push(`      <node id="${xml(n.id)}" label="${xml(n.label)}"${attr('start', n.start)}${attr('end', n.end)}>`);
		out.push('        <attvalues>');
		out.push(`          <attvalue for="kind" value="${xml(n.kind)}"/>`);
		out.push(`          <attvalue for="type" value="${xml(n.type)}"/>`);
		out.push(`          <attvalue for="weight" value="${n.weight}"/>`);
		if (n.lat !== null && n.lon !== null) {
			out.push(`          <attvalue for="lat" value="${n.lat}"/>`);
			out.push(`          <attvalue for="lon" value="${n.lon}"/>`);
		}
		out.push('        </attvalues>');
		out.push('      </node>');
	}
	out.push('    </nodes>');
	out.push('    <edges>');
	for (const e of edges) {
		out.push(
			`      <edge id="${xml(e.id)}" source="${xml(e.source)}" target="${xml(e.target)}" label="${xml(e.relation)}" weight="${e.weight}"${attr('start', e.start)}${attr('end', e.end)}>`
		);
		out.push(`        <attvalues><attvalue for="relation" value="${xml(e.relation)}"/></attvalues>`);
		out.push('      </edge>');
	}
	out.push('    </edges>');
	out.push('  </graph>');
	out.push('</gexf>');
	return out.join('\n') + '\n';
}
