import { json } from '@sveltejs/kit';
import { encodeCursor, parseEventPage } from '$lib/params/eventPage';
import { parseEventQuery } from '$lib/params/eventQuery';
import { appDb } from '$lib/server/appDb';
import { appGate } from '$lib/server/appGate';
import { eventPageStream } from '$lib/server/eventPageStream';
import { eventPageKeys } from '$lib/server/queryEvents';
import type { RequestHandler } from './$types';

/**
 * The JSON contract, filtered by `from`, `to`, `q`, `actor` and `type`, a page at a time
 * (`limit`, `cursor`; see README): the next page's address is in `next` and a `Link` header.
 */
export const GET: RequestHandler = ({ url }) => {
	const parsed = parseEventQuery(url.searchParams);
	const paged = parseEventPage(url.searchParams);
	if (!parsed.ok || !paged.ok) {
		const messages = [parsed, paged].flatMap((result) => (result.ok ? [] : [result.message]));
		return json({ error: messages.join('; ') }, { status: 400 });
	}
	const { ids, next } = eventPageKeys(appDb(), parsed.query, paged.page);
	let nextUrl: string | null = null;
	if (next) {
		const params = new URLSearchParams(url.searchParams);
		params.set('cursor', encodeCursor(next));
		nextUrl = `${url.pathname}?${params}`;
	}
	const stream = eventPageStream(appDb, ids, nextUrl, () => appGate.yieldToWaiting());
	return new Response(stream, {
		headers: {
			'content-type': 'application/json',
			...(nextUrl ? { link: `<${nextUrl}>; rel="next"` } : {})
		}
	});
};
