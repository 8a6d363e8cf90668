/** The extractor's version, recorded with every extraction; its own module so that code that only records it need not load the extractor. */
export const EXTRACTOR_VERSION = 'sitrep-extract/0.2.1';
