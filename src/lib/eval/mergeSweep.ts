import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { EMPTY_GAZETTEER, parseGazetteer } from '../actors/gazetteer';
import { clusterMentions } from '../merge/clusterMentions';
import { compareSourced, profileMention, type MentionProfile } from '../merge/mentionProfile';
import type { MergePolicy } from '../merge/mergePolicy';
import type { SourcedMention } from '../merge/types';
import { GAZETTEER_FILE } from '../server/ingest';
import { listCorpusFiles } from '../server/listCorpusFiles';
import { spellings } from './evaluateCorpus';
import { extractionExport, extractSources } from './extractionExport';
import { readGold, type GoldSet } from './goldFormats';
import { matchGold } from './matchGold';
import { mergeChecks, type MergeCheck, type Ratio } from './scoreExport';

/**
 * Merging alone, measured on a gold corpus: every article is extracted once, each mention is
 * labelled with the real-world event it reports (its gold event, or the cross-source group that
 * event belongs to), and clustering is then run under any policy and scored as pairs (mentions of
 * different sources put together rightly or wrongly) and as the eval's merge checks. The merge is
 * `clusterMentions`, the one ingest runs.
 */

export interface LabelledCorpus {
	gold: GoldSet;
	/** In canonical order, as merging takes them. */
	profiles: MentionProfile[];
	/** Each profile's gold event id, or null when it matched none (left out of the figures). */
	goldIds: (string | null)[];
	/** Each profile's real-world event: its cross-source group, else its gold event. */
	labels: (string | null)[];
	/** A readable name of each profile: file and excerpt start. */
	names: string[];
}

export function labelCorpus(options: {
	goldPath: string;
	corpusDir: string;
	fallbackGazetteer?: string;
}): LabelledCorpus {
	const crossPath = join(dirname(options.goldPath), 'cross_source.json');
	const gold = readGold(
		JSON.parse(readFileSync(options.goldPath, 'utf8')),
		existsSync(crossPath) ? JSON.parse(readFileSync(crossPath, 'utf8')) : null
	);
	const own = join(options.corpusDir, GAZETTEER_FILE);
	const gazetteerPath = existsSync(own) ? own : options.fallbackGazetteer;
	const gazetteer =
		gazetteerPath && existsSync(gazetteerPath)
			? parseGazetteer(readFileSync(gazetteerPath, 'utf8'), GAZETTEER_FILE)
			: EMPTY_GAZETTEER;
	const articles = listCorpusFiles(options.corpusDir).map((file) => ({
		file,
		bytes: readFileSync(join(options.corpusDir, file))
	}));

	// Gold events by the per-article export's event ids (`${sourceId}#${index}`).
	const exported = extractionExport(articles, gazetteer);
	const texts = new Map(articles.map(({ file, bytes }) => [file, Buffer.from(bytes).toString()]));
	const { matches } = matchGold(gold, exported, texts, { aliases: spellings(gazetteer) });
	const goldOfEvent = new Map(matches.map((m) => [m.unit.event.id, m.gold.id]));
	const groupOf = new Map(gold.groups.flatMap((g) => g.members.map((id) => [id, g.id])));

	const sourced: { mention: SourcedMention; goldId: string | null; name: string }[] = [];
	for (const { source, mentions } of extractSources(articles, gazetteer)) {
		mentions.forEach((mention, index) => {
			sourced.push({
				mention: { sourceId: source.id, published: source.published, mention },
				goldId: goldOfEvent.get(`${source.id}#${index}`) ?? null,
				name: `${source.file}@${mention.excerpts[0]?.start ?? -1}`
			});
		});
	}
	sourced.sort((a, b) => compareSourced(a.mention, b.mention));
	const goldIds = sourced.map((s) => s.goldId);
	return {
		gold,
		profiles: sourced.map((s, index) => profileMention(s.mention, index)),
		goldIds,
		labels: goldIds.map((id) => (id === null ? null : (groupOf.get(id) ?? id))),
		names: sourced.map((s) => s.name)
	};
}

export interface MergeFigures {
	/** Pairs of labelled mentions of different sources put in one event that report one event. */
	pairPrecision: Ratio;
	/** Pairs of labelled mentions of different sources reporting one event that were put together. */
	pairRecall: Ratio;
	/** The eval's merge accuracy: groups made one event, look-alikes kept apart. */
	checks: Ratio;
	failed: MergeCheck[];
}

export function scoreClusters(corpus: LabelledCorpus, clusters: number[][]): MergeFigures {
	const { profiles, labels, goldIds } = corpus;
	const clusterOf = new Int32Array(profiles.length);
	clusters.forEach((members, cluster) => members.forEach((index) => (clusterOf[index] = cluster)));
	const precision = { hit: 0, total: 0 };
	const recall = { hit: 0, total: 0 };
	for (let a = 0; a < profiles.length; a++) {
		if (labels[a] === null) continue;
		for (let b = a + 1; b < profiles.length; b++) {
			if (labels[b] === null || profiles[a].sourceId === profiles[b].sourceId) continue;
			const same = labels[a] === labels[b];
			const together = clusterOf[a] === clusterOf[b];
			if (together) precision.total++;
			if (same) recall.total++;
			if (same && together) {
				precision.hit++;
				recall.hit++;
			}
		}
	}
	const eventOf = new Map<string, string[]>();
	goldIds.forEach((id, index) => {
		if (id !== null) eventOf.set(id, [...(eventOf.get(id) ?? []), String(clusterOf[index])]);
	});
	const checks = mergeChecks(corpus.gold, eventOf).filter((check) => check.checkable);
	return {
		pairPrecision: precision,
		pairRecall: recall,
		checks: { hit: checks.filter((c) => c.ok).length, total: checks.length },
		failed: checks.filter((c) => !c.ok)
	};
}

/** The corpus merged under `policy` and scored. */
export function measureMerge(corpus: LabelledCorpus, policy: MergePolicy): MergeFigures {
	return scoreClusters(corpus, clusterMentions(corpus.profiles, policy));
}
