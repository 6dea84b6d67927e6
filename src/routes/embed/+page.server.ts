import { nameSourcesIn } from '$lib/provenance/sourceLabel';
import { appDb } from '$lib/server/appDb';
import { eventDetail } from '$lib/server/eventDetail';
import { load as timelineLoad } from '../+page.server';
import type { PageServerData as TimelineData } from '../$types';
import type { PageServerLoad } from './$types';

/**
 * `/embed` shows the view `/` shows for the same address (`from`, `to`, `q`, `actor`, `type`,
 * `event`), so its load is `/`'s: one validation, one window. The selected event's explanation
 * names its sources as the event page does (merge writes their ids).
 */
export const load = (async (event) => {
	const data = (await timelineLoad(event as never)) as TimelineData;
	const lookup = data.selected ? eventDetail(appDb(), data.selected) : null;
	const explanation =
		lookup?.found &&
		nameSourcesIn(lookup.detail.event.date.explanation, Object.values(lookup.detail.sources));
	return { ...data, explanation: explanation || null };
}) satisfies PageServerLoad;
