/**
 * Okabe & Ito's eight colours: distinguishable under the common colour-vision
 * deficiencies. Black is left out (it is the text colour); a grey stands in for
 * "everything else" once the eight are used up.
 */

import { lookupTable } from '../core/lookup';
export const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#D55E00', '#CC79A7', '#56B4E9', '#F0E442', '#999999'];

export const OTHER = '#999999';

/** A stable colour per key: the first seven keys in order get the seven hues, the rest share grey. */
export function colourScale(keys: readonly string[]): (key: string) => string {
	const index = new Map<string, number>();
	for (const k of keys) if (!index.has(k)) index.set(k, index.size);
	return (key) => {
		const i = index.get(key);
		return i !== undefined && i < PALETTE.length - 1 ? PALETTE[i] : OTHER;
	};
}

/** Actor kinds map onto the palette by meaning, not by order, so a legend reads the same everywhere. */
const KIND = lookupTable<string>({
	state: '#0072B2',
	government: '#56B4E9',
	military: '#009E73',
	armed_group: '#D55E00',
	person: '#CC79A7',
	organization: '#E69F00',
	political_party: '#E69F00',
	media: '#F0E442',
	civilians: '#7f7f7f',
	protesters: '#7f7f7f'
});

export function kindColour(kind: string): string {
	return KIND[kind] ?? OTHER;
}
