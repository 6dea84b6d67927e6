import { describe, expect, it } from 'vitest';
import { Clusters } from './mentionClusters';

const members = (clusters: Clusters, cluster: number) => {
	const found: number[] = [];
	clusters.every(cluster, (member) => found.push(member) > 0);
	return found;
};

describe('Clusters', () => {
	it('starts with each mention alone', () => {
		const clusters = new Clusters(3);
		expect(clusters.all()).toEqual([[0], [1], [2]]);
		expect(clusters.of(2)).toBe(2);
		expect(clusters.size(1)).toBe(1);
	});

	it('joins into the larger cluster, its members first, in the order they joined', () => {
		const clusters = new Clusters(6);
		clusters.union(4, 1);
		clusters.union(5, 4);
		expect(clusters.of(5)).toBe(4);
		expect(members(clusters, 4)).toEqual([4, 1, 5]);
		expect(clusters.first(4)).toBe(4);
		clusters.union(0, 2);
		clusters.union(2, 1);
		expect(clusters.of(0)).toBe(4);
		expect(clusters.size(4)).toBe(5);
		expect(clusters.size(0)).toBe(0);
		expect(members(clusters, 4)).toEqual([4, 1, 5, 0, 2]);
		clusters.union(1, 0);
		expect(clusters.all()).toEqual([[3], [0, 1, 2, 4, 5]]);
	});

	it('stops asking at the first member that fails', () => {
		const clusters = new Clusters(3);
		clusters.union(0, 1);
		clusters.union(0, 2);
		const asked: number[] = [];
		expect(clusters.every(0, (member) => (asked.push(member), member !== 1))).toBe(false);
		expect(asked).toEqual([0, 1]);
	});
});
