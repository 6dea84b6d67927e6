import { describe, expect, it } from 'vitest';
import { isNavigationKey, moveSelection, type NavigationKey } from './navigation';

const ordered = [
	{ id: 'a', t0: 10 },
	{ id: 'b', t0: 20 },
	{ id: 'c', t0: 30 },
	{ id: 'd', t0: 40 }
];
const view = [15, 35] as const;

describe('moveSelection', () => {
	it.each([
		['b', 'ArrowRight', 'c'],
		['b', 'ArrowLeft', 'a'],
		['d', 'ArrowRight', 'd'],
		['a', 'ArrowLeft', 'a'],
		['c', 'Home', 'a'],
		['b', 'End', 'd'],
		[null, 'ArrowRight', 'b'],
		[null, 'ArrowLeft', 'c'],
		['gone', 'ArrowRight', 'b']
	] as const)('from %s, %s selects %s', (current, key, expected) => {
		expect(moveSelection(ordered, current, key as NavigationKey, view)).toBe(expected);
	});

	it('starts from the nearest end when nothing is in view', () => {
		expect(moveSelection(ordered, null, 'ArrowRight', [50, 60])).toBe('d');
		expect(moveSelection(ordered, null, 'ArrowLeft', [0, 5])).toBe('a');
	});

	it('keeps the selection when there are no events', () => {
		expect(moveSelection([], 'x', 'End', view)).toBe('x');
	});
});

describe('isNavigationKey', () => {
	it.each([
		['ArrowLeft', true],
		['End', true],
		['Enter', false],
		['a', false]
	])('%s → %s', (key, expected) => {
		expect(isNavigationKey(key)).toBe(expected);
	});
});
