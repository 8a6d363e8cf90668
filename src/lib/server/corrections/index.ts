/** Analyst corrections: an audited overlay on the linked graph that survives re-extraction. */
export { correct, revert, listCorrections, type CorrectionInput, type CorrectionEntry, type Who } from './service';
export { afterArticleLinked, reapply, reapplyAll } from './overlay';
export { validatePatch, ROLES, type EventPatch, type PlacePatch, type RolePatch } from './ops';
export { mentionKey, actorKey } from './keys';
