import { describe, expect, it } from 'vitest';
import { findTemporalExpressions } from './findTemporalExpressions';
import type { TemporalValue } from './types';

function only(text: string) {
	const found = findTemporalExpressions(text);
	expect(found, `one expression in ${JSON.stringify(text)}`).toHaveLength(1);
	return found[0];
}

describe('findTemporalExpressions: explicit dates', () => {
	it.each<[string, string, TemporalValue]>([
		[
			'It happened on January 3, 2020 at dawn.',
			'on January 3, 2020',
			{ kind: 'date', year: 2020, month: 1, day: 3 }
		],
		[
			'It happened on 3 January 2020.',
			'on 3 January 2020',
			{ kind: 'date', year: 2020, month: 1, day: 3 }
		],
		[
			'On Jan. 3, commanders were killed.',
			'On Jan. 3',
			{ kind: 'date', year: null, month: 1, day: 3 }
		],
		['Talks resume Sept 2 in Vienna.', 'Sept 2', { kind: 'date', year: null, month: 9, day: 2 }],
		[
			'They spoke on Aug. 21, officials said.',
			'on Aug. 21',
			{ kind: 'date', year: null, month: 8, day: 21 }
		],
		[
			'The deal was signed 2020-09-15 in Washington.',
			'2020-09-15',
			{ kind: 'date', year: 2020, month: 9, day: 15 }
		],
		[
			'The vote is on the 15th of March.',
			'on the 15th of March',
			{ kind: 'date', year: null, month: 3, day: 15 }
		],
		[
			'He took office on October 27.',
			'on October 27',
			{ kind: 'date', year: null, month: 10, day: 27 }
		],
		[
			'They met on Wednesday, February 3rd, 2021.',
			'on Wednesday, February 3rd, 2021',
			{ kind: 'date', year: 2021, month: 2, day: 3 }
		],
		[
			'He arrived on Saturday 26 September.',
			'on Saturday 26 September',
			{ kind: 'date', year: null, month: 9, day: 26 }
		],
		[
			'Elections were held in March 2020.',
			'in March 2020',
			{ kind: 'month', year: 2020, yearOffset: null, month: 3, part: null }
		],
		[
			'The strike came in late September 2019.',
			'in late September 2019',
			{ kind: 'month', year: 2019, yearOffset: null, month: 9, part: 'late' }
		],
		['He visited Iraq in 2008.', 'in 2008', { kind: 'year', year: 2008, part: null }],
		['Ties were cut in late 2017.', 'in late 2017', { kind: 'year', year: 2017, part: 'late' }],
		[
			'Work began in spring 2021.',
			'in spring 2021',
			{ kind: 'season', season: 'spring', year: 2021, yearOffset: null }
		],
		[
			'The talks ran between 18 and 19 March.',
			'between 18 and 19 March',
			{ kind: 'dateRange', year: null, month: 3, day: 18, endMonth: 3, endDay: 19 }
		],
		[
			'The talks ran March 18-19.',
			'March 18-19',
			{ kind: 'dateRange', year: null, month: 3, day: 18, endMonth: 3, endDay: 19 }
		],
		[
			'Held in Anchorage on March 18 and 19, 2021.',
			'on March 18 and 19, 2021',
			{ kind: 'dateRange', year: 2021, month: 3, day: 18, endMonth: 3, endDay: 19 }
		],
		[
			'The fair runs from 30 March to 2 April 2021.',
			'from 30 March to 2 April 2021',
			{ kind: 'dateRange', year: 2021, month: 3, day: 30, endMonth: 4, endDay: 2 }
		]
	])('%s', (text, words, value) => {
		const found = only(text);
		expect(found.text).toBe(words);
		expect(found.value).toEqual(value);
		expect(text.slice(found.start, found.end)).toBe(words);
	});

	it.each<[string, TemporalValue]>([
		[
			'in the first week of March',
			{ kind: 'dateRange', year: null, month: 3, day: 1, endMonth: 3, endDay: 7 }
		],
		[
			'the third week of June 2021',
			{ kind: 'dateRange', year: 2021, month: 6, day: 15, endMonth: 6, endDay: 21 }
		]
	])('reads a numbered week of a month: %s', (words, value) => {
		const [found] = findTemporalExpressions(`They met ${words}.`);
		expect(found).toMatchObject({ text: words, value });
	});

	it.each<[string, TemporalValue]>([
		[
			'last August',
			{ kind: 'month', year: null, yearOffset: null, month: 8, part: null, step: -1 }
		],
		[
			'late last March',
			{ kind: 'month', year: null, yearOffset: null, month: 3, part: 'late', step: -1 }
		],
		[
			'this past May',
			{ kind: 'month', year: null, yearOffset: null, month: 5, part: null, step: -1 }
		],
		[
			'next January',
			{ kind: 'month', year: null, yearOffset: null, month: 1, part: null, step: 1 }
		],
		['this June', { kind: 'month', year: null, yearOffset: 0, month: 6, part: null }]
	])('reads a month named from now: %s', (words, value) => {
		const [found] = findTemporalExpressions(`They met ${words}.`);
		expect(found).toMatchObject({ text: words, value });
	});

	it('takes "most recently" for an order of a tally, not a date', () => {
		const found = findTemporalExpressions('They met twice, most recently in March.');
		expect(found.map((f) => f.text)).toEqual(['in March']);
	});

	it('keeps a list of dates apart', () => {
		const found = findTemporalExpressions('They met on Feb. 28, March 3 and March 7.');
		expect(found.map((f) => f.text)).toEqual(['on Feb. 28', 'March 3', 'March 7']);
	});

	it.each([
		'Theresa May met the envoy.',
		'The talks may march on.',
		'He sat on the bench.',
		'The Arab Spring changed the region.',
		'About 2020 people attended.',
		'Leaves fall in the park.',
		'The vote was 80 to 13.',
		'The previous month had been calm.'
	])('finds nothing in %j', (text) => {
		expect(findTemporalExpressions(text)).toEqual([]);
	});
});

describe('findTemporalExpressions: weekdays and relative words', () => {
	it.each<[string, string, TemporalValue, string | null]>([
		[
			'They met on Tuesday afternoon.',
			'on Tuesday afternoon',
			{ kind: 'weekday', weekday: 2, modifier: null },
			'afternoon'
		],
		[
			'He met him late on Sat., officials said.',
			'late on Sat.',
			{ kind: 'weekday', weekday: 6, modifier: null },
			'late'
		],
		[
			'They spoke late Thursday for an hour.',
			'late Thursday',
			{ kind: 'weekday', weekday: 4, modifier: null },
			'late'
		],
		[
			'It was agreed last Tuesday.',
			'last Tuesday',
			{ kind: 'weekday', weekday: 2, modifier: 'last' },
			null
		],
		[
			'He will land this Friday.',
			'this Friday',
			{ kind: 'weekday', weekday: 5, modifier: 'this' },
			null
		],
		[
			"Thursday's event was calm.",
			"Thursday's",
			{ kind: 'weekday', weekday: 4, modifier: null },
			null
		],
		[
			'It was set for Sunday and Monday.',
			'for Sunday and Monday',
			{ kind: 'weekdayRange', weekday: 0, endWeekday: 1 },
			null
		],
		['He arrived yesterday.', 'yesterday', { kind: 'relativeDay', offset: -1 }, null],
		['They talk tonight.', 'tonight', { kind: 'relativeDay', offset: 0 }, 'night'],
		[
			'They talk tomorrow morning.',
			'tomorrow morning',
			{ kind: 'relativeDay', offset: 1 },
			'morning'
		],
		['It fell two days ago.', 'two days ago', { kind: 'relativeDay', offset: -2 }, null],
		[
			'He was approved last week.',
			'last week',
			{ kind: 'relativeWeek', offset: -1, part: null },
			null
		],
		[
			'He took up the post this week.',
			'this week',
			{ kind: 'relativeWeek', offset: 0, part: null },
			null
		],
		[
			'They will meet next week.',
			'next week',
			{ kind: 'relativeWeek', offset: 1, part: null },
			null
		],
		[
			'They signed the accords last month.',
			'last month',
			{ kind: 'relativeMonth', offset: -1, part: null },
			null
		],
		[
			'A call late last month.',
			'late last month',
			{ kind: 'relativeMonth', offset: -1, part: 'late' },
			null
		],
		[
			'Envoys met earlier this month.',
			'earlier this month',
			{ kind: 'relativeMonth', offset: 0, part: 'earlier' },
			null
		],
		[
			'It was withdrawn earlier this year.',
			'earlier this year',
			{ kind: 'relativeYear', offset: 0, part: 'earlier' },
			null
		],
		[
			'They met in Bali late last year.',
			'late last year',
			{ kind: 'relativeYear', offset: -1, part: 'late' },
			null
		],
		[
			'The trip is pencilled in for early next year.',
			'early next year',
			{ kind: 'relativeYear', offset: 1, part: 'early' },
			null
		],
		[
			'He was killed early last year.',
			'early last year',
			{ kind: 'relativeYear', offset: -1, part: 'early' },
			null
		],
		[
			'It opened in early March.',
			'in early March',
			{ kind: 'month', year: null, yearOffset: null, month: 3, part: 'early' },
			null
		],
		[
			'They met in mid-March.',
			'in mid-March',
			{ kind: 'month', year: null, yearOffset: null, month: 3, part: 'mid' },
			null
		],
		[
			'First meeting since March last year.',
			'since March last year',
			{ kind: 'month', year: null, yearOffset: -1, month: 3, part: null },
			null
		],
		[
			'He visited in September of last year.',
			'in September of last year',
			{ kind: 'month', year: null, yearOffset: -1, month: 9, part: null },
			null
		],
		[
			'The summit was held over the weekend.',
			'over the weekend',
			{ kind: 'weekend', offset: null },
			null
		],
		['They met last weekend.', 'last weekend', { kind: 'weekend', offset: -1 }, null],
		[
			'It rained last summer.',
			'last summer',
			{ kind: 'season', season: 'summer', year: null, yearOffset: -1 },
			null
		],
		[
			'Drones hit the port in the early hours of Friday.',
			'in the early hours of Friday',
			{ kind: 'weekday', weekday: 5, modifier: null },
			'early hours'
		],
		[
			'Drones hit the port overnight, officials said.',
			'overnight',
			{ kind: 'overnight' },
			'overnight'
		],
		[
			'Talks ended on the 18th day of negotiations.',
			'on the 18th day of negotiations',
			{ kind: 'nthDay', day: 18 },
			null
		],
		[
			'On the second day of his visit, he laid a wreath.',
			'On the second day of his visit',
			{ kind: 'nthDay', day: 2 },
			null
		]
	])('%s', (text, words, value, timeOfDay) => {
		const found = only(text);
		expect(found.text).toBe(words);
		expect(found.value).toEqual(value);
		expect(found.timeOfDay).toBe(timeOfDay);
	});

	it('marks "since" periods', () => {
		expect(only('Strikes have continued since September.').since).toBe(true);
		expect(only('They met in September.').since).toBe(false);
	});

	it.each([
		'The ceasefire collapsed 48 hours later.',
		'He booked an overnight stay in the capital.',
		'The first day of talks was calm.',
		'Crowds gathered on the 18th day of the month.',
		'The spokesman said that evening classes would close.'
	])('finds no date in %s', (text) => {
		expect(
			findTemporalExpressions(text).filter(
				(e) =>
					e.value.kind === 'overnight' ||
					e.value.kind === 'nthDay' ||
					e.value.kind === 'dayOfMonth' ||
					e.value.kind === 'anchored'
			)
		).toEqual([]);
	});
});

describe('findTemporalExpressions: anchored phrases, lengths and vague words', () => {
	it.each<[string, string, TemporalValue]>([
		[
			'The statement came hours after the vote.',
			'hours after',
			{ kind: 'anchored', days: 0, complement: true, sameDayAsPublication: false }
		],
		[
			'Minutes later, the envoy left.',
			'Minutes later',
			{ kind: 'anchored', days: 0, complement: false, sameDayAsPublication: false }
		],
		[
			'Earlier in the day, Trump held talks.',
			'Earlier in the day',
			{ kind: 'anchored', days: 0, complement: false, sameDayAsPublication: true }
		],
		[
			'Later that evening he held talks.',
			'Later that evening',
			{ kind: 'anchored', days: 0, complement: false, sameDayAsPublication: false }
		],
		[
			'He condemned the attack the same day.',
			'the same day',
			{ kind: 'anchored', days: 0, complement: false, sameDayAsPublication: false }
		],
		[
			'He told journalists afterwards that all was well.',
			'afterwards',
			{ kind: 'anchored', days: 0, complement: false, sameDayAsPublication: false }
		],
		[
			'He had flown in a day ahead of the president.',
			'a day ahead of',
			{ kind: 'anchored', days: -1, complement: true, sameDayAsPublication: false }
		],
		[
			'It came two days after the cleric endorsed him.',
			'two days after',
			{ kind: 'anchored', days: 2, complement: true, sameDayAsPublication: false }
		],
		[
			'Three days later the border reopened.',
			'Three days later',
			{ kind: 'anchored', days: 3, complement: false, sameDayAsPublication: false }
		],
		[
			'Talks were held the next day.',
			'the next day',
			{ kind: 'anchored', days: 1, complement: false, sameDayAsPublication: false }
		],
		[
			'He arrived the day before.',
			'the day before',
			{ kind: 'anchored', days: -1, complement: false, sameDayAsPublication: false }
		],
		[
			'He arrived the day before the vote.',
			'the day before',
			{ kind: 'anchored', days: -1, complement: true, sameDayAsPublication: false }
		],
		[
			'They met on the eve of the summit.',
			'on the eve of',
			{ kind: 'anchored', days: -1, complement: true, sameDayAsPublication: false }
		],
		[
			'A week earlier, envoys had met.',
			'A week earlier',
			{ kind: 'anchored', days: -7, complement: false, sameDayAsPublication: false }
		],
		[
			'That evening, the envoy dined with the mayor.',
			'That evening',
			{ kind: 'anchored', days: 0, complement: false, sameDayAsPublication: false }
		],
		[
			'The curfew began a day after three rockets struck the base.',
			'a day after',
			{ kind: 'anchored', days: 1, complement: true, sameDayAsPublication: false }
		],
		[
			'The ferry sailed hours after he landed.',
			'hours after',
			{ kind: 'anchored', days: 0, complement: true, sameDayAsPublication: false }
		],
		[
			'The following week, the minister flew to Oslo.',
			'The following week',
			{ kind: 'anchored', days: 7, complement: false, sameDayAsPublication: false, week: true }
		],
		[
			'She returned the week after the election.',
			'the week after',
			{ kind: 'anchored', days: 7, complement: true, sameDayAsPublication: false, week: true }
		],
		[
			'Envoys had met in the previous week.',
			'in the previous week',
			{ kind: 'anchored', days: -7, complement: false, sameDayAsPublication: false, week: true }
		],
		[
			'The runoff is set for October.',
			'for October',
			{ kind: 'month', year: null, yearOffset: null, month: 10, part: null }
		],
		['He began a three-day state visit.', 'three-day state visit', { kind: 'duration', days: 3 }],
		['It capped a one-day visit.', 'one-day visit', { kind: 'duration', days: 1 }],
		[
			'The treaty goes to parliament in the coming weeks.',
			'in the coming weeks',
			{ kind: 'vague', direction: 'future' }
		],
		['He will return to Tehran soon.', 'soon', { kind: 'vague', direction: 'future' }],
		[
			'The ban came nearly three weeks after the port was shut.',
			'nearly three weeks after',
			{ kind: 'vague', direction: 'past' }
		],
		[
			'Some ten days later the envoy left.',
			'Some ten days later',
			{ kind: 'vague', direction: 'past' }
		],
		[
			'He flies to Lima a week from tomorrow.',
			'a week from tomorrow',
			{ kind: 'relativeDay', offset: 8 }
		],
		[
			'The ban ends ten days from today.',
			'ten days from today',
			{ kind: 'relativeDay', offset: 10 }
		],
		[
			'They signed it more than a week after the vote.',
			'more than a week after',
			{ kind: 'vague', direction: 'past' }
		]
	])('%s', (text, words, value) => {
		const found = only(text);
		expect(found.text).toBe(words);
		expect(found.value).toEqual(value);
	});

	it.each<[string, string | null, TemporalValue | null]>([
		[
			'That same month, the envoy flew home.',
			'That same month',
			{ kind: 'sameSpan', unit: 'month' }
		],
		['They met in Apia that week.', 'that week', { kind: 'sameSpan', unit: 'week' }],
		[
			'The pact was ratified later the same year.',
			'later the same year',
			{ kind: 'sameSpan', unit: 'year' }
		],
		// A count of months or years from it; a hedged count gives none.
		[
			'A year later, the envoy flew home.',
			'A year later',
			{ kind: 'sameSpan', unit: 'year', offset: 1 }
		],
		[
			'Six months earlier, the envoy flew home.',
			'Six months earlier',
			{ kind: 'sameSpan', unit: 'month', offset: -6 }
		],
		['Nearly a year later, the envoy flew home.', null, null],
		// After a speech verb "that" opens what was said; "month-long" is a length.
		['The envoy said that week-long talks would follow.', null, null],
		['The envoy announced that month-long talks would open.', null, null]
	])('reads the period of the event told: %s', (text, words, value) => {
		const found = findTemporalExpressions(text).filter((e) => e.value.kind === 'sameSpan');
		expect(found.map((e) => [e.text, e.value])).toEqual(words ? [[words, value]] : []);
	});

	it.each<[string, string | null, TemporalValue | null]>([
		[
			"The emir phoned both leaders on New Year's Eve.",
			"on New Year's Eve",
			{ kind: 'date', year: null, month: 12, day: 31 }
		],
		[
			'They met on Christmas Day.',
			'on Christmas Day',
			{ kind: 'date', year: null, month: 12, day: 25 }
		],
		['He left on Boxing Day.', 'on Boxing Day', { kind: 'date', year: null, month: 12, day: 26 }],
		// "after Christmas", "over Christmas" give no day.
		['Talks resumed after Christmas.', null, null],
		['They met over Christmas.', null, null]
	])('reads a holiday of fixed date: %s', (text, words, value) => {
		const found = findTemporalExpressions(text);
		expect(found.map((e) => [e.text, e.value])).toEqual(words ? [[words, value]] : []);
	});

	it('finds several expressions left to right with offsets into the text', () => {
		const text =
			'Rouhani began a three-day state visit to Iraq on Monday, his first since taking office in 2013.';
		const found = findTemporalExpressions(text);
		expect(found.map((f) => [f.text, f.value.kind])).toEqual([
			['three-day state visit', 'duration'],
			['on Monday', 'weekday'],
			['in 2013', 'year']
		]);
		for (const f of found) expect(text.slice(f.start, f.end)).toBe(f.text);
	});
});
