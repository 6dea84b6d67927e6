import { dayNumber, fromDayNumber, isValidDay, isoDay, weekdayOf, yearOf } from '../dates/calendar';
import type { EventDate } from '../types';

export type PartialDate = NonNullable<EventDate['partial']>;

/**
 * The days in [start, end] (day numbers) that a year-less date ("Mar. 5", "a Saturday") can
 * name, at most `limit` of them: enough to tell "none", "exactly one" and "several".
 */
export function daysMatchingPartial(
	start: number,
	end: number,
	partial: PartialDate,
	limit: number
): number[] {
	const found: number[] = [];
	const { weekday } = partial;
	if (partial.month !== undefined && partial.day !== undefined) {
		for (let year = yearOf(fromDayNumber(start)); year <= yearOf(fromDayNumber(end)); year++) {
			if (!isValidDay(year, partial.month, partial.day)) continue;
			const day = dayNumber(isoDay(year, partial.month, partial.day));
			if (day < start || day > end) continue;
			if (weekday === undefined || weekdayOf(fromDayNumber(day)) === weekday) found.push(day);
			if (found.length >= limit) break;
		}
		return found;
	}
	if (partial.month === undefined && weekday !== undefined) {
		// Weekday only: step from the first matching day a week at a time.
		const first = start + ((weekday - weekdayOf(fromDayNumber(start)) + 7) % 7);
		for (let day = first; day <= end && found.length < limit; day += 7) found.push(day);
		return found;
	}
	for (let day = start; day <= end && found.length < limit; day++) {
		const iso = fromDayNumber(day);
		const monthOk = partial.month === undefined || +iso.slice(5, 7) === partial.month;
		if (monthOk && (weekday === undefined || weekdayOf(iso) === weekday)) found.push(day);
	}
	return found;
}

/** Whether two year-less dates can be the same day: no field contradicts, at least one agrees. */
export function partialsAgree(a: PartialDate, b: PartialDate): boolean {
	let agreeing = 0;
	for (const field of ['month', 'day', 'weekday'] as const) {
		if (a[field] === undefined || b[field] === undefined) continue;
		if (a[field] !== b[field]) return false;
		agreeing++;
	}
	return agreeing > 0;
}
