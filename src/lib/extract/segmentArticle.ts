import { isBoilerplateLine, isListHeader, isMastheadLine } from './boilerplate';
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

/** Prose: a sentence-final mark and enough words to be a paragraph rather than a headline. */
function isProse(text: string): boolean {
	const words = wordCount(text);
	// Wire copy may end a paragraph with an end-of-item marker ("... weeks. Enditem").
	return words >= 6 && /[.!?]["”’)\]]*(?:\s+Enditem)?$/i.test(text);
}

/** Short list items under a "Related" header end at the first real paragraph. */
const LIST_ITEM_MAX_WORDS = 16;

export function segmentArticle(body: string): ArticleLine[] {
	const lines: ArticleLine[] = [];
	let inList = false;
	let offset = 0;
	for (const raw of body.split('\n')) {
		const start = offset;
		offset += raw.length + 1;
		const text = raw.replace(/\r$/, '');
		const trimmed = text.trim();
		const lead = text.length - text.trimStart().length;
		const line = { start: start + lead, end: start + lead + trimmed.length, text: trimmed };
		if (!trimmed) {
			lines.push({ ...line, kind: 'blank' });
			continue;
		}
		if (isListHeader(trimmed)) {
			inList = true;
			lines.push({ ...line, kind: 'boilerplate' });
			continue;
		}
		const words = wordCount(trimmed);
		if (inList && words <= LIST_ITEM_MAX_WORDS) {
			lines.push({ ...line, kind: 'boilerplate' });
			continue;
		}
		inList = false;
		let kind: LineKind;
		if (isBoilerplateLine(trimmed)) kind = 'boilerplate';
		else if (isDateHeader(trimmed)) kind = 'dateline-header';
		else if (isProse(trimmed) && !isMastheadLine(trimmed)) kind = 'prose';
		else kind = 'heading';
		lines.push({ ...line, kind });
	}
	return lines;
}
