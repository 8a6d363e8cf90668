/**
 * The server's one store, opened on first use from DATABASE_URL (a file path or
 * postgres://…) or ./data/sitrep.db, and closed when the process ends.
 */
import { openStore, resolveDatabaseUrl } from './store/index';
import type { Store } from './store/types';

let opening: Promise<Store> | null = null;

export function getStore(): Promise<Store> {
	if (!opening) {
		opening = openStore({ url: resolveDatabaseUrl(null) }).catch((e) => {
			opening = null;
			throw e;
		});
		const close = () => {
			opening?.then((s) => s.close()).catch(() => {});
		};
		process.once('beforeExit', close);
	}
	return opening;
}

/** For tests and embedders: serve from a store opened elsewhere. */
export function setStore(store: Store): void {
	opening = Promise.resolve(store);
}
