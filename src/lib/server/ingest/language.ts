/**
 * Language identification with franc-min. Only English is extracted; other
 * languages are stored with their code and an empty extraction, so an analyst
 * sees they exist without the English rules producing nonsense from them.
 */
import { lookupTable } from '../../core/lookup';
import { francAll } from 'franc-min';

/** ISO 639-3 → 639-1 for the languages franc-min knows that news commonly comes in. */
const TWO_LETTER = lookupTable<string>({
	eng: 'en', arb: 'ar', pes: 'fa', prs: 'fa', fra: 'fr', deu: 'de', spa: 'es', por: 'pt', ita: 'it',
	rus: 'ru', ukr: 'uk', tur: 'tr', cmn: 'zh', jpn: 'ja', kor: 'ko', hin: 'hi', urd: 'ur', ben: 'bn',
	nld: 'nl', pol: 'pl', ron: 'ro', hun: 'hu', ces: 'cs', swe: 'sv', ell: 'el', heb: 'he', ind: 'id',
	zlm: 'ms', vie: 'vi', tha: 'th', swh: 'sw', hau: 'ha', amh: 'am', som: 'so', uzn: 'uz', azj: 'az',
	kaz: 'kk', ckb: 'ku', kmr: 'ku', pbu: 'ps', tgl: 'tl', srp: 'sr', hrv: 'hr', bos: 'bs', bul: 'bg',
	slk: 'sk', dan: 'da', nob: 'no', fin: 'fi', lit: 'lt', lav: 'lv', ekk: 'et', kat: 'ka', hye: 'hy'
});

/** Below this many letters the trigram statistics are too thin to overrule the English default. */
const MIN_LETTERS = 120;

export interface LanguageGuess {
	/** ISO 639-1 when one exists, else the 639-3 code franc gives. */
	code: string;
	english: boolean;
}

/**
 * Guesses the language of an article. Short or ambiguous texts count as English:
 * franc confuses English with its neighbours (Scots, Pidgin) on a few sentences,
 * and wrongly skipping extraction costs more than extracting a stray foreign text.
 */
/**
 * English function words that are not also common words in the languages franc
 * would otherwise be asked about ("a", "in", "de" are left out for that reason).
 */
const ENGLISH_FUNCTION_WORDS = new Set(
	'the of and to is that for on said was with by from at as it were has have had he his her their they which be this an are will not who after been but its would could'.split(' ')
);

/** Share of the first words that are English function words: ~0.3 in English news, near 0 otherwise. */
function englishShare(sample: string): number {
	const words = sample.toLowerCase().match(/\p{L}+/gu);
	if (!words || words.length === 0) return 0;
	let hits = 0;
	for (const w of words) if (ENGLISH_FUNCTION_WORDS.has(w)) hits++;
	return hits / words.length;
}

export function detectLanguage(text: string): LanguageGuess {
	// The cheap test settles ordinary English news; franc's trigram model (~5 ms) only runs on the rest.
	if (englishShare(text.slice(0, 1500)) >= 0.15) return { code: 'en', english: true };
	const sample = text.slice(0, 2000);
	const letters = sample.replace(/[^\p{L}]/gu, '').length;
	if (letters < MIN_LETTERS) return { code: 'en', english: true };
	const ranked = francAll(sample, { minLength: 20 });
	const [top] = ranked;
	if (!top || top[0] === 'und') return { code: 'en', english: true };
	if (top[0] === 'eng') return { code: 'en', english: true };
	const eng = ranked.find(([code]) => code === 'eng');
	// franc scores are relative to the best match (1.0); English this close is a near-tie.
	if (eng && eng[1] >= 0.9) return { code: 'en', english: true };
	if (top[0] === 'sco' || top[0] === 'pcm') return { code: 'en', english: true };
	return { code: TWO_LETTER[top[0]] ?? top[0], english: false };
}
