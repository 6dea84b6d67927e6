/**
 * Scores the pipeline against a gold file: ingests the corpus folder into a temporary database,
 * exports it and compares the export with the gold (seeds or dev-set format, detected).
 *
 *   node --import tsx scripts/eval.ts --gold FILE --corpus DIR [--cross FILE]
 *        [--gazetteer FILE|none] [--min-recall R] [--min-precision P] [--min-date D] [--brief]
 *        [--per-article]
 *
 * Without --gazetteer, the folder's own actors.yaml is used, else the project's corpus/actors.yaml;
 * `--gazetteer none` scores with no gazetteer at all, to see what generalises. `--per-article`
 * scores extraction alone (every article's events as it reports them, nothing merged).
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { evaluateCorpus } from '../src/lib/eval/evaluateCorpus';
import { formatReport } from '../src/lib/eval/formatReport';
import { ratio } from '../src/lib/eval/scoreExport';
import { GAZETTEER_FILE } from '../src/lib/server/ingest';

const { values } = parseArgs({
	options: {
		gold: { type: 'string' },
		corpus: { type: 'string' },
		cross: { type: 'string' },
		gazetteer: { type: 'string' },
		'min-recall': { type: 'string' },
		'min-precision': { type: 'string' },
		'min-date': { type: 'string' },
		brief: { type: 'boolean', default: false },
		'per-article': { type: 'boolean', default: false }
	}
});

if (!values.gold || !values.corpus) {
	console.error('usage: eval --gold FILE --corpus DIR [--cross FILE] [--gazetteer FILE|none]');
	process.exit(2);
}

const { score, summary } = evaluateCorpus({
	goldPath: values.gold,
	corpusDir: values.corpus,
	crossPath: values.cross,
	gazetteer: values.gazetteer,
	fallbackGazetteer: join('corpus', GAZETTEER_FILE),
	perArticle: values['per-article']
});
console.log(summary);
console.log(formatReport(score, !values.brief));

const failures: string[] = [];
const check = (name: string, limit: string | undefined, value: number) => {
	if (limit !== undefined && value < Number(limit)) {
		failures.push(`${name} ${value.toFixed(3)} < ${limit}`);
	}
};
check('recall', values['min-recall'], ratio(score.recall));
check('precision', values['min-precision'], ratio(score.precision));
check('date accuracy', values['min-date'], ratio(score.date));
if (failures.length) {
	console.error(`\nBelow threshold: ${failures.join('; ')}`);
	process.exitCode = 1;
}
