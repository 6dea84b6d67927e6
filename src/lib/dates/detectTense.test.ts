import { describe, expect, it } from 'vitest';
import { detectTense } from './detectTense';
import type { Tense } from './types';

/** `at` is given as a word of the sentence: its first occurrence. */
describe('detectTense', () => {
	it.each<[string, string | undefined, Tense]>([
		['Rouhani is due in the shrine city of Karbala on Tuesday.', undefined, 'future'],
		['The foreign ministers will meet on Monday in Geneva.', undefined, 'future'],
		['Lavrov is expected to travel to Beijing on Wednesday.', undefined, 'future'],
		['The talks are due to conclude on Friday, and no statement is expected.', 'Friday', 'future'],
		['Macron is scheduled to visit Mosul and Erbil on Sunday.', 'Sunday', 'future'],
		['The summit is set to open next week.', undefined, 'future'],
		['Officials plan to hold a second round tomorrow.', undefined, 'future'],
		['Tongan lawmakers are to vote on the pact on Wednesday.', undefined, 'future'],
		['The envoy was to brief the cabinet on Monday.', undefined, 'future'],
		['The port is to blame for the delay.', undefined, 'present'],
		['Shamkhani met the Iraqi prime minister on Tuesday afternoon.', undefined, 'past'],
		['Israel on Tuesday signed documents establishing formal ties.', undefined, 'past'],
		['The cabinet endorsed the treaty unanimously on Monday.', undefined, 'past'],
		['The envoy has visited Cairo twice this year.', undefined, 'past'],
		['Xi reached Bali on Monday.', undefined, 'past'],
		['The two sides agreed on Friday to reopen the border.', undefined, 'past'],
		// A meeting agreed on is to come; the day of agreeing is past.
		['The two sides agreed on Friday to meet again in May.', 'May', 'future'],
		['The two sides agreed on Friday to meet again in May.', 'Friday', 'past'],
		['The envoys had agreed to hold talks in Suva in March.', 'March', 'future'],
		['Thousands fled the port town on Sunday.', undefined, 'past'],
		// "scheduled" on a noun describes the thing, not the clause's time.
		['The premier postponed a scheduled visit to Lomé on Monday.', undefined, 'past'],
		// A participle on a noun is no past verb: "a planned visit", "the envoy's delayed trip".
		["The envoy's planned visit to Apia on Friday will be her first.", 'Friday', 'future'],
		['A delayed convoy reaches the port on Friday.', undefined, 'present'],
		['The envoy delayed the convoy on Friday.', undefined, 'past'],
		['The upcoming talks were announced on Monday.', undefined, 'past'],
		['The talks are scheduled for Friday.', undefined, 'future'],
		// "plan" before a day is the noun; before "to", "for" or a gerund it makes a plan.
		['The envoy unveiled a peace plan on Tuesday.', 'Tuesday', 'past'],
		['The envoy unveiled a peace plan in Suva.', undefined, 'past'],
		['The envoy plans on meeting the rebels on Tuesday.', 'Tuesday', 'future'],
		['Both sides have plans for a summit in May.', 'May', 'future'],
		['The ministers need more time to finish.', undefined, 'present'],
		// The clause's words up to the verb decide: a reduced relative after it does not.
		['The envoy flew home in December to a welcome few will forget.', 'December', 'past'],
		// An opening phrase takes the main clause's own verb, not the words it reports.
		['At a briefing in Suva on Monday, Sosa said the port would reopen.', 'Monday', 'past'],
		['At a briefing in Suva on Monday, Sosa will say the port is open.', 'Monday', 'future'],
		['The envoy said on Monday that she will fly home.', 'Monday', 'past'],
		// A relative clause's "would" or "expected" does not make the main clause a plan.
		[
			'The strike on Jan. 3, which officials said would deter attacks, killed the commander.',
			'Jan',
			'past'
		],
		['On Jan. 3 the commander, who was expected to speak, was killed.', 'Jan', 'past'],
		['The ministers meet in Doha on Thursday.', undefined, 'present'],
		['Oman is based in Muscat.', undefined, 'present'],
		// Each clause keeps its own tense.
		[
			'Blinken on Friday postponed a visit that had been scheduled for Sunday and Monday.',
			'Friday',
			'past'
		],
		[
			'Blinken on Friday postponed a visit that had been scheduled for Sunday and Monday.',
			'Monday',
			'future'
		],
		['The minister arrived on Monday and will meet the president on Tuesday.', 'Monday', 'past'],
		['The minister arrived on Monday and will meet the president on Tuesday.', 'Tuesday', 'future'],
		[
			'Officials are scheduled to meet on Jan. 10, followed by a council session on Jan. 12.',
			'12',
			'future'
		],
		['Novak was due to brief reporters later in the evening.', undefined, 'future'],
		// A plan told in the past perfect was for a time already past.
		['The envoy had been due to fly to Apia on Thursday.', 'Thursday', 'past'],
		['The premier had been expected to attend the forum in Suva.', undefined, 'past'],
		['The vote was held on Sunday, officials said.', 'Sunday', 'past'],
		['Officials said the minister would travel to Beijing on Monday.', 'Monday', 'future'],
		['The trip would have been the first since 2018.', undefined, 'past'],
		// Names ending in -ed are not verbs.
		['Mohammed bin Salman in Riyadh on Monday.', undefined, 'present']
	])('%s [at %s] → %s', (sentence, word, tense) => {
		const at = word === undefined ? undefined : sentence.indexOf(word);
		expect(detectTense(sentence, at)).toBe(tense);
	});
});
