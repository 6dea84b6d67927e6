/**
 * Calendar months as timeline windows: `/2020/07` and `?month=2020-07` stand for the window
 * `2020-07-01`…`2020-07-31`. Readers type these by hand, so a bad one gets a message that says
 * what is wrong rather than an empty timeline.
 */
import { utcDay, utcMonth } from 'd3-time';
import { utcMidnight } from '../dates/utcMidnight';
import type { IsoDay } from '../types';
import { toIsoDay } from './isoDay';

export interface DayWindow {
	from: IsoDay;
	to: IsoDay;
}

export type MonthReading = { ok: true; window: DayWindow } | { ok: false; message: string };

/** The first and last day of `month` (1–12) of a four-digit `year`. */
export function monthWindow(year: number, month: number): DayWindow {
	const first = new Date(utcMidnight(year, month, 1));
	return { from: toIsoDay(first), to: toIsoDay(utcDay.offset(utcMonth.offset(first, 1), -1)) };
}

/** Reads a year and a month as written in a path (`2020`, `07` or `7`). */
export function readYearMonth(yearText: string, monthText: string): MonthReading {
	if (!/^\d{4}$/.test(yearText)) {
		return { ok: false, message: `The year “${yearText}” must have four digits, like 2020.` };
	}
	if (!/^\d{1,2}$/.test(monthText) || +monthText < 1 || +monthText > 12) {
		return { ok: false, message: `The month “${monthText}” must be a number from 01 to 12.` };
	}
	return { ok: true, window: monthWindow(+yearText, +monthText) };
}

/** Reads the `month` parameter of a month-picker form: `2020-07`. */
export function readMonthParam(value: string): MonthReading {
	const match = /^(\d+)-(\d+)$/.exec(value.trim());
	if (!match) {
		return { ok: false, message: `'month' “${value}” must be a month like 2020-07.` };
	}
	return readYearMonth(match[1], match[2]);
}
