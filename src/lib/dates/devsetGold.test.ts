/**
 * Runs resolveSentenceDate on every dev-set gold evidence sentence whose date is explicit or
 * relative to publication, with the publication date from the gold, and compares with the gold
 * date. The trigger offset stands in for what extraction passes: the first word of the sentence
 * that names an event of the gold type (the k-th one for the k-th event of that type).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EventType } from '../types';
import { findTemporalExpressions } from './findTemporalExpressions';
import { publicationFromIso } from './publicationFromIso';
import { resolveSentenceDate } from './resolveSentenceDate';
import { detectTense } from './detectTense';
import { resolveTemporal } from './resolveTemporal';

interface GoldEvent {
	type: EventType;
	date: { start: string; end: string; precision: string } | null;
	date_derivation: string;
	evidence: string;
}

const gold: { file: string; published: string | null; events: GoldEvent[] }[] = JSON.parse(
	readFileSync(join(__dirname, '../../../tests/fixtures/devset/gold.json'), 'utf8')
);

const TRIGGERS: Record<EventType, RegExp> = {
	meeting:
		/\b(?:met|meet|meeting|talks|session|received|sat down|hosted|summit|dialogue|conference|gathered|encounter)\b/g,
	visit:
		/\b(?:visit|visited|trip|arrived|landed|flew|flown|travel|due in|expected in|tour|reached)\b/g,
	phone_call: /\b(?:call|spoke|telephone|phone)\b/g,
	press_conference: /\b(?:news conference|press conference|brief|remarks)\b/g,
	attack: /\b(?:strike|struck|hit|attack|bombardment|killed)\b/g,
	legislation: /\b(?:approved|vote|endorsed|elections?)\b/g,
	agreement: /\b(?:signed|understanding|decision|agreed|deal|accords|treaty|memoranda)\b/g,
	statement: /\b(?:said|announced|told|statement|condemned|disclosed|congratulated|described)\b/g,
	other:
		/\b(?:taking office|took office|sworn|oath|re-election|cut ties|reopened|endorsed|postponed|death|protests|boycott|approved)\b/g
};

const cases = gold.flatMap((article) =>
	article.events
		.filter(
			(e) => e.date_derivation === 'explicit' || e.date_derivation === 'relative-to-publication'
		)
		.map((event) => {
			const sameType = article.events.filter(
				(o) => o.evidence === event.evidence && o.type === event.type
			);
			const triggers = [...event.evidence.matchAll(TRIGGERS[event.type])].map((m) => m.index ?? 0);
			const near = triggers.length
				? triggers[Math.min(sameType.indexOf(event), triggers.length - 1)]
				: undefined;
			return {
				file: article.file,
				publication: publicationFromIso(article.published ?? ''),
				event,
				near
			};
		})
);

function matches(
	date: { start: string | null; end: string | null; precision: string },
	event: GoldEvent
) {
	if (!event.date) return date.start === null;
	return (
		date.start === event.date.start &&
		date.end === event.date.end &&
		date.precision === event.date.precision
	);
}

describe('dev set gold dates', () => {
	it('resolveSentenceDate gives the gold date for at least 90% of the evidence sentences', () => {
		const failures = cases.filter(({ publication, event, near }) => {
			const found = resolveSentenceDate(event.evidence, { publication, anchor: null, near });
			return !(found ? matches(found.date, event) : event.date === null);
		});
		const rate = (cases.length - failures.length) / cases.length;
		console.info(
			`dev set: ${cases.length - failures.length}/${cases.length} gold dates (${(rate * 100).toFixed(1)}%); misses:\n` +
				failures.map((f) => `  ${f.file}: ${f.event.evidence}`).join('\n')
		);
		expect(cases.length).toBeGreaterThan(60);
		expect(rate).toBeGreaterThanOrEqual(0.9);
	});

	it('some expression of each sentence resolves to the gold date (coverage of the rules)', () => {
		const covered = cases.filter(({ publication, event }) =>
			findTemporalExpressions(event.evidence).some((expr) =>
				matches(
					resolveTemporal(expr, {
						publication,
						tense: detectTense(event.evidence, expr.start),
						anchor: null
					}),
					event
				)
			)
		);
		console.info(
			`dev set: ${covered.length}/${cases.length} gold dates reachable from a single expression`
		);
		expect(covered.length / cases.length).toBeGreaterThanOrEqual(0.95);
	});
});
