import { describe, expect, it } from 'vitest';
import { encodeAnswer, etagOf } from '../../src/lib/server/api/read';
import { AnswerCache, type DataVersion } from '../../src/lib/server/api/read-cache';

const ok = (body: string) => encodeAnswer({ status: 200, body });
const text = (c: AnswerCache, key: string, v: DataVersion) => {
	const hit = c.get(key, v);
	return hit ? new TextDecoder().decode(hit.answer.bytes) : null;
};

describe('AnswerCache', () => {
	it('answers again while nothing changed, however long ago', () => {
		let now = 0;
		const c = new AnswerCache({ maxStaleMs: 1000, now: () => now });
		c.set('k', { local: 0, data: '7' }, 0, ok('{"a":1}'));
		now = 3_600_000;
		const hit = c.get('k', { local: 0, data: '7' });
		expect(hit).toMatchObject({ changed: false, age: 3_600_000 });
		expect(hit!.answer.etag).toBe(etagOf(new TextEncoder().encode('{"a":1}')));
		expect(text(c, 'k', { local: 0, data: '7' })).toBe('{"a":1}');
	});

	it('after a change by another process, answers only within the staleness bound', () => {
		let now = 0;
		const c = new AnswerCache({ maxStaleMs: 1000, now: () => now });
		c.set('k', { local: 0, data: '7' }, 0, ok('old'));
		now = 999;
		expect(c.get('k', { local: 0, data: '8' })).toMatchObject({ changed: true, age: 999 });
		expect(text(c, 'k', { local: 0, data: '8' })).toBe('old');
		now = 1001;
		expect(c.get('k', { local: 0, data: '8' })).toBeNull();
	});

	it('the bound counts from when the query started, not when it finished', () => {
		let now = 5000;
		const c = new AnswerCache({ maxStaleMs: 1000, now: () => now });
		c.set('k', { local: 0, data: '1' }, 3900, ok('slow'));
		expect(c.get('k', { local: 0, data: '2' })).toBeNull();
		now = 4500;
		expect(text(c, 'k', { local: 0, data: '2' })).toBe('slow');
	});

	it('the bound counts from when the data was last seen unchanged, if later than the query', () => {
		let now = 0;
		const c = new AnswerCache({ maxStaleMs: 1000, now: () => now });
		c.set('k', { local: 0, data: '7' }, 0, ok('kept'));
		// the data was still at '7' at 5,000 ms: whatever the answer lacks was committed after that
		const seenAt = (t: string) => (t === '7' ? 5000 : undefined);
		now = 5900;
		expect(c.get('k', { local: 0, data: '8' }, seenAt)).toMatchObject({ changed: true, age: 5900, staleFor: 900 });
		now = 6001;
		expect(c.get('k', { local: 0, data: '8' }, seenAt)).toBeNull();
		// not remembered: from the query's start, as without a sighting
		expect(c.get('k', { local: 0, data: '8' }, () => undefined)).toBeNull();
		// a sighting older than the query does not stretch the bound
		c.set('j', { local: 0, data: '7' }, 6000, ok('j'));
		now = 7100;
		expect(c.get('j', { local: 0, data: '8' }, () => 100)).toBeNull();
		now = 6900;
		expect(c.get('j', { local: 0, data: '8' }, () => 100)).toMatchObject({ staleFor: 900 });
	});

	it('a write through this server retires older answers at once', () => {
		const c = new AnswerCache({ maxStaleMs: 60_000, now: () => 0 });
		c.set('k', { local: 3, data: '1' }, 0, ok('before'));
		expect(c.get('k', { local: 4, data: '1' })).toBeNull();
	});

	it('with a zero bound, any change retires the answer', () => {
		const c = new AnswerCache({ maxStaleMs: 0, now: () => 10 });
		c.set('k', { local: 0, data: '1' }, 10, ok('x'));
		expect(text(c, 'k', { local: 0, data: '1' })).toBe('x');
		expect(c.get('k', { local: 0, data: '2' })).toBeNull();
	});

	it('an answer from a query that started earlier does not replace a newer one', () => {
		const c = new AnswerCache({ now: () => 0 });
		c.set('k', { local: 0, data: '2' }, 20, ok('new'));
		c.set('k', { local: 0, data: '1' }, 10, ok('old'));
		expect(text(c, 'k', { local: 0, data: '2' })).toBe('new');
	});

	it('is bounded in entries and bytes, dropping the least recently used first', () => {
		const c = new AnswerCache({ maxEntries: 3, now: () => 0 });
		const v = { local: 0, data: '1' };
		for (const k of ['a', 'b', 'c']) c.set(k, v, 0, ok(k));
		c.get('a', v); // a is now the most recently used
		c.set('d', v, 0, ok('d'));
		expect(c.size).toBe(3);
		expect(c.get('b', v)).toBeNull();
		expect(text(c, 'a', v)).toBe('a');

		const small = new AnswerCache({ maxBytes: 10_000, now: () => 0 });
		for (let i = 0; i < 20; i++) small.set(`k${i}`, v, 0, ok('x'.repeat(1000)));
		expect(small.size).toBeLessThan(20);
		expect(small.size).toBeGreaterThan(0);
		expect(small.get('k19', v)).not.toBeNull();
		expect(small.get('k0', v)).toBeNull();
	});

	it('does not keep a body larger than the per-entry limit', () => {
		const c = new AnswerCache({ maxEntryBytes: 1000, now: () => 0 });
		c.set('big', { local: 0, data: '1' }, 0, ok('y'.repeat(5000)));
		expect(c.size).toBe(0);
	});

	it('ETags differ when bodies differ and are quoted strong validators', () => {
		const e = (t: string) => etagOf(new TextEncoder().encode(t));
		expect(e('a')).not.toBe(e('b'));
		expect(e('a')).toBe(e('a'));
		expect(e('a')).toMatch(/^"[A-Za-z0-9_-]+"$/);
	});
});
