/**
 * Event confidence: a logistic score over evidence the text gives for the
 * event — how unambiguous its trigger word is, whether it has an explicit
 * date, an agent, a place, a count of casualties — lowered for hedged,
 * reported-only or inferred-date events. The weights were set so that the
 * score tracks how often the main event's type is right on the ACLED dev
 * notes (reported as Brier score and ECE by `npm run eval`).
 */

export interface ConfidenceFeatures {
	strength: number;
	explicitDate: boolean;
	agent: boolean;
	target: boolean;
	place: boolean;
	casualties: boolean;
	hedged: boolean;
	nominalOnly: boolean;
	publishedInferred: boolean;
	/** Number of trigger mentions merged into the event. */
	mentions: number;
	/** Taxonomy rank (1 = violence … 9 = statement). */
	rank: number;
}

const W = {
	bias: -1.6,
	strength: 2.6,
	explicitDate: 0.5,
	agent: 0.45,
	target: 0.2,
	place: 0.35,
	casualties: 0.3,
	hedged: -0.4,
	nominalOnly: -0.3,
	publishedInferred: -0.5,
	mentions: 0.15,
	rank: -0.08
};

export function confidence(f: ConfidenceFeatures): number {
	const z =
		W.bias +
		W.strength * f.strength +
		(f.explicitDate ? W.explicitDate : 0) +
		(f.agent ? W.agent : 0) +
		(f.target ? W.target : 0) +
		(f.place ? W.place : 0) +
		(f.casualties ? W.casualties : 0) +
		(f.hedged ? W.hedged : 0) +
		(f.nominalOnly ? W.nominalOnly : 0) +
		(f.publishedInferred ? W.publishedInferred : 0) +
		W.mentions * Math.min(4, f.mentions - 1) +
		W.rank * f.rank;
	const p = 1 / (1 + Math.exp(-z));
	return Math.round(Math.min(0.99, Math.max(0.01, p)) * 1000) / 1000;
}
