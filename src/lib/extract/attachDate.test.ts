import { describe, expect, it } from 'vitest';
import { EMPTY_GAZETTEER } from '../actors/gazetteer';
import { lexiconFor } from '../actors/lexicon';
import { publicationFromIso } from '../dates/publicationFromIso';
import { ArticleReader } from './articleReader';
import { attachDate } from './attachDate';
import { clauseAt } from './clauses';
import {
	extractWithoutGazetteer,
	participantNames as names,
	testSentence,
	testStory,
	triggerOf
} from './testSentence';

const PUBLISHED = '2024-06-04T10:00:00Z';

/** The date attached to the event stated by `word` in the last of `sentences`. */
function dateOf(sentences: string[], word: string) {
	const publication = publicationFromIso(PUBLISHED, 'front-matter');
	const reader = new ArticleReader(lexiconFor(EMPTY_GAZETTEER), publication, null);
	for (const text of sentences.slice(0, -1)) reader.read({ start: 0, end: text.length, text });
	const s = testSentence(testStory(PUBLISHED), sentences.at(-1)!);
	const trigger = triggerOf(s, word);
	const participants = s.resolved.flatMap((r) => r.actors);
	const story = { drafts: reader.drafts, publication };
	return attachDate(story, s, trigger, clauseAt(s.clauses, trigger.start), participants);
}

describe('attachDate', () => {
	it('takes the date the sentence gives', () => {
		const { date, planned, anchor } = dateOf(
			['Chilean President Tomás Ledesma met Argentine President Ana Sosa on Monday.'],
			'met'
		);
		expect(date).toMatchObject({
			start: '2024-06-03',
			end: '2024-06-03',
			derivation: 'relative-to-publication'
		});
		expect([planned, anchor]).toEqual([false, undefined]);
	});

	it('leaves a plan with no date undated', () => {
		const { date, planned } = dateOf(['Chilean President Tomás Ledesma will visit Lima.'], 'visit');
		expect(planned).toBe(true);
		expect(date).toMatchObject({ start: null, derivation: 'unresolved' });
		expect(date.explanation).toBe('A planned event; the text gives no date for it.');
	});

	it('dates the undated news a report opens with by the publication day, approximately', () => {
		const { date, planned } = dateOf(
			['Chilean President Tomás Ledesma met Argentine President Ana Sosa.'],
			'met'
		);
		expect(planned).toBe(false);
		expect(date).toMatchObject({
			start: '2024-05-28',
			end: '2024-06-04',
			derivation: 'relative-to-publication',
			approximate: true
		});
		expect(date.explanation).toMatch(/^The text gives no date; the report opens with it/);
	});

	it.each([
		['also', 'Lima will also recall its ambassador.', 'recall'],
		['later', 'Tomás Ledesma and Ana Sosa will meet again later.', 'meet']
	])('does not date a plan tied by "%s" to a past event', (_, plan, word) => {
		const { date, planned } = dateOf(
			['Chilean President Tomás Ledesma met Argentine President Ana Sosa on Monday.', plan],
			word
		);
		expect(planned).toBe(true);
		expect(date).toMatchObject({ start: null, derivation: 'unresolved' });
	});

	it.each<[string, string, string | null]>([
		[
			'the day of the telling is not that of what it reports as done before',
			'Ana Sosa told reporters on Tuesday that Tomás Ledesma had met Luis Vera.',
			null
		],
		[
			'nor is its tie',
			'Ana Sosa told reporters that evening that Tomás Ledesma had met Luis Vera.',
			null
		],
		[
			'a day the reported words give is its own',
			'Ana Sosa said on Tuesday that Tomás Ledesma had met Luis Vera on Sunday.',
			'2024-06-02'
		],
		[
			'a span the telling gives may hold both',
			'Last week, Ana Sosa said that Tomás Ledesma had met Luis Vera.',
			'2024-05-27'
		],
		[
			'an event not reported as done before takes the telling’s day',
			'Ana Sosa said on Tuesday that Tomás Ledesma met Luis Vera.',
			'2024-06-04'
		]
	])('past perfect in reported words: %s', (_, sentence, start) => {
		const { date } = dateOf(
			['Chilean President Tomás Ledesma met Argentine President Ana Sosa on Monday.', sentence],
			'met'
		);
		expect(date.start).toBe(start);
	});

	it('ties an undated event to the event told, by its tie words', () => {
		const { date, anchor } = dateOf(
			[
				'Chilean President Tomás Ledesma met Argentine President Ana Sosa on Monday.',
				'Later, Tomás Ledesma and Ana Sosa signed three agreements.'
			],
			'signed'
		);
		expect(date).toMatchObject({ start: '2024-06-03', derivation: 'same-as-other-event' });
		expect(anchor?.type).toBe('meeting');
	});
});

describe('dates in whole articles (published 2024-05-08)', () => {
	const read = (body: string) => extractWithoutGazetteer(body, '2024-05-08T18:00:00Z');

	it('spans a stay whose length the arrival sentence gives', () => {
		const [visit] = read(
			'Chilean President Tomás Ledesma arrived in Lima on Tuesday at the start of a three-day state visit to Peru.'
		);
		expect(visit.date).toMatchObject({
			start: '2024-05-07',
			end: '2024-05-09',
			precision: 'range'
		});
	});

	it('takes no date from the words a telling reports', () => {
		const events = read(
			'Chilean President Tomás Ledesma met Argentine President Ana Sosa in Santiago on Monday.\n\nThe Chilean trade minister told reporters the accord would take effect in June.'
		);
		const briefing = events.find((e) => e.type === 'press_conference');
		expect(briefing?.date.start).not.toMatch(/^2024-06/);
		expect(briefing?.planned).toBeFalsy();
	});

	it('dates "the day before" from the event just told, even one before the lead', () => {
		const events = read(
			'Chilean President Tomás Ledesma met Argentine President Ana Sosa in Santiago on Monday. Ledesma had spoken by phone with Peruvian President Luis Vera on May 2. The day before, Chilean and Peruvian officials signed a fisheries agreement in Lima.'
		);
		const deal = events.find((e) => e.type === 'agreement');
		expect(deal?.date).toMatchObject({ start: '2024-05-01', derivation: 'same-as-other-event' });
	});
});

describe('dates in whole articles (published 2024-05-18)', () => {
	const read = (body: string) => extractWithoutGazetteer(body, '2024-05-18T14:00:00Z');

	it('does not count "the same day" of a past event from a plan just mentioned', () => {
		const events = read(
			'Chilean President Tomás Ledesma and the leaders of Peru and Bolivia signed the Lima Declaration on Friday at the close of the first Andean summit. Ledesma said Chile would host the next summit in 2025. The gathering opened on the same day as the Pacific Alliance Council summit in Quito.'
		);
		const other = events.find((e) => names(e).includes('Pacific Alliance Council'));
		expect(other?.date.start).toBe('2024-05-17');
	});
});

describe('attachDate: the date a postponed or cancelled event was first set for', () => {
	it.each<[string, string, string | null, string | null]>([
		// No year: the reading nearer to publication (4 June 2024), ahead or back.
		['The summit in Suva on 20 June was postponed.', 'summit', '2024-06-20', 'postponed'],
		['The summit in Suva in July was cancelled.', 'summit', '2024-07-01', 'cancelled'],
		['The meeting set for 28 May was called off.', 'meeting', '2024-05-28', 'cancelled'],
		['Fiji postponed the summit set for 20 June to August.', 'summit', '2024-06-20', 'postponed'],
		// A year stated, or a month counted from now, is kept as told.
		['The summit in Suva on 20 June 2023 was postponed.', 'summit', '2023-06-20', 'postponed'],
		['The summit in Suva last July was cancelled.', 'summit', '2023-07-01', 'cancelled']
	])('%s', (sentence, word, start, status) => {
		const { date, outcome } = dateOf([sentence], word);
		expect([date.start, outcome?.status ?? null]).toEqual([start, status]);
	});
});

describe('attachDate: a weekday looked ahead to or told in the simple present, read ahead or back, whichever is nearer (published Tuesday 4 June 2024)', () => {
	it.each<[string, string, string, boolean]>([
		// An event another act looks ahead to, dated in its own phrase.
		[
			"Ahead of Thursday's summit in Suva, the envoy met the premier.",
			'summit',
			'2024-06-06',
			true
		],
		[
			'Ahead of the summit in Suva on Thursday, the envoy met the premier.',
			'summit',
			'2024-06-06',
			true
		],
		["After Monday's summit in Suva, the envoy flew home.", 'summit', '2024-06-03', false],
		// An event verb in the simple present with no tense words tells a schedule.
		['The envoy meets the premier in Suva on Friday.', 'meets', '2024-06-07', true],
		['The envoy heads to Suva on Thursday.', 'heads', '2024-06-06', true],
		['The envoy meets the premier in Suva on Monday.', 'meets', '2024-06-03', false],
		['The envoy met the premier in Suva on Friday.', 'met', '2024-05-31', false]
	])('%s', (sentence, word, start, planned) => {
		const attached = dateOf([sentence], word);
		expect([attached.date.start, attached.planned]).toEqual([start, planned]);
	});
});

describe('attachDate: events dated from the event they are told with', () => {
	const read = (body: string) => extractWithoutGazetteer(body, '2024-05-08T18:00:00Z');

	it('dates an undated event from the event told just before, naming no words', () => {
		const events = read(
			'Chilean President Tomás Ledesma met Peruvian President Luis Vera in Lima on Monday. Ledesma signed a fisheries agreement with Vera.'
		);
		const deal = events.find((e) => e.type === 'agreement');
		expect(deal?.date).toMatchObject({
			start: '2024-05-06',
			end: '2024-05-06',
			derivation: 'same-as-other-event',
			text: ''
		});
		expect(deal?.date.explanation).toMatch(/^Same date as the related event \(told with it/);
	});

	it('dates an undated act of the same people from their encounter told four sentences before', () => {
		const events = read(
			'Chilean President Tomás Ledesma met Peruvian President Luis Vera in Lima on Monday. The talks covered trade. Ledesma praised the port. Officials listed new customs rules. Ledesma signed a fisheries agreement with Vera.'
		);
		const deal = events.find((e) => e.type === 'agreement');
		expect(deal?.date).toMatchObject({ start: '2024-05-06', derivation: 'same-as-other-event' });
	});

	it.each([
		[
			'a new topic after the story',
			'Chilean President Tomás Ledesma met Peruvian President Luis Vera in Lima on Monday. The talks covered trade. Both sides praised the port deal. Officials listed new customs rules. Separately, Argentine President Ana Sosa held talks with Uruguayan President Juan Rey.'
		],
		[
			'an event told after the opening, with none before it',
			'Trade between the two neighbours has doubled. Ports are crowded. Tariffs are low. Argentine President Ana Sosa held talks with Uruguayan President Juan Rey.'
		]
	])('leaves an undated past event of %s undated', (_, body) => {
		const other = read(body).find((e) => names(e).includes('Ana Sosa'));
		expect(other?.date).toMatchObject({ start: null, end: null, derivation: 'unresolved' });
		expect(other?.date.explanation).toBe('The text gives no date for this event.');
	});

	it.each([
		[
			'two days later',
			'Two days later, Argentine President Ana Sosa visited Montevideo.',
			'2024-04-10'
		],
		[
			'a week earlier',
			'A week earlier, Argentine President Ana Sosa visited Montevideo.',
			'2024-04-01'
		],
		['the next day', 'The next day, Argentine President Ana Sosa visited Montevideo.', '2024-04-09']
	])(
		'counts "%s" from the event just told, though it shares no person with it',
		(_, sentence, start) => {
			const events = read(
				`Peru applied to join the bloc in 2011. On April 8, Chilean President Tomás Ledesma met Peruvian President Luis Vera in Lima. ${sentence}`
			);
			const other = events.find((e) => names(e).includes('Ana Sosa'));
			expect(other?.date).toMatchObject({ start, derivation: 'same-as-other-event' });
		}
	);

	it('dates neither a relative clause’s event nor its main clause’s by the other’s date', () => {
		const events = read(
			'Chilean President Tomás Ledesma met Peruvian President Luis Vera in Lima on Monday. Argentine President Ana Sosa, who had flown in from Quito the previous evening, sat down with Ledesma for talks.'
		);
		const [arrival, talks] = ['visit', 'meeting'].map((type) =>
			events.find((e) => e.type === type && names(e).includes('Ana Sosa'))
		);
		expect(arrival?.date.start).toBe('2024-05-05');
		expect(talks?.date).toMatchObject({ start: '2024-05-06', text: '' });
	});

	it('gives an event of a relative clause neither the plan nor the date of its main clause', () => {
		const events = read(
			'Chilean President Tomás Ledesma met Peruvian President Luis Vera in Lima on Monday. Argentine President Ana Sosa, who criticised the deal in a radio interview, will meet Ledesma in June.'
		);
		const remark = events.find((e) => e.type === 'statement');
		expect(remark?.planned).toBe(false);
		expect(remark?.date.start).not.toMatch(/^2024-06/);
	});

	it('takes "that same month" as the month of the event just told', () => {
		const events = read(
			'In March, Chilean President Tomás Ledesma met Peruvian President Luis Vera in Lima. That same month, Argentine President Ana Sosa visited Montevideo.'
		);
		const trip = events.find((e) => e.type === 'visit');
		expect(trip?.date).toMatchObject({
			start: '2024-03-01',
			end: '2024-03-31',
			precision: 'month',
			derivation: 'same-as-other-event'
		});
	});

	it('takes "the following week" as the week after the event it follows', () => {
		const events = read(
			'Chilean President Tomás Ledesma met Peruvian President Luis Vera in Lima on Monday, April 8. The following week, Ledesma travelled to Quito.'
		);
		const trip = events.find((e) => e.type === 'visit');
		expect(trip?.date).toMatchObject({
			start: '2024-04-15',
			end: '2024-04-21',
			derivation: 'same-as-other-event'
		});
	});

	it('counts "the 18th day of talks" from the start an earlier sentence gives', () => {
		const events = read(
			'Negotiators from Chile and Peru opened talks in Geneva on April 2. On April 10, Chilean President Tomás Ledesma visited Bern. On the 18th day of talks, Chilean Foreign Minister Rosa Pardo signed a border agreement with Peruvian Foreign Minister Mateo Vera.'
		);
		const deal = events.find((e) => e.type === 'agreement');
		expect(deal?.date).toMatchObject({ start: '2024-04-19', derivation: 'same-as-other-event' });
	});
});

describe('attachDate: a plan is not dated by the saying that reports it (published Friday 2025-05-09)', () => {
	const read = (body: string) => extractWithoutGazetteer(body, '2025-05-09T10:00:00Z');

	it.each([
		["Ghana's president will attend the summit in Lomé, his office said on Thursday.", null, null],
		["Ghana's president will travel to Lomé, the palace announced last week.", null, null],
		["The palace said last week that Ghana's president would travel to Lomé.", null, null],
		[
			"Ghana's president will travel to Lomé next week, his office said on Thursday.",
			'2025-05-12',
			'2025-05-18'
		]
	])('%s', (sentence, start, end) => {
		const [plan] = read(sentence);
		expect(plan).toMatchObject({ planned: true, date: { start, end } });
	});

	it('still dates a past act by the saying when it has no day of its own', () => {
		const [meeting] = read(
			"Ghana's president met Togo's president in Lomé, his office said on Thursday."
		);
		expect(meeting.date).toMatchObject({ start: '2025-05-08', end: '2025-05-08' });
	});
});

describe('"earlier this week/month/year" is a span of the calendar, not a tie (published Wednesday 2024-05-08)', () => {
	const read = (body: string) => extractWithoutGazetteer(body, '2024-05-08T18:00:00Z');

	it('dates by the month, passing over a background "since" clause', () => {
		const events = read(
			"Chilean President Tomás Ledesma met Peruvian President Ana Sosa on Monday. Earlier this month, Chile's ambassador, Rosa Pardo, presented her credentials to Sosa in Lima, the first such ceremony since 2019."
		);
		const credentials = events.find((e) => e.type === 'other');
		expect(credentials?.date).toMatchObject({
			start: '2024-05-01',
			end: '2024-05-08',
			derivation: 'relative-to-publication'
		});
	});

	it('takes no place from a trip known only by its year', () => {
		const [visit, meeting] = read(
			'Earlier this year, Chilean President Tomás Ledesma visited Quito. Earlier this week, Ledesma met Peruvian President Ana Sosa.'
		);
		expect(visit.place).toMatch(/^Quito/);
		expect(meeting.place).toBeNull();
	});
});
