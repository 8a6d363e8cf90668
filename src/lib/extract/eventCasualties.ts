/** Which sentences' deaths and injuries are an event's. */
import type { Sentence } from './segment';
import type { DraftEvent } from './events';
import { findCasualties } from './casualties';
import { CAUSE_CUE } from './lexicon';

/**
 * Casualties stated in the event's sentences and the sentences that follow it before the next event.
 * `owners` counts, per sentence, the events told in it (see `sentenceOwners`).
 */
export function casualtiesFor(d: DraftEvent, sentences: Sentence[], lower: string, owners: Map<number, number>): { fatalities?: number; injuries?: number } {
	const start = sentences[d.main.sentence];
	// Told in by another event: by more events than this one alone.
	const claimed = (k: number) => (owners.get(k) ?? 0) > (d.sentences.includes(k) ? 1 : 0);
	// "Rioters set fire to a police station after a man died in custody": the death told after "after" is the cause's.
	const cause = CAUSE_CUE.exec(lower.slice(d.main.end, start.end));
	let text = lower.slice(start.start, cause ? d.main.end + cause.index : start.end);
	let k = d.main.sentence + 1;
	for (; k < Math.min(sentences.length, d.main.sentence + 3); k++) {
		// ("Iran has since fired hundreds of missiles at Israel, killing more than 20 people": a running total, not this event's.)
		if (claimed(k) || RUNNING_TOTAL.test(lower.slice(sentences[k].start, sentences[k].end))) break;
		text += ' ' + lower.slice(sentences[k].start, sentences[k].end);
	}
	// Later sentences merged into the event ("Police withdrew. At least five people were killed.": its toll).
	for (const j of new Set(d.sentences)) if (j >= k) text += ' ' + lower.slice(sentences[j].start, sentences[j].end);
	return findCasualties(text);
}

const RUNNING_TOTAL = /\b(?:has|have|had)\s+since\b|\bso far\b|\bin total\b|\baltogether\b|\bsince the (?:war|conflict|start|beginning|fighting|invasion)\b|\bsince (?:january|february|march|april|may|june|july|august|september|october|november|december|\d{4})\b/;

const WORDS_ONLY: ReadonlySet<string> = new Set(['statement', 'accusation']);

/** How many of the events tell each sentence (an event counts once per sentence). */
export function sentenceOwners(events: DraftEvent[]): Map<number, number> {
	const owners = new Map<number, number>();
	// (A statement tells no deaths of its own: "The Taliban said 46 worshippers were killed" counts the bombing's.)
	for (const e of events) if (!WORDS_ONLY.has(e.type)) for (const k of new Set(e.sentences)) owners.set(k, (owners.get(k) ?? 0) + 1);
	return owners;
}
