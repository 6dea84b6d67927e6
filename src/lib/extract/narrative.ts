import { isoDay, isValidDay, yearOf } from '../dates/calendar';
import type { IsoDay, Publication } from '../types';
import { expressionsOf } from './eventhood';

/**
 * How far an account of past events has got: "The talks began in March 2023. On 14 April, the
 * ministers met …" tells of April 2023, not of the April before publication. A date with its
 * year and at least its month stated sets it (a bare year is as often background: "joined the
 * bloc in 2011"); a sentence giving a day, month or season without a year keeps it; it lapses
 * after a sentence with neither, and it never covers the publication's own year or later.
 */

/** How many sentences after its last date an account still holds. */
const NARRATIVE_SENTENCES = 1;

type Expression = ReturnType<typeof expressionsOf>[number];

/** The first day of a date stated with its year and month, else null. */
function statedDay(e: Expression): IsoDay | null {
	const v = e.value;
	if ((v.kind === 'date' || v.kind === 'dateRange') && v.year !== null)
		return isValidDay(v.year, v.month, v.day) ? isoDay(v.year, v.month, v.day) : null;
	if (v.kind === 'month' && v.year !== null) return isoDay(v.year, v.month, 1);
	return null;
}

/** A day, month or season the text gives without a year, which the account's year dates. */
function yearless(e: Expression): boolean {
	const v = e.value;
	return (
		(v.kind === 'date' || v.kind === 'dateRange' || v.kind === 'month' || v.kind === 'season') &&
		v.year === null
	);
}

export class Narrative {
	private from: IsoDay | null = null;
	private sentence = -Infinity;

	/** Reads the dates of sentence `index` of the text. */
	note(text: string, index: number): void {
		const expressions = expressionsOf(text);
		const days = expressions.map(statedDay).filter((d): d is IsoDay => d !== null);
		if (days.length) [this.from, this.sentence] = [days[days.length - 1], index];
		else if (this.at(index) !== null && expressions.some(yearless)) this.sentence = index;
	}

	/** The day the account has reached at sentence `index`, if it holds there and lies before publication's year. */
	at(index: number, publication: Publication | null = null): IsoDay | null {
		if (this.from === null || index - this.sentence > NARRATIVE_SENTENCES) return null;
		if (publication && yearOf(this.from) >= yearOf(publication.day)) return null;
		return this.from;
	}
}
