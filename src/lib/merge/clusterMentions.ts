import { ALL_FACET, CandidateIndex, dayFacets, monthFacets } from './candidateIndex';
import { matchMentions } from './matchMentions';
import type { MatchProfile } from './mentionProfile';
import { MAX_CONFLICT_GAP_DAYS } from './relateDates';

/** Coarser dates than this ("in the past decade") are not attached to anything. */
const MAX_LOOSE_MONTHS = 24;
/**
 * Mentions without a year skip keys this frequent (an actor pair that met hundreds of times):
 * with so many candidates no choice would be unique anyway.
 */
const MAX_YEARLESS_BUCKET = 2000;
/** A loose mention with more equally good partners than this cannot be placed unambiguously. */
const MAX_PARTNERS = 20;

interface ScoredPair {
	a: number;
	b: number;
	score: number;
}

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

/** Mentions grouped into events; a cluster is a list of profile indexes. */
class Clusters {
	private readonly clusterOf: Int32Array;
	private readonly members: number[][];

	constructor(size: number) {
		this.clusterOf = Int32Array.from({ length: size }, (_, i) => i);
		this.members = Array.from({ length: size }, (_, i) => [i]);
	}

	of(index: number): number {
		return this.clusterOf[index];
	}

	membersOf(cluster: number): readonly number[] {
		return this.members[cluster];
	}

	union(a: number, b: number): void {
		let keep = this.of(a);
		let drop = this.of(b);
		if (keep === drop) return;
		if (this.members[keep].length < this.members[drop].length) [keep, drop] = [drop, keep];
		for (const index of this.members[drop]) {
			this.clusterOf[index] = keep;
			this.members[keep].push(index);
		}
		this.members[drop] = [];
	}

	all(): number[][] {
		return this.members
			.filter((list) => list.length > 0)
			.map((list) => [...list].sort((x, y) => x - y));
	}
}

function byScore(x: ScoredPair, y: ScoredPair): number {
	return y.score - x.score || x.a - y.a || x.b - y.b;
}

/**
 * Groups mentions of the same real-world event, in three steps:
 * 1. precise mentions (a day or a short span) are joined pair by pair, best pairs first, as long
 *    as every member of the resulting group matches every other (complete linkage);
 * 2. each loose mention (a coarse interval, a year-less day, no date) joins the one group it
 *    matches strongly, and none when several fit: "last spring" must not guess between two
 *    meetings;
 * 3. loose mentions left over are grouped among themselves under the same uniqueness rule.
 * Profiles must be in canonical order (`index` = position) so the result does not depend on the
 * input order.
 */
export function clusterMentions(profiles: MatchProfile[]): number[][] {
	const clusters = new Clusters(profiles.length);
	// Group checks ask about the same pairs again and again; candidate scans do not need the cache.
	// Only whether a pair matches is kept: a corpus asks about hundreds of thousands of pairs.
	const matchCache = new Map<number, boolean>();
	const match = (a: number, b: number) => matchMentions(profiles[a], profiles[b]);
	const matches = (a: number, b: number): boolean => {
		const key = Math.min(a, b) * profiles.length + Math.max(a, b);
		let known = matchCache.get(key);
		if (known === undefined) matchCache.set(key, (known = match(a, b) !== null));
		return known;
	};
	const fitsAll = (index: number, members: readonly number[]) =>
		members.every((member) => matches(index, member));
	const canJoin = (a: number, b: number) => {
		const other = clusters.membersOf(clusters.of(b));
		return clusters.membersOf(clusters.of(a)).every((member) => fitsAll(member, other));
	};
	const joinPairs = (pairs: ScoredPair[]) => {
		for (const { a, b } of pairs.sort(byScore)) {
			if (clusters.of(a) !== clusters.of(b) && canJoin(a, b)) clusters.union(a, b);
		}
	};

	const anchors = profiles.filter((profile) => profile.precise);
	const loose = profiles.filter((profile) => !profile.precise);

	// 1. Precise mentions: neighbours within the conflict gap, by actor.
	const byDay = new CandidateIndex(profiles.length);
	const anchorPairs: ScoredPair[] = [];
	for (const profile of anchors) {
		const { start, end } = profile.date as { start: number; end: number };
		const near = byDay.lookup(
			lookupKeys(profile, 'actors'),
			dayFacets(start - MAX_CONFLICT_GAP_DAYS, end + MAX_CONFLICT_GAP_DAYS)
		);
		for (const other of near) {
			const found = match(profile.index, other);
			if (found) anchorPairs.push({ a: other, b: profile.index, score: found.score });
		}
		byDay.add(profile.index, storeKeys(profile, 'actors'), dayFacets(start, end));
	}
	joinPairs(anchorPairs);

	// 2. Loose mentions join the single group they fit. The loose ones are indexed (fewer) and
	// each anchor looks up the loose mentions that could fit it.
	const looseByLookup = new CandidateIndex(profiles.length);
	for (const profile of loose) {
		looseByLookup.add(profile.index, lookupKeys(profile, 'strong'), lookupFacets(profile));
	}
	const candidates = new Map<number, Map<number, { score: number; rank: number }>>();
	for (const anchor of anchors) {
		for (const other of looseByLookup.lookup(storeKeys(anchor, 'strong'), storeFacets(anchor))) {
			const found = match(other, anchor.index);
			if (!found?.strong) continue;
			const cluster = clusters.of(anchor.index);
			let byCluster = candidates.get(other);
			if (!byCluster) candidates.set(other, (byCluster = new Map()));
			const known = byCluster.get(cluster);
			byCluster.set(cluster, {
				score: Math.max(known?.score ?? -Infinity, found.score),
				rank: Math.min(known?.rank ?? Infinity, found.rank)
			});
		}
	}
	const attachments: ScoredPair[] = [];
	const undecided = new Set<number>();
	for (const [index, byCluster] of candidates) {
		const fitting = [...byCluster].filter(([cluster]) =>
			fitsAll(index, clusters.membersOf(cluster))
		);
		const bestRank = Math.min(...fitting.map(([, candidate]) => candidate.rank));
		const best = fitting.filter(([, candidate]) => candidate.rank === bestRank);
		if (best.length === 1) {
			const [cluster, { score }] = best[0];
			attachments.push({ a: clusters.membersOf(cluster)[0], b: index, score });
		} else if (best.length > 1) {
			undecided.add(index);
		}
	}
	joinPairs(attachments);

	// 3. Loose mentions that fit no group: pair those whose partners are all one event. One that
	// fits several groups stays alone; pairing it with another loose one would be a guess too.
	const rest = loose.filter(
		(profile) =>
			!undecided.has(profile.index) && clusters.membersOf(clusters.of(profile.index)).length === 1
	);
	const looseIndex = new CandidateIndex(profiles.length);
	for (const profile of rest) {
		looseIndex.add(profile.index, storeKeys(profile, 'strong'), storeFacets(profile));
	}
	const loosePairs = new Map<number, ScoredPair & { rank: number }>();
	for (const profile of rest) {
		for (const other of lookupLoose(looseIndex, profile)) {
			if (other === profile.index) continue;
			const found = match(profile.index, other);
			if (!found?.strong) continue;
			const [a, b] = [Math.min(profile.index, other), Math.max(profile.index, other)];
			loosePairs.set(a * profiles.length + b, { a, b, score: found.score, rank: found.rank });
		}
	}
	// Each mention's best partners (lowest rank); they must all be one event for the choice to be clear.
	const partners = new Map<number, { rank: number; others: number[] }>();
	const addPartner = (index: number, other: number, rank: number) => {
		const known = partners.get(index);
		if (!known || rank < known.rank) partners.set(index, { rank, others: [other] });
		else if (rank === known.rank) known.others.push(other);
	};
	for (const { a, b, rank } of loosePairs.values()) {
		addPartner(a, b, rank);
		addPartner(b, a, rank);
	}
	const clearPartners = (index: number): number[] => {
		const others = partners.get(index)?.others ?? [];
		const oneEvent =
			others.length <= MAX_PARTNERS &&
			others.every((x, i) => others.slice(i + 1).every((y) => matches(x, y)));
		return oneEvent ? others : [];
	};
	joinPairs(
		[...loosePairs.values()].filter(
			({ a, b }) => clearPartners(a).includes(b) && clearPartners(b).includes(a)
		)
	);

	return clusters.all();
}
