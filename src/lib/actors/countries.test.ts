import { describe, expect, it } from 'vitest';
import {
	COUNTRIES,
	countryByDemonym,
	countryByName,
	countryOfCapital,
	countryOfSeat
} from './countries';

describe('country data', () => {
	it('covers the UN member states with a capital each', () => {
		expect(COUNTRIES.length).toBeGreaterThanOrEqual(193);
		expect(COUNTRIES.every((c) => c.capital.length > 0)).toBe(true);
	});

	it.each([
		['the UAE', 'United Arab Emirates'],
		['U.S.', 'United States'],
		['Türkiye', 'Turkey'],
		['Chile', 'Chile']
	])('name %s → %s', (text, name) => {
		expect(countryByName(text)?.name).toBe(name);
	});

	it('keeps the pronoun "us" apart from the United States', () => {
		expect(countryByName('us')).toBeUndefined();
	});

	it.each([
		['Chilean', 'Chile'],
		['Emirati', 'United Arab Emirates'],
		['Argentine', 'Argentina']
	])('people %s → %s', (word, name) => {
		expect(countryByDemonym(word)?.name).toBe(name);
	});

	it.each([
		['Santiago', 'Chile'],
		['Kiev', 'Ukraine'],
		['Abu Dhabi', 'United Arab Emirates']
	])('capital %s → %s', (city, name) => {
		expect(countryOfCapital(city)?.name).toBe(name);
	});

	it.each([
		['Downing Street said', 'United Kingdom', 2],
		['Élysée Palace officials', 'France', 2],
		['Elysee officials', 'France', 1],
		['Foggy Bottom', 'United States', 2]
	])('seat %s → %s in %d words', (phrase, name, words) => {
		const seat = countryOfSeat(phrase.split(' '));
		expect([seat?.country.name, seat?.words]).toEqual([name, words]);
	});

	it.each(['Downing', 'Street', 'Lima said'])('%s is no seat', (phrase) => {
		expect(countryOfSeat(phrase.split(' '))).toBeNull();
	});
});
