import { describe, expect, it } from 'vitest';
import { timelineHref, timelineSearch } from './timelineHref';

describe('timelineHref', () => {
	it.each([
		[{}, '/'],
		[{ from: '2020-07-01', to: '2020-07-31' }, '/?from=2020-07-01&to=2020-07-31'],
		// Fixed order whatever the object's key order.
		[
			{ event: 'e-1', type: ['meeting', 'visit'] as const, to: '2020-07-31', from: '2020-07-01' },
			'/?from=2020-07-01&to=2020-07-31&type=meeting%2Cvisit&event=e-1'
		],
		[{ q: '  border talks ', actor: 'jane-doe' }, '/?q=border+talks&actor=jane-doe'],
		[{ q: '   ', type: [], event: null }, '/'],
		[{ lanes: 'type' as const }, '/'],
		[{ event: 'e-1', lanes: 'actor' as const, q: 'x' }, '/?q=x&lanes=actor&event=e-1']
	])('%j → %s', (address, href) => {
		expect(timelineHref(address)).toBe(href);
	});

	it('encodes what a reader types so it reads back unchanged', () => {
		const search = timelineSearch({ q: 'a&b=c #1 “quoted”' });
		expect(new URLSearchParams(search).get('q')).toBe('a&b=c #1 “quoted”');
	});
});
