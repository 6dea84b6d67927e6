import { json } from '@sveltejs/kit';
import { parseEventQuery } from '$lib/params/eventQuery';
import { appDb } from '$lib/server/appDb';
import { queryEvents } from '$lib/server/queryEvents';
import type { RequestHandler } from './$types';

/** The JSON contract, filtered by `from`, `to`, `q`, `actor` and `type` (see README). */
export const GET: RequestHandler = ({ url }) => {
	const parsed = parseEventQuery(url.searchParams);
	if (!parsed.ok) return json({ error: parsed.message }, { status: 400 });
	const { sources, events, truncated } = queryEvents(appDb(), parsed.query);
	return json({ sources, events }, { headers: truncated ? { 'x-truncated': 'true' } : {} });
};
