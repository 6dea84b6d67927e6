import { affectedMentions } from './affectedMentions';
import {
	clusterAnchored,
	joinPairs,
	mentionMatcher,
	restPairs,
	type Matches
} from './clusterMentions';
import { matchMentions } from './matchMentions';
import { Clusters } from './mentionClusters';
import type { MatchProfile } from './mentionProfile';
import { ScoredPairs } from './scoredPairs';

/** The stored mentions and events, as an incremental merge sees them. Mentions are numbers. */
export interface StoredClustering {
	/** The mention's profile (its `index` is not read). */
	profile(mention: number): MatchProfile;
	/** The canonical order of mentions (`clusterMentions` needs its input in it). */
	compare(a: number, b: number): number;
	/** Mentions clustering may compare with `mention` (a superset will do). */
	candidates(mention: number): Iterable<number>;
	/** The stored events citing `mention`. */
	eventsOf(mention: number): Iterable<string>;
	/** The stored mentions a stored event was merged from. */
	membersOf(event: string): Iterable<number>;
}

export interface ClusteredAround {
	/** The mentions clustered again, and the stored events they make up (to be replaced). */
	mentions: Set<number>;
	events: Set<string>;
	/** The new groups of `mentions`, as `clusterMentions` over every mention gives them. */
	clusters: number[][];
	/** Every mention whose profile was read: clustering's buckets of their keys were relied on. */
	consulted: Set<number>;
}

/**
 * The groups a full `clusterMentions` gives the mentions around `seeds` (new mentions, and those
 * that lost a neighbour), computed from them and their neighbours only; the rest keep their
 * stored events. Each step of clustering is followed as far as its decisions can change:
 * 1. and 2. (precise mentions, and loose ones joining a group of them) decide each connected part
 *    of "precise pairs that match, loose and precise pairs that match strongly" alone, so that
 *    part around the seeds is clustered again whole (with the stored events of its members);
 * 3. (loose mentions left alone pair up when each one's best partners are one event) decides a
 *    pair by both mentions' partners: a change reaches the partners of a changed mention (their
 *    best partners may change), then only along the pairs found clear, new or old. So these
 *    mentions are grouped again, grown along stored events and along the clear pairs found among
 *    them and their partners until none leads out. A pair clear in a full run is clear among
 *    fewer mentions too (fewer best partners are still one event), and a pair of two grown ones
 *    is decided with all their partners: the pairs left are exactly those of a full run.
 * Loose mentions joined strongly to nothing precise that changed keep what step 2 gave them:
 * whether one kept alone was left for step 3 (or fitted several groups) is decided again from the
 * stored groups it fits. Past `limit` mentions read, null.
 */
export function clusterAround(
	seeds: Iterable<number>,
	seedEvents: Iterable<string>,
	stored: StoredClustering,
	limit = Infinity
): ClusteredAround | null {
	const precise = (mention: number) => stored.profile(mention).precise;
	const strongly = (a: number, b: number) =>
		matchMentions(stored.profile(a), stored.profile(b))?.strong === true ||
		matchMentions(stored.profile(b), stored.profile(a))?.strong === true;
	const anchored = affectedMentions(
		seeds,
		seedEvents,
		{
			candidates: (mention) => stored.candidates(mention),
			linked: (a, b) => {
				if (precise(a) && precise(b)) {
					const [pa, pb] = [stored.profile(a), stored.profile(b)];
					return matchMentions(pa, pb) !== null || matchMentions(pb, pa) !== null;
				}
				return precise(a) !== precise(b) && strongly(a, b);
			},
			eventsOf: (mention) => stored.eventsOf(mention),
			membersOf: (event) => stored.membersOf(event)
		},
		limit
	);
	if (!anchored) return null;
	const consulted = new Set(anchored.mentions);
	/** Mentions in canonical order, profiled with their positions, ready for clustering. */
	const prepare = (mentions: Iterable<number>) => {
		const list = [...mentions].sort((a, b) => stored.compare(a, b));
		const profiles = list.map((mention, index) => ({ ...stored.profile(mention), index }));
		for (const mention of list) consulted.add(mention);
		return { list, profiles, matches: mentionMatcher(profiles) };
	};

	// Steps 1 and 2 over the connected part around the seeds.
	const first = prepare(anchored.mentions);
	const steps = clusterAnchored(first.profiles, first.matches);
	const restNow = new Set(steps.rest.map((index) => first.list[index]));
	const clusters = steps.clusters
		.all()
		.filter((members) => members.length > 1 || !restNow.has(first.list[members[0]]))
		.map((members) => members.map((index) => first.list[index]));

	const isRest = restStatus(
		stored,
		strongly,
		(mention) => (anchored.mentions.has(mention) ? restNow.has(mention) : undefined),
		prepare
	);
	const restNeighbours = new Map<number, number[]>();
	const neighboursOf = (mention: number) => {
		let known = restNeighbours.get(mention);
		if (!known) {
			const loose = [...stored.candidates(mention)].filter(
				(other) => other !== mention && !precise(other) && strongly(mention, other)
			);
			known = loose.filter(isRest(loose));
			restNeighbours.set(mention, known);
		}
		return known;
	};
	const around = (mentions: Iterable<number>) => {
		const found = new Set(mentions);
		for (const mention of [...found]) for (const other of neighboursOf(mention)) found.add(other);
		return found;
	};

	// Step 3: the loose mentions whose pairs can change, grown along clear pairs.
	const regrouped = new Set<number>();
	const regroup = (mention: number) => {
		if (regrouped.has(mention)) return;
		regrouped.add(mention);
		for (const event of stored.eventsOf(mention)) {
			const members = [...stored.membersOf(event)].filter((m) => !anchored.mentions.has(m));
			for (const member of members.filter(isRest(members))) regroup(member);
		}
	};
	const changed = [...anchored.mentions].filter((mention) => !precise(mention));
	for (const mention of around(changed)) if (isRest([mention])(mention)) regroup(mention);
	for (;;) {
		const reach = around(regrouped);
		if (anchored.mentions.size + reach.size > limit) return null;
		const third = prepare(reach);
		const pairs = restPairs(third.profiles, indexes(third.list), third.matches);
		const before = regrouped.size;
		for (let at = 0; at < pairs.length; at++) {
			const [a, b] = [third.list[pairs.a(at)], third.list[pairs.b(at)]];
			if (regrouped.has(a) !== regrouped.has(b)) regroup(regrouped.has(a) ? b : a);
		}
		if (regrouped.size > before) continue;
		// Every clear pair of a regrouped mention is now between two of them, and is what a full
		// run finds: both ends' partners were all there.
		const inside = new ScoredPairs();
		for (let at = 0; at < pairs.length; at++) {
			if (regrouped.has(third.list[pairs.a(at)]))
				inside.push(pairs.a(at), pairs.b(at), pairs.score(at));
		}
		const grouping = new Clusters(third.list.length);
		joinPairs(grouping, inside, third.matches);
		for (const members of grouping.all()) {
			const mentions = members.map((index) => third.list[index]);
			if (regrouped.has(mentions[0])) clusters.push(mentions);
		}
		break;
	}
	const events = new Set(anchored.events);
	for (const mention of regrouped) for (const event of stored.eventsOf(mention)) events.add(event);
	return {
		mentions: new Set([...anchored.mentions, ...regrouped]),
		events,
		clusters,
		consulted
	};
}

const indexes = (list: unknown[]) => list.map((_, index) => index);

/**
 * Whether loose mentions are left for step 3 (after steps 1 and 2), `known` for those clustered
 * again; the others keep what their stored event says: one with precise members was joined to it,
 * one of a group of loose mentions was paired in step 3, one alone was either (not fitting any
 * group or failing to join the one it fits) or fitted several groups equally, decided again from
 * the stored groups it fits strongly. Asked for several mentions at once, so that those decided
 * again are decided in one run.
 */
function restStatus(
	stored: StoredClustering,
	strongly: (a: number, b: number) => boolean,
	known: (mention: number) => boolean | undefined,
	prepare: (mentions: Iterable<number>) => {
		list: number[];
		profiles: MatchProfile[];
		matches: Matches;
	}
): (mentions: number[]) => (mention: number) => boolean {
	const decided = new Map<number, boolean>();
	const precise = (mention: number) => stored.profile(mention).precise;
	const preciseMembers = (mention: number) =>
		[...stored.eventsOf(mention)].flatMap((event) => [...stored.membersOf(event)]);
	const isRest = (mention: number) => known(mention) ?? decided.get(mention) === true;
	return (mentions) => {
		const alone: number[] = [];
		for (const mention of mentions) {
			if (known(mention) !== undefined || decided.has(mention)) continue;
			const members = new Set(preciseMembers(mention));
			if ([...members].some(precise)) decided.set(mention, false);
			else if (members.size > 1) decided.set(mention, true);
			else alone.push(mention);
		}
		if (alone.length === 0) return isRest;
		// The stored groups of precise mentions each fits strongly, whole: they decide step 2.
		const groups = new Set<number>();
		for (const mention of alone) {
			for (const anchor of stored.candidates(mention)) {
				if (!precise(anchor) || !strongly(mention, anchor)) continue;
				for (const member of preciseMembers(anchor)) if (precise(member)) groups.add(member);
			}
		}
		const run = prepare([...alone, ...groups]);
		const { undecided } = clusterAnchored(run.profiles, run.matches);
		const single = new Set(alone);
		run.list.forEach((mention, index) => {
			if (single.has(mention)) decided.set(mention, undecided[index] === 0);
		});
		return isRest;
	};
}
