import { findLexiconTriggers } from '../extract/lexiconTriggers';
import { analyse, isPassive, PARTICLES as PHRASAL_PARTICLES } from '../nlp/analyse';

/**
 * The phenomena a gold event shows, detected from its evidence sentence and its article's header,
 * so that recall can be reported per phenomenon on any annotated set (a gold file's own
 * `phenomena` tags are added to these, not replaced). Detection is approximate by design: it
 * sorts misses into classes, it does not decide anything the pipeline does.
 */

/** The parser's phrasal-verb particles, with "through", counted as one only for this tag. */
const PARTICLES = new Set([...PHRASAL_PARTICLES, 'through']);
const HEADER_LINES = 8;
/** A date in a header line: ISO, day-month-year with a month name, or numeric. */
const HEADER_DATE =
	/\b(?:\d{4}-\d{2}-\d{2}|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{4}|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})/;
const NUMERIC_DATE = /\b(\d{1,2})[/.-](\d{1,2})[/.-](?:\d{4}|\d{2})\b/;
/** Prose on the same line after a date: several lower-case words. */
const PROSE_AFTER = /^[^\n]*?(?:\b[a-z][a-z'’-]+\b[^\n]*?){5}/;

export function evidencePhenomena(evidence: string, participants: string[][]): string[] {
	const tokens = analyse(evidence);
	const triggers = findLexiconTriggers(tokens);
	const tags = new Set<string>();
	tokens.forEach((token, i) => {
		if (token.pos !== 'VERB') return;
		if (isPassive(tokens, i)) tags.add('passive');
		const next = tokens[i + 1];
		if (next && PARTICLES.has(next.lower) && next.pos !== 'NOUN') tags.add('phrasal_verb');
		const before = tokens[i - 1];
		const participle = /(?:ed|en|ing)$/.test(token.lower) && !isPassive(tokens, i);
		if (participle && (i === 0 || before?.text === ',' || before?.pos === 'NOUN'))
			tags.add('participle');
	});
	if (triggers.length && triggers.every((t) => t.entry.pos === 'NOUN')) tags.add('nominal');
	const named = participants.some((spellings) =>
		spellings.some((name) =>
			name
				.split(/\s+/)
				.filter((word) => word.length >= 4)
				.some((word) => evidence.includes(word))
		)
	);
	if (participants.length && !named) tags.add('untitled_actor');
	return [...tags];
}

export function headerPhenomena(article: string): string[] {
	const tags = new Set<string>();
	for (const line of article.split(/\r\n|\r|\n/).slice(0, HEADER_LINES)) {
		const date = HEADER_DATE.exec(line);
		if (!date) continue;
		if (PROSE_AFTER.test(line.slice(date.index + date[0].length))) tags.add('glued_date_line');
		const numeric = NUMERIC_DATE.exec(line);
		if (
			numeric &&
			Number(numeric[1]) <= 12 &&
			Number(numeric[2]) <= 12 &&
			numeric[1] !== numeric[2]
		)
			tags.add('two_way_numeric_date');
	}
	return [...tags];
}
