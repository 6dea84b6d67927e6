import type { ArticleActor } from '../../actors/articleActors';
import { PEOPLE_GROUP_NOUNS } from '../../actors/wordClasses';
import type { AnalysedSentence, Resolved } from '../analysedSentence';
import type { ClauseSpan } from '../clauses';
import { objectPlace } from '../attachPlace';
import { thingSubject, unique } from '../participants';
import { countryOfPlace, describePlace } from '../places';
import { datedClause, makeDraft, type Drafter } from './makeDraft';

/**
 * The travel frame (visit, fly to, arrive in): who travels, to where. The travellers are the
 * actors before the verb, else the story's guest, else the people of the clause; the place is
 * the destination named after the verb, else its object, else where the travellers were last,
 * else the dateline. The states of the travellers and of the destination take part.
 */

const ARRIVAL = /^(?:arriv|land|fl[eyo])/i;
/** "fly on to Cusco, where she will be greeted by X": the meeting is the news. */
const WHERE_MEETING =
	/^[^,]{0,20},\s*where\b[^.;]*\b(?:met|meet|received|receive|hold talks|held talks|talks with)\b/i;
const MEETING_IN_CLAUSE = /\band\s+(?:later\s+)?(?:met|held talks|received)\b/i;
/** A verb joined to the one before it: "… and flew on", "… and then travelled". */
const JOINED_VERB = /\s+and\s+(?:then\s+|later\s+|also\s+)?$/i;
/** Event words that name a stay, not a movement. */
const STAY_WORD = /^(?:visits?|trip|tour|journey)$/i;
/** The words between a visit noun and its visitor: "visit by", "trip by the". */
const VISITOR_AFTER = /^\s+by\s+(?:the\s+)?$/i;

/** "postponed a visit", "paid a two-day visit": an article makes the event word a noun, whatever rule found it. */
const ARTICLE_BEFORE = /\b(?:a|an|the)\s+(?:[\p{L}-]+\s+)?$/iu;
/** A state's name followed by its verb, not by a possessive or a noun: "Peru postponed", "Chile will send". */
const VERB_AFTER_STATE = /^\s+\p{Ll}/u;

/** The states among the subject's mentions before `before` that `keep` accepts. */
function subjectStates(
	s: AnalysedSentence,
	clause: ClauseSpan,
	before: number,
	keep: (r: Resolved) => boolean
): ArticleActor[] {
	return unique(
		s
			.subjectOf(clause, before)
			.filter((r) => r.mention.kind === 'country' && keep(r))
			.flatMap((r) => r.actors)
	);
}

/**
 * A state named as the whole subject ("Peru postponed a visit to La Paz", "Colombia will send a
 * delegation to Quito"), not as an origin ("Chile's envoy", "the Chilean envoy"): the state
 * itself makes or sends the visit.
 */
function statesAsSubject(s: AnalysedSentence, clause: ClauseSpan, before: number): ArticleActor[] {
	return subjectStates(
		s,
		clause,
		before,
		(r) =>
			r.mention.kind === 'country' &&
			r.mention.via !== 'demonym' &&
			!r.mention.possessive &&
			VERB_AFTER_STATE.test(s.text.slice(r.end)) &&
			// "the Peru visit was postponed": a name right before the event word modifies it.
			s.text.slice(r.end, before).trim() !== ''
	);
}

/** "Ivorian officials", "Kenyan diplomats": a demonym before a group of people, its first word. */
const PEOPLE_GROUP_AFTER = /^\s+([\p{L}-]+)/u;

/**
 * The states whose people, named only as a group ("Ivorian officials visited Monrovia"), are the
 * subject: they travel for their state.
 */
function statesOfGroups(s: AnalysedSentence, clause: ClauseSpan, before: number): ArticleActor[] {
	return subjectStates(
		s,
		clause,
		before,
		(r) =>
			r.mention.kind === 'country' &&
			r.mention.via === 'demonym' &&
			PEOPLE_GROUP_NOUNS.has(PEOPLE_GROUP_AFTER.exec(s.text.slice(r.end))?.[1].toLowerCase() ?? '')
	);
}

export const visitDraft: Drafter = (story, s, trigger, clause, actors) => {
	const destination = s.places.find(
		(p) =>
			p.start >= trigger.end &&
			p.start <= clause.end &&
			p.preposition !== 'from' &&
			s.text.slice(trigger.end, p.start).split(/\s+/).length <= 8
	);
	const clauseText = s.text.slice(clause.start, clause.end);
	if (ARRIVAL.test(trigger.text) && !destination && MEETING_IN_CLAUSE.test(clauseText)) return null;
	if (destination && WHERE_MEETING.test(s.text.slice(destination.end))) return null;
	const subjectActors = actors.filter((r) => r.start >= clause.start && r.start < trigger.start);
	const moves = !STAY_WORD.test(trigger.text);
	if (moves && !subjectActors.length && thingSubject(s.text.slice(clause.start, trigger.start)))
		return null;
	// "the visit by X to Y": a visit noun names its visitor after "by".
	const byVisitor = (r: Resolved) =>
		!moves && r.start >= trigger.end && VISITOR_AFTER.test(s.text.slice(trigger.end, r.start));
	// A state named before the verb is often where the visitor comes from, not who travels; a
	// description standing for its state ("the Kenyan envoy" with no envoy named) travels.
	// "Having met X, Y flew on to Z": the traveller is the subject of the verb's own clause.
	const named = (r: Resolved) => r.start < trigger.start || byVisitor(r);
	// "X met Y on Monday and flew on to Z": a verb joined to the one before shares its subject.
	const joined = JOINED_VERB.test(s.text.slice(clause.start, trigger.start));
	const subjects = joined ? s.subjectOf(clause, trigger.start) : [];
	const inClause = subjects.length
		? subjects
		: actors.filter((r) => named(r) && r.start >= clause.start);
	const visitors = unique(
		(inClause.length ? inClause : actors)
			.filter((r) => named(r) && r.mention.kind !== 'country')
			.flatMap((r) =>
				r.mention.kind === 'reference' ? r.actors : r.actors.filter((a) => a.kind !== 'country')
			)
	);
	const guest = story.actors.all().find((a) => a.visiting) ?? null;
	const groupsTravelling = visitors.length ? [] : statesOfGroups(s, clause, trigger.start);
	const statesActing =
		visitors.length ||
		!(trigger.rule.form === 'noun' || ARTICLE_BEFORE.test(s.text.slice(0, trigger.start)))
			? []
			: statesAsSubject(s, clause, trigger.start);
	// The first who can be travelling: people before the verb, a state's people as a group, the
	// state as subject, the story's guest, else the people of the clause.
	const fallbackVisitors =
		[visitors, groupsTravelling, statesActing, guest ? [guest] : []].find(
			(candidates) => candidates.length > 0
		) ?? unique(actors.flatMap((r) => r.actors).filter((a) => a.kind === 'person'));
	// An unnamed traveller ("the envoy is due in X on Monday") still makes a dated visit.
	if (!fallbackVisitors.length && !(destination && datedClause(s, trigger, clause))) return null;
	const whereVisitorWas = [...story.drafts]
		.reverse()
		.find(
			(d) => d.placeSource === 'text' && d.participants.some((a) => fallbackVisitors.includes(a))
		);
	const namedPlace = destination?.name ?? objectPlace(s, trigger);
	const place = namedPlace ?? whereVisitorWas?.place ?? story.dateline;
	const countries = new Set<string>();
	for (const visitor of fallbackVisitors) if (visitor.country) countries.add(visitor.country);
	const destinationCountry = place ? countryOfPlace(place) : null;
	if (destinationCountry) countries.add(destinationCountry);
	const countryActors = [...countries]
		.map((c) => story.actors.country(c))
		.filter((a): a is ArticleActor => a !== null);
	const draft = makeDraft(
		story,
		s,
		trigger,
		clause,
		unique([...fallbackVisitors, ...countryActors]),
		{
			place: place ? describePlace(place, story.dateline) : null,
			visitors: fallbackVisitors
		}
	);
	if (!namedPlace && place) draft.placeSource = 'dateline';
	return draft;
};
