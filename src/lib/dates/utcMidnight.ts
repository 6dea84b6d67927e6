/**
 * Midnight UTC of `year`-`month` (1–12)-`day`, in ms since 1970; out-of-range months and days
 * roll over as in `Date.UTC`, which is not used because it reads years 0–99 as 1900–1999. A
 * module of its own: the timeline's browser code needs only this of the calendar, whose date
 * formatting (date-fns) would otherwise ship with it.
 */
export function utcMidnight(year: number, month: number, day: number): number {
	const date = new Date(0);
	date.setUTCFullYear(year, month - 1, day);
	return date.getTime();
}
