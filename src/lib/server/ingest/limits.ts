/** Caps that keep one hostile or broken input from exhausting memory or time. */

/** Longest article text we extract, in UTF-16 units: ~50 pages of news prose; anything longer is not an article. */
export const MAX_ARTICLE_CHARS = 500_000;
/** Largest single file read whole (HTML page, JSON batch, feed, text). NDJSON is streamed and not bound by it. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;
/** Longest NDJSON line. */
export const MAX_LINE_CHARS = 4 * 1024 * 1024;
/** Largest feed document and most items read from one feed. */
export const MAX_FEED_BYTES = 10 * 1024 * 1024;
export const MAX_FEED_ITEMS = 1_000;
/** Deepest element nesting accepted in a feed; real feeds nest fewer than 10 levels. */
export const MAX_XML_DEPTH = 64;
/** Largest HTML page parsed; news pages with their markup rarely pass 2 MB. */
export const MAX_HTML_CHARS = 5 * 1024 * 1024;
