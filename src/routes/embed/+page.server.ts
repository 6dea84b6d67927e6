import { load as timelineLoad } from '../+page.server';
import type { PageServerData as TimelineData } from '../$types';
import type { PageServerLoad } from './$types';

/**
 * `/embed` shows the view `/` shows for the same address (`from`, `to`, `q`, `actor`, `type`,
 * `event`), so its load is `/`'s: one validation, one window.
 */
export const load = ((event) =>
	timelineLoad(event as never) as TimelineData) satisfies PageServerLoad;
