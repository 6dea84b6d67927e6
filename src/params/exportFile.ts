import type { ParamMatcher } from '@sveltejs/kit';
import { isExportName } from '$lib/export/exportNames';

/** The file names under /export/: events.json, events.csv, events.ics, timelinejs.json. */
export const match = isExportName satisfies ParamMatcher;
