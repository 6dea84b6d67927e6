import { describe, expect, it } from 'vitest';
import { publicationFromIso } from './publicationFromIso';

describe('publicationFromIso', () => {
	it.each([
		['2021-02-06T13:47:00+03:30', '2021-02-06T13:47:00+03:30', '2021-02-06', '+03:30', true],
		['2021-04-12T05:35:00Z', '2021-04-12T05:35:00+00:00', '2021-04-12', 'UTC', true],
		['2022-11-29T19:30:12+0300', '2022-11-29T19:30:12+03:00', '2022-11-29', '+03:00', true],
		['2023-02-03T18:48:00-05:00', '2023-02-03T18:48:00-05:00', '2023-02-03', '-05:00', true],
		['2021-02-06T13:47', '2021-02-06T13:47:00+00:00', '2021-02-06', null, true],
		['2021-02-06', '2021-02-06T00:00:00+00:00', '2021-02-06', null, false]
	])('%s', (value, iso, day, timeZone, hasTime) => {
		expect(publicationFromIso(value)).toEqual({
			iso,
			day,
			timeZone,
			hasTime,
			text: value,
			origin: 'front-matter'
		});
	});

	it.each(['2021-02-30', 'yesterday', '06/02/2021', ''])('rejects %j', (value) => {
		expect(publicationFromIso(value)).toBeNull();
	});
});
