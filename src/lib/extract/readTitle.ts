import { isMastheadLine } from './boilerplate';
import { segmentArticle } from './segmentArticle';

/**
 * The headline of a raw article: the first line above the body text that is neither site chrome,
 * a date header, a masthead ("ASIA PACIFIC DESK") nor a section label ("IranMiddle East").
 */

const MIN_HEADLINE_WORDS = 4;

export function readTitle(body: string): string | null {
	for (const line of segmentArticle(body)) {
		if (line.kind === 'prose') return null;
		if (line.kind !== 'heading') continue;
		const text = line.text.replace(/^[•·»›*–-]\s*/, '').trim();
		if (text.split(/\s+/).length < MIN_HEADLINE_WORDS || isMastheadLine(text)) continue;
		return text;
	}
	return null;
}
