/**
 * The server listens at once: its start-up ingest runs in a worker thread while the last committed
 * data is served, every page says how far the update has got, and the new events appear when it
 * commits. A database that cannot be read is said so, with 503s, on the pages and on
 * /api/health.json. Each test starts its own built server (`node build`).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { STARTUP_PORT } from './servers';

const OWN_PORT = STARTUP_PORT;
const BASE = `http://127.0.0.1:${OWN_PORT}`;

test.describe.configure({ mode: 'serial' });
test.use({ baseURL: BASE });

let server: ChildProcess | null = null;
let work = '';

test.beforeEach(() => {
	work = mkdtempSync(join(tmpdir(), 'timeline-startup-'));
});

test.afterEach(async () => {
	if (server && server.exitCode === null) {
		const exited = new Promise((resolve) => server?.once('exit', resolve));
		server.kill('SIGTERM');
		await exited;
	}
	server = null;
	rmSync(work, { recursive: true, force: true });
});

async function startServer(env: Record<string, string>): Promise<void> {
	server = spawn(process.execPath, ['build'], {
		env: {
			...process.env,
			PORT: String(OWN_PORT),
			HOST: '127.0.0.1',
			ORIGIN: BASE,
			TIMELINE_DB: join(work, 'timeline.db'),
			...env
		},
		stdio: 'ignore'
	});
	await expect
		.poll(
			() =>
				fetch(`${BASE}/api/status.json`).then(
					(r) => r.status,
					() => 0
				),
			{ timeout: 60_000 }
		)
		.toBe(200);
}

test('answers at once while the start-up ingest runs, shows its progress, then the new events', async ({
	page
}) => {
	test.setTimeout(180_000);
	const corpus = join(work, 'corpus');
	const synth = spawnSync(
		process.execPath,
		[
			'--import',
			'tsx',
			'scripts/corpus-synth.ts',
			'--articles',
			// Enough that the ingest is still running when the server first answers, on a quiet machine too.
			'2000',
			'--seed',
			'12',
			'--out',
			corpus
		],
		{ encoding: 'utf8' }
	);
	expect(synth.status, synth.stderr).toBe(0);
	await startServer({ TIMELINE_CORPUS: corpus });

	// The server answers before its background ingest has begun: "idle" first, then "updating".
	await expect
		.poll(async () => (await (await page.request.get('/api/status.json')).json()).state, {
			timeout: 30_000
		})
		.toBe('updating');

	await page.goto('/');
	const notice = page.getByRole('status').filter({ hasText: /^updating:/ });
	await expect(notice).toHaveText(
		/^updating: (looking for new articles|[\d,]+ of 2,000 articles|merging the events of 2,000 articles)$/,
		{ timeout: 30_000 }
	);
	// The page polls: the count moves on without a reload.
	await expect(notice).toHaveText(/^updating: ([1-9][\d,]* of 2,000 articles|merging)/, {
		timeout: 60_000
	});
	// Nothing was committed before this server started: no event yet.
	const eventLinks = page.locator('#main a[href^="/events/"]');
	await expect(eventLinks).toHaveCount(0);

	// When the ingest commits, the notice goes and the page shows the new data.
	await expect(notice).toHaveCount(0, { timeout: 150_000 });
	await expect(eventLinks.first()).toBeVisible();
	const status = await (await page.request.get('/api/status.json')).json();
	expect(status).toMatchObject({
		state: 'done',
		message: 'up to date',
		result: { ingested: 2000 }
	});
	const events = await (await page.request.get('/api/events.json')).json();
	expect(events.events.length).toBeGreaterThan(0);
	const health = await page.request.get('/api/health.json');
	expect(health.status()).toBe(200);
	expect(await health.json()).toMatchObject({ ok: true, ingest: { state: 'done' } });
});

test.describe('with a database that is not one', () => {
	test.use({ allowedConsole: /status of 503/ });

	test('pages, the API and /api/health.json say so with 503s', async ({ page }) => {
		writeFileSync(join(work, 'timeline.db'), 'this is not a database '.repeat(500));
		await startServer({ TIMELINE_INGEST_ON_START: '0' });

		const health = await page.request.get('/api/health.json');
		expect(health.status()).toBe(503);
		expect(await health.json()).toMatchObject({
			ok: false,
			database: {
				ok: false,
				problem: expect.stringMatching(/^the database is not a SQLite database/)
			}
		});
		const api = await page.request.get('/api/events.json');
		expect(api.status()).toBe(503);
		expect((await api.json()).message).toMatch(/^The timeline's database is not a SQLite database/);

		const response = await page.goto('/');
		expect(response?.status()).toBe(503);
		expect(response?.headers()['retry-after']).toBe('60');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('The timeline is unavailable');
		await expect(page.locator('.message')).toContainText('is not a SQLite database');
		await expect(page).toHaveTitle(/^503 /);
	});
});
