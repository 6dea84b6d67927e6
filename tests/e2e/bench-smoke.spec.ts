/**
 * Smoke run of the benchmarks that need the built app and a browser, at tiny sizes: the app on
 * a seeded database of its own (its own port), timed over HTTP, its JavaScript sized, and the
 * timeline against vis-timeline on the same events. The figures mean nothing here; the point is
 * that `npm run bench` keeps working.
 */
import { expect, test } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startApp } from '../../bench/appServer';
import { measureBrowserCase } from '../../bench/browser';
import { measureBundle } from '../../bench/bundleSize';
import { measureLatency } from '../../bench/latency';
import { seedDatabase } from '../../bench/seedDatabase';
import { measureContention, measureFloor, measureLoad } from '../../bench/serving';

const REPO = resolve(import.meta.dirname, '..', '..');
const PORT = 4361;
const EVENTS = 400;

test('benchmarks of the served app and of the browser still run', async () => {
	test.setTimeout(180_000);
	const workDir = join(REPO, 'test-results', 'bench-smoke');
	mkdirSync(workDir, { recursive: true });
	const { path } = seedDatabase({ path: join(workDir, `events-${EVENTS}.db`), events: EVENTS });
	const app = await startApp({ repoRoot: REPO, dbPath: path, port: PORT });
	try {
		const [month, full] = await measureLatency(
			app.url,
			[
				{ label: 'month', paths: ['/api/timeline.json?from=2020-03-01&to=2020-03-31'] },
				{ label: 'full', paths: ['/api/timeline.json'] }
			],
			{ requests: 3, warmup: 1 }
		);
		expect(month.statuses).toEqual([200]);
		expect(month.ms.n).toBe(3);
		expect(full.maxBytes).toBeGreaterThan(month.maxBytes);

		const bundle = await measureBundle(app.url, join(REPO, 'build', 'client'));
		expect(bundle.files.length).toBeGreaterThan(1);
		expect(bundle.files.every((file) => file.path.endsWith('.js'))).toBe(true);
		expect(bundle.gzipBytes).toBeLessThan(bundle.bytes);

		const result = await measureBrowserCase(
			{ repoRoot: REPO, dbPath: path, appUrl: app.url, events: EVENTS },
			{ loads: 1, timeoutMs: 60_000, zoomSteps: 2, panSteps: 4, gestureBudgetMs: 5000 }
		);
		for (const run of [result.app, result.vis]) {
			expect(run.failure).toBeNull();
			expect(run.firstRenderMs.p50).toBeGreaterThan(0);
			expect(run.zoom?.intervals.n).toBeGreaterThan(0);
			expect(run.pan?.intervals.n).toBeGreaterThan(0);
			// The trace found the page's main thread and its CPU time while the gesture ran.
			expect(run.zoom?.mainThreadCpuMs).toBeGreaterThan(0);
			expect(run.pan?.mainThreadCpuMs).toBeGreaterThan(0);
		}
		expect(result.vis.constructMs?.p50).toBeGreaterThan(0);
		// vis-timeline's `cluster` option shows clusters at its first render, and on the month it
		// draws every event it was given, as the app does.
		expect(result.vis.drawn?.clusters).toBeGreaterThan(0);
		expect(result.month?.items).toBeGreaterThan(0);
		expect(result.month?.vis.drawn?.items).toBe(result.month?.items);
		expect(result.app.gestureProfile?.totalMs).toBeGreaterThan(0);
	} finally {
		await app.stop();
	}
});

test('benchmarks of serving many clients still run', async () => {
	test.setTimeout(120_000);
	const workDir = join(REPO, 'test-results', 'bench-smoke');
	mkdirSync(workDir, { recursive: true });
	// A database of its own: the other test may be seeding its own at the same time.
	const { path } = seedDatabase({
		path: join(workDir, `serving-events-${EVENTS}.db`),
		events: EVENTS
	});
	const app = await startApp({ repoRoot: REPO, dbPath: path, port: PORT + 2 });
	const month = '?from=2020-03-01&to=2020-03-31';
	try {
		const [floor] = await measureFloor(
			{ repoRoot: REPO, dbPath: path, port: PORT + 3, appUrl: app.url, appPid: app.pid },
			[month],
			{ requests: 3, warmup: 1 }
		);
		expect(floor.app.n).toBe(3);
		expect(floor.floor.n).toBe(3);
		expect(floor.app.cpuMsPerRequest).toBeGreaterThanOrEqual(0);

		const contention = await measureContention(
			app.url,
			{
				cheap: { label: 'month', paths: [`/api/timeline.json${month}`] },
				heavy: { label: 'all', path: '/api/events.json?limit=5000' }
			},
			{ seconds: 0.5, heavyClients: 2, serverPid: app.pid }
		);
		expect(contention.statuses).toEqual([200]);
		expect(contention.alone.n).toBeGreaterThan(0);
		expect(contention.contended.n).toBeGreaterThan(0);
		expect(contention.heavyRequests).toBeGreaterThan(0);

		const [load] = await measureLoad(
			app,
			[{ label: 'month', paths: [`/api/events.json${month}`] }],
			{
				connections: [4],
				seconds: 2
			}
		);
		expect(load.ok).toBeGreaterThan(0);
		expect(load.errors + load.timeouts).toBe(0);
		expect(load.rssAfterMb).toBeGreaterThan(0);
	} finally {
		await app.stop();
	}
});
