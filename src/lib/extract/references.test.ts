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

	it('keeps a named gathering apart from the talks told before', () => {
		const events = read(
			'Chilean President Tomás Ledesma met Peruvian President Luis Vera in Lima on Monday. The talks came a day before the Pacific Alliance Council summit in Quito.'
		);
		const summit = events.find((e) => names(e).includes('Pacific Alliance Council'));
		expect(summit?.date.start).toBe('2024-05-14');
	});
});
