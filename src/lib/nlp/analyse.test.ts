import { describe, expect, it } from 'vitest';
import { analyse, isPassive, isReducedRelative } from './analyse';

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

describe('isReducedRelative', () => {
	const participle = (sentence: string, word: string) => {
		const tokens = analyse(sentence);
		return isReducedRelative(
			tokens,
			tokens.findIndex((t) => t.text === word)
		);
	};
	it.each([
		// A comma, an agent, a participle's own form, or the clause's verb after it.
		['The accord, signed in Apia, runs to six pages.', 'signed', true],
		['A memorandum initialled by both ministers covers fisheries.', 'initialled', true],
		['The leaders gathered in Suva agreed to act.', 'gathered', true],
		// A preposition's object after the clause's verb has no verb of its own.
		['The dispute ended in a treaty signed in Apia in May.', 'signed', true],
		// The past tense of the clause's subject, whatever phrase the subject holds.
		['Talks between the two sides opened in May.', 'opened', false],
		['The talks opened in May.', 'opened', false],
		// A phrasal verb's object is no preposition's.
		['The premier called off the vote planned for May.', 'planned', false],
		// A comma closing a relative clause or an apposition after the subject: its own verb.
		['The rebels, who hold the port, warned on Monday that they would resist.', 'warned', false],
		['Joel Tari, the rebel commander, warned on Monday of reprisals.', 'warned', false],
		['The rebel commander, Joel Tari, warned on Monday of reprisals.', 'warned', false],
		["Fiji's prime minister, Joel Tari, resigned on Monday.", 'resigned', false],
		// Not after an opening phrase, nor after a list of names.
		['In May, the accord, signed in Apia, took effect.', 'signed', true],
		['Leaders of Fiji, Tonga and Samoa, gathered in Suva, agreed to act.', 'gathered', true]
	])('%s (%s)', (sentence, word, expected) => {
		expect(participle(sentence, word)).toBe(expected);
	});
});
