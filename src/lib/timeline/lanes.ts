/**
 * Groups events into horizontal lanes, by event type or by the country or actor named first,
 * and gives each lane a colour. The lane list doubles as the legend.
 */
import { EVENT_TYPES, type EventType } from '../types';
import type { TimelineEvent } from './types';

export type LaneMode = 'type' | 'country' | 'actor';

export const LANE_MODES: readonly { mode: LaneMode; label: string }[] = [
	{ mode: 'type', label: 'Type' },
	{ mode: 'country', label: 'Country' },
	{ mode: 'actor', label: 'Actor' }
];

/** The `lanes` URL parameter: a lane mode, 'type' when absent; null when it names none. */
export function parseLaneMode(value: string | null): LaneMode | null {
	if (value === null || value === '') return 'type';
	return LANE_MODES.find((mode) => mode.mode === value)?.mode ?? null;
}

export interface Lane {
	key: string;
	label: string;
	colour: string;
	/** Events of the given list in this lane. */
	count: number;
}

export interface LaneAssignment {
	lanes: Lane[];
	/** Lane index of each event id. */
	laneOf: Map<string, number>;
}

/**
 * Paul Tol's "muted" scheme: nine hues told apart with every common colour-vision deficiency,
 * plus grey for the catch-all lane.
 */
export const PALETTE = [
	'#332288',
	'#117733',
	'#88CCEE',
	'#CC6677',
	'#44AA99',
	'#882255',
	'#DDCC77',
	'#999933',
	'#AA4499'
] as const;
export const NEUTRAL_COLOUR = '#BBBBBB';

const TYPE_LABELS: Record<EventType, string> = {
	meeting: 'Meeting',
	visit: 'Visit',
	phone_call: 'Phone call',
	press_conference: 'Press conference',
	attack: 'Attack',
	legislation: 'Legislation / vote',
	agreement: 'Agreement',
	statement: 'Statement',
	other: 'Other'
};

/** A fixed colour per type, so a type keeps its colour whatever the data shows. */
const TYPE_COLOURS: Record<EventType, string> = {
	meeting: PALETTE[0],
	visit: PALETTE[1],
	phone_call: PALETTE[2],
	attack: PALETTE[3],
	agreement: PALETTE[4],
	legislation: PALETTE[5],
	press_conference: PALETTE[6],
	statement: PALETTE[7],
	other: NEUTRAL_COLOUR
};

export function typeLabel(type: EventType): string {
	return TYPE_LABELS[type];
}

export function typeColour(type: EventType): string {
	return TYPE_COLOURS[type];
}

const NO_KEY_LABEL: Record<Exclude<LaneMode, 'type'>, string> = {
	country: 'No country given',
	actor: 'No actor named'
};
const OVERFLOW_KEY = '\u0000other';

/** The lane key of an event: the first participant's country or id, or '' when there is none. */
function groupKey(
	event: TimelineEvent,
	mode: Exclude<LaneMode, 'type'>
): { key: string; label: string } {
	if (mode === 'actor') {
		const actor = event.participants[0];
		return actor ? { key: actor.id, label: actor.name } : { key: '', label: NO_KEY_LABEL.actor };
	}
	const country = event.participants.find((participant) => participant.country)?.country;
	return country ? { key: country, label: country } : { key: '', label: NO_KEY_LABEL.country };
}

function byType(events: readonly TimelineEvent[]): LaneAssignment {
	const present = EVENT_TYPES.filter((type) => events.some((event) => event.type === type));
	const lanes = present.map((type) => ({
		key: type,
		label: TYPE_LABELS[type],
		colour: TYPE_COLOURS[type],
		count: 0
	}));
	const laneOf = new Map<string, number>();
	for (const event of events) {
		const index = present.indexOf(event.type);
		lanes[index].count++;
		laneOf.set(event.id, index);
	}
	return { lanes, laneOf };
}

/**
 * Lanes for `events`. By type: one lane per type present, in the vocabulary's order. By country
 * or actor: the largest groups first (ties by name), at most `maxLanes` lanes, the rest together
 * in a last "Other" lane.
 */
export function assignLanes(
	events: readonly TimelineEvent[],
	mode: LaneMode,
	maxLanes: number = PALETTE.length
): LaneAssignment {
	if (mode === 'type') return byType(events);
	const groups = new Map<string, { label: string; ids: string[] }>();
	for (const event of events) {
		const { key, label } = groupKey(event, mode);
		const group = groups.get(key) ?? { label, ids: [] };
		group.ids.push(event.id);
		groups.set(key, group);
	}
	const ranked = [...groups].sort(
		([, a], [, b]) => b.ids.length - a.ids.length || a.label.localeCompare(b.label)
	);
	const kept = ranked.length > maxLanes ? ranked.slice(0, maxLanes - 1) : ranked;
	const overflow = ranked.slice(kept.length).flatMap(([, group]) => group.ids);
	const lanes: Lane[] = kept.map(([key, group], rank) => ({
		key,
		label: group.label,
		colour: key === '' ? NEUTRAL_COLOUR : PALETTE[rank % PALETTE.length],
		count: group.ids.length
	}));
	const laneOf = new Map<string, number>();
	kept.forEach(([, group], index) => group.ids.forEach((id) => laneOf.set(id, index)));
	if (overflow.length) {
		lanes.push({
			key: OVERFLOW_KEY,
			label: 'Other',
			colour: NEUTRAL_COLOUR,
			count: overflow.length
		});
		for (const id of overflow) laneOf.set(id, lanes.length - 1);
	}
	return { lanes, laneOf };
}
