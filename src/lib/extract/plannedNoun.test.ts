import { describe, expect, it } from 'vitest';
import { findTemporalExpressions } from '../dates/findTemporalExpressions';
import { plannedNoun } from './plannedNoun';
import { extractWithoutGazetteer, testSentence, testStory, triggerOf } from './testSentence';

describe('plannedNoun: which date is the plan’s own', () => {
	const ownDates = (sentence: string, word: string) => {
		const s = testSentence(testStory(), sentence);
		const expressions = findTemporalExpressions(sentence);
		const plan = plannedNoun(sentence, triggerOf(s, word), expressions);
		return plan ? expressions.filter((e) => plan.ownDate(e)).map((e) => e.text) : null;
	};

	it.each([
		['A planned visit to Apia on 3 June was announced on Wednesday.', 'visit', ['on 3 June']],
		["Officials discussed Thursday's planned vote on Monday.", 'vote', ["Thursday's"]],
		['A planned visit to Apia was announced on Wednesday.', 'visit', []],
		// No plan adjective, or a predicate that sets or holds it: the predicate dates it.
		['A visit to Apia was announced on Wednesday.', 'visit', null],
		['The upcoming summit in Tarawa, set for 3 June, was confirmed on Monday.', 'summit', null],
		['The planned summit of Pacific leaders was held in Tarawa on Monday.', 'summit', null]
	])('%s', (sentence, word, expected) => {
		const dates = ownDates(sentence, word);
		expect(dates && dates.map((d) => d.replace(/^on /, ''))).toEqual(
			expected && expected.map((d) => d.replace(/^on /, ''))
		);
	});
});

describe('an event noun told as a plan (published Friday 2025-05-09)', () => {
	const read = (body: string) => extractWithoutGazetteer(body, '2025-05-09T10:00:00Z');

	it.each([
		// The announcement's day is not the visit's.
		['A planned visit by the Samoan premier to Tarawa was announced on Wednesday.', null],
		[
			'A planned visit by the Samoan premier to Tarawa on 3 June was announced on Wednesday.',
			'2025-06-03'
		],
		[
			'The upcoming visit to Tarawa by the Samoan premier, set for 3 June, was confirmed on Monday.',
			'2025-06-03'
		]
	])('%s', (sentence, day) => {
		const visit = read(sentence).find((e) => e.type === 'visit');
		expect(visit).toMatchObject({ planned: true, date: { start: day, end: day } });
	});

	it('leaves a plan that the sentence says came about to its predicate', () => {
		const [summit] = read('The planned summit of Pacific leaders was held in Tarawa on Monday.');
		expect(summit).toMatchObject({ planned: false, date: { start: '2025-05-05' } });
	});
});
