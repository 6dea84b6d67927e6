import { describe, expect, it } from 'vitest';
import { fragmentAnchors, fragmentId } from './fragmentAnchors';

describe('fragmentAnchors', () => {
	it('gives each excerpt its id at its start, shared excerpts once', () => {
		const anchors = fragmentAnchors([
			{ start: 10, end: 40 },
			{ start: 10, end: 40 },
			{ start: 10, end: 25 },
			{ start: 42, end: 60 }
		]);
		expect([...anchors]).toEqual([
			[10, ['m-10-40', 'm-10-25']],
			[42, ['m-42-60']]
		]);
	});

	it('names an excerpt by its offsets', () => {
		expect(fragmentId({ start: 0, end: 12 })).toBe('m-0-12');
	});
});
