import { describe, expect, it } from 'vitest';
import { extractWithoutGazetteer, participantNames } from '../testSentence';

const attacks = (body: string) =>
	extractWithoutGazetteer(body, '2024-03-09T10:00:00Z').filter((e) => e.type === 'attack');

describe('the act-on frame', () => {
	it('leaves out who only speaks of the attack', () => {
		const [attack] = attacks(
			'Peruvian President Luis Vera denounced the assassination of rebel commander Ruben Ochoa on Friday.'
		);
		expect(participantNames(attack)).toEqual(['Ruben Ochoa']);
	});

	it('takes the agent from "by" in the passive', () => {
		const [attack] = attacks('Rebel commander Ruben Ochoa was killed by Colombia on Friday.');
		expect(attack.title).toBe('Colombia kills Ruben Ochoa');
	});

	it('keeps an attack with nobody involved only when it is dated', () => {
		expect(attacks('Forces killed two men.')).toEqual([]);
		expect(attacks('Forces killed two men on Friday.')).toHaveLength(1);
	});
});

describe('an attack told in a coordinate clause of its own (published 2024-05-10)', () => {
	const read = (body: string) => extractWithoutGazetteer(body, '2024-05-10T12:00:00Z');

	it("takes none of the other clause's people as its victims", () => {
		const attack = read(
			'President Ana Ruiz and President Tomas Verlan agreed on Monday to pull back their troops, but shelling resumed within hours.'
		).find((e) => e.type === 'attack');
		expect(attack?.participants).toEqual([]);
	});
});
