import { describe, expect, it } from 'vitest';
import { extractWithoutGazetteer, participantNames as names } from './testSentence';

describe('references and first mentions (published 2024-05-18)', () => {
	const read = (body: string) => extractWithoutGazetteer(body, '2024-05-18T14:00:00Z');

	it('takes a dated "the … summit" with nothing before it as the summit itself', () => {
		const events = read(
			'Chilean President Tomás Ledesma and the leaders of Peru and Bolivia signed the Lima Declaration on Friday at the close of the first Andean summit.'
		);
		expect(events.map((e) => e.type).sort()).toEqual(['agreement', 'meeting']);
	});

	it.each([
		'Chile and Peru signed a fisheries pact on Friday during a visit by Chilean President Tomás Ledesma.',
		"Chile and Peru signed a fisheries pact on Friday during Ledesma's visit to Lima."
	])(
		'takes a visit named with its visitor or place, with none before it, as the visit: %s',
		(body) => {
			const events = read(
				`Chilean President Tomás Ledesma praised the new port on Thursday.\n\n${body}`
			);
			expect(events.map((e) => e.type).sort()).toEqual(['agreement', 'statement', 'visit']);
		}
	);

	it.each([
		'During the visit, Chilean President Tomás Ledesma praised the ties.',
		'Chilean President Tomás Ledesma was hurt in a fall during an official visit to Lima.'
	])('keeps a visit with no visitor or place, or no date, a reference: %s', (body) => {
		expect(read(body).map((e) => e.type)).not.toContain('visit');
	});

	it('keeps a named gathering apart from the talks told before', () => {
		const events = read(
			'Chilean President Tomás Ledesma met Peruvian President Luis Vera in Lima on Monday. The talks came a day before the Pacific Alliance Council summit in Quito.'
		);
		const summit = events.find((e) => names(e).includes('Pacific Alliance Council'));
		expect(summit?.date.start).toBe('2024-05-14');
	});

	it.each([
		[
			'Foreign Minister Maria Costa briefed reporters on the outcome of the talks on Thursday.',
			['press_conference']
		],
		[
			'Indonesian officials briefed reporters on the talks in Jakarta on Thursday.',
			['press_conference']
		],
		['President Ana Sosa said on Thursday the summit had been a success.', ['statement']],
		['President Ana Sosa praised the results of the meeting on Thursday.', ['statement']],
		// A meeting told before is what the speech refers to, and the excerpt goes to it.
		[
			'President Ana Sosa met Prime Minister Kofi Mensah in Accra on Monday. On Thursday she praised the results of the meeting.',
			['meeting', 'statement']
		],
		// A gathering a speech comes after is news of its own.
		[
			'President Ana Sosa told reporters after talks with Prime Minister Kofi Mensah in Accra on Thursday that ties were strong.',
			['meeting', 'press_conference']
		]
	])('takes a meeting a speech act speaks of as no new meeting: %s', (body, types) => {
		expect(read(body).map((e) => e.type)).toEqual(types);
	});

	it.each([
		['Ghana condemned the strike in a statement issued late on Thursday.', ['statement']],
		// With a date of its own, the attack is news too.
		[
			'Ghana condemned Tuesday’s strike on the port in a statement on Thursday.',
			['attack', 'statement']
		]
	])('takes an attack a speech act speaks of, undated, as no new attack: %s', (body, types) => {
		expect(
			read(body)
				.map((e) => e.type)
				.sort()
		).toEqual(types);
	});
});

describe('a noun naming another occasion than the event told before (published 2024-05-18)', () => {
	const read = (body: string) => extractWithoutGazetteer(body, '2024-05-18T14:00:00Z');
	const meetings = (body: string) =>
		read(body)
			.filter((e) => e.type === 'meeting')
			.map((e) => [e.place, e.date.start, e.status ?? null]);
	const told = 'Fiji and Tonga held talks in Apia on Monday.';
	const talks = ['Apia, Samoa', '2024-05-13', null];

	it.each([
		// A place of its own.
		[
			`${told} The summit in Suva on Thursday ended with a fisheries pledge.`,
			[talks, ['Suva, Fiji', '2024-05-16', null]]
		],
		[
			`${told} The summit in Suva on 20 June was postponed.`,
			[talks, ['Suva, Fiji', '2024-06-20', 'postponed']]
		],
		// A date of its own in the phrase, the same place.
		[
			`${told} Wednesday's meeting in Apia was cancelled.`,
			[talks, ['Apia, Samoa', '2024-05-15', 'cancelled']]
		],
		// A body of its own, named as possessor.
		[`${told} The African Union's summit was postponed.`, [talks, [null, null, 'postponed']]],
		// Nothing of its own: the talks told before.
		[`${told} The talks in Apia were postponed.`, [['Apia, Samoa', '2024-05-13', 'postponed']]],
		// A place named after another verb is not the noun's own.
		[`${told} The talks came days after Tonga's envoy flew to Suva.`, [talks]]
	])('%s', (body, expected) => {
		expect(meetings(body)).toEqual(expected);
	});

	it('takes what a mandate is of for no visit dated by the act on the mandate', () => {
		const events = read(
			'The UN Security Council extended the mandate of its mission in Honiara on Tuesday.'
		);
		expect(events.map((e) => e.type)).toEqual([]);
	});

	it.each([
		// The act's noun refers to the act told before: one event, with both sentences.
		['Tonga expelled a Fijian diplomat on Monday. The expulsion drew a protest from Suva.', 1],
		// Another act is not the one told before: two events, each with its own people.
		[
			'Tonga withdrew its troops from the atoll on Monday. The recall of the Samoan ambassador on Tuesday surprised Suva.',
			2
		]
	])('links an act’s noun only to the same act told before: %s', (body, count) => {
		const events = read(body).filter((e) => e.type === 'other');
		expect(events).toHaveLength(count);
		if (count === 1) expect(events[0].excerpts).toHaveLength(2);
		else expect(names(events[1])).not.toContain('Tonga');
	});

	it('takes the release a call is for as no act dated by the call', () => {
		const events = read('Vanuatu called for the release of the two sailors on Friday.');
		expect(events.map((e) => e.type)).toEqual(['statement']);
	});

	it('takes the topic of a vote for no other agreement dated by the vote', () => {
		const events = read(
			'Fiji and Tonga signed a fisheries accord in Apia on Monday. Tongan lawmakers are to vote on the defence pact on Wednesday.'
		);
		expect(events.map((e) => e.type)).toEqual(['agreement', 'legislation']);
	});
});

describe('an event of the sentence put off in a clause of its own (published 2024-05-18)', () => {
	const read = (body: string) => extractWithoutGazetteer(body, '2024-05-18T14:00:00Z');

	it.each([
		[
			'The Fijian premier was due to fly to Tarawa on 20 May, but the trip was called off.',
			'visit',
			'cancelled'
		],
		[
			'Fiji and Tonga were to sign the pact on 20 May, but the signing was postponed to June.',
			'agreement',
			'postponed'
		]
	])('%s', (sentence, type, status) => {
		const events = read(sentence);
		expect(events.map((e) => [e.type, e.status])).toEqual([[type, status]]);
	});

	it('leaves an event whose noun is only spoken of in the next clause as it was', () => {
		const [visit] = read(
			'The Fijian premier flew to Tarawa on 16 May, and the visit was hailed as a success.'
		);
		expect(visit.status ?? 'occurred').toBe('occurred');
	});
});
