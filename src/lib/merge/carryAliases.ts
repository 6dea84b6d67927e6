/** An event as stored: its id and the keys (`${sourceId}:${start}-${end}`) of its mentions. */
export interface EventKeys {
	id: string;
	mentionKeys: string[];
}

/**
 * Old ids that must keep resolving after a re-merge: an old id that no longer exists becomes an
 * alias of the new event holding most of its mentions (ties: the smaller id). Ids still in use
 * and ids whose mentions are all gone get no alias. Sorted by alias.
 */
export function carryAliases(
	previous: EventKeys[],
	next: EventKeys[]
): { alias: string; target: string }[] {
	const current = new Set(next.map((event) => event.id));
	// One excerpt can support several events (a sentence naming two meetings).
	const holders = new Map<string, string[]>();
	for (const event of next) {
		for (const key of new Set(event.mentionKeys))
			holders.set(key, [...(holders.get(key) ?? []), event.id]);
	}

	const aliases: { alias: string; target: string }[] = [];
	for (const old of previous) {
		if (current.has(old.id)) continue;
		const votes = new Map<string, number>();
		for (const key of new Set(old.mentionKeys)) {
			for (const target of holders.get(key) ?? []) votes.set(target, (votes.get(target) ?? 0) + 1);
		}
		let best: [string, number] | null = null;
		for (const [target, count] of votes) {
			if (!best || count > best[1] || (count === best[1] && target < best[0]))
				best = [target, count];
		}
		if (best) aliases.push({ alias: old.id, target: best[0] });
	}
	return aliases.sort((a, b) => (a.alias < b.alias ? -1 : a.alias > b.alias ? 1 : 0));
}
