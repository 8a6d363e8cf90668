/**
 * SYNTHETIC wire-style articles, for scale measurements only: generated text about
 * invented incidents, with the extraction a perfect extractor would return, so the
 * store and linking can be measured without the extractor's cost. Nothing here is
 * news and nothing here is evaluation data. Seeded: the same seed yields the same corpus.
 */
import fs from 'node:fs';
import type { Actor, Extraction, ExtractedEvent, Place } from '../src/lib/core/types';

export interface SyntheticArticle {
	id: string;
	text: string;
	published: string;
	url: string;
	title: string;
	source: string;
	extraction: Extraction;
}

export function lcg(seed: number): () => number {
	let s = seed >>> 0 || 1;
	return () => ((s = (Math.imul(1664525, s) + 1013904223) >>> 0) / 4294967296);
}

const STATES: [string, string][] = [
	['United States', 'US'], ['Iran', 'IR'], ['Iraq', 'IQ'], ['Syria', 'SY'], ['Turkey', 'TR'], ['Israel', 'IL'], ['Russia', 'RU'], ['Saudi Arabia', 'SA'], ['Lebanon', 'LB'], ['Jordan', 'JO']
];
const GROUPS = ['Northern Brigade', 'Valley Front', 'Crescent Battalion', 'River Guard', 'Southern Legion', 'Mountain Hawks', 'Desert Lions', 'Martyrs Column', 'Free Riders', 'Eastern Shield', 'Coastal Army', 'Liberation Guards'];
const FIRST = ['Ali', 'John', 'Sara', 'Omar', 'Lena', 'Yusuf', 'Maria', 'Karim', 'Hana', 'Daniel', 'Rami', 'Noor', 'Peter', 'Laila', 'Samir', 'Ella'];
const LAST = ['Haddad', 'Miller', 'Rahimi', 'Khoury', 'Novak', 'Aziz', 'Brennan', 'Sayegh', 'Petrov', 'Demir', 'Nasser', 'Ortiz', 'Farouk', 'Lindqvist', 'Mansour', 'Kaya'];
const TITLES = ['Defense Minister', 'General', 'Spokesman', 'Foreign Minister', 'Colonel', 'Governor'];
const CITIES: [string, string][] = [
	['Abu Kamal', 'SY'], ['Deir ez-Zor', 'SY'], ['Mayadin', 'SY'], ['Raqqa', 'SY'], ['Idlib', 'SY'], ['Erbil', 'IQ'], ['Mosul', 'IQ'], ['Kirkuk', 'IQ'], ['Basra', 'IQ'], ['Al Qaim', 'IQ'],
	['Tikrit', 'IQ'], ['Ramadi', 'IQ'], ['Ahvaz', 'IR'], ['Kermanshah', 'IR'], ['Tyre', 'LB'], ['Sidon', 'LB'], ['Hasakah', 'SY'], ['Palmyra', 'SY'], ['Homs', 'SY'], ['Hama', 'SY']
];
const TYPES: { type: string; verb: string; plover: string }[] = [
	{ type: 'airstrike', verb: 'carried out an airstrike on positions held by', plover: 'ASSAULT' },
	{ type: 'attack', verb: 'attacked a checkpoint manned by', plover: 'ASSAULT' },
	{ type: 'rocket_attack', verb: 'fired rockets at a base used by', plover: 'ASSAULT' },
	{ type: 'protest', verb: 'staged a protest against', plover: 'PROTEST' },
	{ type: 'meeting', verb: 'held talks with', plover: 'CONSULT' },
	{ type: 'statement', verb: 'condemned', plover: 'ACCUSE' }
];
const OUTLETS = ['SYNTHETIC Wire', 'SYNTHETIC Gazette', 'SYNTHETIC Courier', 'SYNTHETIC Herald', 'SYNTHETIC Times', 'SYNTHETIC Post', 'SYNTHETIC Monitor', 'SYNTHETIC Journal'];
const FILLER = [
	'Officials gave no further details.', 'The situation remained tense through the evening.', 'Residents reported hearing explosions.',
	'Analysts said the incident could raise tensions in the region.', 'Local media carried images of damaged buildings.',
	'A statement promised an investigation.', 'Traffic on the main road was halted for several hours.', 'Diplomats called for calm.',
	'Hospitals in the area were placed on alert.', 'Markets reopened the following morning.', 'The claim could not be independently verified.',
	'Security forces increased patrols near government offices.'
];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const DAY_MS = 86_400_000;

function pick<T>(r: () => number, xs: T[]): T {
	return xs[Math.floor(r() * xs.length)];
}

interface Incident {
	type: (typeof TYPES)[number];
	day: number; // epoch day
	city: [string, string];
	agent: string;
	target: string;
	fatalities: number;
}

/**
 * `n` SYNTHETIC articles. About a third report an incident an earlier article
 * already reported (in new words), and one in twenty is a syndicated copy of the
 * previous article with a changed dateline, so linking and dedup are exercised.
 */
export function* syntheticArticles(n: number, seed = 1, startDay = Date.UTC(2019, 0, 1) / DAY_MS, days = 730): Generator<SyntheticArticle> {
	const r = lcg(seed);
	const incidents: Incident[] = [];
	let previous: SyntheticArticle | null = null;
	const person = () => `${pick(r, FIRST)} ${pick(r, LAST)}`;
	const actorName = () => (r() < 0.5 ? pick(r, STATES)[0] : r() < 0.7 ? pick(r, GROUPS) : person());
	for (let i = 0; i < n; i++) {
		if (previous && r() < 0.05) {
			const text = previous.text.replace(/^[A-Z' -]+\(SYNTHETIC\) - /, 'SYNTHETIC REPORT - ') + ' Distributed by a partner agency.';
			const source = pick(r, OUTLETS);
			const copy: SyntheticArticle = { ...previous, id: `syn-${seed}-${i}`, text, source, url: `https://synthetic.invalid/${seed}/${i}`, extraction: shift(previous.extraction, previous.text, text, source) };
			previous = copy;
			yield copy;
			continue;
		}
		const count = 2 + Math.floor(r() * 3);
		const chosen: Incident[] = [];
		for (let k = 0; k < count; k++) {
			if (incidents.length > 20 && r() < 0.33) chosen.push(incidents[incidents.length - 1 - Math.floor(r() * Math.min(200, incidents.length))]);
			else {
				const inc: Incident = { type: pick(r, TYPES), day: startDay + Math.floor(r() * days), city: pick(r, CITIES), agent: actorName(), target: actorName(), fatalities: Math.floor(r() * 6) };
				if (inc.target === inc.agent) inc.target = pick(r, GROUPS);
				incidents.push(inc);
				chosen.push(inc);
			}
		}
		const latest = Math.max(...chosen.map((c) => c.day));
		const published = new Date((latest + 1) * DAY_MS + Math.floor(r() * 20) * 3_600_000).toISOString();
		const source = pick(r, OUTLETS);
		const a = build(chosen, published, source, r, `syn-${seed}-${i}`);
		previous = a;
		yield a;
	}
}

function build(incidents: Incident[], published: string, source: string, r: () => number, id: string): SyntheticArticle {
	const city0 = incidents[0].city[0].toUpperCase();
	let text = `${city0} (SYNTHETIC) - `;
	const actors = new Map<string, Actor>();
	const places = new Map<string, Place>();
	const events: ExtractedEvent[] = [];
	const pubDay = Math.floor(Date.parse(published) / DAY_MS);
	const actorFor = (name: string, at: number): string => {
		let a = actors.get(name);
		if (!a) {
			const state = STATES.find((s) => s[0] === name);
			const isPerson = !state && !GROUPS.includes(name);
			a = { id: `a${actors.size + 1}`, name, kind: state ? 'state' : isPerson ? 'person' : 'armed_group', country: state?.[1], mentions: [] };
			actors.set(name, a);
		}
		a.mentions.push({ start: at, end: at + name.length, text: name });
		return a.id;
	};
	for (const inc of incidents) {
		const title = r() < 0.3 && !STATES.some((s) => s[0] === inc.agent) && !GROUPS.includes(inc.agent) ? `${pick(r, TITLES)} ` : '';
		const weekday = WEEKDAYS[(inc.day + 4) % 7];
		const dateText = pubDay - inc.day <= 6 ? `on ${weekday}` : `on ${new Date(inc.day * DAY_MS).toISOString().slice(0, 10)}`;
		const lead = pick(r, ['', 'Officials said ', 'Witnesses said ', 'According to a statement, ']);
		const sentenceStart = text.length;
		text += lead + title;
		const agentId = actorFor(inc.agent, text.length);
		text += `${inc.agent} ${inc.type.verb} `;
		const targetId = actorFor(inc.target, text.length);
		text += `${inc.target} in `;
		let place = places.get(inc.city[0]);
		if (!place) {
			place = { id: `p${places.size + 1}`, name: inc.city[0], country: inc.city[1], precision: 'city', mentions: [] };
			places.set(inc.city[0], place);
		}
		place.mentions.push({ start: text.length, end: text.length + inc.city[0].length, text: inc.city[0] });
		text += `${inc.city[0]} ${dateText}`;
		const killed = inc.type.plover === 'ASSAULT' && inc.fatalities > 0 ? `, killing ${inc.fatalities} people` : '';
		text += killed;
		const evidenceEnd = text.length;
		text += '. ';
		const value = new Date(inc.day * DAY_MS).toISOString().slice(0, 10);
		events.push({
			id: `e${events.length + 1}`,
			type: inc.type.type,
			plover: inc.type.plover,
			date: { value, interval: { start: `${value}T00:00:00Z`, end: new Date((inc.day + 1) * DAY_MS).toISOString() }, granularity: 'day', basis: 'explicit' },
			roles: [
				{ role: inc.type.type === 'meeting' ? 'participant' : 'agent', actor: agentId },
				{ role: inc.type.type === 'meeting' ? 'participant' : 'target', actor: targetId }
			],
			place: place.id,
			fatalities: killed ? inc.fatalities : undefined,
			evidence: { start: sentenceStart, end: evidenceEnd, text: text.slice(sentenceStart, evidenceEnd) },
			confidence: 0.5 + r() * 0.5
		});
		for (let f = 0; f < 4; f++) text += pick(r, FILLER) + ' ';
		text += `Reference ${Math.floor(r() * 1e9).toString(36)} ${pick(r, FIRST).toLowerCase()} ${Math.floor(r() * 1e6)}. `;
	}
	text = text.trim();
	const extraction: Extraction = {
		article: { id, published, source, title: `SYNTHETIC: ${incidents[0].type.type} in ${incidents[0].city[0]}` },
		timexes: [],
		actors: [...actors.values()],
		places: [...places.values()],
		events,
		links: events.length > 1 ? [{ from: 'e2', to: 'e1', relation: 'after' }] : [],
		extractor: 'synthetic'
	};
	return { id, text, published, url: `https://synthetic.invalid/${id}`, title: extraction.article.title!, source, extraction };
}

/** The extraction of a copy whose text differs from the original by a prefix and suffix: offsets shift by the prefix delta. */
function shift(ex: Extraction, before: string, after: string, source: string): Extraction {
	let prefix = 0;
	while (prefix < before.length && before[prefix] === after[prefix]) prefix++;
	const headOld = before.indexOf(' - ') + 3, headNew = after.indexOf(' - ') + 3;
	const delta = headNew - headOld;
	const mv = <T extends { start: number; end: number; text: string }>(s: T): T => ({ ...s, start: s.start + delta, end: s.end + delta });
	return {
		...ex,
		article: { ...ex.article, source },
		actors: ex.actors.map((a) => ({ ...a, mentions: a.mentions.map(mv) })),
		places: ex.places.map((p) => ({ ...p, mentions: p.mentions.map(mv) })),
		events: ex.events.map((e) => ({ ...e, evidence: mv(e.evidence) }))
	};
}

/**
 * Writes `n` SYNTHETIC articles as NDJSON, one record a line with the fields `sitrep ingest` reads
 * (id, text, published, url, title, source). The extraction is left out: the real extractor makes its own.
 * Streamed line by line, so any size is written in flat memory.
 */
export function writeNdjson(file: string, n: number, seed = 1): void {
	const fd = fs.openSync(file, 'w');
	try {
		for (const a of syntheticArticles(n, seed)) {
			fs.writeSync(fd, JSON.stringify({ id: a.id, text: a.text, published: a.published, url: a.url, title: a.title, source: a.source }) + '\n');
		}
	} finally {
		fs.closeSync(fd);
	}
}
