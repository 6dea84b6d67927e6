import { describe, expect, it } from 'vitest';
import { parseEventQuery } from './eventQuery';

const parse = (query: string) => parseEventQuery(new URLSearchParams(query));

describe('parseEventQuery', () => {
	it.each([
		['', {}],
		['from=2020-07-01&to=2020-07-31', { from: '2020-07-01', to: '2020-07-31' }],
		['type=meeting,visit', { type: ['meeting', 'visit'] }],
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
		['actor=<script>', `'actor' "<script>" must be an actor id`]
	])('rejects %s with a message saying what is wrong', (query, message) => {
		const result = parse(query);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.message).toContain(message);
	});
});
