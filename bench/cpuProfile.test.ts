import { describe, expect, it } from 'vitest';
import { summariseProfile, within, type CpuProfile } from './cpuProfile';

const frame = (functionName: string, url: string, lineNumber = 0) => ({
	functionName,
	url,
	lineNumber
});

/** Three nodes: two functions of one file and the garbage collector; samples 1 ms apart. */
const PROFILE: CpuProfile = {
	nodes: [
		{ id: 1, callFrame: frame('parse', 'file:///repo/src/a.ts', 9) },
		{ id: 2, callFrame: frame('', 'file:///repo/src/a.ts', 19) },
		{ id: 3, callFrame: frame('(garbage collector)', '') },
		{ id: 4, callFrame: frame('unused', 'file:///repo/src/b.ts') }
	],
	startTime: 100,
	samples: [1, 1, 1, 2, 3, 1],
	timeDeltas: [1000, 1000, 1000, 1000, 1000, 1000]
};

describe('within', () => {
	it('keeps the samples taken in the window, with their intervals', () => {
		// Samples at 1100, 2100, … 6100 µs.
		const kept = within(PROFILE, 2000, 4500);
		expect(kept.samples).toEqual([1, 1, 2]);
		expect(kept.timeDeltas).toEqual([1000, 1000, 1000]);
		expect(summariseProfile(kept, '/repo').totalMs).toBe(3);
	});
});

describe('summariseProfile', () => {
	const summary = summariseProfile(PROFILE, '/repo');

	it('adds self time by function, largest first, with shares', () => {
		expect(summary.totalMs).toBe(6);
		expect(summary.functions).toEqual([
			{ name: 'parse src/a.ts:10', ms: 4, share: 4 / 6 },
			{ name: '(anonymous) src/a.ts:20', ms: 1, share: 1 / 6 },
			{ name: '(garbage collector)', ms: 1, share: 1 / 6 }
		]);
	});

	it('adds self time by file, V8 entries under their own names', () => {
		expect(summary.files.map((f) => [f.name, f.ms])).toEqual([
			['src/a.ts', 5],
			['(garbage collector)', 1]
		]);
	});

	it('keeps only the top entries', () => {
		expect(summariseProfile(PROFILE, '/repo', 1).functions).toHaveLength(1);
	});
});
