import { describe, expect, it } from 'vitest';
import { mostSpecificPlace, placeParts, placesCompatible, placesEqual } from './placeParts';

describe('placeParts', () => {
	it.each([
		['Salam Palace, Baghdad, Iraq', ['salam palace', 'baghdad', 'iraq']],
		['  The White House ,Washington, D.C.', ['white house', 'washington', 'd c']],
		['Zürich', ['zurich']],
		['Al-Qurna', ['al qurna']],
		['', null],
		[' , ', null],
		[null, null]
	])('%j → %j', (place, parts) => {
		expect(placeParts(place)).toEqual(parts);
	});
});

describe('placesCompatible', () => {
	it.each([
		['Baghdad, Iraq', 'Salam Palace, Baghdad, Iraq', true],
		['Iraq', 'Baghdad, Iraq', true],
		['Tehran', 'Tehran, Iran', true],
		['Baghdad', 'Baghdad airport', true],
		['Washington', 'White House, Washington, D.C., United States', true],
		['Baghdad, Iraq', 'Mosul and Erbil, Iraq', false],
		['Karbala, Iraq', 'Baghdad, Iraq', false],
		['Beijing', 'China', false],
		['Sochi, Russia', null, true],
		[null, null, true]
	])('%j ~ %j: %s', (a, b, expected) => {
		expect(placesCompatible(placeParts(a), placeParts(b))).toBe(expected);
		expect(placesCompatible(placeParts(b), placeParts(a))).toBe(expected);
	});
});

describe('placesEqual', () => {
	it.each([
		['Tehran, Iran', 'tehran ,IRAN', true],
		['Tehran', 'Tehran, Iran', false],
		[null, null, false]
	])('%j = %j: %s', (a, b, expected) => {
		expect(placesEqual(placeParts(a), placeParts(b))).toBe(expected);
	});
});

describe('mostSpecificPlace', () => {
	it.each([
		[['Baghdad, Iraq', 'Salam Palace, Baghdad, Iraq', null], 'Salam Palace, Baghdad, Iraq'],
		[['Iraq', 'Baghdad'], 'Baghdad'],
		[['Nusa Dua', 'Bali'], 'Nusa Dua'],
		[[null, ''], null]
	])('%j → %j', (places, expected) => {
		expect(mostSpecificPlace(places)).toBe(expected);
		expect(mostSpecificPlace([...places].reverse())).toBe(expected);
	});
});
