import { describe, expect, it } from 'vitest';
import { actorNames, testSentence, testStory, triggerOf } from './testSentence';

describe('AnalysedSentence', () => {
	it('takes coordinated actors opening a clause as its subject', () => {
		const s = testSentence(
			testStory(),
			'Chilean President Tomás Ledesma and Argentine President Ana Sosa met in Santiago on Monday.'
		);
		expect(actorNames(s.subjectOf(s.clauses[0]))).toEqual(['Tomás Ledesma', 'Ana Sosa']);
	});

	it('takes no actor governed by a preposition as a subject', () => {
		const s = testSentence(testStory(), 'Talks with Argentine President Ana Sosa ended late.');
		expect(s.subjectOf(s.clauses[0])).toEqual([]);
	});

	it('looks for the subject only before the point asked', () => {
		const s = testSentence(
			testStory(),
			'The talks ended before Argentine President Ana Sosa left.'
		);
		expect(s.subjectOf(s.clauses[0], triggerOf(s, 'talks').start)).toEqual([]);
	});

	it('finds places, never where a person is named', () => {
		const s = testSentence(
			testStory(),
			'Chilean President Tomás Ledesma met Argentine President Ana Sosa in Santiago.'
		);
		expect(s.places.map((p) => p.name)).toEqual(['Santiago']);
	});
});
