import { describe, expect, it } from 'vitest';
import { postJson } from './api';

const answer = (status: number, body: string) => (async () => new Response(body, { status, headers: { 'content-type': 'application/json' } })) as typeof fetch;

describe('postJson', () => {
	it('hands back the body of an accepted write and sends JSON', async () => {
		let sent: RequestInit | undefined;
		const f = (async (_: string, init?: RequestInit) => {
			sent = init;
			return new Response('{"entry":{"id":3}}', { status: 201 });
		}) as typeof fetch;
		expect(await postJson('/api/corrections', { action: 'reject_event', event: 'e1' }, f)).toEqual({ ok: true, body: { entry: { id: 3 } } });
		expect(sent?.method).toBe('POST');
		expect(JSON.parse(String(sent?.body))).toEqual({ action: 'reject_event', event: 'e1' });
	});

	it("passes on the server's reason for a refusal", async () => {
		expect(await postJson('/x', {}, answer(400, '{"error":"date must be a TimeML value"}'))).toEqual({ ok: false, error: 'date must be a TimeML value' });
	});

	it('names the status when the refusal has no readable reason', async () => {
		expect(await postJson('/x', {}, answer(502, '<html>bad gateway</html>'))).toEqual({ ok: false, error: 'the correction was refused (HTTP 502)' });
	});

	it('says the server could not be reached instead of throwing', async () => {
		const down = (async () => {
			throw new TypeError('fetch failed');
		}) as typeof fetch;
		expect(await postJson('/x', {}, down)).toEqual({ ok: false, error: 'could not reach the server (fetch failed)' });
	});
});
