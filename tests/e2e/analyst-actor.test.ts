/**
 * A person opens an actor from the network, merges another actor into it from the
 * actor panel (searching for it by name), sees one node where there were two,
 * finds the merge in the corrections log, and undoes it from the panel.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { join } from 'node:path';
import { launch } from './browser';
import { SHOTS, watchErrors } from './helpers';
import type { GraphSelection } from '../../src/lib/server/store/types';

const base = inject('baseUrl');
let context: BrowserContext;
let close: () => Promise<void>;
let page: Page;
let errors: string[];

beforeAll(async () => {
	({ context, close } = await launch());
	page = await context.newPage();
	errors = watchErrors(page);
	await page.goto(base + '/');
	await page.waitForSelector('.app[data-hydrated="true"] .timeline .plot');
	await page.waitForSelector('ul.actors button[data-actor]');
});
afterAll(async () => close?.());

const nodeCount = async () => Number(await page.getAttribute('.network', 'data-nodes'));
const listed = async () =>
	page.$$eval('ul.actors button[data-actor]', (els) => els.map((b) => ({ id: (b as HTMLElement).dataset.actor!, name: (b.textContent ?? '').replace(b.querySelector('span')?.textContent ?? '', '').trim() })));

describe('correcting an actor in the actor panel', () => {
	it('merges two actors into one node, logs it, and undoes it', async () => {
		// two actors of the list whose names a search box takes as they are
		const plain = (await listed()).filter((a) => /^[A-Za-z][A-Za-z .-]{2,}$/.test(a.name));
		expect(plain.length).toBeGreaterThan(2);
		const [keep, other] = [plain[0], plain[plain.length - 1]];
		const nodes0 = await nodeCount();

		await page.click(`ul.actors button[data-actor="${keep.id}"]`);
		const panel = `.actor-panel[data-actor-id="${keep.id}"]`;
		await page.waitForSelector(`${panel} h2`);
		expect(await page.textContent(`${panel} h2`)).toBe(keep.name);
		await page.click(`${panel} details.actor-merge summary`);
		await page.fill(`${panel} textarea[name="actor-reason"]`, 'both names are one organisation in the ministry list');
		await page.fill(`${panel} input[name="merge-q"]`, other.name);
		await page.click(`${panel} .matches li[data-actor="${other.id}"] button`);
		await page.waitForSelector(`${panel} .done`);
		expect(await page.textContent(`${panel} .done`)).toContain(`actor ${other.id} merged into actor ${keep.id}`);

		// one node where there were two: the network reloads without the other actor
		await page.waitForFunction((n) => Number(document.querySelector('.network')?.getAttribute('data-nodes')) === n, nodes0 - 1);
		expect((await listed()).map((a) => a.id)).not.toContain(other.id);
		const graph = (await (await fetch(`${base}/api/graph`)).json()) as GraphSelection;
		expect(graph.nodes.map((n) => n.id)).not.toContain(other.id);
		expect(graph.nodes.find((n) => n.id === keep.id)!.aliases).toContain(other.name);
		await page.screenshot({ path: join(SHOTS, 'actor-merged.png') });

		// the log lists it with who and why
		const log = await context.newPage();
		await log.goto(base + '/log');
		const row = log.locator('tr[data-action="merge_actors"]').first();
		await row.waitFor();
		const text = (await row.textContent()) ?? '';
		expect(text).toContain(`actor ${other.id} merged into actor ${keep.id}`);
		expect(text).toContain('both names are one organisation in the ministry list');
		expect(text).toContain('local');

		// undo from the panel: two nodes again, the other actor back under its own name
		const undo = `${panel} .history li[data-action="merge_actors"] button`;
		await page.waitForSelector(undo);
		await page.click(undo);
		await page.waitForSelector(`${panel} .done >> text=Undone`);
		await page.waitForFunction((n) => Number(document.querySelector('.network')?.getAttribute('data-nodes')) === n, nodes0);
		const graph2 = (await (await fetch(`${base}/api/graph`)).json()) as GraphSelection;
		const back = graph2.nodes.find((n) => n.name === other.name);
		expect(back, `${other.name} is a node again`).toBeDefined();
		expect(graph2.nodes.find((n) => n.id === keep.id)!.aliases).not.toContain(other.name);
		expect(await page.textContent(`${panel} .history li[data-action="merge_actors"]`)).toContain('(undone)');
		await log.reload();
		await log.locator('tr[data-action="revert"]').first().waitFor();
		expect((await log.locator('tr[data-action="merge_actors"]').first().getAttribute('class')) ?? '').toContain('reverted');
		await log.close();
		expect(errors).toEqual([]);
	});
});
