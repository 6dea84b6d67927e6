import { describe, expect, it } from 'vitest';
import { addDays, addMonths, daysInMonth, formatDay, isValidDay, weekdayOf } from './calendar';

describe('calendar', () => {
	it.each([
		['2020-02-28', 1, '2020-02-29'],
		['2021-02-28', 1, '2021-03-01'],
		['2021-01-01', -1, '2020-12-31'],
		['2019-03-11', 2, '2019-03-13'],
		['2022-12-31', 366, '2024-01-01'],
		// Years 0–99 are not 1900–1999 (year 0 is a leap year, 1900 is not).
		['0000-02-28', 1, '0000-02-29'],
		['0099-12-31', 1, '0100-01-01'],
		['0050-01-01', -1, '0049-12-31']
	])('addDays(%s, %i) = %s', (day, n, expected) => {
		expect(addDays(day, n)).toBe(expected);
	});

	it.each([
		['1970-01-01', 4],
		['2020-07-21', 2],
		['2021-02-06', 6],
		['2023-02-05', 0],
		['1969-12-31', 3]
	])('weekdayOf(%s) = %i', (day, weekday) => {
		expect(weekdayOf(day)).toBe(weekday);
	});

	it.each([
		[2020, 2, 29],
		[2021, 2, 28],
		[2100, 2, 28],
		[0, 2, 29],
		[1900, 2, 28],
		[2021, 4, 30],
		[2021, 12, 31]
	])('daysInMonth(%i, %i) = %i', (year, month, days) => {
		expect(daysInMonth(year, month)).toBe(days);
	});

	it.each([
		[2021, 2, 29, false],
		[2020, 2, 29, true],
		[2021, 4, 31, false],
		[2021, 13, 1, false],
		[2021, 0, 1, false]
	])('isValidDay(%i, %i, %i) = %s', (year, month, day, valid) => {
		expect(isValidDay(year, month, day)).toBe(valid);
	});

	it.each([
		[2021, 1, -1, [2020, 12]],
		[2021, 12, 1, [2022, 1]],
		[2021, 6, -18, [2019, 12]]
	])('addMonths(%i, %i, %i)', (year, month, months, expected) => {
		expect(addMonths(year, month, months)).toEqual(expected);
	});

	it('formats a day the same whatever the machine zone', () => {
		expect(formatDay('2020-07-21')).toBe('Tue 21 Jul 2020');
		expect(formatDay('2020-01-03', 'd MMMM yyyy')).toBe('3 January 2020');
		expect(formatDay('0050-03-01')).toBe('Tue 1 Mar 0050');
	});
});
