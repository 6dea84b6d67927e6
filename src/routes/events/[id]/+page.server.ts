import { error, redirect } from '@sveltejs/kit';
import { appDb } from '$lib/server/appDb';
import { eventDetail } from '$lib/server/eventDetail';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) => {
	const lookup = eventDetail(appDb(), params.id);
	if (lookup.found) return lookup.detail;
	// An id that had to change still resolves, so shared links keep working.
	if (lookup.redirectTo) redirect(301, `/events/${encodeURIComponent(lookup.redirectTo)}`);
	error(404, { message: `No event has the id “${params.id}”.`, hint: 'search' });
};
