/**
 * An event's final roles, as actor ids: the crowd of a protest, the force that
 * repressed it, the state of whoever authorised a strike, an unidentified
 * perpetrator when the text names none.
 */
import type { Actor, Role, Span } from '../core/types';
import type { Mention } from './mentions';
import type { DraftEvent } from './events';
import { ARMED_ACTOR_KINDS, groupName } from './groups';
import { eventType } from './taxonomy';

export interface EventRole {
	role: Role;
	actor: string;
}

export interface RoleContext {
	raw: string;
	/** The article's actors; placeholders (crowds, an unidentified group) are added to it. */
	actors: Actor[];
	actorIdOf: Map<Mention, string>;
	mentionsBySentence: Map<number, Mention[]>;
	/** The country of the event's place, else of the article. */
	placeCountry: string | undefined;
}

const MOB_VICTIM_AFTER = /^\s+(?:(?:him|her|them)\b|(?:to death\s+)?(?:an?|the|two|three|\d+)\s+(?:[\w-]+\s+)?(?:man|woman|men|women|boy|girl|youths?|persons?|people|suspects?|thie(?:f|ves)|robbers?|burglars?|motorcyclists?|drivers?))\b/i;


// The acts of looting and arson (what a perpetrator does), as opposed to a building's damage or demolition.
const LOOTING_ACT = /\b(?:loot|plunder|ransack|set (?:on )?fire|set ablaze|torch|burn|arson|vandal|stole|steal|robb)/;
export function settleRoles(d: DraftEvent, ctx: RoleContext): EventRole[] {
	const { actors, actorIdOf, placeCountry, raw } = ctx;
	const def = eventType(d.type);
	const roles = uniqueRoles(d.roles.map((r) => ({ role: r.role, actor: actorIdOf.get(r.mention) })).filter((r): r is EventRole => !!r.actor));
	const stateOf = (countryName: string | undefined) => actors.find((a) => a.kind === 'state' && a.country === countryName)?.id;
	const actorOf = (id: string) => actors.find((a) => a.id === id);
	// A ship or a building does not act: named as a subject ("the tanker … took fire"), it is what was acted on.
	for (let k = roles.length - 1; k >= 0; k--) {
		if (roles[k].role !== 'agent' || actorOf(roles[k].actor)?.kind !== 'facility') continue;
		if (roles.some((r) => r.role === 'target' && r.actor === roles[k].actor)) roles.splice(k, 1);
		else roles[k].role = 'target';
	}
	if (d.type === 'protest_repression') {
		// Force used on demonstrators: whoever used it acts (ACLED's actor 1, "Police forces opened fire"), and the
		// crowd is its target, never the agent, however the sentence named them.
		// ("opened fire on a march by residents protesting …": the residents are the crowd too.)
		for (const r of roles) if ((r.role === 'agent' || r.role === 'participant') && (actorOf(r.actor)?.kind === 'protesters' || actorOf(r.actor)?.kind === 'civilians')) r.role = 'target';
		// ("youths demonstrated … Police opened fire, killing two protesters": the crowd fired on demonstrated; it did not riot.)
		const crowd = ensureActor(actors, groupName('protesters', placeCountry), 'protesters', placeCountry);
		for (const r of roles) if (/^Rioters/.test(actorOf(r.actor)?.name ?? '') && actorOf(r.actor)?.kind === 'protesters') r.actor = crowd.id;
		roles.splice(0, roles.length, ...uniqueRoles(roles));
		if (!roles.some((r) => r.role === 'agent')) {
			const force = roles.find((r) => r.role === 'participant' && ARMED_ACTOR_KINDS.has(actorOf(r.actor)?.kind ?? ''));
			if (force) force.role = 'agent';
		}
		// The roles were read around the protest's word; the force is often the subject of another verb ("Police
		// opened fire on the protesters"), in the sentence or in the next one (which can make a march repression):
		// the first armed actor named there.
		if (!roles.some((r) => r.role === 'agent')) {
			const force = forceNear(d, ctx);
			if (force) roles.unshift({ role: 'agent', actor: force });
		}
		if (!roles.some((r) => (r.role === 'target' || r.role === 'victim') && actorOf(r.actor)?.kind === 'protesters')) {
			roles.push({ role: 'target', actor: ensureActor(actors, groupName('protesters', placeCountry), 'protesters', placeCountry).id });
		}
		// The force does not also suffer its own force.
		const agents = new Set(roles.filter((r) => r.role === 'agent').map((r) => r.actor));
		for (let k = roles.length - 1; k >= 0; k--) if (roles[k].role !== 'agent' && agents.has(roles[k].actor)) roles.splice(k, 1);
	} else if (def.acled.eventType === 'Protests' || def.acled.eventType === 'Riots') {
		// Demonstrators are the protest's agent whoever they are ("residents protested" → Protesters).
		const crowd = def.acled.eventType === 'Riots' ? 'Rioters' : 'Protesters';
		const agent = roles.find((r) => r.role === 'agent');
		const agentActor = agent && actorOf(agent.actor);
		// ("youths demonstrated": a crowd a word first read as rioting is the protest's demonstrators.)
		if (!agentActor || !/^(protesters)$/.test(agentActor.kind) || (crowd === 'Rioters') !== /^Rioters/.test(agentActor.name)) {
			// The crowd is named by the agent's words only when they name no actor of their own: "Russia staged a
			// protest" keeps "Russia" for Russia, and the protesters do not take it as an alias (across articles, such
			// aliases made one crowd the namesake of every organiser).
			const agentMention = agentActor ? undefined : d.roles.find((r) => r.role === 'agent')?.mention;
			const crowdActor = ensureActor(actors, `${crowd}${placeCountry ? ` (${placeCountry})` : ''}`, 'protesters', placeCountry, agentMention ? { start: agentMention.start, end: agentMention.end, text: raw.slice(agentMention.start, agentMention.end) } : undefined);
			// (The crowd under its other name is no second party: it goes.)
			if (agent && agentActor?.kind === 'protesters') roles.splice(roles.indexOf(agent), 1);
			else if (agent) agent.role = 'participant';
			// (The crowd may already be an agent further on, read from another of the merged sentences: once is enough.)
			for (let k = roles.length - 1; k >= 0; k--) if (roles[k].actor === crowdActor.id && roles[k].role === 'agent') roles.splice(k, 1);
			roles.unshift({ role: 'agent', actor: crowdActor.id });
		}
		// "The police intervened to disperse the demonstration": a protest that was intervened in, or a riot, has the force
		// that met it as its other party (ACLED's actor 2), named in its sentences or the next.
		if ((d.type === 'protest_intervention' || def.acled.eventType === 'Riots') && !roles.some((r) => ARMED_ACTOR_KINDS.has(actorOf(r.actor)?.kind ?? ''))) {
			const force = forceNear(d, ctx);
			if (force) roles.push({ role: 'participant', actor: force });
		}
		// "Police fired tear gas at demonstrators": the crowd acts in its protest and is not also its target.
		dropActingTargets(roles);
	}
	// ("The toll from an attack by Islamic State-linked rebels… Fighters from the Allied Democratic Forces (ADF) attacked
	// the area": one event told twice, its doers described, then named; the name is who acted.)
	if (def.violent) preferNamedAgent(d, roles, ctx);
	// An authorizer's state acts: "Trump ordered a strike" → the United States struck.
	if (def.violent && !roles.some((r) => r.role === 'agent')) {
		const auth = roles.find((r) => r.role === 'authorizer');
		const st = auth ? stateOf(actorOf(auth.actor)?.country) : undefined;
		if (st) roles.push({ role: 'agent', actor: st });
	}
	// "Israeli forces raided the camp and clashed with militants": with no agent, the first armed party to a
	// violent event is its agent.
	if (def.violent && !roles.some((r) => r.role === 'agent')) {
		const party = roles.find((r) => r.role === 'participant' && ARMED_ACTOR_KINDS.has(actorOf(r.actor)?.kind ?? ''));
		if (party) party.role = 'agent';
	}
	// "a military aircraft bombed a village in Kachin state": aircraft of the military, with no other state named, are
	// the forces of the country where they struck (only a state flies them).
	if ((d.type === 'airstrike' || d.type === 'shelling') && placeCountry && !roles.some((r) => r.role === 'agent' || r.role === 'authorizer' || r.role === 'participant')) {
		const from = Math.max(0, d.main.start - 150);
		const lead = raw.slice(from, d.main.start);
		const sentence = lead.slice(Math.max(0, lead.search(/[.;]\s[^.;]*$/) + 1)) + raw.slice(d.main.start, d.main.end + 150).split(/[.;](?:\s|$)/)[0];
		// (Not when the story names another state's forces: "a military drone struck a car in Nabatieh" after Israeli strikes.)
		const foreign = [...ctx.mentionsBySentence.values()].flat().some((m) => {
			const a = actorOf(actorIdOf.get(m) ?? '');
			return !!a && (a.kind === 'state' || a.kind === 'military') && !!a.country && a.country !== placeCountry;
		});
		if (!foreign && STATE_AIRCRAFT.test(sentence)) roles.unshift({ role: 'agent', actor: ensureActor(actors, groupName('military', placeCountry), 'military', placeCountry).id });
	}
	// A killing with no perpetrator named still has one: unidentified. (So has a looting or an arson: "a vehicle was set on fire".)
	// (Not a demolition or damage told alone: "the building was demolished" may be anyone's work.)
	if ((def.violent || (d.type === 'looting' && d.hits.some((h) => LOOTING_ACT.test(h.word)))) && !['Protests', 'Riots'].includes(def.acled.eventType) && !roles.some((r) => r.role === 'agent' || r.role === 'authorizer' || r.role === 'participant')) {
		const u = ensureActor(actors, groupName('armed', placeCountry, true), 'armed_group', placeCountry);
		roles.unshift({ role: 'agent', actor: u.id });
	}
	// "the army recaptured Wad Madani after RSF fighters withdrew": the side that withdrew or fled is the one the place was
	// taken from.
	// ("after FARDC soldiers and Wazalendo fighters withdrew": every side named before the verb withdrew.)
	if (/^territory_/.test(d.type)) {
		const agentIds = new Set(roles.filter((r) => r.role === 'agent').map((r) => r.actor));
		const mentions = [...(ctx.mentionsBySentence.get(d.main.sentence) ?? [])].sort((a, b) => a.start - b.start);
		const armed = (m: Mention) => {
			const id = actorIdOf.get(m);
			return !!id && !agentIds.has(id) && ARMED_ACTOR_KINDS.has(actorOf(id)?.kind ?? '');
		};
		const withdrew = (k: number): boolean => {
			const m = mentions[k];
			if (WITHDREW_AFTER.test(raw.slice(m.end, m.end + 110))) return true;
			const next = mentions[k + 1];
			return !!next && /^\s*(?:(?:fighters|militants|forces|troops|rebels|members|soldiers)\s*)?(?:,|and|,\s*and)\s+(?:the\s+)?(?:allied\s+)?$/.test(raw.slice(m.end, next.start)) && withdrew(k + 1);
		};
		const gone = mentions.filter((m, k) => armed(m) && withdrew(k));
		if (!roles.some((r) => r.role === 'target') || gone.some((m) => roles.some((r) => r.role === 'target' && r.actor === actorIdOf.get(m)))) {
			for (const m of gone) {
				const id = actorIdOf.get(m)!;
				if (!roles.some((r) => r.actor === id)) roles.push({ role: 'target', actor: id });
			}
		}
	}
	// "threw a grenade at a shop", "set fire to houses belonging to families", "looted shops at the market": civilians'
	// property attacked, with no one else named as its target, makes civilians the other party (ACLED's actor 2).
	if ((def.violent || d.type === 'looting') && !['Protests', 'Riots'].includes(def.acled.eventType) && !roles.some((r) => r.role === 'target' || r.role === 'victim')) {
		const clause = raw.slice(d.main.end, d.main.end + 120).split(/[.;]/)[0];
		// ("settlers torched four vehicles": property destroyed with no owner named is people's.)
		// ("a vehicle was set on fire in Colonia Ruffo Figueroa": the same, told in the passive.)
		const told = raw.slice(Math.max(0, d.main.start - 80), d.main.start);
		if (CIVILIAN_PROPERTY.test(clause) || (d.type === 'looting' && (PRIVATE_VEHICLES.test(clause) || PROPERTY_SUBJECT_BEFORE.test(told)))) roles.push({ role: 'target', actor: ensureActor(actors, groupName('civilians', placeCountry), 'civilians', placeCountry).id });
	}
	// "three people died and were found wrapped in blankets": violence against civilians has civilians on its other side
	// when the text names no one else (ACLED's actor 2), as an unnamed perpetrator is still one.
	// ("Armed men killed Rogelio Salgado": a person named alone, with no force or group of his own, is a civilian, as ACLED
	// codes him.)
	const sufferers = roles.filter((r) => r.role === 'target' || r.role === 'victim');
	// ("a group of residents caught a man they accused of theft, beat him and set him alight": a crowd's violence against a
	// person told by a pronoun or a noun only; ACLED's actor 2, civilians.)
	const mobOnPerson = d.type === 'mob_violence' && !sufferers.length && MOB_VICTIM_AFTER.test(raw.slice(d.main.end, d.main.end + 80).split(/[.;]/)[0]);
	if ((def.acled.eventType === 'Violence against civilians' && (!sufferers.length || sufferers.every((r) => actorOf(r.actor)?.kind === 'person'))) || mobOnPerson) {
		roles.push({ role: 'victim', actor: ensureActor(actors, groupName('civilians', placeCountry), 'civilians', placeCountry).id });
	}
	// Who meets, agrees or speaks is not also the other side of it ("Biden and Putin met… since Biden took office").
	if (!def.violent) dropActingTargets(roles);
	// An actor does not target itself: drop targets of the agent's own state.
	const agentCountries = new Set(roles.filter((r) => r.role === 'agent').map((r) => actorOf(r.actor)?.country).filter(Boolean));
	for (let k = roles.length - 1; k >= 0; k--) {
		const a = actorOf(roles[k].actor);
		if (roles[k].role === 'target' && a?.kind === 'state' && agentCountries.has(a.country)) roles.splice(k, 1);
	}
	// Nor is the agent also its target, victim or a mere participant ("the Haitian National Police (PNH) clashed…": one force, named twice).
	const agentIds = new Set(roles.filter((r) => r.role === 'agent').map((r) => r.actor));
	for (let k = roles.length - 1; k >= 0; k--) if (agentIds.has(roles[k].actor) && ['target', 'victim', 'participant'].includes(roles[k].role)) roles.splice(k, 1);
	return roles;
}

const STATE_AIRCRAFT = /\b(?:military|army|junta|air force|regime|government|state)\s+(?:[\w-]+\s+)?(?:aircraft|jets?|warplanes?|planes?|helicopters?|drones?|gunships?|artillery|air ?strikes?|airstrikes?|air raids?|bombardments?|shelling)\b/i;
// ("after Fano militias who had entered the town the previous day were pushed out": driven out, as much as gone.)
const WITHDREW_AFTER = /^\s+(?:(?:fighters|militants|forces|troops|rebels|members|soldiers|militias?|militiamen|gunmen|units|elements|battalions?|contingents?)\s+)?(?:(?:had\s+|have\s+)?(?:withdrew|withdrawn|fled|pulled out|retreated|abandoned|left)\b|(?:(?:who|which)\s+[^,;.]{1,60}?\s+)?(?:were|was|had been|have been)\s+(?:\w+ly\s+)?(?:pushed|driven|forced|chased|flushed|routed)\s+out\b)/i;
// (Not "military vehicles", "a police station", "government buildings": those are the state's.)
const CIVILIAN_PROPERTY = /\b(?<!(?:military|army|police|government|official|security|state|rebel|militia)\s)(?:shops?|stores?|houses|house(?! of (?:representatives|commons|lords|assembly|parliament|councillors|delegates|deputies|saud))|homes?|residences?|huts|market(?:place)?s?|stalls?|farms?|buses|bus|passengers|minibus(?:es)?|taxis?|residential (?:buildings?|areas?|blocks?)|churches|church|mosques?|schools?|clinics?|restaurants?|bars?|hotels?|nightclubs?|businesses|crops|livestock|cattle|granar(?:y|ies))\b/i;

/**
 * An armed group described ("rebels", "gunmen") and an armed group named, both agents of one event: the description is
 * of the named group, which alone stays. (A state's forces and a group are two sides; only like kinds are one.)
 */
function preferNamedAgent(d: DraftEvent, roles: EventRole[], ctx: RoleContext): void {
	const kindOf = (id: string) => ctx.actors.find((a) => a.id === id)?.kind;
	const described = new Set(d.roles.filter((r) => r.role === 'agent' && r.mention.group).map((r) => ctx.actorIdOf.get(r.mention)));
	const named = new Set(d.roles.filter((r) => r.role === 'agent' && !r.mention.group).map((r) => ctx.actorIdOf.get(r.mention)));
	if (![...named].some((id) => id && !described.has(id) && kindOf(id) === 'armed_group')) return;
	for (let k = roles.length - 1; k >= 0; k--) {
		const id = roles[k].actor;
		if (roles[k].role === 'agent' && described.has(id) && !named.has(id) && kindOf(id) === 'armed_group') roles.splice(k, 1);
	}
}

const PROPERTY_SUBJECT_BEFORE = /\b(?:a|an|the|\d+|two|three|four|five|several|dozens of)\s+(?:[\w'-]+\s+)?(?:cars?|vehicles?|trucks?|buses|bus|motorbikes?|motorcycles?|houses?|homes?|shops?|stores?|stalls?|huts?|businesses?)\s+(?:belonging to [^,.;]{1,40}\s+)?(?:was|were|had been|have been|has been)\s+$/i;
const PRIVATE_VEHICLES = /^\s+(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|dozens of|many|some)\s+)?(?:(?:private|civilian|parked|residents'|villagers')\s+)?(?:cars|vehicles|motorbikes|motorcycles|trucks|tractors)\b/i;

/** The first armed actor named in the event's sentences or the one after them: the force that met a crowd. */
function forceNear(d: DraftEvent, ctx: RoleContext): string | undefined {
	// (Every sentence from its first word to the one after its last: "… blocked a road. Police fired live bullets. A student was
	// shot dead." tells the force between the crowd's word and its dead.)
	const first = Math.min(...d.hits.map((h) => h.sentence));
	const last = Math.max(...d.hits.map((h) => h.sentence));
	return Array.from({ length: last - first + 2 }, (_, i) => first + i)
		.flatMap((k) => ctx.mentionsBySentence.get(k) ?? [])
		.map((m) => ctx.actorIdOf.get(m))
		.find((id): id is string => !!id && ARMED_ACTOR_KINDS.has(ctx.actors.find((a) => a.id === id)?.kind ?? ''));
}

/** The actor of that name, created (with no mentions, or the one given) when absent. */
function ensureActor(actors: Actor[], name: string, kind: Actor['kind'], country: string | undefined, mention?: Span): Actor {
	let a = actors.find((x) => x.name === name);
	if (!a) {
		a = { id: `a${actors.length + 1}`, name, kind, mentions: [] };
		if (country) a.country = country;
		actors.push(a);
	}
	if (mention && !a.mentions.some((m) => m.start === mention.start && m.end === mention.end)) {
		a.mentions.push(mention);
		if (mention.text !== name) {
			a.aliases ??= [];
			if (!a.aliases.includes(mention.text)) a.aliases.push(mention.text);
		}
	}
	return a;
}

/** An actor that acts in an event is not also its target or victim (a clash between two groups of one name aside, where this is not called). */
function dropActingTargets(roles: EventRole[]): void {
	const acting = new Set(roles.filter((r) => r.role === 'agent').map((r) => r.actor));
	for (let k = roles.length - 1; k >= 0; k--) if ((roles[k].role === 'target' || roles[k].role === 'victim') && acting.has(roles[k].actor)) roles.splice(k, 1);
}

function uniqueRoles(rs: EventRole[]): EventRole[] {
	const seen = new Set<string>();
	return rs.filter((r) => {
		const k = `${r.role}:${r.actor}`;
		if (seen.has(k)) return false;
		seen.add(k);
		return true;
	});
}
