import { isSeq, parseDocument, stringify } from 'yaml';

/**
 * Edits of the corrections file's text that keep everything else as written: an entry is appended
 * after the last one and removed by cutting its lines, so hand-written comments and layout stay.
 */

/** The text with one more entry at the end of the list. */
export function appendEntry(text: string, entry: Record<string, unknown>): string {
	const item = stringify([entry], { lineWidth: 0 });
	const contents = parseDocument(text).contents;
	// An empty flow list (`[]`) cannot take a block item after it.
	if (isSeq(contents) && contents.flow) {
		if (contents.items.length > 0) {
			throw new Error('the corrections file is a one-line [ … ] list: write it as a block list');
		}
		return text.slice(0, contents.range[0]) + item + text.slice(contents.range[2]).trimStart();
	}
	return text === '' || text.endsWith('\n') ? text + item : `${text}\n${item}`;
}

/** The text without the entry at `index`, or null when there is no such entry. */
export function removeEntry(text: string, index: number): string | null {
	const contents = parseDocument(text).contents;
	if (!isSeq(contents) || index < 0 || index >= contents.items.length) return null;
	if (contents.flow) {
		const doc = parseDocument(text);
		(doc.contents as typeof contents).items.splice(index, 1);
		return doc.toString();
	}
	const lineStart = (offset: number) => text.lastIndexOf('\n', offset - 1) + 1;
	const itemStart = (i: number) =>
		(contents.items[i] as { range: [number, number, number] }).range[0];
	const from = lineStart(itemStart(index));
	const to = index + 1 < contents.items.length ? lineStart(itemStart(index + 1)) : text.length;
	return text.slice(0, from) + text.slice(to);
}
