import { describe, expect, it } from 'vitest';
import { estimateTextWidth, truncateLabel } from './textWidth';

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
