import { exportResponse } from '$lib/server/exportResponse';
import type { RequestHandler } from './$types';

/** `/export/events.json`, `events.csv`, `events.ics`, `timelinejs.json` of the view in the URL. */
export const GET: RequestHandler = ({ url, params }) => exportResponse(url, params.file);
