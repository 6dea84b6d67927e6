import { describe, expect, it } from 'vitest';
import type { MergedEvent } from '../merge/types';
import { openDatabase } from './db';
import { EVENTS_PER_CHUNK, eventPageStream } from './eventPageStream';
import { queryEvents } from './queryEvents';
import { writeEvents } from './writeEvents';

const BODY = 'Alpha met Beta in Lisbon.';

function event(n: number, sourceId: string): MergedEvent {
	const day = `2020-07-${String((n % 28) + 1).padStart(2, '0')}`;
	return {
		id: `event-${String(n).padStart(4, '0')}`,
		type: 'meeting',
		cameo: null,
		title: `Event ${n}`,
		planned: false,
		date: {
			start: day,
			end: day,
			precision: 'day',
			derivation: 'explicit',
			text: '',
			explanation: 'Test date.',
			approximate: false
		},
		participants: [],
		place: null,
		mentions: [{ sourceId, start: 0, end: 5, excerpt: BODY.slice(0, 5) }],
		conflicts: []
	};
}

function dbWith(count: number) {
	const db = openDatabase(':memory:');
	for (const id of ['a', 'b']) {
		db.prepare(
			`INSERT INTO sources (id, file, content_hash, extract_key, body, ingested_at)
			 VALUES (?, ?, ?, 'k', ?, 'now')`
		).run(id, `${id}.txt`, id, BODY);
	}
	const events = Array.from({ length: count }, (_, n) => event(n, n % 2 ? 'a' : 'b'));
	db.transaction(() => writeEvents(db, events))();
	return db;
}

async function chunksOf(stream: ReadableStream<Uint8Array>): Promise<string[]> {
	const chunks: string[] = [];
	const decoder = new TextDecoder();
	for await (const chunk of stream) chunks.push(decoder.decode(chunk));
	return chunks;
}

describe('eventPageStream', () => {
	it.each([0, 1, EVENTS_PER_CHUNK, EVENTS_PER_CHUNK * 2 + 5])(
		'sends the same page as queryEvents, %i events, a chunk at a time',
		async (count) => {
			const db = dbWith(count);
			const page = queryEvents(db, {}, { limit: 5000, after: null });
			const ids = page.events.map((e) => e.id);
			const chunks = await chunksOf(eventPageStream(() => db, ids, '/next'));
			expect(chunks.length).toBe(Math.ceil(count / EVENTS_PER_CHUNK) + 1);
			expect(JSON.parse(chunks.join(''))).toEqual({
				events: page.events,
				sources: page.sources,
				next: '/next'
			});
		}
	);

	it('leaves out events gone since the page was listed', async () => {
		const db = dbWith(3);
		const ids = ['event-0000', 'gone', 'event-0002'];
		const body = JSON.parse((await chunksOf(eventPageStream(() => db, ids, null))).join(''));
		expect(body.events.map((e: { id: string }) => e.id)).toEqual(['event-0000', 'event-0002']);
		expect(body.sources.map((s: { id: string }) => s.id)).toEqual(['b']);
	});

	it('reads nothing more once the client has gone', async () => {
		const db = dbWith(EVENTS_PER_CHUNK * 3);
		const ids = queryEvents(db, {}, { limit: 5000, after: null }).events.map((e) => e.id);
		let reads = 0;
		const counting = () => (reads++, db);
		const reader = eventPageStream(counting, ids, null).getReader();
		await reader.read();
		await reader.cancel();
		expect(reads).toBeLessThanOrEqual(2);
	});
});
