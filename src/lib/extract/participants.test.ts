import { describe, expect, it } from 'vitest';
import { clauseAt } from './clauses';
import { attackRoles, participantsFor, thingSubject, withStates } from './participants';
import { actorNames, testSentence, testStory, triggerOf } from './testSentence';
import { extractWithoutGazetteer, participantNames } from './testSentence';

function read(text: string, word: string) {
	const story = testStory();
	const s = testSentence(story, text);
	const trigger = triggerOf(s, word);
	return { story, s, trigger, clause: clauseAt(s.clauses, trigger.start) };
}

const names = (actors: readonly { name: string }[]) => actors.map((a) => a.name);

describe('agents and patients by voice', () => {
	it.each([
		[
			'Colombia struck rebel commander Ruben Ochoa near Tarija.',
			'struck',
			{ agents: ['Colombia'], patients: [] }
		],
		[
			'Rebel commander Ruben Ochoa was killed by Colombia on Friday.',
			'killed',
			{ agents: ['Colombia'], patients: ['Ruben Ochoa'] }
		]
	])('%s', (text, word, expected) => {
		const { s, trigger, clause } = read(text, word);
		const roles = attackRoles(s, trigger, clause, []);
		expect({ agents: names(roles.agents), patients: names(roles.patients) }).toEqual(expected);
	});

	it('leaves the speakers of the sentence out of the agents', () => {
		const { s, trigger, clause } = read('Colombia struck a rebel camp near Tarija.', 'struck');
		const speaker = s.subjectOf(clause)[0].actors;
		expect(attackRoles(s, trigger, clause, speaker).agents).toEqual([]);
	});
});

describe('participants by clause', () => {
	it("takes a relative clause's subject from the name before an appositive", () => {
		const { s, trigger, clause } = read(
			'The envoy met Mateo Salas, a fierce critic of the Ruiz government, who visited Lima on Monday.',
			'visited'
		);
		expect(actorNames(participantsFor(s, trigger, clause))).toContain('Mateo Salas');
	});

	it("takes an opening phrase's subject from the main clause", () => {
		const { s, trigger, clause } = read(
			'After talks with Peru, Chilean President Tomás Ledesma flew home.',
			'talks'
		);
		expect(actorNames(participantsFor(s, trigger, clause))).toContain('Tomás Ledesma');
	});

	it.each([
		[
			'In a phone call on Monday, Tomás Ledesma told Luis Vera that the port would reopen.',
			'phone call',
			true
		],
		['At talks in Lima, Tomás Ledesma assured Luis Vera of his support.', 'talks', true],
		// Only a call or a meeting has the one told for its other party.
		['After the vote in Lima, Tomás Ledesma told Luis Vera that it was over.', 'vote', false]
	])(
		'takes the one the main clause tells for an opening call or meeting: %s',
		(text, word, told) => {
			const { s, trigger, clause } = read(text, word);
			const names = actorNames(participantsFor(s, trigger, clause));
			expect([names.includes('Tomás Ledesma'), names.includes('Luis Vera')]).toEqual([true, told]);
		}
	);

	it('lets a body with no person named act for its state', () => {
		const { story, s, trigger, clause } = read("Somalia's cabinet met on Monday.", 'met');
		const all = participantsFor(s, trigger, clause).flatMap((r) => r.actors);
		expect(names(withStates(story.actors, all))).toEqual(['Somali cabinet', 'Somalia']);
	});
});

describe('a clause opening with a thing', () => {
	it.each([
		['The bill heads to ', true],
		['Its draft goes to ', true],
		['The envoy flew to ', false],
		['The pontiff is due in ', false],
		['Tomás Ledesma flew to ', false]
	])('"%s" is %s', (lead, expected) => {
		expect(thingSubject(lead)).toBe(expected);
	});
});

describe('participants in whole articles (published 2024-03-12)', () => {
	const read = (body: string) => extractWithoutGazetteer(body, '2024-03-12T18:00:00Z');

	it('reads a relative clause as about the name before an appositive', () => {
		const events = read(
			'President Luis Vera met Ana Ruiz on Monday. Vera hands power on Tuesday to Mateo Salas, a fierce critic of the Ruiz government, who will be sworn in at a ceremony in Lima.'
		);
		const handover = events.find((e) => e.type === 'other');
		expect(handover && participantNames(handover)).toEqual(['Luis Vera', 'Mateo Salas']);
	});

	it('splits a courtesy call from the talks held after it', () => {
		const events = read(
			'On Monday morning, Chilean President Tomás Ledesma called on Governor-General Ana Ruiz at Government House before holding talks with Prime Minister Luis Vera.'
		);
		expect(events.map((e) => participantNames(e))).toEqual([
			['Tomás Ledesma', 'Ana Ruiz', 'Chile'],
			['Tomás Ledesma', 'Luis Vera', 'Chile']
		]);
	});
});

describe('participants in whole articles (published 2024-12-30)', () => {
	const read = (body: string) => extractWithoutGazetteer(body, '2024-12-30T18:00:00Z');

	it.each([
		["Chile's president, who took office in March, visited Lima on Monday.", 'visit', 'Chile'],
		[
			'Bolivia, which had blocked the draft, ratified the treaty on Monday.',
			'legislation',
			'Bolivia'
		]
	])('takes the subject a main clause resumes after a relative one: %s', (body, type, name) => {
		const event = read(body).find((e) => e.type === type);
		expect(event && participantNames(event)).toContain(name);
	});

	it('gives each event of a list its own participants, place and day', () => {
		const events = read(
			'Senior Chilean and Peruvian officials are scheduled to meet in Santiago on Jan. 10, followed by a session of the Andean Security Council in Quito on Jan. 12 and talks at the Pacific Fisheries Commission in Lima the next day.'
		);
		expect(events.map((e) => [e.place, e.date.start, participantNames(e)])).toEqual([
			['Santiago, Chile', '2025-01-10', ['Chile', 'Peru']],
			['Quito, Ecuador', '2025-01-12', ['Chile', 'Peru', 'Andean Security Council']],
			['Lima, Peru', '2025-01-13', ['Chile', 'Peru', 'Pacific Fisheries Commission']]
		]);
	});
});

describe('the states of the people taking part (published 2024-05-10)', () => {
	const read = (body: string) => extractWithoutGazetteer(body, '2024-05-10T12:00:00Z');

	it('lists the state of each person whose country the text gives, after the people', () => {
		const [meeting] = read(
			'Chilean President Tomas Verlan met Peruvian President Ana Morel in Quito on Monday.'
		);
		expect(meeting.participants.map((p) => [p.name, p.country ?? null])).toEqual([
			['Tomas Verlan', 'Chile'],
			['Ana Morel', 'Peru'],
			['Chile', null],
			['Peru', null]
		]);
		expect(meeting.title).toBe('Tomas Verlan meets Ana Morel in Quito');
	});

	it('keeps two meetings of one leader with two others apart', () => {
		const events = read(
			'Chilean President Tomas Verlan met Peruvian President Ana Morel in Quito on Monday, and later met Peruvian Prime Minister Luis Vera there.'
		);
		expect(events.filter((e) => e.type === 'meeting')).toHaveLength(2);
	});
});
