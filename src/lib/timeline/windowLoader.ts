/**
 * Loads the window of events around the view when the view leaves the loaded one (or zooms well
 * into a window the server truncated): at most one request per interval, an earlier one still
 * running abandoned. Shared by `/` and `/embed`, which pan and zoom alike.
 */
import { throttle } from './delayedCall';
import { timelineSearch, type TimelineFilters } from './timelineHref';
import type { TimelineData, ViewRange } from './types';
import { needsNewWindow, windowFor } from './viewData';

export interface WindowLoader {
	/** The view moved: load a new window if it needs one. */
	load(view: ViewRange): void;
	/** Stops waiting and abandons a request under way. */
	cancel(): void;
}

const FETCH_INTERVAL_MS = 200;

/**
 * `loaded` reads the window held now and `filters` the view's filters; `onload` gets a new window,
 * unless the loaded one was replaced meanwhile (a navigation brought its own).
 */
export function windowLoader(
	loaded: () => TimelineData,
	filters: () => TimelineFilters,
	onload: (timeline: TimelineData) => void
): WindowLoader {
	let fetching: AbortController | null = null;
	const load = throttle(async (view: ViewRange) => {
		const current = loaded();
		if (!needsNewWindow(current, view)) return;
		fetching?.abort();
		const controller = (fetching = new AbortController());
		const search = timelineSearch({ ...windowFor(view, current.extent), ...filters() });
		try {
			const response = await fetch(`/api/timeline.json?${search}`, { signal: controller.signal });
			if (response.ok && loaded() === current) onload(await response.json());
		} catch (error) {
			if ((error as Error).name !== 'AbortError') throw error;
		}
	}, FETCH_INTERVAL_MS);
	return {
		load,
		cancel() {
			load.cancel();
			fetching?.abort();
		}
	};
}
