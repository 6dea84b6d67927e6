/**
 * Extraction throughput on one core: synthetic ~300-word news articles, read and decoded up
 * front, then extracted in repeated passes (reading is timed apart, since ingest does both).
 */
import { EMPTY_GAZETTEER } from '../src/lib/actors/gazetteer';
import { readArticle, type Article } from '../src/lib/corpus/readArticle';
import { extractArticle } from '../src/lib/extract/extractArticle';
import { composeArticle } from '../src/lib/synth/composeArticle';
import { createWorld } from '../src/lib/synth/world';
import { profileCpu, summariseProfile, type ProfileSummary } from './cpuProfile';
import { medianOf } from './stats';

export interface ExtractionOptions {
	articles: number;
	repeats: number;
	seed?: string;
	/** Also profile one more pass and summarise where its time goes. */
	profileRoot?: string;
}

export interface ExtractionResult {
	articles: number;
	meanWords: number;
	/** Articles per second of each timed pass, and their median. */
	passes: number[];
	articlesPerSecond: number;
	/**
	 * Articles per CPU-second of this process (user + system) over the same passes, median:
	 * on a shared machine wall time also counts the time other jobs held the core.
	 */
	articlesPerCpuSecond?: number;
	/** Reading (decode, front matter, header dates, title) per second, one pass. */
	readsPerSecond: number;
	mentionsPerArticle: number;
	profile: ProfileSummary | null;
}

/** Synthetic articles as ingest reads them. */
export function syntheticArticles(count: number, seed = 'bench'): Article[] {
	const world = createWorld(seed);
	const eventCount = Math.max(1, Math.round(count / 2.5));
	const encoder = new TextEncoder();
	return Array.from({ length: count }, (_, index) => {
		const article = composeArticle(world, seed, index, eventCount);
		const read = readArticle(article.fileName, encoder.encode(article.text));
		if (!read.ok) throw new Error(`${article.fileName}: ${read.reason}`);
		return read.article;
	});
}

const extractAll = (articles: readonly Article[]) => {
	let mentions = 0;
	for (const { body, meta } of articles) {
		mentions += extractArticle(body, meta, EMPTY_GAZETTEER).length;
	}
	return mentions;
};

export async function measureExtraction(options: ExtractionOptions): Promise<ExtractionResult> {
	const encoder = new TextEncoder();
	const sources = syntheticArticles(options.articles, options.seed);
	const bytes = sources.map((article) => encoder.encode(article.body));
	const readStarted = performance.now();
	sources.forEach((article, i) => readArticle(article.file, bytes[i]));
	const readsPerSecond = (sources.length * 1000) / (performance.now() - readStarted);

	// One untimed pass lets the JIT settle, as it has in a long ingest.
	extractAll(sources.slice(0, 50));
	const passes: number[] = [];
	const cpuPasses: number[] = [];
	let mentions = 0;
	for (let pass = 0; pass < options.repeats; pass++) {
		const started = performance.now();
		const cpuStarted = process.cpuUsage();
		mentions = extractAll(sources);
		const cpu = process.cpuUsage(cpuStarted);
		passes.push((sources.length * 1000) / (performance.now() - started));
		cpuPasses.push((sources.length * 1e6) / (cpu.user + cpu.system));
	}
	const profile = options.profileRoot
		? summariseProfile((await profileCpu(() => extractAll(sources))).profile, options.profileRoot)
		: null;
	const words = sources.reduce((sum, article) => sum + article.body.split(/\s+/).length, 0);
	return {
		articles: sources.length,
		meanWords: Math.round(words / sources.length),
		passes,
		articlesPerSecond: medianOf(passes),
		articlesPerCpuSecond: medianOf(cpuPasses),
		readsPerSecond,
		mentionsPerArticle: mentions / sources.length,
		profile
	};
}
