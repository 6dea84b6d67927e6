import { describe, expect, it } from 'vitest';
import { estimateTextWidth, fitLabel, truncateLabel } from './textWidth';

describe('estimateTextWidth', () => {
	it('grows with length and font size, wide letters wider than narrow ones', () => {
		expect(estimateTextWidth('meeting', 12)).toBeGreaterThan(estimateTextWidth('meet', 12));
		expect(estimateTextWidth('meeting', 16)).toBeCloseTo(
			(estimateTextWidth('meeting', 12) * 16) / 12,
			9
		);
		expect(estimateTextWidth('MMMM', 12)).toBeGreaterThan(estimateTextWidth('iiii', 12));
		expect(estimateTextWidth('', 12)).toBe(0);
	});

	it('is in the range of a real 12 px sans-serif (about 6 px per character)', () => {
		const width = estimateTextWidth('Foreign ministers meet in the capital', 12);
		expect(width).toBeGreaterThan(37 * 4.5);
		expect(width).toBeLessThan(37 * 7.5);
	});
});

describe('truncateLabel', () => {
	it.each([
		['Short title', 20, 'Short title'],
		['Foreign ministers meet in the capital', 24, 'Foreign ministers meet…'],
		['Supercalifragilisticexpialidocious', 10, 'Supercali…']
	])('cuts "%s" to %i characters', (text, max, expected) => {
		const label = truncateLabel(text, max);
		expect(label).toBe(expected);
		expect(label.length).toBeLessThanOrEqual(max);
	});
});

describe('fitLabel', () => {
	// Ten pixels a character, the ellipsis too.
	const measure = (text: string) => text.length * 10;
	it.each([
		['fits whole', 'Talks in Geneva', 150, 'Talks in Geneva'],
		['cut at the last word that fits', 'Talks in Geneva end', 120, 'Talks in…'],
		['a trailing comma dropped', 'Talks, then a vote', 80, 'Talks…'],
		['inside the first word when no word fits', 'Negotiations resume', 50, 'Nego…'],
		['nothing when not even a letter fits', 'Talks', 15, '']
	])('%s', (_, text, maxPx, expected) => {
		const fitted = fitLabel(text, maxPx, measure);
		expect(fitted).toBe(expected);
		expect(measure(fitted)).toBeLessThanOrEqual(maxPx);
	});
});
