import { describe, expect, it } from 'vitest';
import { dayNumber, fromDayNumber } from '../dates/calendar';
import { daysMatchingPartial, partialsAgree } from './partialDays';

const days = (
	start: string,
	end: string,
	partial: Parameters<typeof daysMatchingPartial>[2],
	limit = 10
) => daysMatchingPartial(dayNumber(start), dayNumber(end), partial, limit).map(fromDayNumber);

describe('daysMatchingPartial', () => {
	it.each([
		{
			why: 'day and month in a coarse interval',
			start: '2020-01-01',
			end: '2020-04-30',
			partial: { month: 1, day: 3 },
			expected: ['2020-01-03']
		},
		{
			why: 'day and month over two years',
			start: '2019-06-01',
			end: '2021-02-01',
			partial: { month: 1, day: 3 },
			expected: ['2020-01-03', '2021-01-03']
		},
		{
			why: 'day and month outside the interval',
			start: '2020-02-01',
			end: '2020-12-31',
			partial: { month: 1, day: 3 },
			expected: []
		},
		{
			why: '29 February only in leap years',
			start: '2019-01-01',
			end: '2021-12-31',
			partial: { month: 2, day: 29 },
			expected: ['2020-02-29']
		},
		{
			why: 'day, month and weekday',
			start: '2019-01-01',
			end: '2021-12-31',
			partial: { month: 1, day: 3, weekday: 5 },
			expected: ['2020-01-03']
		},
		{
			why: 'weekday in a week',
			start: '2020-07-20',
			end: '2020-07-26',
			partial: { weekday: 2 },
			expected: ['2020-07-21']
		},
		{
			why: 'weekday in a month',
			start: '2023-04-01',
			end: '2023-04-30',
			partial: { weekday: 4 },
			expected: ['2023-04-06', '2023-04-13', '2023-04-20', '2023-04-27']
		},
		{
			why: 'weekday missing from a short span',
			start: '2020-07-20',
			end: '2020-07-21',
			partial: { weekday: 6 },
			expected: []
		},
		{
			why: 'month and weekday',
			start: '2020-01-01',
			end: '2020-02-29',
			partial: { month: 2, weekday: 1 },
			expected: ['2020-02-03', '2020-02-10', '2020-02-17', '2020-02-24']
		}
	])('$why', ({ start, end, partial, expected }) => {
		expect(days(start, end, partial)).toEqual(expected);
	});

	it('stops at the limit', () => {
		expect(days('2023-04-01', '2023-04-30', { weekday: 4 }, 2)).toEqual([
			'2023-04-06',
			'2023-04-13'
		]);
	});
});

describe('partialsAgree', () => {
	it.each([
		[{ month: 1, day: 3 }, { month: 1, day: 3 }, true],
		[{ month: 1, day: 3 }, { month: 1, day: 4 }, false],
		[{ weekday: 2 }, { weekday: 2 }, true],
		[{ weekday: 2 }, { month: 1, day: 3 }, false],
		[{ month: 1, day: 3, weekday: 5 }, { weekday: 5 }, true],
		[{ month: 1, day: 3, weekday: 5 }, { weekday: 4 }, false]
	])('%j ~ %j: %s', (a, b, expected) => {
		expect(partialsAgree(a, b)).toBe(expected);
		expect(partialsAgree(b, a)).toBe(expected);
	});
});
