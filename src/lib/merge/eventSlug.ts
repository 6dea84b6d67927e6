import { fnv1a } from '../text/fnv1a';
import type { MergedEvent } from './types';

const MAX_SLUG_LENGTH = 80;
/** Letters NFKD does not decompose into ascii. */
const ASCII_FOLDS: Record<string, string> = {
	ß: 'ss',
	æ: 'ae',
	œ: 'oe',
	ø: 'o',
	ł: 'l',
	đ: 'd',
	ð: 'd',
	þ: 'th',
	ı: 'i'
};

/** Lower-case ascii words joined by hyphens ("Recep Tayyip Erdoğan" → "recep-tayyip-erdogan"). */
export function slugify(text: string): string {
	// Most names are plain ascii already: skip the Unicode folding for them.
	const folded = /^[\x20-\x7e]*$/.test(text)
		? text.toLowerCase()
		: text
				.toLowerCase()
				.replace(/[ßæœøłđðþı]/g, (letter) => ASCII_FOLDS[letter])
				.normalize('NFKD')
				.replace(/[\u0300-\u036f]/g, '');
	return folded.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

type SlugInput = Pick<MergedEvent, 'date' | 'type' | 'participants'>;

/**
 * A readable id: date, type and up to two main participants (people first, in the event's order
 * of prominence), e.g. `2021-03-18-meeting-jane-roe-john-doe`; `undated-…` without a date.
 * At most about 80 characters, cut at a word boundary.
 */
export function eventSlug(event: SlugInput): string {
	const people = event.participants.filter((p) => p.kind === undefined || p.kind === 'person');
	const main = (people.length > 0 ? people : event.participants).slice(0, 2);
	const slug = [event.date.start ?? 'undated', event.type, ...main.map((p) => p.name || p.id)]
		.map(slugify)
		.filter((part) => part.length > 0)
		.join('-');
	if (slug.length <= MAX_SLUG_LENGTH) return slug;
	const cut = slug.slice(0, MAX_SLUG_LENGTH + 1);
	return cut.slice(0, cut.lastIndexOf('-'));
}

/** Orders events that share a slug: by their earliest excerpts, then title. */
export function collisionOrderKey(event: Pick<MergedEvent, 'mentions' | 'title'>): string {
	const keys = event.mentions
		.map((m) => `${m.sourceId}:${String(m.start).padStart(9, '0')}`)
		.sort();
	return `${keys.join('|')}\u0001${event.title}`;
}

/**
 * Where an event goes among those sharing its slug: `collisionOrderKey`, then (for the rare events
 * whose excerpts and title are alike) a hash of the whole event, so that the order depends on
 * the events alone, never on the order they were built in: an incremental merge must give the
 * ids a full one gives.
 */
export function collisionRank(event: Pick<MergedEvent, 'mentions' | 'title'>): string {
	// The id, when there is one, is what is being decided: left out (undefined is not written).
	const content = JSON.stringify({ ...event, id: undefined });
	return `${collisionOrderKey(event)}\u0002${fnv1a(content).toString(16).padStart(8, '0')}`;
}

/**
 * The id of one more event with `slug` after suffix `after` (1 before the first): `-2`, `-3`…,
 * skipping ids that are taken (another event's own slug can end in "-2"); the id returned is
 * marked taken. Ids made from different slugs never collide: the suffix follows the last hyphen.
 */
export function nextSuffixedId(
	slug: string,
	after: number,
	taken: { has(id: string): boolean; add(id: string): void }
): { id: string; suffix: number } {
	let suffix = after;
	let id: string;
	do id = `${slug}-${++suffix}`;
	while (taken.has(id));
	taken.add(id);
	return { id, suffix };
}

/**
 * Ids for the events sharing `slug`, given their `collisionRank`s, in the order given: the first
 * by rank (ties: the order given) gets the slug, the others `-2`, `-3`… skipping `taken` ids.
 */
export function slugGroupIds(
	slug: string,
	ranks: string[],
	taken: { has(id: string): boolean; add(id: string): void }
): string[] {
	const ids = new Array<string>(ranks.length);
	const order = ranks.map((_, at) => at).sort((a, b) => compareText(ranks[a], ranks[b]) || a - b);
	let suffix = 1;
	order.forEach((at, i) => {
		if (i === 0) ids[at] = slug;
		else ({ id: ids[at], suffix } = nextSuffixedId(slug, suffix, taken));
	});
	return ids;
}

function compareText(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Ids for events: their slug, with `-2`, `-3`… only for events whose slugs collide, numbered in
 * the order of their earliest excerpt so that the same corpus always gives the same ids.
 */
export function assignEventIds<E extends SlugInput & Pick<MergedEvent, 'mentions' | 'title'>>(
	events: E[]
): (E & { id: string })[] {
	const bySlug = new Map<string, E[]>();
	for (const event of events) {
		const slug = eventSlug(event);
		const list = bySlug.get(slug) ?? [];
		list.push(event);
		bySlug.set(slug, list);
	}
	const withIds: (E & { id: string })[] = [];
	const taken = new Set(bySlug.keys());
	for (const [slug, list] of bySlug) {
		const ids = slugGroupIds(slug, list.map(collisionRank), taken);
		list.forEach((event, i) => withIds.push({ ...event, id: ids[i] }));
	}
	return withIds;
}
