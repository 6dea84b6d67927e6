import type { Gazetteer } from '../actors/gazetteer';
import { readArticle } from '../corpus/readArticle';
import { memorySourceIds, sourceIdAssigner } from '../corpus/sourceIds';
import { extractArticle } from '../extract/extractArticle';
import type { EventJson, EventMention, ExportJson, SourceJson } from '../types';

/** One readable article's source row and the event mentions extraction finds in it. */
export interface ExtractedSource {
	source: SourceJson;
	mentions: EventMention[];
}

/**
 * Every readable article extracted on its own, with source ids as a fresh ingest of the same
 * files in the same order gives them; files that cannot be read are left out, as ingest would.
 */
export function extractSources(
	articles: readonly { file: string; bytes: Uint8Array }[],
	gazetteer: Gazetteer
): ExtractedSource[] {
	const extracted: ExtractedSource[] = [];
	const sourceIdOf = sourceIdAssigner(memorySourceIds());
	for (const { file, bytes } of articles) {
		const read = readArticle(file, bytes);
		if (!read.ok) continue;
		const { body, meta } = read.article;
		const source: SourceJson = {
			id: sourceIdOf(file),
			file,
			title: meta.title,
			outlet: meta.outlet,
			url: meta.url,
			published: meta.publication?.iso ?? null
		};
		extracted.push({ source, mentions: extractArticle(body, meta, gazetteer) });
	}
	return extracted;
}

/**
 * What extraction alone yields, in the export's shape, with no cross-source merging: every event
 * mention of every article is an event of its own (id `${sourceId}#${index}`). Scoring this
 * separates extraction errors from merging errors.
 */
export function extractionExport(
	articles: readonly { file: string; bytes: Uint8Array }[],
	gazetteer: Gazetteer
): ExportJson {
	const sources: SourceJson[] = [];
	const events: EventJson[] = [];
	for (const { source, mentions } of extractSources(articles, gazetteer)) {
		const sourceId = source.id;
		sources.push(source);
		mentions.forEach((mention, index) => {
			const { start, end, precision, derivation, text, explanation } = mention.date;
			events.push({
				id: `${sourceId}#${index}`,
				type: mention.type,
				cameo: mention.cameo,
				title: mention.title,
				planned: mention.planned,
				date: { start, end, precision, derivation, text, explanation },
				participants: mention.participants.map((p) => ({ id: p.id, name: p.name })),
				place: mention.place,
				mentions: mention.excerpts.map((e) => ({
					sourceId,
					excerpt: e.text,
					start: e.start,
					end: e.end
				}))
			});
		});
	}
	return { sources, events };
}
