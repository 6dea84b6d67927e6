import type { ExportJson } from '../types';
import type { GoldSet } from './goldFormats';
import { matchGold, type Match, type MatchOptions, type MatchResult, type Unit } from './matchGold';

/**
 * Figures for one gold set against one export: recall, precision, date/place/type/planned
 * accuracy, merge accuracy across sources, the per-rule breakdowns (date accuracy by how the gold
 * date was derived, recall by type) and the must-not checks that can be automated.
 */

export interface Ratio {
	hit: number;
	total: number;
}

export interface MergeCheck {
	kind: 'group' | 'distinct';
	id: string;
	ok: boolean;
	/** False when too few members were found to judge. */
	checkable: boolean;
	detail: string;
}

export interface Violation {
	rule: string;
	detail: string;
}

export interface Score {
	format: GoldSet['format'];
	result: MatchResult;
	recall: Ratio;
	precision: Ratio;
	date: Ratio;
	/** Matched events whose gold has no date but which claim one the text cannot support. */
	unsupportedDates: Match[];
	place: Ratio;
	typeExact: Ratio;
	planned: Ratio;
	/**
	 * Matched events (optional ones too) that the gold or the export says were postponed or
	 * cancelled, right when both say the same; gold formats without statuses count none.
	 */
	status: Ratio;
	merge: Ratio;
	mergeChecks: MergeCheck[];
	dateByDerivation: Map<string, Ratio>;
	recallByType: Map<string, Ratio>;
	/** Recall of the gold events that show each phenomenon (passive, nominal, planned, …). */
	recallByPhenomenon: Map<string, Ratio>;
	violations: Violation[];
}

export function ratio(r: Ratio): number {
	return r.total === 0 ? 1 : r.hit / r.total;
}

function count(items: readonly Match[], ok: (m: Match) => boolean): Ratio {
	return { hit: items.filter(ok).length, total: items.length };
}

function tally(map: Map<string, Ratio>, key: string, hit: boolean): void {
	const r = map.get(key) ?? { hit: 0, total: 0 };
	r.total++;
	if (hit) r.hit++;
	map.set(key, r);
}

/** The exported events each gold event was matched to, by gold id. */
function eventsOfGold(matches: readonly Match[]): Map<string, string[]> {
	const eventOf = new Map<string, string[]>();
	for (const m of matches) {
		const list = eventOf.get(m.gold.id) ?? [];
		list.push(m.unit.event.id);
		eventOf.set(m.gold.id, list);
	}
	return eventOf;
}

/**
 * Whether each cross-source group ended up as one event and each set of look-alike events as
 * several, given the event(s) each gold event was found in.
 */
export function mergeChecks(gold: GoldSet, eventOf: ReadonlyMap<string, string[]>): MergeCheck[] {
	const checks: MergeCheck[] = [];
	for (const group of gold.groups) {
		const found = group.members.map((id) => eventOf.get(id)?.[0]).filter((e): e is string => !!e);
		checks.push({
			kind: 'group',
			id: group.id,
			checkable: found.length >= 2,
			ok: found.length >= 2 && new Set(found).size === 1,
			detail: `${found.length}/${group.members.length} members found in ${new Set(found).size} event(s)`
		});
	}
	const distinct =
		gold.format === 'devset'
			? gold.distinct
			: // Seeds: every gold event is its own real-world event.
				[{ members: gold.events.map((e) => e.id), why: 'different gold events' }];
	for (const set of distinct) {
		const found = set.members
			.map((id) => ({ id, event: eventOf.get(id)?.[0] }))
			.filter((m): m is { id: string; event: string } => !!m.event);
		const byEvent = new Map<string, string[]>();
		for (const m of found) byEvent.set(m.event, [...(byEvent.get(m.event) ?? []), m.id]);
		const merged = [...byEvent.values()].filter((ids) => ids.length > 1);
		checks.push({
			kind: 'distinct',
			id: set.members.join(' / '),
			checkable: found.length >= 2,
			ok: found.length >= 2 && merged.length === 0,
			detail: merged.length ? `merged: ${merged.map((ids) => ids.join(' + ')).join('; ')}` : set.why
		});
	}
	return checks;
}

/**
 * Lines of a file that are site chrome: a per-file distractor is a whole line as copied; a
 * must-not phrase for every file ('News ID') marks any line containing it. Matching lines, not
 * substrings, keeps "Africa" (a section label) from flagging a sentence about the African Union.
 */
function chromeLines(gold: GoldSet, file: string, text: string): [number, number][] {
	const rules = gold.boilerplate.filter((c) => c.file === null || c.file === file);
	if (!rules.length) return [];
	const spans: [number, number][] = [];
	let offset = 0;
	for (const line of text.split('\n')) {
		const trimmed = line.trim();
		const chrome = rules.some((c) => (c.file ? trimmed === c.text : trimmed.includes(c.text)));
		if (chrome && trimmed) spans.push([offset, offset + line.length]);
		offset += line.length + 1;
	}
	return spans;
}

function excerptsInChrome(
	gold: GoldSet,
	units: readonly Unit[],
	texts: ReadonlyMap<string, string>
): Violation[] {
	const violations: Violation[] = [];
	const linesByFile = new Map<string, [number, number][]>();
	for (const unit of units) {
		const file = unit.source.file.split('/').pop() ?? '';
		let lines = linesByFile.get(unit.source.file);
		if (!lines) {
			lines = chromeLines(gold, file, texts.get(unit.source.file) ?? '');
			linesByFile.set(unit.source.file, lines);
		}
		for (const excerpt of unit.excerpts) {
			if (lines.some(([start, end]) => excerpt.start < end && excerpt.end > start)) {
				violations.push({
					rule: 'no event from site chrome',
					detail: `${file}: "${excerpt.text.slice(0, 80)}"`
				});
			}
		}
	}
	return violations;
}

function yearsWithoutSupport(exported: ExportJson): Violation[] {
	const sources = new Map(exported.sources.map((s) => [s.id, s]));
	return exported.events
		.filter((event) => {
			if (!event.date.start || event.date.derivation === 'cross-source') return false;
			const undated = event.mentions.every((m) => !sources.get(m.sourceId)?.published);
			return undated && !/\b\d{4}\b/.test(`${event.date.text} ${event.date.explanation}`);
		})
		.map((event) => ({
			rule: 'no year the text cannot support',
			detail: `${event.title}: ${event.date.start} from "${event.date.text}" in undated source(s)`
		}));
}

function unexplained(exported: ExportJson): Violation[] {
	return exported.events
		.filter((e) => e.date.start && !e.date.explanation.trim())
		.map((e) => ({ rule: 'every dated event is explained', detail: e.title }));
}

export function scoreExport(
	gold: GoldSet,
	exported: ExportJson,
	texts: ReadonlyMap<string, string>,
	options: MatchOptions = {}
): Score {
	const result = matchGold(gold, exported, texts, options);
	const main = result.matches.filter((m) => !m.gold.optional);
	const required = main.filter((m) => m.source.required);
	const dated = main;
	const dateByDerivation = new Map<string, Ratio>();
	for (const m of dated) tally(dateByDerivation, m.gold.derivation ?? m.gold.date.rule, m.dateOk);
	const recallByType = new Map<string, Ratio>();
	const recallByPhenomenon = new Map<string, Ratio>();
	for (const g of gold.events.filter((e) => !e.optional)) {
		for (const source of g.sources.filter((s) => s.required)) {
			const hit = required.some((m) => m.gold.id === g.id && m.source.file === source.file);
			tally(recallByType, g.type, hit);
			for (const phenomenon of g.phenomena) tally(recallByPhenomenon, phenomenon, hit);
		}
	}
	const checks = mergeChecks(gold, eventsOfGold(result.matches));
	const judged = checks.filter((c) => c.checkable);
	const violations = [
		...excerptsInChrome(
			gold,
			[...result.falsePositives, ...result.matches.map((m) => m.unit)],
			texts
		),
		...(gold.format === 'seeds' ? yearsWithoutSupport(exported) : []),
		...unexplained(exported),
		...checks
			.filter((c) => c.kind === 'distinct' && c.checkable && !c.ok)
			.map((c) => ({ rule: 'distinct events kept apart', detail: c.detail }))
	];
	return {
		format: gold.format,
		result,
		recall: { hit: required.length, total: required.length + result.misses.length },
		precision: { hit: main.length, total: main.length + result.falsePositives.length },
		date: count(dated, (m) => m.dateOk),
		unsupportedDates: main.filter(
			(m) =>
				m.gold.date.rule === 'exact' &&
				m.gold.date.start === null &&
				m.unit.event.date.start !== null &&
				m.unit.event.date.derivation !== 'cross-source'
		),
		place: count(
			main.filter((m) => m.gold.place !== null),
			(m) => m.placeOk
		),
		typeExact: count(main, (m) => m.typeExact),
		planned: count(
			main.filter((m) => m.gold.planned !== null),
			(m) => m.plannedOk
		),
		status: count(
			result.matches.filter(
				(m) => m.gold.status !== undefined && (m.gold.status || m.unit.event.status)
			),
			(m) => (m.gold.status ?? undefined) === m.unit.event.status
		),
		merge: { hit: judged.filter((c) => c.ok).length, total: judged.length },
		mergeChecks: checks,
		dateByDerivation,
		recallByType,
		recallByPhenomenon,
		violations
	};
}
