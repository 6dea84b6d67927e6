import type { Db } from './db';
import { eventsByIds, sourcesByIds } from './queryEvents';

/**
 * Events read and encoded per chunk of the body: about 15 KB and a millisecond or two of work,
 * the longest a waiting request waits behind a big page.
 */
export const EVENTS_PER_CHUNK = 25;

/**
 * A page of `/api/events.json` as a stream: `{"events":[…],"sources":[…],"next":…}`, the events
 * read from the database and encoded a chunk at a time as the client takes them. A client that
 * reads slowly (or not at all) holds back the reading instead of a whole body waiting in memory;
 * between chunks the server answers other requests (each chunk waits for `yieldTurn`: the
 * server's lets every request waiting go first); a client that goes
 * away cancels the rest.
 * `db` is asked for at every chunk, so a page started before the data changed finishes on the
 * connection that serves now (events gone meanwhile are left out).
 */
export function eventPageStream(
	db: () => Db,
	ids: readonly string[],
	next: string | null,
	yieldTurn: () => Promise<void> = () => new Promise((resolve) => setImmediate(resolve))
): ReadableStream<Uint8Array> {
	const utf8 = new TextEncoder();
	const sourceIds = new Set<string>();
	let offset = 0;
	let opened = false;
	let separator = '';
	return new ReadableStream<Uint8Array>({
		async pull(controller) {
			const head = opened ? '' : '{"events":[';
			// On loopback the socket takes each chunk at once, so without this the whole body
			// would be made in one go: other requests get their turn between chunks.
			if (opened) await yieldTurn();
			opened = true;
			if (offset >= ids.length) {
				const sources = JSON.stringify(sourcesByIds(db(), sourceIds));
				controller.enqueue(
					utf8.encode(`${head}],"sources":${sources},"next":${JSON.stringify(next)}}`)
				);
				controller.close();
				return;
			}
			const events = eventsByIds(db(), ids.slice(offset, offset + EVENTS_PER_CHUNK));
			offset += EVENTS_PER_CHUNK;
			for (const event of events) for (const m of event.mentions) sourceIds.add(m.sourceId);
			if (events.length === 0 && !head) return;
			const items = events.map((event) => JSON.stringify(event)).join(',');
			controller.enqueue(utf8.encode(`${head}${items && separator}${items}`));
			if (items) separator = ',';
		}
	});
}
