import { describe, expect, it } from 'vitest';
import type { RenderRun } from './browser';
import { firstRenderRatio, verdict } from './report';

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
