import { describe, expect, it } from 'vitest';
import { analyse } from '../nlp/analyse';
import { findLexiconTriggers } from './lexiconTriggers';

/** Invented sentences, one per frame: [sentence, the trigger words, event type] or null for none. */
const CASES: [string, string | null, string | null][] = [
	['The navy launched six cruise missiles at the port on Monday.', 'launched', 'attack'],
	['Six missiles were launched at the port.', 'launched', 'attack'],
	['The company launched a new phone.', null, null],
	['Foreign ministers gathered in Suva on Monday.', 'gathered', 'meeting'],
	['Thousands of protesters gathered outside the hall.', null, null],
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
	['The neighbours agreed to reopen the border crossing.', 'agreed', 'agreement'],
	['Both governments agreed on Friday to free all detainees.', 'agreed', 'agreement'],
	// Several parties agreeing to a concrete act (commitment verbs, objectClasses.json).
	['Tonga and Samoa agreed on Monday to build a shared cable.', 'agreed', 'agreement'],
	['Member states agreed to cut fuel output by a tenth.', 'agreed', 'agreement'],
	['Fiji agreed with Vanuatu on Friday to scrap visa fees.', 'agreed', 'agreement'],
	['The two neighbours agreed last week to set up a joint fund.', 'agreed', 'agreement'],
	['Palau agreed to build a port.', null, null],
	['Nauru and Palau agreed on Monday to pool their coastguards.', 'agreed', 'agreement'],
	['Nauru and Palau agreed on Monday to lower tariffs on fish.', 'agreed', 'agreement'],
	['Fiji and Samoa agreed on Monday to revive a stalled ferry link.', 'agreed', 'agreement'],
	['The two sides agreed to work together on climate.', null, null],
	['It was the first flight since both states agreed to build the bridge.', null, null],
	['Tonga and Samoa failed to agree on Monday to scrap the levy.', null, null],
	['The accord was initialled by both delegations.', 'initialled', 'agreement'],
	['The two envoys initialled the text on Monday.', 'initialled', 'agreement'],
	['The rebels struck a deal with the army.', 'struck', 'agreement'],
	['A drone struck the convoy.', 'struck', 'attack'],
	['The ministry summoned the ambassador.', 'summoned', 'other'],
	['The assembly voted out the speaker.', 'voted out', 'legislation'],
	['The minister briefed the defence committee.', 'briefed', 'meeting'],
	['The envoy was killed in an ambush.', 'killed', 'attack'],
	['They held talks in Dili.', 'held', 'meeting'],
	['The leaders met in Dili.', 'met', 'meeting'],
	['The leaders met the deadline.', null, null],
	['The visiting delegation toured the port.', 'toured', 'visit'],
	['He thanked visiting Defence Minister Ana Ruiz.', null, null],
	['The council condemned the shelling of the market.', 'condemned', 'statement'],
	['The premier urged both sides to show restraint.', 'urged', 'statement'],
	['The minister told reporters the border would reopen.', 'told', 'press_conference'],
	['The minister told lawmakers the border would reopen.', 'told', 'statement'],
	['The minister told his aides to wait.', null, null],
	['The president addressed the assembly on Monday.', 'addressed', 'statement'],
	['The president addressed the problem quickly.', null, null],
	['The ministry denied reports of a coup.', 'denied', 'statement'],
	['The ministry denied entry to the ship.', null, null],
	['The chancellor welcomed the ceasefire.', 'welcomed', 'statement'],
	['The memorandum, initialled in Apia, runs to six pages.', 'initialled', 'agreement'],
	['A memorandum initialled by both ministers covers fisheries.', 'initialled', 'agreement'],
	['The leaders made no statement to the press.', null, null],
	['Kiribati pulled out of the fisheries agreement.', 'pulled out', 'other'],
	['The delegation walked out of the session.', 'walked out', 'other'],
	['The two rivals shook hands on a power-sharing deal.', 'shook', 'agreement'],
	['The court struck down the decree.', 'struck down', 'other'],
	['The premier dissolved parliament.', 'dissolved', 'other'],
	['The president appeared on national television to resign.', 'appeared', 'statement'],
	['The ambassador was called home.', 'called home', 'other'],
	['Parliament approved it on Monday.', 'approved', 'legislation'],
	['The board approved it on Monday.', null, null],
	['6. The Authority condemns the detention of the president.', 'condemns', 'statement'],
	['A plan for the port, drawn up by engineers, was adopted in May.', 'adopted', 'agreement'],
	['The council suspended Ruritania on Friday.', 'suspended', 'other'],
	['The rivals shook hands on the deal.', 'shook', 'agreement'],
	['Ruiz passed the bloc’s rotating presidency to Vera.', 'passed', 'other'],
	['The chancellor welcomed the ruling.', 'welcomed', 'statement'],
	['Ruiz briefs reporters in Suva.', 'briefs', 'press_conference'],
	['Ruiz cleared the way by dissolving the cabinet.', 'dissolving', 'other'],
	['The last diplomats pulled out of Lima.', 'pulled out', 'other'],
	['The ministers gathered in Apia agreed in principle to act.', 'agreed', 'agreement'],
	// A bill through a chamber, or signed into law; captives of any trade; a stop on a tour.
	['The fisheries bill cleared the upper house on Monday.', 'cleared', 'legislation'],
	['Crowds cleared the square.', null, null],
	['The premier signed the budget into law.', 'signed', 'legislation'],
	['Tonga freed nine Samoan fishermen on Friday.', 'freed', 'other'],
	['The navy released the crew of the seized trawler.', 'released', 'other'],
	['The minister made a brief stop in Nuku’alofa.', 'stop', 'visit'],
	['The arrest of the mayor in Apia sparked protests.', 'arrest', 'other'],
	// Meetings by other names: a courtesy call, views exchanged, a dinner with someone.
	['The envoy paid a courtesy call on the premier in Apia.', 'call', 'meeting'],
	['The envoy made a call to the ministry.', null, null],
	['Ruiz exchanged views with Vera in Suva.', 'exchanged', 'meeting'],
	['The two sides exchanged prisoners.', 'exchanged', 'other'],
	['Ruiz had dinner with Vera in Suva on Monday.', 'dinner', 'meeting'],
	// Changes of office, force posture, protest and coercion (CAMEO 14, 15, 17).
	['The council elected a new speaker on Friday.', 'elected', 'other'],
	['Vera was elected premier in May.', 'elected', 'other'],
	['The newly elected premier spoke on Monday.', null, null],
	['Samoa’s elected leader spoke.', null, null],
	['The assembly impeached the governor on Tuesday.', 'impeached', 'other'],
	['The court removed the mayor from office.', 'removed', 'other'],
	['He removed his jacket.', null, null],
	['They want a Samoan government elected by popular vote.', null, null],
	['The general took power on Monday.', 'took', 'other'],
	['The union took over the rotating chairmanship.', 'took over', 'other'],
	['The premier stepped down on Friday.', 'stepped down', 'other'],
	['Samoa deployed troops to the border on Monday.', 'deployed', 'other'],
	['The app was deployed last year.', null, null],
	['Thousands of protesters marched on the palace.', 'marched', 'other'],
	['The band marched on.', null, null],
	['Students took to the streets on Monday.', 'took', 'other'],
	['Tonga deported two activists.', 'deported', 'other'],
	['Samoa blocked Tonga’s bid to join the forum.', 'blocked', 'other'],
	['The two neighbours reopened their shared border on Sunday.', 'reopened', 'other'],
	// Acts on missions, envoys, troops, captives and sanctions as nouns: the noun and its object.
	[
		'The reopening of the Latvian consulate in Osh drew crowds.',
		'reopening of the Latvian consulate',
		'other'
	],
	[
		'The closure of the embassy in Bishkek was announced on Monday.',
		'closure of the embassy',
		'other'
	],
	[
		'The recall of the Kyrgyz ambassador surprised Riga.',
		'recall of the Kyrgyz ambassador',
		'other'
	],
	[
		'The withdrawal of foreign troops from the valley ended in June.',
		'withdrawal of foreign troops',
		'other'
	],
	[
		'Kazakhstan secured the release of three sailors on Monday.',
		'release of three sailors',
		'other'
	],
	['The exchange of detainees took place at the border.', 'exchange of detainees', 'other'],
	['The lifting of sanctions on Kyrgyz banks was welcomed.', 'lifting of sanctions', 'other'],
	['The extradition of the banker to Riga was approved.', 'extradition', 'other'],
	['The opening of the new school was delayed.', null, null],
	// Accession, and access granted (CAMEO 086).
	['Uzbekistan joined the trade organisation on Thursday.', 'joined', 'other'],
	['Latvia joined the talks on Monday.', null, null],
	['Kazakhstan acceded to the water convention on Friday.', 'acceded', 'other'],
	['Tajikistan granted visas to forty students on Thursday.', 'granted', 'other'],
	['The court granted the request on Monday.', null, null],
	['The consulate issued visas to the crew on Monday.', 'issued', 'other'],
	['The exchange of views was frank.', null, null],
	// Credentials and asylum (CAMEO 075).
	['The new envoy presented her credentials to the king on Monday.', 'presented', 'other'],
	['The king received the credentials of three envoys.', 'received', 'other'],
	['Samoa granted asylum to the dissident on Monday.', 'granted', 'other'],
	['The minister presented a new budget.', null, null],
	// Appointments: a finite verb or a passive, not a participle modifying a noun or a clause.
	['The president named a new foreign minister on Friday.', 'named', 'other'],
	['Ana Ruiz was named foreign minister on Friday.', 'named', 'other'],
	['The officials named in the report were absent.', null, null],
	['The envoys discussed trade, naming Fiji and Tonga.', null, null],
	// "called X": a telephone call when X is a person, an office or a state and ends the phrase.
	['The Fijian premier called him on Sunday to congratulate him.', 'called', 'phone_call'],
	['Ana Ruiz called the Tongan king on Sunday.', 'called', 'phone_call'],
	['The Tongan king was called by Ana Ruiz on Sunday.', 'called', 'phone_call'],
	['Ana Ruiz called the move illegal.', null, null],
	['Ana Ruiz called Tonga a bully.', null, null],
	["Ana Ruiz called Tonga's bluff.", null, null],
	['Reporters were called back into the room.', null, null],
	['Ruiz was called a traitor.', null, null],
	// A phrasal verb's particle after a pronoun or a short object.
	['Fiji called its ambassador home on Monday.', 'called', 'other'],
	['Lawmakers voted him out on Monday.', 'voted', 'legislation'],
	['Lawmakers voted out the premier on Monday.', 'voted out', 'legislation'],
	['Voters voted him out in May.', 'voted', 'other'],
	['She called the envoy at home.', null, null],
	// A hyphenated entry, which the model splits in three words.
	['The swearing-in was held at the palace on Sunday.', 'swearing-in', 'other'],
	['Leaders met for a get-together in Apia on Monday.', 'get-together', 'meeting'],
	['The presidential run-off is set for 3 May.', 'run-off', 'other'],
	['They called the long and bitter dispute over water rights home.', null, null],
	// A participle opening the sentence takes the main subject as its object.
	['Signed in Apia on 3 May, the accord ends the dispute.', 'Signed', 'agreement'],
	['Formally signed on Friday, the pact opens the border.', 'signed', 'agreement'],
	['Signed in Apia on 3 May, the letter angered Tonga.', null, null],
	// Past an apposition, the passive's subject is its phrase's head, not its first noun.
	[
		'The river water accord, drafted by officials in May, was signed by both leaders.',
		'signed',
		'agreement'
	],
	// A bill pushed through a legislature.
	['The ruling party pushed the bill through parliament on Tuesday.', 'pushed', 'legislation'],
	['The foreign affairs committee backed the treaty on Monday.', 'backed', 'legislation'],
	// A legislature as subject outranks a signing's object class.
	['Parliament approved the accord on Monday.', 'approved', 'legislation'],
	['The committee is due to take up the treaty next week.', 'take up', 'legislation'],
	['The senate signed off on the treaty on Monday.', 'signed off', 'legislation'],
	['The governor signed off on the new law.', 'signed off', 'legislation'],
	// A participle right after its noun, even where the model misses the main verb after it.
	['The accord signed in Apia this week caps years of talks.', 'signed', 'agreement'],
	['The office opened its doors in May.', null, null],
	// Parties settling a dispute together.
	['Fiji and Tonga settled their border row on Monday.', 'settled', 'agreement'],
	['The two neighbours ended a long fishing dispute on Friday.', 'ended', 'agreement'],
	['Fiji ended the dispute.', null, null],
	// In the passive the parties go unsaid.
	['The border row was settled on Monday.', 'settled', 'agreement'],
	['The court will resolve the dispute.', null, null]
];

describe('findLexiconTriggers', () => {
	it.each(CASES)('%s', (sentence, words, type) => {
		const found = findLexiconTriggers(analyse(sentence));
		if (words === null) {
			expect(found.filter((t) => t.entry.pos === 'VERB' || t.entry.type === 'other')).toEqual([]);
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
		const [refused] = findLexiconTriggers(
			analyse('Tonga and Samoa did not agree to build a cable.')
		);
		expect(refused.negated).toBe(true);
		const [notYet] = findLexiconTriggers(analyse('Tonga has yet to ratify the treaty.'));
		expect(notYet.negated).toBe(true);
		const [planned] = findLexiconTriggers(analyse('The leaders will meet in Lima.'));
		expect([planned.negated, planned.modal]).toEqual([false, false]);
	});

	it('tells a stance in the simple present from a past act', () => {
		const [stance] = findLexiconTriggers(analyse('Lomé rejects any foreign interference.'));
		expect(stance.simplePresent).toBe(true);
		const [act] = findLexiconTriggers(analyse('Lomé rejected the proposal on Monday.'));
		expect(act.simplePresent).toBe(false);
	});

	it('flags the frames that need a date of their own, and stance verbs', () => {
		const [said] = findLexiconTriggers(analyse('The ministry said on Monday that it would reply.'));
		expect(said.entry).toMatchObject({ type: 'statement', needsDate: true });
		const [denies] = findLexiconTriggers(analyse('The ministry denies the reports.'));
		expect(denies).toMatchObject({ simplePresent: true, entry: { stance: true } });
		const [condemns] = findLexiconTriggers(analyse('The minister condemns the attack.'));
		expect(condemns.entry.stance).toBeUndefined();
	});

	it('reads the passive subject as the object a verb needs', () => {
		const [trigger] = findLexiconTriggers(analyse('Rockets were fired at the base.'));
		expect(trigger.passive).toBe(true);
		expect(trigger.entry.type).toBe('attack');
	});

	it('reads a reduced relative’s head noun as the object its participle needs', () => {
		const relative = findLexiconTriggers(analyse('The pact, signed in Honiara, lapsed.')).find(
			(t) => t.entry.pos === 'VERB'
		)!;
		expect(relative).toMatchObject({ reducedRelative: true, passive: false });
		expect(relative.entry.type).toBe('agreement');
		// "-ed" with neither a comma nor "by": the past tense of a main verb.
		const [main] = findLexiconTriggers(analyse('The talks opened in Apia on Monday.'));
		expect(main?.reducedRelative ?? false).toBe(false);
	});

	it('takes a verb with no frame, reduced to a modifier, for background', () => {
		const found = findLexiconTriggers(
			analyse('The ministers gathered in Apia agreed in principle.')
		);
		expect(found.map((t) => t.entry.lemma)).toEqual(['agree']);
	});

	it('takes a gerund after a preposition for an activity, not an event', () => {
		expect(findLexiconTriggers(analyse('They started work on reopening embassies.'))).toEqual([]);
	});
});
