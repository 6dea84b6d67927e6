/**
 * The JSON contract (`{ events, sources }`, see README) written event by event. The sources
 * come last, each once: they are known only once every event has been read.
 */
import type { SourceJson } from '../types';
import type { ExportFormat } from './types';

export const eventsJsonFormat: ExportFormat = {
	extension: 'json',
	contentType: 'application/json; charset=utf-8',
	*write(items) {
		const cited = new Map<string, SourceJson>();
		yield '{"events":[';
		let first = true;
		for (const { event, sources } of items) {
			yield (first ? '' : ',') + JSON.stringify(event);
			first = false;
			for (const { sourceId } of event.mentions) {
				const source = sources.get(sourceId);
				if (source && !cited.has(sourceId)) cited.set(sourceId, source);
			}
		}
		yield '],"sources":[';
		first = true;
		for (const source of [...cited.values()].sort((a, b) => (a.file < b.file ? -1 : 1))) {
			yield (first ? '' : ',') + JSON.stringify(source);
			first = false;
		}
		yield ']}';
	}
};
