/**
 * A colour per event on a source page, so that the excerpts of one event read as one and a
 * reader tells them from the next event's. Pale tints under dark text (contrast above 12:1 on
 * each), in the order the events first appear; an article with more events than tints reuses
 * them, far apart.
 */
export const EXCERPT_TINTS = [
	'#fde68a',
	'#bfdbfe',
	'#bbf7d0',
	'#fbcfe8',
	'#ddd6fe',
	'#fed7aa',
	'#a5f3fc',
	'#d9f99d',
	'#fecaca',
	'#e5e7eb'
] as const;

/** Each event's tint, by the order its first excerpt comes in `mentions` (text order). */
export function excerptColours(mentions: readonly { eventId: string }[]): Map<string, string> {
	const colours = new Map<string, string>();
	for (const { eventId } of mentions) {
		if (!colours.has(eventId)) {
			colours.set(eventId, EXCERPT_TINTS[colours.size % EXCERPT_TINTS.length]);
		}
	}
	return colours;
}

/** The excerpts grouped by event, events in the order they first appear, each with its tint. */
export function excerptsByEvent<T extends { eventId: string; colour: string }>(
	mentions: readonly T[]
): { eventId: string; colour: string; first: T; mentions: T[] }[] {
	const groups = new Map<string, { eventId: string; colour: string; first: T; mentions: T[] }>();
	for (const mention of mentions) {
		const group = groups.get(mention.eventId);
		if (group) group.mentions.push(mention);
		else {
			groups.set(mention.eventId, {
				eventId: mention.eventId,
				colour: mention.colour,
				first: mention,
				mentions: [mention]
			});
		}
	}
	return [...groups.values()];
}
