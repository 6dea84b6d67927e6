import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/**
 * The peak heap of a child process whose objects each outlive a few young-generation
 * collections and then die (as an ingest's per-article data does), with or without
 * `withBoundedHeapGrowth` around the work.
 */
function peakHeapMb(bounded: boolean): number {
	const script = `
		const { withBoundedHeapGrowth } = await import(${JSON.stringify(new URL('./boundedHeapGrowth.ts', import.meta.url).href)});
		let peak = 0;
		const work = () => {
			const ring = new Array(200_000);
			for (let i = 0; i < 4_000_000; i++) {
				ring[i % ring.length] = { i, text: 'x' + i };
				if (i % 50_000 === 0) peak = Math.max(peak, process.memoryUsage().heapTotal);
			}
		};
		${bounded ? 'withBoundedHeapGrowth(work)' : 'work()'};
		console.log(Math.round(peak / 2 ** 20));`;
	const output = execFileSync(
		process.execPath,
		['--import', 'tsx', '--input-type=module', '-e', script],
		{ encoding: 'utf8' }
	);
	return Number(output.trim());
}

describe('withBoundedHeapGrowth', () => {
	it('keeps the heap near its live data where V8 alone lets garbage pile up', () => {
		const unbounded = peakHeapMb(false);
		const bounded = peakHeapMb(true);
		expect(bounded).toBeLessThan(unbounded * 0.75);
	}, 60_000);

	it('returns what the work returns', async () => {
		const { withBoundedHeapGrowth } = await import('./boundedHeapGrowth');
		expect(withBoundedHeapGrowth(() => 42)).toBe(42);
	});
});
