import { describe, expect, it } from 'vitest';
import { highlightSegments } from './highlightSegments';

describe('highlightSegments', () => {
	it('splits text at mark boundaries and keeps every character once', () => {
		const text = 'Alpha met Beta. Then Gamma spoke.';
		const marks = [
			{ id: 'a', start: 0, end: 15 },
			{ id: 'b', start: 10, end: 33 }
		];
		const segments = highlightSegments(text, marks);
		expect(segments.map((s) => s.text).join('')).toBe(text);
		expect(segments.map((s) => [s.text, s.marks.map((m) => m.id)])).toEqual([
			['Alpha met ', ['a']],
			['Beta.', ['a', 'b']],
			[' Then Gamma spoke.', ['b']]
		]);
	});

	it('returns one unmarked run without marks and ignores marks outside the text', () => {
		expect(highlightSegments('<script>x</script>', [{ start: 5, end: 99 }])).toEqual([
			{ start: 0, end: 18, text: '<script>x</script>', marks: [] }
		]);
	});
});
