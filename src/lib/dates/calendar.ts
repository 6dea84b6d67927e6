/**
 * Calendar-day arithmetic on `YYYY-MM-DD` strings. Event dates are zone-free calendar days, so
 * they are counted as whole days since 1970-01-01 (UTC): no machine time zone can leak in.
 */
import { format } from 'date-fns';
import type { IsoDay } from '../types';
import { utcMidnight } from './utcMidnight';

const MS_PER_DAY = 86_400_000;

export function isoDay(year: number, month: number, day: number): IsoDay {
	return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export { utcMidnight };

export function dayNumber(day: IsoDay): number {
	return utcMidnight(+day.slice(0, 4), +day.slice(5, 7), +day.slice(8, 10)) / MS_PER_DAY;
}

export function fromDayNumber(n: number): IsoDay {
	const d = new Date(n * MS_PER_DAY);
	return isoDay(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

export function addDays(day: IsoDay, days: number): IsoDay {
	return fromDayNumber(dayNumber(day) + days);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(day: IsoDay): number {
	// 1970-01-01 was a Thursday (4).
	return (((dayNumber(day) + 4) % 7) + 7) % 7;
}

export function daysInMonth(year: number, month: number): number {
	return new Date(utcMidnight(year, month + 1, 0)).getUTCDate();
}

/** Whether year/month/day names a real calendar day (no 31 April). */
export function isValidDay(year: number, month: number, day: number): boolean {
	return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function yearOf(day: IsoDay): number {
	return +day.slice(0, 4);
}

export function monthOf(day: IsoDay): number {
	return +day.slice(5, 7);
}

/** Moves a year/month pair by `months`, e.g. (2021, 1) - 1 → (2020, 12). */
export function addMonths(year: number, month: number, months: number): [number, number] {
	const index = year * 12 + (month - 1) + months;
	return [Math.floor(index / 12), (index % 12) + 1];
}

/** Formatted days repeat (the publication day, the same weekday): keep them, up to a bound. */
const FORMATTED_LIMIT = 4096;
const formatted = new Map<string, string>();

/**
 * A human date via date-fns `format`, e.g. "Tue 21 Jul 2020". Formatted from local noon of
 * that day, which has the same calendar fields in every machine zone (and is cheaper than a
 * zoned date).
 */
export function formatDay(day: IsoDay, pattern = 'EEE d MMM yyyy'): string {
	const key = `${day}|${pattern}`;
	let text = formatted.get(key);
	if (text === undefined) {
		if (formatted.size >= FORMATTED_LIMIT) formatted.clear();
		const noon = new Date(2000, 0, 1, 12);
		noon.setFullYear(yearOf(day), monthOf(day) - 1, +day.slice(8, 10));
		text = format(noon, pattern);
		formatted.set(key, text);
	}
	return text;
}
