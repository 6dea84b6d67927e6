import { error, redirect } from '@sveltejs/kit';
import { parseEventQuery } from '$lib/params/eventQuery';
import { appDb } from '$lib/server/appDb';
import { eventDetail } from '$lib/server/eventDetail';
import { timelineView } from '$lib/server/readPool';
import { timelineExtent } from '$lib/server/timelineWindow';
import { parseLaneMode } from '$lib/timeline/lanes';
import { readMonthParam, type DayWindow } from '$lib/timeline/monthWindow';
import { timelineHref } from '$lib/timeline/timelineHref';
import { windowAround } from '$lib/timeline/windowAround';
import type { PageServerLoad } from './$types';

/**
 * One timeline view, server-rendered: the events of the window in the URL (`from`/`to`), or
 * around the event in `event`, or the whole corpus; filtered by `q`, `actor` and `type`. A
 * month-picker's `month=2020-07` redirects to the canonical `from`/`to` address.
 */
export const load: PageServerLoad = async ({ url, request }) => {
	const parsed = parseEventQuery(url.searchParams);
	if (!parsed.ok) error(400, { message: parsed.message });
	const { from, to, ...filters } = parsed.query;
	const lanes = parseLaneMode(url.searchParams.get('lanes'));
	if (!lanes) error(400, { message: "'lanes' must be one of type, country, actor" });
	const db = appDb();

	const month = url.searchParams.get('month');
	if (month) {
		const reading = readMonthParam(month);
		if (!reading.ok) error(400, { message: reading.message });
		redirect(307, timelineHref({ ...reading.window, ...filters, lanes }));
	}

	let window: DayWindow | null = null;
	if (from && to) {
		window = { from, to };
	} else if (from || to) {
		// Half a window runs to the end (or from the start) of the events.
		const extent = timelineExtent(db, filters);
		const first = from ?? (extent && extent.from < to! ? extent.from : to!);
		const last = to ?? (extent && extent.to > from! ? extent.to : from!);
		window = { from: first, to: last };
	}

	const selected = url.searchParams.get('event') || null;
	if (selected) {
		const lookup = eventDetail(db, selected);
		if (!lookup.found) {
			if (lookup.redirectTo) {
				redirect(301, timelineHref({ from, to, ...filters, lanes, event: lookup.redirectTo }));
			}
			error(404, { message: `No event has the id “${selected}”.`, hint: 'search' });
		}
		const { start, end } = lookup.detail.event.date;
		if (!window && start) window = windowAround(start, end);
	}

	return {
		filters,
		lanes,
		selected,
		/** The days the address names, if any: what the URL keeps while the view stays put. */
		linked: { from, to },
		timeline: await timelineView(filters, window, request.signal)
	};
};
