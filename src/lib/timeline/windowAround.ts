/**
 * The window `/?event=id` opens on: the event's days with room on both sides, so the reader
 * sees it among its neighbours and can tell a day from a month-long span at a glance.
 */
import { utcDay } from 'd3-time';
import type { IsoDay } from '../types';
import { parseIsoDay, toIsoDay } from './isoDay';
import type { DayWindow } from './monthWindow';

/** Narrowest window around an event, in days. */
const MIN_WINDOW_DAYS = 61;
/** The window is this many times as long as the event. */
const SPAN_FACTOR = 3;

/** A window centred on the days `start`..`end` (end defaults to start). */
export function windowAround(start: IsoDay, end: IsoDay | null): DayWindow {
	const first = parseIsoDay(start);
	const days = utcDay.count(first, parseIsoDay(end ?? start)) + 1;
	const total = Math.max(MIN_WINDOW_DAYS, days * SPAN_FACTOR);
	const before = Math.floor((total - days) / 2);
	return {
		from: toIsoDay(utcDay.offset(first, -before)),
		to: toIsoDay(utcDay.offset(first, total - before - 1))
	};
}
