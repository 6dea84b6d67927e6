import { collisionOrderKey, eventSlug, nextSuffixedId, slugify } from '../merge/eventSlug';
import type { MergedEvent, MergedMention } from '../merge/types';
import type { EventDate, Participant } from '../types';
import type {
	AddedEvent,
	CorrectedDate,
	Correction,
	FieldChanges,
	QuoteTarget,
	Target
} from './correctionsFile';
import { locateQuote } from './locateQuote';

/**
 * Applies corrections, in file order, to the events an extraction and merge produced. The events
 * are reached through a `CorrectionWorld` (the database, or a list in tests), so only the events
 * a correction touches are read. A quote target selects whichever event has a mention overlapping
 * the quoted words, so a correction survives a new extractor and new event ids.
 */
export interface CorrectionWorld {
	/** A source by file (relative to the corpus folder, or its bare name when unique) or id. */
	source(ref: string): { id: string; body: string } | null;
	/** Ids of the events citing an excerpt of the source that overlaps [start, end). */
	eventsOverlapping(sourceId: string, start: number, end: number): string[];
	/** An event as stored, or null. */
	event(id: string): MergedEvent | null;
	/** The event an old id now stands for (event-id aliases), or null. */
	aliasOf(id: string): string | null;
	/** The actor of that name or alias, when one is known. */
	actorNamed(name: string): Participant | null;
}

/** What a correction changed on one event, with the machine's value beside it. */
export interface AppliedCorrection {
	/** Position of the correction in the file. */
	index: number;
	line: number;
	/** The event it now shows on, or null when the event was rejected. */
	eventId: string | null;
	/** What was corrected: reject, date, type, title, place, participants, merge, split, add. */
	what: string;
	/** The value before the correction (the machine's, unless an earlier correction changed it). */
	before: string | null;
	/** The value after it. */
	after: string | null;
	note?: string;
	by?: string;
	at?: string;
}

/** A correction that found nothing to apply to, or more than one thing. */
export interface OrphanCorrection {
	index: number;
	line: number;
	message: string;
}

/** Two corrections of the same field of the same event: the later one wins. */
export interface CorrectionConflict {
	line: number;
	earlierLine: number;
	eventId: string;
	field: string;
}

export interface CorrectionOutcome {
	/** Events to write: the corrected version, or null for an event that is no more. */
	changed: Map<string, MergedEvent | null>;
	/** Ids that now stand for another event (merged away). */
	aliases: Map<string, string>;
	applied: AppliedCorrection[];
	orphans: OrphanCorrection[];
	conflicts: CorrectionConflict[];
}

/** The explanation a corrected date carries instead of the machine's. */
export function correctedExplanation(correction: { note?: string; by?: string }): string {
	const who = correction.by ? ` by ${correction.by}` : ' by an editor';
	return `Corrected${who}${correction.note ? `: ${correction.note}` : '.'}`;
}

export function applyCorrections(
	corrections: readonly Correction[],
	world: CorrectionWorld
): CorrectionOutcome {
	const run = new CorrectionRun(world);
	for (const correction of corrections) run.apply(correction);
	return run.outcome();
}

type Resolved = { ok: true; id: string; range?: ExcerptRange } | { ok: false; message: string };

interface ExcerptRange {
	sourceId: string;
	start: number;
	end: number;
}

/** One pass over a corrections file; the events it touched are held until the outcome. */
class CorrectionRun {
	private readonly changed = new Map<string, MergedEvent | null>();
	private readonly aliases = new Map<string, string>();
	private readonly applied: AppliedCorrection[] = [];
	private readonly orphans: OrphanCorrection[] = [];
	private readonly conflicts: CorrectionConflict[] = [];
	/** Which line last set each event's field, keyed `id field`. */
	private readonly fieldSetBy = new Map<string, number>();

	constructor(private readonly world: CorrectionWorld) {}

	apply(correction: Correction): void {
		if (correction.kind === 'add') return this.add(correction, correction.add);
		const target = this.resolve(correction.target);
		if (!target.ok) return this.orphan(correction, target.message);
		const event = this.event(target.id) as MergedEvent;
		switch (correction.kind) {
			case 'reject':
				this.changed.set(target.id, null);
				this.record(correction, null, 'reject', event.title, null);
				return;
			case 'date':
				return this.setDate(correction, event, correction.date);
			case 'set':
				return this.setFields(correction, event, correction.set);
			case 'merge_into':
				return this.merge(correction, event, correction.into);
			case 'split':
				return this.split(correction, event, target.range);
		}
	}

	outcome(): CorrectionOutcome {
		// Corrections recorded on an event later merged away show on the event it went into.
		const final = (id: string | null): string | null => {
			const seen = new Set<string>();
			while (id !== null && this.aliases.has(id) && !seen.has(id)) {
				seen.add(id);
				id = this.aliases.get(id) as string;
			}
			return id !== null && this.event(id) ? id : null;
		};
		for (const record of this.applied) record.eventId = final(record.eventId);
		for (const [alias, target] of this.aliases) {
			const to = final(target);
			if (to) this.aliases.set(alias, to);
			else this.aliases.delete(alias);
		}
		return {
			changed: this.changed,
			aliases: this.aliases,
			applied: this.applied,
			orphans: this.orphans,
			conflicts: this.conflicts
		};
	}

	private event(id: string): MergedEvent | null {
		return this.changed.has(id) ? (this.changed.get(id) ?? null) : this.world.event(id);
	}

	private resolve(target: Target): Resolved {
		if ('event' in target) {
			if (this.event(target.event)) return { ok: true, id: target.event };
			let id = target.event;
			const seen = new Set<string>();
			for (;;) {
				const next = this.aliases.get(id) ?? this.world.aliasOf(id);
				if (!next || seen.has(next)) break;
				seen.add(next);
				id = next;
				if (this.event(id)) return { ok: true, id };
			}
			return { ok: false, message: `no event has the id ${target.event} (nor had it before)` };
		}
		const range = this.locate(target);
		if (!range.ok) return range;
		const overlap = (event: MergedEvent) =>
			Math.max(
				0,
				...event.mentions
					.filter((m) => m.sourceId === range.sourceId)
					.map((m) => Math.min(m.end, range.end) - Math.max(m.start, range.start))
			);
		const stored = this.world
			.eventsOverlapping(range.sourceId, range.start, range.end)
			.filter((id) => !this.changed.has(id));
		const touched = [...this.changed.entries()]
			.filter(([, event]) => event !== null)
			.map(([id]) => id);
		const candidates = [...stored, ...touched]
			.map((id) => ({ id, overlap: overlap(this.event(id) as MergedEvent) }))
			.filter((candidate) => candidate.overlap > 0)
			.sort((a, b) => b.overlap - a.overlap);
		if (candidates.length === 0) {
			return { ok: false, message: `no event cites the words “${clip(target.quote)}” any more` };
		}
		if (candidates.length > 1 && candidates[1].overlap === candidates[0].overlap) {
			return {
				ok: false,
				message: `the words “${clip(target.quote)}” belong to ${candidates.length} events equally (${candidates.map((c) => c.id).join(', ')}): quote more of one excerpt`
			};
		}
		return { ok: true, id: candidates[0].id, range };
	}

	private locate(
		target: QuoteTarget
	): ({ ok: true } & ExcerptRange) | { ok: false; message: string } {
		const source = this.world.source(target.source);
		if (!source) return { ok: false, message: `no source ${target.source} in the corpus` };
		const match = locateQuote(source.body, target);
		if (match.found) return { ok: true, sourceId: source.id, start: match.start, end: match.end };
		return {
			ok: false,
			message:
				match.reason === 'missing'
					? `${target.source} does not contain the words “${clip(target.quote)}”`
					: `the words “${clip(target.quote)}” occur ${match.count} times in ${target.source}: add a prefix or suffix`
		};
	}

	private setDate(correction: Correction, event: MergedEvent, date: CorrectedDate): void {
		const end = date.end ?? date.start;
		const corrected: EventDate = {
			...event.date,
			start: date.start,
			end,
			precision: date.precision ?? (end === date.start ? 'day' : 'range'),
			explanation: correctedExplanation(correction),
			approximate: false
		};
		delete corrected.partial;
		this.claim(correction, event.id, 'date');
		this.changed.set(event.id, { ...event, date: corrected });
		this.record(correction, event.id, 'date', describeDate(event.date), describeDate(corrected));
	}

	private setFields(correction: Correction, event: MergedEvent, set: FieldChanges): void {
		let next = { ...event };
		if (set.type !== undefined) {
			this.claim(correction, event.id, 'type');
			this.record(correction, event.id, 'type', event.type, set.type);
			// The CAMEO code was the machine's reading of the old type.
			next = { ...next, type: set.type, cameo: set.type === event.type ? event.cameo : null };
		}
		if (set.title !== undefined) {
			this.claim(correction, event.id, 'title');
			this.record(correction, event.id, 'title', event.title, set.title);
			next = { ...next, title: set.title };
		}
		if (set.place !== undefined) {
			this.claim(correction, event.id, 'place');
			this.record(correction, event.id, 'place', event.place, set.place);
			next = { ...next, place: set.place };
		}
		if (set.participants !== undefined) {
			this.claim(correction, event.id, 'participants');
			const participants = this.participants(set.participants, event.participants);
			this.record(
				correction,
				event.id,
				'participants',
				names(event.participants),
				names(participants)
			);
			next = { ...next, participants };
		}
		this.changed.set(event.id, next);
	}

	private merge(correction: Correction, event: MergedEvent, into: Target): void {
		const target = this.resolve(into);
		if (!target.ok) return this.orphan(correction, `merge_into: ${target.message}`);
		if (target.id === event.id) {
			return this.orphan(correction, `merge_into names the same event (${event.id})`);
		}
		const other = this.event(target.id) as MergedEvent;
		const participants = [...other.participants];
		for (const p of event.participants) {
			if (!participants.some((q) => q.id === p.id)) participants.push(p);
		}
		this.changed.set(event.id, null);
		this.changed.set(other.id, {
			...other,
			participants,
			mentions: sortMentions([...other.mentions, ...event.mentions])
		});
		this.aliases.set(event.id, other.id);
		this.record(correction, other.id, 'merge', `${event.id}: ${event.title}`, other.id);
	}

	private split(correction: Correction, event: MergedEvent, range: ExcerptRange | undefined): void {
		if (!range) {
			return this.orphan(correction, 'split needs a quote target: which excerpt goes');
		}
		const leaving = event.mentions.filter(
			(m) => m.sourceId === range.sourceId && m.start < range.end && range.start < m.end
		);
		const staying = event.mentions.filter((m) => !leaving.includes(m));
		if (staying.length === 0) {
			return this.orphan(correction, `the quoted excerpt is all of ${event.id}: nothing to split`);
		}
		this.changed.set(event.id, { ...event, mentions: staying });
		const id = this.newId({ ...event, mentions: leaving });
		this.changed.set(id, { ...event, id, mentions: leaving, conflicts: [] });
		this.record(correction, id, 'split', event.id, id);
	}

	private add(correction: Correction, added: AddedEvent): void {
		const range = this.locate(added);
		if (!range.ok) return this.orphan(correction, range.message);
		const source = this.world.source(added.source) as { body: string };
		const date: EventDate = added.date
			? {
					start: added.date.start,
					end: added.date.end ?? added.date.start,
					precision:
						added.date.precision ??
						((added.date.end ?? added.date.start) === added.date.start ? 'day' : 'range'),
					derivation: 'explicit',
					text: '',
					explanation: correctedExplanation(correction),
					approximate: false
				}
			: {
					start: null,
					end: null,
					precision: 'unknown',
					derivation: 'unresolved',
					text: '',
					explanation: correctedExplanation(correction),
					approximate: false
				};
		const event: MergedEvent = {
			id: '',
			type: added.type,
			cameo: null,
			title: added.title,
			planned: false,
			date,
			participants: this.participants(added.participants ?? [], []),
			place: added.place ?? null,
			mentions: [
				{
					sourceId: range.sourceId,
					start: range.start,
					end: range.end,
					excerpt: source.body.slice(range.start, range.end)
				}
			],
			conflicts: []
		};
		event.id = this.newId(event);
		this.changed.set(event.id, event);
		this.record(correction, event.id, 'add', null, `${event.id}: ${event.title}`);
	}

	/** An id for an event a correction makes: its slug, suffixed past any event's id. */
	private newId(event: MergedEvent): string {
		const slug = eventSlug(event);
		const taken = {
			has: (id: string) => this.event(id) !== null || this.aliases.has(id),
			add: () => {}
		};
		if (!taken.has(slug)) return slug;
		// The suffix depends on the excerpts, not on how many events were added before.
		const key = collisionOrderKey(event);
		let hash = 0;
		for (const char of key) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
		const keyed = `${slug}-c${hash.toString(36)}`;
		return taken.has(keyed) ? nextSuffixedId(keyed, 1, taken).id : keyed;
	}

	private participants(list: readonly string[], current: readonly Participant[]): Participant[] {
		return list.map(
			(name) =>
				current.find((p) => p.name === name) ??
				this.world.actorNamed(name) ?? { id: slugify(name), name }
		);
	}

	private claim(correction: Correction, eventId: string, field: string): void {
		const key = `${eventId} ${field}`;
		const earlierLine = this.fieldSetBy.get(key);
		if (earlierLine !== undefined) {
			this.conflicts.push({ line: correction.line, earlierLine, eventId, field });
		}
		this.fieldSetBy.set(key, correction.line);
	}

	private record(
		correction: Correction,
		eventId: string | null,
		what: string,
		before: string | null,
		after: string | null
	): void {
		const record: AppliedCorrection = {
			index: correction.index,
			line: correction.line,
			eventId,
			what,
			before,
			after
		};
		if (correction.note !== undefined) record.note = correction.note;
		if (correction.by !== undefined) record.by = correction.by;
		if (correction.at !== undefined) record.at = correction.at;
		this.applied.push(record);
	}

	private orphan(correction: Correction, message: string): void {
		this.orphans.push({ index: correction.index, line: correction.line, message });
	}
}

function sortMentions(mentions: MergedMention[]): MergedMention[] {
	return mentions.sort((a, b) =>
		a.sourceId === b.sourceId ? a.start - b.start : a.sourceId < b.sourceId ? -1 : 1
	);
}

function names(participants: readonly Participant[]): string {
	return participants.map((p) => p.name).join('; ');
}

/** A date as a reader sees it: `2020-01-03`, `2020-01-03 – 2020-01-05 (range)`, `undated`. */
export function describeDate(date: Pick<EventDate, 'start' | 'end' | 'precision'>): string {
	if (!date.start) return 'undated';
	const span = date.end && date.end !== date.start ? `${date.start} – ${date.end}` : date.start;
	return date.precision === 'day' ? span : `${span} (${date.precision})`;
}

function clip(text: string): string {
	return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
