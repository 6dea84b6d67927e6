import { describe, expect, it } from 'vitest';
import { analyse, isPassive } from './analyse';

describe('analyse', () => {
	it('gives every token its exact offsets in the text, whatever the spacing', () => {
		const text = 'The envoy\u00a0 flew  to Lomé on Monday, didn’t she?';
		for (const token of analyse(text)) {
			expect(text.slice(token.start, token.end)).toBe(token.text);
		}
	});

	it.each([
		['The delegates held talks in Accra.', 'held', 'hold', 'VERB'],
		['He went on to talks with the king.', 'talks', 'talk', 'NOUN'],
		['Talks resumed on Monday.', 'Talks', 'talk', 'NOUN'],
		['Rockets were launched at the port.', 'launched', 'launch', 'VERB'],
		['The navy shelled the coast.', 'shelled', 'shell', 'VERB']
	])('%s: %s is %s/%s', (text, word, lemma, pos) => {
		const token = analyse(text).find((t) => t.text === word)!;
		expect([token.lemma, token.pos]).toEqual([lemma, pos]);
	});

	it.each([
		['The treaty was signed in Oslo.', 'signed', true],
		['The treaty has been quietly signed.', 'signed', true],
		['The ministers signed the treaty.', 'signed', false],
		['The envoy had visited Quito.', 'visited', false]
	])('%s: "%s" passive: %s', (text, word, passive) => {
		const tokens = analyse(text);
		expect(
			isPassive(
				tokens,
				tokens.findIndex((t) => t.text === word)
			)
		).toBe(passive);
	});
});
