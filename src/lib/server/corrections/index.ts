/** Analyst corrections: an audited overlay on the linked graph that survives re-extraction. */
export { correct, revert, listCorrections, type CorrectionInput, type CorrectionEntry, type Who } from './service';
export { afterArticleLinked, reapply, reapplyAll } from './overlay';
export { validatePatch, validateActorPatch, ROLES, type EventPatch, type PlacePatch, type RolePatch, type ActorPatch } from './ops';
export { mentionKey, actorKey } from './keys';
export { actorForCorrection, type ActorForCorrection } from './actors';
