import { error, fail, redirect } from '@sveltejs/kit';
import {
	editingEnabled,
	passwordMatches,
	SESSION_COOKIE,
	SESSION_SECONDS,
	sessionValue
} from '$lib/server/editorSession';
import type { Actions, PageServerLoad } from './$types';

/** Editors sign in here; without a configured password there is no such page. */
export const load: PageServerLoad = ({ locals }) => {
	if (!editingEnabled()) error(404, { message: 'Editing is not enabled on this server.' });
	return { signedIn: locals.editor !== null };
};

export const actions: Actions = {
	default: async ({ request, cookies, url }) => {
		if (!editingEnabled()) error(404, { message: 'Editing is not enabled on this server.' });
		const form = await request.formData();
		const name = String(form.get('name') ?? '').trim();
		const password = String(form.get('password') ?? '');
		if (!name) return fail(400, { name, message: 'Give your name: it signs your corrections.' });
		if (!passwordMatches(password)) return fail(403, { name, message: 'Wrong password.' });
		cookies.set(SESSION_COOKIE, sessionValue({ name }), {
			path: '/',
			httpOnly: true,
			sameSite: 'strict',
			secure: url.protocol === 'https:',
			maxAge: SESSION_SECONDS
		});
		const next = url.searchParams.get('next');
		// Only a path of this site: never a redirect elsewhere.
		redirect(303, next && /^\/(?!\/)/.test(next) ? next : '/corrections');
	}
};
