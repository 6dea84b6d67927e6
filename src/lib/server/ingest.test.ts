import { execFileSync } from 'node:child_process';
import {
	mkdirSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	symlinkSync,
	unlinkSync,
	utimesSync,
	writeFileSync
} from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
	corpusWith,
	DEVSET_CORPUS,
	SEED_CORPUS,
	tempDir,
	writeBytes
} from '../../../tests/unit/corpusFixture';
import { openDatabase } from './db';
import { exportAll } from './exportAll';
import { ingestCorpus, IngestError, type IngestSummary } from './ingest';
import { queryEvents } from './queryEvents';

const cleanup: string[] = [];
afterEach(() => {
	for (const dir of cleanup.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function fresh(files: { from: string; name: string }[]) {
	const corpusDir = corpusWith(files);
	const dbDir = tempDir('db');
	cleanup.push(corpusDir, dbDir);
	return { corpusDir, dbPath: join(dbDir, 'timeline.db') };
}

const seed = (name: string) => ({ from: join(SEED_CORPUS, name), name });
const dev = (name: string) => ({ from: join(DEVSET_CORPUS, name), name });

/** An ingest that deletes the file `gone` once it has told of the file `after`; its summary and lines. */
function ingestDeletingMidRun(
	paths: { corpusDir: string; dbPath: string },
	after: string,
	gone: string
) {
	const lines: string[] = [];
	const summary = ingestCorpus({
		...paths,
		onProgress: (line) => {
			lines.push(line);
			if (line.includes(after)) unlinkSync(join(paths.corpusDir, gone));
		}
	});
	return { summary, lines };
}

/** Every mention's excerpt must be exactly the text between its offsets in the stored body. */
function expectExcerptsMatchBodies(dbPath: string) {
	const db = openDatabase(dbPath);
	const bodies = new Map(
		(db.prepare('SELECT id, body FROM sources').all() as { id: string; body: string }[]).map(
			(s) => [s.id, s.body]
		)
	);
	const data = exportAll(db);
	db.close();
	let checked = 0;
	for (const event of data.events) {
		for (const m of event.mentions) {
			expect(bodies.get(m.sourceId)?.slice(m.start, m.end)).toBe(m.excerpt);
			checked++;
		}
	}
	return { data, checked };
}

describe('ingestCorpus with bad input beside good articles', () => {
	it('reports each bad file by name and reason, ingests every good one, and keeps answering', () => {
		const { corpusDir, dbPath } = fresh([
			seed('002_70c7bdf07969de95.txt'),
			dev('07_geneva_summit.txt'),
			dev('12_biden_putin_call.txt')
		]);
		writeBytes(corpusDir, 'empty.txt', '');
		writeBytes(
			corpusDir,
			'picture.txt',
			new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])
		);
		writeBytes(corpusDir, 'huge.txt', 'Officials met on Monday. '.repeat((20 * 1024 * 1024) / 25));
		writeBytes(
			corpusDir,
			'latin1.txt',
			new Uint8Array([...Buffer.from('Le ministre a rencontr'), 0xe9, 0x20, 0x2e])
		);
		writeBytes(
			corpusDir,
			'broken-front-matter.txt',
			'---\ntitle: [oops\n---\nBody text of an article.'
		);
		writeBytes(
			corpusDir,
			'bad-date.txt',
			'---\npublished: the day after tomorrow\n---\nBody text of an article.'
		);
		// BOM + CRLF: a good article saved on Windows.
		const geneva = readFileSync(join(DEVSET_CORPUS, '07_geneva_summit.txt'), 'utf8');
		const crlf = geneva.replace(/\n/g, '\r\n');
		writeBytes(
			corpusDir,
			'windows.txt',
			Buffer.concat([
				Buffer.from([0xef, 0xbb, 0xbf]),
				Buffer.from(crlf.replace('Geneva', 'Genève'))
			])
		);
		// Identical text under two names.
		writeBytes(
			corpusDir,
			'copy-of-12.txt',
			readFileSync(join(DEVSET_CORPUS, '12_biden_putin_call.txt'))
		);

		const summary = ingestCorpus({ corpusDir, dbPath });

		const reasons = Object.fromEntries(summary.rejected.map((r) => [r.file, r.reason]));
		expect(Object.keys(reasons).sort()).toEqual(
			[
				'bad-date.txt',
				'broken-front-matter.txt',
				'empty.txt',
				'huge.txt',
				'latin1.txt',
				'picture.txt'
			].sort()
		);
		expect(reasons['empty.txt']).toBe('empty file');
		expect(reasons['picture.txt']).toMatch(/^binary file/);
		expect(reasons['huge.txt']).toMatch(/^file is 20\.0 MB, over the 2 MB limit/);
		expect(reasons['latin1.txt']).toMatch(/^not valid UTF-8 \(invalid byte 0xE9 at offset 22\)/);
		expect(reasons['broken-front-matter.txt']).toMatch(/^front matter is not valid YAML/);
		expect(reasons['bad-date.txt']).toContain(
			`field 'published' "the day after tomorrow" is not a date`
		);
		expect(summary.duplicates).toEqual([{ file: 'copy-of-12.txt', of: '12_biden_putin_call.txt' }]);
		expect(summary.ingested).toBe(4);

		const db = openDatabase(dbPath);
		const files = db.prepare('SELECT file FROM sources ORDER BY file').pluck().all();
		expect(files).toEqual([
			'002_70c7bdf07969de95.txt',
			'07_geneva_summit.txt',
			'12_biden_putin_call.txt',
			'windows.txt'
		]);
		const windowsBody = db
			.prepare(`SELECT body FROM sources WHERE file = 'windows.txt'`)
			.pluck()
			.get() as string;
		expect(windowsBody.startsWith('\ufeff')).toBe(false);
		expect(windowsBody).toContain('\r\n');
		expect(queryEvents(db, {}).events.length).toBeGreaterThan(0);
		db.close();

		const { data, checked } = expectExcerptsMatchBodies(dbPath);
		expect(checked).toBeGreaterThan(0);
		// The CRLF copy yields the same events as the LF original, at its own offsets.
		const fromWindows = data.events.filter((e) => e.mentions.some((m) => m.sourceId === 'windows'));
		const fromGeneva = data.events.filter((e) =>
			e.mentions.some((m) => m.sourceId === '07_geneva_summit')
		);
		expect(fromWindows.length).toBe(fromGeneva.length);
	});
});

describe('ingestCorpus incrementally', () => {
	it('skips unchanged files, re-reads changed ones and drops removed ones', () => {
		const { corpusDir, dbPath } = fresh([
			seed('004_9d0667f4fa7cf92c.txt'),
			dev('05_anchorage_opening.txt'),
			dev('11_sochi_erdogan_putin_2021.txt')
		]);
		const first = ingestCorpus({ corpusDir, dbPath });
		expect(first).toMatchObject({ filesRead: 3, ingested: 3, unchanged: 0, removed: 0 });
		const idsBefore = exportAll(openDatabase(dbPath)).events.map((e) => e.id);

		const again = ingestCorpus({ corpusDir, dbPath });
		expect(again).toMatchObject({ ingested: 0, unchanged: 3, removed: 0, events: first.events });
		expect(exportAll(openDatabase(dbPath)).events.map((e) => e.id)).toEqual(idsBefore);

		const path = join(corpusDir, '05_anchorage_opening.txt');
		writeFileSync(path, readFileSync(path, 'utf8') + '\nShare this article\n');
		unlinkSync(join(corpusDir, '11_sochi_erdogan_putin_2021.txt'));
		const third = ingestCorpus({ corpusDir, dbPath });
		expect(third).toMatchObject({ ingested: 1, unchanged: 1, removed: 1 });
		const db = openDatabase(dbPath);
		expect(db.prepare('SELECT count(*) FROM sources').pluck().get()).toBe(2);
		expect(
			db
				.prepare(`SELECT count(*) FROM mentions WHERE source_id = '11_sochi_erdogan_putin_2021'`)
				.pluck()
				.get()
		).toBe(0);
		// The text index follows: one row per source, under the source's rowid, with its new text.
		const indexed = db
			.prepare(
				`SELECT f.rowid, f.source_id AS id, s.rowid AS sourceRowid FROM sources_fts f
				 JOIN sources s ON s.id = f.source_id ORDER BY f.rowid`
			)
			.all() as { rowid: number; id: string; sourceRowid: number }[];
		expect(indexed.map((row) => row.id).sort()).toEqual([
			'004_9d0667f4fa7cf92c',
			'05_anchorage_opening'
		]);
		expect(indexed.every((row) => row.rowid === row.sourceRowid)).toBe(true);
		expect(db.prepare('SELECT count(*) FROM sources_fts').pluck().get()).toBe(2);
		expect(
			db
				.prepare(`SELECT source_id FROM sources_fts WHERE sources_fts MATCH '"Share this article"'`)
				.pluck()
				.all()
		).toEqual(['05_anchorage_opening']);
		db.close();
	});

	it('tells each step of the merge, in order, and merges nothing when no file changed', () => {
		const { corpusDir, dbPath } = fresh([
			seed('004_9d0667f4fa7cf92c.txt'),
			dev('05_anchorage_opening.txt')
		]);
		const steps: string[] = [];
		const lines: string[] = [];
		const first = ingestCorpus({
			corpusDir,
			dbPath,
			onProgress: (line) => lines.push(line),
			onRebuildStep: (step) => steps.push(step.step)
		});
		expect(steps).toEqual(['profiled', 'clustered', 'staged', 'written']);
		const merging = lines.filter((line) => line.startsWith('merging'));
		const db = openDatabase(dbPath);
		const stored = db.prepare('SELECT count(*) FROM source_mentions').pluck().get() as number;
		db.close();
		expect(merging[0]).toBe(`merging ${stored} event mentions across sources…`);
		expect(merging[1]).toBe(`merging: ${first.events} events found, building them…`);
		expect(merging.at(-1)).toBe('merging: events written');
		// The gazetteer was named, and the files came before the merge.
		expect(lines[0]).toMatch(/^gazetteer: .*actors\.yaml \(the corpus folder's own\)$/);
		expect(lines.findIndex((line) => line.startsWith('merging'))).toBe(3);

		steps.length = 0;
		ingestCorpus({ corpusDir, dbPath, onRebuildStep: (step) => steps.push(step.step) });
		expect(steps).toEqual([]);
	});

	it('refuses a broken gazetteer and leaves the database as it was', () => {
		const { corpusDir, dbPath } = fresh([dev('05_anchorage_opening.txt')]);
		const first = ingestCorpus({ corpusDir, dbPath });
		writeBytes(corpusDir, 'actors.yaml', '- name: [unclosed\n');
		writeBytes(corpusDir, 'new.txt', readFileSync(join(DEVSET_CORPUS, '07_geneva_summit.txt')));
		expect(() => ingestCorpus({ corpusDir, dbPath })).toThrow(/actors\.yaml/);
		const db = openDatabase(dbPath);
		expect(db.prepare('SELECT count(*) FROM sources').pluck().get()).toBe(1);
		expect(db.prepare('SELECT count(*) FROM events').pluck().get()).toBe(first.events);
		db.close();
	});
});

describe("ingestCorpus: finding what changed by each file's stat", () => {
	/** A modification time long past (seconds), so that the stat is recorded. */
	const LONG_AGO = 1_000_000_000;
	const setup = () => {
		const { corpusDir, dbPath } = fresh([
			dev('05_anchorage_opening.txt'),
			dev('11_sochi_erdogan_putin_2021.txt')
		]);
		const path = (name: string) => join(corpusDir, name);
		for (const name of readdirSync(corpusDir)) utimesSync(path(name), LONG_AGO, LONG_AGO);
		const ingest = (options: { rehash?: boolean } = {}) => {
			const lines: string[] = [];
			const summary = ingestCorpus({
				corpusDir,
				dbPath,
				...options,
				onProgress: (line) => lines.push(line)
			});
			return { summary, lines };
		};
		const bodyOf = (id: string) => {
			const db = openDatabase(dbPath);
			try {
				return db.prepare('SELECT body FROM sources WHERE id = ?').pluck().get(id) as string;
			} finally {
				db.close();
			}
		};
		return { corpusDir, dbPath, path, ingest, bodyOf };
	};

	it('re-hashes a touched but identical file without extracting it again', () => {
		const { path, ingest } = setup();
		expect(ingest().summary.ingested).toBe(2);
		utimesSync(path('05_anchorage_opening.txt'), LONG_AGO + 60, LONG_AGO + 60);
		const { summary, lines } = ingest();
		expect(summary).toMatchObject({ ingested: 0, unchanged: 2, merge: 'none' });
		expect(lines).toContain('[1/2] 05_anchorage_opening.txt: unchanged');
	});

	it('reads no file whose stat is unchanged; --rehash reads every file and finds a change that kept size and time', () => {
		const { path, ingest, bodyOf } = setup();
		ingest();
		const file = path('05_anchorage_opening.txt');
		const before = readFileSync(file, 'utf8');
		// Same size, other words, the time put back: only reading the file can tell.
		const after = before.replace('Anchorage', 'Ancorage_');
		expect(after).not.toBe(before);
		expect(Buffer.byteLength(after)).toBe(Buffer.byteLength(before));
		writeFileSync(file, after);
		utimesSync(file, LONG_AGO, LONG_AGO);
		expect(ingest().summary).toMatchObject({ ingested: 0, unchanged: 2 });
		expect(bodyOf('05_anchorage_opening')).toContain('Anchorage');

		const { summary } = ingest({ rehash: true });
		expect(summary).toMatchObject({ ingested: 1, unchanged: 1 });
		expect(bodyOf('05_anchorage_opening')).toContain('Ancorage_');
		expect(bodyOf('05_anchorage_opening')).not.toContain('Anchorage');
	});

	it('does not trust the stat of a file changed in the last moments, and re-reads it', () => {
		const { path, ingest } = setup();
		const file = path('11_sochi_erdogan_putin_2021.txt');
		// Written just now: a write in the same clock tick could keep its size and time.
		utimesSync(file, new Date(), new Date());
		ingest();
		const text = readFileSync(file, 'utf8');
		const { mtime } = statSync(file);
		writeFileSync(file, text.replace('Sochi', 'Socha'));
		utimesSync(file, mtime, mtime);
		expect(ingest().summary).toMatchObject({ ingested: 1, unchanged: 1 });
	});

	it('rejects a stored file whose stat fails by name and reason, and keeps its stored version', () => {
		const { corpusDir, dbPath, ingest } = setup();
		ingest();
		const { summary, lines } = ingestDeletingMidRun(
			{ corpusDir, dbPath },
			'05_anchorage_opening.txt',
			'11_sochi_erdogan_putin_2021.txt'
		);
		expect(summary.rejected).toEqual([
			{
				file: '11_sochi_erdogan_putin_2021.txt',
				reason: 'disappeared while the corpus was read (removed or renamed) (ENOENT)'
			}
		]);
		expect(lines).toContain(
			'[2/2] 11_sochi_erdogan_putin_2021.txt: rejected: disappeared while the corpus was read (removed or renamed) (ENOENT) (the previously ingested version is kept)'
		);
		expect(summary).toMatchObject({ unchanged: 1, removed: 0 });
		const db = openDatabase(dbPath);
		expect(db.prepare('SELECT count(*) FROM sources').pluck().get()).toBe(2);
		db.close();
	});
});

describe('ingestCorpus with extraction worker threads', () => {
	/** Everything ingest stores, minus the time stamp of each source. */
	function stored(dbPath: string) {
		const db = openDatabase(dbPath);
		const rows = (sql: string) => db.prepare(sql).all();
		const content = {
			sources: rows(
				'SELECT id, file, content_hash, extract_key, title, outlet, url, language, published, publication_json, body FROM sources ORDER BY rowid'
			),
			mentions: rows('SELECT * FROM source_mentions ORDER BY rowid'),
			text: rows('SELECT rowid, source_id, title, body FROM sources_fts ORDER BY rowid'),
			events: rows('SELECT * FROM events ORDER BY rowid')
		};
		db.close();
		return content;
	}

	it('stores exactly what extracting in this thread stores, in the same order', () => {
		const files = [
			...readdirSync(SEED_CORPUS)
				.filter((name) => name.endsWith('.txt'))
				.map(seed),
			...readdirSync(DEVSET_CORPUS)
				.filter((name) => name.endsWith('.txt'))
				.map(dev)
		];
		const inThread = fresh(files);
		const pooled = fresh(files);
		for (const { corpusDir } of [inThread, pooled]) writeBytes(corpusDir, 'empty.txt', '');
		const lines: string[][] = [[], []];
		const summaries = [inThread, pooled].map(({ corpusDir, dbPath }, i) =>
			ingestCorpus({ corpusDir, dbPath, workers: i * 2, onProgress: (line) => lines[i].push(line) })
		);
		expect(summaries[0].ingested).toBe(files.length);
		expect(summaries[0].mentions).toBeGreaterThan(0);
		expect(summaries.map((summary) => summary.workers)).toEqual([0, 2]);
		const comparable = (summary: IngestSummary) => ({
			...summary,
			ms: 0,
			workers: 0,
			gazetteer: 0,
			// The corrections report names each corpus's own (absent) file.
			corrections: null
		});
		expect(comparable(summaries[1])).toEqual(comparable(summaries[0]));
		expect(lines[1].slice(1)).toEqual(lines[0].slice(1));
		expect(stored(pooled.dbPath)).toEqual(stored(inThread.dbPath));
	}, 60_000);
});

describe('ingestCorpus: files whose names make the same source id', () => {
	const sources = (dbPath: string) => {
		const db = openDatabase(dbPath);
		const rows = db.prepare('SELECT file, id, title FROM sources ORDER BY file').all();
		db.close();
		return rows as { file: string; id: string; title: string }[];
	};

	it('stores both, each under an id of its own that a re-ingest keeps', () => {
		const { corpusDir, dbPath } = fresh([
			{ from: join(DEVSET_CORPUS, '07_geneva_summit.txt'), name: 'a-b.txt' }
		]);
		ingestCorpus({ corpusDir, dbPath });
		writeFileSync(
			join(corpusDir, 'a b.txt'),
			readFileSync(join(DEVSET_CORPUS, '12_biden_putin_call.txt'))
		);
		const summary = ingestCorpus({ corpusDir, dbPath });
		expect(summary).toMatchObject({ ingested: 1, unchanged: 1, removed: 0 });
		const after = sources(dbPath);
		expect(after.map((row) => row.file)).toEqual(['a b.txt', 'a-b.txt']);
		// The file stored first keeps its id; the new one is told apart by a hash of its path.
		expect(after[1].id).toBe('a-b');
		expect(after[0].id).toMatch(/^a-b-[0-9a-f]{6}$/);
		expect(new Set(after.map((row) => row.title)).size).toBe(2);

		ingestCorpus({ corpusDir, dbPath, full: true });
		expect(sources(dbPath)).toEqual(after);
		const db = openDatabase(dbPath);
		const cited = db.prepare('SELECT DISTINCT source_id FROM mentions ORDER BY 1').pluck().all();
		db.close();
		expect(cited).toEqual(after.map((row) => row.id).sort());
	});
});

describe('ingestCorpus: one bad file never costs the others', () => {
	const ALIAS_BOMB = [
		'---',
		'a: &a [x, x, x, x, x, x, x, x, x]',
		'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
		'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
		'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]',
		'title: [*d, *d, *d, *d, *d, *d, *d, *d, *d]',
		'---',
		'Body text of an article.'
	].join('\n');

	it('rejects a YAML alias bomb, a bad offset and a file deleted mid-run by name, and commits the rest', () => {
		const { corpusDir, dbPath } = fresh([
			dev('07_geneva_summit.txt'),
			dev('12_biden_putin_call.txt'),
			dev('15_bali_biden_xi.txt')
		]);
		writeBytes(corpusDir, '01-bomb.txt', ALIAS_BOMB);
		writeBytes(
			corpusDir,
			'02-offset.txt',
			'---\npublished: 2021-02-06T13:47:00+99:00\n---\nBody text of an article.'
		);
		// Deleted while the ingest is on its first files, as an editor's rename would.
		writeBytes(
			corpusDir,
			'99-vanishing.txt',
			readFileSync(join(DEVSET_CORPUS, '05_anchorage_opening.txt'))
		);
		const { summary, lines } = ingestDeletingMidRun(
			{ corpusDir, dbPath },
			'01-bomb.txt',
			'99-vanishing.txt'
		);
		const reasons = Object.fromEntries(summary.rejected.map((r) => [r.file, r.reason]));
		expect(Object.keys(reasons).sort()).toEqual([
			'01-bomb.txt',
			'02-offset.txt',
			'99-vanishing.txt'
		]);
		expect(reasons['01-bomb.txt']).toMatch(/^front matter YAML refused: Excessive alias count/);
		expect(reasons['02-offset.txt']).toContain(
			`field 'published' "2021-02-06T13:47:00+99:00" is not a date`
		);
		expect(reasons['99-vanishing.txt']).toBe(
			'disappeared while the corpus was read (removed or renamed) (ENOENT)'
		);
		expect(lines).toContain(
			'[6/6] 99-vanishing.txt: rejected: disappeared while the corpus was read (removed or renamed) (ENOENT)'
		);
		expect(summary.ingested).toBe(3);
		const db = openDatabase(dbPath);
		expect(db.prepare('SELECT count(*) FROM sources').pluck().get()).toBe(3);
		expect(db.prepare('SELECT count(*) FROM events').pluck().get()).toBeGreaterThan(0);
		db.close();
	});

	it('reads front matter and headline of a file with CR-only line endings', () => {
		const { corpusDir, dbPath } = fresh([]);
		const geneva = readFileSync(join(DEVSET_CORPUS, '07_geneva_summit.txt'), 'utf8');
		const text = `---\ntitle: Summit by the lake\noutlet: Old Mac Gazette\n---\n${geneva}`;
		writeBytes(corpusDir, 'classic-mac.txt', text.replace(/\r?\n/g, '\r'));
		const summary = ingestCorpus({ corpusDir, dbPath });
		expect(summary.rejected).toEqual([]);
		const db = openDatabase(dbPath);
		const row = db.prepare('SELECT title, outlet, body FROM sources').get() as {
			title: string;
			outlet: string;
			body: string;
		};
		const mentions = db.prepare('SELECT count(*) FROM mentions').pluck().get() as number;
		db.close();
		expect(row).toMatchObject({ title: 'Summit by the lake', outlet: 'Old Mac Gazette' });
		expect(row.body.length).toBe(geneva.replace(/\r?\n/g, '\r').length);
		expect(mentions).toBeGreaterThan(0);
	});

	it('reports hidden files, symbolic links and named pipes it skips, and escapes names in its output', () => {
		const { corpusDir, dbPath } = fresh([dev('07_geneva_summit.txt')]);
		const geneva = readFileSync(join(DEVSET_CORPUS, '07_geneva_summit.txt'));
		writeBytes(corpusDir, '.draft.txt', geneva);
		mkdirSync(join(corpusDir, '.trash'));
		symlinkSync(join(corpusDir, '07_geneva_summit.txt'), join(corpusDir, 'link.txt'));
		execFileSync('mkfifo', [join(corpusDir, 'pipe.txt')]);
		const forged =
			'x.txt: ingested, 99 event mentions\nremoved forged.txt (no longer in the corpus)\nz';
		writeBytes(corpusDir, `${forged}.txt`, '');
		const lines: string[] = [];
		const summary = ingestCorpus({ corpusDir, dbPath, onProgress: (line) => lines.push(line) });
		expect(summary.skipped).toEqual([
			{ file: '.draft.txt', reason: 'hidden file (its name starts with a dot)' },
			{ file: '.trash', reason: 'hidden folder (its name starts with a dot)' },
			{ file: 'link.txt', reason: 'symbolic link, not followed' },
			{ file: 'pipe.txt', reason: 'named pipe, not a regular file' }
		]);
		expect(lines).toContain('skipped link.txt: symbolic link, not followed');
		expect(lines.filter((line) => line.includes('forged'))).toEqual([
			'[2/2] x.txt: ingested, 99 event mentions\\nremoved forged.txt (no longer in the corpus)\\nz.txt: rejected: empty file'
		]);
		expect(summary.rejected).toEqual([{ file: `${forged}.txt`, reason: 'empty file' }]);
		expect(summary.ingested).toBe(1);
	});
});

describe('ingestCorpus on a database it cannot use', () => {
	it.each([
		[
			'not a database',
			(path: string) => writeFileSync(path, 'not a database '.repeat(500)),
			/is not a SQLite database .*\(SQLITE_NOTADB\)/
		],
		[
			'truncated',
			(path: string) => {
				const good = readFileSync(path);
				writeFileSync(path, good.subarray(0, 8192));
			},
			/is corrupt .*\(SQLITE_CORRUPT\)/
		]
	])('says what is wrong when it is %s and changes nothing', (_, spoil, problem) => {
		const { corpusDir, dbPath } = fresh([dev('07_geneva_summit.txt')]);
		ingestCorpus({ corpusDir, dbPath });
		spoil(dbPath);
		const before = readFileSync(dbPath);
		writeBytes(corpusDir, 'new.txt', readFileSync(join(DEVSET_CORPUS, '12_biden_putin_call.txt')));
		expect(() => ingestCorpus({ corpusDir, dbPath })).toThrow(IngestError);
		expect(() => ingestCorpus({ corpusDir, dbPath })).toThrow(
			new RegExp(`^database ${dbPath.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} ${problem.source}`)
		);
		expect(readFileSync(dbPath).equals(before)).toBe(true);
	});
});
