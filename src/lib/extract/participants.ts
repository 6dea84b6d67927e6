import type { ArticleActor, ArticleActors } from '../actors/articleActors';
import { ROLE_HEADS } from '../actors/roles';
import { PEOPLE_GROUP_NOUNS } from '../actors/wordClasses';
import type { AnalysedSentence, Resolved } from './analysedSentence';
import { SUBORDINATE_KINDS, type ClauseSpan } from './clauses';
import { makesEvent } from './nominalSupport';
import type { Trigger } from './triggers';

/**
 * Who takes part in an event, by clause and by voice: the clause's subject and the actors in
 * the stretch its event word governs; an opening phrase's or a subjectless clause's subject
 * from the main clause; a relative clause's antecedent; for attacks, agents and patients by
 * voice. Appositives describe a name and take no part.
 */

/** Words that only join two event nouns: " and a joint ", ", ". */
const COORDINATED = /^\s*(?:,|and|or|,\s*and)\s+(?:(?:a|an|the)\s+)?(?:[\p{L}-]+\s+)?$|^\s*,\s*$/u;
/** An appositive noun phrase just before a relative clause: ", a fierce critic of …". */
const APPOSITIVE_END = /,\s+(?:a|an|the|his|her|their)\s[^,]*$/i;
/** An appositive right after a name, closed by a comma: ", a fierce critic of the X government,". */
const APPOSITIVE_AFTER = /^,\s+(?:a|an)\s[^,.;]*(?=,)/i;
/** A clause opening with a thing, not an actor ("The bill heads to …"): nobody travels. */
const THING_SUBJECT = /^\s*(?:[Tt]he|[Tt]his|[Tt]hat|[Aa]n?|[Ii]ts)\s+\p{Ll}/u;
/** A passive auxiliary right before the verb: "was killed", "were quickly launched". */
const PASSIVE_BEFORE = /\b(?:was|were|been|being|is|are|got)\s+(?:[\p{L}-]+ly\s+)?$/iu;

/** Whether the verb at `at` is in the passive ("was received", "were quickly launched"). */
export function passiveAt(s: AnalysedSentence, clause: ClauseSpan, at: number): boolean {
	return PASSIVE_BEFORE.test(s.text.slice(clause.start, at));
}

export function unique<T>(items: T[]): T[] {
	return [...new Set(items)];
}

/**
 * A clause opening with a thing, not a person or a group of them ("The bill heads to …", not
 * "The envoy flew to …" or "A delegation arrived in …").
 */
export function thingSubject(lead: string): boolean {
	const match = THING_SUBJECT.exec(lead);
	if (!match) return false;
	const words =
		lead
			.slice(match.index + match[0].length - 1)
			.toLowerCase()
			.match(/[\p{L}-]+/gu) ?? [];
	return !words.some((word) => ROLE_HEADS.has(word) || PEOPLE_GROUP_NOUNS.has(word));
}

/**
 * Character ranges of appositives after a name ("Mateo Salas, a fierce critic of the Ruiz
 * government,"): who they mention describes the name, and takes no part in its events.
 */
function appositives(s: AnalysedSentence): [number, number][] {
	const spans: [number, number][] = [];
	for (const r of s.resolved) {
		if (r.mention.kind !== 'name') continue;
		const phrase = APPOSITIVE_AFTER.exec(s.text.slice(r.end));
		if (phrase) spans.push([r.end, r.end + phrase[0].length]);
	}
	return spans;
}

/**
 * The stretch of its clause an event word governs when the clause names several events ("to
 * meet in Geneva on Jan. 10, followed by a session of X … and talks at Y"): up to the next
 * event word, and for a noun after another event word, from the noun on (the clause's
 * subject is everyone's).
 */
function ownStretch(s: AnalysedSentence, trigger: Trigger, clause: ClauseSpan): [number, number] {
	const others = s.triggers.filter(
		(t) =>
			t !== trigger &&
			t.start >= clause.start &&
			t.start < clause.end &&
			t.rule.type !== 'statement' &&
			// "ratified the treaty with X": a noun nothing makes happen is the verb's object.
			!(t.rule.needsSupport && !makesEvent(t.support))
	);
	// "talks and a joint news conference with X": coordinated nouns share their complement.
	const next = others.find(
		(t) => t.start >= trigger.end && !COORDINATED.test(s.text.slice(trigger.end, t.start))
	);
	const previous = [...others].reverse().find((t) => t.end <= trigger.start);
	// "the G7 summit": a name right before the noun is the noun's own.
	const modifier = s.resolved.find(
		(r) => r.end <= trigger.start && /^[\s-]*$/.test(s.text.slice(r.end, trigger.start))
	);
	const nounStart = modifier?.start ?? trigger.start;
	const from = trigger.rule.form === 'noun' && previous ? nounStart : clause.start;
	return [from, next ? next.start : clause.end];
}

/** Words that may stand between a clause's start and an event noun that is its subject. */
const NOUN_SUBJECT_LEAD =
	/^[\s,;]*(?:(?:and|but|yet|while|whereas)\s+)?(?:(?:the|a|an|renewed|fresh|heavy|new|more|further|sporadic)\s+)*$/i;

/** An event noun that is its clause's own subject ("…, but shelling resumed"): it inherits no one. */
function opensClause(s: AnalysedSentence, trigger: Trigger, clause: ClauseSpan): boolean {
	return (
		trigger.rule.form === 'noun' &&
		NOUN_SUBJECT_LEAD.test(s.text.slice(clause.start, trigger.start))
	);
}

/** Verbs of telling whose object is the one told: "X told Y that …", "X assured Y of …". */
const TELLING = /^\s*(?:told|tells|assured|assures|informed|informs|briefed|briefs)\s+$/i;
/** Events two parties hold together, where the one told is the other party. */
const HELD_TOGETHER: ReadonlySet<string> = new Set(['meeting', 'phone_call']);

/**
 * "In a phone call on Monday, X told Y that …": the one the main clause's subject tells, in an
 * opening phrase's call or meeting, is the other party.
 */
function addressees(s: AnalysedSentence, trigger: Trigger, main: ClauseSpan): Resolved[] {
	if (!HELD_TOGETHER.has(trigger.rule.type)) return [];
	const subject = s.subjectOf(main).at(-1);
	if (!subject) return [];
	const told = s.resolved.find(
		(r) =>
			r.start > subject.end && r.end <= main.end && TELLING.test(s.text.slice(subject.end, r.start))
	);
	return told ? [told] : [];
}

/** Actors of the trigger's clause, plus the subject it inherits when the clause has none. */
export function participantsFor(
	s: AnalysedSentence,
	trigger: Trigger,
	clause: ClauseSpan
): Resolved[] {
	const described = appositives(s);
	const [from, to] = ownStretch(s, trigger, clause);
	const subjects = s.subjectOf(clause, trigger.start);
	const inClause = s.resolved.filter(
		(r) =>
			r.start >= clause.start &&
			r.end <= clause.end &&
			(subjects.includes(r) || (r.start >= from && r.end <= to)) &&
			!described.some(([a, b]) => r.start >= a && r.end <= b)
	);
	// A subject before a relative clause the main clause resumes after ("X, who …, visited").
	const extra: Resolved[] = subjects.filter((r) => r.start < clause.start);
	if (clause.kind === 'opening') {
		const main = s.clauses.find((c) => c.start >= clause.end && !SUBORDINATE_KINDS.has(c.kind));
		if (main) extra.push(...s.subjectOf(main), ...addressees(s, trigger, main));
	} else if (
		!subjects.length &&
		!opensClause(s, trigger, clause) &&
		clause.kind !== 'attribution'
	) {
		// Who tells the news ("…, the bloc said in a statement") is named in the attribution or
		// goes unnamed, never the news's own people.
		if (clause.kind === 'relative') {
			// "X, a fierce critic of the Y government, who …": the relative clause is about X.
			const appositive = APPOSITIVE_END.exec(s.text.slice(0, clause.start));
			const limit = appositive ? appositive.index : clause.start;
			const antecedent = [...s.resolved].reverse().find((r) => r.end <= limit);
			if (antecedent) extra.push(antecedent);
		} else {
			for (const previous of [...s.clauses].reverse()) {
				if (previous.start >= clause.start || SUBORDINATE_KINDS.has(previous.kind)) continue;
				const subjects = s.subjectOf(previous);
				if (subjects.length) {
					extra.push(...subjects);
					break;
				}
			}
		}
	}
	return [...extra, ...inClause];
}

/** The participants, then the state of each participant of `kind` whose country is known. */
function withStatesOf(
	kind: ArticleActor['kind'],
	actors: ArticleActors,
	participants: ArticleActor[]
): ArticleActor[] {
	const states = participants.flatMap((a) => {
		const state = a.kind === kind && a.country ? actors.country(a.country) : null;
		return state ? [state] : [];
	});
	return unique([...participants, ...states]);
}

/** A state's body acting with no person named ("Somalia's cabinet met") acts for the state. */
export function withStates(actors: ArticleActors, participants: ArticleActor[]): ArticleActor[] {
	if (participants.some((a) => a.kind === 'person')) return participants;
	return withStatesOf('organisation', actors, participants);
}

/**
 * The participants with the state of each person whose country is known ("the Kyrgyz
 * president" took part for Kyrgyzstan), as readers and the record of states expect; added
 * after drafts are merged, so that a shared state does not join two leaders' meetings.
 */
export function withPersonStates(
	actors: ArticleActors,
	participants: ArticleActor[]
): ArticleActor[] {
	return withStatesOf('person', actors, participants);
}

/**
 * Who struck and who was struck, by voice: the active subject is the agent ("X's forces
 * killed Y"); in the passive the subject is the patient and "by X" the agent ("Y was killed
 * by Z"). Speakers of the sentence are neither.
 */
export function attackRoles(
	s: AnalysedSentence,
	trigger: Trigger,
	clause: ClauseSpan,
	speakers: ArticleActor[]
): { agents: ArticleActor[]; patients: ArticleActor[] } {
	const subject = s
		.subjectOf(clause, trigger.start)
		.flatMap((r) => r.actors)
		.filter((a) => !speakers.includes(a));
	if (!passiveAt(s, clause, trigger.start))
		return { agents: trigger.rule.form === 'noun' ? [] : subject, patients: [] };
	const agents = s.resolved
		.filter((r) => r.start >= trigger.end && r.start < clause.end && r.before === 'by')
		.flatMap((r) => r.actors);
	return { agents, patients: subject.filter((a) => a.kind === 'person') };
}
