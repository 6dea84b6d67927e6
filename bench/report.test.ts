import { describe, expect, it } from 'vitest';
import { verdict } from './report';

describe('verdict', () => {
	it.each([
		[600, 500, true, 'met (1.20× the target)'],
		[250, 500, true, 'missed: 50 % below'],
		[5, 10, false, 'met (2.00× the target)'],
		[15, 10, false, 'missed: 50 % over'],
		[NaN, 10, false, 'not measured']
	])('%d against %d (higher is better: %s) is %s', (measured, target, higher, expected) => {
		expect(verdict(measured, target, higher)).toBe(expected);
	});
});
