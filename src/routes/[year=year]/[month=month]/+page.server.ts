import { error, redirect } from '@sveltejs/kit';
import { parseEventQuery } from '$lib/params/eventQuery';
import { readYearMonth } from '$lib/timeline/monthWindow';
import { timelineHref } from '$lib/timeline/timelineHref';
import type { PageServerLoad } from './$types';

/** `/2020/07` is a short way to write the canonical month view `/?from=2020-07-01&to=2020-07-31`. */
export const load: PageServerLoad = ({ params, url }) => {
	const reading = readYearMonth(params.year, params.month);
	if (!reading.ok) error(400, { message: reading.message });
	const parsed = parseEventQuery(url.searchParams);
	if (!parsed.ok) error(400, { message: parsed.message });
	const { q, actor, type } = parsed.query;
	redirect(301, timelineHref({ ...reading.window, q, actor, type }));
};
