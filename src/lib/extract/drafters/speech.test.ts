import { describe, expect, it } from 'vitest';
import { extractWithoutGazetteer } from '../testSentence';

describe('the say frame (published 2024-03-12)', () => {
	const read = (body: string) => extractWithoutGazetteer(body, '2024-03-12T18:00:00Z');

	it("keeps the words that go with an act inside it, and an envoy's post is no place", () => {
		const events = read(
			'Bolivia recalled its ambassador to Chile on Monday and declared the agreement null and void.'
		);
		expect(events.map((e) => e.type)).toEqual(['other']);
		expect(events[0].place).toBeNull();
	});
});

describe('words and acts in one sentence (published 2024-05-10)', () => {
	const read = (body: string) => extractWithoutGazetteer(body, '2024-05-10T18:00:00Z');
	it.each([
		// An act in a relative clause leaves the telling an event of its own.
		[
			'President Ana Ruiz, who dissolved parliament late on Friday, told the crowd on Saturday that the crisis was over.',
			['other', 'statement']
		],
		// Telling right after the act is how the act was reported.
		[
			'President Ana Ruiz met President Tomas Verlan in Lima on Monday and told the crowd the talks had gone well.',
			['meeting']
		],
		// A speaker reporting its own act.
		['The Chilean army said on Monday that it had shelled rebel positions.', ['attack']],
		// Who told the act, closing the sentence, reports it.
		['A drone hit a fuel depot near Tacna on Tuesday, the Peruvian army said.', ['attack']],
		// Whom a demand addresses is not speaking; the march is a protest (CAMEO 141).
		['Crowds marched through Lima on Monday, calling on Chile to reopen the border.', ['other']],
		// An act in the opening phrase sets the scene of the words, which stay news…
		[
			'Speaking after talks with Chilean President Tomas Verlan in Lima on Monday, President Ana Ruiz said the border would reopen.',
			['meeting', 'statement']
		],
		[
			'President Ana Ruiz said after talks with Chilean President Tomas Verlan in Lima on Monday that the border would reopen.',
			['meeting', 'statement']
		],
		// …unless they were said in it.
		[
			'Speaking during his meeting with Chilean President Tomas Verlan in Lima on Monday, President Luis Vera said the border would reopen.',
			['meeting']
		],
		[
			'At a joint news conference in Lima on Monday, President Ana Ruiz said the border would reopen.',
			['press_conference']
		],
		// A visit told in a participle after the subject is the setting of the words.
		[
			"Peru's president, visiting Quito on Monday, called for a new fisheries pact.",
			['statement', 'visit']
		]
	])('%s', (body, types) => {
		expect(
			read(body)
				.map((e) => e.type)
				.sort()
		).toEqual(types);
	});
});
