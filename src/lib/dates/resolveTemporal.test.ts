import { describe, expect, it } from 'vitest';
import type { EventDate, Precision } from '../types';
import { findTemporalExpressions } from './findTemporalExpressions';
import { publicationFromIso } from './publicationFromIso';
import { resolveTemporal } from './resolveTemporal';
import type { Tense } from './types';

function resolve(
	words: string,
	published: string | null,
	tense: Tense = 'past',
	anchor: EventDate | null = null
) {
	const [expr] = findTemporalExpressions(words);
	if (!expr) throw new Error(`no expression in ${words}`);
	const publication = published ? publicationFromIso(published) : null;
	if (published && publication) publication.timeZone = publication.timeZone ?? null;
	return resolveTemporal(expr, { publication, tense, anchor });
}

type Row = [string, string, Tense, string, string, Precision];

describe('resolveTemporal: explicit dates', () => {
	it.each<Row>([
		['on January 3, 2020', '2021-02-06T13:47:00+03:30', 'past', '2020-01-03', '2020-01-03', 'day'],
		['on 3 January 2020', '2019-06-01', 'past', '2020-01-03', '2020-01-03', 'day'],
		// Year-less: the most recent on or before publication for a past sentence...
		['On Jan. 3', '2021-02-06T13:47:00+03:30', 'past', '2021-01-03', '2021-01-03', 'day'],
		['on Dec. 7', '2021-12-31T07:05:00+05:30', 'past', '2021-12-07', '2021-12-07', 'day'],
		['on Oct. 7', '2021-02-06', 'past', '2020-10-07', '2020-10-07', 'day'],
		// ...the next one for a future one.
		['on Jan. 10', '2021-12-31T07:05:00+05:30', 'future', '2022-01-10', '2022-01-10', 'day'],
		['on March 23', '2021-03-20', 'future', '2021-03-23', '2021-03-23', 'day'],
		['on March 23', '2021-03-20', 'present', '2021-03-23', '2021-03-23', 'day'],
		['between 18 and 19 March', '2021-03-20', 'past', '2021-03-18', '2021-03-19', 'range'],
		['from 30 December to 2 January', '2022-01-05', 'past', '2021-12-30', '2022-01-02', 'range'],
		['in March 2020', '2021-01-01', 'past', '2020-03-01', '2020-03-31', 'month'],
		['in late September 2019', '2021-01-01', 'past', '2019-09-21', '2019-09-30', 'range'],
		['in 2018', '2021-01-01', 'past', '2018-01-01', '2018-12-31', 'year'],
		['in late 2017', '2021-01-01', 'past', '2017-09-01', '2017-12-31', 'range'],
		['in mid-2019', '2021-01-01', 'past', '2019-05-01', '2019-08-31', 'range'],
		['in spring 2021', '2021-01-01', 'past', '2021-03-01', '2021-05-31', 'season'],
		['in winter 2021', '2021-01-01', 'past', '2021-12-01', '2022-02-28', 'season']
	])('%s (published %s, %s) → %s..%s %s', (words, published, tense, start, end, precision) => {
		const date = resolve(words, published, tense);
		expect(date).toMatchObject({
			start,
			end,
			precision,
			derivation: 'explicit',
			approximate: false
		});
		expect(date.text).toBe(words);
	});

	it('says where the year of a year-less date came from', () => {
		expect(resolve('On Jan. 3', '2021-02-06T13:47:00+03:30').explanation).toBe(
			'3 January is stated without a year; 2021 is the most recent one on or before publication on Sat 6 Feb 2021, 13:47 UTC+03:30.'
		);
		expect(resolve('on January 3, 2020', null).explanation).toBe(
			'3 January 2020, stated in the text.'
		);
	});

	it('never guesses the year of a year-less date without a publication date', () => {
		expect(resolve('On Jan. 3', null)).toMatchObject({
			start: null,
			end: null,
			precision: 'unknown',
			derivation: 'unresolved',
			partial: { month: 1, day: 3 }
		});
	});

	it('takes the year from a dated related event when there is no publication date', () => {
		const anchor: EventDate = {
			start: '2021-03-18',
			end: '2021-03-18',
			precision: 'day',
			derivation: 'explicit',
			text: 'March 18, 2021',
			explanation: '',
			approximate: false
		};
		expect(resolve('on March 23', null, 'future', anchor)).toMatchObject({
			start: '2021-03-23',
			derivation: 'explicit'
		});
		const range = { ...anchor, end: '2021-03-19', precision: 'range' as const };
		expect(resolve('on Dec. 30', null, 'past', range)).toMatchObject({ start: '2020-12-30' });
		expect(resolve('on Dec. 30', null, 'past', { ...range, approximate: true })).toMatchObject({
			start: null,
			partial: { month: 12, day: 30 }
		});
	});
});

describe('resolveTemporal: weekdays', () => {
	it.each<[string, string, Tense, string]>([
		// Wed 22 Jul 2020 00:20 in Tehran: "on Tuesday" is the day before, in the publisher's zone.
		['on Tuesday afternoon', '2020-07-22T00:20:00+04:30', 'past', '2020-07-21'],
		// Published on the Saturday itself.
		['late on Sat.', '2020-09-26T22:00:00+03:30', 'past', '2020-09-26'],
		['on Wednesday', '2021-02-06T13:47:00+03:30', 'past', '2021-02-03'],
		['on Sunday', '2021-02-06', 'present', '2021-01-31'],
		['on Monday', '2019-03-11T19:42:00Z', 'future', '2019-03-11'],
		['on Tuesday', '2019-03-11T19:42:00Z', 'future', '2019-03-12'],
		['on Wednesday', '2019-03-11T19:42:00Z', 'future', '2019-03-13'],
		['on Friday', '2021-03-19T08:12:00Z', 'future', '2021-03-19'],
		['on Thursday', '2020-12-31', 'future', '2020-12-31'],
		['on Monday', '2020-12-31', 'future', '2021-01-04'],
		['last Tuesday', '2020-07-21', 'past', '2020-07-14'],
		['last Monday', '2020-07-22', 'past', '2020-07-20'],
		['this Friday', '2020-07-22', 'future', '2020-07-24'],
		['this Monday', '2020-07-22', 'past', '2020-07-20'],
		['next Monday', '2020-07-22', 'future', '2020-07-27'],
		['on Friday last week', '2020-07-22', 'past', '2020-07-17'],
		['on Monday of next week', '2020-07-22', 'future', '2020-07-27'],
		['on Tuesday this week', '2020-07-22', 'past', '2020-07-21']
	])('%s (published %s, %s) → %s', (words, published, tense, day) => {
		expect(resolve(words, published, tense)).toMatchObject({
			start: day,
			end: day,
			precision: 'day',
			derivation: 'relative-to-publication'
		});
	});

	it('explains the day in the publisher’s zone', () => {
		expect(resolve('on Tuesday afternoon', '2020-07-22T00:20:00+04:30').explanation).toBe(
			'The Tuesday before publication on Wed 22 Jul 2020, 00:20 UTC+04:30: Tue 21 Jul 2020.'
		);
	});

	it('cannot fix a weekday without a publication date', () => {
		const date = resolve('late on Sat.', null);
		expect(date).toMatchObject({
			start: null,
			end: null,
			derivation: 'unresolved',
			partial: { weekday: 6 }
		});
		expect(date.explanation).toBe(
			"The text says 'Late on Sat.' (a Saturday) but the article has no publication date, so the day cannot be fixed."
		);
	});

	it('resolves a pair of weekdays to a range', () => {
		expect(resolve('for Sunday and Monday', '2023-02-03T18:48:00-05:00', 'future')).toMatchObject({
			start: '2023-02-05',
			end: '2023-02-06',
			precision: 'range'
		});
	});
});

describe('resolveTemporal: relative to publication', () => {
	it.each<Row>([
		['yesterday', '2022-11-30T10:05:00+03:00', 'past', '2022-11-29', '2022-11-29', 'day'],
		['today', '2022-11-30', 'past', '2022-11-30', '2022-11-30', 'day'],
		['tonight', '2022-11-30', 'future', '2022-11-30', '2022-11-30', 'day'],
		['tomorrow', '2022-11-30', 'future', '2022-12-01', '2022-12-01', 'day'],
		['two days ago', '2022-03-01', 'past', '2022-02-27', '2022-02-27', 'day'],
		['last week', '2021-08-30T19:40:00+01:00', 'past', '2021-08-23', '2021-08-29', 'range'],
		['Last week', '2022-11-30', 'past', '2022-11-21', '2022-11-27', 'range'],
		['this week', '2021-08-28', 'past', '2021-08-23', '2021-08-29', 'range'],
		['next week', '2021-03-19', 'future', '2021-03-22', '2021-03-28', 'range'],
		['earlier this week', '2021-03-19', 'past', '2021-03-15', '2021-03-19', 'range'],
		['last month', '2020-10-15', 'past', '2020-09-01', '2020-09-30', 'month'],
		['last month', '2021-01-10', 'past', '2020-12-01', '2020-12-31', 'month'],
		['late last month', '2023-04-06', 'past', '2023-03-21', '2023-03-31', 'range'],
		['earlier this month', '2021-06-16', 'past', '2021-06-01', '2021-06-16', 'range'],
		['last year', '2021-02-06', 'past', '2020-01-01', '2020-12-31', 'year'],
		['early last year', '2021-02-06', 'past', '2020-01-01', '2020-04-30', 'range'],
		['late last year', '2023-02-03', 'past', '2022-09-01', '2022-12-31', 'range'],
		['early next year', '2022-11-14', 'future', '2023-01-01', '2023-04-30', 'range'],
		['at the end of last year', '2023-02-03', 'past', '2022-09-01', '2022-12-31', 'range'],
		['by end of next month', '2023-02-03', 'future', '2023-03-21', '2023-03-31', 'range'],
		['earlier this year', '2021-06-16', 'past', '2021-01-01', '2021-06-16', 'range'],
		['in early March', '2022-03-29', 'past', '2022-03-01', '2022-03-10', 'range'],
		['in mid-March', '2022-03-29', 'past', '2022-03-11', '2022-03-20', 'range'],
		['in late February', '2022-03-29', 'past', '2022-02-21', '2022-02-28', 'range'],
		['in January', '2021-08-28', 'past', '2021-01-01', '2021-01-31', 'month'],
		// A month named from now: "last June" in June is a year back, "next June" a year on.
		['last August', '2025-06-20', 'past', '2024-08-01', '2024-08-31', 'month'],
		['last March', '2025-06-20', 'past', '2025-03-01', '2025-03-31', 'month'],
		['last June', '2025-06-20', 'past', '2024-06-01', '2024-06-30', 'month'],
		['next January', '2025-06-20', 'future', '2026-01-01', '2026-01-31', 'month'],
		['next June', '2025-06-20', 'future', '2026-06-01', '2026-06-30', 'month'],
		['this March', '2025-06-20', 'past', '2025-03-01', '2025-03-31', 'month'],
		['in October', '2021-08-05', 'future', '2021-10-01', '2021-10-31', 'month'],
		['in December', '2022-01-10', 'past', '2021-12-01', '2021-12-31', 'month'],
		['since March last year', '2021-09-29', 'past', '2020-03-01', '2021-09-29', 'range'],
		['in September last year', '2022-08-05', 'past', '2021-09-01', '2021-09-30', 'month'],
		['since September', '2022-11-30', 'past', '2022-09-01', '2022-11-30', 'range'],
		['over the weekend', '2021-08-30', 'past', '2021-08-28', '2021-08-29', 'range'],
		['over the weekend', '2021-06-16', 'past', '2021-06-12', '2021-06-13', 'range'],
		['over the weekend', '2021-08-29', 'past', '2021-08-28', '2021-08-29', 'range'],
		['over the weekend', '2021-06-16', 'future', '2021-06-19', '2021-06-20', 'range'],
		['last summer', '2021-02-06', 'past', '2020-06-01', '2020-08-31', 'season'],
		['last summer', '2021-10-06', 'past', '2021-06-01', '2021-08-31', 'season'],
		['on the 15th', '2021-03-20', 'past', '2021-03-15', '2021-03-15', 'day'],
		// A Saturday paper: Friday night and the early hours of Friday are the day before.
		['late on Friday night', '2023-06-10T09:00:00Z', 'past', '2023-06-09', '2023-06-09', 'day'],
		['in the early hours of Friday', '2023-06-10', 'past', '2023-06-09', '2023-06-09', 'day'],
		['in the early hours of Saturday', '2023-06-10', 'past', '2023-06-10', '2023-06-10', 'day'],
		['overnight on Thursday', '2023-06-10', 'past', '2023-06-08', '2023-06-08', 'day'],
		['Thursday overnight', '2023-06-10', 'past', '2023-06-08', '2023-06-08', 'day'],
		['overnight', '2023-06-10', 'past', '2023-06-09', '2023-06-10', 'range'],
		['overnight', '2023-06-10', 'future', '2023-06-10', '2023-06-11', 'range'],
		['mid-April', '2023-06-10', 'past', '2023-04-11', '2023-04-20', 'range'],
		['at the end of October', '2023-06-10', 'future', '2023-10-21', '2023-10-31', 'range'],
		// From the day after publication (a Wednesday) to the Sunday, or to the month's end.
		['later this week', '2023-06-07', 'future', '2023-06-08', '2023-06-11', 'range'],
		['later this week', '2023-06-11', 'future', '2023-06-11', '2023-06-11', 'range'],
		['later this month', '2023-06-07', 'future', '2023-06-08', '2023-06-30', 'range'],
		['next week', '2023-06-07', 'future', '2023-06-12', '2023-06-18', 'range']
	])('%s (published %s, %s) → %s..%s %s', (words, published, tense, start, end, precision) => {
		const date = resolve(words, published, tense);
		expect(date).toMatchObject({
			start,
			end,
			precision,
			derivation: 'relative-to-publication',
			approximate: false
		});
	});

	it('explains a relative period', () => {
		expect(resolve('early last year', '2021-02-06T13:47:00+03:30').explanation).toBe(
			"'Early last year' relative to publication on 6 Feb 2021: January to April 2020."
		);
	});

	it.each(['yesterday', 'last week', 'late last month', 'over the weekend', 'in January'])(
		'%s stays unresolved without a publication date',
		(words) => {
			expect(resolve(words, null)).toMatchObject({
				start: null,
				end: null,
				derivation: 'unresolved'
			});
		}
	);
});

describe('resolveTemporal: the nth day of an event', () => {
	const visit: EventDate = {
		start: '2023-06-05',
		end: '2023-06-07',
		precision: 'range',
		derivation: 'relative-to-publication',
		text: 'a three-day visit from Monday',
		explanation: '',
		approximate: false
	};

	it.each<[string, EventDate | null, string | null]>([
		['on the second day of his visit', visit, '2023-06-06'],
		['on the third day of the visit', visit, '2023-06-07'],
		// Past the end of the related event: not its day.
		['on the fourth day of the visit', visit, null],
		['day two of the summit', { ...visit, end: visit.start, precision: 'day' }, '2023-06-06'],
		['the 18th day of talks', null, null]
	])('%s → %s', (words, anchor, day) => {
		const date = resolve(words, '2023-06-10', 'past', anchor);
		expect(date.start).toBe(day);
		if (day) expect(date.derivation).toBe('same-as-other-event');
		else expect(date.explanation).toContain('counts days from a start the text does not date');
	});
});

describe('resolveTemporal: anchored to another event', () => {
	const monday: EventDate = {
		start: '2019-03-11',
		end: '2019-03-11',
		precision: 'day',
		derivation: 'relative-to-publication',
		text: 'on Monday',
		explanation: '',
		approximate: false
	};

	it.each<[string, string]>([
		['Later that evening', '2019-03-11'],
		['the same day', '2019-03-11'],
		['afterwards', '2019-03-11'],
		['the next day', '2019-03-12'],
		['three days later', '2019-03-14'],
		['the day before', '2019-03-10'],
		['a day ahead of', '2019-03-10'],
		['two days after', '2019-03-13']
	])('%s the Monday → %s', (words, day) => {
		expect(resolve(words, '2019-03-13', 'past', monday)).toMatchObject({
			start: day,
			end: day,
			precision: 'day',
			derivation: 'same-as-other-event'
		});
	});

	it.each<[string, EventDate, string | null, string | null, string]>([
		['that same month', monday, '2019-03-01', '2019-03-31', 'month'],
		['that week', monday, '2019-03-11', '2019-03-17', 'range'],
		['later the same year', monday, '2019-01-01', '2019-12-31', 'year'],
		[
			'that same month',
			{ ...monday, start: '2019-03-01', end: '2019-03-31', precision: 'month' },
			'2019-03-01',
			'2019-03-31',
			'month'
		],
		// A count of months or years from it: that whole month or year, never a day.
		['a year later', monday, '2020-01-01', '2020-12-31', 'year'],
		['three months later', monday, '2019-06-01', '2019-06-30', 'month'],
		['two months earlier', monday, '2019-01-01', '2019-01-31', 'month'],
		// Months counted from an event known only by its year would invent a month.
		[
			'six months later',
			{ ...monday, start: '2019-01-01', end: '2019-12-31', precision: 'year' },
			null,
			null,
			'unknown'
		],
		// An event spanning two months has no one month to name.
		[
			'that same month',
			{ ...monday, start: '2019-03-30', end: '2019-04-02' },
			null,
			null,
			'unknown'
		]
	])('"%s" is the period of the related event', (words, anchor, start, end, precision) => {
		expect(resolve(words, '2019-05-13', 'past', anchor)).toMatchObject({ start, end, precision });
	});

	it('falls back to the publication day for "earlier in the day" only', () => {
		expect(resolve('Earlier in the day', '2020-09-16T04:48:07+08:00')).toMatchObject({
			start: '2020-09-16',
			derivation: 'relative-to-publication'
		});
		expect(resolve('the next day', '2020-09-16')).toMatchObject({
			start: null,
			derivation: 'unresolved'
		});
		expect(resolve('Later that evening', '2020-09-16')).toMatchObject({ start: null });
	});

	it('refuses an anchor that contradicts the tense', () => {
		const plannedSunday = { ...monday, start: '2023-02-05', end: '2023-02-05' };
		expect(
			resolve('earlier in the day', '2023-02-03T18:48:00-05:00', 'past', plannedSunday)
		).toMatchObject({
			start: '2023-02-03',
			derivation: 'relative-to-publication'
		});
		expect(
			resolve('the same day', '2023-02-03T18:48:00-05:00', 'future', plannedSunday)
		).toMatchObject({
			start: '2023-02-05',
			derivation: 'same-as-other-event'
		});
		expect(
			resolve('the same day', '2023-02-03', 'future', {
				...monday,
				start: '2023-01-02',
				end: '2023-01-02'
			})
		).toMatchObject({
			start: null
		});
	});

	it('counts days only from a single-day anchor', () => {
		const visit = { ...monday, end: '2019-03-13', precision: 'range' as const };
		expect(resolve('the next day', null, 'past', visit)).toMatchObject({
			start: null,
			derivation: 'unresolved'
		});
		const lateLastYear: EventDate = {
			start: '2022-09-01',
			end: '2022-12-31',
			precision: 'range',
			derivation: 'relative-to-publication',
			text: 'late last year',
			explanation: '',
			approximate: false
		};
		expect(
			resolve('earlier in the day', '2023-02-03T18:48:00-05:00', 'past', lateLastYear)
		).toMatchObject({
			start: '2023-02-03',
			end: '2023-02-03',
			derivation: 'relative-to-publication'
		});
	});
});

describe('resolveTemporal: a year-less month in an article with no date', () => {
	const ratified = (start: string, approximate = false): EventDate => ({
		start,
		end: start,
		precision: 'day',
		derivation: 'explicit',
		text: '',
		explanation: '',
		approximate
	});

	it.each<[string, string, string, string]>([
		['at the end of May', '2024-05-09', '2024-05-21', '2024-05-31'],
		['in early July', '2024-05-09', '2024-07-01', '2024-07-10'],
		// The nearest such month may lie in the year before the related event.
		['in December', '2025-01-08', '2024-12-01', '2024-12-31']
	])('%s near a related event of %s → %s to %s', (words, anchor, start, end) => {
		expect(resolve(words, null, 'past', ratified(anchor))).toMatchObject({
			start,
			end,
			derivation: 'explicit'
		});
	});

	it.each<[string, EventDate | null]>([
		['no related event', null],
		['only a bound', ratified('2024-05-09', true)]
	])('stays undated with %s', (_, anchor) => {
		expect(resolve('at the end of May', null, 'past', anchor)).toMatchObject({
			start: null,
			derivation: 'unresolved'
		});
	});
});

describe('resolveTemporal: no date at all', () => {
	it.each(['in the coming weeks', 'soon', 'three-day visit'])('%s', (words) => {
		const date = resolve(words, '2020-09-16');
		expect(date).toMatchObject({
			start: null,
			end: null,
			precision: 'unknown',
			derivation: 'unresolved'
		});
		expect(date.explanation.length).toBeGreaterThan(20);
	});
});

describe('resolveTemporal: a publication date read one of two ways', () => {
	it('says so in what it counts from it', () => {
		const [expr] = findTemporalExpressions('on Friday');
		const base = publicationFromIso('2023-03-10T23:40:00+08:00');
		if (!base) throw new Error('no publication');
		const publication = {
			...base,
			text: '10/03/2023 23:40 GMT+8 (read as 10 March, uncertain)',
			approximate: true
		};
		const date = resolveTemporal(expr, { publication, tense: 'past', anchor: null });
		expect(date.start).toBe('2023-03-10');
		expect(date.explanation).toContain('The publication date reads two ways');
		const sure = resolveTemporal(expr, {
			publication: { ...publication, approximate: undefined },
			tense: 'past',
			anchor: null
		});
		expect(sure.explanation).not.toContain('two ways');
	});
});
