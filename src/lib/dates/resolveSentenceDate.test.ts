import { describe, expect, it } from 'vitest';
import type { EventDate, Precision } from '../types';
import { publicationFromIso } from './publicationFromIso';
import { resolveSentenceDate } from './resolveSentenceDate';

const monday: EventDate = {
	start: '2019-03-11',
	end: '2019-03-11',
	precision: 'day',
	derivation: 'relative-to-publication',
	text: 'on Monday',
	explanation: 'The Monday of publication.',
	approximate: false
};

/** `word` locates the event's trigger: its first occurrence in the sentence. */
function resolve(
	sentence: string,
	word: string | null,
	published: string | null,
	anchor: EventDate | null = null
) {
	const near = word === null ? undefined : sentence.indexOf(word);
	if (near !== undefined && near < 0) throw new Error(`"${word}" not in sentence`);
	return resolveSentenceDate(sentence, {
		publication: published ? publicationFromIso(published) : null,
		anchor,
		near
	});
}

describe('resolveSentenceDate: picking the expression of the event', () => {
	it.each<[string, string, string, string, string, Precision, boolean]>([
		[
			'Iranian President Hassan Rouhani began a three-day state visit to Iraq on Monday, his first official trip to the neighbouring country since taking office in 2013.',
			'visit',
			'2019-03-11T19:42:00Z',
			'2019-03-11',
			'2019-03-13',
			'range',
			false
		],
		[
			'Iranian President Hassan Rouhani began a three-day state visit to Iraq on Monday, his first official trip to the neighbouring country since taking office in 2013.',
			'taking office',
			'2019-03-11T19:42:00Z',
			'2013-01-01',
			'2013-12-31',
			'year',
			false
		],
		[
			'Rouhani is due in the shrine city of Karbala on Tuesday and is expected to travel to Najaf on Wednesday.',
			'due',
			'2019-03-11T19:42:00Z',
			'2019-03-12',
			'2019-03-12',
			'day',
			true
		],
		[
			'Rouhani is due in the shrine city of Karbala on Tuesday and is expected to travel to Najaf on Wednesday.',
			'travel',
			'2019-03-11T19:42:00Z',
			'2019-03-13',
			'2019-03-13',
			'day',
			true
		],
		[
			'Secretary of State Antony Blinken on Friday postponed a visit to Beijing that had been scheduled for Sunday and Monday, after a balloon was spotted.',
			'postponed',
			'2023-02-03T18:48:00-05:00',
			'2023-02-03',
			'2023-02-03',
			'day',
			false
		],
		[
			'Secretary of State Antony Blinken on Friday postponed a visit to Beijing that had been scheduled for Sunday and Monday, after a balloon was spotted.',
			'visit',
			'2023-02-03T18:48:00-05:00',
			'2023-02-05',
			'2023-02-06',
			'range',
			true
		],
		[
			'It was their first face-to-face meeting since March last year, when Erdoğan travelled to Moscow and the two agreed a ceasefire.',
			'meeting',
			'2021-09-29T19:55:00+03:00',
			'2020-03-01',
			'2020-03-31',
			'month',
			false
		],
		[
			'It was their first face-to-face meeting since March last year, when Erdoğan travelled to Moscow and the two agreed a ceasefire.',
			'travelled',
			'2021-09-29T19:55:00+03:00',
			'2020-03-01',
			'2020-03-31',
			'month',
			false
		],
		[
			'The remarks will be read closely in the Kurdistan Region, which has borne the brunt of repeated Iranian bombardment since September.',
			'bombardment',
			'2022-11-30T10:05:00+03:00',
			'2022-09-01',
			'2022-11-30',
			'range',
			false
		],
		[
			'Chinese officials had said they hoped the meeting would build on the phone call between Biden and President Xi Jinping on the eve of the Lunar New Year last month.',
			'call',
			'2021-03-19T08:12:00Z',
			'2021-02-01',
			'2021-02-28',
			'month',
			false
		],
		[
			'Senior US and Russian officials are scheduled to meet in Geneva on Jan. 10, followed by a session of the NATO-Russia Council in Brussels on Jan. 12.',
			'session',
			'2021-12-31T07:05:00+05:30',
			'2022-01-12',
			'2022-01-12',
			'day',
			true
		],
		[
			'Rouhani said in a meeting with Iraqi Foreign Minister Fuad Hussein in Tehran on Wednesday.',
			'meeting',
			'2021-02-06T13:47:00+03:30',
			'2021-02-03',
			'2021-02-03',
			'day',
			false
		],
		[
			'Rouhani denounced the US assassination early last year of senior Iranian and Iraqi anti-terror commanders.',
			'assassination',
			'2021-02-06T13:47:00+03:30',
			'2020-01-01',
			'2020-04-30',
			'range',
			false
		],
		[
			'The delegates were killed in a US strike targeting their vehicle outside Baghdad International Airport on January 3, 2020.',
			'strike',
			'2021-04-12T05:35:00Z',
			'2020-01-03',
			'2020-01-03',
			'day',
			false
		]
	])('%s [%s]', (sentence, word, published, start, end, precision, planned) => {
		const found = resolve(sentence, word, published);
		expect(found?.date).toMatchObject({ start, end, precision });
		expect(found?.planned).toBe(planned);
		expect(found?.anchored).toBe(false);
	});

	it('returns null when the dates in the sentence belong to other events', () => {
		const sentence =
			'Sheikh Mohammed bin Rashid also sat down with Amir-Abdollahian, who is making his first trip abroad since taking up his post this week.';
		expect(resolve(sentence, 'sat down', '2021-08-28T18:40:00+03:00')).toBeNull();
		expect(resolve(sentence, 'taking up', '2021-08-28T18:40:00+03:00')?.date).toMatchObject({
			start: '2021-08-23',
			end: '2021-08-29'
		});
	});

	it('leaves the date of a since-clause to that clause', () => {
		const sentence =
			'On the sidelines, Sisi and Sheikh Tamim held their first meeting since Egypt and its Gulf allies ended their boycott of Qatar in January, according to the presidency.';
		expect(resolve(sentence, 'meeting', '2021-08-28T18:40:00+03:00')).toBeNull();
		expect(resolve(sentence, 'ended', '2021-08-28T18:40:00+03:00')?.date).toMatchObject({
			start: '2021-01-01',
			end: '2021-01-31',
			precision: 'month'
		});
	});

	it('keeps the main clause date once a since-clause has closed', () => {
		const sentence =
			'The first face-to-face talks between senior officials since the president took office opened with a public clash on Thursday.';
		expect(resolve(sentence, 'talks', '2021-03-19T08:12:00Z')?.date.start).toBe('2021-03-18');
	});

	it('returns null for a sentence without date words', () => {
		expect(
			resolve('Raeisi also received Pashinyan for separate talks.', 'received', '2021-08-05')
		).toBeNull();
	});

	it('without a trigger offset takes the first date of the sentence that can be resolved', () => {
		expect(
			resolve(
				'He met the envoy the next day, and on Monday they signed a deal.',
				null,
				'2021-08-05'
			)?.date
		).toMatchObject({ start: '2021-08-02' });
	});
});

describe('resolveSentenceDate: the year follows the tense of the event', () => {
	// A mid-January paper: a past "Jan. 3" is this January, a planned one next January.
	const MID_JANUARY = '2020-01-12T10:00:00Z';
	it.each<[string, string, string]>([
		['On Jan. 3, a drone strike killed the commander near the airport.', 'killed', '2020-01-03'],
		[
			'The strike on Jan. 3, which officials said would deter further attacks, killed the commander.',
			'strike',
			'2020-01-03'
		],
		[
			'On Jan. 3 the commander, who was expected to meet the premier, was killed.',
			'commander',
			'2020-01-03'
		],
		['The envoy will return to the capital on Jan. 3 for a second round.', 'return', '2021-01-03'],
		[
			'Last month her first trip took her to Lima, where she met the president.',
			'met',
			'2019-12-01'
		],
		[
			'On Dec. 20 the envoy flew to Lima, where she had met the president in 2017.',
			'flew',
			'2019-12-20'
		],
		// Month and day without a year: past clauses look back, plans look ahead.
		['The assembly voted on Dec. 30 to lift the ban.', 'voted', '2019-12-30'],
		['The two leaders are due to meet on Jan. 3.', 'meet', '2021-01-03'],
		['The envoy met the general on Saturday, Jan. 11.', 'met', '2020-01-11'],
		['The talks, which ended on Dec. 20, were called useful.', 'talks', '2019-12-20'],
		['He said on Dec. 28 that he would visit the port.', 'said', '2019-12-28'],
		// Months without a year, by tense; the month of publication is this one either way.
		['In December, the ministers signed the accord.', 'signed', '2019-12-01'],
		['The ministers will sign the accord in December.', 'sign', '2020-12-01'],
		['The envoy toured the border in February.', 'toured', '2019-02-01'],
		// The verb before the date governs it, not a reduced relative after it.
		['The envoy flew home in December to a welcome few will forget.', 'flew', '2019-12-01'],
		['The runoff is set for March.', 'set', '2020-03-01'],
		['The ministers signed the accord in January.', 'signed', '2020-01-01'],
		['The ministers will sign the accord in January.', 'sign', '2020-01-01'],
		// A day of the month alone, and a period counted back from publication.
		['On the 3rd, the envoy met the general.', 'met', '2020-01-03'],
		['Last month the envoy met the general.', 'met', '2019-12-01'],
		// A postponed event keeps the day first set, ahead of publication.
		['The vote, originally set for Feb. 3, was pushed back.', 'vote', '2020-02-03']
	])('%s [at %s] → %s', (sentence, word, start) => {
		expect(resolve(sentence, word, MID_JANUARY)?.date.start).toBe(start);
	});

	it.each<[string, string, string | null]>([
		// The start the sentence gives: 20 May + 17 days.
		['Negotiators agreed on the 18th day of talks that began on May 20.', 'agreed', '2023-06-06'],
		// The 18th day is the Thursday it names, not 17 days after it.
		['On Thursday, the 18th day of talks, negotiators agreed.', 'agreed', '2023-06-08'],
		['Negotiators agreed on the 18th day of talks.', 'agreed', null]
	])('%s [at %s] → %s', (sentence, word, start) => {
		expect(resolve(sentence, word, '2023-06-10T09:00:00Z')?.date.start ?? null).toBe(start);
	});

	it('does not lend a where-clause told in the pluperfect the date of the clause before it', () => {
		const sentence = 'On Dec. 20 the envoy flew to Lima, where she had met the president in 2017.';
		expect(resolve(sentence, 'met', MID_JANUARY)?.date.start).toBe('2017-01-01');
	});
});

describe('resolveSentenceDate: events tied to another one', () => {
	it('counts days from another date of the same sentence', () => {
		const sentence =
			"Thursday's event came two days after Supreme Leader Ayatollah Ali Khamenei formally endorsed Raeisi at a ceremony in Tehran.";
		const found = resolve(sentence, 'endorsed', '2021-08-05T20:45:00+04:30');
		expect(found?.date).toMatchObject({
			start: '2021-08-03',
			end: '2021-08-03',
			derivation: 'same-as-other-event'
		});
		expect(found?.date.explanation).toContain("'Two days after'");
		expect(found?.anchored).toBe(false);
	});

	it('dates the event named after "on the eve of" from the main clause', () => {
		const sentence =
			'Biden and Xi met on Monday on the eve of the Group of 20 summit, their first encounter.';
		expect(resolve(sentence, 'met', '2022-11-14T22:40:00+08:00')?.date.start).toBe('2022-11-14');
		const summit = resolve(sentence, 'summit', '2022-11-14T22:40:00+08:00');
		expect(summit?.date).toMatchObject({ start: '2022-11-15', derivation: 'same-as-other-event' });
		expect(summit?.planned).toBe(true);
	});

	it.each<[string, string, string, string]>([
		[
			'Officials are scheduled to meet in Geneva on Jan. 10, followed by a council session in Brussels on Jan. 12 and talks at the OSCE in Vienna the next day.',
			'talks at',
			'2021-12-31T07:05:00+05:30',
			'2022-01-13'
		],
		[
			'The minister landed in Amman on Sunday and met the king three days later.',
			'met',
			'2022-06-30',
			'2022-06-29'
		]
	])(
		'counts from an earlier date of the same sentence rather than ctx.anchor: %s',
		(sentence, word, published, day) => {
			const found = resolve(sentence, word, published, monday);
			expect(found?.date).toMatchObject({
				start: day,
				end: day,
				derivation: 'same-as-other-event'
			});
			expect(found?.anchored).toBe(false);
		}
	);

	it.each<[string, string, string]>([
		[
			'Salih, who flew in on Thursday morning, held talks with Raeisi earlier in the day, according to the Iraqi presidency.',
			'2021-08-05T20:45:00+04:30',
			'2021-08-05'
		],
		[
			'The premier, who arrived on Sunday evening, opened a summit earlier in the day.',
			'2023-05-22T21:40:00+05:30',
			'2023-05-22'
		]
	])(
		'leaves the day of a relative clause to it: "earlier in the day" is publication day in %s',
		(sentence, published, day) => {
			const found = resolve(sentence, 'earlier in the day', published);
			expect(found?.date).toMatchObject({
				start: day,
				end: day,
				derivation: 'relative-to-publication'
			});
		}
	);

	it('ignores ctx.anchor when it is not a single day', () => {
		const lateLastYear: EventDate = {
			...monday,
			start: '2022-09-01',
			end: '2022-12-31',
			precision: 'range'
		};
		const found = resolve(
			"Blinken said he had spoken by phone with China's top diplomat, Wang Yi, earlier in the day.",
			'spoken',
			'2023-02-03T18:48:00-05:00',
			lateLastYear
		);
		expect(found?.date).toMatchObject({
			start: '2023-02-03',
			derivation: 'relative-to-publication'
		});
		expect(found?.anchored).toBe(false);
	});

	it('uses ctx.anchor for "a day ahead of" and "later that evening"', () => {
		const ahead = resolve(
			'The documents were signed by the foreign minister, who had flown in a day ahead of the president.',
			'flown',
			'2019-03-11T19:42:00Z',
			monday
		);
		expect(ahead?.date).toMatchObject({ start: '2019-03-10', derivation: 'same-as-other-event' });
		expect(ahead?.anchored).toBe(true);
		const evening = resolve(
			'Later that evening Rouhani held talks with the prime minister.',
			'talks',
			null,
			monday
		);
		expect(evening?.date).toMatchObject({ start: '2019-03-11', derivation: 'same-as-other-event' });
		expect(evening?.anchored).toBe(true);
	});

	it('counts back from ctx.anchor when the trigger names the other event', () => {
		const found = resolve(
			'The truce took effect two days after the ministers met in Doha.',
			'met',
			null,
			monday
		);
		expect(found?.date).toMatchObject({ start: '2019-03-09', derivation: 'same-as-other-event' });
		expect(found?.anchored).toBe(true);
	});

	it('does not claim ctx.anchor when the tense rules it out', () => {
		const plannedSunday = { ...monday, start: '2023-02-05', end: '2023-02-05' };
		const found = resolve(
			'Blinken said he had spoken by phone with Wang Yi earlier in the day.',
			'spoken',
			'2023-02-03T18:48:00-05:00',
			plannedSunday
		);
		expect(found?.date.start).toBe('2023-02-03');
		expect(found?.anchored).toBe(false);
	});

	it('takes the week after or before ctx.anchor for "the following week"', () => {
		const after = resolve(
			'The following week the minister flew to Oslo.',
			'flew',
			'2019-03-29T09:00:00Z',
			monday
		);
		expect(after?.date).toMatchObject({
			start: '2019-03-18',
			end: '2019-03-24',
			precision: 'range',
			derivation: 'same-as-other-event'
		});
		expect(after?.date.explanation).toContain('the week after 11 March 2019');
		const before = resolve('Envoys had met in the previous week.', 'met', null, monday);
		expect(before?.date).toMatchObject({ start: '2019-03-04', end: '2019-03-10' });
	});

	it('counts "a day after" back from the date of the main clause', () => {
		const found = resolve(
			'Police said on Monday they had arrested four men, a day after two rockets hit the depot.',
			'hit',
			'2019-03-11T19:42:00Z'
		);
		expect(found?.date).toMatchObject({ start: '2019-03-10', derivation: 'same-as-other-event' });
	});

	it('leaves an anchored phrase unresolved when there is nothing to anchor to', () => {
		const found = resolve(
			'Later that evening Rouhani held talks with the prime minister.',
			'talks',
			'2019-03-11'
		);
		expect(found?.date).toMatchObject({ start: null, derivation: 'unresolved' });
	});
});

describe('resolveSentenceDate: a date held by a noun phrase', () => {
	it.each<[string, string, string, string | null, boolean]>([
		[
			'a participle after its noun dates the noun, not the verb outside the phrase',
			'On 3 March, President Ana Sosa went on television to call off the vote set for 25 March.',
			'went',
			'2024-03-03',
			false
		],
		[
			'the noun itself takes it',
			'The vote set for 25 March will go ahead.',
			'vote',
			'2024-03-25',
			true
		],
		[
			'with an auxiliary the participle is the verb of its own clause',
			'The talks were set for Friday, officials said on Monday.',
			'talks',
			'2024-03-22',
			true
		],
		[
			'the new day of a moved event is not the day it was moved',
			'On 5 March, the assembly voted to push the vote back to 15 June.',
			'voted',
			'2024-03-05',
			false
		],
		[
			'nor is a day it was put off until',
			'On 5 March, the assembly voted to postpone the vote until 15 June.',
			'voted',
			'2024-03-05',
			false
		]
	])('%s', (_, sentence, word, start, planned) => {
		const found = resolve(sentence, word, '2024-03-17T07:00:00Z');
		expect(found?.date.start ?? null).toBe(start);
		expect(found?.planned).toBe(planned);
	});
});

describe('resolveSentenceDate: a deadline dates no event', () => {
	it.each<[string, string, string, string | null]>([
		[
			'Chile ordered the Peruvian ambassador to leave the country by 15 May.',
			'ordered',
			'2024-05-08T10:00:00Z',
			null
		],
		[
			'On Monday, Chile told the envoy he must leave by Friday.',
			'told',
			'2024-05-08T10:00:00Z',
			'2024-05-06'
		],
		['The ministers will meet no later than 20 May.', 'meet', '2024-05-08T10:00:00Z', null],
		// A past act done by a time is dated by it.
		[
			'By December, the last diplomats had pulled out of Lima.',
			'pulled',
			'2024-02-03T10:00:00Z',
			'2023-12-01'
		],
		['The envoy left Lima by train on Monday.', 'left', '2024-05-08T10:00:00Z', '2024-05-06']
	])('%s', (sentence, word, published, start) => {
		expect(resolve(sentence, word, published)?.date.start ?? null).toBe(start);
	});
});

describe('resolveSentenceDate: no publication date', () => {
	it('keeps what the text fixes', () => {
		const weekday = resolve(
			'Speaking in his meeting with visiting Iraqi Foreign Minister Fuad Hussein late on Sat., Mohammad Bagher Ghalibaf reiterated his view.',
			'meeting',
			null
		);
		expect(weekday?.date).toMatchObject({
			start: null,
			partial: { weekday: 6 },
			derivation: 'unresolved'
		});
		const day = resolve(
			'On Jan. 3, former IRGC Quds Force Commander Soleimani and Abu Mahdi Al-Muhandis were assassinated by US forces at Baghdad International Airport.',
			'assassinated',
			null
		);
		expect(day?.date).toMatchObject({ start: null, partial: { month: 1, day: 3 } });
	});

	it('resolves the same weekday once the publication date is known', () => {
		const found = resolve(
			'Speaking in his meeting with visiting Iraqi Foreign Minister Fuad Hussein late on Sat., Mohammad Bagher Ghalibaf reiterated his view.',
			'meeting',
			'2020-09-27T10:00:00+03:30'
		);
		expect(found?.date).toMatchObject({ start: '2020-09-26', text: 'late on Sat.' });
	});
});

describe('resolveSentenceDate: a stated length and the day that opens or ends it', () => {
	it.each([
		['Vera began a three-day visit to Apia on Monday.', 'visit', '2024-05-06', '2024-05-08'],
		['Vera wrapped up a three-day visit to Apia on Sunday.', 'visit', '2024-05-03', '2024-05-05'],
		['Vera concluded his two-day tour of Fiji on Friday.', 'tour', '2024-05-09', '2024-05-10'],
		['Vera will end a four-day trip to Tonga on Sunday.', 'trip', '2024-05-09', '2024-05-12']
	])('%s', (sentence, word, start, end) => {
		const resolved = resolve(sentence, word, '2024-05-10T12:00:00Z');
		expect(resolved?.date).toMatchObject({ start, end, precision: 'range' });
	});
});
