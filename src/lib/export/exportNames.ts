/**
 * The file names under /export/. Apart from the formats themselves: the route's parameter
 * matcher runs in the browser too, and importing the formatters there shipped them (and the
 * date formatting they use) in every page's JavaScript.
 */
export const EXPORT_NAMES = ['events.json', 'events.csv', 'events.ics', 'timelinejs.json'] as const;

export type ExportName = (typeof EXPORT_NAMES)[number];

export function isExportName(name: string): name is ExportName {
	return (EXPORT_NAMES as readonly string[]).includes(name);
}
