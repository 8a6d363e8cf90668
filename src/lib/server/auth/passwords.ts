/**
 * Password hashing with argon2id (memory-hard) from @node-rs/argon2. Parameters
 * follow OWASP's minimum for argon2id (19 MiB, 2 passes); the encoded hash carries
 * them, so stronger settings later still verify old hashes.
 */
import { hash, verify } from '@node-rs/argon2';
import { InputError } from '../../core/types';

// @node-rs/argon2's Algorithm enum is a const enum; 2 is Argon2id.
const ARGON2ID = 2;
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function checkPassword(pw: unknown): string {
	if (typeof pw !== 'string' || pw.length < 10) throw new InputError('a password needs at least 10 characters');
	if (pw.length > 1024) throw new InputError('a password may have at most 1024 characters');
	return pw;
}

export async function hashPassword(pw: string): Promise<string> {
	// eslint-disable-next-line @typescript-eslint/no-explicit-any
	return hash(checkPassword(pw), OPTIONS as any);
}

export async function verifyPassword(encoded: string, pw: string): Promise<boolean> {
	try {
		return await verify(encoded, pw);
	} catch {
		return false;
	}
}

/** A hash to verify against when the user does not exist, so that timing does not tell which names exist. */
let dummy: Promise<string> | null = null;
export function dummyHash(): Promise<string> {
	dummy ??= hash('not a real password, only for timing', OPTIONS as never);
	return dummy;
}
