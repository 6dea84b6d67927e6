import { describe, expect, it } from 'vitest';
import { isSpace } from './isSpace';

describe('isSpace', () => {
	it('agrees with \\s on every UTF-16 code unit', () => {
		const disagreeing: number[] = [];
		for (let code = 0; code <= 0xffff; code++) {
			if (isSpace(code) !== /\s/.test(String.fromCharCode(code))) disagreeing.push(code);
		}
		expect(disagreeing).toEqual([]);
		expect(isSpace(0xa0)).toBe(true);
		expect(isSpace(0x41)).toBe(false);
	});
});
