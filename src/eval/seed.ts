/**
 * Scores extract() on the seed fixture (../shared/fixtures/seed-2021-02-syria-strikes)
 * with the rules of ../shared/fixtures/README.md:
 *  - a system event matches a gold event when its PLOVER root is the same and its
 *    evidence overlaps the gold evidence, or its date and actors agree;
 *  - event recall (non-optional gold events) counts matches with the right type,
 *    date, agent and target; `eventFound` counts matches alone;
 *  - precision ignores statements, accusations and orders (the gold records orders
 *    as authorizer roles);
 *  - actors match on any name or alias, loosely (case, accents, demonyms);
 *  - time expressions match by text overlap and exact TimeML value.
 * The output is also validated against extraction.schema.json (ajv, draft 2020-12).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { extract } from '../lib/extract/index';
import type { Actor, ExtractedEvent, Extraction } from '../lib/core/types';
import { namesMatch } from './names';

interface GoldActor {
	name: string;
	kind: string;
	aliases?: string[];
	optional?: boolean;
}
interface GoldEvent {
	id: string;
	plover: string;
	optional?: boolean;
	date: { value: string | null; granularity?: string; after?: string };
	agent?: string[];
	target?: string[];
	authorizer?: string[];
	place?: string;
	evidence: string;
}
interface Gold {
	article: { published: string };
	timexes: Array<{ text: string; type: string; value: string }>;
	actors: GoldActor[];
	places: Array<{ name: string; country: string }>;
	events: GoldEvent[];
	links: Array<{ from: string; to: string; relation: string }>;
}

const UNSCORED_TYPES = new Set(['statement', 'accusation', 'order']);

export async function evalSeed(sharedDir: string): Promise<Record<string, number> & { details: unknown }> {
	const dir = join(sharedDir, 'fixtures', 'seed-2021-02-syria-strikes');
	const text = readFileSync(join(dir, 'article.txt'), 'utf8');
	const gold: Gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8'));
	const doc = extract({ text, published: gold.article.published });

	const schema = JSON.parse(readFileSync(join(sharedDir, 'formats', 'extraction.schema.json'), 'utf8'));
	const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
	const schemaValid = validate(doc) ? 1 : 0;

	const actorById = new Map(doc.actors.map((a) => [a.id, a]));
	// A gold role names a gold actor: any of its aliases may match.
	const aliasesOf = (name: string) => {
		const g = gold.actors.find((a) => a.name === name);
		return g ? [g.name, ...(g.aliases ?? [])] : [name];
	};
	for (const g of gold.events) {
		g.agent = g.agent?.map((n) => aliasesOf(n).join('|'));
		g.target = g.target?.map((n) => aliasesOf(n).join('|'));
	}
	const details: Record<string, unknown> = {};

	// Events.
	const matches = new Map<string, ExtractedEvent | undefined>();
	for (const g of gold.events) matches.set(g.id, bestMatch(g, doc, text, actorById));
	const required = gold.events.filter((g) => !g.optional);
	const found = required.filter((g) => matches.get(g.id));
	const full = required.filter((g) => {
		const e = matches.get(g.id);
		return e && dateOk(g, e) && rolesOk(g.agent ?? [], e, ['agent'], actorById) && rolesOk(g.target ?? [], e, ['target', 'victim'], actorById);
	});
	details.events = required.map((g) => {
		const e = matches.get(g.id);
		return {
			gold: g.id,
			system: e ? `${e.id} ${e.type} ${e.date.value}` : null,
			date: e ? dateOk(g, e) : false,
			agent: e ? rolesOk(g.agent ?? [], e, ['agent'], actorById) : false,
			target: e ? rolesOk(g.target ?? [], e, ['target', 'victim'], actorById) : false
		};
	});
	const counted = doc.events.filter((e) => !UNSCORED_TYPES.has(e.type));
	const matchedSystem = counted.filter((e) => gold.events.some((g) => matchesGold(g, e, doc, text, actorById)));
	details.extraEvents = counted.filter((e) => !matchedSystem.includes(e)).map((e) => `${e.id} ${e.type}: ${e.evidence.text.slice(0, 80)}`);

	// Actors.
	const goldActors = gold.actors.filter((a) => !a.optional);
	const actorHits = goldActors.filter((g) => doc.actors.some((a) => actorNames(a).some((n) => [g.name, ...(g.aliases ?? [])].some((gn) => namesMatch(n, gn)))));
	details.missedActors = goldActors.filter((g) => !actorHits.includes(g)).map((g) => g.name);

	// Time expressions: overlap + exact value.
	const goldTimexes = locateAll(text, gold.timexes.map((t) => t.text)).map((span, i) => ({ ...gold.timexes[i], ...span }));
	let timexFound = 0;
	let timexValue = 0;
	for (const g of goldTimexes) {
		const t = doc.timexes.find((x) => x.start < g.end && g.start < x.end);
		if (t) timexFound++;
		if (t && t.value === g.value) timexValue++;
	}

	// Must-hold facts of issue 2.
	const strike = doc.events.find((e) => e.plover === 'ASSAULT' && e.acled?.subEventType === 'Air/drone strike' && e.date.value?.startsWith('2021-02-25') && e.roles.some((r) => r.role === 'agent' && actorIs(actorById.get(r.actor), 'United States', actorById)) && placeName(doc, e) === 'eastern syria');
	const rocket = doc.events.find((e) => e.plover === 'ASSAULT' && /rocket/i.test(e.trigger?.text ?? e.evidence.text) && e.date.value === '2021-02' && placeName(doc, e) === 'northern iraq');

	// Links.
	const goldLinks = gold.links.filter((l) => matches.get(l.from) && matches.get(l.to));
	const linkHits = goldLinks.filter((l) => doc.links.some((x) => x.from === matches.get(l.from)!.id && x.to === matches.get(l.to)!.id && x.relation === l.relation));

	const figures = {
		schemaValid,
		eventRecall: full.length / required.length,
		eventFound: found.length / required.length,
		eventPrecision: counted.length ? matchedSystem.length / counted.length : 0,
		actorRecall: actorHits.length / goldActors.length,
		timexRecall: goldTimexes.length ? timexFound / goldTimexes.length : 0,
		timexValueAccuracy: goldTimexes.length ? timexValue / goldTimexes.length : 0,
		linkRecall: gold.links.length ? linkHits.length / gold.links.length : 0,
		mustHoldStrike: strike ? 1 : 0,
		mustHoldRocket: rocket ? 1 : 0
	};
	// `details` is not a figure: the harness skips it when it collects numbers.
	return Object.assign(figures, { details }) as unknown as Record<string, number> & { details: unknown };
}

function placeName(doc: Extraction, e: ExtractedEvent): string | undefined {
	return doc.places.find((p) => p.id === e.place)?.name.toLowerCase();
}

function actorNames(a: Actor): string[] {
	return [a.name, ...(a.aliases ?? [])];
}

/** An actor stands for a gold name by its names, its country, or a state backing it. */
function actorIs(a: Actor | undefined, gold: string, byId: Map<string, Actor>): boolean {
	if (!a) return false;
	if (actorNames(a).some((n) => namesMatch(n, gold))) return true;
	if (a.kind !== 'person' && a.country && namesMatch(a.country, gold)) return true;
	return (a.affiliations ?? []).some((f) => {
		const b = byId.get(f.actor);
		return !!b && actorNames(b).some((n) => namesMatch(n, gold));
	});
}

/** Each gold name (its aliases joined by "|") is filled by some actor in one of the roles. */
function rolesOk(goldNames: string[], e: ExtractedEvent, roles: string[], byId: Map<string, Actor>): boolean {
	return goldNames.every((g) => e.roles.some((r) => roles.includes(r.role) && g.split('|').some((alias) => actorIs(byId.get(r.actor), alias, byId))));
}

function dateOk(g: GoldEvent, e: ExtractedEvent): boolean {
	const v = e.date.value;
	if (g.date.value === null) return v === null || (!!g.date.after && !!v && v.slice(0, 7) > g.date.after);
	if (g.date.granularity === 'month' || /^\d{4}-\d{2}$/.test(g.date.value)) return v === g.date.value;
	return !!v && v.startsWith(g.date.value);
}

function locate(text: string, needle: string): { start: number; end: number } | undefined {
	const fold = (s: string) => s.replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/\u00a0/g, ' ');
	const i = fold(text).indexOf(fold(needle));
	return i < 0 ? undefined : { start: i, end: i + needle.length };
}

function locateAll(text: string, needles: string[]): Array<{ start: number; end: number }> {
	const used = new Set<number>();
	return needles.map((n) => {
		let from = 0;
		const fold = (s: string) => s.replace(/[\u2018\u2019]/g, "'").replace(/\u00a0/g, ' ');
		const t = fold(text);
		for (;;) {
			const i = t.indexOf(fold(n), from);
			if (i < 0) return { start: -1, end: -1 };
			if (!used.has(i)) {
				used.add(i);
				return { start: i, end: i + n.length };
			}
			from = i + 1;
		}
	});
}

function matchesGold(g: GoldEvent, e: ExtractedEvent, doc: Extraction, text: string, byId: Map<string, Actor>): boolean {
	if (e.plover !== g.plover) return false;
	const span = locate(text, g.evidence);
	if (span && e.evidence.start < span.end && span.start < e.evidence.end) return true;
	return dateOk(g, e) && rolesOk(g.agent ?? [], e, ['agent'], byId) && rolesOk(g.target ?? [], e, ['target', 'victim'], byId) && (g.agent?.length ?? 0) + (g.target?.length ?? 0) > 0;
}

function bestMatch(g: GoldEvent, doc: Extraction, text: string, byId: Map<string, Actor>): ExtractedEvent | undefined {
	const cands = doc.events.filter((e) => matchesGold(g, e, doc, text, byId));
	// Prefer the candidate that also gets the date and roles right.
	return cands.sort((a, b) => score(g, b, byId) - score(g, a, byId))[0];
}

function score(g: GoldEvent, e: ExtractedEvent, byId: Map<string, Actor>): number {
	return (dateOk(g, e) ? 1 : 0) + (rolesOk(g.agent ?? [], e, ['agent'], byId) ? 1 : 0) + (rolesOk(g.target ?? [], e, ['target', 'victim'], byId) ? 1 : 0);
}
