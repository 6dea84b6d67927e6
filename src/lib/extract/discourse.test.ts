import { describe, expect, it } from 'vitest';
import { extractWithoutGazetteer, participantNames as names } from './testSentence';

describe('the story in mind (published 2024-05-08)', () => {
	const read = (body: string) => extractWithoutGazetteer(body, '2024-05-08T18:00:00Z');

	it('reads "the president" opening a clause as the story\'s subject', () => {
		const events = read(
			'On Monday, Chilean President Tomás Ledesma called on Peruvian President Luis Vera in Lima. Before leaving Peru, the president met Bolivian President Ana Ruiz on Sunday.'
		);
		const second = events.find((e) => names(e).includes('Ana Ruiz'));
		expect(second && names(second)).toEqual(['Tomás Ledesma', 'Ana Ruiz']);
	});
});

describe('the story in mind (published 2024-05-18)', () => {
	const read = (body: string) => extractWithoutGazetteer(body, '2024-05-18T14:00:00Z');

	it('reads "the two leaders" as the pair met, titled or not', () => {
		const events = read(
			'The presidents of Venezuela and Guyana met on Thursday in Kingstown. Nicolás Maduro and Irfaan Ali shook hands before talks hosted by Prime Minister Ralph Gonsalves. The two leaders will meet again in Brazil within three months.'
		);
		const planned = events.find((e) => e.planned);
		expect(planned && names(planned)).toEqual(
			expect.arrayContaining(['Nicolás Maduro', 'Irfaan Ali'])
		);
		expect(planned && names(planned)).not.toContain('Ralph Gonsalves');
	});
});
