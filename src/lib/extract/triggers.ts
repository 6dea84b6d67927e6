import type { EventType } from '../types';
import { analyse } from '../nlp/analyse';
import { EVENT_LEXICON, entryCandidates, type TriggerForm } from './lexicon/eventLexicon';
import { findLexiconTriggers, type LexiconTrigger } from './lexiconTriggers';
import type { NominalSupport } from './nominalSupport';
import { SubstringGroups } from './substringGroups';

/**
 * Words that state an event, by type, with the CAMEO code they carry and how they take their
 * arguments. A trigger is only a candidate: eventhood.ts decides whether the sentence states a
 * new event with it (not a reference to one already told, a negation, a purpose or a hope).
 */

/** What a trigger says of its event, whichever way it was found. */
export interface TriggerKind {
	type: EventType;
	cameo: string | null;
	/** verb ("met"); noun ("talks": needs a frame to be an event); host ("received": needs a person as object); speech (an event unless a remark inside the event told). */
	form: TriggerForm;
	/** A visit needs a destination, a date or a planning verb to be more than a mention. */
	needsDestination?: boolean;
	/** An event only with a date of its own ("said on Tuesday"); otherwise a remark. */
	needsDate?: boolean;
	/** A noun that is an event only with a support verb, a predicate or a date of its own. */
	needsSupport?: boolean;
}

export interface TriggerRule extends TriggerKind {
	pattern: RegExp;
	/** Lower-case words one of which every match contains: a cheap test before the pattern. */
	hint: string[];
}

export interface Trigger {
	rule: TriggerKind;
	/** Found by the lexicon's lemma frames rather than a surface rule. */
	lexical?: boolean;
	/** A participle after its head noun ("the accord, signed in May"): background, not news, inside reported words. */
	reducedRelative?: boolean;
	/** What makes an event noun happen in the sentence: a support verb or a predicate (nominalSupport.ts). */
	support?: NominalSupport['kind'];
	start: number;
	end: number;
	text: string;
}

const R = (
	type: EventType,
	cameo: string | null,
	form: TriggerForm,
	source: string,
	extra: Pick<TriggerRule, 'hint'> & Partial<TriggerRule>
): TriggerRule => ({ type, cameo, form, pattern: new RegExp(source, 'giu'), ...extra });

/** Ordered: where two rules match the same words, the first one wins. */
export const TRIGGER_RULES: readonly TriggerRule[] = [
	// Telephone before meetings: "spoke by telephone", "a phone call".
	R(
		'phone_call',
		'041',
		'verb',
		String.raw`\b(?:spoke|speak|speaks|speaking|spoken|talked|talks?|talking)\s+(?:by|on\s+the|over\s+the|via)\s+(?:tele)?phone\b`,
		{ hint: ['phone'] }
	),
	R(
		'phone_call',
		'041',
		'noun',
		String.raw`\b(?:(?:tele)?phone|video)\s+(?:call|conversation|talks)s?\b|\b(?:three|two|four)-way\s+(?:tele)?phone\s+call\b`,
		{ hint: ['phone', 'video', 'call', 'conversation', 'talks'] }
	),
	R('phone_call', '041', 'verb', String.raw`\b(?:phoned|telephoned)\b`, { hint: ['phoned'] }),
	// "had spoken with X … in their last call": the call noun says how they spoke.
	R(
		'phone_call',
		'041',
		'verb',
		String.raw`\b(?:spoke|spoken|speaks|talked)\s+(?:with|to)\b(?=[^.;]*\b(?:call|(?:tele)?phone)\b)`,
		{ hint: ['call', 'phone'] }
	),
	R('press_conference', '010', 'noun', String.raw`\b(?:news|press)\s+(?:conference|briefing)s?\b`, {
		hint: ['conference', 'briefing']
	}),
	R(
		'press_conference',
		'010',
		'speech',
		String.raw`\bbriefed\s+(?:the\s+)?(?:media|reporters|journalists|press)\b|\btold\s+(?:reporters|journalists|the\s+press)\b`,
		{ hint: ['briefed', 'told'] }
	),
	R(
		'agreement',
		'057',
		'verb',
		String.raw`\b(?:signed|signs|sign|signing|inked|inks)\b(?=(?:\s+[\p{L}'’-]+){0,6}?\s+(?:agreements?|accords?|treaty|treaties|memorand(?:um|a)|mous?|deals?|documents?|declarations?|(?:joint\s+)?statement|pacts?|protocols?|contracts?|conventions?|charter|texts))|\b(?:was|were|been|be)\s+signed\b`,
		{ hint: ['sign', 'ink'] }
	),
	R(
		'agreement',
		'057',
		'verb',
		String.raw`\bagreed\s+(?:on\s+)?a\s+(?:ceasefire|truce)\b|\bagreed\s+(?:that\s+(?:neither|both|the\s+two)\b|not\s+to\b)`,
		{ hint: ['agreed'] }
	),
	R(
		'legislation',
		null,
		'verb',
		String.raw`\b(?:approved|passed|adopted|endorsed|confirmed)\b(?=[^.;]*?\b(?:treaty|law|bill|agreement|accord|deal|resolution|budget|nomination|motion|bid|accession|membership|protocol|amendment)\b)|\b(?:ratified|ratifies|ratifying|ratify)\b|\b(?:was|were)\s+(?:approved|confirmed|endorsed|ratified|elected)\s+(?:[\p{L}-]+\s+){0,3}?by\s+(?:the\s+)?(?:[\p{L}'’]+\s+){0,2}?(?:parliament|lawmakers|legislature|senate|congress|knesset|majlis|assembly|diet|deputies|mps)\b|\b(?:lawmakers|legislators|deputies|mps|parliament|senators)\s+(?:\w+\s+)?elected\b|\bpassed\s+a\s+(?:law|bill|resolution)\b|\bvoted\s+(?:to|for|against|on|\d+\s*(?:to|-)\s*\d+)\b`,
		{
			hint: ['approved', 'passed', 'ratif', 'adopted', 'endorsed', 'confirmed', 'voted', 'elected']
		}
	),
	R(
		'other',
		null,
		'verb',
		String.raw`\b(?:took|takes|take|taking)\s+the\s+oath\b|\bsworn\s+in\b|\binaugurated\b`,
		{ hint: ['oath', 'sworn', 'inaugurated'] }
	),
	R('other', null, 'verb', String.raw`\b(?:formally\s+)?endorsed\b`, { hint: ['endorsed'] }),
	// Decisions, vetoes and grants of status: acts of a body, dated like any event.
	R(
		'other',
		null,
		'verb',
		String.raw`\b(?:decided|decides)\b(?=\s+(?:on\s+\p{Lu}\p{Ll}+day\s+)?(?:that|to)\b)|\b(?:vetoed|vetoes)\b|\bgrant(?:ed|s)?\b(?=[^.;]{0,50}\bstatus\b)`,
		{ hint: ['decide', 'veto', 'grant'] }
	),
	R('other', null, 'noun', String.raw`\b(?:referendum|plebiscite)\b`, {
		hint: ['referendum', 'plebiscite']
	}),
	R(
		'other',
		null,
		'verb',
		String.raw`\b(?:took|takes|take|taking|assumed|assumes|assuming|handed|hands|handing)\s+over\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?(?:chairmanship|presidency|chair)\b|\b(?:assumed|assumes|assuming)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?(?:chairmanship|presidency)\b|\b(?:handed|hands|handing)\s+(?:over\s+)?power\b`,
		{ hint: ['over', 'assum', 'power'] }
	),
	R(
		'other',
		'161',
		'verb',
		String.raw`\b(?:recalled|recalls|recalling|expelled|expels|expelling|summoned|summons|summoning)\s+(?:(?:its|their|the|his|her|a|an|two|three|several)\s+)?(?:[\p{L}-]+\s+){0,3}?(?:ambassador|envoy|diplomats?|charg[eé]\s+d['’]affaires)\b|\bescorted\b(?=[^.;]{0,120}\bout\s+of\b)`,
		{ hint: ['recall', 'expel', 'summon', 'escorted'] }
	),
	R(
		'other',
		null,
		'verb',
		String.raw`\b(?<!\b(?:was|were|been|being|is|are|be)\s+)(?:postponed|postpones|postpone|cancell?ed|cancels?|called\s+off|put\s+off)\b(?=(?:\s+[\p{L}'’-]+){0,6}?\s+(?:visit|trip|meeting|talks|summit|tour))`,
		{ hint: ['postpone', 'cancel', 'called off', 'put off'] }
	),
	R(
		'other',
		'161',
		'verb',
		String.raw`\b(?:cut|severed|broke\s+off)\s+(?:diplomatic\s+)?(?:ties|relations)\b`,
		{ hint: ['ties', 'relations'] }
	),
	R('other', null, 'verb', String.raw`\breopened\s+(?:its|their|the)\s+embassy\b`, {
		hint: ['reopened']
	}),
	R('attack', '186', 'verb', String.raw`\b(?:assassinated|martyred)\b`, {
		hint: ['assassinated', 'martyred']
	}),
	R('attack', '186', 'noun', String.raw`\bassassinations?\b`, { hint: ['assassination'] }),
	R(
		'attack',
		'195',
		'noun',
		String.raw`\b(?:(?:drone|missile|air|rocket)\s+)?(?:strikes?|airstrikes?|bombardment|bombing|shelling|raids?)\b`,
		{ hint: ['strike', 'bombardment', 'bombing', 'shelling', 'raid'] }
	),
	R('attack', '190', 'verb', String.raw`\b(?:struck|bombed|shelled|attacked)\b(?!\s+down\b)`, {
		hint: ['struck', 'bombed', 'shelled', 'attacked']
	}),
	R(
		'attack',
		'195',
		'verb',
		String.raw`\b(?:missiles?|drones?|rockets?|shells|bombs|strikes?)\s+(?:and\s+\w+\s+)?(?:hit|struck|targeted|slammed)\b`,
		{ hint: ['hit', 'struck', 'targeted', 'slammed'] }
	),
	R(
		'attack',
		'183',
		'verb',
		String.raw`\b(?:drones?|bombs?|explosives?|grenades?|car\s+bombs?)\b(?:\s+[\p{L}'’-]+){0,5}?\s+(?:detonated|exploded|blew\s+up)\b`,
		{ hint: ['detonated', 'exploded', 'blew up'] }
	),
	R('attack', '190', 'noun', String.raw`\b(?<!cyber[\s-]?)attacks?\s+(?:on|against)\b`, {
		hint: ['attack']
	}),
	R('statement', '010', 'noun', String.raw`\b(?:joint\s+)?statements?\b`, { hint: ['statement'] }),
	R(
		'statement',
		'010',
		'noun',
		String.raw`\b(?:televised|national|nationally\s+televised)\s+(?:address|speech)\b|\b(?:address|speech)\s+to\s+the\s+nation\b`,
		{ hint: ['address', 'speech'] }
	),
	R(
		'statement',
		'010',
		'speech',
		String.raw`\b(?:announced|announces|declared|condemned|condemns|denounced|disclosed)\b`,
		{ hint: ['announce', 'declared', 'condemn', 'denounced', 'disclosed'] }
	),
	R(
		'statement',
		'010',
		'speech',
		String.raw`\b(?:wrote|posted)\s+on\s+(?:twitter|x|facebook|telegram|instagram|social\s+media)\b|\btweeted\b|\bon\s+twitter\b`,
		{ hint: ['twitter', 'tweeted', 'facebook', 'telegram', 'instagram', 'social media', ' on x'] }
	),
	// Speeches, interviews and letters, one rule per cue word so that each runs only where it can match.
	R(
		'statement',
		'010',
		'speech',
		String.raw`\bspoke\s+at\b|\bgave\s+(?:\w+\s+){0,2}remarks\b|\b(?:speaking|spoke|talking)\s+to\s+(?:\w+\s+)?(?:media|reporters|journalists|the\s+press)\b`,
		{ hint: ['spoke', 'remarks', 'speaking', 'talking'] }
	),
	R(
		'statement',
		'010',
		'speech',
		String.raw`\baddressed\s+(?:the\s+|a\s+)?(?:[\p{L}-]+\s+){0,2}?(?:parliament|assembly|conference|summit|nation|session|rally|crowd|lawmakers|legislators|congress|senate|forum|gathering|delegates|audience)\b`,
		{ hint: ['addressed'] }
	),
	R(
		'statement',
		'010',
		'speech',
		String.raw`\b(?:told|telling)\s+(?:state|national|local)\s+(?:television|tv|radio|media)\b|\btold\s+(?:\p{Lu}[\p{L}]*\s+){0,2}(?:News|TV|Television|Radio)\b|\btold\s+(?:Reuters|AFP|CNN|the\s+BBC|Al\s+Jazeera|the\s+Associated\s+Press)\b|\btold\s+(?:the\s+)?(?:two\s+)?(?:delegations|lawmakers|parliament|assembly|conference|summit|audience|crowd|rally)\b`,
		{ hint: ['told', 'telling'] }
	),
	R(
		'statement',
		'010',
		'speech',
		String.raw`\bin\s+an\s+interview\s+(?:with|on|broadcast)\b|\b(?:wrote|writes|sent\s+a\s+letter)\s+to\s+(?:the\s+)?(?:\p{Lu}|secretary|president|prime)|\bin\s+a\s+letter\s+to\b`,
		{ hint: ['interview', 'wrote', 'writes', 'letter'] }
	),
	R(
		'meeting',
		'040',
		'verb',
		String.raw`\b(?:met|meets|meet)\b(?!\s+(?:each\s+other's|the\s+(?:demands?|needs|expectations|target|requirements)|expectations|demands))`,
		{ hint: ['met', 'meet'] }
	),
	R(
		'meeting',
		'040',
		'verb',
		String.raw`\b(?:held|hold|holds|holding|had|conducted)\s+(?:[\p{L}'’-]+\s+){0,4}?(?:talks|meetings?|summit|discussions|consultations|negotiations|dialogue)\b`,
		{ hint: ['held', 'hold', 'had', 'conducted'] }
	),
	R('meeting', '040', 'verb', String.raw`\b(?:sat|sit|sits|sitting)\s+down\b`, {
		hint: ['sat', 'sit']
	}),
	R(
		'meeting',
		'043',
		'host',
		String.raw`\b(?:received|receives|receive|receiving|hosted|hosts|host)\b`,
		{ hint: ['receiv', 'host'] }
	),
	// "called on Governor-General X": a courtesy call; "called on X to act" is a demand.
	R(
		'meeting',
		'043',
		'host',
		String.raw`\b(?:called|calls|calling)\s+on\b(?=\s+\p{Lu})(?![^,.;]*\bto\s+\p{Ll})`,
		{ hint: ['called on', 'calls on', 'calling on'] }
	),
	R('meeting', '043', 'verb', String.raw`\b(?:told|telling|tells)\s+visiting\b`, {
		hint: ['told visiting', 'telling visiting', 'tells visiting']
	}),
	R(
		'meeting',
		'040',
		'noun',
		String.raw`\b(?:meetings?|talks|summit|negotiations|dialogue|conference|session|consultations)\b|\baudience\s+with\b|\b(?:granted|given)\s+an\s+audience\b`,
		{
			hint: [
				'meeting',
				'talks',
				'summit',
				'negotiations',
				'dialogue',
				'conference',
				'session',
				'consultations',
				'audience'
			]
		}
	),
	R(
		'visit',
		'042',
		'verb',
		String.raw`\b(?:visit|visits|visited|visiting)\b(?!\s+(?:\p{Lu}\p{L}*\s+)?(?:Foreign|Prime|President|Minister|Secretary|Iraqi|minister|official|delegation|leader|guest)\b)`,
		{ hint: ['visit'] }
	),
	R('visit', '042', 'noun', String.raw`\b(?:trip|tour|journey)\b`, {
		hint: ['trip', 'tour', 'journey']
	}),
	R(
		'visit',
		'042',
		'verb',
		String.raw`\b(?:arrived|arrives|arrive|arriving|landed|lands|land)\b(?!\s+from\b)`,
		{ hint: ['arriv', 'land'] }
	),
	R(
		'visit',
		'042',
		'verb',
		String.raw`\b(?:flew|flies|fly|flown|flying)\s+(?:in|into|to)\b(?!\s+from\b)`,
		{ hint: ['flew', 'flies', 'fly', 'flown', 'flying'] }
	),
	R(
		'visit',
		'042',
		'verb',
		String.raw`\b(?:travell?ed|travels?|travell?ing|went|goes|go|going|came|comes|come|coming|headed|heads|head|reached)\s+(?:on\s+)?(?:to\s+)?`,
		{
			hint: ['travel', 'went', 'goes', 'go', 'came', 'come', 'head', 'reached'],
			needsDestination: true
		}
	),
	R(
		'visit',
		'042',
		'verb',
		String.raw`\b(?:left|leaves|leaving|departed|departs|departing|set\s+off|sets\s+off)\s+for\s+`,
		{
			hint: ['left for', 'leaves for', 'leaving for', 'depart', 'set off', 'sets off'],
			needsDestination: true
		}
	),
	R('visit', '042', 'verb', String.raw`\b(?:is|are|was|were)\s+due\s+in\b`, { hint: ['due in'] }),
	R('visit', '042', 'verb', String.raw`\bpaid\s+(?:his|her|their)\s+respects\b`, {
		hint: ['respects']
	})
];

/** "visiting Peruvian Foreign Minister X", "the visiting presidents": a guest's title, not a visit. */
const GUEST_TITLE =
	/^\s+(?:\p{Lu}|(?:minister|official|delegation|leader|guest|dignitar|president|premier|head|counterpart|envoy|team|king|queen|emir|prince)\w*\b)/u;

/**
 * A verb matched on its surface alone, which a framed reading may overrule: one of force
 * ("struck") or a single word of speech ("announced a truce" makes the truce, not a remark).
 */
function yieldsToFrame(t: Trigger): boolean {
	return (
		(t.rule.type === 'attack' && t.rule.form === 'verb') ||
		(t.rule.form === 'speech' && !/\s/.test(t.text))
	);
}

/** Between a verb and the event noun it takes as object: "broke off talks", "walked out of the session". */
const OBJECT_GAP =
	/^\s+(?:(?:of|from|on)\s+)?(?:(?:the|a|an|its|their|his|her)\s+)?(?:(?!(?:after|before|during|following|ahead|with|at|in|on|for|to|by|and|of)\s)[\p{L}-]+\s+){0,2}$/iu;

/**
 * An event noun that is the object of a verb of another type tells one event, not two: an act
 * on talks or a treaty ("broke off talks", "walked out of the session") is the act, and a press
 * conference held is the press conference, not a meeting.
 */
function oneEventPerObject(
	found: Trigger[],
	objectTaking: ReadonlySet<Trigger>,
	sentence: string
): Trigger[] {
	const dropped = new Set<Trigger>();
	for (const noun of found) {
		if (noun.rule.form !== 'noun') continue;
		// Only a verb whose frame takes an object or a particle: "summoned a meeting" convenes one.
		const verb = found.find(
			(v) =>
				objectTaking.has(v) &&
				v.rule.form === 'verb' &&
				v.end <= noun.start &&
				v.rule.type !== noun.rule.type &&
				OBJECT_GAP.test(sentence.slice(v.end, noun.start))
		);
		if (verb?.rule.type === 'other') dropped.add(noun);
		else if (verb && noun.rule.type === 'press_conference') dropped.add(verb);
	}
	return dropped.size ? found.filter((t) => !dropped.has(t)) : found;
}

/** Which rules' hints a sentence holds, read in one pass. */
const HINTS = new SubstringGroups(TRIGGER_RULES.map((rule) => rule.hint));

/**
 * Every trigger in a sentence: the surface rules first (overlapping matches keep the earlier
 * rule), then the lexicon's lemma frames where no rule matched.
 */
export function findTriggers(sentence: string): Trigger[] {
	const found: Trigger[] = [];
	// Runs of spaces (a double or non-breaking one) read as one for the hints, as \s+ in the patterns.
	const present = HINTS.present(sentence.toLowerCase(), true);
	for (let r = 0; r < TRIGGER_RULES.length; r++) {
		if (!present[r]) continue;
		const rule = TRIGGER_RULES[r];
		const { pattern } = rule;
		// exec with lastIndex rather than matchAll, which clones the pattern on every call.
		pattern.lastIndex = 0;
		for (let match = pattern.exec(sentence); match; match = pattern.exec(sentence)) {
			const start = match.index;
			const end = start + match[0].length;
			const rest = sentence.slice(end);
			if (rule.needsDestination && !/^\p{Lu}/u.test(rest)) continue;
			if (/^visiting$/i.test(match[0]) && GUEST_TITLE.test(rest)) continue;
			if (found.some((t) => start < t.end && end > t.start)) continue;
			found.push({ rule, start, end, text: match[0] });
		}
	}
	// Parse only when a word outside the rules' matches, or a bare verb the lexicon may read
	// otherwise, can be a lexicon entry.
	const open = entryCandidates(sentence, EVENT_LEXICON).filter(
		(at) => !found.some((f) => at >= f.start && at < f.end && !yieldsToFrame(f))
	);
	if (!open.length) return found.sort((a, b) => a.start - b.start);
	/** Lexicon verbs whose frame takes an object or a particle. */
	const objectTaking = new Set<Trigger>();
	/** Event nouns by where the verb of their predicate starts ("the summit was chaired by X"). */
	const subjects = new Map<number, LexiconTrigger>();
	for (const t of findLexiconTriggers(analyse(sentence))) {
		if (t.predicateStart !== null) subjects.set(t.predicateStart, t);
		// A noun's support verb that is an event word itself ("signed the treaty") tells the event.
		const overlapping = found.filter((f) => t.supportStart < f.end && t.end > f.start);
		// A frame that names its argument ("struck a deal", "hit out at", "announced a truce")
		// knows the event better than a bare verb read as force or speech.
		const { entry } = t;
		const framed = entry.object || entry.prep || entry.particle || t.support === 'verb';
		if (
			framed &&
			entry.type !== 'attack' &&
			overlapping.length &&
			overlapping.every(yieldsToFrame)
		) {
			for (const f of overlapping) found.splice(found.indexOf(f), 1);
		} else if (overlapping.length) continue;
		// A stance in the present ("X rejects any interference") is a habit, not a public act.
		const stance = entry.stance && t.simplePresent;
		if (t.negated || t.modal || stance) continue;
		const { type, cameo, form, needsDate, needsSupport } = entry;
		const trigger: Trigger = {
			rule: {
				type,
				cameo,
				form,
				...(needsDate ? { needsDate } : {}),
				...(needsSupport ? { needsSupport } : {})
			},
			...(t.support ? { support: t.support } : {}),
			start: t.start,
			end: t.end,
			text: sentence.slice(t.start, t.end),
			lexical: true,
			...(t.reducedRelative ? { reducedRelative: true } : {})
		};
		// "The summit was attended by X": the verb of the noun's predicate tells its event, with
		// its agents, so the noun is no second one.
		const subject = subjects.get(t.start);
		const told =
			subject?.entry.type === type
				? found.findIndex(
						(f) => f.rule.type === type && f.start < subject.end && f.end > subject.start
					)
				: -1;
		if (told >= 0) found.splice(told, 1);
		found.push(trigger);
		if (entry.object || entry.particle) objectTaking.add(trigger);
	}
	return oneEventPerObject(
		found.sort((a, b) => a.start - b.start),
		objectTaking,
		sentence
	);
}
