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
