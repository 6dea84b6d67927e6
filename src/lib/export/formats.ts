/** The export formats by route name. */
import { csvFormat } from './csv';
import { eventsJsonFormat } from './eventsJson';
import type { ExportName } from './exportNames';
import { icalFormat } from './ical';
import { timelineJsFormat } from './timelineJs';
import type { ExportFormat } from './types';

export const EXPORT_FORMATS: Readonly<Record<ExportName, ExportFormat>> = {
	'events.json': eventsJsonFormat,
	'events.csv': csvFormat,
	'events.ics': icalFormat,
	'timelinejs.json': timelineJsFormat
};

export type { ExportName };
