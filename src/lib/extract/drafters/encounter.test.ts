import { describe, expect, it } from 'vitest';
import { extractWithoutGazetteer, participantNames as names } from '../testSentence';

describe('the encounter frame (published 2024-03-12)', () => {
	const read = (body: string) => extractWithoutGazetteer(body, '2024-03-12T18:00:00Z');

	it('lets a body with no person named act for its state', () => {
		const [event] = read(
			"Ecuador's cabinet held an emergency meeting in Quito on Tuesday morning."
		);
		expect(names(event)).toEqual(expect.arrayContaining(['Ecuador']));
	});

	it('gives a meeting with nobody named the state of its place as host', () => {
		const [event] = read("Tuesday's summit in Montevideo ended without a joint text.");
		expect(event.type).toBe('meeting');
		expect(names(event)).toEqual(['Uruguay']);
	});

	it('gives a meeting with nobody named the body the story is about, and the host state', () => {
		const events = read(
			"The Andean Community warned Bolivia on Monday. Tuesday's summit in Lima ended without a joint text."
		);
		const summit = events.find((e) => e.type === 'meeting');
		expect(summit && names(summit)).toEqual(['Andean Community', 'Peru']);
	});

	it.each([
		['The talks resumed on Tuesday.', true],
		['Negotiations will continue on Friday.', true],
		// Told far from the meeting: nothing ties the two.
		[
			'Fishing quotas were raised. Prices fell. Ferries ran late. The talks resumed on Tuesday.',
			false
		]
	])('gives "%s" after a meeting of two sides the same sides: %s', (second, same) => {
		const events = read(
			`Fijian Prime Minister Ratu Vanua met Tongan Prime Minister Sione Hufanga in Suva on Monday. ${second}`
		);
		const later = events.find((e) => e.type === 'meeting' && e.date.start !== '2024-03-11');
		expect(later && names(later).includes('Sione Hufanga')).toBe(same);
	});
});

describe('an act nobody named does in a live blog entry (published 2024-03-12)', () => {
	it('is kept, dated by its entry', () => {
		const events = extractWithoutGazetteer(
			'Live: the Andean summit\n\n17:05 Leaders signed a declaration on river security.\n\n15:20 The hosts opened the session.',
			'2024-03-12T18:00:00Z'
		);
		const signing = events.find((e) => e.type === 'agreement');
		expect(signing?.date).toMatchObject({ start: '2024-03-12', end: '2024-03-12' });
	});
});
