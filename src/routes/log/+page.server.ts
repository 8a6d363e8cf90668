import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { listCorrections, revert } from '../../lib/server/corrections/index';
import { actor, sqlStore } from '../../lib/server/auth/routes';
import { InputError } from '../../lib/core/types';

const PAGE = 100;

export const load: PageServerLoad = async ({ url }) => {
	const p = Number(url.searchParams.get('page') ?? '1');
	const page = Number.isInteger(p) && p > 0 ? p : 1;
	const event = url.searchParams.get('event') ?? undefined;
	try {
		const log = await listCorrections(await sqlStore(), { limit: PAGE, offset: (page - 1) * PAGE, event: event || undefined });
		return { ...log, page, pages: Math.max(1, Math.ceil(log.total / PAGE)), event: event ?? '', error: '' };
	} catch (e) {
		if (e instanceof InputError) return { total: 0, entries: [], page, pages: 1, event: event ?? '', error: e.message };
		throw e;
	}
};

export const actions: Actions = {
	revert: async ({ request, locals }) => {
		const form = await request.formData();
		const id = String(form.get('id') ?? '');
		if (!/^\d+$/.test(id)) return fail(400, { error: 'which correction?' });
		try {
			const entry = await revert(await sqlStore(), Number(id), { author: actor(locals), reason: String(form.get('reason') ?? '') });
			return { reverted: entry.target.correction };
		} catch (e) {
			if (e instanceof InputError) return fail(400, { error: e.message });
			throw e;
		}
	}
};
