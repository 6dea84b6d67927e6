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
