import { describe, expect, it } from 'vitest';
import { describePublication, describeSpan, quoteWords } from './describe';
import { publicationFromIso } from './publicationFromIso';

describe('describeSpan', () => {
	it.each([
		['2020-01-03', '2020-01-03', '3 January 2020'],
		['2020-03-01', '2020-03-31', 'March 2020'],
		['2020-01-01', '2020-04-30', 'January to April 2020'],
		['2020-01-01', '2020-12-31', '2020'],
		['2022-09-01', '2023-02-28', 'September 2022 to February 2023'],
		['2022-03-01', '2022-03-10', '1 to 10 March 2022'],
		['2021-06-12', '2021-06-13', '12 to 13 June 2021'],
		['2022-09-01', '2022-11-30', 'September to November 2022'],
		['2022-09-01', '2022-11-29', '1 September to 29 November 2022'],
		['2021-12-30', '2022-01-02', '30 December 2021 to 2 January 2022']
	])('%s..%s reads "%s"', (start, end, words) => {
		expect(describeSpan(start, end)).toBe(words);
	});
});

describe('describePublication', () => {
	it.each([
		['2020-07-22T00:20:00+04:30', 'Asia/Tehran', 'Wed 22 Jul 2020, 00:20 Tehran time'],
		['2023-02-03T18:48:00-05:00', 'America/New_York', 'Fri 3 Feb 2023, 18:48 New York time'],
		['2022-11-30T10:05:00+03:00', null, 'Wed 30 Nov 2022, 10:05 UTC+03:00'],
		['2019-03-11T19:42:00Z', null, 'Mon 11 Mar 2019, 19:42 UTC'],
		['2021-02-06T13:47:00', null, 'Sat 6 Feb 2021, 13:47 (time zone not stated)'],
		['2021-02-06', null, 'Sat 6 Feb 2021']
	])('%s reads "%s"', (iso, zone, words) => {
		const publication = publicationFromIso(iso);
		if (!publication) throw new Error(`bad fixture ${iso}`);
		expect(describePublication(zone ? { ...publication, timeZone: zone } : publication)).toBe(
			words
		);
	});
});

describe('quoteWords', () => {
	it('capitalises and drops trailing punctuation', () => {
		expect(quoteWords('early last year,')).toBe("'Early last year'");
	});
});
