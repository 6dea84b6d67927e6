/**
 * Merge precision and recall across thresholds on gold corpora (default: the three dev sets):
 *
 *   node --import tsx scripts/merge-sweep.ts [--set DIR]... [--from 0.5] [--to 4] [--step 0.25]
 *        [--strong S] [--explain]
 *
 * `--strong S` sweeps with another strong threshold (the score without the date's part that
 * dates which do not overlap need). Each DIR holds `gold.json`, `cross_source.json` and `corpus/`. For each threshold it prints
 * pair precision and recall (mentions of different sources put together) and the eval's merge
 * checks, per set and summed; the policy's own threshold is marked. `--explain` lists, at the
 * policy's threshold, the failed checks and the evidence of every cross-source pair that was
 * decided wrongly.
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { labelCorpus, measureMerge, type LabelledCorpus } from '../src/lib/eval/mergeSweep';
import { ratio, type Ratio } from '../src/lib/eval/scoreExport';
import { clusterMentions } from '../src/lib/merge/clusterMentions';
import { pairEvidence } from '../src/lib/merge/matchMentions';
import { MERGE_POLICY, type MergeWeights } from '../src/lib/merge/mergePolicy';

const { values } = parseArgs({
	options: {
		set: { type: 'string', multiple: true },
		from: { type: 'string', default: '0.5' },
		to: { type: 'string', default: '4' },
		step: { type: 'string', default: '0.25' },
		strong: { type: 'string' },
		explain: { type: 'boolean', default: false }
	}
});
const strongThreshold = Number(values.strong ?? MERGE_POLICY.strongThreshold);
const sets = values.set ?? [
	'tests/fixtures/devset',
	'tests/fixtures/devset-theatres',
	'tests/fixtures/devset-styles'
];
const corpora = sets.map((dir) => ({
	dir,
	corpus: labelCorpus({
		goldPath: join(dir, 'gold.json'),
		corpusDir: join(dir, 'corpus'),
		fallbackGazetteer: 'corpus/actors.yaml'
	})
}));

const percent = (r: Ratio) => `${(100 * ratio(r)).toFixed(1).padStart(5)}% (${r.hit}/${r.total})`;
const add = (a: Ratio, b: Ratio): Ratio => ({ hit: a.hit + b.hit, total: a.total + b.total });

console.log('threshold | set | pair precision | pair recall | merge checks');
for (let t = Number(values.from); t <= Number(values.to) + 1e-9; t += Number(values.step)) {
	const policy = { ...MERGE_POLICY, threshold: t, strongThreshold: strongThreshold };
	const mark = Math.abs(t - MERGE_POLICY.threshold) < 1e-9 ? ' ←' : '';
	let sum = {
		precision: { hit: 0, total: 0 },
		recall: { hit: 0, total: 0 },
		checks: { hit: 0, total: 0 }
	};
	for (const { dir, corpus } of corpora) {
		const figures = measureMerge(corpus, policy);
		sum = {
			precision: add(sum.precision, figures.pairPrecision),
			recall: add(sum.recall, figures.pairRecall),
			checks: add(sum.checks, figures.checks)
		};
		const name = dir.split('/').pop();
		console.log(
			`${t.toFixed(2)} | ${name} | ${percent(figures.pairPrecision)} | ${percent(figures.pairRecall)} | ${percent(figures.checks)}`
		);
	}
	console.log(
		`${t.toFixed(2)} | all | ${percent(sum.precision)} | ${percent(sum.recall)} | ${percent(sum.checks)}${mark}`
	);
}

function explain(corpus: LabelledCorpus): void {
	const { profiles, labels, names } = corpus;
	const clusterOf = new Int32Array(profiles.length);
	clusterMentions(profiles).forEach((members, cluster) =>
		members.forEach((index) => (clusterOf[index] = cluster))
	);
	for (const check of measureMerge(corpus, MERGE_POLICY).failed) {
		console.log(`  failed ${check.kind} ${check.id}: ${check.detail}`);
	}
	for (let a = 0; a < profiles.length; a++) {
		for (let b = a + 1; b < profiles.length; b++) {
			if (labels[a] === null || labels[b] === null) continue;
			if (profiles[a].sourceId === profiles[b].sourceId) continue;
			const same = labels[a] === labels[b];
			const together = clusterOf[a] === clusterOf[b];
			if (same === together) continue;
			const found = pairEvidence(profiles[a], profiles[b]);
			const parts = found
				? Object.entries(found.evidence)
						.map(([kind, value]) => `${kind} ${value.toFixed(2)}`)
						.join(', ')
				: 'excluded';
			const score = found
				? Object.entries(found.evidence).reduce(
						(sum, [kind, value]) => sum + MERGE_POLICY.weights[kind as keyof MergeWeights] * value,
						0
					)
				: NaN;
			console.log(
				`  ${same ? 'missed' : 'wrongly merged'} ${labels[a]}${same ? '' : ` / ${labels[b]}`}: ${names[a]} + ${names[b]}: score ${score.toFixed(2)} (${parts})`
			);
		}
	}
}

if (values.explain) {
	for (const { dir, corpus } of corpora) {
		console.log(`\n${dir} at threshold ${MERGE_POLICY.threshold}:`);
		explain(corpus);
	}
}
