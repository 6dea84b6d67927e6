/**
 * The words of an excerpt a reader checks first: who (the participants' names as the text writes
 * them), when (temporal expressions) and what (the words that state an event of the event's
 * type). The marks are offsets into the excerpt, rendered as text nodes, never as HTML.
 */
import { countryByName } from '../actors/countries';
import { findTemporalExpressions } from '../dates';
import { findTriggers } from '../extract/triggers';
import type { EventType } from '../types';

export type KeywordKind = 'actor' | 'date' | 'trigger';

export interface KeywordMark {
	start: number;
	end: number;
	kind: KeywordKind;
}

export interface KeywordSubject {
	type: EventType;
	participants: readonly { name: string; kind?: string | null }[];
}

/** Name particles that say nothing on their own ("Abu", "Al", "Bin"). */
const PARTICLES = new Set(['Al', 'El', 'Abu', 'Bin', 'Ibn', 'Bint', 'De', 'Da', 'Di', 'Du', 'La']);
PARTICLES.add('Le').add('Van').add('Von').add('Der').add('Mr').add('Mrs').add('Ms').add('Dr');

/** The ways a participant may be written: the full name, then its telling parts. */
function nameTerms(participant: KeywordSubject['participants'][number]): string[] {
	const { name } = participant;
	const country = participant.kind !== 'person' ? countryByName(name) : undefined;
	if (country) return [name, country.name, ...country.aliases, ...country.demonyms];
	const words = name.split(/\s+/);
	if (participant.kind === 'organisation') {
		// Organisations go by their initials too: "African Union" → "AU".
		const initials = words
			.filter((word) => /^\p{Lu}/u.test(word))
			.map((word) => word[0])
			.join('');
		return [name, initials, ...words.filter((word) => /^\p{Lu}{2,}$/u.test(word))];
	}
	const parts = words.flatMap((word) => {
		// "al-Rahman" is also written "Rahman".
		const tail = /^\p{Ll}+-(\p{Lu}.*)$/u.exec(word)?.[1];
		return tail ? [word, tail] : [word];
	});
	return [name, ...parts.filter((part) => /\p{Lu}/u.test(part) && !PARTICLES.has(part))];
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whole-word occurrences of any of `terms` in `text`. */
function findTerms(text: string, terms: readonly string[]): { start: number; end: number }[] {
	const unique = [...new Set(terms.filter((term) => term.length >= 2))];
	if (unique.length === 0) return [];
	// Longest first, so the alternation prefers "al-Rahman" to "Rahman".
	unique.sort((a, b) => b.length - a.length);
	const pattern = new RegExp(
		`(?<![\\p{L}\\p{N}])(?:${unique.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`,
		'gu'
	);
	return [...text.matchAll(pattern)].map((match) => ({
		start: match.index,
		end: match.index + match[0].length
	}));
}

/** Keyword marks in `excerpt`, in text order, none overlapping (the longer wins where two do). */
export function excerptKeywords(excerpt: string, subject: KeywordSubject): KeywordMark[] {
	const candidates: KeywordMark[] = [
		...findTemporalExpressions(excerpt).map(({ start, end }) => ({
			start,
			end,
			kind: 'date' as const
		})),
		...findTriggers(excerpt)
			.filter((trigger) => trigger.rule.type === subject.type)
			// Some trigger patterns take the space before the word they look ahead to.
			.map(({ start, text }) => ({
				start,
				end: start + text.trimEnd().length,
				kind: 'trigger' as const
			})),
		...findTerms(excerpt, subject.participants.flatMap(nameTerms)).map((span) => ({
			...span,
			kind: 'actor' as const
		}))
	];
	candidates.sort((a, b) => a.start - b.start || b.end - a.end);
	const marks: KeywordMark[] = [];
	for (const candidate of candidates) {
		const last = marks.at(-1);
		if (!last || candidate.start >= last.end) marks.push(candidate);
	}
	return marks;
}
