/**
 * The date core: publication dates from article headers, temporal expressions in sentences and
 * their resolution to explained intervals. Everything here is pure TypeScript.
 */
export type {
	PeriodPart,
	PublicationReading,
	ResolveContext,
	Season,
	SentenceDate,
	TemporalExpression,
	TemporalValue,
	Tense
} from './types';
export { readPublication } from './readPublication';
export { detectTense } from './detectTense';
export { findTemporalExpressions } from './findTemporalExpressions';
export { resolveTemporal } from './resolveTemporal';
export { resolveSentenceDate } from './resolveSentenceDate';
export { undated } from './undated';
export { sameAsAnchor } from './sameAsAnchor';
export { publicationFromIso } from './publicationFromIso';
