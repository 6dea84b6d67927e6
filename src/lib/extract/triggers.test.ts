import { describe, expect, it } from 'vitest';
import { findTriggers } from './triggers';

function first(sentence: string) {
	const [trigger] = findTriggers(sentence);
	return trigger ? [trigger.rule.type, trigger.rule.cameo, trigger.text] : null;
}

describe('findTriggers', () => {
	it.each([
		['Ledesma spoke by telephone with Sosa.', 'phone_call', '041'],
		['The rivals struck a power-sharing deal in Apia.', 'agreement', '057'],
		['The ministers sealed a fisheries pact.', 'agreement', '057'],
		['Ledesma held talks with Sosa in Lima.', 'meeting', '040'],
		['Sosa was received by Ledesma.', 'meeting', '043'],
		['Ledesma arrived in Lima on Monday.', 'visit', '042'],
		['Ledesma will travel to Quito next week.', 'visit', '042'],
		['The two sides signed five memoranda of understanding.', 'agreement', '057'],
		["Chile's parliament ratified the treaty.", 'legislation', null],
		['A drone strike hit the convoy.', 'attack', '195'],
		// A framed reading overrules a bare verb of force.
		['Chile and Peru struck a deal on water rights.', 'agreement', '057'],
		['Rebel artillery struck a border post.', 'attack', '190'],
		// So does a frame over a single word of speech: announcing a new deal makes it.
		['Fiji and Tonga announced a fisheries deal on Monday.', 'agreement', '057'],
		['Fiji announced the deal on Monday.', 'statement', '010'],
		['Fiji announced its withdrawal from the fisheries deal.', 'statement', '010'],
		['The rebels declared a ceasefire on Sunday.', 'agreement', '057'],
		['The general was assassinated by unknown gunmen.', 'attack', '186'],
		['In a joint statement, the ministers said so.', 'statement', '010'],
		['Sosa told reporters the talks went well.', 'press_conference', '010'],
		['Ledesma took the oath of office on Sunday.', 'other', null],
		['Ledesma postponed a visit to Quito.', 'other', null],
		['Ledesma cancelled what would have been the first visit to Quito.', 'other', null],
		["Peru's parliament on Monday ratified Chile's accession to the pact.", 'legislation', null],
		['Members of the legislature voted 98 to 12 in favour.', 'legislation', null],
		['Vera was elected prime minister by the parliament on Friday.', 'legislation', null],
		['Lawmakers elected Ana Ruiz as president.', 'legislation', null],
		['Ruiz took over the rotating chairmanship of the bloc from Vera.', 'other', null],
		['Vera hands power on Tuesday to Ruiz.', 'other', null],
		['Bolivia recalled its ambassador to Chile.', 'other', '161'],
		['Guards escorted the envoy, a senior diplomat, out of the hall.', 'other', '161'],
		['Two drones loaded with explosives detonated near him.', 'attack', '183'],
		['In a televised address hours later, Ruiz said so.', 'statement', '010'],
		['Ruiz told Andes News on Sunday there was no plot.', 'statement', '010'],
		['Vera said in an interview with a local paper that he would run.', 'statement', '010'],
		['Ruiz addressed a joint session of parliament later in the day.', 'statement', '010'],
		['Ledesma called on Governor-General Ana Ruiz at Government House.', 'meeting', '043'],
		['Ledesma left for Quito later on Monday.', 'visit', '042'],
		['Ledesma had spoken with Sosa on May 4 in their last call.', 'phone_call', '041'],
		['Sosa wrote to the UN secretary-general urging the body to act.', 'statement', '010'],
		['Leaders decided on Thursday to open talks with Peru.', 'other', null],
		['Ruiz vetoed the aid package later that night.', 'other', null],
		['Leaders also granted Bolivia the status of candidate country.', 'other', null],
		['Peru held a referendum on December 3.', 'other', null],
		['They agreed that neither country would use force.', 'agreement', '057'],
		['Samoa broke off talks with Tonga on Monday.', 'other', '161'],
		['Ruiz and Vera held a joint press conference in Suva.', 'press_conference', '010'],
		// A noun after a preposition of time is no verb's object.
		['Fiji expelled two envoys after talks with Tonga.', 'other', '161']
	])('%s', (sentence, type, cameo) => {
		expect(first(sentence)?.slice(0, 2)).toEqual([type, cameo]);
	});

	it.each([
		['He met visiting Peruvian Foreign Minister Ana Rojas.', 'visit'],
		["They would try to meet each other's expectations.", 'meeting'],
		['They condemned cyber attacks on banks.', 'attack'],
		['Ruiz called on the UN Security Council to act.', 'meeting'],
		['Ledesma left for good after the election.', 'visit'],
		['Ledesma had spoken with Sosa about trade.', 'phone_call'],
		['Xi held talks with each of the visiting presidents.', 'visit'],
		// An event noun as the object of a verb of another type: one event.
		['Samoa broke off talks with Tonga on Monday.', 'meeting'],
		['The Tongan delegation walked out of the session in Apia.', 'meeting'],
		['Fiji suspended the negotiations with Tonga.', 'meeting'],
		['Ruiz and Vera held a joint press conference in Suva.', 'meeting'],
		// A passive outcome names no one who decided it: no act of its own beside the event.
		['The visit was called off on Monday after talks stalled.', 'other'],
		['A planned trip has been postponed until the talks resume.', 'other']
	])('no trigger in "%s" of type %s', (sentence, type) => {
		expect(findTriggers(sentence).filter((t) => t.rule.type === type)).toEqual([]);
	});
});

describe('findTriggers across odd spacing', () => {
	it.each([
		['The premier  called off the visit.', 'other'],
		['The premier called\u00a0off the visit.', 'other'],
		['The two leaders spoke  by  phone on Monday.', 'phone_call'],
		['Ministers sat\u00a0down in Lomé.', 'meeting']
	])('%j', (sentence, type) => {
		expect(findTriggers(sentence).map((t) => t.rule.type)).toContain(type);
	});
});

describe('findTriggers: an event noun whose predicate is an event verb of its type', () => {
	it.each([
		['The summit was attended by Ruiz and Vera in Apia.', 'attended'],
		['The meeting was chaired by Ruiz in Suva on Monday.', 'chaired'],
		['The accord was brokered by Fiji in Suva.', 'brokered']
	])('tells one event by the verb: %s', (sentence, verb) => {
		const found = findTriggers(sentence);
		expect(found.map((t) => t.text)).toEqual([verb]);
	});
});

describe('findTriggers: an event noun after a verb of another type', () => {
	it('keeps a meeting named after a preposition of time beside the act', () => {
		const types = findTriggers('Fiji expelled two envoys after talks with Tonga.').map(
			(t) => t.rule.type
		);
		expect(types).toEqual(['other', 'meeting']);
	});
});
