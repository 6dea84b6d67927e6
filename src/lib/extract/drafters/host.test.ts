import { describe, expect, it } from 'vitest';
import { extractWithoutGazetteer } from '../testSentence';

describe('the receive frame (published 2024-12-30)', () => {
	const read = (body: string) => extractWithoutGazetteer(body, '2024-12-30T18:00:00Z');

	it('takes a ceremony hosted by someone as the setting of the signing', () => {
		const events = read(
			'Chilean Foreign Minister Rosa Pardo and Peruvian Foreign Minister Mateo Vera signed the accords in Lima last month in a ceremony hosted by President Ana Ruiz.'
		);
		expect(events.map((e) => e.type)).toEqual(['agreement']);
	});
});
