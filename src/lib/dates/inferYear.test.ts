import { describe, expect, it } from 'vitest';
import { monthForDayOfMonth, yearForDay, yearForMonth, type Lean } from './inferYear';

describe('yearForDay', () => {
	it.each<[number, number, string, Lean, number | null]>([
		[1, 3, '2021-02-06', 'past', 2021],
		[12, 7, '2021-12-31', 'past', 2021],
		[1, 10, '2021-12-31', 'future', 2022],
		[1, 10, '2021-12-31', 'past', 2021],
		[3, 23, '2021-03-20', 'nearest', 2021],
		[12, 28, '2022-01-04', 'nearest', 2021],
		// One day of slack for reports filed across zones.
		[9, 16, '2020-09-15', 'past', 2020],
		[9, 17, '2020-09-15', 'past', 2019],
		[2, 29, '2021-03-01', 'past', 2020],
		[2, 29, '2021-03-01', 'future', null]
	])('%i/%i around %s (%s) → %s', (month, day, publication, lean, expected) => {
		expect(yearForDay(month, day, publication, lean)).toBe(expected);
	});
});

describe('yearForMonth', () => {
	it.each<[number, string, Lean, number]>([
		[1, '2021-08-28', 'past', 2021],
		[10, '2021-08-05', 'future', 2021],
		[10, '2021-08-05', 'past', 2020],
		[8, '2021-08-05', 'past', 2021],
		[8, '2021-08-05', 'future', 2021],
		[12, '2022-01-10', 'nearest', 2021],
		[6, '2021-12-31', 'past', 2021]
	])('month %i around %s (%s) → %i', (month, publication, lean, expected) => {
		expect(yearForMonth(month, publication, lean)).toBe(expected);
	});
});

describe('monthForDayOfMonth', () => {
	it.each<[number, string, Lean, { year: number; month: number } | null]>([
		[15, '2021-03-20', 'past', { year: 2021, month: 3 }],
		[25, '2021-03-20', 'past', { year: 2021, month: 2 }],
		[25, '2021-03-20', 'future', { year: 2021, month: 3 }],
		[15, '2021-03-20', 'future', { year: 2021, month: 4 }],
		[31, '2021-03-02', 'past', { year: 2021, month: 1 }]
	])('the %i around %s (%s)', (day, publication, lean, expected) => {
		expect(monthForDayOfMonth(day, publication, lean)).toEqual(expected);
	});
});
