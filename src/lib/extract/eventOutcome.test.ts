import { describe, expect, it } from 'vitest';
import { findTemporalExpressions } from '../dates/findTemporalExpressions';
import { publicationFromIso } from '../dates/publicationFromIso';
import type { EventDate } from '../types';
import { eventOutcome, rescheduledDate, stillAhead } from './eventOutcome';

/** The outcome of the event named by `word` (its first occurrence) in an invented sentence. */
function outcomeOf(sentence: string, word: string, others: string[] = []) {
	const at = sentence.indexOf(word);
	if (at < 0) throw new Error(`"${word}" not in sentence`);
	const spans = others.map((w) => {
		const start = sentence.indexOf(w);
		return { start, end: start + w.length };
	});
	return eventOutcome(
		sentence,
		{ start: at, end: at + word.length },
		spans,
		findTemporalExpressions(sentence)
	);
}

describe('eventOutcome: the outcome word governs the event word', () => {
	it.each<[string, string, 'postponed' | 'cancelled' | null]>([
		// Active verb with the event noun as object.
		['The envoy on Monday postponed a planned trip to Oslo.', 'trip', 'postponed'],
		['The premier called off her visit to the islands.', 'visit', 'cancelled'],
		['The council put off the vote on the budget.', 'vote', 'postponed'],
		['Organisers scrapped the annual forum.', 'forum', 'cancelled'],
		['The two sides pushed back the next round of talks.', 'round', 'postponed'],
		['The king cancelled what was to have been his first trip abroad.', 'trip', 'cancelled'],
		['Samoa scrapped talks with Tonga set for Monday.', 'talks', 'cancelled'],
		['The envoys postponed consultations until May.', 'consultations', 'postponed'],
		['The mayor cancelled plans to visit the port.', 'visit', 'cancelled'],
		// The outcome word describing the noun, before or after it.
		['Envoys met to prepare the postponed summit.', 'summit', 'postponed'],
		['Talks postponed from March will open in Oslo.', 'Talks', 'postponed'],
		// Noun outcome with "of".
		['The ministry announced the postponement of the summit.', 'summit', 'postponed'],
		// The event noun as subject of a passive.
		['The summit, first set for May 2, was delayed by a week.', 'summit', 'postponed'],
		['A planned meeting between the two envoys on Tuesday was cancelled.', 'meeting', 'cancelled'],
		['The vote in the assembly has been pushed back to June.', 'vote', 'postponed'],
		['The signing ceremony was shelved after protests.', 'ceremony', 'cancelled'],
		// A month named May before the verb is no modal.
		['The summit in Suva on 4 May was cancelled.', 'summit', 'cancelled'],
		['The forum set for May was postponed.', 'forum', 'postponed'],
		// Negated, hedged or unrelated: no outcome.
		['The summit was not postponed despite the storm.', 'summit', null],
		['Officials said the vote could be delayed.', 'vote', null],
		['The rebels threatened to cancel the talks.', 'talks', null],
		['The envoy met the mayor after a delayed flight.', 'met', null],
		['The long-delayed summit opened in Oslo.', 'summit', null],
		['The minister visited the port, and the ferry was cancelled.', 'visited', null]
	])('%s [%s] → %s', (sentence, word, status) => {
		expect(outcomeOf(sentence, word)?.status ?? null).toBe(status);
	});

	it.each<[string, string, string, 'postponed' | 'cancelled' | null]>([
		// What describes the subject is no event of its own between it and its verb.
		[
			'The signing of the fisheries pact has been postponed to May 19.',
			'signing',
			'pact',
			'postponed'
		],
		[
			'The forum, originally called for 8 June, was pushed back by two days.',
			'forum',
			'called',
			'postponed'
		],
		// Another event word of its own clause still stops the subject.
		['The forum opened and the signing was cancelled.', 'forum', 'signing', null]
	])('%s [%s; also %s] → %s', (sentence, word, other, status) => {
		expect(outcomeOf(sentence, word, [other])?.status ?? null).toBe(status);
	});

	it('does not reach a subject across another event word', () => {
		const sentence = 'The summit ended and a planned press conference was cancelled.';
		expect(outcomeOf(sentence, 'summit', ['press conference'])).toBeNull();
		expect(outcomeOf(sentence, 'press conference', ['summit'])?.status).toBe('cancelled');
	});
});

describe('eventOutcome: which date is the date first set', () => {
	const firstSetOf = (sentence: string, word: string) => {
		const outcome = outcomeOf(sentence, word);
		return findTemporalExpressions(sentence)
			.filter((e) => outcome?.firstSet(e))
			.map((e) => e.text);
	};

	it.each<[string, string, string[]]>([
		// The day of the decision is not the event's.
		['The envoy on Friday postponed a trip to Oslo that was due for Sunday.', 'trip', ['Sunday']],
		['The envoy on Friday postponed her trip to Oslo.', 'trip', []],
		// The new date is not the date first set either.
		['The summit, originally set for May 2, was pushed back to May 9.', 'summit', ['May 2']],
		// A date on the subject noun, before the passive verb, is the event's own.
		[
			'A planned meeting between the envoys on Tuesday was cancelled on Monday.',
			'meeting',
			['on Tuesday']
		],
		// A date standing as the noun's determiner, subject or object.
		["Wednesday's meeting in Apia was cancelled on Monday.", 'meeting', ["Wednesday's"]],
		["The premier on Monday called off Wednesday's summit.", 'summit', ["Wednesday's"]],
		['The 4 June summit was postponed on Monday.', 'summit', ['The 4 June']]
	])('%s', (sentence, word, texts) => {
		expect(firstSetOf(sentence, word)).toEqual(texts);
	});
});

describe('stillAhead', () => {
	const publication = publicationFromIso('2024-04-20T10:00:00Z');
	const moved = (day: string) => ({ start: day, end: day, text: day });
	it.each<[Parameters<typeof stillAhead>[0], ReturnType<typeof moved> | null, boolean]>([
		['postponed', null, true],
		['postponed', moved('2024-05-09'), true],
		['postponed', moved('2024-04-12'), false],
		['cancelled', null, false]
	])('%s, moved to %j → %s', (status, rescheduled, ahead) => {
		expect(stillAhead(status, rescheduled, publication)).toBe(ahead);
	});
});

describe('rescheduledDate', () => {
	const publication = publicationFromIso('2024-04-20T10:00:00Z');
	const firstSet: EventDate = {
		start: '2024-05-02',
		end: '2024-05-02',
		precision: 'day',
		derivation: 'explicit',
		text: 'May 2',
		explanation: '2 May, stated in the text.',
		approximate: false
	};

	it.each<[string, string, { start: string; end: string; text: string } | null]>([
		[
			'The summit, originally set for May 2, was pushed back to May 9.',
			'summit',
			{ start: '2024-05-09', end: '2024-05-09', text: 'May 9' }
		],
		[
			'The summit, first set for May 2, was delayed by a week.',
			'summit',
			{ start: '2024-05-09', end: '2024-05-09', text: 'by a week' }
		],
		[
			'The summit, first set for May 2, was delayed until June.',
			'summit',
			{ start: '2024-06-01', end: '2024-06-30', text: 'until June' }
		],
		['The summit, first set for May 2, was postponed.', 'summit', null],
		['The summit, first set for May 2, was cancelled.', 'summit', null]
	])('%s', (sentence, word, expected) => {
		const outcome = outcomeOf(sentence, word);
		expect(outcome).not.toBeNull();
		expect(outcome && rescheduledDate(outcome, firstSet, publication)).toEqual(expected);
	});
});
