import { describe, expect, it } from 'vitest';
import { clusterMarks, type ClusterItem } from './clusters';

const points = (...xs: number[]): ClusterItem[] => xs.map((x) => ({ start: x, end: x }));

describe('clusterMarks', () => {
	it.each([
		['spread-out points stay single', points(0, 20, 40, 60), [], 4],
		['a crowd larger than the stack collapses', points(0, 2, 4, 6, 50), [[0, 1, 2, 3]], 1],
		['a crowd that fits the stack stays expanded', points(0, 2, 4, 50), [], 4],
		['crowds chain through close neighbours', points(0, 5, 10, 15, 20, 100), [[0, 1, 2, 3, 4]], 1],
		[
			'separate crowds make separate clusters',
			points(0, 1, 2, 3, 100, 101, 102, 103),
			[
				[0, 1, 2, 3],
				[4, 5, 6, 7]
			],
			0
		]
	])('%s', (_, items, clusters, singles) => {
		const result = clusterMarks(items, { minGap: 8, maxStack: 3 });
		expect(result.clusters.map((cluster) => cluster.members)).toEqual(clusters);
		expect(result.singles).toHaveLength(singles);
	});

	it('reports the pixel extent and accounts for every item exactly once', () => {
		const items = [...points(30, 31, 32, 33, 34), { start: 10, end: 300 }, ...points(200)];
		const { singles, clusters } = clusterMarks(items, { minGap: 8, maxStack: 2 });
		expect(clusters).toEqual([{ members: [0, 1, 2, 3, 4], x0: 30, x1: 34 }]);
		// The long bar is never clustered, even where it overlaps the crowd.
		expect(singles).toEqual([5, 6]);
	});

	it('expands as the reader zooms in', () => {
		const times = [0, 1, 2, 3, 4, 5];
		const at = (pxPerUnit: number) => points(...times.map((t) => t * pxPerUnit));
		expect(clusterMarks(at(1), { minGap: 8, maxStack: 3 }).clusters).toHaveLength(1);
		expect(clusterMarks(at(10), { minGap: 8, maxStack: 3 }).clusters).toHaveLength(0);
	});

	it('handles unsorted input and no input', () => {
		expect(
			clusterMarks(points(6, 0, 4, 2), { minGap: 8, maxStack: 3 }).clusters[0].members
		).toEqual([1, 3, 2, 0]);
		expect(clusterMarks([], { minGap: 8, maxStack: 3 })).toEqual({ singles: [], clusters: [] });
	});
});
