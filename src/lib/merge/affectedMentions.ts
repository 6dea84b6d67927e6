/**
 * The stored mentions and events around a set of mentions, as an incremental merge sees them.
 * Mentions are numbers, events their ids.
 */
export interface MergeNeighbourhood {
	/** Mentions clustering may compare with `mention` (a superset will do). */
	candidates(mention: number): Iterable<number>;
	/** Whether clustering can link the two (they match, either way round). */
	linked(a: number, b: number): boolean;
	/** The stored events citing `mention`. */
	eventsOf(mention: number): Iterable<string>;
	/** The stored mentions a stored event was merged from. */
	membersOf(event: string): Iterable<number>;
}

/**
 * The mentions to merge again when `seeds` are new or lost a neighbour, and the stored events they
 * make up. Clustering decides each group of linked mentions on its own (every rule compares
 * mentions that match), so the result is closed both ways: every mention linked to one in the
 * set is in it (the whole linked group is merged again, as a full merge would see it), and so is
 * every member of a stored event of one in it (the events replaced hold nothing else). Linked
 * groups can be large (news repeats the same actors day after day): past `limit` mentions, null.
 */
export function affectedMentions(
	seeds: Iterable<number>,
	seedEvents: Iterable<string>,
	around: MergeNeighbourhood,
	/** Gives up (null) once more mentions than this are affected. */
	limit = Infinity
): { mentions: Set<number>; events: Set<string> } | null {
	const mentions = new Set<number>();
	const events = new Set<string>();
	const queue: number[] = [];
	const visit = (mention: number) => {
		if (mentions.has(mention)) return;
		mentions.add(mention);
		queue.push(mention);
	};
	const include = (event: string) => {
		if (events.has(event)) return;
		events.add(event);
		for (const member of around.membersOf(event)) visit(member);
	};
	for (const event of seedEvents) include(event);
	for (const seed of seeds) visit(seed);
	while (queue.length > 0) {
		if (mentions.size > limit) return null;
		const mention = queue.pop() as number;
		for (const event of around.eventsOf(mention)) include(event);
		for (const other of around.candidates(mention)) {
			if (!mentions.has(other) && around.linked(mention, other)) visit(other);
		}
	}
	return { mentions, events };
}
