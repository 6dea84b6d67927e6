import { existsSync, mkdirSync, realpathSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { stringify } from 'yaml';
import { composeArticle, type SynthArticle } from './composeArticle';
import { createWorld } from './world';

export interface WriteCorpusOptions {
	articles: number;
	seed: string;
	outDir: string;
	/** The repository root: its `corpus/` folder holds real articles and is never written to. */
	repoRoot: string;
	/** Also write YAML front matter (title, outlet, url, published, timezone). */
	frontMatter?: boolean;
	/** Called after each file, e.g. for progress output. */
	onWritten?: (index: number, file: string) => void;
}

/** Several articles report each world event: about one event per 2.5 articles. */
const ARTICLES_PER_EVENT = 2.5;

function eventsOf(articles: number): number {
	return Math.max(1, Math.round(articles / ARTICLES_PER_EVENT));
}

/**
 * Article `index` of the corpus of `articles` articles for `seed`, as `writeCorpus` writes it; an
 * index past the end is one more article reporting the same world's events.
 */
export function corpusArticle(seed: string, articles: number, index: number): SynthArticle {
	return composeArticle(createWorld(seed), seed, index, eventsOf(articles));
}

/** The real path of `path`, following symlinks as far as the path exists. */
function realPath(path: string): string {
	const absolute = resolve(path);
	if (existsSync(absolute)) return realpathSync(absolute);
	const parent = dirname(absolute);
	return parent === absolute ? absolute : join(realPath(parent), relative(parent, absolute));
}

/** Throws when `outDir` is the repository's `corpus/` folder or inside it (symlinks resolved). */
export function assertOutsideCorpus(outDir: string, repoRoot: string): void {
	const corpus = realPath(join(repoRoot, 'corpus'));
	const target = realPath(outDir);
	if (target === corpus || target.startsWith(corpus + sep)) {
		throw new Error(
			`refusing to write synthetic articles into ${corpus}: that folder holds the real corpus. ` +
				'Choose another --out directory.'
		);
	}
}

function withFrontMatter(article: SynthArticle): string {
	const meta = stringify({
		title: article.title,
		outlet: article.outlet.name,
		url: article.url,
		...(article.dated ? { published: article.published, timezone: article.timeZone } : {}),
		language: 'en'
	});
	return `---\n${meta}---\n${article.text}`;
}

/**
 * Writes `articles` synthetic articles into `outDir`, one file at a time (memory stays flat at
 * any size), the same bytes for the same seed. Returns the number of files written.
 */
export function writeCorpus(options: WriteCorpusOptions): number {
	if (!Number.isInteger(options.articles) || options.articles < 0) {
		throw new Error(`--articles must be a whole number, got ${options.articles}`);
	}
	assertOutsideCorpus(options.outDir, options.repoRoot);
	mkdirSync(options.outDir, { recursive: true });
	const world = createWorld(options.seed);
	for (let index = 0; index < options.articles; index++) {
		const article = composeArticle(world, options.seed, index, eventsOf(options.articles));
		const file = join(options.outDir, article.fileName);
		writeFileSync(file, options.frontMatter ? withFrontMatter(article) : article.text);
		options.onWritten?.(index, file);
	}
	return options.articles;
}
