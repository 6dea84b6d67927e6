import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDatabase } from '../../../bench/seedDatabase';
import { tempDir } from '../../../tests/unit/corpusFixture';
import { appDb } from './appDb';
import { appGate } from './appGate';
import { exportResponse } from './exportResponse';
import { timelineWindow } from './timelineWindow';

/**
 * Exports of the whole store are the server's largest responses. They are streamed a chunk at a
 * time, each chunk after the requests waiting at the gate: four clients downloading the full CSV
 * in a loop hold a cheap request up by a few chunks, never by a whole export.
 */
const dir = tempDir('export-response');
const previousDb = process.env.TIMELINE_DB;

beforeAll(() => {
	const { path } = seedDatabase({ path: join(dir, 'events.db'), events: 5000 });
	process.env.TIMELINE_DB = path;
}, 120_000);

afterAll(() => {
	appDb().close();
	process.env.TIMELINE_DB = previousDb;
	rmSync(dir, { recursive: true, force: true });
});

const signal = () => new AbortController().signal;
const answers = {
	overloaded: () => new Response('busy', { status: 503 }),
	gone: () => new Response(null, { status: 499 })
};
const FULL_CSV = new URL('http://localhost/export/events.csv');

/** Reads a response body to its end, calling `onChunk` for each chunk the stream hands over. */
async function drain(response: Response, onChunk: () => void): Promise<number> {
	const reader = response.body!.getReader();
	let chunks = 0;
	for (let read = await reader.read(); !read.done; read = await reader.read()) {
		chunks++;
		onChunk();
	}
	return chunks;
}

describe('exports', () => {
	it('let a cheap request go first while four clients loop the full CSV export', async () => {
		let stop = false;
		let chunksRead = 0;
		const exportChunks: number[] = [];
		const exportClient = async () => {
			while (!stop) {
				const response = await appGate.admit(
					signal(),
					async () => exportResponse(FULL_CSV, 'events.csv'),
					answers
				);
				expect(response.status).toBe(200);
				exportChunks.push(await drain(response, () => chunksRead++));
			}
		};
		const exporters = Array.from({ length: 4 }, exportClient);
		// The four downloads under way (each has read its first chunks) before measuring.
		while (chunksRead < 8) await new Promise((resolve) => setImmediate(resolve));
		// Each cheap request: the export chunks handed over while it waited for its turn and was
		// worked on.
		const seenDuring: number[] = [];
		for (let i = 0; i < 20; i++) {
			const before = chunksRead;
			const response = await appGate.admit(
				signal(),
				async () => {
					const view = timelineWindow(appDb(), {}, { from: '2020-01-01', to: '2020-01-31' });
					return new Response(JSON.stringify(view.window));
				},
				answers
			);
			expect(response.status).toBe(200);
			seenDuring.push(chunksRead - before);
		}
		stop = true;
		await Promise.all(exporters);
		// A whole export is many chunks, so a bound of a few chunks per request says something.
		expect(exportChunks.length).toBeGreaterThan(0);
		expect(Math.min(...exportChunks)).toBeGreaterThan(20);
		// At most about one chunk of each export in progress before the cheap request's turn.
		expect(Math.max(...seenDuring)).toBeLessThanOrEqual(8);
	}, 180_000);
});
