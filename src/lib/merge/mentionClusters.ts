/**
 * Mentions grouped into events; a cluster is named by one of its members' indexes. Members are
 * kept as linked lists in typed arrays (a few integers per mention, not an array per mention):
 * a corpus has hundreds of thousands of mentions, most of them alone.
 */
export class Clusters {
	private readonly clusterOf: Int32Array;
	private readonly head: Int32Array;
	private readonly tail: Int32Array;
	/** The member after each one in its cluster, or -1. */
	private readonly next: Int32Array;
	private readonly sizes: Int32Array;

	constructor(size: number) {
		this.clusterOf = Int32Array.from({ length: size }, (_, i) => i);
		this.head = this.clusterOf.slice();
		this.tail = this.clusterOf.slice();
		this.next = new Int32Array(size).fill(-1);
		this.sizes = new Int32Array(size).fill(1);
	}

	of(index: number): number {
		return this.clusterOf[index];
	}

	size(cluster: number): number {
		return this.sizes[cluster];
	}

	/** The member that has been in the cluster longest. */
	first(cluster: number): number {
		return this.head[cluster];
	}

	/** Whether `test` holds for every member, asked in the order members joined, stopping at the first that fails. */
	every(cluster: number, test: (member: number) => boolean): boolean {
		for (let member = this.head[cluster]; member !== -1; member = this.next[member]) {
			if (!test(member)) return false;
		}
		return true;
	}

	/** Joins the clusters of `a` and `b`; the larger one keeps its name and its members come first. */
	union(a: number, b: number): void {
		let keep = this.of(a);
		let drop = this.of(b);
		if (keep === drop) return;
		if (this.sizes[keep] < this.sizes[drop]) [keep, drop] = [drop, keep];
		for (let member = this.head[drop]; member !== -1; member = this.next[member]) {
			this.clusterOf[member] = keep;
		}
		this.next[this.tail[keep]] = this.head[drop];
		this.tail[keep] = this.tail[drop];
		this.sizes[keep] += this.sizes[drop];
		this.sizes[drop] = 0;
		this.head[drop] = -1;
	}

	/** Every cluster, by name, each as its members in ascending order. */
	all(): number[][] {
		const lists: number[][] = [];
		const scratch = new Int32Array(this.sizes.length);
		for (let cluster = 0; cluster < this.sizes.length; cluster++) {
			if (this.sizes[cluster] === 0) continue;
			let count = 0;
			this.every(cluster, (member) => ((scratch[count++] = member), true));
			// Arrays of exactly their length: pushing would leave room for more in each.
			lists.push(Array.from(scratch.subarray(0, count).sort()));
		}
		return lists;
	}
}
