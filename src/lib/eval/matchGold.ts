import { sameName } from '../actors/sameName';
import type { EventJson, EventType, ExportJson, SourceJson } from '../types';
import type { DateRule, GoldEvent, GoldSet, GoldSource } from './goldFormats';

/**
 * Pairs gold events with what the pipeline exported. The unit of comparison is one exported event
 * as one source reports it (an event with mentions in three files is three units). A gold event
 * and a unit match when they come from the same file, an excerpt overlaps the evidence sentence
 * (when the gold gives one), the types are compatible and a participant is shared (names compared
 * by transliteration key, with aliases). Pairs are taken best first, one to one.
 */

export interface Unit {
	event: EventJson;
	source: SourceJson;
	/** Excerpt ranges in the raw file text. */
	excerpts: { start: number; end: number; text: string }[];
}

export interface Match {
	gold: GoldEvent;
	source: GoldSource;
	unit: Unit;
	typeExact: boolean;
	participantsFound: number;
	dateOk: boolean;
	placeOk: boolean;
	plannedOk: boolean;
}

export interface MatchResult {
	matches: Match[];
	/** Gold (event, source) pairs with no unit; required sources of non-optional events only. */
	misses: { gold: GoldEvent; source: GoldSource; near: Unit[] }[];
	/** Units matching no gold event. */
	falsePositives: Unit[];
	/** Units on a sentence of an optional gold event: neither right nor wrong. */
	ignored: Unit[];
	/** False positives whose excerpt overlaps a required gold event's evidence. */
	onGoldSentence: Set<Unit>;
}

export interface MatchOptions {
	/** Spellings that count for a name (gazetteer aliases, country names). */
	aliases?: (name: string) => string[];
}

/** Types that describe the same happening in different words. */
const COMPATIBLE: EventType[][] = [['statement', 'press_conference']];

export function typesCompatible(a: EventType, b: EventType): boolean {
	return a === b || COMPATIBLE.some((set) => set.includes(a) && set.includes(b));
}

export function fileMatches(goldFile: string, sourceFile: string): boolean {
	const base = sourceFile.split('/').pop() ?? sourceFile;
	return base === goldFile || (!/\.\w+$/.test(goldFile) && base.startsWith(goldFile));
}

function normalise(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

/** Where the evidence sentence lies in the raw text, whitespace-insensitively. */
export function locate(text: string, evidence: string): [number, number] | null {
	const at = text.indexOf(evidence);
	if (at >= 0) return [at, at + evidence.length];
	const words = normalise(evidence)
		.split(' ')
		.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
	const match = new RegExp(words.join('\\s+')).exec(text);
	return match ? [match.index, match.index + match[0].length] : null;
}

/** Units of an export, with excerpts located in the raw file texts. */
export function unitsOf(exported: ExportJson, texts: ReadonlyMap<string, string>): Unit[] {
	const sources = new Map(exported.sources.map((s) => [s.id, s]));
	const units: Unit[] = [];
	for (const event of exported.events) {
		const bySource = new Map<string, Unit>();
		for (const mention of event.mentions) {
			const source = sources.get(mention.sourceId);
			if (!source) continue;
			const raw = texts.get(source.file) ?? '';
			const at = raw.indexOf(mention.excerpt, mention.start);
			const start = at >= 0 ? at : mention.start;
			const unit = bySource.get(source.id) ?? { event, source, excerpts: [] };
			unit.excerpts.push({ start, end: start + mention.excerpt.length, text: mention.excerpt });
			bySource.set(source.id, unit);
		}
		units.push(...bySource.values());
	}
	return units;
}

export function participantsFound(
	gold: GoldEvent,
	event: EventJson,
	aliases: (name: string) => string[]
): number {
	const names = event.participants.flatMap((p) => aliases(p.name));
	return gold.participants.filter((spellings) =>
		spellings.flatMap(aliases).some((g) => names.some((n) => sameName(g, n)))
	).length;
}

export function dateSatisfies(
	rule: DateRule,
	date: EventJson['date'],
	realWorld: string | null = null
): boolean {
	const { start, end } = date;
	switch (rule.rule) {
		case 'exact':
			if (rule.start === null) {
				return (
					start === null ||
					(date.derivation === 'cross-source' &&
						!!realWorld &&
						start <= realWorld &&
						realWorld <= (end ?? start))
				);
			}
			return start === rule.start && end === rule.end;
		case 'day':
			return start === rule.value && end === rule.value;
		case 'within':
			return (
				!!start &&
				!!end &&
				start <= rule.value &&
				rule.value <= end &&
				start >= rule.min &&
				end <= rule.max
			);
		case 'undated_or_day':
			return (
				start === null ||
				(start === rule.value && end === rule.value && date.explanation.length > 0)
			);
	}
}

function placeParts(place: string): string[] {
	return place
		.toLowerCase()
		.split(/,\s*/)
		.map((p) => p.replace(/^(?:near|outside|in)\s+/, '').trim())
		.filter((p) => p.length > 0);
}

export function placeSatisfies(gold: string | null, got: string | null): boolean {
	if (!gold) return true;
	if (!got) return false;
	const g = placeParts(gold);
	const x = placeParts(got);
	return g.some((a) => x.some((b) => a.includes(b) || b.includes(a)));
}

function overlaps(unit: Unit, span: [number, number] | null): boolean {
	if (!span) return true;
	return unit.excerpts.some((e) => e.start < span[1] && e.end > span[0]);
}

interface Candidate {
	gold: GoldEvent;
	source: GoldSource;
	unit: Unit;
	score: number;
	match: Match;
}

export function matchGold(
	gold: GoldSet,
	exported: ExportJson,
	texts: ReadonlyMap<string, string>,
	options: MatchOptions = {}
): MatchResult {
	const aliases = options.aliases ?? ((name: string) => [name]);
	const units = unitsOf(exported, texts);
	const candidates: Candidate[] = [];
	const evidenceSpans = new Map<string, [number, number] | null>();
	const spanOf = (source: GoldSource, file: string) => {
		const key = `${file}\u0000${source.evidence}`;
		if (!evidenceSpans.has(key)) {
			evidenceSpans.set(
				key,
				source.evidence ? locate(texts.get(file) ?? '', source.evidence) : null
			);
		}
		return evidenceSpans.get(key) ?? null;
	};
	for (const event of gold.events) {
		for (const source of event.sources) {
			for (const unit of units) {
				if (!fileMatches(source.file, unit.source.file)) continue;
				if (!overlaps(unit, spanOf(source, unit.source.file))) continue;
				if (!typesCompatible(event.type, unit.event.type)) continue;
				const found = participantsFound(event, unit.event, aliases);
				if (event.participants.length && !found) continue;
				const dateOk = dateSatisfies(event.date, unit.event.date, event.realWorldDate);
				const match: Match = {
					gold: event,
					source,
					unit,
					typeExact: event.type === unit.event.type,
					participantsFound: found,
					dateOk,
					placeOk: placeSatisfies(event.place, unit.event.place),
					plannedOk: event.planned === null || event.planned === unit.event.planned
				};
				const score =
					(event.optional ? 0 : 100) +
					(match.typeExact ? 4 : 0) +
					(found / Math.max(1, event.participants.length)) * 3 +
					(dateOk ? 2 : 0) +
					(match.placeOk ? 1 : 0);
				candidates.push({ gold: event, source, unit, score, match });
			}
		}
	}
	candidates.sort((a, b) => b.score - a.score);
	const usedUnits = new Set<Unit>();
	const usedGold = new Set<string>();
	const matches: Match[] = [];
	for (const c of candidates) {
		const key = `${c.gold.id}\u0000${c.source.file}`;
		if (usedUnits.has(c.unit) || usedGold.has(key)) continue;
		usedUnits.add(c.unit);
		usedGold.add(key);
		matches.push(c.match);
	}
	const misses = gold.events.flatMap((event) =>
		event.optional
			? []
			: event.sources
					.filter((s) => s.required && !usedGold.has(`${event.id}\u0000${s.file}`))
					.map((source) => ({
						gold: event,
						source,
						near: units.filter(
							(u) =>
								fileMatches(source.file, u.source.file) &&
								overlaps(u, spanOf(source, u.source.file))
						)
					}))
	);
	const optionalSpans = gold.events
		.filter((e) => e.optional)
		.flatMap((e) => e.sources.map((s) => ({ source: s })));
	const requiredSpans = gold.events
		.filter((e) => !e.optional)
		.flatMap((e) => e.sources.map((s) => ({ source: s })));
	const falsePositives: Unit[] = [];
	const ignored: Unit[] = [];
	const onGoldSentence = new Set<Unit>();
	for (const unit of units) {
		if (usedUnits.has(unit)) continue;
		if (
			requiredSpans.some(
				({ source }) =>
					fileMatches(source.file, unit.source.file) &&
					source.evidence !== null &&
					overlaps(unit, spanOf(source, unit.source.file))
			)
		)
			onGoldSentence.add(unit);
		const onOptional = optionalSpans.some(
			({ source }) =>
				fileMatches(source.file, unit.source.file) &&
				source.evidence !== null &&
				overlaps(unit, spanOf(source, unit.source.file))
		);
		(onOptional ? ignored : falsePositives).push(unit);
	}
	return { matches, misses, falsePositives, ignored, onGoldSentence };
}
