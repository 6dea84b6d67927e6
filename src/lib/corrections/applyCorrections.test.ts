import { describe, expect, it } from 'vitest';
import type { MergedEvent } from '../merge/types';
import { applyCorrections, type CorrectionWorld } from './applyCorrections';
import { parseCorrections } from './correctionsFile';

const BODY_A =
	'Envoys of Ruritania and Freedonia met in Geneva on Monday. A drone struck a depot near Port Alba. Envoys of Ruritania and Freedonia met again. The weather was mild.';
const BODY_B = 'The talks in Geneva between Ruritania and Freedonia ended without a statement.';

function excerpt(sourceId: string, body: string, words: string) {
	const start = body.indexOf(words);
	if (start < 0) throw new Error(`fixture: ${words} not in ${sourceId}`);
	return { sourceId, start, end: start + words.length, excerpt: words };
}

function event(id: string, fields: Partial<MergedEvent>): MergedEvent {
	return {
		id,
		type: 'meeting',
		cameo: '043',
		title: id,
		planned: false,
		date: {
			start: '2021-03-01',
			end: '2021-03-01',
			precision: 'day',
			derivation: 'relative-to-publication',
			text: 'on Monday',
			explanation: 'Monday before publication.',
			approximate: false
		},
		participants: [
			{ id: 'ruritania', name: 'Ruritania', kind: 'country' },
			{ id: 'freedonia', name: 'Freedonia', kind: 'country' }
		],
		place: 'Geneva',
		mentions: [],
		conflicts: [],
		...fields
	};
}

/** Two articles; the meeting is told twice in a and once (as another event) in b. */
function machineEvents(): MergedEvent[] {
	return [
		event('geneva-talks', {
			mentions: [
				excerpt('a', BODY_A, 'Envoys of Ruritania and Freedonia met in Geneva on Monday.'),
				excerpt('a', BODY_A, 'Envoys of Ruritania and Freedonia met again.')
			]
		}),
		event('depot-strike', {
			type: 'attack',
			cameo: '195',
			title: 'Drone strike near Port Alba',
			place: 'Port Alba',
			participants: [],
			mentions: [excerpt('a', BODY_A, 'A drone struck a depot near Port Alba.')]
		}),
		event('talks-end', {
			type: 'statement',
			title: 'Talks ended',
			mentions: [excerpt('b', BODY_B, BODY_B)]
		})
	];
}

function listWorld(events: MergedEvent[], aliases: Record<string, string> = {}): CorrectionWorld {
	const bodies: Record<string, string> = { a: BODY_A, b: BODY_B };
	const files: Record<string, string> = { 'a.txt': 'a', 'world/b.txt': 'b', 'b.txt': 'b' };
	return {
		source: (ref) => {
			const id = files[ref] ?? (ref in bodies ? ref : null);
			return id ? { id, body: bodies[id] } : null;
		},
		eventsOverlapping: (sourceId, start, end) =>
			events
				.filter((e) =>
					e.mentions.some((m) => m.sourceId === sourceId && m.start < end && start < m.end)
				)
				.map((e) => e.id),
		event: (id) => events.find((e) => e.id === id) ?? null,
		aliasOf: (id) => aliases[id] ?? null,
		actorNamed: (name) =>
			name === 'Freedonia' ? { id: 'freedonia', name: 'Freedonia', kind: 'country' } : null
	};
}

function run(yaml: string, aliases: Record<string, string> = {}) {
	const parsed = parseCorrections(yaml);
	expect(parsed.bad).toEqual([]);
	return applyCorrections(parsed.corrections, listWorld(machineEvents(), aliases));
}

describe('applyCorrections', () => {
	it('rejects the event whose excerpt overlaps the quote', () => {
		const outcome = run(`- target: { source: a.txt, quote: "drone struck a depot" }
  reject: true
  note: not diplomatic`);
		expect([...outcome.changed]).toEqual([['depot-strike', null]]);
		expect(outcome.applied).toMatchObject([
			{ line: 1, eventId: null, what: 'reject', before: 'Drone strike near Port Alba' }
		]);
	});

	it('corrects a date, keeping the machine’s value beside it and saying who and why', () => {
		const outcome = run(`- target: { event: geneva-talks }
  date: { start: 2021-02-28, end: 2021-03-02 }
  note: the talks ran three days
  by: desk`);
		const corrected = outcome.changed.get('geneva-talks');
		expect(corrected?.date).toMatchObject({
			start: '2021-02-28',
			end: '2021-03-02',
			precision: 'range',
			explanation: 'Corrected by desk: the talks ran three days'
		});
		expect(outcome.applied[0]).toMatchObject({
			what: 'date',
			before: '2021-03-01',
			after: '2021-02-28 – 2021-03-02 (range)',
			by: 'desk'
		});
	});

	it('sets fields; a known actor keeps its id, an unknown one gets a slug', () => {
		const outcome = run(`- target: { source: world/b.txt, quote: "ended without a statement" }
  set: { type: meeting, title: "Geneva talks end", place: null, participants: [Freedonia, "Jane Roe"] }`);
		const corrected = outcome.changed.get('talks-end');
		expect(corrected).toMatchObject({ type: 'meeting', cameo: null, title: 'Geneva talks end' });
		expect(corrected?.place).toBeNull();
		expect(corrected?.participants).toEqual([
			{ id: 'freedonia', name: 'Freedonia', kind: 'country' },
			{ id: 'jane-roe', name: 'Jane Roe' }
		]);
		expect(outcome.applied.map((a) => a.what)).toEqual(['type', 'title', 'place', 'participants']);
	});

	it('merges one event into another and aliases its id', () => {
		const outcome = run(`- target: { source: b.txt, quote: "The talks in Geneva" }
  merge_into: { source: a.txt, quote: "met in Geneva on Monday" }`);
		expect(outcome.changed.get('talks-end')).toBeNull();
		expect(outcome.changed.get('geneva-talks')?.mentions.map((m) => m.sourceId)).toEqual([
			'a',
			'a',
			'b'
		]);
		expect([...outcome.aliases]).toEqual([['talks-end', 'geneva-talks']]);
	});

	it('splits an excerpt off into an event of its own, then corrects that one by its quote', () => {
		const outcome = run(`- target: { source: a.txt, quote: "met again" }
  split: true
- target: { source: a.txt, quote: "met again" }
  date: { start: 2021-03-05 }`);
		const kept = outcome.changed.get('geneva-talks');
		expect(kept?.mentions).toHaveLength(1);
		const [splitId] = [...outcome.changed.keys()].filter((id) => id !== 'geneva-talks');
		expect(splitId).toMatch(/^2021-03-01-meeting-ruritania-freedonia/);
		const split = outcome.changed.get(splitId);
		expect(split?.mentions.map((m) => m.excerpt)).toEqual([
			'Envoys of Ruritania and Freedonia met again.'
		]);
		expect(split?.date.start).toBe('2021-03-05');
		expect(kept?.date.start).toBe('2021-03-01');
	});

	it('adds an event anchored to its sentence', () => {
		const outcome = run(`- add:
    source: b.txt
    quote: "ended without a statement"
    type: agreement
    title: No joint statement
    date: { start: 2021-03-02 }
    participants: [Ruritania]`);
		const [[id, added]] = [...outcome.changed];
		expect(id).toBe('2021-03-02-agreement-ruritania');
		expect(added).toMatchObject({
			type: 'agreement',
			title: 'No joint statement',
			mentions: [{ sourceId: 'b', excerpt: 'ended without a statement' }],
			date: { start: '2021-03-02', end: '2021-03-02', precision: 'day', derivation: 'explicit' }
		});
	});

	it('resolves an event id through the aliases', () => {
		const outcome = run(
			`- target: { event: old-id }
  set: { title: Renamed }`,
			{ 'old-id': 'older-id', 'older-id': 'geneva-talks' }
		);
		expect(outcome.changed.get('geneva-talks')?.title).toBe('Renamed');
	});

	it.each([
		{
			name: 'a quote no longer in the article',
			yaml: `- target: { source: a.txt, quote: "met in Paris" }\n  reject: true`,
			message: 'a.txt does not contain the words “met in Paris”'
		},
		{
			name: 'a removed article',
			yaml: `- target: { source: gone.txt, quote: "anything" }\n  reject: true`,
			message: 'no source gone.txt in the corpus'
		},
		{
			name: 'a quote that occurs twice',
			yaml: `- target: { source: a.txt, quote: "Envoys of Ruritania" }\n  reject: true`,
			message: 'the words “Envoys of Ruritania” occur 2 times in a.txt: add a prefix or suffix'
		},
		{
			name: 'words no event cites',
			yaml: `- target: { source: a.txt, quote: "weather was mild" }\n  reject: true`,
			message: 'no event cites the words “weather was mild” any more'
		},
		{
			name: 'an unknown event id',
			yaml: `- target: { event: nope }\n  reject: true`,
			message: 'no event has the id nope (nor had it before)'
		},
		{
			name: 'a target rejected earlier in the file',
			yaml: `- target: { event: depot-strike }\n  reject: true\n- target: { source: a.txt, quote: "drone" }\n  set: { title: X }`,
			message: 'no event cites the words “drone” any more',
			line: 3
		},
		{
			name: 'a split of an event’s only excerpt',
			yaml: `- target: { source: b.txt, quote: "The talks" }\n  split: true`,
			message: 'the quoted excerpt is all of talks-end: nothing to split'
		},
		{
			name: 'a merge into itself',
			yaml: `- target: { event: geneva-talks }\n  merge_into: { source: a.txt, quote: "met again" }`,
			message: 'merge_into names the same event (geneva-talks)'
		}
	])('reports $name as an orphan with its line', ({ yaml, message, line }) => {
		const outcome = run(yaml);
		expect(outcome.orphans).toEqual([{ index: line ? 1 : 0, line: line ?? 1, message }]);
	});

	it('lists two corrections of the same field as a conflict; the later one wins', () => {
		const outcome = run(`- target: { event: depot-strike }
  set: { title: First }
- target: { source: a.txt, quote: "near Port Alba" }
  set: { title: Second, place: Alba }
- target: { event: depot-strike }
  date: { start: 2021-03-03 }`);
		expect(outcome.changed.get('depot-strike')).toMatchObject({ title: 'Second', place: 'Alba' });
		expect(outcome.conflicts).toEqual([
			{ line: 3, earlierLine: 1, eventId: 'depot-strike', field: 'title' }
		]);
	});

	it('shows a correction of an event merged later on the event it went into', () => {
		const outcome = run(`- target: { event: talks-end }
  set: { title: Ended }
- target: { event: talks-end }
  merge_into: { event: geneva-talks }`);
		expect(outcome.applied.map((a) => [a.what, a.eventId])).toEqual([
			['title', 'geneva-talks'],
			['merge', 'geneva-talks']
		]);
	});

	it('changes nothing for an empty file', () => {
		const outcome = run('');
		expect(outcome.changed.size).toBe(0);
		expect(outcome.applied).toEqual([]);
	});
});
