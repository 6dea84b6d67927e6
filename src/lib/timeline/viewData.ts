/**
 * Which data a timeline view needs. The page holds one loaded window of events; while the reader
 * pans and zooms inside it nothing is fetched, and when the view leaves it (or zooms into a
 * window the server had to truncate) the page loads a new window around the view.
 */
import { utcDay } from 'd3-time';
import type { IsoDay } from '../types';
import { daySpan, parseIsoDay, toIsoDay } from './isoDay';
import type { DayWindow } from './monthWindow';

const days = (window: DayWindow) =>
	utcDay.count(parseIsoDay(window.from), parseIsoDay(window.to)) + 1;

export interface LoadedWindow {
	window: DayWindow;
	/** Where the corpus has dated events; nothing lies outside it. */
	extent: DayWindow | null;
	/** The server left events of the window out. */
	truncated: boolean;
}

/** True when `view` shows days with events that `loaded` does not hold. */
export function needsNewWindow(loaded: LoadedWindow, view: DayWindow): boolean {
	const { extent, window } = loaded;
	if (!extent) return false;
	const from = view.from > extent.from ? view.from : extent.from;
	const to = view.to < extent.to ? view.to : extent.to;
	if (from > to) return false;
	if (from < window.from || to > window.to) return true;
	// Zoomed well inside a truncated window, a narrower one may hold every event; a window no
	// narrower than the loaded one would only bring the same events again.
	return loaded.truncated && days(windowFor(view, extent)) < days(window);
}

/** The window to load for `view`: the view and as much again on each side, within the extent. */
export function windowFor(view: DayWindow, extent: DayWindow | null): DayWindow {
	const span = days(view);
	let from = toIsoDay(utcDay.offset(parseIsoDay(view.from), -span));
	let to = toIsoDay(utcDay.offset(parseIsoDay(view.to), span));
	if (extent) {
		if (from < extent.from) from = extent.from < view.from ? extent.from : view.from;
		if (to > extent.to) to = extent.to > view.to ? extent.to : view.to;
	}
	return { from, to };
}

/** The first of `events` (in time order) that overlaps `view`, or null. */
export function firstInView<T extends { date: { start: IsoDay | null; end: IsoDay | null } }>(
	events: readonly T[],
	view: DayWindow
): T | null {
	for (const event of events) {
		const { start, end } = event.date;
		if (start && start <= view.to && (end ?? start) >= view.from) return event;
	}
	return null;
}

/** Share of the span added on each side when the view shows the whole corpus. */
const WHOLE_CORPUS_MARGIN = 0.03;

/**
 * The instants a loaded window opens on: the window's days, with a margin when it is the whole
 * corpus, where the first and last events would otherwise sit cut in half on the edges.
 */
export function openingView(loaded: Pick<LoadedWindow, 'window' | 'extent'>): [Date, Date] {
	const { window, extent } = loaded;
	const [from, to] = daySpan(window.from, window.to);
	if (!extent || extent.from !== window.from || extent.to !== window.to) return [from, to];
	const margin = (+to - +from) * WHOLE_CORPUS_MARGIN;
	return [new Date(+from - margin), new Date(+to + margin)];
}
