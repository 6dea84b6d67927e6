/**
 * How a source is named to readers: by outlet, title and publication date, as a journalist cites
 * an article. What the text gives is used first (front matter or header lines), then what its
 * web address says (host name for the outlet, the last path segment for the title); the file
 * name only when nothing else is known.
 */
import { formatDay } from '../dates/calendar';
import type { SourceJson } from '../types';

export type NamedSource = Pick<SourceJson, 'file' | 'title' | 'outlet' | 'url' | 'published'>;

export interface SourceLabel {
	outlet: string | null;
	/** The article's title; the file name when neither the text nor the address gives one. */
	title: string;
	/** True when `title` is only the file name. */
	titleIsFileName: boolean;
	/** The publication day in words ("22 Jul 2020"), or null when unknown. */
	published: string | null;
}

function parsedUrl(url: string | null): URL | null {
	if (!url) return null;
	try {
		const parsed = new URL(url);
		return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed : null;
	} catch {
		return null;
	}
}

/** "en.example.org" from https://www.en.example.org/… */
function outletFromUrl(url: URL | null): string | null {
	return url ? url.hostname.replace(/^www\./, '') || null : null;
}

/**
 * A title from the address's last path segment when it is a slug of words
 * ("/news/123/Ministers-meet-in-Oslo" → "Ministers meet in Oslo"); ids and file names are not.
 */
export function titleFromUrl(url: URL | null): string | null {
	if (!url) return null;
	const segments = url.pathname.split('/').filter(Boolean);
	for (let i = segments.length - 1; i >= 0; i--) {
		let segment: string;
		try {
			segment = decodeURIComponent(segments[i]);
		} catch {
			continue;
		}
		const words = segment
			.replace(/\.(html?|php|aspx?)$/i, '')
			.split(/[-_+]+/)
			.filter(Boolean);
		const wordy = words.filter((word) => /^\p{L}[\p{L}'’]*$/u.test(word));
		if (words.length >= 3 && wordy.length >= words.length - 1) {
			const title = words.join(' ');
			return title.charAt(0).toUpperCase() + title.slice(1);
		}
	}
	return null;
}

const fileBase = (file: string) => file.split('/').pop() ?? file;

export function sourceLabel(source: NamedSource): SourceLabel {
	const url = parsedUrl(source.url);
	const title = source.title?.trim() || titleFromUrl(url);
	const day = source.published?.match(/^\d{4}-\d{2}-\d{2}/)?.[0];
	return {
		outlet: source.outlet?.trim() || outletFromUrl(url),
		title: title ?? fileBase(source.file),
		titleIsFileName: !title,
		published: day ? formatDay(day, 'd MMM yyyy') : null
	};
}

/**
 * One line naming the source: "Outlet, “Title”, 22 Jul 2020"; parts the source lacks are left
 * out, an unknown date says so.
 */
export function sourceName(source: NamedSource): string {
	const label = sourceLabel(source);
	const title = label.titleIsFileName ? label.title : `“${label.title}”`;
	return [label.outlet, title, label.published ?? 'no date'].filter(Boolean).join(', ');
}

/** For the middle of a sentence: "Harbour Post’s “Ministers meet” (22 Jul 2020)". */
export function sourceCitation(source: NamedSource): string {
	const label = sourceLabel(source);
	const title = label.titleIsFileName ? label.title : `“${label.title}”`;
	const named = label.outlet ? `${label.outlet}’s ${title}` : title;
	return `${named} (${label.published ?? 'no date'})`;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The source ids an explanation written at merge time names ("the date comes from source 004_9d06…"). */
export function sourceIdsIn(text: string): string[] {
	return [...text.matchAll(/\b[Ss]ource ([\w-]+)/g)].map((match) => match[1]);
}

/**
 * Explanations written at merge time name sources by id; for readers each becomes the source's
 * citation. One pattern for all the texts the namer is given; ids not among `sources` are left
 * as they are.
 */
export function sourceNamer(
	sources: Iterable<NamedSource & { id: string }>
): (text: string) => string {
	const byId = new Map([...sources].map((source) => [source.id, source]));
	if (byId.size === 0) return (text) => text;
	const ids = [...byId.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
	const pattern = new RegExp(`\\b[Ss]ource (${ids.join('|')})(?![\\w-])`, 'g');
	return (text) => text.replace(pattern, (_, id: string) => sourceCitation(byId.get(id)!));
}

/** One explanation's source ids replaced by their citations (see `sourceNamer`). */
export function nameSourcesIn(
	text: string,
	sources: Iterable<NamedSource & { id: string }>
): string {
	return sourceNamer(sources)(text);
}
