import { describe, expect, it } from 'vitest';
import { mostSpecificPlace, placeInfo, relatePlaces } from './relatePlaces';

describe('placeInfo', () => {
	it.each([
		[
			'Salam Palace, Baghdad, Iraq',
			{
				parts: ['salam palace', 'baghdad', 'iraq'],
				country: 'Iraq',
				countryOnly: false,
				city: 'baghdad'
			}
		],
		[
			'  The White House ,Washington, D.C.',
			{
				parts: ['white house', 'washington', 'd c'],
				country: 'United States',
				countryOnly: false,
				city: 'washington'
			}
		],
		['Baghdad', { parts: ['baghdad'], country: 'Iraq', countryOnly: false, city: 'baghdad' }],
		['Iraq', { parts: ['iraq'], country: 'Iraq', countryOnly: true, city: null }],
		[
			'Mehrabad airport',
			{ parts: ['mehrabad airport'], country: null, countryOnly: false, city: null }
		],
		['Zürich', { parts: ['zurich'], country: null, countryOnly: false, city: 'zurich' }],
		['', null],
		[' , ', null],
		[null, null]
	])('%j', (place, info) => {
		expect(placeInfo(place)).toEqual(info);
	});
});

describe('relatePlaces', () => {
	it.each([
		['Tehran, Iran', 'tehran ,IRAN', 'equal'],
		['Baghdad, Iraq', 'Salam Palace, Baghdad, Iraq', 'refines'],
		['Iraq', 'Baghdad, Iraq', 'refines'],
		['Iraq', 'Baghdad', 'refines'],
		['Tehran', 'Tehran, Iran', 'refines'],
		['Baghdad', 'Baghdad airport', 'refines'],
		['Washington', 'White House, Washington, D.C., United States', 'refines'],
		['Sochi, Russia', null, 'unsaid'],
		['Saadabad palace', 'Tehran, Iran', 'unknown'],
		['Iraq', 'Karbala', 'unknown'],
		['Baghdad, Iraq', 'Mosul and Erbil, Iraq', 'differs'],
		['Karbala', 'Najaf', 'differs'],
		['Karbala, Iraq', 'Baghdad, Iraq', 'differs'],
		['Beijing', 'Moscow', 'differs'],
		['Iraq', 'Damascus', 'differs'],
		['Beijing', 'China', 'refines']
	])('%j ~ %j: %s', (a, b, relation) => {
		expect(relatePlaces(placeInfo(a), placeInfo(b))).toBe(relation);
		expect(relatePlaces(placeInfo(b), placeInfo(a))).toBe(relation);
	});
});

describe('mostSpecificPlace', () => {
	it.each([
		[['Baghdad, Iraq', 'Salam Palace, Baghdad, Iraq', null], 'Salam Palace, Baghdad, Iraq'],
		[['Iraq', 'Baghdad'], 'Baghdad'],
		[['Saadabad palace', 'Tehran, Iran'], 'Tehran, Iran'],
		[[null, ''], null]
	])('%j → %j', (places, expected) => {
		expect(mostSpecificPlace(places)).toBe(expected);
		expect(mostSpecificPlace([...places].reverse())).toBe(expected);
	});
});
