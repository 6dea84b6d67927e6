import type { Gazetteer } from '../actors/gazetteer';
import { readArticle } from '../corpus/readArticle';
import { memorySourceIds, sourceIdAssigner } from '../corpus/sourceIds';
import { extractArticle } from '../extract/extractArticle';
import type { EventJson, ExportJson, SourceJson } from '../types';

/**
 * What extraction alone yields, in the export's shape, with no cross-source merging: every event
 * mention of every article is an event of its own. Scoring this separates extraction errors from
 * merging errors; files that cannot be read are left out, as ingest would.
 */
export function extractionExport(
	articles: readonly { file: string; bytes: Uint8Array }[],
	gazetteer: Gazetteer
): ExportJson {
	const sources: SourceJson[] = [];
	const events: EventJson[] = [];
	// Ids as a fresh ingest of the same files in the same order gives them.
	const sourceIdOf = sourceIdAssigner(memorySourceIds());
	for (const { file, bytes } of articles) {
		const read = readArticle(file, bytes);
		if (!read.ok) continue;
		const { body, meta } = read.article;
		const sourceId = sourceIdOf(file);
		sources.push({
			id: sourceId,
			file,
			title: meta.title,
			outlet: meta.outlet,
			url: meta.url,
			published: meta.publication?.iso ?? null
		});
		extractArticle(body, meta, gazetteer).forEach((mention, index) => {
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
