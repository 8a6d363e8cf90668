/**
 * Accounts are off for the single-user default and switched on for a shared server
 * with SITREP_AUTH=on. Read on every request so that tests can switch it.
 */
export function authEnabled(): boolean {
	return /^(on|1|true|yes)$/i.test(process.env.SITREP_AUTH ?? '');
}

export const SESSION_COOKIE = 'sitrep_session';
export const SESSION_SECONDS = 7 * 24 * 3600;
