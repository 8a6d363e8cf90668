import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { authEnabled, BadLogin, login, logout, TooManyAttempts } from '../../lib/server/auth/index';
import { sqlStore } from '../../lib/server/auth/routes';
import { InputError } from '../../lib/core/types';

/** Only same-site paths may follow a sign-in, so the page cannot be used to bounce people elsewhere. */
function safeNext(v: string | null): string {
	return v && v.startsWith('/') && !v.startsWith('//') && !v.startsWith('/\\') ? v : '/';
}

export const load: PageServerLoad = async ({ url, locals }) => ({
	auth: authEnabled(),
	user: (locals as { user?: { username: string; role: string } | null }).user ?? null,
	next: safeNext(url.searchParams.get('next'))
});

export const actions: Actions = {
	login: async ({ request, cookies, getClientAddress, url }) => {
		if (!authEnabled()) return fail(404, { error: 'accounts are off on this server', username: '' });
		const form = await request.formData();
		const username = String(form.get('username') ?? '');
		try {
			await login(await sqlStore(), cookies, getClientAddress(), username, String(form.get('password') ?? ''));
		} catch (e) {
			if (e instanceof TooManyAttempts) return fail(429, { error: e.message, username });
			if (e instanceof BadLogin || e instanceof InputError) return fail(400, { error: e.message, username });
			throw e;
		}
		redirect(303, safeNext(url.searchParams.get('next')));
	},
	logout: async ({ cookies }) => {
		await logout(await sqlStore(), cookies);
		redirect(303, '/login');
	}
};
