/**
 * The window `/?event=id` opens on: the event's days with room on both sides, so the reader
 * sees it among its neighbours and can tell a day from a month-long span at a glance.
 */
import { addDays, differenceInCalendarDays, formatISO, parseISO } from 'date-fns';
import type { IsoDay } from '../types';
import type { DayWindow } from './monthWindow';

/** Narrowest window around an event, in days. */
const MIN_WINDOW_DAYS = 61;
/** The window is this many times as long as the event. */
const SPAN_FACTOR = 3;

const isoDay = (date: Date) => formatISO(date, { representation: 'date' });

/** A window centred on the days `start`..`end` (end defaults to start). */
export function windowAround(start: IsoDay, end: IsoDay | null): DayWindow {
	const first = parseISO(start);
	const days = differenceInCalendarDays(parseISO(end ?? start), first) + 1;
	const total = Math.max(MIN_WINDOW_DAYS, days * SPAN_FACTOR);
	const before = Math.floor((total - days) / 2);
	return {
		from: isoDay(addDays(first, -before)),
		to: isoDay(addDays(first, total - before - 1))
	};
}
