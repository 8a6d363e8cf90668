/**
 * Name normalisation for cross-article matching: case, diacritics, punctuation,
 * leading titles ("President", "Gen.", "Defense Secretary") and articles ("the")
 * do not make two names differ.
 */

const TITLE_WORDS = new Set(
	(
		'president vice prime minister ministers secretary sec gen general lt lieutenant col colonel maj major adm admiral ' +
		'cmdr commander capt captain sgt sen senator rep representative gov governor mayor ayatollah sheikh shaikh king queen ' +
		'prince crown emir sultan mr mrs ms dr prof judge justice chief spokesman spokeswoman spokesperson press ' +
		'ambassador envoy speaker chairman chairwoman chair deputy acting former foreign defense defence interior ' +
		'state supreme leader pope cardinal rev brig brigadier field marshal first lady house senate national security adviser advisor'
	).split(' ')
);

const PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'abu', 'abd', 'van', 'von', 'de', 'da', 'di', 'la', 'le', 'du', 'del']);

/** Lowercase, no diacritics, "U.S." → "us", other punctuation → space, spaces collapsed, leading "the" dropped. */
export function normaliseName(name: string): string {
	const s = name
		.normalize('NFKD')
		.replace(/\p{M}+/gu, '')
		.toLowerCase()
		.replace(/['’`]s\b/g, '')
		.replace(/\b(\p{L})\.(?=\p{L}\.)/gu, '$1')
		.replace(/\b(\p{L})\.(?!\p{L})/gu, '$1')
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
	return s.replace(/^the\s+/, '');
}

/** A person's name without the titles in front of it: "Pentagon Press Secretary John Kirby" → "john kirby". */
export function personName(name: string): string {
	const tokens = normaliseName(name).split(' ').filter(Boolean);
	// Titles come first; keep the last two tokens at least so "Kirby" is never emptied.
	let i = 0;
	while (i < tokens.length - 1 && TITLE_WORDS.has(tokens[i])) i++;
	let rest = tokens.slice(i);
	// Organisation words before a title ("pentagon press secretary john kirby"): cut after the last title word.
	const lastTitle = rest.reduce((acc, t, k) => (TITLE_WORDS.has(t) && k < rest.length - 1 ? k : acc), -1);
	if (lastTitle >= 0) rest = rest.slice(lastTitle + 1);
	return rest.join(' ');
}

/** Surname of a person's normalised name: the last token ("joe biden" → "biden"; "abu bakr al baghdadi" → "baghdadi"). */
export function surnameOf(normPerson: string): string | null {
	const tokens = normPerson.split(' ').filter((t) => t && !PARTICLES.has(t));
	return tokens.length ? tokens[tokens.length - 1] : null;
}

/** Given-name tokens (all but the surname), particles dropped. */
export function givenNames(normPerson: string): string[] {
	const tokens = normPerson.split(' ').filter((t) => t && !PARTICLES.has(t));
	return tokens.slice(0, -1);
}
