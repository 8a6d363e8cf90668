/**
 * What the read cache (read-cache.ts) compares to know whether the data changed.
 *
 * - Writes through this server (any non-GET request) bump a counter in this process:
 *   hooks.server.ts calls `noteLocalWrite()` once the write has been answered.
 * - SQLite tells any connection whether another connection committed since it last
 *   asked (`PRAGMA data_version`), which catches a `sitrep ingest` or a worker in
 *   another process; asking costs microseconds on a connection of our own.
 * - PostgreSQL has no such cheap question, so there every check counts as a change
 *   and an answer lives only as long as the staleness bound allows.
 */
import Database from 'better-sqlite3';

let localWrites = 0;

export function noteLocalWrite(): void {
	localWrites++;
}

export function localWriteCount(): number {
	return localWrites;
}

export interface ChangeSource {
	/** A token that differs whenever the stored data may have changed since the last call. */
	current(): string;
	/**
	 * When the data was last found still at `token` (performance.now ms), if remembered:
	 * a change away from it was committed after that moment.
	 */
	seenAt(token: string): number | undefined;
	close(): void;
}

/** Tokens whose last sighting is remembered (a change every few ms for this long is far beyond any staleness bound). */
const REMEMBERED = 1024;

/**
 * `recheckMs`: under load the question is asked once per request, and it reads the
 * WAL index each time; asking at most this often adds that much to the staleness bound.
 */
export function sqliteChanges(file: string, recheckMs = 10): ChangeSource {
	const conn = new Database(file, { readonly: true, fileMustExist: true });
	const st = conn.prepare('PRAGMA data_version').pluck();
	let token = '';
	let askedAt = -Infinity;
	const seen = new Map<string, number>();
	return {
		current: () => {
			const now = performance.now();
			if (now - askedAt >= recheckMs) {
				token = String(st.get());
				askedAt = now;
				if (seen.has(token)) seen.delete(token);
				else if (seen.size >= REMEMBERED) seen.delete(seen.keys().next().value!);
				seen.set(token, now);
			}
			return token;
		},
		seenAt: (t) => seen.get(t),
		close: () => conn.close()
	};
}

/** For stores whose changes cannot be observed: never the same token twice. */
export function unobservedChanges(): ChangeSource {
	let n = 0;
	return { current: () => `unknown-${++n}`, seenAt: () => undefined, close: () => {} };
}
