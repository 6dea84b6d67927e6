import { describe, expect, it } from 'vitest';
import { opensClause } from './coreference';
import { extractWithoutGazetteer, testSentence, testStory } from './testSentence';

describe('opensClause', () => {
	it.each([
		['', true],
		['In Lima, ', true],
		['He spoke; ', true],
		['They met and ', true],
		['They met, then ', true],
		['They met the ', false],
		['Brand', false]
	])('"%s" opens a clause: %s', (before, expected) => {
		expect(opensClause(before)).toBe(expected);
	});
});

describe('pronouns in the story', () => {
	/** Who the pronoun `word` of the story's last sentence stands for. */
	function antecedents(sentences: string[], word: string): string[] {
		const story = testStory();
		let resolved: string[] = [];
		for (const text of sentences) {
			const s = testSentence(story, text);
			const at = text.indexOf(word);
			resolved = s.resolved
				.filter((r) => r.start === at)
				.flatMap((r) => r.actors.map((a) => a.name));
			story.updateSubjects(s);
		}
		return resolved;
	}

	it('reads "he" as the last subject', () => {
		expect(
			antecedents(
				[
					'Chilean President Tomás Ledesma met Argentine President Ana Sosa in Santiago.',
					'He said trade would double.'
				],
				'He'
			)
		).toEqual(['Tomás Ledesma']);
	});

	it('reads "he" after an opening phrase as the main clause\'s subject', () => {
		expect(
			antecedents(
				['Before he left, Peruvian President Luis Vera met Argentine President Ana Sosa.'],
				'he'
			)
		).toEqual(['Luis Vera']);
	});

	it('reads "they" as coordinated subjects of the sentence', () => {
		expect(
			antecedents(
				[
					'Chilean President Tomás Ledesma and Argentine President Ana Sosa said they would meet again.'
				],
				'they'
			)
		).toEqual(['Tomás Ledesma', 'Ana Sosa']);
	});

	it('reads "they" as the previous sentence\'s group', () => {
		expect(
			antecedents(
				[
					'Chilean President Tomás Ledesma and Argentine President Ana Sosa met on Monday.',
					'They signed three agreements.'
				],
				'They'
			)
		).toEqual(['Tomás Ledesma', 'Ana Sosa']);
	});
});

describe("a body's office in the story (published 2024-05-08)", () => {
	const read = (body: string) =>
		extractWithoutGazetteer(body, '2024-05-08T18:00:00Z').map((e) => [
			e.type,
			e.participants.map((p) => p.name)
		]);

	it('reads "the X envoy" as the envoy X named, and not as an envoy of another body', () => {
		expect(
			read(
				'Andean Community envoy Rosa Pardo arrived in Lima on Monday. President Luis Vera received the Andean Community envoy on Tuesday. The Caribbean Community envoy met Vera on Wednesday.'
			)
		).toEqual([
			['visit', ['Rosa Pardo', 'Peru']],
			['meeting', ['Luis Vera', 'Rosa Pardo']],
			['meeting', ['Caribbean Community', 'Luis Vera']]
		]);
	});
});
