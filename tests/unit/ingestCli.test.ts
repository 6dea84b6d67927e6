import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/lib/server/db';
import { corpusWith, DEVSET_CORPUS, REPO, tempDir, writeBytes } from './corpusFixture';

const cleanup: string[] = [];
afterEach(() => {
	for (const dir of cleanup.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const cli = (script: string, args: string[]) =>
	spawnSync(process.execPath, ['--import', 'tsx', join(REPO, 'scripts', script), ...args], {
		cwd: REPO,
		encoding: 'utf8'
	});

/**
 * The CLI run by a user without rights to what `chmod` closed: root reads and writes whatever the
 * modes say, so as root it runs as `nobody`.
 */
const cliWithoutRoot = (script: string, args: string[]) =>
	spawnSync(process.execPath, ['--import', 'tsx', join(REPO, 'scripts', script), ...args], {
		cwd: REPO,
		encoding: 'utf8',
		...(process.getuid?.() === 0 ? { uid: NOBODY, gid: NOBODY } : {})
	});
const NOBODY = 65534;

function setup() {
	const corpusDir = corpusWith([
		{ from: join(DEVSET_CORPUS, '15_bali_biden_xi.txt'), name: 'bali.txt' }
	]);
	const dbDir = tempDir('cli-db');
	cleanup.push(corpusDir, dbDir);
	return { corpusDir, dbPath: join(dbDir, 'timeline.db') };
}

describe('npm run ingest with a corrections file', () => {
	it('lists bad and orphaned corrections by line, exits 1 for a bad entry, and applies the rest', () => {
		const { corpusDir, dbPath } = setup();
		const corrections = join(corpusDir, 'elsewhere.yaml');
		writeFileSync(
			corrections,
			`- target: { source: bali.txt, quote: "words this article never had" }
  reject: true
- target: { event: any }
  set: { type: summit }
`
		);
		const ingest = cli('ingest.ts', [
			'--corpus',
			corpusDir,
			'--db',
			dbPath,
			'--corrections',
			corrections
		]);
		expect(ingest.status).toBe(1);
		expect(ingest.stderr).toContain(`bad correction: ${corrections}:4: set.type: not one of`);
		expect(ingest.stderr).toContain(
			`orphaned correction: ${corrections}:1: bali.txt does not contain the words “words this article never had”`
		);
		expect(ingest.stdout).toContain(
			'corrections: 1 read, 0 changes applied, 1 orphaned, 0 conflicting, 1 bad'
		);
		const again = cli('ingest.ts', [
			'--corpus',
			corpusDir,
			'--db',
			dbPath,
			'--corrections',
			corrections
		]);
		expect(again.stdout).toContain('corrections: unchanged, already applied');
		expect(again.status).toBe(1);
	});
});

describe('npm run ingest / export', () => {
	it('prints a line per file and a summary, exits 1 when a file was rejected, and exports the contract', () => {
		const { corpusDir, dbPath } = setup();
		writeBytes(corpusDir, 'zero.txt', '');
		const ingest = cli('ingest.ts', ['--corpus', corpusDir, '--db', dbPath]);
		expect(ingest.status).toBe(1);
		expect(ingest.stdout).toMatch(/\[1\/2\] bali\.txt: ingested, \d+ event mentions?/);
		expect(ingest.stdout).toContain('[2/2] zero.txt: rejected: empty file');
		expect(ingest.stderr).toContain('rejected: zero.txt: empty file');
		expect(ingest.stdout).toMatch(
			/files read: 2, ingested: 1, unchanged: 0, duplicates: 0, skipped: 0, removed: 0, rejected: 1, events: \d+, mentions: \d+, time: [\d.]+ s/
		);

		const json = cli('export.ts', ['--db', dbPath]);
		expect(json.status).toBe(0);
		const data = JSON.parse(json.stdout);
		expect(data.sources).toEqual([
			expect.objectContaining({ id: 'bali', file: 'bali.txt', published: expect.any(String) })
		]);
		expect(data.events.length).toBeGreaterThan(0);
		const body = readFileSync(join(corpusDir, 'bali.txt'), 'utf8');
		for (const event of data.events) {
			expect(Object.keys(event).sort()).toEqual(
				[
					'cameo',
					'date',
					'id',
					'mentions',
					'participants',
					'place',
					'planned',
					'title',
					'type'
				].sort()
			);
			for (const m of event.mentions) expect(body.slice(m.start, m.end)).toBe(m.excerpt);
		}

		const csv = cli('export.ts', ['--db', dbPath, '--format', 'csv']);
		expect(csv.status).toBe(0);
		expect(csv.stdout.split('\r\n')[0]).toMatch(/^event_id,type,cameo,title,/);
		expect(cli('export.ts', ['--db', dbPath, '--format', 'xml']).stderr).toContain(
			'--format must be json or csv'
		);
	});

	it('extracts in the number of threads --workers asks for, and refuses a bad count', () => {
		const { corpusDir, dbPath } = setup();
		const summaries = ['0', '2'].map((workers) => {
			const run = cli('ingest.ts', [
				'--corpus',
				corpusDir,
				'--db',
				dbPath,
				'--full',
				'--workers',
				workers
			]);
			expect(run.status).toBe(0);
			return run.stdout
				.split('\n')
				.find((line) => line.startsWith('files read:'))
				?.replace(/time: .*/, '');
		});
		expect(summaries[0]).toMatch(/ingested: 1,.*events: [1-9]/);
		expect(summaries[1]).toBe(summaries[0]);
		for (const bad of ['1.5', 'two', '']) {
			const run = cli('ingest.ts', ['--corpus', corpusDir, '--db', dbPath, `--workers=${bad}`]);
			expect(run.status).toBe(2);
			expect(run.stderr).toContain(`--workers takes a whole number from 0, not "${bad}"`);
		}
		const dangling = cli('ingest.ts', ['--corpus', corpusDir, '--db', dbPath, '--workers']);
		expect(dangling.status).toBe(2);
		expect(dangling.stderr).toContain('usage: npm run ingest');
		expect(cli('ingest.ts', ['--help']).stdout).toContain('--workers N');
		// Seven processes, each loading the extraction model: over a minute on a loaded machine.
	}, 180_000);

	it('leaves the previous database usable when the ingest process is killed half-way', async () => {
		const { corpusDir, dbPath } = setup();
		expect(cli('ingest.ts', ['--corpus', corpusDir, '--db', dbPath, '--quiet']).status).toBe(0);
		const db = openDatabase(dbPath);
		const before = {
			sources: db.prepare('SELECT count(*) FROM sources').pluck().get(),
			events: db.prepare('SELECT count(*) FROM events').pluck().get()
		};
		db.close();

		const article = readFileSync(join(DEVSET_CORPUS, '13_istanbul_talks.txt'), 'utf8');
		for (let i = 0; i < 1500; i++) {
			writeBytes(corpusDir, `copy-${String(i).padStart(4, '0')}.txt`, `${article}\nStory ${i}\n`);
		}
		const child = spawn(
			process.execPath,
			[
				'--import',
				'tsx',
				join(REPO, 'scripts', 'ingest.ts'),
				'--corpus',
				corpusDir,
				'--db',
				dbPath
			],
			{ cwd: REPO }
		);
		await new Promise<void>((resolve) => {
			let lines = 0;
			child.stdout.on('data', (chunk: Buffer) => {
				lines += chunk.toString().split('\n').length - 1;
				if (lines > 100 && !child.killed) {
					child.kill('SIGKILL');
					resolve();
				}
			});
			child.on('exit', () => resolve());
		});
		await new Promise((resolve) => child.on('close', resolve));
		expect(child.signalCode).toBe('SIGKILL');

		const after = openDatabase(dbPath);
		expect(after.pragma('integrity_check', { simple: true })).toBe('ok');
		expect(after.prepare('SELECT count(*) FROM sources').pluck().get()).toBe(before.sources);
		expect(after.prepare('SELECT count(*) FROM events').pluck().get()).toBe(before.events);
		after.close();
	});
});

describe('npm run ingest with what it may not read or write', () => {
	it('rejects an unreadable file by name and reason and commits the others', () => {
		const { corpusDir, dbPath } = setup();
		const dbDir = join(dbPath, '..');
		writeBytes(corpusDir, 'secret.txt', readFileSync(join(DEVSET_CORPUS, '07_geneva_summit.txt')));
		chmodSync(join(corpusDir, 'secret.txt'), 0o000);
		chmodSync(corpusDir, 0o755);
		chmodSync(dbDir, 0o777);
		const run = cliWithoutRoot('ingest.ts', ['--corpus', corpusDir, '--db', dbPath]);
		expect(run.stderr).not.toMatch(/\n\s+at /);
		expect(run.status).toBe(1);
		expect(run.stderr).toContain(
			'rejected: secret.txt: cannot be read: permission denied (EACCES)'
		);
		expect(run.stdout).toMatch(/ingested: 1, .* rejected: 1, events: [1-9]/);
	});

	it('says what is wrong with a corrupt or read-only database and exits 2, without a stack trace', () => {
		const { corpusDir, dbPath } = setup();
		expect(cli('ingest.ts', ['--corpus', corpusDir, '--db', dbPath, '--quiet']).status).toBe(0);
		writeBytes(corpusDir, 'new.txt', readFileSync(join(DEVSET_CORPUS, '07_geneva_summit.txt')));
		chmodSync(corpusDir, 0o755);
		chmodSync(join(dbPath, '..'), 0o755);
		chmodSync(dbPath, 0o644);
		const readOnly = cliWithoutRoot('ingest.ts', ['--corpus', corpusDir, '--db', dbPath]);
		expect(readOnly.status).toBe(2);
		expect(readOnly.stderr).toMatch(
			new RegExp(`^ingest failed: database ${dbPath} (is read-only|cannot be opened)`, 'm')
		);
		expect(readOnly.stderr).not.toMatch(/\n\s+at /);

		writeFileSync(dbPath, 'this is not a database '.repeat(500));
		const corrupt = cli('ingest.ts', ['--corpus', corpusDir, '--db', dbPath]);
		expect(corrupt.status).toBe(2);
		expect(corrupt.stderr).toContain(
			`ingest failed: database ${dbPath} is not a SQLite database (corrupt, or another kind of file): move it away`
		);
		expect(corrupt.stderr).not.toMatch(/\n\s+at /);
	});
});
