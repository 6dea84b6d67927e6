/**
 * Level of detail for marks: where more events crowd together than a lane has rows to stack
 * them, they collapse into one counted cluster. Clusters are recomputed from pixel positions
 * at every zoom, so they split apart as the reader zooms in.
 */

export interface ClusterItem {
	/** Left and right edge of the mark in pixels (equal for a point). */
	start: number;
	end: number;
}

export interface Cluster {
	/** Indices of the items it stands for, in order of position. */
	members: number[];
	/** Pixel extent covered by its members. */
	x0: number;
	x1: number;
}

export interface Clustering {
	/** Items drawn on their own, in order of position. */
	singles: number[];
	clusters: Cluster[];
}

export interface ClusterOptions {
	/** Marks closer than this (px) belong to the same crowd. */
	minGap: number;
	/** A crowd of at most this many marks stays expanded: the lane can stack them in rows. */
	maxStack: number;
}

/**
 * Chains marks narrower than `minGap` whose gaps are below `minGap` into crowds; a crowd larger
 * than `maxStack` becomes a cluster. Wider marks (long intervals) are never clustered.
 */
export function clusterMarks(items: readonly ClusterItem[], options: ClusterOptions): Clustering {
	const { minGap, maxStack } = options;
	const order = Array.from(items.keys()).sort((a, b) => items[a].start - items[b].start || a - b);
	const singles: number[] = [];
	const clusters: Cluster[] = [];
	let crowd: number[] = [];
	let crowdEnd = -Infinity;

	const closeCrowd = () => {
		if (crowd.length > maxStack) {
			clusters.push({ members: crowd, x0: items[crowd[0]].start, x1: crowdEnd });
		} else {
			singles.push(...crowd);
		}
		crowd = [];
		crowdEnd = -Infinity;
	};

	for (const index of order) {
		const { start, end } = items[index];
		if (end - start >= minGap) {
			singles.push(index);
			continue;
		}
		if (crowd.length && start - crowdEnd >= minGap) closeCrowd();
		crowd.push(index);
		crowdEnd = Math.max(crowdEnd, end);
	}
	closeCrowd();
	singles.sort((a, b) => items[a].start - items[b].start || a - b);
	return { singles, clusters };
}
