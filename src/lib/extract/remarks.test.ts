import { describe, expect, it } from 'vitest';
import { extractWithoutGazetteer } from './testSentence';

const excerptsOf = (body: string) =>
	extractWithoutGazetteer(body, '2024-06-04T10:00:00Z').map((e) => e.excerpts.map((x) => x.text));

describe('remarks and references become excerpts of the event they belong to', () => {
	const MEETING = 'Chilean President Tomás Ledesma met Argentine President Ana Sosa on Monday.';

	it.each([
		['During the meeting, the two leaders discussed trade.', true],
		['Ledesma said the talks had been frank.', true],
		['For her part, Sosa stressed the need for new roads.', true],
		['Copper prices rose sharply in London.', false]
	])('"%s" is an excerpt of the meeting: %s', (remark, attached) => {
		const [meeting] = excerptsOf(`${MEETING}\n\n${remark}`);
		expect(meeting.includes(remark)).toBe(attached);
	});
});

describe('a sentence referring back names who an unnamed event had (published 2024-06-04)', () => {
	it('gives the meeting told without names the people of the caption that refers to it', () => {
		const [meeting] = extractWithoutGazetteer(
			'The two presidents met on Monday.\n\nChilean President Tomás Ledesma shakes hands with Argentine President Ana Sosa before their talks in Santiago.',
			'2024-06-04T10:00:00Z'
		);
		expect(meeting.participants.map((p) => p.name)).toEqual(
			expect.arrayContaining(['Tomás Ledesma', 'Ana Sosa'])
		);
	});
});
