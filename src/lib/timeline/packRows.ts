/**
 * Places marks and their labels in rows so that nothing overlaps: greedy first-fit over the
 * items in order of their left edge, which for intervals uses the fewest rows possible. A
 * min-tree over the rows' right ends finds the first free row in O(log rows), so packing is
 * O(n log n) overall.
 */

export interface PackItem {
	/** Left and right edge of the mark (px). */
	markStart: number;
	markEnd: number;
	/** Left and right edge of its label (px): after the mark, before it, or over it. */
	labelStart: number;
	labelEnd: number;
}

export interface Packing {
	/** Row of each item, in input order. */
	rows: Int32Array;
	/**
	 * True when every item has room for its label in its row; false when `maxRows` made the
	 * marks be packed alone (their labels must then find room between them, see `layoutTimeline`).
	 */
	labelsPacked: boolean;
	rowCount: number;
}

export interface PackOptions {
	/** Free space kept between neighbours in a row (px). */
	gap?: number;
	/**
	 * Rows available. When labels would need more, marks are packed alone; a mark that finds no
	 * free row goes to the row that frees up first, overlapping as little as possible.
	 */
	maxRows?: number;
}

/** Minimum of the rows' right ends, over a complete binary tree stored in an array. */
class RowEnds {
	readonly #size: number;
	readonly #tree: Float64Array;

	constructor(rows: number) {
		this.#size = 2 ** Math.ceil(Math.log2(Math.max(1, rows)));
		this.#tree = new Float64Array(2 * this.#size).fill(Infinity);
		for (let row = 0; row < rows; row++) this.#tree[this.#size + row] = -Infinity;
		for (let node = this.#size - 1; node > 0; node--) this.#pull(node);
	}

	/** The lowest row whose right end is at most `limit`, or -1. */
	firstFree(limit: number): number {
		if (this.#tree[1] > limit) return -1;
		let node = 1;
		while (node < this.#size) node = this.#tree[2 * node] <= limit ? 2 * node : 2 * node + 1;
		return node - this.#size;
	}

	/** The row whose right end is smallest (lowest such row on ties). */
	earliest(): number {
		return this.firstFree(this.#tree[1]);
	}

	end(row: number): number {
		return this.#tree[this.#size + row];
	}

	setEnd(row: number, end: number): void {
		let node = this.#size + row;
		this.#tree[node] = end;
		for (node >>= 1; node > 0; node >>= 1) this.#pull(node);
	}

	#pull(node: number): void {
		this.#tree[node] = Math.min(this.#tree[2 * node], this.#tree[2 * node + 1]);
	}
}

type Extent = (item: PackItem) => number;

const withLabelStart: Extent = (item) => Math.min(item.markStart, item.labelStart);
const withLabelEnd: Extent = (item) => Math.max(item.markEnd, item.labelEnd);
const markStart: Extent = (item) => item.markStart;
const markEnd: Extent = (item) => item.markEnd;

/** First-fit of items in order of `left` (ties by input order, so equal starts stay stable). */
function firstFit(
	items: readonly PackItem[],
	left: Extent,
	right: Extent,
	capacity: number,
	gap: number
): { rows: Int32Array; rowCount: number } {
	const order = Array.from(items.keys()).sort((a, b) => left(items[a]) - left(items[b]) || a - b);
	const rows = new Int32Array(items.length);
	const ends = new RowEnds(capacity);
	let rowCount = 0;
	for (const index of order) {
		const item = items[index];
		const free = ends.firstFree(left(item) - gap);
		const row = free >= 0 ? free : ends.earliest();
		rows[index] = row;
		ends.setEnd(row, Math.max(ends.end(row), right(item)));
		rowCount = Math.max(rowCount, row + 1);
	}
	return { rows, rowCount };
}

export function packRows(items: readonly PackItem[], options: PackOptions = {}): Packing {
	const gap = options.gap ?? 4;
	const maxRows = Math.max(1, options.maxRows ?? Infinity);
	const labelled = firstFit(items, withLabelStart, withLabelEnd, items.length, gap);
	if (labelled.rowCount <= maxRows) {
		return { rows: labelled.rows, rowCount: labelled.rowCount, labelsPacked: true };
	}
	const { rows, rowCount } = firstFit(items, markStart, markEnd, maxRows, gap);
	return { rows, rowCount, labelsPacked: false };
}
