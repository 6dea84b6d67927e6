import { affectedMentions } from './affectedMentions';
import { clusterAnchored, joinPairs, mentionMatcher, restPairs } from './clusterMentions';
import { matchesEitherWay, matchesStronglyEitherWay } from './matchMentions';
import { Clusters } from './mentionClusters';
import type { MatchProfile } from './mentionProfile';
import { ScoredPairs } from './scoredPairs';

/** The stored mentions and events, as an incremental merge sees them. Mentions are numbers. */
export interface StoredClustering {
	/** The mention's profile (its `index` is not read). */
	profile(mention: number): MatchProfile;
	/** Whether the mention's date is precise, as its profile says (asked far more often). */
	precise(mention: number): boolean;
	/** Whether the last clustering's first two steps left the (loose) mention alone for step 3. */
	leftAlone(mention: number): boolean;
	/** The loose mentions that chose the group of `anchor` in the last clustering's step 2. */
	choosersOf(anchor: number): Iterable<number>;
	/** The canonical order of mentions (`clusterMentions` needs its input in it). */
	compare(a: number, b: number): number;
	/** Mentions clustering may compare with `mention` (a superset will do). */
	candidates(mention: number): Iterable<number>;
	/**
	 * Whether clustering's look-ups of strong keys can bring the two together (true will do; false
	 * spares reading their profiles).
	 */
	mayPairStrongly(a: number, b: number): boolean;
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
	/** Whether steps 1 and 2 leave each mention alone now, for those where it may have changed. */
	leftAlone: Map<number, boolean>;
	/** For the same mentions, a member of the group each chose in step 2, or null. */
	chosen: Map<number, number | null>;
}

/**
 * The groups a full `clusterMentions` gives the mentions around `seeds` (new mentions, precise ones
 * that lost a precise neighbour, loose ones that lost a precise one they fit strongly) and
 * `partnersLost`, computed from them and their neighbours only; the rest keep their
 * stored events. Each step of clustering is followed as far as its decisions can change:
 * 1. (precise mentions joined by matches, complete linkage) decides each connected part of
 *    "precise pairs that match" alone: the part around the seeds is grouped again whole;
 * 2. (each loose mention joins the one group of step 1 it fits strongly, none if several fit)
 *    decides a loose mention by the groups it may choose: those of a changed group, new ones and
 *    those of the events replaced choose again, among all the groups they may choose (targets).
 *    A target's members are then decided again with every loose mention that chose it before
 *    (`choosersOf`: their choices are as they were, and the target is still the one they fit).
 *    An event that lost only loose mentions is a target too: no group of step 1 changed;
 * 3. (loose mentions left alone pair up when each one's best partners are one event) decides a
 *    pair by both mentions' partners: a change reaches the partners of a changed mention (their
 *    best partners may change), then only along the pairs found clear, new or old. So these
 *    mentions are grouped again, grown along stored events and along the clear pairs found among
 *    them and their partners until none leads out. A pair clear in a full run is clear among
 *    fewer mentions too (fewer best partners are still one event), and a pair of two grown ones
 *    is decided with all their partners: the pairs left are exactly those of a full run.
 * Other loose mentions keep what step 2 gave them (`leftAlone`). Past `limit` mentions read,
 * null.
 */
export function clusterAround(
	seeds: Iterable<number>,
	seedEvents: Iterable<string>,
	stored: StoredClustering,
	limit = Infinity,
	/** Loose mentions that lost a loose partner: only their step 3 can change. */
	partnersLost: Iterable<number> = [],
	/**
	 * Stored events that lost loose mentions only: their groups of precise mentions stand (step 1
	 * is precise mentions only), the loose mentions that chose them join them again.
	 */
	lostLooseEvents: Iterable<string> = []
): ClusteredAround | null {
	const precise = (mention: number) => stored.precise(mention);
	// Only strong pairs clustering can find count: loose mentions meet by strong keys.
	const strongly = (a: number, b: number) =>
		stored.mayPairStrongly(a, b) && matchesStronglyEitherWay(stored.profile(a), stored.profile(b));
	const looseOf = (mentions: Iterable<number>) => [...mentions].filter((m) => !precise(m));
	const preciseOf = (mentions: Iterable<number>) => [...mentions].filter(precise);
	const membersOfEvents = (events: Iterable<string>) =>
		[...events].flatMap((event) => [...stored.membersOf(event)]);
	const eventsOfAll = (mentions: Iterable<number>) =>
		new Set([...mentions].flatMap((mention) => [...stored.eventsOf(mention)]));
	const strongAnchors = (mention: number) =>
		[...stored.candidates(mention)].filter((other) => precise(other) && strongly(mention, other));
	const strongLoose = (anchor: number) =>
		[...stored.candidates(anchor)].filter((other) => !precise(other) && strongly(other, anchor));

	// 1. Precise mentions whose groups can change: those linked by matches to a new one or to one
	// that lost a neighbour, with the precise members of their stored events.
	const regroupedAnchors = affectedMentions(
		preciseOf(seeds),
		seedEvents,
		{
			candidates: (mention) => stored.candidates(mention),
			linked: (a, b) =>
				precise(a) && precise(b) && matchesEitherWay(stored.profile(a), stored.profile(b)),
			eventsOf: (mention) => stored.eventsOf(mention),
			membersOf: (event) => preciseOf(stored.membersOf(event))
		},
		limit
	);
	if (!regroupedAnchors) return null;
	const anchors = regroupedAnchors.mentions;
	// 2. Loose mentions whose choice can change: new ones, those of the events replaced, and those
	// that fit a changed group, among all the groups they may choose (targets).
	const choosing = new Set([
		...looseOf(seeds),
		...looseOf(membersOfEvents(regroupedAnchors.events))
	]);
	for (const anchor of anchors) for (const loose of strongLoose(anchor)) choosing.add(loose);
	const lostLoose = [...lostLooseEvents];
	const targetEvents = eventsOfAll(
		[...choosing].flatMap(strongAnchors).filter((anchor) => !anchors.has(anchor))
	);
	// A lost loose mention that joined a group changes which of its choosers join it, as a new one
	// choosing it would: the group is a target, whatever else its precise members are linked to.
	for (const event of lostLoose) targetEvents.add(event);
	const targets = new Set([...anchors, ...preciseOf(membersOfEvents(targetEvents))]);
	// A loose mention that chose a target before chooses it again (its choices are as they were),
	// and it does so among fewer groups too: only the targets need to be there.
	const choosers = new Set<number>();
	for (const anchor of targets) {
		for (const loose of stored.choosersOf(anchor)) if (!choosing.has(loose)) choosers.add(loose);
	}
	if (targets.size + choosing.size + choosers.size > limit) return null;

	const consulted = new Set<number>();
	/** Mentions in canonical order, profiled with their positions, ready for clustering. */
	const prepare = (mentions: Iterable<number>) => {
		const list = [...mentions].sort((a, b) => stored.compare(a, b));
		const profiles = list.map((mention, index) => ({ ...stored.profile(mention), index }));
		for (const mention of list) consulted.add(mention);
		return { list, profiles, matches: mentionMatcher(profiles) };
	};
	const first = prepare(new Set([...targets, ...choosing, ...choosers]));
	const steps = clusterAnchored(first.profiles, first.matches);
	const position = new Map(first.list.map((mention, index) => [mention, index]));
	const clusters = steps.clusters
		.all()
		.map((members) => members.map((index) => first.list[index]))
		.filter((members) => members.some((mention) => targets.has(mention)));
	const changed = [...choosing, ...choosers];
	const restNow = new Set(steps.rest.map((index) => first.list[index]));
	for (const mention of choosing) {
		if (steps.undecided[position.get(mention) as number]) clusters.push([mention]);
	}
	const leftAlone = new Map<number, boolean>();
	const chosen = new Map<number, number | null>();
	for (const mention of [...targets, ...changed]) {
		leftAlone.set(mention, restNow.has(mention));
		const anchor = steps.chosen[position.get(mention) as number];
		chosen.set(mention, anchor === -1 ? null : first.list[anchor]);
	}
	const isRest = (mention: number) => leftAlone.get(mention) ?? stored.leftAlone(mention);
	const restNeighbours = new Map<number, number[]>();
	const neighboursOf = (mention: number) => {
		let known = restNeighbours.get(mention);
		if (!known) {
			const loose = [...stored.candidates(mention)].filter(
				(other) => other !== mention && !precise(other) && strongly(mention, other)
			);
			known = loose.filter(isRest);
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
			const members = [...stored.membersOf(event)];
			for (const member of members.filter(isRest)) regroup(member);
		}
	};
	// An event of step 3 that lost a mention is reached through `partnersLost`: it was joined by
	// a strong match with one of them.
	for (const mention of [...around(changed), ...partnersLost])
		if (isRest(mention)) regroup(mention);
	// Mentions a regrouped one seemed to pair with clearly, among too few of their partners to be
	// sure: looked at again with all of theirs.
	const checked = new Set<number>();
	for (;;) {
		const reach = around([...regrouped, ...checked]);
		if (first.list.length + reach.size > limit) return null;
		const third = prepare(reach);
		const pairs = restPairs(third.profiles, indexes(third.list), third.matches);
		const before = regrouped.size + checked.size;
		for (let at = 0; at < pairs.length; at++) {
			const [a, b] = [third.list[pairs.a(at)], third.list[pairs.b(at)]];
			if (regrouped.has(a) === regrouped.has(b)) continue;
			const other = regrouped.has(a) ? b : a;
			if (checked.has(other)) regroup(other);
			else checked.add(other);
		}
		if (regrouped.size + checked.size > before) continue;
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
	const mentions = new Set([...targets, ...changed, ...regrouped]);
	return {
		mentions,
		// An event the lost mentions made up alone is replaced by nothing.
		events: new Set([...regroupedAnchors.events, ...lostLoose, ...eventsOfAll(mentions)]),
		clusters,
		consulted,
		leftAlone,
		chosen
	};
}

const indexes = (list: unknown[]) => list.map((_, index) => index);
