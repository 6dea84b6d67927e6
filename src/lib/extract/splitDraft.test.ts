import { describe, expect, it } from 'vitest';
import { extractWithoutGazetteer, participantNames as names } from './testSentence';

describe('one draft, several events (published 2024-12-30)', () => {
	const read = (body: string) => extractWithoutGazetteer(body, '2024-12-30T18:00:00Z');

	it('splits briefings given separately and hands each speaker his own', () => {
		const events = read(
			'Chilean President Tomás Ledesma and Argentine President Ana Sosa met in Santiago on Monday. Uruguayan President Luis Vera welcomed both leaders at the palace. The leaders then briefed the media separately. Sosa, who spoke first, called the talks constructive. Ledesma told his own news conference that the tone had been good.'
		);
		const briefings = events.filter((e) => e.type === 'press_conference');
		expect(briefings.map((e) => names(e))).toEqual([
			['Tomás Ledesma', 'Chile'],
			['Ana Sosa', 'Argentina']
		]);
		const [ledesma, sosa] = briefings.map((e) => e.excerpts.map((x) => x.text).join(' '));
		expect(sosa).toContain('Sosa, who spoke first');
		expect(sosa).not.toContain('his own news conference');
		expect(ledesma).toContain('his own news conference');
	});
});
