/** Every ActorKind as a list, for forms and validation; the compiler checks that none is missing. */
import type { ActorKind } from './types';

export const ACTOR_KINDS = [
	'person',
	'state',
	'government',
	'military',
	'armed_group',
	'organization',
	'political_party',
	'media',
	'facility',
	'civilians',
	'protesters',
	'other'
] as const satisfies readonly ActorKind[];

// A kind added to ActorKind but not here fails to compile.
const complete: Exclude<ActorKind, (typeof ACTOR_KINDS)[number]> extends never ? true : false = true;
void complete;

export function isActorKind(k: unknown): k is ActorKind {
	return typeof k === 'string' && (ACTOR_KINDS as readonly string[]).includes(k);
}
