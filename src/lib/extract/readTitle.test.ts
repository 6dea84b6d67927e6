import { describe, expect, it } from 'vitest';
import { readTitle } from './readTitle';

describe('readTitle', () => {
	it.each([
		[
			'0 Persons\n\nChile, Argentina sign border deal\n\nFeb 6, 2024, 1:47 PM\nNews ID: 1\n\nText of the story goes here.',
			'Chile, Argentina sign border deal'
		],
		[
			'ANDES WIRE\nWorld › Americas\n\nLedesma meets Sosa in Santiago\n\nSANTIAGO - The two presidents met on Monday.',
			'Ledesma meets Sosa in Santiago'
		],
		[
			'AmericasPolitics\n\nLedesma vows to deepen ties with Buenos Aires: president\n\nThe president said so on Monday.',
			'Ledesma vows to deepen ties with Buenos Aires: president'
		],
		['The two presidents met on Monday in Santiago, officials said.', null]
	])('%#', (body, title) => {
		expect(readTitle(body)).toBe(title);
	});
});
