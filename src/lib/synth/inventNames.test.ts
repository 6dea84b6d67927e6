import { describe, expect, it } from 'vitest';
import {
	cityName,
	countryName,
	demonym,
	displayFamilyName,
	familyName,
	givenName,
	spellingVariants
} from './inventNames';
import { createPrng } from './prng';

describe('spellingVariants', () => {
	it.each([
		['khourani', ['khurani', 'hourani', 'khourany', 'khourrani']],
		['al-meiros', ['al-meyros', 'Al meiros', 'el-meiros', 'al-meirros']],
		['tsk', []]
	])('%s → %j', (family, variants) => {
		expect(spellingVariants(family)).toEqual(variants);
	});
});

describe('displayFamilyName', () => {
	it.each([
		['al-meiros', 'al-Meiros'],
		['Al meiros', 'Al Meiros'],
		['van dorek', 'van Dorek'],
		['tesmar', 'Tesmar']
	])('%s → %s', (family, shown) => {
		expect(displayFamilyName(family)).toBe(shown);
	});
});

describe('demonym', () => {
	it.each([
		['Valdoria', 'Valdorian'],
		['Kestora', 'Kestoran'],
		['Moresh', 'Moreshi'],
		['Tarkistan', 'Tarkistani'],
		['Brenland', 'Brenlandic'],
		['Ostrov', 'Ostrovian']
	])('%s → %s', (country, adjective) => {
		expect(demonym(country)).toBe(adjective);
	});
});

describe('invented names', () => {
	it('are capitalized words of letters, cities at least four letters long', () => {
		const prng = createPrng('names');
		for (let i = 0; i < 300; i++) {
			expect(givenName(prng)).toMatch(/^[A-Z][a-z]+$/);
			expect(countryName(prng)).toMatch(/^[A-Z][a-z]+$/);
			expect(cityName(prng)).toMatch(/^[A-Z][a-z]{3,}$/);
			expect(displayFamilyName(familyName(prng))).toMatch(/^((al-|van |de |bin )?[A-Z][a-z]+)$/);
		}
	});
});
