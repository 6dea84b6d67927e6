import type { ParamMatcher } from '@sveltejs/kit';
import { EXPORT_FORMATS, type ExportName } from '$lib/export/formats';

/** The file names under /export/: events.json, events.csv, events.ics, timelinejs.json. */
export const match = ((param: string): param is ExportName =>
	Object.hasOwn(EXPORT_FORMATS, param)) satisfies ParamMatcher;
