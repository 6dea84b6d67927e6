/**
 * A map from unordered pairs of mention indexes to non-negative integers, in typed arrays (open
 * addressing): clustering remembers hundreds of thousands of pairs, and a `Map` spends tens of
 * bytes on each (and a heap number on each key past 46,341 mentions).
 */
export class PairTable {
	private lows: Int32Array;
	private highs: Int32Array;
	private values: Int32Array;
	private count = 0;

	constructor(capacity = 1024) {
		let slots = 16;
		while (slots < 2 * capacity) slots *= 2;
		this.lows = new Int32Array(slots).fill(-1);
		this.highs = new Int32Array(slots);
		this.values = new Int32Array(slots);
	}

	get size(): number {
		return this.count;
	}

	/** The value of the pair, or -1 when it has none. */
	get(a: number, b: number): number {
		const slot = this.slotOf(Math.min(a, b), Math.max(a, b));
		return this.lows[slot] === -1 ? -1 : this.values[slot];
	}

	set(a: number, b: number, value: number): void {
		const low = Math.min(a, b);
		const high = Math.max(a, b);
		let slot = this.slotOf(low, high);
		if (this.lows[slot] === -1) {
			if (2 * (this.count + 1) > this.lows.length) {
				this.grow();
				slot = this.slotOf(low, high);
			}
			this.lows[slot] = low;
			this.highs[slot] = high;
			this.count++;
		}
		this.values[slot] = value;
	}

	/** The slot holding the pair, or the empty slot where it would go. */
	private slotOf(low: number, high: number): number {
		const mask = this.lows.length - 1;
		let slot = (Math.imul(low, 0x9e3779b1) ^ Math.imul(high, 0x85ebca6b)) >>> 0;
		slot = (slot ^ (slot >>> 15)) & mask;
		while (this.lows[slot] !== -1 && (this.lows[slot] !== low || this.highs[slot] !== high)) {
			slot = (slot + 1) & mask;
		}
		return slot;
	}

	private grow(): void {
		const { lows, highs, values } = this;
		this.lows = new Int32Array(2 * lows.length).fill(-1);
		this.highs = new Int32Array(2 * lows.length);
		this.values = new Int32Array(2 * lows.length);
		for (let old = 0; old < lows.length; old++) {
			if (lows[old] === -1) continue;
			const slot = this.slotOf(lows[old], highs[old]);
			this.lows[slot] = lows[old];
			this.highs[slot] = highs[old];
			this.values[slot] = values[old];
		}
	}
}
