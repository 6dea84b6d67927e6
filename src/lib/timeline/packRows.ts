/**
 * Places marks and their labels in rows so that nothing overlaps: greedy first-fit over the
 * items in order of their left edge, which for intervals uses the fewest rows possible. A
 * min-tree over the rows' right ends finds the first free row in O(log rows), so packing is
 * O(n log n) overall.
 */

export interface PackItem {
	/** Left edge of the mark (px). */
	markStart: number;
	/** Right edge of the mark (px); equal to `markStart` plus its size for a point. */
	markEnd: number;
	/** Right edge of the mark together with its label (px), at least `markEnd`. */
	labelEnd: number;
}

export interface Packing {
	/** Row of each item, in input order. */
	rows: Int32Array;
	/** Whether each item keeps its label (false only when `maxRows` forced it off). */
	labelShown: Uint8Array;
	rowCount: number;
}

export interface PackOptions {
	/** Free space kept between neighbours in a row (px). */
	gap?: number;
	/**
	 * Rows available. When labels would need more, marks are packed alone and a label is kept
	 * only where its row has room; a mark that finds no free row goes to the row that frees up
	 * first, overlapping as little as possible.
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

function firstFit(
	items: readonly PackItem[],
	order: readonly number[],
	rightEdge: (item: PackItem) => number,
	capacity: number,
	gap: number
): { rows: Int32Array; rowCount: number } {
	const rows = new Int32Array(items.length);
	const ends = new RowEnds(capacity);
	let rowCount = 0;
	for (const index of order) {
		const item = items[index];
		const free = ends.firstFree(item.markStart - gap);
		const row = free >= 0 ? free : ends.earliest();
		rows[index] = row;
		ends.setEnd(row, Math.max(ends.end(row), rightEdge(item)));
		rowCount = Math.max(rowCount, row + 1);
	}
	return { rows, rowCount };
}

export function packRows(items: readonly PackItem[], options: PackOptions = {}): Packing {
	const gap = options.gap ?? 4;
	const maxRows = Math.max(1, options.maxRows ?? Infinity);
	// Sorting indices (ties by input order) keeps the layout stable for equal starts.
	const order = Array.from(items.keys()).sort(
		(a, b) => items[a].markStart - items[b].markStart || a - b
	);
	const labelled = firstFit(
		items,
		order,
		(item) => Math.max(item.markEnd, item.labelEnd),
		items.length,
		gap
	);
	if (labelled.rowCount <= maxRows) {
		return { ...labelled, labelShown: new Uint8Array(items.length).fill(1) };
	}
	// Too many rows with labels: pack the marks alone, then keep each label that has room
	// before the next mark in its row.
	const { rows, rowCount } = firstFit(items, order, (item) => item.markEnd, maxRows, gap);
	const labelShown = new Uint8Array(items.length).fill(1);
	const lastInRow = new Int32Array(rowCount).fill(-1);
	for (const index of order) {
		const previous = lastInRow[rows[index]];
		if (previous >= 0 && items[previous].labelEnd + gap > items[index].markStart) {
			labelShown[previous] = 0;
		}
		lastInRow[rows[index]] = index;
	}
	return { rows, labelShown, rowCount };
}
