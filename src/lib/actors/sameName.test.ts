import { describe, expect, it } from 'vitest';
import { sameName } from './sameName';

describe('sameName', () => {
	it.each([
		['Hossein Amir-Abdollahian', 'Hossein Amirabdollahian', true],
		['Faisal bin Farhan Al Saud', 'Prince Faisal Bin Farhan', true],
		['Abdel Fattah al-Sisi', 'Sisi', true],
		['Gabriela Fuentes', 'Fuentes', true],
		['Sergey Lavrov', 'Sergei Lavrov', true],
		['Gabriela Fuentes', 'Gabriela Ortiz', false],
		['Ali Khamenei', 'Ali al-Sistani', false],
		['Hassan Rouhani', 'Hussein Rouhani', false]
	])('%s ~ %s: %s', (a, b, expected) => {
		expect(sameName(a, b)).toBe(expected);
	});
});
