/**
 * Paging of `/api/events.json`: `limit` (events per page) and `cursor`, an opaque token naming
 * the last event of the previous page. Events are listed dated first, by start day, end day and
 * id, then undated ones by id, so a cursor is that sort key: the next page is everything after
 * it, however many events came or went meanwhile (no offset to drift).
 */
import { z } from 'zod';

export const DEFAULT_PAGE_LIMIT = 500;
export const MAX_PAGE_LIMIT = 5000;

/** The sort key of an event: `start` null for an undated event (listed after every dated one). */
export interface EventCursor {
	start: string | null;
	/** `''` when a dated event has no end day (sorts first, as SQL's NULL does). */
	end: string;
	id: string;
}

export interface EventPage {
	limit: number;
	/** Start after this event; null for the first page. */
	after: EventCursor | null;
}

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const cursorShape = z.tuple([day.nullable(), day.or(z.literal('')), z.string().min(1).max(300)]);

export function encodeCursor(cursor: EventCursor): string {
	return Buffer.from(JSON.stringify([cursor.start, cursor.end, cursor.id])).toString('base64url');
}

export function decodeCursor(token: string): EventCursor | null {
	if (token.length > 600 || !/^[A-Za-z0-9_-]+$/.test(token)) return null;
	let value: unknown;
	try {
		value = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
	} catch {
		return null;
	}
	const parsed = cursorShape.safeParse(value);
	if (!parsed.success) return null;
	const [start, end, id] = parsed.data;
	return { start, end: start === null ? '' : end, id };
}

export type EventPageResult = { ok: true; page: EventPage } | { ok: false; message: string };

/** Reads `limit` (default 500, 1 to 5,000) and `cursor`; a bad one is a message for a 400. */
export function parseEventPage(params: URLSearchParams): EventPageResult {
	const limitText = params.get('limit')?.trim() || null;
	let limit = DEFAULT_PAGE_LIMIT;
	if (limitText !== null) {
		if (!/^\d{1,5}$/.test(limitText) || +limitText < 1 || +limitText > MAX_PAGE_LIMIT) {
			return {
				ok: false,
				message: `'limit' ${JSON.stringify(limitText.slice(0, 20))} must be a whole number from 1 to ${MAX_PAGE_LIMIT}`
			};
		}
		limit = +limitText;
	}
	const token = params.get('cursor')?.trim() || null;
	const after = token === null ? null : decodeCursor(token);
	if (token !== null && !after) {
		return {
			ok: false,
			message: `'cursor' is not one this API gave: take it from the 'next' of the previous page`
		};
	}
	return { ok: true, page: { limit, after } };
}
