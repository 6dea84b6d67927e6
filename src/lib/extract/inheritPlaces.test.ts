import { describe, expect, it } from 'vitest';
import { extractWithoutGazetteer, participantNames as names } from './testSentence';

/** The place of the event whose participants include `who`, in an article of 2024-05-08. */
function placeOf(body: string, who: string): string | null | undefined {
	const events = extractWithoutGazetteer(body, '2024-05-08T18:00:00Z');
	return events.find((e) => names(e).includes(who))?.place;
}

describe('inheritPlaces: an act of one state with no place told', () => {
	it.each<[string, string, string, string | null]>([
		[
			'takes place in that state’s capital when the story has no dateline',
			'Chilean President Tomás Ledesma condemned the border closure on Monday.',
			'Tomás Ledesma',
			'Santiago, Chile'
		],
		[
			'and when the dateline is another state’s city',
			'LIMA - Peruvian President Luis Vera met Bolivian President Ana Sosa on Tuesday. Chilean President Tomás Ledesma said on Tuesday that the meeting was welcome.',
			'Tomás Ledesma',
			'Santiago, Chile'
		],
		[
			'but at the dateline when it is that state’s',
			'LIMA - Peruvian President Luis Vera met Bolivian President Ana Sosa on Tuesday. Peruvian Foreign Minister Rosa Pardo said on Tuesday that the meeting was welcome.',
			'Rosa Pardo',
			'Lima, Peru'
		],
		[
			'and when it was told after an event elsewhere, with no words tying it there',
			'Peruvian President Luis Vera met Bolivian President Ana Sosa in Lima on Tuesday. Chilean Foreign Minister Rosa Pardo said in a statement that she regretted the decision.',
			'Rosa Pardo',
			'Santiago, Chile'
		],
		[
			'but at that event’s place when the words tie it there',
			'Peruvian President Luis Vera met Chilean Foreign Minister Rosa Pardo in Lima on Tuesday. After the meeting, Rosa Pardo said in a statement that she regretted the decision.',
			'Rosa Pardo',
			'Lima, Peru'
		],
		[
			'an ambassador acts where posted, not at home',
			'The Chilean ambassador to Peru, Tomás Ledesma, said on Tuesday that the border would reopen.',
			'Tomás Ledesma',
			null
		],
		[
			'an event of two states is not one state’s act',
			'Chilean President Tomás Ledesma met Bolivian President Ana Sosa on Tuesday.',
			'Tomás Ledesma',
			null
		]
	])('%s', (_, body, who, place) => {
		expect(placeOf(body, who) ?? null).toBe(place);
	});
});

describe('inheritPlaces: the place of a trip', () => {
	it.each<[string, string, string, string | null]>([
		[
			'is not that of an act told before setting out, in the same sentence',
			'LIMA - Having met Peruvian President Luis Vera on Tuesday, Chilean President Tomás Ledesma flew on to Quito.',
			'Luis Vera',
			'Lima, Peru'
		],
		[
			'is that of an act told after arriving',
			'LIMA - Chilean President Tomás Ledesma flew on to Quito on Tuesday and met Ecuadorean President Ana Ruiz.',
			'Ana Ruiz',
			'Quito, Ecuador'
		],
		[
			'is not that of a meeting with someone of a third state who is not on the trip',
			'LIMA - Chilean President Tomás Ledesma flew to Quito on Tuesday. Ledesma and Peruvian President Luis Vera signed a fisheries accord on Tuesday.',
			'Luis Vera',
			'Lima, Peru'
		]
	])('%s', (_, body, who, place) => {
		expect(placeOf(body, who) ?? null).toBe(place);
	});
});

describe('inheritPlaces: a venue named without its city', () => {
	it.each<[string, string, string]>([
		[
			'takes the city of an event told after it when the story has no dateline',
			'Chile and Peru signed a fisheries accord at the Moneda Palace on Monday. Chilean President Tomás Ledesma met Peruvian President Luis Vera in Santiago on Monday.',
			'Moneda Palace, Santiago, Chile'
		],
		[
			'but not one whose name holds its city',
			'SANTIAGO - Chile and Peru signed a fisheries accord at Lima International Airport on Monday.',
			'Lima International Airport'
		],
		[
			'takes the dateline',
			'LIMA - Chile and Peru signed a fisheries accord at the Torre Tagle Palace on Monday.',
			'Torre Tagle Palace, Lima, Peru'
		]
	])('%s', (_, body, place) => {
		const events = extractWithoutGazetteer(body, '2024-05-08T18:00:00Z');
		expect(events.find((e) => e.type === 'agreement')?.place).toBe(place);
	});
});
