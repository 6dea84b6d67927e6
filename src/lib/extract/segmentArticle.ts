import { isBoilerplateLine, isListHeader, isMastheadLine } from './boilerplate';
import { gluedStampSpan } from '../dates/readPublication';
import { wordCount } from './wordCount';

/**
 * Splits a raw article body into lines and says what each is: prose paragraphs (the only event
 * sources), the headline area above them, date headers, and site chrome. Offsets index the body
 * as given (a `\r\n` body keeps its `\r`s outside every line's text).
 */

export type LineKind = 'prose' | 'heading' | 'dateline-header' | 'boilerplate' | 'blank';

export interface ArticleLine {
	start: number;
	end: number;
	text: string;
	kind: LineKind;
}

const DATE_WORDS =
	/\b\d{4}-\d{2}-\d{2}|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/i;
const HEADER_LABELS =
	/^(?:published|updated|posted(?: on)?|last (?:modified|updated)(?: on)?|date|source|dated)\b\s*:?/i;

const HEADER_MAX_TOKENS = 20;

/** A line that only gives the publication date/time ("Monday, 11 March 2019 19:42 GMT"). */
export function isDateHeader(line: string): boolean {
	const text = line.trim();
	if (HEADER_LABELS.test(text)) return DATE_WORDS.test(text);
	// More than this many tokens is a paragraph, whatever dates it names.
	if (wordCount(text, HEADER_MAX_TOKENS + 1) > HEADER_MAX_TOKENS) return false;
	if (!DATE_WORDS.test(text)) return false;
	const words = text.match(/\p{L}{2,}/gu) ?? [];
	return words.length <= 8 && !/[.!?]["”’]?$/.test(text.replace(/\b(?:p\.m|a\.m)\.$/i, ''));
}

/**
 * What may follow a paragraph's last sentence: wire copy's end-of-item marker ("... weeks.
 * Enditem") or a photo caption's credit ("REUTERS/Pool", "Photo: AFP", "(Agency Photo/Jo Roe)",
 * "XINHUA").
 */
const PARAGRAPH_TAIL =
	/[.!?]["”’)\]]*(?:\s+(?:End[Ii]tem|ENDITEM|\(?(?:[Pp]hotos?|[Pp]ictures?|[Ii]mages?|[Cc]redit|PHOTO)\b[^.!?]{0,40}|\(?[^\s/.!?]{2,30}(?:\s[^\s/.!?]{1,20})?\/[^.!?]{1,40}|\p{Lu}{2,}(?:[\s-]\p{Lu}{2,})?))?$/u;

/** Prose: a sentence-final mark and enough words to be a paragraph rather than a headline. */
function isProse(text: string): boolean {
	const words = wordCount(text, 6);
	return words >= 6 && PARAGRAPH_TAIL.test(text);
}

/** Short list items under a "Related" header end at the first real paragraph. */
const LIST_ITEM_MAX_WORDS = 16;

/** A line that is neither blank nor in a list of other stories. */
function lineKind(text: string): LineKind {
	if (isBoilerplateLine(text)) return 'boilerplate';
	if (isDateHeader(text)) return 'dateline-header';
	if (isProse(text) && !isMastheadLine(text)) return 'prose';
	return 'heading';
}

/** A sentence, or more words than a header line holds: text a stamp may be glued to. */
function isLongLine(line: string): boolean {
	return isProse(line) || wordCount(line, HEADER_MAX_TOKENS + 1) > HEADER_MAX_TOKENS;
}

/** Long lines at the top of an article where a publication stamp may be glued to the text. */
const GLUED_STAMP_LINES = 2;

/**
 * A long line with a publication stamp glued into it (text copied from a page: " date
 * 2019-04-02 The ministers …", "Headline March 4, 2021 10:00 GMT CITY - The …"), cut into the
 * text before it, the stamp and the text after it; null when it holds none.
 */
function gluedStamp(
	line: string
): { start: number; end: number; text: string; stamp: boolean }[] | null {
	if (!isLongLine(line)) return null;
	const span = gluedStampSpan(line);
	if (!span) return null;
	const part = (from: number, to: number, stamp: boolean) => {
		const raw = line.slice(from, to);
		const start = from + raw.length - raw.trimStart().length;
		const text = raw.trim();
		return text ? [{ start, end: start + text.length, text, stamp }] : [];
	};
	return [
		...part(0, span.start, false),
		...part(span.start, span.end, true),
		...part(span.end, line.length, false)
	];
}

/**
 * The last body segmented and its lines: reading an article (its headline) and extracting it
 * segment the same body one after the other. The lines are shared: callers only read them.
 */
let lastSegmented: { body: string; lines: readonly ArticleLine[] } | null = null;

export function segmentArticle(body: string): readonly ArticleLine[] {
	if (lastSegmented?.body !== body) lastSegmented = { body, lines: segmentLines(body) };
	return lastSegmented.lines;
}

function segmentLines(body: string): ArticleLine[] {
	const lines: ArticleLine[] = [];
	let inList = false;
	let longLinesSeen = 0;
	for (let start = 0; start <= body.length;) {
		const newline = body.indexOf('\n', start);
		const end = newline < 0 ? body.length : newline;
		const raw = body.slice(start, end);
		const text = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
		const trimmed = text.trim();
		const lineStart = start + text.length - text.trimStart().length;
		let kind: LineKind;
		if (!trimmed) kind = 'blank';
		else if (isListHeader(trimmed)) {
			inList = true;
			kind = 'boilerplate';
		} else if (inList && wordCount(trimmed, LIST_ITEM_MAX_WORDS + 1) <= LIST_ITEM_MAX_WORDS)
			kind = 'boilerplate';
		else {
			inList = false;
			kind = lineKind(trimmed);
		}
		const glued =
			kind !== 'blank' && kind !== 'boilerplate' && longLinesSeen < GLUED_STAMP_LINES
				? gluedStamp(trimmed)
				: null;
		if (glued) {
			longLinesSeen++;
			for (const part of glued) {
				const partKind = part.stamp ? 'dateline-header' : lineKind(part.text);
				lines.push({
					...part,
					start: lineStart + part.start,
					end: lineStart + part.end,
					kind: partKind
				});
			}
		} else {
			if (kind !== 'blank' && isLongLine(trimmed)) longLinesSeen++;
			lines.push({ start: lineStart, end: lineStart + trimmed.length, text: trimmed, kind });
		}
		start = end + 1;
	}
	return lines;
}
