/**
 * Actor–actor edges typed by what links them, derived from one event's roles.
 * The store sums them per (source, target, relation) over events and stories.
 */
import { VIOLENT_FAMILIES } from './families';

export type EdgeRelation = 'attacked' | 'authorised' | 'backed-by' | 'met' | 'criticised';

export interface RoleRef {
	role: string;
	actor: number;
}

export interface DerivedEdge {
	source: number;
	target: number;
	relation: EdgeRelation;
}

export function edgesForEvent(family: string, roles: RoleRef[]): DerivedEdge[] {
	const of = (r: string) => [...new Set(roles.filter((x) => x.role === r).map((x) => x.actor))];
	const agents = of('agent'), targets = [...of('target'), ...of('victim')], authorisers = of('authorizer');
	const out: DerivedEdge[] = [];
	const add = (source: number, target: number, relation: EdgeRelation) => {
		if (source !== target && !out.some((e) => e.source === source && e.target === target && e.relation === relation))
			out.push({ source, target, relation });
	};
	if (VIOLENT_FAMILIES.has(family)) for (const a of agents) for (const t of targets) add(a, t, 'attacked');
	if (family === 'statement' || family === 'protest' || family === 'sanction')
		for (const a of [...agents, ...of('participant')]) for (const t of targets) add(a, t, 'criticised');
	for (const z of authorisers) for (const a of agents) add(z, a, 'authorised');
	if (family === 'meeting') {
		// "met" is symmetric: one edge per pair, smaller id first.
		const ps = [...new Set([...agents, ...of('participant'), ...targets])].sort((a, b) => a - b);
		for (let i = 0; i < ps.length; i++) for (let j = i + 1; j < ps.length; j++) add(ps[i], ps[j], 'met');
	}
	return out;
}

/** An affiliation ("backed by", "proxy of", "supported by") read as a backed-by edge. */
export function isBackingRelation(relation: string): boolean {
	return /back|support|proxy|fund|arm|sponsor|ally|allied/i.test(relation);
}
