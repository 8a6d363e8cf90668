/**
 * sitrep's temporal engine: TimeML time expressions found and normalised on top of
 * chrono-node, event dating, and publication-date inference.
 */
export { findTimexes } from './find';
export { dateEvent, isDatelineDay, DAY_OR_FINER } from './event';
export { inferPublished } from './published';
export { valueToInterval, isTimemlValue } from './value';
