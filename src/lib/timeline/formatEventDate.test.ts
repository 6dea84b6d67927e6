import { describe, expect, it } from 'vitest';
import { formatEventDate } from './formatEventDate';

describe('formatEventDate', () => {
	it.each([
		['2020-07-21', '2020-07-21', false, '21 Jul 2020'],
		['2020-07-21', null, false, '21 Jul 2020'],
		['2020-07-21', '2020-07-23', false, '21–23 Jul 2020'],
		['2020-06-28', '2020-07-03', false, '28 Jun – 3 Jul 2020'],
		['2019-12-28', '2020-01-03', false, '28 Dec 2019 – 3 Jan 2020'],
		['2020-07-01', '2020-07-31', false, 'Jul 2020'],
		['2020-02-01', '2020-02-29', false, 'Feb 2020'],
		['2020-01-01', '2020-04-30', true, 'Jan–Apr 2020 (approx.)'],
		['2019-12-01', '2020-01-31', false, 'Dec 2019 – Jan 2020'],
		['2020-01-01', '2020-12-31', false, '2020'],
		['2019-01-01', '2020-12-31', false, '2019–2020'],
		['2020-03-01', '2020-03-10', false, '1–10 Mar 2020'],
		['2020-04-12', '2020-04-12', true, '12 Apr 2020 (approx.)'],
		// A month that starts mid-month is not a whole month: the days are kept.
		['2020-07-02', '2020-07-31', false, '2–31 Jul 2020']
	])('%s..%s (approximate: %s) reads "%s"', (start, end, approximate, expected) => {
		expect(formatEventDate({ start, end, approximate })).toBe(expected);
	});

	it('says undated when there is no start', () => {
		expect(formatEventDate({ start: null, end: null, approximate: false })).toBe('Undated');
	});
});
