/**
 * Scores extract() on the ACLED dev notes (../shared/data/acled-dev/acled-dev.csv):
 * each row's `notes` is the text and its `timestamp` (Unix seconds) the
 * publication date; the first event of the extraction is the main event.
 * Figures, each with its trivial baseline beside it:
 *  - eventType / subEventType accuracy (baseline: the majority class);
 *  - date accuracy: the main event's value on ACLED's event_date day
 *    (baseline: the first "On D Month YYYY" of the note);
 *  - fatalities accuracy: the main event's count (absent = 0) equals ACLED's
 *    (baseline: always 0);
 *  - actor1 / actor2 recall: the ACLED actor is among the main event's
 *    participants (any role), matched by core words (acledActors.ts);
 *  - location: the main event's place names ACLED's location, admin1 or admin2,
 *    or lies within 50 km of its coordinates (baseline: the first capitalised
 *    word after "in");
 *  - calibration of the main event's confidence against "event type right":
 *    Brier score and expected calibration error (10 bins), with the Brier score
 *    of a constant forecast at the base rate as baseline.
 * The same extract() as the CLI; nothing here knows about ACLED beyond scoring.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../lib/extract/index';
import type { Extraction } from '../lib/core/types';
import { distanceKm } from '../lib/extract/geo';
import { acledActorMatches } from './acledActors';
import { parseCsv } from './csv';
import { normName } from './names';

const MONTHS: Record<string, string> = { Jan: '01', Feb: '02', Mar: '03', Apr: '04', May: '05', Jun: '06', Jul: '07', Aug: '08', Sep: '09', Oct: '10', Nov: '11', Dec: '12' };
const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** "9-May-20" → "2020-05-09". */
export function acledDate(s: string): string {
	const m = /^(\d{1,2})-([A-Z][a-z]{2})-(\d{2})$/.exec(s.trim());
	if (!m) return '';
	return `20${m[3]}-${MONTHS[m[2]]}-${m[1].padStart(2, '0')}`;
}

function baselineDate(notes: string): string {
	const m = /\b(\d{1,2}) (January|February|March|April|May|June|July|August|September|October|November|December) (\d{4})\b/i.exec(notes);
	if (!m) return '';
	return `${m[3]}-${String(MONTH_NAMES.indexOf(m[2].toLowerCase()) + 1).padStart(2, '0')}-${m[1].padStart(2, '0')}`;
}

function looseEq(a: string, b: string): boolean {
	const x = normName(a);
	const y = normName(b);
	if (!x || !y) return false;
	return x === y || (x.length >= 4 && y.includes(x)) || (y.length >= 4 && x.includes(y));
}

export function locationMatches(doc: Extraction, row: Record<string, string>): boolean {
	const e = doc.events[0];
	const p = e && doc.places.find((x) => x.id === e.place);
	if (!p) return false;
	const names = [row.location, row.admin1, row.admin2, row.admin3].filter(Boolean);
	if (names.some((n) => looseEq(p.name, n) || (p.admin1 && looseEq(p.admin1, n)))) return true;
	const lat = Number(row.latitude);
	const lon = Number(row.longitude);
	if (p.lat !== undefined && p.lon !== undefined && Number.isFinite(lat) && Number.isFinite(lon) && p.precision !== 'country') {
		return distanceKm({ lat, lon }, { lat: p.lat, lon: p.lon }) <= 50;
	}
	return false;
}

function actorFound(doc: Extraction, name: string): boolean {
	const e = doc.events[0];
	if (!e) return false;
	const ids = new Set(e.roles.map((r) => r.actor));
	return doc.actors.some((a) => ids.has(a.id) && acledActorMatches(name, a));
}

export async function evalAcled(sharedDir: string): Promise<Record<string, number>> {
	const rows = parseCsv(readFileSync(join(sharedDir, 'data', 'acled-dev', 'acled-dev.csv'), 'utf8'));
	const n = rows.length;
	const count = (xs: string[]) => {
		const m = new Map<string, number>();
		for (const x of xs) m.set(x, (m.get(x) ?? 0) + 1);
		return Math.max(...m.values());
	};
	let type = 0;
	let sub = 0;
	let date = 0;
	let fat = 0;
	let a1 = 0;
	let a2 = 0;
	let a2n = 0;
	let loc = 0;
	let baseDate = 0;
	let baseFat = 0;
	let baseLoc = 0;
	let noEvent = 0;
	const cal: Array<[number, number]> = [];
	const confusion = new Map<string, number>();
	const errors: Array<Record<string, unknown>> = [];
	for (const row of rows) {
		const published = new Date(Number(row.timestamp) * 1000).toISOString();
		const doc = extract({ text: row.notes, published });
		const e = doc.events[0];
		if (!e) noEvent++;
		const typeOk = !!e && e.acled?.eventType === row.event_type;
		const subOk = !!e && e.acled?.subEventType === row.sub_event_type;
		const gold = acledDate(row.event_date);
		const dateOk = !!e?.date.value && e.date.value.slice(0, 10) === gold;
		const fatOk = (e?.fatalities ?? 0) === Number(row.fatalities);
		const a1Ok = actorFound(doc, row.actor1);
		const locOk = locationMatches(doc, row);
		type += +typeOk;
		sub += +subOk;
		date += +dateOk;
		fat += +fatOk;
		a1 += +a1Ok;
		loc += +locOk;
		if (row.actor2) {
			a2n++;
			a2 += +actorFound(doc, row.actor2);
		}
		baseDate += +(baselineDate(row.notes) === gold);
		baseFat += +(Number(row.fatalities) === 0);
		const inWord = /\bin ([A-Z][\w'-]+(?: [A-Z][\w'-]+)*)/.exec(row.notes)?.[1] ?? '';
		baseLoc += +[row.location, row.admin1, row.admin2].some((x) => x && looseEq(inWord, x));
		if (e) cal.push([e.confidence, typeOk ? 1 : 0]);
		else cal.push([0, 0]);
		if (!subOk) {
			const k = `${row.sub_event_type} → ${e?.acled?.subEventType ?? 'none'}`;
			confusion.set(k, (confusion.get(k) ?? 0) + 1);
		}
		if (errors.length < 400 && (!subOk || !dateOk || !fatOk || !a1Ok || !locOk)) {
			errors.push({
				id: row.event_id_cnty,
				sub: subOk ? undefined : `${row.sub_event_type} → ${e?.acled?.subEventType}`,
				date: dateOk ? undefined : `${gold} → ${e?.date.value}`,
				fatalities: fatOk ? undefined : `${row.fatalities} → ${e?.fatalities}`,
				actor1: a1Ok ? undefined : `${row.actor1} ∉ ${e ? e.roles.map((r) => doc.actors.find((a) => a.id === r.actor)?.name).join('; ') : ''}`,
				location: locOk ? undefined : `${row.location}/${row.admin1} → ${doc.places.find((p) => p.id === e?.place)?.name}`,
				notes: row.notes.slice(0, 160)
			});
		}
	}
	const brier = cal.reduce((s, [p, y]) => s + (p - y) ** 2, 0) / n;
	const rate = cal.reduce((s, [, y]) => s + y, 0) / n;
	const brierBase = cal.reduce((s, [, y]) => s + (rate - y) ** 2, 0) / n;
	let ece = 0;
	for (let b = 0; b < 10; b++) {
		const bin = cal.filter(([p]) => Math.min(9, Math.floor(p * 10)) === b);
		if (!bin.length) continue;
		const conf = bin.reduce((s, [p]) => s + p, 0) / bin.length;
		const acc = bin.reduce((s, [, y]) => s + y, 0) / bin.length;
		ece += (bin.length / n) * Math.abs(conf - acc);
	}
	const figures: Record<string, number> = {
		eventType: type / n,
		eventTypeBaseline: count(rows.map((r) => r.event_type)) / n,
		subEventType: sub / n,
		subEventTypeBaseline: count(rows.map((r) => r.sub_event_type)) / n,
		date: date / n,
		dateBaseline: baseDate / n,
		fatalities: fat / n,
		fatalitiesBaseline: baseFat / n,
		actor1: a1 / n,
		actor2: a2n ? a2 / a2n : 0,
		location: loc / n,
		locationBaseline: baseLoc / n,
		brier,
		brierBaseline: brierBase,
		ece,
		noEvent: noEvent / n
	};
	// Not a figure: the harness reads `details` apart (most frequent confusions, sample errors).
	return Object.assign(figures, { details: { confusion: [...confusion.entries()].sort((a, b) => b[1] - a[1]).slice(0, 30), errors } }) as Record<string, number>;
}
