/** The export formats by route name. */
import { csvFormat } from './csv';
import { eventsJsonFormat } from './eventsJson';
import { icalFormat } from './ical';
import { timelineJsFormat } from './timelineJs';

export const EXPORT_FORMATS = {
	'events.json': eventsJsonFormat,
	'events.csv': csvFormat,
	'events.ics': icalFormat,
	'timelinejs.json': timelineJsFormat
} as const;

export type ExportName = keyof typeof EXPORT_FORMATS;
