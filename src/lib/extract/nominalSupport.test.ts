import { describe, expect, it } from 'vitest';
import { analyse } from '../nlp/analyse';
import { nominalSupport, type NominalSupport } from './nominalSupport';

/** Invented sentences: [sentence, the event noun, its support verb list, what makes it an event]. */
const CASES: [string, string, string, NominalSupport['kind'] | null][] = [
	['The rivals sealed a fisheries deal in Apia.', 'deal', 'agreement', 'verb'],
	['The rivals struck a power-sharing deal.', 'deal', 'agreement', 'verb'],
	['Mediators hammered out a truce overnight.', 'truce', 'agreement', 'verb'],
	['Both envoys took part in the summit.', 'summit', 'gathering', 'verb'],
	['Voters cast ballots in a referendum on Sunday.', 'referendum', 'ballot', 'verb'],
	['The premier paid a visit to Suva.', 'visit', 'visit', 'verb'],
	['Both premiers attend a signing ceremony in Suva.', 'signing', 'gathering', 'verb'],
	['The senate gave final approval to the accord.', 'approval', 'approval', 'verb'],
	['The truce between the two militias took effect at dawn.', 'truce', 'agreement', 'predicate'],
	['The runoff election was held on Sunday.', 'election', 'ballot', 'predicate'],
	['Talks with the unions are slated to open in Apia.', 'talks', 'gathering', 'predicate'],
	['A second meeting of the envoys will take place soon.', 'meeting', 'gathering', 'predicate'],
	['The vote set for May was called off.', 'vote', 'ballot', 'predicate'],
	['The accord, brokered by Tonga, was signed in Apia.', 'accord', 'agreement', 'predicate'],
	['The pact reached in Apia ends the feud.', 'pact', 'agreement', 'predicate'],
	['Under the pact, agreed in Apia, both sides disarm.', 'pact', 'agreement', 'predicate'],
	['The forum, originally called for June, was pushed back.', 'forum', 'gathering', 'predicate'],
	['Ruiz had won two earlier confidence votes.', 'votes', 'ballot', 'verb'],
	// A mission put off or called off was one set: the outcome verb makes it an event.
	['Tonga scrapped a trade mission to Apia.', 'mission', 'mission', 'verb'],
	['Fiji postponed its trade mission until June.', 'mission', 'mission', 'verb'],
	// An agreement as the outcome of talks or of a process.
	['Fiji and Tonga came to an agreement on quotas.', 'agreement', 'agreement', 'verb'],
	['Two days of talks ended in a deal on river water.', 'deal', 'agreement', 'verb'],
	['The mediation resulted in a truce along the lake.', 'truce', 'agreement', 'verb'],
	['The Apia round produced a pact on fisheries.', 'pact', 'agreement', 'verb'],
	// Another verb's object: that verb is the event, and a date after the noun is the verb's.
	['Congress approved the treaty on Monday.', 'treaty', 'agreement', 'object'],
	// Only named: another verb's object, or a subject doing something else.
	['The rebels want a deal before the rains.', 'deal', 'agreement', 'object'],
	['The deal drew criticism from the opposition.', 'deal', 'agreement', null],
	['The summit did not take place.', 'summit', 'gathering', null],
	['The election could be held in May.', 'election', 'ballot', null],
	['At the summit, Tonga opened a new embassy.', 'summit', 'gathering', null],
	['The truce held until Friday.', 'truce', 'agreement', null],
	['The accord ended a decade of feuding.', 'accord', 'agreement', null]
];

describe('nominalSupport', () => {
	it.each(CASES)('%s [%s]', (sentence, noun, list, expected) => {
		const tokens = analyse(sentence);
		const i = tokens.findIndex((t) => t.lower === noun);
		expect(i, noun).toBeGreaterThanOrEqual(0);
		expect(nominalSupport(tokens, i, list)?.kind ?? null).toBe(expected);
	});
});
