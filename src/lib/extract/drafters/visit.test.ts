import { describe, expect, it } from 'vitest';
import { extractWithoutGazetteer, participantNames as names } from '../testSentence';

describe('the travel frame (published 2024-03-12)', () => {
	const read = (body: string) => extractWithoutGazetteer(body, '2024-03-12T18:00:00Z');

	it('sends no one travelling when a thing is the subject', () => {
		const events = read(
			"Chile's parliament approved the bill on Monday. The law now goes to Chile's newly elected president, Ana Ruiz, for her signature."
		);
		expect(events.map((e) => e.type)).toEqual(['legislation']);
	});
});

describe('the travel frame (published 2024-05-08)', () => {
	const read = (body: string) => extractWithoutGazetteer(body, '2024-05-08T18:00:00Z');

	it('places what a visitor does after landing where the story is filed', () => {
		const events = read(
			'Quito: Chilean President Tomás Ledesma landed in Quito on Sunday evening. On Monday, Ledesma co-chaired a summit with Ecuadorean President Ana Ruiz. Ledesma left for Lima later on Monday. He will hold talks with Peruvian President Luis Vera on Wednesday.'
		);
		const summit = events.find((e) => e.type === 'meeting' && names(e).includes('Ana Ruiz'));
		expect(summit?.place).toBe('Quito, Ecuador');
		const planned = events.find((e) => e.planned);
		expect(planned?.place).toBe('Lima, Peru');
	});
});

describe('the travellers (published 2024-05-08)', () => {
	it('are the subject of the movement verb’s clause, not whom an opening participle met', () => {
		const [visit] = extractWithoutGazetteer(
			'Having met Peruvian President Luis Vera on Tuesday, Chilean President Tomás Ledesma flew on to Quito.',
			'2024-05-08T18:00:00Z'
		).filter((e) => e.type === 'visit');
		expect(names(visit)).toContain('Tomás Ledesma');
		expect(names(visit)).not.toContain('Luis Vera');
	});

	it('keeps trips to two named places apart, whether the verb names the place or "to" does', () => {
		const visits = extractWithoutGazetteer(
			'Chilean President Tomás Ledesma will travel to Lima. He will visit Quito on Friday.',
			'2024-05-08T18:00:00Z'
		).filter((e) => e.type === 'visit');
		expect(visits.map((v) => v.place)).toEqual([
			expect.stringMatching(/^Lima/),
			expect.stringMatching(/^Quito/)
		]);
	});

	it('are the subject of a verb joined to the one before, not its object', () => {
		const [visit] = extractWithoutGazetteer(
			'Chilean President Tomás Ledesma met Peruvian President Luis Vera on Tuesday and flew on to Quito.',
			'2024-05-08T18:00:00Z'
		).filter((e) => e.type === 'visit');
		expect(names(visit)).toContain('Tomás Ledesma');
		expect(names(visit)).not.toContain('Luis Vera');
	});
});

describe('the travel frame of a visit noun (published 2024-05-08)', () => {
	const read = (body: string) => extractWithoutGazetteer(body, '2024-05-08T18:00:00Z');

	it('takes the visitor after "by" and the date that determines the noun', () => {
		const [visit] = read(
			"Last week's visit by Chilean President Tomás Ledesma to Quito produced a fisheries pact."
		);
		expect(visit).toMatchObject({ type: 'visit', place: 'Quito, Ecuador' });
		expect(names(visit)).toContain('Tomás Ledesma');
		expect(visit.date).toMatchObject({ start: '2024-04-29', end: '2024-05-05' });
	});
});

describe('a visit told as a participle of its visitor, or as a stop (published 2024-05-08)', () => {
	const read = (body: string) => extractWithoutGazetteer(body, '2024-05-08T18:00:00Z');

	it.each([
		[
			'President Ana Sosa, visiting Montevideo on Monday, called for closer trade ties.',
			'Montevideo, Uruguay',
			['Ana Sosa', 'Uruguay']
		],
		[
			'Visiting Nairobi on Tuesday, Prime Minister Kofi Mensah pledged to finish the rail link.',
			'Nairobi, Kenya',
			['Kofi Mensah', 'Kenya']
		],
		[
			'Touring Patagonia this week, President Ana Sosa praised the new road.',
			'Patagonia',
			['Ana Sosa']
		],
		[
			'Prime Minister Kofi Mensah, wrapping up a visit to Togo on Sunday, thanked his hosts.',
			'Togo',
			['Kofi Mensah', 'Togo']
		]
	])('%s', (body, place, participants) => {
		const visit = read(body).find((e) => e.type === 'visit');
		expect(visit?.place).toBe(place);
		expect(visit && names(visit)).toEqual(expect.arrayContaining(participants));
	});

	it.each([
		'Prime Minister Kofi Mensah, not visiting Togo this year, sent his deputy.',
		'Prime Minister Kofi Mensah, who refused to visit Togo on Sunday, sent his deputy.'
	])('finds no visit in: %s', (body) => {
		expect(read(body).map((e) => e.type)).not.toContain('visit');
	});

	it('takes a stop in a named place as a visit there', () => {
		const [visit] = read(
			'Foreign Minister Maria Costa capped her regional tour with a stop in Dakar on Sunday.'
		);
		expect(visit).toMatchObject({ type: 'visit', place: 'Dakar, Senegal' });
		expect(names(visit)).toEqual(expect.arrayContaining(['Maria Costa', 'Senegal']));
	});

	it('takes a phrasal stop-over as a visit', () => {
		const [visit] = read('Prime Minister Kofi Mensah stopped over in Dakar on Sunday.');
		expect(visit).toMatchObject({ type: 'visit', place: 'Dakar, Senegal' });
	});

	it('takes no stop put to something as a visit', () => {
		expect(read('The truce put a stop to the shelling in Goma on Sunday.')).toEqual([]);
	});
});

describe('an office nobody names travels for its state (published 2024-05-08)', () => {
	const read = (body: string) => extractWithoutGazetteer(body, '2024-05-08T18:00:00Z');

	it.each([
		["Norway's foreign minister will fly to Quito next week.", ['Norway', 'Ecuador']],
		['The Kenyan envoy flew to Lima on Monday for talks.', ['Kenya', 'Peru']],
		['The foreign minister of Chile arrived in Quito on Monday.', ['Chile', 'Ecuador']]
	])('%s', (body, states) => {
		const visit = read(body).find((e) => e.type === 'visit');
		expect(visit && names(visit)).toEqual(states);
	});
});

describe('a visit with nobody named travelling (published 2024-05-08)', () => {
	it('is a delegation visiting, not the host state visiting its own capital', () => {
		const [visit] = extractWithoutGazetteer(
			'A delegation arrived in Quito on Monday on a state visit.',
			'2024-05-08T18:00:00Z'
		);
		expect(visit).toMatchObject({ type: 'visit', title: 'Delegation visits Quito' });
	});
});

describe('a state that is the whole subject of a visit noun’s verb (published 2024-05-08)', () => {
	const read = (body: string) => extractWithoutGazetteer(body, '2024-05-08T18:00:00Z');

	it.each([
		['Paraguay postponed a visit to Montevideo on Monday.', ['Paraguay', 'Uruguay']],
		['Ghana paid a visit to Lomé on Monday.', ['Ghana', 'Togo']],
		// A state before its envoy is where the visitor comes from: the envoy travels for it.
		["Ghana's envoy paid a visit to Lomé on Monday.", ['Ghana', 'Togo']],
		['The Ghana visit to Lomé was postponed on Monday.', ['Togo']]
	])('%s', (sentence, participants) => {
		const visit = read(sentence).find((e) => e.type === 'visit');
		expect(visit && names(visit)).toEqual(participants);
	});
});

describe('a state’s people named only as a group travel for it (published 2024-05-08)', () => {
	const read = (body: string) => extractWithoutGazetteer(body, '2024-05-08T18:00:00Z');

	it.each([
		['Ivorian officials visited Monrovia on Monday.', ["Cote d'Ivoire", 'Liberia']],
		['Ghanaian diplomats will travel to Lomé next week.', ['Ghana', 'Togo']]
	])('%s', (sentence, participants) => {
		const visit = read(sentence).find((e) => e.type === 'visit');
		expect(visit && names(visit)).toEqual(participants);
	});
});
