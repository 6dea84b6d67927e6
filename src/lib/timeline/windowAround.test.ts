import { differenceInCalendarDays, parseISO } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { windowAround } from './windowAround';

const length = (window: { from: string; to: string }) =>
	differenceInCalendarDays(parseISO(window.to), parseISO(window.from)) + 1;

describe('windowAround', () => {
	it.each([
		['2020-07-21', null, '2020-06-21', '2020-08-20'],
		['2020-07-21', '2020-07-21', '2020-06-21', '2020-08-20'],
		// A long event gets three times its length, itself in the middle third.
		['2021-01-01', '2021-03-31', '2020-10-03', '2021-06-29']
	])('around %s..%s is %s..%s', (start, end, from, to) => {
		expect(windowAround(start, end)).toEqual({ from, to });
	});

	it('keeps the event inside, about the middle, and crosses year ends', () => {
		const window = windowAround('2020-12-31', null);
		expect(window.from < '2020-12-31' && window.to > '2020-12-31').toBe(true);
		expect(length(window)).toBe(61);
		const before = differenceInCalendarDays(parseISO('2020-12-31'), parseISO(window.from));
		const after = differenceInCalendarDays(parseISO(window.to), parseISO('2020-12-31'));
		expect(Math.abs(before - after)).toBeLessThanOrEqual(1);
	});
});
