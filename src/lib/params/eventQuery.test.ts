import { describe, expect, it } from 'vitest';
import { parseEventQuery } from './eventQuery';

const parse = (query: string) => parseEventQuery(new URLSearchParams(query));

describe('parseEventQuery', () => {
	it.each([
		['', {}],
		['from=2020-07-01&to=2020-07-31', { from: '2020-07-01', to: '2020-07-31' }],
		['type=meeting,visit', { type: ['meeting', 'visit'] }],
		['type=visit,visit,meeting,visit', { type: ['visit', 'meeting'] }],
		// Date.UTC would read these years as 1900–1999.
		['from=0000-02-29&to=0099-12-31', { from: '0000-02-29', to: '0099-12-31' }],
		['q=%20border%20talks%20&actor=jane-doe', { q: 'border talks', actor: 'jane-doe' }],
		['from=&to=&unknown=1', {}]
	])('accepts %s', (query, expected) => {
		expect(parse(query)).toEqual({ ok: true, query: expected });
	});

	it.each([
		['from=2020-13-01', `'from' "2020-13-01" is not a day of the calendar`],
		['to=July', `'to' "July" must be a date like 2020-07-01`],
		['from=2020-08-01&to=2020-07-01', `'from' must not be after 'to'`],
		['type=party', `'type' "party" must be one or more of meeting`],
		['actor=<script>', `'actor' "<script>" must be an actor id`],
		['from=0100-02-29', `'from' "0100-02-29" is not a day of the calendar`],
		[`type=${Array(2600).fill('visit').join(',')}`, `'type' "visit,visit,`],
		[`type=${Array(33).fill('visit').join(',')}`, 'must list at most 32 values']
	])('rejects %s with a message saying what is wrong', (query, message) => {
		const result = parse(query);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.message).toContain(message);
	});

	it('quotes a long value cut short rather than echoing it whole', () => {
		const result = parse(`type=${Array(2600).fill('visit').join(',')}`);
		expect(!result.ok && result.message.length).toBeLessThan(200);
	});
});
