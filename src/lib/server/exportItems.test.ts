import { csvParse } from 'd3-dsv';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { corpusWith, DEVSET_CORPUS, SEED_CORPUS, tempDir } from '../../../tests/unit/corpusFixture';
import { EXPORT_FORMATS } from '../export/formats';
import { expectFolded, parseCalendar, timelineJsSchema } from '../export/testParsers';
import type { ExportContext } from '../export/types';
import type { EventQuery } from '../params/eventQuery';
import { openDatabase, type Db } from './db';
import { exportItems } from './exportItems';
import { ingestCorpus } from './ingest';
import { queryEvents } from './queryEvents';
import { textStream } from './textStream';

const CONTEXT: ExportContext = {
	title: 'Diplomatic events',
	origin: 'http://127.0.0.1',
	now: new Date('2026-01-01T00:00:00Z')
};

function ingested(dir: string): Db {
	const corpus = corpusWith(
		readdirSync(dir)
			.filter((name) => name.endsWith('.txt'))
			.map((name) => ({ from: join(dir, name), name }))
	);
	const dbPath = join(tempDir('export'), 'timeline.db');
	ingestCorpus({ corpusDir: corpus, dbPath });
	return openDatabase(dbPath);
}

/** What a download of `name` receives, read from the stream. */
async function download(db: Db, name: keyof typeof EXPORT_FORMATS, query: EventQuery) {
	const format = EXPORT_FORMATS[name];
	return new Response(textStream(format.write(exportItems(db, query), CONTEXT))).text();
}

const cases: [string, string, EventQuery][] = [
	['the seed corpus', SEED_CORPUS, { from: '2020-01-01', to: '2020-12-31' }],
	['the dev set', DEVSET_CORPUS, { from: '2021-06-01', to: '2021-12-31', type: ['meeting'] }]
];

describe.each(cases)('exports of %s', (_, corpus, narrowed) => {
	let db: Db;
	beforeAll(() => {
		db = ingested(corpus);
	});

	const views: EventQuery[] = [{}, narrowed];

	it.each(views)('lists the events the API lists, in its order, however paged (%j)', (query) => {
		const expected = queryEvents(db, query).events;
		expect(expected.length).toBeGreaterThan(0);
		for (const pageSize of [500, 3]) {
			expect([...exportItems(db, query, pageSize)].map((item) => item.event)).toEqual(expected);
		}
	});

	it.each(views)('events.json parses back to the JSON contract (%j)', async (query) => {
		const { events, sources } = queryEvents(db, query);
		expect(JSON.parse(await download(db, 'events.json', query))).toEqual({ events, sources });
	});

	it.each(views)(
		'events.csv has one row per event, first excerpt and source (%j)',
		async (query) => {
			const { events, sources } = queryEvents(db, query);
			const rows = csvParse(await download(db, 'events.csv', query));
			expect(rows.map((row) => row.event_id)).toEqual(events.map((e) => e.id));
			rows.forEach((row, i) => {
				const first = events[i].mentions[0];
				const source = sources.find((s) => s.id === first.sourceId)!;
				expect(row.excerpt.replace(/^'(?=[=+\-@\t\r])/, '')).toBe(first.excerpt);
				expect(row.source_url).toBe(source.url ?? '');
				expect(row.source).toContain(source.outlet ?? source.title ?? source.file);
			});
		}
	);

	it.each(views)('events.ics holds every dated event as all-day days (%j)', async (query) => {
		const text = await download(db, 'events.ics', query);
		expectFolded(text);
		const dated = queryEvents(db, query).events.filter((e) => e.date.start);
		const calendar = parseCalendar(text);
		expect(calendar.events.map((e) => e.uid)).toEqual(
			dated.map((e) => `${e.id}@diplomatic-timeline`)
		);
		calendar.events.forEach((parsed, i) => {
			const { start, end } = dated[i].date;
			const dayAfter = new Date(Date.parse(end!) + 86_400_000).toISOString().slice(0, 10);
			expect(parsed).toMatchObject({ allDay: true, start, end: dayAfter });
			expect(parsed.summary).toBe(dated[i].title);
			expect(parsed.description).toContain(dated[i].date.explanation);
		});
	});

	it.each(views)(
		'timelinejs.json fits TimelineJS3 and holds every dated event (%j)',
		async (query) => {
			const json = timelineJsSchema.parse(JSON.parse(await download(db, 'timelinejs.json', query)));
			const dated = queryEvents(db, query).events.filter((e) => e.date.start);
			expect(json.events.map((slide) => slide.unique_id)).toEqual(dated.map((e) => e.id));
			json.events.forEach((slide, i) => {
				expect(Number(slide.start_date.year)).toBe(Number(dated[i].date.start!.slice(0, 4)));
				expect(slide.group).toBeTruthy();
			});
		}
	);
});

describe('textStream', () => {
	it('sends the pieces in order, in chunks, and stops reading when cancelled', async () => {
		let read = 0;
		function* pieces() {
			for (let i = 0; i < 5000; i++) {
				read++;
				yield `${i},`;
			}
		}
		const whole = await new Response(textStream(pieces())).text();
		expect(whole).toBe(Array.from({ length: 5000 }, (_, i) => `${i},`).join(''));

		read = 0;
		function* endless() {
			for (;;) {
				read++;
				yield 'x'.repeat(1000);
			}
		}
		const reader = textStream(endless()).getReader();
		await reader.read();
		await reader.cancel();
		const afterCancel = read;
		expect(afterCancel).toBeLessThan(200);
		await new Promise((resolve) => setTimeout(resolve, 20));
		expect(read).toBe(afterCancel);
	});
});
