import { json } from '@sveltejs/kit';
import { EXPORT_FORMATS, type ExportName } from '../export/formats';
import { exportFileName, exportTitle } from '../export/viewName';
import { parseEventQuery } from '../params/eventQuery';
import { appDb } from './appDb';
import { appGate } from './appGate';
import { exportItems } from './exportItems';
import { textStream } from './textStream';

/**
 * An export of the view the URL names (`from`, `to`, `q`, `actor`, `type`, validated as the
 * page validates them: a bad value is a 400 saying what is wrong), streamed as a download whose
 * file name names the view.
 */
export function exportResponse(url: URL, name: ExportName): Response {
	const parsed = parseEventQuery(url.searchParams);
	if (!parsed.ok) return json({ error: parsed.message }, { status: 400 });
	const format = EXPORT_FORMATS[name];
	const stem = name === 'timelinejs.json' ? 'diplomatic-events-timelinejs' : 'diplomatic-events';
	const fileName = exportFileName(parsed.query, format.extension, stem);
	const context = { title: exportTitle(parsed.query), origin: url.origin, now: new Date() };
	const pieces = format.write(exportItems(appDb(), parsed.query), context);
	return new Response(
		textStream(pieces, () => appGate.yieldToWaiting()),
		{
			headers: {
				'content-type': format.contentType,
				'content-disposition': `attachment; filename="${fileName}"`,
				'cache-control': 'no-store'
			}
		}
	);
}
