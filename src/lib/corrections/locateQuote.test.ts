import { describe, expect, it } from 'vitest';
import { locateQuote } from './locateQuote';

const BODY = 'The ministers met in Vienna.\nThe ministers met again\nin Geneva on Friday.';

describe('locateQuote', () => {
	it.each([
		{ name: 'a unique quote', selector: { quote: 'met in Vienna' }, text: 'met in Vienna' },
		{
			name: 'a quote across a line break, written with a space',
			selector: { quote: 'again in Geneva' },
			text: 'again\nin Geneva'
		},
		{
			name: 'a repeated quote told apart by its suffix',
			selector: { quote: 'The ministers met', suffix: 'again' },
			text: 'The ministers met'
		},
		{
			name: 'a repeated quote told apart by its prefix',
			selector: { quote: 'The ministers', prefix: 'Vienna.' },
			text: 'The ministers'
		},
		{
			name: 'special characters taken literally',
			selector: { quote: 'Vienna.' },
			text: 'Vienna.'
		}
	])('finds $name', ({ selector, text }) => {
		const match = locateQuote(BODY, selector);
		expect(match.found).toBe(true);
		if (match.found) expect(BODY.slice(match.start, match.end)).toBe(text);
	});

	it.each([
		{ selector: { quote: 'met in Paris' }, reason: 'missing', count: 0 },
		{ selector: { quote: 'The ministers met' }, reason: 'ambiguous', count: 2 },
		{ selector: { quote: 'The ministers', suffix: 'in Rome' }, reason: 'missing', count: 0 }
	])('reports $reason for $selector.quote', ({ selector, reason, count }) => {
		expect(locateQuote(BODY, selector)).toEqual({ found: false, reason, count });
	});
});
