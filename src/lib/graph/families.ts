/**
 * Event type families: reports name one event differently ("airstrike", "strike",
 * "bombing"), so deduplication compares families, not exact types. Types may be
 * flat ("airstrike") or hierarchical ("violence.airstrike"); the last segment is
 * looked up first.
 */
import { lookupTable } from '../core/lookup';

const GROUPS: Record<string, string[]> = {
	strike: ['airstrike', 'air_strike', 'strike', 'strikes', 'drone_strike', 'missile_strike', 'air_attack', 'bombardment', 'bombing', 'shelling', 'artillery', 'remote_violence', 'explosion'],
	attack: ['attack', 'armed_attack', 'rocket_attack', 'mortar_attack', 'ied', 'suicide_bombing', 'ambush', 'assault', 'raid', 'armed_clash', 'clash', 'battle', 'fighting'],
	killing: ['killing', 'kill', 'assassination', 'execution', 'murder', 'death'],
	protest: ['protest', 'protests', 'demonstration', 'riot', 'rally', 'march', 'sit_in', 'strike_action'],
	meeting: ['meeting', 'meet', 'talks', 'summit', 'visit', 'negotiation', 'consult'],
	statement: ['statement', 'criticism', 'criticise', 'criticize', 'condemnation', 'condemn', 'accuse', 'accusation', 'threat', 'threaten', 'warning', 'demand'],
	sanction: ['sanction', 'sanctions', 'embargo', 'designation'],
	arrest: ['arrest', 'detention', 'abduction', 'kidnapping', 'seizure']
};
const FAMILY_OF = lookupTable(Object.fromEntries(Object.entries(GROUPS).flatMap(([family, types]) => types.map((t) => [t, family]))));

export function typeKey(type: string): string {
	return type.toLowerCase().replace(/[^a-z0-9.\/]+/g, '_').replace(/^_+|_+$/g, '');
}

export function familyOf(type: string): string {
	const key = typeKey(type);
	const parts = key.split(/[./]/).filter(Boolean);
	const last = parts[parts.length - 1] ?? key;
	return FAMILY_OF[last] ?? FAMILY_OF[key] ?? (parts.length > 1 ? parts[0] : key);
}

/** Families in which an agent acts against a target with force. */
export const VIOLENT_FAMILIES = new Set(['strike', 'attack', 'killing', 'violence', 'arrest']);
