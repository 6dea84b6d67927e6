import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDatabase } from '../../../bench/seedDatabase';
import { tempDir } from '../../../tests/unit/corpusFixture';
import type { EventQuery } from '../params/eventQuery';
import { openDatabase, type Db } from './db';
import { eventPageStream } from './eventPageStream';
import { eventPageKeys } from './queryEvents';
import { nextPageAddress, type ReadJob } from './readWorker';
import { readOffThread, timelineView } from './readPool';
import { appGate } from './appGate';
import { timelineWindow } from './timelineWindow';

/**
 * The server's read workers on a seeded database: the same answers as reading in this thread,
 * and a cheap request answered while four clients loop the most expensive page.
 */
const dir = tempDir('read-pool');
let db: Db;
const previousDb = process.env.TIMELINE_DB;

beforeAll(() => {
	const { path } = seedDatabase({ path: join(dir, 'events.db'), events: 20_000 });
	process.env.TIMELINE_DB = path;
	db = openDatabase(path, { readonly: true });
}, 120_000);

afterAll(() => {
	db.close();
	process.env.TIMELINE_DB = previousDb;
	rmSync(dir, { recursive: true, force: true });
});

const EVERYTHING: EventQuery = {};
const signal = () => new AbortController().signal;

async function inThreadPage(query: EventQuery, limit: number): Promise<unknown> {
	const { ids, next } = eventPageKeys(db, query, { limit, after: null });
	const nextUrl = next ? nextPageAddress('/api/events.json', `?limit=${limit}`, next) : null;
	return new Response(eventPageStream(() => db, ids, nextUrl)).json();
}

function pageJob(query: EventQuery, limit: number): Extract<ReadJob, { kind: 'eventPage' }> {
	return {
		kind: 'eventPage',
		query,
		page: { limit, after: null },
		pathname: '/api/events.json',
		search: `?limit=${limit}`
	};
}

/** The gate's work for the heavy request, as the events API does it. */
async function heavyPage(): Promise<Response> {
	const { body } = await readOffThread(pageJob(EVERYTHING, 5000), signal());
	return new Response(body);
}

const answers = {
	overloaded: () => new Response('busy', { status: 503 }),
	gone: () => new Response(null, { status: 499 })
};

describe('read workers', () => {
	it('answer a page and a text query as this thread reads them', async () => {
		const page = await (await heavyPage()).json();
		expect(page.events).toHaveLength(5000);
		expect(page.next).toMatch(/^\/api\/events\.json\?limit=5000&cursor=/);
		expect(page).toEqual(await inThreadPage(EVERYTHING, 5000));

		const filters = { q: 'talks' };
		const view = await timelineView(filters, null, signal());
		expect(view.events.length).toBeGreaterThan(0);
		expect(view).toEqual(timelineWindow(db, filters, null));
	}, 120_000);

	it('leave the server thread to a cheap request while four clients loop the biggest page', async () => {
		// Workers started and their connections warm, as on a server that has been answering.
		await Promise.all([heavyPage(), heavyPage()]);
		let stop = false;
		let heavyAnswered = 0;
		const heavyClient = async () => {
			while (!stop) {
				const response = await appGate.admit(signal(), heavyPage, answers);
				expect(response.status).toBe(200);
				heavyAnswered++;
			}
		};
		const heavy = Array.from({ length: 4 }, heavyClient);
		// Each cheap request: how many heavy pages were answered while it waited for its turn and
		// was worked on. Without the workers, the gate would work it after the heavy requests
		// admitted before it, all of them.
		const seenDuring: number[] = [];
		const inFlight: number[] = [];
		for (let i = 0; i < 20; i++) {
			const before = heavyAnswered;
			inFlight.push(appGate.inFlight);
			const response = await appGate.admit(
				signal(),
				async () => {
					const view = timelineWindow(db, EVERYTHING, { from: '2020-01-01', to: '2020-01-31' });
					return new Response(JSON.stringify(view.window));
				},
				answers
			);
			expect(response.status).toBe(200);
			seenDuring.push(heavyAnswered - before);
		}
		stop = true;
		await Promise.all(heavy);
		expect(heavyAnswered).toBeGreaterThan(0);
		// The four heavy requests were admitted (in a worker or waiting for one) all along.
		expect(Math.min(...inFlight)).toBe(4);
		// Most cheap requests were answered before any heavy page in front of them.
		expect(seenDuring.filter((n) => n === 0).length).toBeGreaterThanOrEqual(15);
	}, 180_000);
});
