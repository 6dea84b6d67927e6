import { ALL_FACET, CandidateIndex, dayFacets, monthFacets } from './candidateIndex';
import { matchMentions } from './matchMentions';
import { MERGE_POLICY, type MergePolicy } from './mergePolicy';
import { Clusters } from './mentionClusters';
import type { MatchProfile } from './mentionProfile';
import { profileAt, type ProfileList } from './profileTable';
import { PairTable } from './pairTable';
import { MAX_CONFLICT_GAP_DAYS } from './relateDates';
import { ScoredPairs } from './scoredPairs';

/** Coarser dates than this ("in the past decade") are not attached to anything. */
const MAX_LOOSE_MONTHS = 24;
/**
 * Mentions without a year skip keys this frequent (an actor pair that met hundreds of times):
 * with so many candidates no choice would be unique anyway.
 */
export const MAX_YEARLESS_BUCKET = 2000;
/** A loose mention with more equally good partners than this cannot be placed unambiguously. */
const MAX_PARTNERS = 20;

/** Facets a mention is stored under, for loose mentions to find it. */
function storeFacets(profile: MatchProfile): number[] {
	const { start, end } = profile.date;
	if (start === null || end === null) return [ALL_FACET];
	return [...monthFacets(start, end, MAX_LOOSE_MONTHS), ALL_FACET];
}

/** Facets a loose mention looks its candidates up under: its months, or all time without a year. */
function lookupFacets(profile: MatchProfile): number[] {
	const { start, end } = profile.date;
	return start === null || end === null ? [ALL_FACET] : monthFacets(start, end, MAX_LOOSE_MONTHS);
}

/** Mentions are stored under their place too, for mentions without participants to find them. */
function storeKeys(profile: MatchProfile, kind: 'actors' | 'strong'): string[] {
	return [...profile.keys[kind], ...profile.keys.places];
}

function lookupKeys(profile: MatchProfile, kind: 'actors' | 'strong'): string[] {
	return profile.participants.ids.size > 0 ? profile.keys[kind] : profile.keys.places;
}

function lookupLoose(index: CandidateIndex, profile: MatchProfile): number[] {
	const facets = lookupFacets(profile);
	const maxBucket = facets[0] === ALL_FACET ? MAX_YEARLESS_BUCKET : Infinity;
	return index.lookup(lookupKeys(profile, 'strong'), facets, maxBucket);
}

/** Whether two mentions match, each pair asked once (in the order first asked). */
export type Matches = (a: number, b: number) => boolean;

/**
 * Scored pairs of precise mentions (`a` < `b`) within the conflict gap of each other that share
 * an actor, or a place for the later one without participants: the later mention's lookup keys
 * against the earlier one's stored keys, matched as `match(later, earlier)`. Mentions are swept
 * by start day, so the indexes only hold the days still in reach: one stores each mention under
 * its stored keys for later-indexed mentions to find, the other under its lookup keys to find
 * earlier-indexed ones.
 */
function anchorPairs(profiles: ProfileList, anchors: number[], policy: MergePolicy): ScoredPairs {
	// Start days read once: a table builds a profile each time it is asked for one.
	const starts = new Int32Array(profiles.length);
	for (const index of anchors) starts[index] = profileAt(profiles, index).date.start as number;
	const sweep = [...anchors].sort((x, y) => starts[x] - starts[y] || x - y);
	const byStoreKeys = new CandidateIndex(profiles.length);
	const byLookupKeys = new CandidateIndex(profiles.length);
	const pairs = new ScoredPairs();
	for (const index of sweep) {
		const profile = profileAt(profiles, index);
		const { start, end } = profile.date as { start: number; end: number };
		const reach = dayFacets(start - MAX_CONFLICT_GAP_DAYS, end + MAX_CONFLICT_GAP_DAYS);
		byStoreKeys.forgetFacetsBefore(reach[0]);
		byLookupKeys.forgetFacetsBefore(reach[0]);
		for (const earlier of byStoreKeys.lookup(lookupKeys(profile, 'actors'), reach)) {
			if (earlier > index) continue;
			const found = matchMentions(profile, profileAt(profiles, earlier), policy);
			if (found) pairs.push(earlier, index, found.score);
		}
		for (const later of byLookupKeys.lookup(storeKeys(profile, 'actors'), reach)) {
			if (later < index) continue;
			const found = matchMentions(profileAt(profiles, later), profile, policy);
			if (found) pairs.push(index, later, found.score);
		}
		const days = dayFacets(start, end);
		byStoreKeys.add(index, storeKeys(profile, 'actors'), days);
		byLookupKeys.add(index, lookupKeys(profile, 'actors'), days);
	}
	return pairs;
}

/**
 * Each loose mention that fits exactly one group of precise mentions, as the pair (the group's
 * first member, the loose mention) with its best score; those that fit several are `undecided`.
 * The loose ones are indexed (fewer) and each anchor looks up the loose mentions that could fit it.
 */
function attachments(
	profiles: ProfileList,
	anchors: number[],
	loose: number[],
	clusters: Clusters,
	matches: Matches,
	policy: MergePolicy
): { pairs: ScoredPairs; undecided: Uint8Array } {
	const looseByLookup = new CandidateIndex(profiles.length);
	for (const index of loose) {
		const profile = profileAt(profiles, index);
		looseByLookup.add(index, lookupKeys(profile, 'strong'), lookupFacets(profile));
	}
	// Every strong match as (loose mention, the anchor's cluster, score, rank).
	const found = new ScoredPairs();
	for (const index of anchors) {
		const anchor = profileAt(profiles, index);
		for (const other of looseByLookup.lookup(storeKeys(anchor, 'strong'), storeFacets(anchor))) {
			const match = matchMentions(profileAt(profiles, other), anchor, policy);
			if (match?.strong) found.push(other, clusters.of(index), match.score, match.rank);
		}
	}
	const pairs = new ScoredPairs();
	const undecided = new Uint8Array(profiles.length);
	const order = found.byPair();
	for (let from = 0; from < order.length;) {
		const index = found.a(order[from]);
		// Its candidate clusters, each with its best score and rank.
		const candidates: { cluster: number; score: number; rank: number }[] = [];
		for (; from < order.length && found.a(order[from]) === index; from++) {
			const at = order[from];
			const last = candidates[candidates.length - 1];
			if (last?.cluster === found.b(at)) {
				last.score = Math.max(last.score, found.score(at));
				last.rank = Math.min(last.rank, found.rank(at));
			} else {
				candidates.push({ cluster: found.b(at), score: found.score(at), rank: found.rank(at) });
			}
		}
		const fitting = candidates.filter(({ cluster }) =>
			clusters.every(cluster, (member) => matches(index, member))
		);
		const bestRank = Math.min(...fitting.map((candidate) => candidate.rank));
		const best = fitting.filter((candidate) => candidate.rank === bestRank);
		if (best.length === 1) pairs.push(clusters.first(best[0].cluster), index, best[0].score);
		else if (best.length > 1) undecided[index] = 1;
	}
	return { pairs, undecided };
}

/**
 * Strong matches among loose mentions left alone (`a` < `b`), each with the score and rank of
 * the last lookup that found it.
 */
function loosePairs(profiles: ProfileList, rest: number[], policy: MergePolicy): ScoredPairs {
	const looseIndex = new CandidateIndex(profiles.length);
	for (const index of rest) {
		const profile = profileAt(profiles, index);
		looseIndex.add(index, storeKeys(profile, 'strong'), storeFacets(profile));
	}
	const pairs = new ScoredPairs();
	const positions = new PairTable();
	for (const index of rest) {
		for (const other of lookupLoose(looseIndex, profileAt(profiles, index))) {
			if (other === index) continue;
			const found = matchMentions(profileAt(profiles, index), profileAt(profiles, other), policy);
			if (!found?.strong) continue;
			const at = positions.get(index, other);
			if (at !== -1) pairs.rescore(at, found.score, found.rank);
			else {
				const [a, b] = [Math.min(index, other), Math.max(index, other)];
				positions.set(a, b, pairs.push(a, b, found.score, found.rank));
			}
		}
	}
	return pairs;
}

/**
 * The loose pairs where each is among the other's best partners (lowest rank) and those best
 * partners are all one event: otherwise the choice is not clear.
 */
function clearPairs(size: number, pairs: ScoredPairs, matches: Matches): ScoredPairs {
	const bestRank = new Int32Array(size).fill(0x7fffffff);
	for (let at = 0; at < pairs.length; at++) {
		const rank = pairs.rank(at);
		bestRank[pairs.a(at)] = Math.min(bestRank[pairs.a(at)], rank);
		bestRank[pairs.b(at)] = Math.min(bestRank[pairs.b(at)], rank);
	}
	// Each mention's best partners, in the order of the pairs: partners[starts[i]..starts[i + 1]).
	const starts = new Int32Array(size + 1);
	const isBest = (at: number, index: number) => pairs.rank(at) === bestRank[index];
	for (let at = 0; at < pairs.length; at++) {
		if (isBest(at, pairs.a(at))) starts[pairs.a(at) + 1]++;
		if (isBest(at, pairs.b(at))) starts[pairs.b(at) + 1]++;
	}
	for (let index = 0; index < size; index++) starts[index + 1] += starts[index];
	const partners = new Int32Array(starts[size]);
	const filled = starts.slice(0, size);
	for (let at = 0; at < pairs.length; at++) {
		const [a, b] = [pairs.a(at), pairs.b(at)];
		if (isBest(at, a)) partners[filled[a]++] = b;
		if (isBest(at, b)) partners[filled[b]++] = a;
	}
	const CLEAR = 1;
	const UNCLEAR = 2;
	const clarity = new Uint8Array(size);
	const isClear = (index: number): boolean => {
		if (clarity[index] === 0) {
			const [from, to] = [starts[index], starts[index + 1]];
			let oneEvent = to - from <= MAX_PARTNERS;
			for (let i = from; oneEvent && i < to; i++) {
				for (let j = i + 1; oneEvent && j < to; j++) oneEvent = matches(partners[i], partners[j]);
			}
			clarity[index] = oneEvent ? CLEAR : UNCLEAR;
		}
		return clarity[index] === CLEAR;
	};
	const clearPartner = (index: number, other: number) =>
		isClear(index) && partners.subarray(starts[index], starts[index + 1]).includes(other);
	const clear = new ScoredPairs();
	for (let at = 0; at < pairs.length; at++) {
		const [a, b] = [pairs.a(at), pairs.b(at)];
		if (clearPartner(a, b) && clearPartner(b, a)) clear.push(a, b, pairs.score(at));
	}
	return clear;
}

/**
 * Whether two mentions match under `policy`, each pair asked once: group checks ask about the
 * same pairs again and again. Only whether a pair matches is kept, by the answer to the order
 * first asked.
 */
export function mentionMatcher(profiles: ProfileList, policy: MergePolicy = MERGE_POLICY): Matches {
	const matchCache = new PairTable();
	return (a, b) => {
		let known = matchCache.get(a, b);
		if (known === -1)
			matchCache.set(
				a,
				b,
				(known = matchMentions(profileAt(profiles, a), profileAt(profiles, b), policy) ? 1 : 0)
			);
		return known === 1;
	};
}

/** Joins the pairs best first, as long as every member of the joined group matches every other. */
export function joinPairs(clusters: Clusters, pairs: ScoredPairs, matches: Matches): void {
	const canJoin = (a: number, b: number) => {
		const other = clusters.of(b);
		return clusters.every(clusters.of(a), (member) =>
			clusters.every(other, (x) => matches(member, x))
		);
	};
	for (const at of pairs.byScore()) {
		const [a, b] = [pairs.a(at), pairs.b(at)];
		if (clusters.of(a) !== clusters.of(b) && canJoin(a, b)) clusters.union(a, b);
	}
}

/** What the first two steps of `clusterMentions` leave: groups, and the loose mentions for step 3. */
export interface AnchoredClusters {
	clusters: Clusters;
	/** Loose mentions that fit several groups equally well (1), kept alone. */
	undecided: Uint8Array;
	/** For each loose mention that fits one group, that group's first member; else -1. */
	chosen: Int32Array;
	/** Loose mentions that fit no group (or could not join the one they fit), left for step 3. */
	rest: number[];
}

/** Steps 1 and 2 of `clusterMentions`. */
export function clusterAnchored(
	profiles: ProfileList,
	matches: Matches,
	policy: MergePolicy = MERGE_POLICY
): AnchoredClusters {
	const clusters = new Clusters(profiles.length);
	const anchors: number[] = [];
	const loose: number[] = [];
	for (let index = 0; index < profiles.length; index++)
		(profileAt(profiles, index).precise ? anchors : loose).push(index);

	// 1. Precise mentions: neighbours within the conflict gap, by actor.
	joinPairs(clusters, anchorPairs(profiles, anchors, policy), matches);

	// 2. Loose mentions join the single group they fit.
	const { pairs, undecided } = attachments(profiles, anchors, loose, clusters, matches, policy);
	const chosen = new Int32Array(profiles.length).fill(-1);
	for (let at = 0; at < pairs.length; at++) chosen[pairs.b(at)] = pairs.a(at);
	joinPairs(clusters, pairs, matches);

	// One that fits several groups stays alone; pairing it with another loose one would be a
	// guess too.
	const rest = loose.filter(
		(index) => !undecided[index] && clusters.size(clusters.of(index)) === 1
	);
	return { clusters, undecided, chosen, rest };
}

/**
 * Step 3 of `clusterMentions`: the pairs of loose mentions left alone (`rest`) whose partners
 * are all one event.
 */
export function restPairs(
	profiles: ProfileList,
	rest: number[],
	matches: Matches,
	policy: MergePolicy = MERGE_POLICY
): ScoredPairs {
	return clearPairs(profiles.length, loosePairs(profiles, rest, policy), matches);
}

/**
 * Groups mentions of the same real-world event, each pair decided by its score under `policy`
 * (see `matchMentions`), in three steps:
 * 1. precise mentions (a day or a short span) are joined pair by pair, best pairs first, as long
 *    as every member of the resulting group matches every other (complete linkage);
 * 2. each loose mention (a coarse interval, a year-less day, no date) joins the one group it
 *    matches strongly, and none when several fit: "last spring" must not guess between two
 *    meetings;
 * 3. loose mentions left over are grouped among themselves under the same uniqueness rule.
 * Profiles must be in canonical order (`index` = position) so the result does not depend on the
 * input order. Working state lives in typed arrays and each step's indexes are dropped when the
 * step ends: a corpus has hundreds of thousands of mentions.
 */
export function clusterMentions(
	profiles: ProfileList,
	policy: MergePolicy = MERGE_POLICY
): number[][] {
	return clusterWithRest(profiles, policy).clusters;
}

/**
 * `clusterMentions`, with which loose mentions steps 1 and 2 left alone for step 3 (1) and which
 * group each chose in step 2 (a member, or -1): what an incremental merge needs to know of the
 * mentions it does not cluster again.
 */
export function clusterWithRest(
	profiles: ProfileList,
	policy: MergePolicy = MERGE_POLICY
): { clusters: number[][]; leftAlone: Uint8Array; chosen: Int32Array } {
	const matches = mentionMatcher(profiles, policy);
	const { clusters, rest, chosen } = clusterAnchored(profiles, matches, policy);
	// 3. Loose mentions that fit no group: pair those whose partners are all one event.
	joinPairs(clusters, restPairs(profiles, rest, matches, policy), matches);
	const leftAlone = new Uint8Array(profiles.length);
	for (const index of rest) leftAlone[index] = 1;
	return { clusters: clusters.all(), leftAlone, chosen };
}
