import type { Db } from './db';
import { eventsByIds, sourcesByIds } from './queryEvents';

/** Events read and encoded per chunk of the body: about 60 KB, a few milliseconds of work. */
export const EVENTS_PER_CHUNK = 100;

/**
 * A page of `/api/events.json` as a stream: `{"events":[…],"sources":[…],"next":…}`, the events
 * read from the database and encoded a chunk at a time as the client takes them. A client that
 * reads slowly (or not at all) holds back the reading instead of a whole body waiting in memory;
 * between chunks the server answers other requests; a client that goes away cancels the rest.
 * `db` is asked for at every chunk, so a page started before the data changed finishes on the
 * connection that serves now (events gone meanwhile are left out).
 */
export function eventPageStream(
	db: () => Db,
	ids: readonly string[],
	next: string | null
): ReadableStream<Uint8Array> {
	const utf8 = new TextEncoder();
	const sourceIds = new Set<string>();
	let offset = 0;
	let opened = false;
	let separator = '';
	return new ReadableStream<Uint8Array>({
		pull(controller) {
			const head = opened ? '' : '{"events":[';
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
