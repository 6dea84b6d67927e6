/**
 * Pairs of mention indexes with a score and a rank, in growable typed arrays: clustering collects
 * up to hundreds of thousands of candidate pairs, which as objects would cost tens of bytes each.
 */
export class ScoredPairs {
	private firsts = new Int32Array(256);
	private seconds = new Int32Array(256);
	private scores = new Float64Array(256);
	private ranks = new Int32Array(256);
	private count = 0;

	get length(): number {
		return this.count;
	}

	/** Adds a pair; returns its position. */
	push(a: number, b: number, score: number, rank = 0): number {
		if (this.count === this.firsts.length) this.grow();
		const at = this.count++;
		this.firsts[at] = a;
		this.seconds[at] = b;
		this.scores[at] = score;
		this.ranks[at] = rank;
		return at;
	}

	/** Replaces the score and rank of the pair at `at`. */
	rescore(at: number, score: number, rank: number): void {
		this.scores[at] = score;
		this.ranks[at] = rank;
	}

	a(at: number): number {
		return this.firsts[at];
	}

	b(at: number): number {
		return this.seconds[at];
	}

	score(at: number): number {
		return this.scores[at];
	}

	rank(at: number): number {
		return this.ranks[at];
	}

	/** Positions of the pairs, best score first, ties by `a` then `b`. */
	byScore(): Int32Array {
		const { firsts, seconds, scores } = this;
		return Int32Array.from({ length: this.count }, (_, i) => i).sort(
			(x, y) => scores[y] - scores[x] || firsts[x] - firsts[y] || seconds[x] - seconds[y]
		);
	}

	/** Positions of the pairs by `a`, then `b`. */
	byPair(): Int32Array {
		const { firsts, seconds } = this;
		return Int32Array.from({ length: this.count }, (_, i) => i).sort(
			(x, y) => firsts[x] - firsts[y] || seconds[x] - seconds[y]
		);
	}

	private grow(): void {
		const grown = <T extends Int32Array | Float64Array>(old: T): T => {
			const array = new (old.constructor as new (length: number) => T)(2 * old.length);
			array.set(old);
			return array;
		};
		this.firsts = grown(this.firsts);
		this.seconds = grown(this.seconds);
		this.scores = grown(this.scores);
		this.ranks = grown(this.ranks);
	}
}
