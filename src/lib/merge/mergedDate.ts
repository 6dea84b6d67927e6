import { formatDay, fromDayNumber } from '../dates/calendar';
import type { Derivation, EventDate } from '../types';
import type { MentionProfile } from './mentionProfile';
import { daysMatchingPartial } from './partialDays';

export interface MergedDate {
	date: EventDate;
	/** The mention whose date (or, for a combined date, whose wording) the event uses. */
	primary: MentionProfile;
	conflicts: { sourceId: string; date: EventDate }[];
}

/** Stated dates beat worked-out ones; a date another event anchors comes after. */
const DERIVATION_RANK: Record<Derivation, number> = {
	explicit: 0,
	'relative-to-publication': 1,
	'same-as-other-event': 2,
	'cross-source': 3,
	unresolved: 4
};

function span(profile: MentionProfile): number {
	const { start, end } = profile.date;
	return start === null || end === null ? Infinity : end - start;
}

/** Days from the event to the source's publication; reports before the event (plans) rank last. */
function reportDelay(profile: MentionProfile): number {
	const { start } = profile.date;
	if (profile.publishedDay === null || start === null) return Infinity;
	const delay = profile.publishedDay - start;
	return delay >= 0 ? delay : 1e6 - delay;
}

function partialFields(profile: MentionProfile): number {
	return Object.values(profile.date.partial ?? {}).filter((value) => value !== undefined).length;
}

/** Why `a` is preferred over `b`, or null when neither criterion separates them. */
function preferenceReason(a: MentionProfile, b: MentionProfile): string | null {
	if (span(a) !== span(b)) return 'it is the more precise';
	const rankA = DERIVATION_RANK[a.sourced.mention.date.derivation];
	const rankB = DERIVATION_RANK[b.sourced.mention.date.derivation];
	if (rankA !== rankB)
		return rankA === 0 ? 'it is stated explicitly' : 'it is worked out more directly';
	if (reportDelay(a) !== reportDelay(b)) return 'its source was published closest after the event';
	return null;
}

function compareDates(a: MentionProfile, b: MentionProfile): number {
	return (
		span(a) - span(b) ||
		partialFields(b) - partialFields(a) ||
		DERIVATION_RANK[a.sourced.mention.date.derivation] -
			DERIVATION_RANK[b.sourced.mention.date.derivation] ||
		reportDelay(a) - reportDelay(b) ||
		a.index - b.index ||
		0
	);
}

function describe(start: number, end: number): string {
	const first = formatDay(fromDayNumber(start));
	return start === end ? first : `${first} to ${formatDay(fromDayNumber(end))}`;
}

function quote(profile: MentionProfile): string {
	const { text } = profile.sourced.mention.date;
	return text ? `"${text}"` : 'no date';
}

function said(profile: MentionProfile): string {
	const { start, end } = profile.date;
	const when = start !== null && end !== null ? ` (${describe(start, end)})` : '';
	return `source ${profile.sourced.sourceId} says ${quote(profile)}${when}`;
}

/**
 * The date of a merged event: the most precise date the sources agree on, narrowed further when
 * their dates combine ("last spring" + "Mar. 5" → 5 March); when precise dates disagree,
 * the preferred one (most precise, then explicit, then the report closest after the event), with
 * every source's date listed as a conflict. The explanation always says where the date came from.
 */
export function mergedDate(members: MentionProfile[]): MergedDate {
	const ranked = [...members].sort(compareDates);
	const primary = ranked[0];
	const own = primary.sourced.mention.date;
	const dated = ranked.filter((profile) => profile.date.start !== null);
	if (dated.length === 0) return { date: own, primary, conflicts: [] };

	let start = Math.max(...dated.map((profile) => profile.date.start as number));
	let end = Math.min(...dated.map((profile) => profile.date.end as number));
	if (start > end) {
		const rival =
			dated.find((profile) => profile.sourced.sourceId !== primary.sourced.sourceId) ?? dated[1];
		const reason = preferenceReason(primary, rival) ?? 'it comes first in source order';
		const seen = new Set<string>();
		const conflicts = dated
			.filter((profile) => {
				const key = `${profile.sourced.sourceId}|${profile.date.start}|${profile.date.end}`;
				return !seen.has(key) && !!seen.add(key);
			})
			.map((profile) => ({
				sourceId: profile.sourced.sourceId,
				date: profile.sourced.mention.date
			}))
			.sort((a, b) => (a.sourceId < b.sourceId ? -1 : a.sourceId > b.sourceId ? 1 : 0));
		const explanation =
			`${own.explanation} Sources disagree: ${dated.map(said).join('; ')}. ` +
			`This event uses the date of source ${primary.sourced.sourceId} because ${reason}.`;
		return { date: { ...own, explanation }, primary, conflicts };
	}

	const undated = members.filter((profile) => profile.date.start === null);
	for (const profile of undated) {
		const partial = profile.date.partial;
		if (!partial) continue;
		const days = daysMatchingPartial(start, end, partial, 2);
		if (days.length === 1) [start, end] = [days[0], days[0]];
	}
	if (end - start < span(primary)) {
		const contributors = members.filter(
			(profile) => profile.date.start !== null || profile.date.partial !== undefined
		);
		const date: EventDate = {
			start: fromDayNumber(start),
			end: fromDayNumber(end),
			precision: start === end ? 'day' : 'range',
			derivation: 'cross-source',
			text: own.text,
			explanation:
				`Combined from several sources: ${contributors.map(said).join('; ')}. ` +
				`${start === end ? 'The only day' : 'The only days'} consistent with all of them: ${describe(start, end)}.`,
			approximate:
				start !== end && dated.some((profile) => profile.sourced.mention.date.approximate)
		};
		return { date, primary, conflicts: [] };
	}
	if (undated.length > 0) {
		const explanation =
			`${own.explanation} ` +
			undated
				.map((profile) =>
					profile.sourced.mention.date.text
						? `Source ${profile.sourced.sourceId} gives ${quote(profile)} without a full date`
						: `Source ${profile.sourced.sourceId} gives no date`
				)
				.join('; ') +
			`; the date comes from source ${primary.sourced.sourceId}.`;
		return { date: { ...own, derivation: 'cross-source', explanation }, primary, conflicts: [] };
	}
	return { date: own, primary, conflicts: [] };
}
