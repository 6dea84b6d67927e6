import { csvRow } from '../export/csv';
import type { ExportJson, SourceJson } from '../types';
import type { Db } from './db';
import { EVENT_COLUMNS, EVENT_ORDER, eventsToJson, type EventRow } from './eventRows';

export const SOURCE_COLUMNS = 'id, file, title, outlet, url, published';

/** The whole store in the JSON contract (export command). */
export function exportAll(db: Db): ExportJson {
	const sources = db
		.prepare(`SELECT ${SOURCE_COLUMNS} FROM sources ORDER BY file`)
		.all() as SourceJson[];
	const rows = db
		.prepare(`SELECT ${EVENT_COLUMNS} FROM events e ORDER BY ${EVENT_ORDER}`)
		.all() as EventRow[];
	return { sources, events: eventsToJson(db, rows) };
}

const CSV_COLUMNS = [
	'event_id',
	'type',
	'cameo',
	'title',
	'planned',
	'date_start',
	'date_end',
	'precision',
	'derivation',
	'date_text',
	'date_explanation',
	'participants',
	'place',
	'source_id',
	'source_file',
	'published',
	'excerpt_start',
	'excerpt_end',
	'excerpt'
] as const;

/** One row per (event, mention), so every claim keeps its excerpt in a spreadsheet too. */
export function toCsv(data: ExportJson): string {
	const sources = new Map(data.sources.map((s) => [s.id, s]));
	const lines = [csvRow(CSV_COLUMNS)];
	for (const event of data.events) {
		const common = [
			event.id,
			event.type,
			event.cameo,
			event.title,
			event.planned,
			event.date.start,
			event.date.end,
			event.date.precision,
			event.date.derivation,
			event.date.text,
			event.date.explanation,
			event.participants.map((p) => p.name).join('; '),
			event.place
		];
		for (const m of event.mentions) {
			const source = sources.get(m.sourceId);
			lines.push(
				csvRow([
					...common,
					m.sourceId,
					source?.file ?? null,
					source?.published ?? null,
					m.start,
					m.end,
					m.excerpt
				])
			);
		}
	}
	return lines.join('');
}
