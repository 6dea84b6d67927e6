import { error } from '@sveltejs/kit';
import { parseEventQuery } from '$lib/params/eventQuery';
import { appDb } from '$lib/server/appDb';
import { queryEvents } from '$lib/server/queryEvents';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url }) => {
	const parsed = parseEventQuery(url.searchParams);
	if (!parsed.ok) error(400, { message: parsed.message });
	return { query: parsed.query, ...queryEvents(appDb(), parsed.query) };
};
