/**
 * Writes a synthetic corpus of invented diplomatic news articles, for load tests and timeline
 * density: `node --import tsx scripts/corpus-synth.ts --articles N --seed S --out DIR
 * [--front-matter]`. The same arguments always give byte-identical files. Refuses to write into
 * the repository's corpus/ folder.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { writeCorpus } from '../src/lib/synth/writeCorpus';

const usage =
	'usage: node --import tsx scripts/corpus-synth.ts --articles N --seed S --out DIR [--front-matter]';

function main(): void {
	const { values } = parseArgs({
		options: {
			articles: { type: 'string' },
			seed: { type: 'string', default: '1' },
			out: { type: 'string' },
			'front-matter': { type: 'boolean', default: false },
			help: { type: 'boolean', default: false }
		}
	});
	if (values.help || values.articles === undefined || values.out === undefined) {
		console.log(usage);
		process.exitCode = values.help ? 0 : 2;
		return;
	}
	const articles = Number(values.articles);
	const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
	const started = Date.now();
	const written = writeCorpus({
		articles,
		seed: values.seed,
		outDir: values.out,
		repoRoot,
		frontMatter: values['front-matter'],
		onWritten: (index) => {
			if ((index + 1) % 10_000 === 0) console.log(`${index + 1} articles written`);
		}
	});
	console.log(
		`${written} articles written to ${resolve(values.out)} in ${Date.now() - started} ms`
	);
}

try {
	main();
} catch (error) {
	console.error(error instanceof Error ? error.message : error);
	process.exitCode = 1;
}
