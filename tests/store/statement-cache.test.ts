/**
 * The SQLite statement cache keeps the statements in use: when full it drops the least recently used one,
 * so that statements run once (a batch's totals) do not push out those every article runs.
 */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { cachedStatements } from '../../src/lib/server/store/index';

describe('statement cache', () => {
	it('prepares a text once and drops the least recently used statement when full', () => {
		const cache = cachedStatements(new Database(':memory:'), 2);
		const a = cache.prepare('SELECT 1');
		const b = cache.prepare('SELECT 2');
		expect(cache.prepare('SELECT 1')).toBe(a);
		cache.prepare('SELECT 3');
		expect(cache.prepare('SELECT 1')).toBe(a);
		expect(cache.prepare('SELECT 2')).not.toBe(b);
		cache.close();
	});
});
