/**
 * TimelineJS3's JSON format (https://timeline.knightlab.com/docs/json-format.html), so a
 * journalist can publish the selection with TimelineJS: one slide per dated event with
 * `start_date`/`end_date` parts as precise as the date is (a month-precise event names no day),
 * the date in words as `display_date`, a headline, a text with the first excerpt and a link to
 * each source, and `group` by event type. TimelineJS renders headline and text as HTML, and
 * article text is untrusted, so every text is HTML-escaped and only web addresses are linked.
 * Undated events cannot be placed on its axis and are left out.
 */
import { sourceName } from '../provenance/sourceLabel';
import { formatEventDate } from '../timeline/formatEventDate';
import { typeLabel } from '../timeline/lanes';
import { externalHref } from '../timeline/originalPage';
import type { Precision } from '../types';
import { eventPageUrl, type ExportFormat, type ExportItem } from './types';

export interface TimelineJsDate {
	year: number;
	month?: number;
	day?: number;
}

export interface TimelineJsSlide {
	unique_id: string;
	start_date: TimelineJsDate;
	end_date?: TimelineJsDate;
	display_date: string;
	text: { headline: string; text: string };
	group: string;
}

const ESCAPES: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&#39;'
};

export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]);

/** The parts of an ISO day a precision supports: a year-precise date names no month. */
function dateParts(day: string, precision: Precision): TimelineJsDate {
	const [year, month, date] = day.split('-').map(Number);
	if (precision === 'year') return { year };
	if (precision === 'month') return { year, month };
	return { year, month, day: date };
}

function slideText({ event, sources }: ExportItem, origin: string): string {
	const parts = [`<p>${escapeHtml(event.date.explanation)}</p>`];
	const first = event.mentions[0];
	if (first) parts.push(`<blockquote>${escapeHtml(first.excerpt)}</blockquote>`);
	const links = [...new Set(event.mentions.map((m) => m.sourceId))].flatMap((id) => {
		const source = sources.get(id);
		if (!source) return [];
		const name = escapeHtml(sourceName(source));
		const href = externalHref(source.url);
		return [href ? `<a href="${escapeHtml(href)}">${name}</a>` : name];
	});
	if (links.length)
		parts.push(`<p>Source${links.length === 1 ? '' : 's'}: ${links.join('; ')}</p>`);
	parts.push(
		`<p><a href="${escapeHtml(eventPageUrl(origin, event.id))}">How this was dated</a></p>`
	);
	return parts.join('');
}

/** The slide of a dated event; null for an undated one. */
export function timelineJsSlide(item: ExportItem, origin: string): TimelineJsSlide | null {
	const { event, approximate } = item;
	const { start, end, precision } = event.date;
	if (!start) return null;
	const spans = end !== null && end !== start && precision !== 'month' && precision !== 'year';
	return {
		unique_id: event.id,
		start_date: dateParts(start, precision),
		...(spans ? { end_date: dateParts(end, precision) } : {}),
		display_date: formatEventDate({ start, end, approximate }),
		text: { headline: escapeHtml(event.title), text: slideText(item, origin) },
		group: typeLabel(event.type)
	};
}

export const timelineJsFormat: ExportFormat = {
	extension: 'json',
	contentType: 'application/json; charset=utf-8',
	*write(items, { title, origin }) {
		const cover = { text: { headline: escapeHtml(title), text: '' } };
		yield `{"title":${JSON.stringify(cover)},"events":[`;
		let first = true;
		for (const item of items) {
			const slide = timelineJsSlide(item, origin);
			if (!slide) continue;
			yield (first ? '' : ',') + JSON.stringify(slide);
			first = false;
		}
		yield ']}';
	}
};
