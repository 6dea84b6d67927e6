import { describe, expect, it } from 'vitest';
import { mondayOf, weekdayFrom, type WeekdayRule } from './weekdays';

describe('weekdayFrom', () => {
	// 2020-07-22 is a Wednesday.
	it.each<[string, number, WeekdayRule, string]>([
		['2020-07-22', 2, 'onOrBefore', '2020-07-21'],
		['2020-07-22', 3, 'onOrBefore', '2020-07-22'],
		['2020-07-22', 4, 'onOrBefore', '2020-07-16'],
		['2020-07-22', 3, 'before', '2020-07-15'],
		['2020-07-22', 5, 'onOrAfter', '2020-07-24'],
		['2020-07-22', 3, 'onOrAfter', '2020-07-22'],
		['2020-07-22', 3, 'after', '2020-07-29'],
		['2020-07-22', 1, 'sameWeek', '2020-07-20'],
		['2020-07-22', 0, 'sameWeek', '2020-07-26']
	])('from %s weekday %i %s → %s', (from, weekday, rule, expected) => {
		expect(weekdayFrom(from, weekday, rule)).toBe(expected);
	});

	it.each([
		['2021-08-30', '2021-08-30'],
		['2021-08-29', '2021-08-23'],
		['2021-08-28', '2021-08-23']
	])('mondayOf(%s) = %s', (day, monday) => {
		expect(mondayOf(day)).toBe(monday);
	});
});
