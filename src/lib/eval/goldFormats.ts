import { EVENT_TYPES, type EventType, type IsoDay } from '../types';

/**
 * The two gold formats, read into one shape. Seeds gold (`tests/gold/seeds.gold.json`) lists
 * events with date rules, actor alias lists and the sources (file-name prefixes) that must report
 * them; the dev set (`gold.json` + `cross_source.json`) lists per-article events with evidence
 * sentences, dates and how they were derived.
 */

export type DateRule =
	/** Dev set: start and end as given; null start means "no date can be supported". */
	| { rule: 'exact'; start: IsoDay | null; end: IsoDay | null }
	/** Seeds: start = end = value. */
	| { rule: 'day'; value: IsoDay }
	/** Seeds: the interval contains value and lies within [min, max]. */
	| { rule: 'within'; value: IsoDay; min: IsoDay; max: IsoDay }
	/** Seeds: undated, or exactly value with its derivation explained. */
	| { rule: 'undated_or_day'; value: IsoDay };

export interface GoldSource {
	/** A file name, or a file-name prefix ("000"). */
	file: string;
	evidence: string | null;
	required: boolean;
}

export interface GoldEvent {
	id: string;
	type: EventType;
	cameo: string | null;
	/** Each participant as the spellings that count for it. */
	participants: string[][];
	place: string | null;
	date: DateRule;
	/** Dev set `date_derivation`, for per-rule figures. */
	derivation: string | null;
	optional: boolean;
	planned: boolean | null;
	/** Dev set: 'postponed' or 'cancelled', else null; seeds: undefined (not annotated). */
	status?: string | null;
	/** Dev set: the verified date, which a cross-source date may reach when the text alone cannot. */
	realWorldDate: IsoDay | null;
	sources: GoldSource[];
	/**
	 * What makes the event hard to find or date ("passive", "glued_date_line", …): the gold's own
	 * `phenomena` tags, plus those its fields tell (planned, postponed, cancelled, tied to another
	 * event, told by several sources).
	 */
	phenomena: string[];
}

export interface GoldSet {
	format: 'seeds' | 'devset';
	events: GoldEvent[];
	/** Gold event ids that are one real-world event (cross-source groups). */
	groups: { id: string; members: string[] }[];
	/** Gold event ids that look alike but must stay apart. */
	distinct: { members: string[]; why: string }[];
	/** Site chrome that must never be an excerpt: per file, or for every file (file null). */
	boilerplate: { file: string | null; text: string }[];
	/** Must-not rules as written, for the report. */
	mustNot: string[];
}

function eventType(value: unknown, where: string): EventType {
	if (typeof value === 'string' && (EVENT_TYPES as readonly string[]).includes(value)) {
		return value as EventType;
	}
	throw new Error(`${where}: unknown event type ${JSON.stringify(value)}`);
}

interface SeedsJson {
	actors?: { name: string; aliases?: string[] }[];
	events: {
		key: string;
		type: string;
		cameo?: string;
		optional?: boolean;
		participants: string[];
		place?: string | null;
		date: { rule: string; value: string; min?: string; max?: string };
		sources_required?: string[];
		sources_also?: string[];
		evidence?: Record<string, string>;
	}[];
	must_not?: string[];
}

interface DevEventJson {
	type: string;
	participants: string[];
	place: string | null;
	date: { start: string; end: string } | null;
	date_derivation: string;
	evidence: string;
	planned: boolean;
	optional: boolean;
	real_world_date?: string | null;
	status?: string;
	phenomena?: string[];
}

interface DevArticleJson {
	file: string;
	events: DevEventJson[];
	distractors?: string[];
}

interface CrossSourceJson {
	groups: { id: string; members: [string, number][] }[];
	distinct_but_confusable: { members: [string, number][]; why: string }[];
}

function seedDateRule(date: SeedsJson['events'][number]['date'], where: string): DateRule {
	switch (date.rule) {
		case 'day':
			return { rule: 'day', value: date.value };
		case 'undated_or_day':
			return { rule: 'undated_or_day', value: date.value };
		case 'within':
			if (!date.min || !date.max) throw new Error(`${where}: 'within' needs min and max`);
			return { rule: 'within', value: date.value, min: date.min, max: date.max };
		default:
			throw new Error(`${where}: unknown date rule ${JSON.stringify(date.rule)}`);
	}
}

/** Quoted phrases of the must-not list that name site chrome ('0 Persons', 'News ID'). */
function quotedChrome(mustNot: string[]): string[] {
	const chrome = mustNot.filter((rule) => /boilerplate|read more/i.test(rule));
	return chrome.flatMap((rule) => [...rule.matchAll(/'([^']{3,40})'/g)].map((m) => m[1]));
}

function readSeeds(json: SeedsJson): GoldSet {
	const aliases = new Map<string, string[]>();
	for (const actor of json.actors ?? [])
		aliases.set(actor.name, [actor.name, ...(actor.aliases ?? [])]);
	const events = json.events.map((event): GoldEvent => {
		const where = `seeds event ${event.key}`;
		const sources = [
			...(event.sources_required ?? []).map((file) => ({ file, required: true })),
			...(event.sources_also ?? []).map((file) => ({ file, required: false }))
		].map((s) => ({ ...s, evidence: event.evidence?.[s.file] ?? null }));
		return {
			id: event.key,
			type: eventType(event.type, where),
			cameo: event.cameo ?? null,
			participants: event.participants.map((name) => aliases.get(name) ?? [name]),
			place: event.place ?? null,
			date: seedDateRule(event.date, where),
			derivation: null,
			optional: event.optional ?? false,
			planned: null,
			realWorldDate: null,
			sources,
			phenomena: []
		};
	});
	const mustNot = json.must_not ?? [];
	return {
		format: 'seeds',
		events,
		groups: [],
		distinct: [],
		boilerplate: quotedChrome(mustNot).map((text) => ({ file: null, text })),
		mustNot
	};
}

/** The phenomena a dev-set event's fields tell, beside the tags the gold gives. */
function phenomenaOf(event: DevEventJson, grouped: boolean): string[] {
	const tags = new Set(event.phenomena ?? []);
	if (event.planned) tags.add('planned');
	if (event.status === 'postponed' || event.status === 'cancelled') tags.add(event.status);
	if (event.date_derivation === 'same-as-other-event') tags.add('same_as_other_event');
	if (grouped) tags.add('cross_source');
	return [...tags].sort();
}

function readDevset(articles: DevArticleJson[], cross: CrossSourceJson | null): GoldSet {
	const id = (file: string, index: number) => `${file}#${index}`;
	const grouped = new Set(
		(cross?.groups ?? []).flatMap((g) => g.members.map(([file, index]) => id(file, index)))
	);
	const events = articles.flatMap((article) =>
		article.events.map((event, index): GoldEvent => ({
			id: id(article.file, index),
			type: eventType(event.type, `${article.file} event ${index}`),
			cameo: null,
			participants: event.participants.map((name) => [name]),
			place: event.place,
			date: { rule: 'exact', start: event.date?.start ?? null, end: event.date?.end ?? null },
			derivation: event.date_derivation,
			optional: event.optional,
			planned: event.planned,
			status: event.status ?? null,
			realWorldDate: event.real_world_date ?? null,
			sources: [{ file: article.file, evidence: event.evidence, required: true }],
			phenomena: phenomenaOf(event, grouped.has(id(article.file, index)))
		}))
	);
	return {
		format: 'devset',
		events,
		groups: (cross?.groups ?? []).map((g) => ({
			id: g.id,
			members: g.members.map(([file, index]) => id(file, index))
		})),
		distinct: (cross?.distinct_but_confusable ?? []).map((d) => ({
			why: d.why,
			members: d.members.map(([file, index]) => id(file, index))
		})),
		boilerplate: articles.flatMap((a) =>
			(a.distractors ?? []).map((text) => ({ file: a.file, text }))
		),
		mustNot: []
	};
}

/**
 * Reads either gold format, telling them apart by shape: an object with `events` and date rules
 * is the seeds format, an array of `{file, events}` is the dev set (cross-source groups optional).
 */
export function readGold(gold: unknown, crossSource: unknown = null): GoldSet {
	if (Array.isArray(gold)) {
		if (!gold.every((a) => a && typeof a === 'object' && 'file' in a && 'events' in a)) {
			throw new Error('gold: an array must list {file, events} per article (dev-set format)');
		}
		return readDevset(gold as DevArticleJson[], crossSource as CrossSourceJson | null);
	}
	if (gold && typeof gold === 'object' && Array.isArray((gold as SeedsJson).events)) {
		return readSeeds(gold as SeedsJson);
	}
	throw new Error(
		'gold: neither the seeds format ({events: […]}) nor the dev-set format ([{file, events}])'
	);
}
