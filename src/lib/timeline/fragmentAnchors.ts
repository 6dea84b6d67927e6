/**
 * Stable fragment ids for the excerpts of a source page: `m-<start>-<end>`, the id event pages
 * link to. Several excerpts can start at the same character (overlapping or shared excerpts), so
 * each start gets the list of ids that begin there, each id once.
 */

export function fragmentId(excerpt: { start: number; end: number }): string {
	return `m-${excerpt.start}-${excerpt.end}`;
}

/** The fragment ids beginning at each offset, in the order of `excerpts`. */
export function fragmentAnchors(
	excerpts: readonly { start: number; end: number }[]
): Map<number, string[]> {
	const anchors = new Map<number, string[]>();
	for (const excerpt of excerpts) {
		const ids = anchors.get(excerpt.start) ?? [];
		const id = fragmentId(excerpt);
		if (!ids.includes(id)) ids.push(id);
		anchors.set(excerpt.start, ids);
	}
	return anchors;
}
