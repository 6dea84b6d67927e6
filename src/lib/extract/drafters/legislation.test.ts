import { describe, expect, it } from 'vitest';
import { extractWithoutGazetteer, participantNames as names } from '../testSentence';

describe('the adopt frame (published 2024-03-12)', () => {
	const read = (body: string) => extractWithoutGazetteer(body, '2024-03-12T18:00:00Z');

	it('sits a legislature in its capital, names its state and tells one vote once', () => {
		const events = read(
			"Peru's parliament on Monday ratified the border treaty with Chile. Members of the Peruvian legislature voted 98 to 12 in favour of the text."
		);
		expect(events).toHaveLength(1);
		expect(events[0]).toMatchObject({ type: 'legislation', place: 'Lima, Peru' });
		expect(names(events[0])).toEqual(expect.arrayContaining(['Peru', 'Chile']));
		expect(events[0].excerpts).toHaveLength(2);
	});

	it('takes a lower house for a legislature', () => {
		const [event] = read('The bill was passed by the lower house on Monday.');
		expect(event).toMatchObject({ type: 'legislation', date: { start: '2024-03-11' } });
	});

	it('takes a state that ratifies as acting through its legislature', () => {
		const [event] = read('Bolivia ratified the treaty in January after months of debate.');
		expect(event).toMatchObject({ type: 'legislation', place: 'La Paz, Bolivia' });
	});

	it.each([
		[
			'Bolivian President Ana Sosa signed the water bill into law on Monday.',
			['Ana Sosa', 'Bolivia']
		],
		['The water bill cleared the senate of Bolivia on Monday.', ['Bolivia']],
		["Bolivia's parliament overwhelmingly backed the water pact on Monday.", ['Bolivia']],
		['A motion to scrap the pact was defeated in the Bolivian senate on Monday.', ['Bolivia']],
		// Only a legislature holds a vote of confidence, that of the state of the one it tests.
		['The Bolivian prime minister survived a no-confidence vote on Monday.', ['Bolivia']]
	])(
		'takes a bill signed into law or through a chamber, or a vote only a chamber holds, as legislation: %s',
		(body, parties) => {
			const [event] = read(body);
			expect(event).toMatchObject({ type: 'legislation', date: { start: '2024-03-11' } });
			expect(names(event)).toEqual(expect.arrayContaining(parties));
		}
	);

	it('takes a vote of a security council as legislation', () => {
		const [event] = read('The Andean Security Council voted on Monday to extend the mission.');
		expect(event).toMatchObject({ type: 'legislation', date: { start: '2024-03-11' } });
	});

	it('takes a bill or law a head of state signs as enacted by the state', () => {
		for (const body of [
			'Bolivian President Ana Sosa signed the water bill on Monday.',
			'Bolivian President Ana Sosa signed off on the ratification law on Monday.'
		]) {
			const [event] = read(body);
			expect(event).toMatchObject({ type: 'legislation', date: { start: '2024-03-11' } });
			expect(names(event)).toEqual(expect.arrayContaining(['Bolivia']));
		}
	});

	it('takes a legislature’s committee for the legislature, and its state', () => {
		const [event] = read("Chile's foreign affairs committee backed the treaty on Monday.");
		expect(event).toMatchObject({ type: 'legislation', date: { start: '2024-03-11' } });
		expect(names(event)).toEqual(expect.arrayContaining(['Chile']));
	});
});
