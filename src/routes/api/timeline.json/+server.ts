import { json } from '@sveltejs/kit';
import { parseEventQuery } from '$lib/params/eventQuery';
import { appDb } from '$lib/server/appDb';
import { timelineWindow } from '$lib/server/timelineWindow';
import type { RequestHandler } from './$types';

/** One timeline view: events in the window, undated events, extent and density bins. */
export const GET: RequestHandler = ({ url }) => {
	const parsed = parseEventQuery(url.searchParams);
	if (!parsed.ok) return json({ error: parsed.message }, { status: 400 });
	const { from, to, ...filters } = parsed.query;
	const window = from && to ? { from, to } : null;
	return json(timelineWindow(appDb(), filters, window));
};
