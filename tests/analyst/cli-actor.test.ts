/** `sitrep correct edit-actor` and `sitrep log --actor`, run in-process through main() as bin/sitrep.js runs them. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main';
import { openStore } from '../../src/lib/server/store/index';
import { load } from './corpus';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sitrep-cli-actor-'));
const db = path.join(tmp, 'a.db');
let out = '';
let err = '';

beforeAll(async () => {
	const store = await openStore({ file: db });
	await load(store);
	await store.close();
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
beforeEach(() => {
	out = '';
	err = '';
	vi.spyOn(process.stdout, 'write').mockImplementation((c: string | Uint8Array) => ((out += String(c)), true));
	vi.spyOn(process.stderr, 'write').mockImplementation((c: string | Uint8Array) => ((err += String(c)), true));
});
afterEach(() => vi.restoreAllMocks());

async function actorId(name: string): Promise<string> {
	const store = await openStore({ file: db });
	try {
		return (await store.listActors({})).find((a) => a.name === name)!.id;
	} finally {
		await store.close();
	}
}

describe('sitrep correct edit-actor', () => {
	it('renames an actor, lists it under log --actor, and reverts it', async () => {
		const kh = await actorId('Kataib Hezbollah');
		expect(await main(['--db', db, 'correct', 'edit-actor', kh, '--name', "Kata'ib Hizballah", '--country', 'iq', '--reason', 'house style', '--as', 'ana'])).toBe(0);
		expect(out).toBe(`#1 edit_actor by ana: actor ${kh}: name Kataib Hezbollah → Kata'ib Hizballah — house style\n`);
		expect(await actorId("Kata'ib Hizballah")).toBe(kh);
		out = '';
		expect(await main(['--db', db, 'log', '--actor', kh, '--json'])).toBe(0);
		expect(JSON.parse(out).entries.map((e: { action: string }) => e.action)).toEqual(['edit_actor']);
		out = '';
		expect(await main(['--db', db, 'log', '--actor', await actorId('United States'), '--json'])).toBe(0);
		expect(JSON.parse(out).entries).toEqual([]);
		expect(await main(['--db', db, 'correct', 'revert', '1', '--as', 'ana'])).toBe(0);
		expect(await actorId('Kataib Hezbollah')).toBe(kh);
	});

	it('refuses a bad kind with one line and exit 1', async () => {
		expect(await main(['--db', db, 'correct', 'edit-actor', await actorId('United States'), '--kind', 'empire'])).toBe(1);
		expect(err).toMatch(/^sitrep: kind must be one of person, state/);
	});
});
