import { describe, expect, it } from 'vitest';
import { analyse } from '../nlp/analyse';
import { findLexiconTriggers } from './lexiconTriggers';

/** Invented sentences, one per frame: [sentence, the trigger words, event type] or null for none. */
const CASES: [string, string | null, string | null][] = [
	['The navy launched six cruise missiles at the port on Monday.', 'launched', 'attack'],
	['Six missiles were launched at the port.', 'launched', 'attack'],
	['The company launched a new phone.', null, null],
	['Troops opened fire on the crowd.', 'opened', 'attack'],
	['The mayor opened a school.', null, null],
	['Lawmakers voted in favour of the bill.', 'voted', 'legislation'],
	['The senate passed the budget on Friday.', 'passed', 'legislation'],
	['Time passed slowly.', null, null],
	['The jet touched down in Suva.', 'touched down', 'visit'],
	['The envoy shuttled between the two capitals.', 'shuttled', 'visit'],
	['She flew to Apia on Sunday.', 'flew', 'visit'],
	['She flew over the sea.', null, null],
	['The two states agreed to restore diplomatic ties.', 'agreed', 'agreement'],
	['The two sides agreed to expand trade.', null, null],
	['The accord was initialled by both delegations.', 'initialled', 'agreement'],
	['The rebels struck a deal with the army.', 'struck', 'agreement'],
	['A drone struck the convoy.', 'struck', 'attack'],
	['The ministry summoned the ambassador.', 'summoned', 'other'],
	['The envoy was killed in an ambush.', 'killed', 'attack'],
	['They held talks in Dili.', 'held', 'meeting'],
	['The leaders met in Dili.', 'met', 'meeting'],
	['The leaders met the deadline.', null, null],
	['The visiting delegation toured the port.', 'toured', 'visit'],
	['He thanked visiting Defence Minister Ana Ruiz.', null, null]
];

describe('findLexiconTriggers', () => {
	it.each(CASES)('%s', (sentence, words, type) => {
		const found = findLexiconTriggers(analyse(sentence));
		if (words === null) {
			expect(found.filter((t) => t.entry.pos === 'VERB')).toEqual([]);
			return;
		}
		const trigger = found.find((t) => sentence.slice(t.start, t.end) === words);
		expect(trigger?.entry.type).toBe(type);
	});

	it('marks negation and modals of the trigger’s own verb group', () => {
		const [negated] = findLexiconTriggers(analyse('The leaders did not meet in Lima.'));
		expect(negated.negated).toBe(true);
		const [modal] = findLexiconTriggers(analyse('The leaders could meet in Lima.'));
		expect(modal.modal).toBe(true);
		const [planned] = findLexiconTriggers(analyse('The leaders will meet in Lima.'));
		expect([planned.negated, planned.modal]).toEqual([false, false]);
	});

	it('tells a stance in the simple present from a past act', () => {
		const [stance] = findLexiconTriggers(analyse('Lomé rejects any foreign interference.'));
		expect(stance.simplePresent).toBe(true);
		const [act] = findLexiconTriggers(analyse('Lomé rejected the proposal on Monday.'));
		expect(act.simplePresent).toBe(false);
	});

	it('reads the passive subject as the object a verb needs', () => {
		const [trigger] = findLexiconTriggers(analyse('Rockets were fired at the base.'));
		expect(trigger.passive).toBe(true);
		expect(trigger.entry.type).toBe('attack');
	});

	it('takes a gerund after a preposition for an activity, not an event', () => {
		expect(findLexiconTriggers(analyse('They started work on reopening embassies.'))).toEqual([]);
	});
});
