import { describe, expect, it } from 'vitest';
import { clauseSpans } from './clauses';
import { eventhood } from './eventhood';
import { findTriggers } from './triggers';

function judge(sentence: string, word: string) {
	const trigger = findTriggers(sentence).find((t) => t.text.toLowerCase().includes(word));
	if (!trigger) throw new Error(`no trigger ${word} in ${sentence}`);
	return eventhood(sentence, trigger, [0, sentence.length]);
}

describe('eventhood', () => {
	it.each([
		['Ledesma held talks with Sosa on Monday.', 'talks', 'event'],
		// A dated noun of an act with its object and origin: "from Suva" is still its own phrase.
		['The recall of the envoy from Suva on Monday surprised Apia.', 'recall', 'dated-reference'],
		[
			'The reopening of the consulate in Nuku’alofa on Monday drew crowds.',
			'reopening',
			'dated-reference'
		],
		['In a joint statement issued on Friday, they said so.', 'statement', 'event'],
		['It followed a video call on Dec. 7 between them.', 'video call', 'event'],
		['Ledesma did not meet Sosa.', 'meet', 'none'],
		['Ledesma ruled out a visit to Quito.', 'visit', 'none'],
		['If the army attacked the city, talks would fail.', 'attacked', 'none'],
		['Ledesma arrived in Quito to hold talks with Ruiz.', 'talks', 'none'],
		['The two ministers have now met three times.', 'met', 'none'],
		['Sosa has since visited Quito twice, most recently in March.', 'visited', 'event'],
		['During the visit, Ledesma praised the ties.', 'visit', 'reference'],
		['Ledesma is on a two-day visit to Quito.', 'visit', 'event'],
		['Ledesma arrived in Quito on Monday on a state visit.', 'visit', 'event'],
		['Ledesma commented on a visit by Sosa.', 'visit', 'reference'],
		['The talks are due to conclude on Friday.', 'talks', 'dated-reference'],
		['The visit was seen as a turning point.', 'visit', 'reference'],
		['They agreed to resume flights and official visits.', 'visits', 'none'],
		['The agreement signed with Peru is a declaration.', 'signed', 'reference'],
		['Sosa made her statements during a meeting with Ledesma.', 'statements', 'none'],
		['Ledesma is due to meet Sosa on Tuesday.', 'meet', 'event'],
		['They agreed to meet soon.', 'meet', 'none'],
		['They agreed to meet in Lima next month.', 'meet', 'event'],
		['They agreed on Monday to meet again in Lima in May.', 'meet', 'event'],
		['They agreed on Monday to meet again soon.', 'meet', 'none'],
		['Tonga recalled its envoy to Suva for consultations on Monday.', 'consultations', 'none'],
		['The envoy flew to Suva for talks with Vera on Monday.', 'talks', 'event'],
		['They did not agree to meet in Lima next month.', 'meet', 'none'],
		['Fiji and Tonga came to an agreement on Tuesday.', 'agreement', 'event'],
		['Lima is now looking to a wider audience.', 'audience', 'none'],
		['Neither side expects a joint statement.', 'statement', 'none'],
		['The law must still be signed by the president.', 'signed', 'none'],
		['His own country has yet to ratify it.', 'ratify', 'none'],
		['Ledesma on Monday co-chaired the third summit of the forum.', 'summit', 'event'],
		['The ministry said a meeting would be held on Friday.', 'meeting', 'event'],
		[
			'He was held over what the government called an assassination attempt.',
			'assassination',
			'event'
		],
		['The forum will meet every two years in a member state.', 'meet', 'none'],
		['The six presidents set up a permanent summit mechanism.', 'summit', 'none'],
		['The coup leaders seized power in Apia on 26 May.', 'coup', 'none'],
		['Two protest leaders were detained on Monday.', 'protest', 'none'],
		['The coup in Apia on 26 May stunned the region.', 'coup', 'dated-reference'],
		['Leaders decided to open membership negotiations with Peru.', 'negotiations', 'none'],
		['Ruiz said Chile would host the next summit in 2025.', 'summit', 'event'],
		['Parliament passed a law following the assassinations.', 'assassinations', 'reference'],
		['Vera was the last to land, in the early hours of Thursday.', 'land', 'event'],
		['The ministry said on Monday that it would reply.', 'said', 'event'],
		['The ministry said the visit was set for May.', 'said', 'none'],
		// A scene that opens the sentence dates the words said in it.
		[
			'Speaking after talks in Suva on Monday, the envoy said the port would reopen.',
			'said',
			'event'
		],
		['Speaking after talks in Suva, the envoy said the port would reopen in May.', 'said', 'none'],
		// A journey made for a meeting tells that it was held; a wish does not.
		['Ruiz flew to Lima on Monday to meet President Vera.', 'meet', 'event'],
		['Ruiz hopes to meet President Vera in Lima.', 'meet', 'none'],
		// So does a dated act the words are said after.
		['The envoy said after talks in Suva on Monday that the port would reopen.', 'said', 'event'],
		['The envoy said after talks in Suva that the port would reopen on Monday.', 'said', 'none'],
		['Ruiz, who has called for a truce, spoke first.', 'called', 'none'],
		['Ruiz, who last week called for a truce, spoke first.', 'called', 'event'],
		['Ledesma flew in from Lima on Monday.', 'flew', 'event'],
		['Ledesma flew in from Lima to a warm welcome.', 'flew', 'none'],
		['Sosa went on to call for a joint force.', 'call', 'event'],
		['If it fails, the next summit could be bitter.', 'summit', 'none'],
		// A date that determines the noun: a possessive or a dated "the".
		["Last week's summit in Apia ended early.", 'summit', 'dated-reference'],
		['Observers praised the 4 March vote in Tonga.', 'vote', 'event'],
		["This year's summit drew few leaders.", 'summit', 'reference'],
		// Nouns that need a verb to happen, a predicate or a date of their own.
		['The rebels want a deal before the rains.', 'deal', 'none'],
		['After the truce, trade resumed.', 'truce', 'reference'],
		['The truce collapsed on Tuesday.', 'truce', 'reference'],
		['The truce took effect at dawn on Sunday.', 'truce', 'dated-reference'],
		['A ruling in May cleared the way.', 'ruling', 'event'],
		// A mission sent is a visit only when made to happen or dated.
		['A joint mission planned for 8 May was called off.', 'mission', 'event'],
		['The forum sent a mission to Honiara on Monday.', 'mission', 'event'],
		['Fiji pledged money for a police mission.', 'mission', 'none'],
		['Congress approved the treaty on Monday.', 'treaty', 'reference'],
		['Tonga, which holds general elections in May, has no army.', 'elections', 'none'],
		['Tonga held general elections in May.', 'elections', 'event'],
		['The runoff election was held on Sunday.', 'election', 'dated-reference']
	])('%s [%s] → %s', (sentence, word, expected) => {
		expect(judge(sentence, word)).toBe(expected);
	});

	// Reported words tell a new agreement when several speakers report their own act.
	it.each([
		['Fiji and Tonga said on Monday that they had settled the row.', 'settled', 'event'],
		['Fiji and Tonga announced on Monday that the row had been settled.', 'settled', 'event'],
		['Vera said on Monday that they had settled the row.', 'settled', 'none'],
		['Fiji and Tonga said on Monday that Samoa and Fiji had settled the row.', 'settled', 'none']
	])('%s [%s] → %s (reported)', (sentence, word, expected) => {
		const trigger = findTriggers(sentence).find((t) => t.text.toLowerCase().includes(word))!;
		const reported = clauseSpans(sentence).find((c) => c.kind === 'reported')!;
		expect(eventhood(sentence, trigger, [reported.start, reported.end], true)).toBe(expected);
	});
});
