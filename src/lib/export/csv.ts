/**
 * CSV (RFC 4180): one row per event with its first excerpt and that excerpt's source, CRLF line
 * ends, fields quoted when they hold a quote, comma or line break. A spreadsheet runs a cell
 * that starts with = + - @ (or a tab or carriage return) as a formula; article text can start
 * so, and is untrusted, so such a cell gets a leading apostrophe (OWASP's CSV injection advice).
 */
import { sourceName } from '../provenance/sourceLabel';
import { externalHref } from '../timeline/originalPage';
import { eventPageUrl, type ExportFormat, type ExportItem } from './types';

export const CSV_COLUMNS = [
	'event_id',
	'event_url',
	'type',
	'title',
	'planned',
	'date_start',
	'date_end',
	'precision',
	'approximate',
	'derivation',
	'date_text',
	'date_explanation',
	'participants',
	'place',
	'source_count',
	'excerpt',
	'source',
	'source_url'
] as const;

const FORMULA_START = /^[=+\-@\t\r]/;

/** One field: formula starts neutralised, quoted when RFC 4180 requires it. */
export function csvField(value: string | number | boolean | null): string {
	let text = value === null ? '' : String(value);
	if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const csvRow = (fields: readonly (string | number | boolean | null)[]) =>
	fields.map(csvField).join(',') + '\r\n';

export function csvEventRow({ event, approximate, sources }: ExportItem, origin: string): string {
	const first = event.mentions[0];
	const source = first ? sources.get(first.sourceId) : undefined;
	return csvRow([
		event.id,
		eventPageUrl(origin, event.id),
		event.type,
		event.title,
		event.planned,
		event.date.start,
		event.date.end,
		event.date.precision,
		approximate,
		event.date.derivation,
		event.date.text,
		event.date.explanation,
		event.participants.map((p) => p.name).join('; '),
		event.place,
		new Set(event.mentions.map((m) => m.sourceId)).size,
		first?.excerpt ?? null,
		source ? sourceName(source) : null,
		externalHref(source?.url)
	]);
}

export const csvFormat: ExportFormat = {
	extension: 'csv',
	contentType: 'text/csv; charset=utf-8; header=present',
	*write(items, { origin }) {
		yield csvRow(CSV_COLUMNS);
		for (const item of items) yield csvEventRow(item, origin);
	}
};
