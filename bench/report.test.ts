import { describe, expect, it } from 'vitest';
import type { BrowserCase, GestureFrames, RenderRun } from './browser';
import type { IngestRun } from './ingestRun';
import {
	checkTargets,
	emptyResults,
	firstRenderRatio,
	formatReport,
	PANNED_LOAD,
	PANNED_TIMELINE,
	previousFigures,
	verdict,
	type BenchResults
} from './report';

describe('verdict', () => {
	it.each([
		[600, 500, true, 'met (1.20× the target)'],
		[250, 500, true, 'missed: 50 % below'],
		[5, 10, false, 'met (2.00× the target)'],
		[15, 10, false, 'missed: 50 % over'],
		[NaN, 10, false, 'not measured']
	])('%d against %d (higher is better: %s) is %s', (measured, target, higher, expected) => {
		expect(verdict(measured, target, higher)).toBe(expected);
	});
});

describe('firstRenderRatio', () => {
	const run = (p50: number, noRenderWithinMs: number | null) =>
		({ firstRenderMs: { n: 1, p50, p95: p50, max: p50 }, noRenderWithinMs }) as RenderRun;
	it.each([
		['both drew', run(500, null), run(4000, null), { ratio: 8, lowerBound: false }],
		[
			'vis-timeline drew nothing',
			run(500, null),
			run(NaN, 120_000),
			{ ratio: 240, lowerBound: true }
		]
	])('%s', (_, app, vis, expected) => {
		expect(firstRenderRatio({ app, vis })).toEqual(expected);
	});
});

describe('frame targets', () => {
	const spreadOf = (p95: number) => ({ n: 100, p50: p95, p95, max: p95 });
	const frames = (intervalP95: number, workP95?: number) =>
		({
			intervals: spreadOf(intervalP95),
			...(workP95 === undefined ? {} : { work: spreadOf(workP95) })
		}) as GestureFrames;
	const resultsWith = (zoom: GestureFrames) =>
		({
			machine: { loadAverage: '1' },
			extraction: null,
			ingest: null,
			latency: null,
			bundle: null,
			browser: [
				{
					events: 100_000,
					app: { zoom, pan: zoom, firstRenderMs: spreadOf(100), noRenderWithinMs: null },
					vis: { firstRenderMs: spreadOf(2000), noRenderWithinMs: null }
				} as unknown as BrowserCase
			],
			errors: []
		}) as unknown as BenchResults;
	const zoomCheck = (zoom: GestureFrames) =>
		checkTargets(resultsWith(zoom)).find((c) => c.what.startsWith('Wheel zoom'));

	it.each([
		['work fits though intervals sit at the display rate', frames(16.8, 9), true],
		['work over the frame budget', frames(16.8, 30), false],
		['a run without work figures falls back to intervals', frames(16.8), false],
		['intervals alone within budget', frames(16.6), true]
	])('%s', (_, zoom, met) => {
		expect(zoomCheck(zoom)?.met).toBe(met);
	});

	it("puts the main thread's CPU per frame beside the wall-time work, when the run traced it", () => {
		// 100 frames recorded (spreadOf's n) and 700 ms of main-thread CPU: 7 ms a frame.
		const traced = { ...frames(33.3, 40), mainThreadCpuMs: 700 } as GestureFrames;
		expect(zoomCheck(traced)?.measured).toBe(
			'p95 work 40.0 ms per frame; p95 interval 33.3 ms; main-thread CPU 7.0 ms per frame (mean)'
		);
		expect(zoomCheck(frames(33.3, 40))?.measured).toBe(
			'p95 work 40.0 ms per frame; p95 interval 33.3 ms'
		);
	});
});

describe('first render against vis-timeline', () => {
	const spreadOf = (p50: number) => ({ n: 3, p50, p95: p50, max: p50 });
	const run = (ms: number, drawn: Record<string, number>) =>
		({
			firstRenderMs: spreadOf(ms),
			responseMs: spreadOf(5),
			domReadyMs: spreadOf(ms / 2),
			noRenderWithinMs: null,
			failure: null,
			idle: null,
			zoom: null,
			pan: null,
			gestureProfile: null,
			constructMs: null,
			drawn
		}) as unknown as RenderRun;
	const results = {
		machine: { loadAverage: '1' },
		startedAt: '2026-12-07T03:00:00Z',
		minutes: 1,
		extraction: null,
		ingest: null,
		latency: null,
		bundle: null,
		chromium: '1',
		browser: [
			{
				events: 10_000,
				app: run(400, { marks: 180, clusters: 12, 'density bars': 0, canvases: 0 }),
				vis: run(1600, { items: 40, clusters: 90 }),
				visClustered: true,
				month: {
					window: { from: '2020-01-01', to: '2020-01-31' },
					items: 83,
					app: run(300, { marks: 83, clusters: 0, 'density bars': 0, canvases: 0 }),
					vis: run(330, { items: 83, clusters: 0 })
				}
			}
		],
		errors: []
	} as unknown as BenchResults;

	it('checks the clustered full range and the month separately, and counts what each drew', () => {
		const checks = checkTargets(results).filter((c) => c.what.startsWith('First render'));
		expect(checks.map((c) => [c.what, c.met])).toEqual([
			['First render, 10,000 events, full range, vs vis-timeline with `cluster`', false],
			['First render, one month of 10,000 events (83 events both sides), vs vis-timeline', false]
		]);
		const report = formatReport(results);
		expect(report).toContain('| 10,000, full range | vis-timeline 8.5.4 (`cluster`) |');
		expect(report).toContain('| 180 marks, 12 clusters |');
		expect(report).toContain('| 10,000, 2020-01 | this app |');
		expect(report).toContain('4.0× on the full range, 1.1× on one month');
		expect(report).not.toContain('268');
	});

	it("says why the app's month cannot be 10× vis-timeline's, from the run's own timings", () => {
		const report = formatReport(results);
		// responseMs is 5 ms and vis-timeline's month 330 ms: 10× would be 33 ms, after the first byte.
		expect(report).toContain('The plot is server-rendered');
		expect(report).toContain(
			"10× would mean marks 33.0 ms after navigation, before this app's HTML has even been parsed and painted."
		);
	});
});

describe('month window targets', () => {
	const spreadOf = (p50: number, p95: number) => ({ n: 200, p50, p95, max: p95 });
	const http = (label: string, p50: number, p95: number, cpuMsPerRequest: number) => ({
		label,
		ms: spreadOf(p50, p95),
		maxBytes: 80_000,
		statuses: [200],
		cpuMsPerRequest
	});
	const results = (panned: boolean): BenchResults => ({
		...emptyResults({
			startedAt: '2026-12-07T12:00:00Z',
			smoke: false,
			machine: { loadAverage: 1, cores: 2 } as BenchResults['machine']
		}),
		latency: {
			events: 1_000_000,
			seed: { ms: 0, reused: true },
			loadAverage: 5.5,
			http: [
				http('timeline.json, month', 4, 8, 3.2),
				http('load function (__data.json), month', 5, 9, 3.9),
				...(panned ? [http(PANNED_TIMELINE, 6, 42, 4.1), http(PANNED_LOAD, 5, 9.5, 4.4)] : [])
			],
			inProcess: {
				month: spreadOf(2, 3),
				full: spreadOf(1, 1),
				monthBytes: 80_000,
				fullBytes: 86_000,
				fullEvents: 83,
				fullTruncated: true,
				profile: { totalMs: 60, functions: [], files: [] }
			} as unknown as NonNullable<BenchResults['latency']>['inProcess']
		}
	});
	const monthChecks = (r: BenchResults) =>
		checkTargets(r).filter((c) => c.what.startsWith('Month window'));

	it('judges each month target by the slower of the rotating months and the panned windows', () => {
		expect(monthChecks(results(false)).map((c) => c.met)).toEqual([true, true]);
		const [api, load] = monthChecks(results(true));
		expect([api.met, load.met]).toEqual([false, true]);
		expect(api.measured).toContain('p95 42.0 ms (a new window each request)');
	});

	it("says what a missed month costs the server beside its wall time and the machine's load", () => {
		const report = formatReport(results(true));
		const note = report.split('\n').find((line) => line.startsWith('- **Data path**'));
		expect(note).toContain('a new window each request: 4.1 ms of server CPU per request');
		expect(note).toContain('p95 42.0 ms');
		expect(note).toContain('1-minute load average 5.50 when the stage started, on 2 cores');
	});
});

describe('adding one article', () => {
	const run = (ms: number, filesMs: number, cpuMs: number, merge: 'incremental' | 'full') =>
		({ ms, filesMs, cpuMs, merge }) as IngestRun;
	const results: BenchResults = {
		...emptyResults({
			startedAt: '2026-12-07T12:00:00Z',
			smoke: false,
			machine: { loadAverage: 1, cores: 2 } as BenchResults['machine']
		}),
		incremental: {
			articles: 10_000,
			full: run(90_000, 80_000, 50_000, 'full'),
			added: [run(3000, 1200, 2800, 'incremental'), run(3400, 1400, 3000, 'incremental')],
			removed: [run(20_000, 1000, 15_000, 'full')],
			addedMs: 3200,
			addedCpuMs: 2900,
			removedMs: 20_000,
			removedCpuMs: 15_000,
			cpuShare: 0.058,
			wallShare: 0.036,
			unrelated: { added: [run(2000, 1500, 1400, 'incremental')], removed: [] }
		}
	};

	it('says where a missed addition went: re-reading the files, merging, and the floor', () => {
		const note = formatReport(results)
			.split('\n')
			.find((line) => line.startsWith('- **Adding one article**'));
		expect(note).toContain("2,900 ms of CPU against the full ingest's 50,000 ms");
		expect(note).toContain('1,300 ms went until the files were done');
		expect(note).toContain('1,900 ms to merging (incremental)');
		expect(note).toContain('costs 1,400 ms of CPU (2.8 %)');
		expect(note).toContain('Removing the article again merged full (15,000 ms of CPU)');
	});

	it('says nothing of it when the target is met', () => {
		const met = { ...results, incremental: { ...results.incremental!, cpuShare: 0.04 } };
		expect(formatReport(met)).not.toContain('- **Adding one article**');
	});
});

describe('previousFigures', () => {
	it('reads the extraction figure and the date of the report being replaced', () => {
		const previous = [
			'Written by `npm run bench` on 2026-12-06T23:27:00Z in 24.9 minutes. Every figure …',
			'| extraction, median of passes | **1,616 articles/s** |'
		].join('\n');
		expect(previousFigures(previous)).toEqual({
			startedAt: '2026-12-06T23:27:00Z',
			extractionPerSecond: 1616
		});
		expect(previousFigures('# Benchmarks')).toEqual({ startedAt: null, extractionPerSecond: null });
	});
});

describe('serving section', () => {
	const tail = (p50: number, p99: number) => ({ n: 50, p50, p99, max: p99 });
	const results = {
		...emptyResults({
			startedAt: '2026-01-01T00:00:00Z',
			smoke: false,
			machine: {
				cpuModel: 'cpu',
				cores: 2,
				memoryGb: 4,
				freeMemoryGb: 2,
				os: 'Linux',
				node: 'v20',
				loadAverage: 1
			}
		}),
		floor: {
			events: 1000,
			cases: [
				{
					label: 'timeline.json, month',
					app: { ...tail(7, 20), cpuMsPerRequest: 4.5 },
					floor: { ...tail(3, 9), cpuMsPerRequest: 1.25 }
				}
			]
		},
		contention: {
			events: 1000,
			cheap: 'timeline.json, month',
			heavy: 'events.json, 5,000',
			heavyClients: 4,
			seconds: 10,
			alone: tail(3, 11),
			contended: tail(9, 42),
			heavyRequests: 321,
			statuses: [200],
			cpuMsPerRequest: { alone: 2.5, contended: 30 },
			withoutPool: {
				cheap: 'timeline.json, month',
				heavy: 'events.json, 5,000',
				heavyClients: 4,
				seconds: 10,
				alone: tail(3, 12),
				contended: tail(300, 900),
				heavyRequests: 200,
				statuses: [200],
				cpuMsPerRequest: { alone: 2.4, contended: 60 }
			},
			exports: {
				cheap: 'timeline.json, month',
				heavy: 'CSV export of a month',
				heavyClients: 4,
				seconds: 10,
				alone: tail(3, 10),
				contended: tail(12, 55),
				heavyRequests: 17,
				statuses: [200],
				cpuMsPerRequest: { alone: 2.4, contended: 8 }
			}
		},
		load: {
			events: 1000,
			runs: [
				{
					label: 'event page',
					connections: 200,
					seconds: 10,
					requestsPerSecond: 812.4,
					latency: { p50: 120, p99: 900, max: 1200 },
					ok: 7000,
					non2xx: 1124,
					errors: 0,
					timeouts: 0,
					rssBeforeMb: 120,
					rssAfterMb: 180.4,
					anonBeforeMb: 60,
					anonAfterMb: 95.2,
					cpuMsPerRequest: 1.1
				}
			]
		}
	} as BenchResults;

	it('tabulates the floor, the contention and the load runs with CPU time per request', () => {
		const report = formatReport(results);
		expect(report).toContain('## Serving many clients');
		expect(report).toContain(
			'| timeline.json, month | 7.0 ms | 20.0 ms | 4.5 ms | 3.0 ms | 9.0 ms | 1.3 ms | 50 |'
		);
		expect(report).toContain(
			'| with 4 heavy clients, read workers off | 300.0 ms | 900.0 ms | 900.0 ms | 50 | 60.0 ms |'
		);
		expect(report).toContain(
			'| with 4 heavy clients, read workers on | 9.0 ms | 42.0 ms | 42.0 ms | 50 | 30.0 ms |'
		);
		expect(report).toContain(
			'| with 4 clients downloading exports | 12.0 ms | 55.0 ms | 55.0 ms | 50 | 8.0 ms |'
		);
		expect(report).toContain('looping the CSV export of a month instead (17 downloads');
		expect(report).toContain(
			'| event page | 200 | 812 | 120.0 ms | 900.0 ms | 7,000 | 1,124 | 0 | 120 MB → 180 MB (60 MB → 95 MB) | 1.1 ms |'
		);
	});

	it('says so when none of them ran', () => {
		const report = formatReport({ ...results, floor: null, contention: null, load: undefined });
		expect(report).toMatch(/## Serving many clients[\s\S]*Not measured in this run\./);
	});
});
