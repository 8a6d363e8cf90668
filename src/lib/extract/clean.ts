/**
 * Cleaning: turns the raw article into a same-length working copy. Boilerplate
 * (site headers, "See also" links, share buttons, bylines, photo credits,
 * cookie notices) is blanked with spaces and look-alike characters are folded
 * (curly quotes, non-breaking spaces), so every later stage can search the
 * working copy and slice provenance out of the raw text at the same offsets.
 */

import { lookupTable } from '../core/lookup';

export interface Cleaned {
	/** The raw input, for slicing provenance. */
	raw: string;
	/** Same length as raw: boilerplate blanked, punctuation folded. */
	work: string;
	/** Ranges of raw that were masked as boilerplate. */
	masked: Array<{ start: number; end: number; reason: string }>;
}

// One UTF-16 unit in, one out: folding must never change the length.
const FOLD = lookupTable<string>({
	'\u00a0': ' ',
	'\u2007': ' ',
	'\u202f': ' ',
	'\u2009': ' ',
	'\u200b': ' ',
	'\t': ' ',
	'\u2018': "'",
	'\u2019': "'",
	'\u02bc': "'",
	'\u201c': '"',
	'\u201d': '"',
	'\u2013': '-',
	'\u2014': '-',
	'\u2010': '-',
	'\u2011': '-',
	'\r': '\n',
	// Turkish dotted capital I lower-cases to two units (i + combining dot): every offset found in a
	// lower-cased copy of the text would shift by one after it. It is the only such character.
	'\u0130': 'I'
});

// Whole lines that are page furniture, never article prose. A third expression, when given,
// is a cheap test every match passes: rules that scan into long prose lines run only then.
const LINE_RULES: Array<[RegExp, string, RegExp?]> = [
	[/^\s*(see also|read more|also read|read also|more from|you may also like|most read)\b.*$/i, 'related-link'],
	[/^\s*(related|recommended|trending)(\s+(stories|articles|coverage|news|content|topics))?\s*(:.*)?$/i, 'related-link'],
	[/^\s*(share|share this( article| story)?|tweet|email|print|copy link)\b.{0,60}$/i, 'share'],
	[/^\s*(share on|tweet about this on|post on|send via)\s+\w+.{0,30}$/i, 'share'],
	[/^\s*(facebook|twitter|whatsapp|linkedin|pinterest|reddit|telegram|email|messenger|x|print|comments?)\s*$/i, 'share'],
	[/^\s*(follow us|sign up|subscribe|newsletter|advertisement|sponsored|click here|watch:|listen:|story cited here|source:)\b.{0,100}$/i, 'promo'],
	[/^.{0,160}\b(uses? cookies|cookie (policy|settings|preferences)|accept (all )?cookies)\b.{0,200}$/i, 'cookie', /cookie/i],
	[/^\s*(photo|image|picture|video|file photo|credit)s?\s*(:|by\b).{0,160}$/i, 'photo-credit'],
	[/^.{0,120}\((?:photo|image|picture)s?\s*(?:by|:|credit)[^)]{0,100}\)\s*$/i, 'photo-credit', /\((?:photo|image|picture)/i],
	[/^\s*.{0,80}\/\s*(getty images|afp|reuters|ap|epa|anadolu)( via getty images)?\s*$/i, 'photo-credit', /\//],
	[/^(?=.{0,70}$)\s*[Bb]y\s+[A-Z][\w.'-]+(\s+[A-Z][\w.'-]+){0,3}(\s*(,|and|\|)\s*[^.]{0,50})?$/, 'byline'],
	[/^\s*(copyright|©|all rights reserved).{0,160}$/i, 'copyright'],
	[/^\s*(updated|published|posted|last updated)\s*:?\s*.{0,60}\d.{0,40}$/i, 'dateline-meta']
];

// Inline credits inside a prose line: "(Photo by X/Getty Images)".
const INLINE_RULES: Array<[RegExp, string]> = [
	[/\((?:photo|image|picture|file photo)s?\s*(?:by|:|credit:?)[^)\n]{0,120}\)/gi, 'photo-credit']
];

// A coder's field in brackets, "[size=around 200]", "[women targeted: Girls]": a field of the record, not a word of the story
// ("targeted" there tells no attack).
const CODER_TAG = /\[(?:[a-z][a-z -]{1,30}?)\s*(?:=|:)\s*[^\]\n]{0,120}\]/g;

const FOLDABLE = /[\u00a0\u2007\u202f\u2009\u200b\t\u2018\u2019\u02bc\u201c\u201d\u2013\u2014\u2010\u2011\r\u0000-\u0008\u000b\u000c\u000e-\u001f]/g;

export function fold(raw: string): string {
	return raw.replace(FOLDABLE, (c) => FOLD[c] ?? ' ');
}

export function clean(raw: string): Cleaned {
	const folded = fold(raw);
	const masked: Cleaned['masked'] = [];
	const blank = (start: number, end: number, reason: string) => {
		masked.push({ start, end, reason });
	};

	const lines = splitLines(folded);
	const firstContent = lines.findIndex((l) => l.text.trim() !== '');
	lines.forEach((line, n) => {
		const t = line.text;
		if (t.trim() === '') return;
		for (const [re, reason, needs] of LINE_RULES) {
			if (needs && !needs.test(t)) continue;
			if (re.test(t)) return blank(line.start, line.end, reason);
		}
		// A site header: the very first line, a few Title-Case words with no
		// sentence punctuation, followed by more content ("World News Opinion").
		if (n === firstContent && isNavLine(t) && lines.slice(n + 1).some((l) => l.text.trim() !== '')) {
			blank(line.start, line.end, 'site-header');
		}
	});
	for (const [re, reason] of INLINE_RULES) {
		if (!/\((?:photo|image|picture|file)/i.test(folded)) continue;
		for (const m of folded.matchAll(re)) masked.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, reason });
	}
	if (folded.includes('[')) for (const m of folded.matchAll(CODER_TAG)) masked.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, reason: 'coder-tag' });
	masked.sort((a, b) => a.start - b.start);
	// Blank the masked ranges (newlines kept, so lines and offsets stay put).
	let work = '';
	let at = 0;
	for (const r of masked) {
		if (r.start < at) continue;
		work += folded.slice(at, r.start) + folded.slice(r.start, r.end).replace(/[^\n]/g, ' ');
		at = r.end;
	}
	work += folded.slice(at);
	return { raw, work, masked };
}

function isNavLine(t: string): boolean {
	const words = t.trim().split(/\s+/);
	if (words.length > 5) return false;
	if (/[.!?:;,"]/.test(t)) return false;
	return words.every((w) => /^[A-Z&|][\w&'-]*$/.test(w) || w === '|');
}

function splitLines(s: string): Array<{ start: number; end: number; text: string }> {
	const out: Array<{ start: number; end: number; text: string }> = [];
	let start = 0;
	for (let i = 0; i <= s.length; i++) {
		if (i === s.length || s[i] === '\n') {
			out.push({ start, end: i, text: s.slice(start, i) });
			start = i + 1;
		}
	}
	return out;
}
