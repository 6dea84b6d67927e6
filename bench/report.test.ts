import { describe, expect, it } from 'vitest';
import type { BrowserCase, GestureFrames, RenderRun } from './browser';
import { checkTargets, firstRenderRatio, verdict, type BenchResults } from './report';

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
		expect(firstRenderRatio({ events: 10, app, vis })).toEqual(expected);
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
});
