import { describe, expect, it } from 'vitest';
import {
	EXECUTIVE,
	GATHERING,
	LEGISLATURE,
	PLAN_WORDS,
	POSTPONEMENT,
	PREPOSITIONS,
	REFERENCE_NOUN,
	SPEECH_VERB,
	STAY,
	anyWord
} from './cueWords';

describe('cue word patterns', () => {
	it.each([
		[SPEECH_VERB, 'the minister emphasized that', true],
		[SPEECH_VERB, 'she emphasised the point', true],
		[SPEECH_VERB, 'the unsaid rule', false],
		[PLAN_WORDS, 'the envoy is due in the capital', true],
		[PLAN_WORDS, 'the plans were shelved', true],
		[PLAN_WORDS, 'the planning office', false],
		[LEGISLATURE, 'the House of Representatives voted', true],
		[LEGISLATURE, 'a congressional aide', false],
		[EXECUTIVE, 'the Council of Ministers approved', true],
		[EXECUTIVE, 'governmental bodies', false],
		[POSTPONEMENT, 'the trip was called off', true],
		[POSTPONEMENT, 'the talks had been planned for May', true],
		[POSTPONEMENT, 'he postponed his visit', true],
		[POSTPONEMENT, 'a cancellation fee', false],
		[GATHERING, 'the Andean summit', true],
		[GATHERING, 'forums of experts', false]
	])('%s on "%s" is %s', (pattern, text, expected) => {
		expect(pattern.test(text)).toBe(expected);
	});

	it('matches a phrase only with its words in order', () => {
		expect(anyWord(['put off']).test('they put the talks off')).toBe(false);
		expect(anyWord(['put off']).test('they put off the talks')).toBe(true);
	});

	it('keeps prepositions as a set of words', () => {
		expect(PREPOSITIONS.has('alongside')).toBe(true);
		expect(PREPOSITIONS.has('the')).toBe(false);
	});
});

describe('reference nouns', () => {
	const typeOf = (text: string) => REFERENCE_NOUN.find(([pattern]) => pattern.test(text))?.[1];

	it.each([
		['condemned the drone strike', 'attack'],
		['after the session ended', 'meeting'],
		['the trip was pencilled in', 'visit'],
		['during the phone conversation', 'phone_call'],
		['the deal was welcomed', 'agreement'],
		['the final vote', 'legislation'],
		['a strike', undefined]
	])('"%s" refers back to a %s', (text, type) => {
		expect(typeOf(text)).toBe(type);
	});
});

describe('stated stays', () => {
	it('starts at the length of the stay', () => {
		const text = 'arrived on Tuesday at the start of a three-day state visit';
		expect(STAY.exec(text)?.index).toBe(text.indexOf('three-day'));
	});

	it('needs a stay noun after the length', () => {
		expect(STAY.test('a two-day summit')).toBe(false);
	});
});
