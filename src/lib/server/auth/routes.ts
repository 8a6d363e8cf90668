/** Helpers the account and admin API handlers share. */
import { HttpError } from '../api/http';
import { getStore } from '../db';
import type { SqlStore } from '../store/sql-store';
import type { User } from './accounts';
import { authEnabled } from './config';

export async function sqlStore(): Promise<SqlStore> {
	return (await getStore()) as unknown as SqlStore;
}

/** Who is acting: the signed-in account, or the local user when accounts are off. */
export function actor(locals: { user?: User | null }): string {
	if (!authEnabled()) return 'local';
	if (!locals.user) throw new HttpError(401, 'sign in first');
	return locals.user.username;
}

export function requireUser(locals: { user?: User | null }): User {
	if (!authEnabled()) throw new HttpError(404, 'accounts are off on this server (SITREP_AUTH=on switches them on)');
	if (!locals.user) throw new HttpError(401, 'sign in first');
	return locals.user;
}
