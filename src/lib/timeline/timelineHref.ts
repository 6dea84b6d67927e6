/**
 * The canonical address of a timeline view: `/?from=2020-07-01&to=2020-07-31`, then the filters,
 * the lanes and the selected event. One builder for links, history entries and fetches, so a view has one
 * URL however it was reached.
 */
import type { EventType, IsoDay } from '../types';
import type { LaneMode } from './lanes';

export interface TimelineFilters {
	q?: string;
	actor?: string;
	type?: readonly EventType[];
}

export interface TimelineAddress extends TimelineFilters {
	from?: IsoDay;
	to?: IsoDay;
	/** How the events are grouped into lanes; 'type' (the default) is left out. */
	lanes?: LaneMode;
	/** The selected event. */
	event?: string | null;
}

/** The query string of a view (`from=…&to=…&q=…`), parameters in a fixed order, empty ones left out. */
export function timelineSearch(address: TimelineAddress): string {
	const params = new URLSearchParams();
	const add = (key: string, value: string | null | undefined) => {
		if (value) params.set(key, value);
	};
	add('from', address.from);
	add('to', address.to);
	add('q', address.q?.trim());
	add('actor', address.actor);
	add('type', address.type?.join(','));
	add('lanes', address.lanes === 'type' ? undefined : address.lanes);
	add('event', address.event);
	return params.toString();
}

/** The page showing a view: `/` with its query string, or `/` alone for the whole corpus. */
export function timelineHref(address: TimelineAddress): string {
	const search = timelineSearch(address);
	return search ? `/?${search}` : '/';
}
