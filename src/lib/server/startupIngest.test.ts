import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { corpusWith, DEVSET_CORPUS, tempDir, writeBytes } from '../../../tests/unit/corpusFixture';
import type { IngestStatus } from '../status/ingestStatus';
import { openDatabase } from './db';
import { ingestCorpus } from './ingest';
import { StartupIngest } from './startupIngest';

const cleanup: string[] = [];
afterEach(() => {
	for (const dir of cleanup.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const devFiles = readdirSync(DEVSET_CORPUS)
	.filter((name) => name.endsWith('.txt'))
	.map((name) => ({ from: join(DEVSET_CORPUS, name), name }));

function setup() {
	const corpusDir = corpusWith(devFiles.slice(0, 1));
	const dbDir = tempDir('startup-db');
	cleanup.push(corpusDir, dbDir);
	return { corpusDir, dbPath: join(dbDir, 'timeline.db') };
}

describe('StartupIngest', () => {
	it('returns at once, serves the last committed data while it runs, and swaps to the new data when it commits', async () => {
		const { corpusDir, dbPath } = setup();
		const first = ingestCorpus({ corpusDir, dbPath });
		for (const { from, name } of devFiles.slice(1)) writeBytes(corpusDir, name, readFileSync(from));
		// One bad file among them: named in the server's log and status, the others still commit.
		writeBytes(
			corpusDir,
			'zz-bomb.txt',
			`---\na: &a [x, x]\nb: [${'*a, '.repeat(20)}*a]\n---\nBody.`
		);

		const lines: string[] = [];
		const ingest = new StartupIngest((line) => lines.push(line));
		const reader = openDatabase(dbPath);
		const count = (table: string) => reader.prepare(`SELECT count(*) FROM ${table}`).pluck().get();
		expect(ingest.start({ corpusDir, dbPath })).toBe(true);
		// Returned before any file was read: the caller goes on to listen.
		expect(ingest.status).toMatchObject({ state: 'updating', phase: 'starting' });
		expect(ingest.start({ corpusDir, dbPath })).toBe(false);

		const seen: IngestStatus[] = [];
		await vi.waitFor(
			() => {
				seen.push(ingest.status);
				if (ingest.status.state === 'updating') {
					// The reader sees the previous snapshot whole until the ingest commits.
					expect(count('sources')).toBe(1);
					expect(count('events')).toBe(first.events);
				}
				expect(ingest.status.state).toBe('done');
			},
			{ timeout: 60_000, interval: 20 }
		);
		const reading = seen.filter((status) => status.phase === 'files');
		expect(reading.length).toBeGreaterThan(0);
		expect(reading.every((status) => status.total === devFiles.length + 1)).toBe(true);
		expect(reading.at(-1)!.done).toBeGreaterThan(0);

		expect(ingest.status.result).toMatchObject({
			ingested: devFiles.length - 1,
			unchanged: 1,
			rejectedCount: 1,
			rejected: [
				{ file: 'zz-bomb.txt', reason: expect.stringMatching(/^front matter YAML refused/) }
			]
		});
		expect(lines).toContainEqual(
			expect.stringMatching(/^rejected zz-bomb\.txt: front matter YAML refused/)
		);
		expect(count('sources')).toBe(devFiles.length);
		expect(count('events')).toBe(ingest.status.result!.events);
		expect(lines[0]).toMatch(/^gazetteer: /);
		expect(lines.at(-2)).toMatch(
			new RegExp(`^ingested ${corpusDir}: ${devFiles.length - 1} new or changed`)
		);
		reader.close();
	}, 90_000);

	it('reports a failure with the reason, and the previous data stays', async () => {
		const { corpusDir, dbPath } = setup();
		ingestCorpus({ corpusDir, dbPath });
		writeBytes(corpusDir, 'actors.yaml', 'actors: [unclosed\n');
		const ingest = new StartupIngest(() => {});
		ingest.start({ corpusDir, dbPath });
		await vi.waitFor(() => expect(ingest.status.state).toBe('failed'), { timeout: 30_000 });
		expect(ingest.status.error).toMatch(/actors\.yaml/);
		const db = openDatabase(dbPath);
		expect(db.prepare('SELECT count(*) FROM sources').pluck().get()).toBe(1);
		db.close();
	}, 60_000);
});
