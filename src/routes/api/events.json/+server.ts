import { json } from '@sveltejs/kit';
import { parseEventPage } from '$lib/params/eventPage';
import { parseEventQuery } from '$lib/params/eventQuery';
import { appDb } from '$lib/server/appDb';
import { appGate } from '$lib/server/appGate';
import { eventPageStream } from '$lib/server/eventPageStream';
import { eventPageKeys } from '$lib/server/queryEvents';
import { readOffThread, readPoolOn } from '$lib/server/readPool';
import { nextPageAddress } from '$lib/server/readWorker';
import type { RequestHandler } from './$types';

/**
 * The JSON contract, filtered by `from`, `to`, `q`, `actor` and `type`, a page at a time
 * (`limit`, `cursor`; see README): the next page's address is in `next` and a `Link` header.
 * A page is made in a read worker (up to 5,000 events: the longest read a client can ask for),
 * or with the pool off streamed from this thread a chunk at a time between other requests.
 */
export const GET: RequestHandler = async ({ url, request }) => {
	const parsed = parseEventQuery(url.searchParams);
	const paged = parseEventPage(url.searchParams);
	if (!parsed.ok || !paged.ok) {
		const messages = [parsed, paged].flatMap((result) => (result.ok ? [] : [result.message]));
		return json({ error: messages.join('; ') }, { status: 400 });
	}
	if (readPoolOn()) {
		const { body, next } = await readOffThread(
			{
				kind: 'eventPage',
				query: parsed.query,
				page: paged.page,
				pathname: url.pathname,
				search: url.search
			},
			request.signal
		);
		return new Response(body, { headers: pageHeaders(next, body.byteLength) });
	}
	const { ids, next } = eventPageKeys(appDb(), parsed.query, paged.page);
	const nextUrl = next ? nextPageAddress(url.pathname, url.search, next) : null;
	const stream = eventPageStream(appDb, ids, nextUrl, () => appGate.yieldToWaiting());
	return new Response(stream, { headers: pageHeaders(nextUrl) });
};

function pageHeaders(next: string | null, length?: number): Record<string, string> {
	return {
		'content-type': 'application/json',
		...(length === undefined ? {} : { 'content-length': String(length) }),
		...(next ? { link: `<${next}>; rel="next"` } : {})
	};
}
