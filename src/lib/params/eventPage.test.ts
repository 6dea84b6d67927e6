import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, parseEventPage, type EventCursor } from './eventPage';

const parse = (query: string) => parseEventPage(new URLSearchParams(query));

describe('parseEventPage', () => {
	const cursor: EventCursor = { start: '2020-07-01', end: '2020-07-03', id: 'talks-in-lisbon' };

	it.each([
		['', 500, null],
		['limit=1', 1, null],
		['limit=5000', 5000, null],
		[`limit=20&cursor=${encodeCursor(cursor)}`, 20, cursor],
		[
			`cursor=${encodeCursor({ start: null, end: '', id: 'x' })}`,
			500,
			{ start: null, end: '', id: 'x' }
		]
	])('reads %s', (query, limit, after) => {
		expect(parse(query)).toEqual({ ok: true, page: { limit, after } });
	});

	it.each([
		['limit=0', 'from 1 to 5000'],
		['limit=5001', 'from 1 to 5000'],
		['limit=-3', 'from 1 to 5000'],
		['limit=2.5', 'from 1 to 5000'],
		['limit=ten', 'from 1 to 5000'],
		['cursor=not-a-cursor', 'is not one this API gave'],
		[`cursor=${Buffer.from('["2020-07-01"]').toString('base64url')}`, 'is not one this API gave'],
		[`cursor=${Buffer.from('["July","","x"]').toString('base64url')}`, 'is not one this API gave'],
		[`cursor=${'A'.repeat(5000)}`, 'is not one this API gave']
	])('rejects %s', (query, message) => {
		const result = parse(query);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.message).toContain(message);
	});

	it('round-trips a cursor through its opaque, URL-safe token', () => {
		const token = encodeCursor({ ...cursor, id: 'ünïcode-id/+=' });
		expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
		expect(decodeCursor(token)).toEqual({ ...cursor, id: 'ünïcode-id/+=' });
	});
});
