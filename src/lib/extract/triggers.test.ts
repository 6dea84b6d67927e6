import { describe, expect, it } from 'vitest';
import { findTriggers } from './triggers';

function first(sentence: string) {
	const [trigger] = findTriggers(sentence);
	return trigger ? [trigger.rule.type, trigger.rule.cameo, trigger.text] : null;
}

describe('findTriggers', () => {
	it.each([
		['Ledesma spoke by telephone with Sosa.', 'phone_call', '041'],
		['Ledesma held talks with Sosa in Lima.', 'meeting', '040'],
		['Sosa was received by Ledesma.', 'meeting', '043'],
		['Ledesma arrived in Lima on Monday.', 'visit', '042'],
		['Ledesma will travel to Quito next week.', 'visit', '042'],
		['The two sides signed five memoranda of understanding.', 'agreement', '057'],
		["Chile's parliament ratified the treaty.", 'legislation', null],
		['A drone strike hit the convoy.', 'attack', '195'],
		['The general was assassinated by unknown gunmen.', 'attack', '186'],
		['In a joint statement, the ministers said so.', 'statement', '010'],
		['Sosa told reporters the talks went well.', 'press_conference', '010'],
		['Ledesma took the oath of office on Sunday.', 'other', null],
		['Ledesma postponed a visit to Quito.', 'other', null]
	])('%s', (sentence, type, cameo) => {
		expect(first(sentence)?.slice(0, 2)).toEqual([type, cameo]);
	});

	it.each([
		['He met visiting Peruvian Foreign Minister Ana Rojas.', 'visit'],
		["They would try to meet each other's expectations.", 'meeting'],
		['Ledesma flew in from Lima on Monday.', 'visit'],
		['They condemned cyber attacks on banks.', 'attack']
	])('no trigger in "%s" of type %s', (sentence, type) => {
		expect(findTriggers(sentence).filter((t) => t.rule.type === type)).toEqual([]);
	});
});
