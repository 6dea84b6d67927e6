import { isSpace } from '../text/isSpace';

/**
 * How many pieces `text.split(/\s+/, limit)` makes (words, for trimmed text), counted without
 * making them: line and paragraph tests count the words of every line of every article.
 */
export function wordCount(text: string, limit = Infinity): number {
	let pieces = 1;
	let inSpace = false;
	for (let i = 0; i < text.length && pieces < limit; i++) {
		const space = isSpace(text.charCodeAt(i));
		if (space && !inSpace) pieces++;
		inSpace = space;
	}
	return Math.min(pieces, limit);
}
