import { describe, expect, it } from 'vitest';
import { objectPlace, placeFor } from './attachPlace';
import { clauseAt } from './clauses';
import { extractWithoutGazetteer, testSentence, testStory, triggerOf } from './testSentence';

/** Where the event stated by `word` happened, by its clause. */
function placeOf(text: string, word: string): string | null {
	const s = testSentence(testStory(), text);
	const trigger = triggerOf(s, word);
	return placeFor(s, trigger, clauseAt(s.clauses, trigger.start))?.name ?? null;
}

describe('placeFor', () => {
	it.each([
		[
			'Chilean President Tomás Ledesma met Argentine President Ana Sosa in Santiago.',
			'met',
			'Santiago'
		],
		[
			'In Quito, Chilean President Tomás Ledesma met Ecuadorean President Ana Ruiz.',
			'met',
			'Quito'
		],
		['Tomás Ledesma flew to Quito, where he met Foreign Minister Abel Tesfaye.', 'met', 'Quito'],
		['Its ambassador to Ethiopia, Lena Moss, met Foreign Minister Abel Tesfaye.', 'met', null],
		['Tomás Ledesma flew in from Lima and met Ana Ruiz.', 'met', null],
		// A place past the next journey is where that journey went.
		['Tomás Ledesma met Ana Ruiz on Monday and flew on to Quito.', 'met', null],
		// The place of the act agreed on is not where it was agreed; a place of the agreeing is.
		['Chile and Peru agreed to reopen their consulates in Arica and Tacna.', 'agreed', null],
		['Chile and Peru agreed in Lima to reopen their consulates in Arica.', 'agreed', 'Lima'],
		['Chile and Peru agreed on a ceasefire in Arica.', 'agreed', 'Arica']
	])('%s → %s', (text, word, place) => {
		expect(placeOf(text, word)).toBe(place);
	});
});

describe('objectPlace', () => {
	it.each([
		['Peruvian President Luis Vera reached Cusco on Monday.', 'reached', 'Cusco'],
		['Ana Sosa, visiting Quito on Friday, called for closer ties.', 'visiting', 'Quito'],
		['Touring Patagonia this week, Luis Vera praised the new road.', 'Touring', 'Patagonia'],
		['Ana Sosa tours Bolivia next week.', 'tours', 'Bolivia'],
		// A place described as one: its name after "the port (city, town) of".
		['Ana Sosa visited the port of Ilo, where she met traders.', 'visited', 'Ilo'],
		['Ana Sosa toured the northern town of Juli on Monday.', 'toured', 'Juli'],
		// A stay noun's place after "of"; a passive's subject.
		['Ana Sosa began a three-day tour of Bolivia on Monday.', 'tour', 'Bolivia'],
		['Cusco was visited by Ana Sosa on Monday.', 'visited', 'Cusco']
	])('takes the capitalised object of a verb of reaching as the place: %s', (text, word, place) => {
		const s = testSentence(testStory(), text);
		expect(objectPlace(s, triggerOf(s, word))).toBe(place);
	});

	it.each([
		['Tomás Ledesma visited Peruvian President Luis Vera.', 'visited'],
		['Peruvian President Luis Vera was visited by Tomás Ledesma.', 'visited'],
		['The visit of Peruvian President Luis Vera was brief.', 'visit']
	])('takes no person as a place: %s', (text, word) => {
		const s = testSentence(testStory(), text);
		expect(objectPlace(s, triggerOf(s, word))).toBeNull();
	});
});

describe('places in whole articles (published 2024-03-12)', () => {
	const read = (body: string) => extractWithoutGazetteer(body, '2024-03-12T18:00:00Z');

	it('places a statement by an opening phrase', () => {
		const [event] = read(
			'In Lima, Peruvian Foreign Minister Ana Sosa told Radio Andina on Sunday that there had been no plot.'
		);
		expect(event).toMatchObject({ type: 'statement', place: 'Lima, Peru' });
	});
});

describe('places in whole articles (published 2024-05-08)', () => {
	const read = (body: string) => extractWithoutGazetteer(body, '2024-05-08T18:00:00Z');

	it('takes the place a movement verb names as its object', () => {
		const [visit] = read('Peruvian President Luis Vera reached Cusco on Monday.');
		expect(visit).toMatchObject({ type: 'visit', place: 'Cusco' });
	});
});
