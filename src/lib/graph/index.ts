/** Linking, merging and metrics: pure functions, no storage, no I/O. */
export * from './simhash';
export * from './minhash';
export * from './normalize';
export * from './actors';
export * from './families';
export * from './events';
export * from './edges';
export * from './time';
export * from './metrics';
