/**
 * Lookup tables keyed by text that came from outside (article words, query
 * parameters, stored kinds). A plain object literal inherits `constructor`,
 * `toString`, `__proto__`… so `TABLE['constructor']` is a function, not a miss —
 * a request for type=constructor once reached SQL that way. These tables have no
 * prototype: every key that was not written in is undefined.
 */
export function lookupTable<V>(entries: Record<string, V>): Readonly<Record<string, V>> {
	return Object.freeze(Object.assign(Object.create(null) as Record<string, V>, entries));
}
