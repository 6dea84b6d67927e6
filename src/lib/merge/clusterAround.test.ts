import { describe, expect, it } from 'vitest';
import { createPrng, type Prng } from '../synth/prng';
import { clusterAround, type StoredClustering } from './clusterAround';
import { clusterWithRest } from './clusterMentions';
import { matchMentions } from './matchMentions';
import { mayPairStrongly, mentionBlocking } from './mentionBlocking';
import { profileMention, type MentionProfile } from './mentionProfile';
import { testMention, type MentionSpec } from './testMention';

/**
 * A crowded invented world: few people (one pair meets most), few places, a few weeks, and many
 * loose dates (months, weeks, year-less days, weekdays, none): the mentions that link far.
 */
function randomSpec(random: Prng, source: string, loose: boolean): MentionSpec {
	const people = ['Ana Varo', 'Bram Tell', 'Cleo Marn', 'Dov Ash', 'Eli Voss', 'Fen Oru'];
	const pair = random.chance(loose ? 0.2 : 0.6)
		? ['Ana Varo', 'Bram Tell']
		: random.shuffle(people.slice(0, loose ? 6 : 4)).slice(0, random.int(1, 3));
	const day = random.int(1, 28);
	const iso = (d: number) => `2020-03-${String(d).padStart(2, '0')}`;
	const dates: Omit<MentionSpec, 'source'>[] = [
		{ on: iso(day) },
		{ on: `${iso(day)}..${iso(Math.min(28, day + 1))}` },
		{ on: '2020-03-01..2020-03-31' },
		{ on: `${iso(day)}..${iso(Math.min(28, day + 6))}`, approximate: true },
		{ partial: { month: 3, day } },
		{ partial: { weekday: random.int(1, 7) } },
		{}
	];
	return {
		type: random.weighted(['meeting', 'visit', 'phone_call'] as const, [6, 2, 1]),
		people: pair,
		place: random.pick(['Norvik, Esland', 'Kell', null]),
		excerpt: random.pick(['talks on fisheries', 'border talks', 'a trade deal', '']),
		...random.weighted(dates, loose ? [1, 0, 3, 2, 3, 1, 1] : [4, 1, 2, 1, 2, 1, 1]),
		source
	};
}

/** Clusters as sorted lists of mention numbers, in sorted order. */
const normal = (clusters: number[][]) =>
	clusters.map((members) => [...members].sort((a, b) => a - b)).sort((a, b) => a[0] - b[0]);

/** `clusterMentions` over the mentions numbered `present`, in number order. */
function fullClustering(all: MentionProfile[], present: number[]) {
	const profiles = present.map((mention, index) => ({ ...all[mention], index }));
	const { clusters, leftAlone, chosen } = clusterWithRest(profiles);
	const choosers = new Map<number, number[]>();
	chosen.forEach((anchor, i) => {
		if (anchor !== -1)
			choosers.set(present[anchor], [...(choosers.get(present[anchor]) ?? []), present[i]]);
	});
	return {
		clusters: normal(clusters.map((members) => members.map((i) => present[i]))),
		leftAlone: new Set(present.filter((_, i) => leftAlone[i] === 1)),
		choosers
	};
}

/**
 * One history step: `before` clustered fully and stored, then some mentions added and some lost.
 * The stored clusters outside what `clusterAround` merged again, with what it gives, must be the
 * full clustering of `after`.
 */
function checkStep(all: MentionProfile[], before: number[], after: number[]) {
	const { clusters: stored, leftAlone, choosers } = fullClustering(all, before);
	const present = new Set(after);
	const eventOf = new Map<number, string>();
	stored.forEach((members, at) => members.forEach((mention) => eventOf.set(mention, `e${at}`)));
	const lost = before.filter((mention) => !present.has(mention));
	const fresh = after.filter((mention) => !eventOf.has(mention));
	const strongly = (a: MentionProfile, b: MentionProfile) =>
		matchMentions(a, b)?.strong === true || matchMentions(b, a)?.strong === true;
	const seeds = new Set(fresh);
	const partnersLost = new Set<number>();
	for (const gone of lost) {
		for (const mention of after) {
			const [a, b] = [all[gone], all[mention]];
			if (a.precise && b.precise) {
				if (matchMentions(a, b) !== null || matchMentions(b, a) !== null) seeds.add(mention);
			} else if (strongly(a, b)) {
				// As the incremental merge finds them: a lost loose mention seeds no precise one.
				if (a.precise) seeds.add(mention);
				else if (!b.precise) partnersLost.add(mention);
			}
		}
	}
	const view: StoredClustering = {
		profile: (mention) => all[mention],
		precise: (mention) => all[mention].precise,
		leftAlone: (mention) => leftAlone.has(mention),
		// What was stored: a lost mention's row is gone.
		choosersOf: (anchor) => (choosers.get(anchor) ?? []).filter((mention) => present.has(mention)),
		compare: (a, b) => a - b,
		candidates: (mention) => after.filter((other) => other !== mention),
		mayPairStrongly: (a, b) => mayPairStrongly(mentionBlocking(all[a]), mentionBlocking(all[b])),
		eventsOf: (mention) => (eventOf.has(mention) ? [eventOf.get(mention) as string] : []),
		membersOf: (event) => stored[+event.slice(1)].filter((mention) => present.has(mention))
	};
	const eventsLosing = (precise: boolean) =>
		new Set(lost.filter((m) => all[m].precise === precise).map((m) => eventOf.get(m) as string));
	const lostPrecise = eventsLosing(true);
	const around = clusterAround(
		seeds,
		lostPrecise,
		view,
		Infinity,
		partnersLost,
		[...eventsLosing(false)].filter((event) => !lostPrecise.has(event))
	);
	if (!around) throw new Error('no limit was set');
	const kept = stored
		.filter((_, at) => !around.events.has(`e${at}`))
		.map((members) => members.filter((mention) => present.has(mention)));
	expect(kept.flat().filter((mention) => around.mentions.has(mention))).toEqual([]);
	const full = fullClustering(all, after);
	expect(normal([...kept, ...around.clusters])).toEqual(full.clusters);
	// What it says of the mentions left alone, over what was stored, is the full run's too.
	const alone = (mention: number) => around.leftAlone.get(mention) ?? leftAlone.has(mention);
	expect(after.filter(alone)).toEqual([...full.leftAlone]);
	// And the group each chose (named by any of its members).
	const choiceOf = (lists: Map<number, number[]>) =>
		new Map([...lists].flatMap(([anchor, mentions]) => mentions.map((m) => [m, anchor])));
	const [storedChoice, fullChoice] = [choiceOf(choosers), choiceOf(full.choosers)];
	const groupOf = new Map(full.clusters.flatMap((members, at) => members.map((m) => [m, at])));
	const group = (anchor: number | null | undefined) => (anchor == null ? -1 : groupOf.get(anchor));
	for (const mention of after) {
		const chosen = around.chosen.has(mention)
			? around.chosen.get(mention)
			: storedChoice.get(mention);
		expect(group(chosen)).toBe(group(fullChoice.get(mention)));
	}
	return around;
}

describe('clusterAround', () => {
	it.each(Array.from({ length: 24 }, (_, i) => ({ seed: `around-${i + 1}`, loose: i % 2 === 1 })))(
		'gives a full clustering’s groups when mentions come and go ($seed, mostly loose: $loose)',
		({ seed, loose }) => {
			const random = createPrng(seed);
			const all = Array.from({ length: 140 }, (_, i) =>
				profileMention(testMention(randomSpec(random, `s${String(i).padStart(3, '0')}`, loose)), i)
			);
			let present = random.shuffle(all.map((_, i) => i)).slice(0, 110);
			let merged = 0;
			for (let step = 0; step < 12; step++) {
				const gone = new Set(random.shuffle(present).slice(0, random.int(0, 2)));
				const absent = all.map((_, i) => i).filter((i) => !present.includes(i));
				const added = random.shuffle(absent).slice(0, random.int(1, 2));
				const next = [...present.filter((i) => !gone.has(i)), ...added].sort((a, b) => a - b);
				merged += checkStep(
					all,
					[...present].sort((a, b) => a - b),
					next
				).mentions.size;
				present = next;
			}
			// Not everything each time: the point of it.
			expect(merged).toBeLessThan(12 * 110);
		}
	);

	it.each(Array.from({ length: 8 }, (_, i) => `lose-${i + 1}`))(
		'merges again only the precise mentions of their own events when loose ones that joined them go (%s)',
		(seed) => {
			const random = createPrng(seed);
			const all = Array.from({ length: 140 }, (_, i) =>
				profileMention(testMention(randomSpec(random, `s${String(i).padStart(3, '0')}`, false)), i)
			);
			const before = all.map((_, i) => i);
			const stored = fullClustering(all, before).clusters;
			const joined = stored
				.filter((members) => members.some((mention) => all[mention].precise))
				.flatMap((members) => members.filter((mention) => !all[mention].precise));
			const lost = new Set(random.shuffle(joined).slice(0, 2));
			expect(lost.size).toBeGreaterThan(0);
			const around = checkStep(
				all,
				before,
				before.filter((mention) => !lost.has(mention))
			);
			// Their groups of precise mentions stand: what those are linked to is not merged again.
			const preciseOf = (mentions: Iterable<number>) =>
				[...mentions].filter((mention) => all[mention].precise).sort((a, b) => a - b);
			const own = stored.filter((members) => members.some((mention) => lost.has(mention)));
			expect(preciseOf(around.mentions)).toEqual(preciseOf(own.flat()));
		}
	);
});
