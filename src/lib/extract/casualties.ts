/**
 * Fatalities and injuries stated around an event: "killing 6 civilians",
 * "three officers died", "at least a dozen were wounded", "killed a
 * contractor" (= 1), "killed the … leader Qasem Soleimani" (= 1), "3
 * fatalities", "no casualties" (= 0). Vague amounts with "up to" are not
 * counted: the text does not commit to them.
 */
import { lastQuantity, parseNumber } from './numbers';

export interface Casualties {
	fatalities?: number;
	injuries?: number;
}

const KILL_VERB = 'killed|killing|kills|shot dead|gunned down|murdered|executed|beheaded|slain|lynched|massacred|beat(?:en)? to death|stabbed to death|hacked to death|burned to death|claimed the lives? of|left';
const HURT_VERB = 'injured|injuring|wounded|wounding|hurt|injures|wounds';
const NOUN = "(?:(?:[\\w.'-]+\\s+){0,3}?(?:people|persons?|civilians?|soldiers?|troops|officers?|policem[ae]n|policewom[ae]n|police officers?|fighters?|militants?|cadres?|members|residents?|villagers?|children|women|men|man|woman|boy|girl|child|students?|workers?|contractors?|personnel|protesters|demonstrators|others|individuals|farmers?|guards?|insurgents?|rebels?|gunm[ae]n|assailants?|attackers?|(?:service ?)?members?|journalists?|family members|relatives|passengers|pilgrims|worshippers|recruits|commanders?|leaders?|officials?|staff|employees|drivers?|teenagers?|minors|suspects?|bandits|terrorists|jihadists|combatants|servicem[ae]n|marines|civilian|victims?|inmates|prisoners|youths?|miners|traders|herders|shepherds|fishermen|body|bodies))";

function quantityBefore(s: string): number | undefined {
	const q = lastQuantity(s);
	if (!q || q.upTo || q.end < s.length - 2) return undefined;
	return q.value;
}

export function findCasualties(lower: string): Casualties {
	const out: Casualties = {};
	const zeroF = /\b(no (?:fatalities|deaths|casualties|one was killed|reported fatalities|one died)|neither (?:fatalities|injuries|casualties) nor (?:fatalities|injuries|casualties)|without (?:fatalities|casualties)|no (?:injuries|casualties|fatalities) (?:or|and|nor) (?:fatalities|deaths|casualties|injuries)|no fatalities (?:or|and|nor) injuries)\b/;
	const zeroI = /\b(no (?:injuries|casualties|one was (?:injured|hurt))|neither (?:fatalities|injuries) nor (?:fatalities|injuries)|without (?:injuries|casualties))\b/;
	const f = count(lower, KILL_VERB, /\b(died|were killed|was killed|being killed|have been killed|had been killed|got killed|lost their lives|lost his life|lost her life|succumbed|perished|were shot dead|was shot dead|(?:was|were) found dead)\b/, /\b(fatalit(?:y|ies)|deaths|dead|killed|bodies)\b/);
	const i = count(lower, HURT_VERB, /\b((?:were|was|have been|had been|got|being) (?:injured|wounded|hurt)|sustained (?:\w+ )?injuries|suffered (?:\w+ )?injuries)\b/, /\b(injur(?:ed|ies)|wounded)\b/);
	if (f !== undefined) out.fatalities = f;
	else if (zeroF.test(lower)) out.fatalities = 0;
	if (i !== undefined) out.injuries = i;
	else if (zeroI.test(lower)) out.injuries = 0;
	return out;
}

const compiled = new Map<string, RegExp>();
function re(source: string, flags = 'g'): RegExp {
	const k = flags + source;
	let r = compiled.get(k);
	if (!r) {
		r = new RegExp(source, flags);
		compiled.set(k, r);
	}
	r.lastIndex = 0;
	return r;
}

function count(lower: string, verb: string, passive: RegExp, noun: RegExp): number | undefined {
	let best: number | undefined;
	const add = (n: number | undefined) => {
		// A year ("On 9 May 2020, … killed") is not a count.
		if (n === undefined || !Number.isFinite(n) || (n >= 1900 && n <= 2100)) return;
		best = Math.max(best ?? 0, n);
	};
	// "killing 6 civilians", "killed at least a dozen", "killed a contractor"
	const active = re(`\\b(?:${verb})\\s+((?:at least|at most|up to|about|around|nearly|almost|some|over|more than|as many as|an estimated)\\s+)?(\\d+(?:,\\d{3})*|a dozen|dozens|a handful|several|a few|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:-\\w+)?|thirty|forty|fifty|hundreds)\\s+(?:of\\s+)?${NOUN}\\b`);
	for (const m of lower.matchAll(active)) {
		if (m[1] && /up to|at most/.test(m[1])) continue;
		const word = m[2];
		add(word === 'a' || word === 'an' ? 1 : word === 'a dozen' ? 12 : parseNumber(word) ?? (word === 'dozens' ? 24 : word === 'a handful' ? 3 : word === 'several' || word === 'a few' ? 3 : undefined));
	}
	// "killed the … leader Qasem Soleimani", "killed him": one named person.
	const named = re(`\\b(?:${verb})\\s+(?:him|her|the (?:[\\w'-]+\\s+){0,7}?(?:leader|commander|chief|general|head|mayor|official|journalist|activist|imam|governor|officer|soldier|son|daughter|father|mother|wife|husband)\\b)`);
	if (best === undefined && named.test(lower)) add(1);
	// "three officers died", "2 people were killed", "one Ukrainian soldier was wounded"
	for (const m of lower.matchAll(re(passive.source))) {
		// Only the words of the same sentence count as the subject.
		const before = (lower.slice(Math.max(0, (m.index ?? 0) - 70), m.index).split(/[.;:!?]\s+(?=\S)/).pop() ?? '').replace(/\s+$/, ' ');
		const np = re(`((?:at least|about|around|nearly|some|over|more than|up to)\\s+)?(\\d+(?:,\\d{3})*|a dozen|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|dozens|several|an?)\\s+(?:of\\s+)?${NOUN}\\s+(?:[\\w,'-]+\\s+){0,3}$`, '');
		const hit = np.exec(before);
		if (hit) {
			if (hit[1] && /up to/.test(hit[1])) continue;
			const w = hit[2];
			add(w === 'a' || w === 'an' ? 1 : w === 'a dozen' ? 12 : w === 'dozens' ? 24 : w === 'several' ? 3 : parseNumber(w));
		}
	}
	// "3 fatalities", "10 dead", "two killed", "death toll rose to 12"
	for (const m of lower.matchAll(re(`(?:^|[^\\w-])(\\d+(?:,\\d{3})*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty)\\s+(?:(?:people|persons|civilians|soldiers|others)\\s+)?(?:${noun.source.replace(/^\\b\(|\)\\b$/g, '')})\\b`))) {
		add(parseNumber(m[1]));
	}
	const toll = /\b(?:death toll|toll)\s+(?:rose |climbed |reached |stood at |of |is |was )*(?:to |at )?(\d[\d,]*|\w+)/.exec(lower);
	if (toll) add(parseNumber(toll[1]));
	void quantityBefore;
	return best;
}
