import { isSpace } from '../text/isSpace';

/**
 * Which groups of strings occur in a text, read in one pass (an Aho–Corasick automaton): the
 * cheap test run before a group's patterns, where `includes` would read the text once for each
 * string. Strings are ASCII and matched as they are (callers lower-case the text first);
 * characters beyond ASCII occur in none of them, so they only restart the search.
 */
export class SubstringGroups {
	/** Next state by state and ASCII code: `next[state * 128 + code]`. */
	private readonly next: Int32Array;
	/** The groups one of whose strings ends at each state. */
	private readonly ending: number[][];
	private readonly groupCount: number;

	constructor(groups: readonly (readonly string[])[]) {
		this.groupCount = groups.length;
		const children: Map<number, number>[] = [new Map()];
		const ending: number[][] = [[]];
		groups.forEach((strings, group) => {
			for (const string of strings) {
				if (!string || [...string].some((char) => char.charCodeAt(0) >= 128))
					throw new Error(`not a non-empty ASCII string: ${string}`);
				let state = 0;
				for (let i = 0; i < string.length; i++) {
					const code = string.charCodeAt(i);
					let child = children[state].get(code);
					if (child === undefined) {
						child = children.length;
						children.push(new Map());
						ending.push([]);
						children[state].set(code, child);
					}
					state = child;
				}
				if (!ending[state].includes(group)) ending[state].push(group);
			}
		});
		// Breadth first, so that a state's fallback (its longest proper suffix in the trie) is complete first.
		const next = new Int32Array(children.length * 128);
		const fallback = new Int32Array(children.length);
		const queue: number[] = [];
		for (let code = 0; code < 128; code++) {
			const child = children[0].get(code);
			if (child !== undefined) queue.push(child);
			next[code] = child ?? 0;
		}
		for (let head = 0; head < queue.length; head++) {
			const state = queue[head];
			const back = fallback[state];
			for (const group of ending[back])
				if (!ending[state].includes(group)) ending[state].push(group);
			for (let code = 0; code < 128; code++) {
				const child = children[state].get(code);
				if (child === undefined) {
					next[state * 128 + code] = next[back * 128 + code];
				} else {
					fallback[child] = next[back * 128 + code];
					next[state * 128 + code] = child;
					queue.push(child);
				}
			}
		}
		this.next = next;
		this.ending = ending;
	}

	/**
	 * For each group, in order, whether one of its strings occurs in `text`; with `foldSpaces`,
	 * as if every run of whitespace were one space (`text.replace(/\s+/g, ' ')`, without the copy).
	 */
	present(text: string, foldSpaces = false): Uint8Array {
		const found = new Uint8Array(this.groupCount);
		const { next, ending } = this;
		let state = 0;
		let inSpace = false;
		for (let i = 0; i < text.length; i++) {
			let code = text.charCodeAt(i);
			if (foldSpaces) {
				const space = isSpace(code);
				if (space && inSpace) continue;
				inSpace = space;
				if (space) code = 32;
			}
			state = code < 128 ? next[state * 128 + code] : 0;
			const groups = ending[state];
			for (let g = 0; g < groups.length; g++) found[groups[g]] = 1;
		}
		return found;
	}
}
