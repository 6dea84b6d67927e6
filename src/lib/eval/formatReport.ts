import { errorProfile } from './errorProfile';
import type { Match, Unit } from './matchGold';
import { ratio, type Ratio, type Score } from './scoreExport';

/** The evaluation as text: headline figures, per-rule figures, then every error one by one. */

function pct(r: Ratio): string {
	return `${(ratio(r) * 100).toFixed(1)}% (${r.hit}/${r.total})`;
}

function file(unit: Unit): string {
	return unit.source.file.split('/').pop() ?? unit.source.file;
}

function describeDate(date: Unit['event']['date']): string {
	if (!date.start) return `undated [${date.derivation}]`;
	const span = date.start === date.end ? date.start : `${date.start}..${date.end}`;
	return `${span} [${date.derivation}${date.text ? `: "${date.text}"` : ''}]`;
}

function goldDate(m: Match): string {
	const d = m.gold.date;
	switch (d.rule) {
		case 'exact':
			return d.start ? (d.start === d.end ? d.start : `${d.start}..${d.end}`) : 'no date';
		case 'day':
			return d.value;
		case 'within':
			return `${d.value} within ${d.min}..${d.max}`;
		case 'undated_or_day':
			return `undated or ${d.value}`;
	}
}

function clip(text: string, length = 110): string {
	const flat = text.replace(/\s+/g, ' ').trim();
	return flat.length > length ? `${flat.slice(0, length - 1)}…` : flat;
}

export function formatReport(score: Score, verbose = true): string {
	const lines: string[] = [];
	const { result } = score;
	lines.push(`Gold format: ${score.format}`);
	lines.push(`Event recall:      ${pct(score.recall)}`);
	lines.push(`Event precision:   ${pct(score.precision)}`);
	lines.push(`Date accuracy:     ${pct(score.date)}`);
	lines.push(`Unsupported dates: ${score.unsupportedDates.length}`);
	lines.push(`Place accuracy:    ${pct(score.place)}`);
	lines.push(`Type exact:        ${pct(score.typeExact)}`);
	lines.push(`Planned flag:      ${pct(score.planned)}`);
	lines.push(`Status (postponed/cancelled): ${pct(score.status)}`);
	lines.push(`Merge accuracy:    ${pct(score.merge)}`);
	lines.push(`Ignored (on optional gold sentences): ${result.ignored.length}`);
	lines.push('', 'Date accuracy by derivation:');
	for (const [rule, r] of [...score.dateByDerivation].sort())
		lines.push(`  ${rule.padEnd(26)} ${pct(r)}`);
	lines.push('', 'Recall by type:');
	for (const [type, r] of [...score.recallByType].sort())
		lines.push(`  ${type.padEnd(26)} ${pct(r)}`);
	if (score.recallByPhenomenon.size) {
		lines.push('', 'Recall by phenomenon:');
		for (const [phenomenon, r] of [...score.recallByPhenomenon].sort())
			lines.push(`  ${phenomenon.padEnd(26)} ${pct(r)}`);
	}
	const profile = errorProfile(result);
	lines.push('', 'Misses by cause:');
	for (const [cause, n] of [...profile.missCauses].sort()) lines.push(`  ${cause.padEnd(26)} ${n}`);
	for (const [type, causes] of [...profile.missCausesByType].sort()) {
		const parts = [...causes].sort().map(([cause, n]) => `${cause} ${n}`);
		lines.push(`  ${type.padEnd(26)} ${parts.join(', ')}`);
	}
	for (const [where, n] of [...profile.unsharedParticipants].sort())
		lines.push(`  no shared participant, gold ${where}: ${n}`);
	if (profile.typeConfusions.size) {
		lines.push('', 'Type confusions (gold → found):');
		for (const [pair, n] of [...profile.typeConfusions].sort((a, b) => b[1] - a[1]))
			lines.push(`  ${pair.padEnd(30)} ${n}`);
	}
	lines.push('', 'False positives by site and type:');
	for (const [site, n] of [...profile.falsePositiveSites].sort())
		lines.push(`  ${site.padEnd(30)} ${n}`);
	for (const [type, n] of [...profile.falsePositivesByType].sort())
		lines.push(`  ${type.padEnd(30)} ${n}`);
	if (!verbose) return lines.join('\n');

	lines.push('', `Misses (${result.misses.length}):`);
	for (const miss of result.misses) {
		lines.push(
			`  - ${miss.source.file} [${miss.gold.type}] ${miss.gold.participants.map((p) => p[0]).join(', ')}`
		);
		if (miss.source.evidence) lines.push(`      evidence: ${clip(miss.source.evidence)}`);
		for (const near of miss.near) {
			lines.push(
				`      near: [${near.event.type}] ${near.event.title} (${near.event.participants.map((p) => p.name).join(', ')})`
			);
		}
	}
	lines.push('', `False positives (${result.falsePositives.length}):`);
	for (const unit of result.falsePositives) {
		lines.push(`  - ${file(unit)} [${unit.event.type}] ${unit.event.title}`);
		lines.push(`      excerpt: ${clip(unit.excerpts[0]?.text ?? '')}`);
	}
	const wrongDates = result.matches.filter((m) => !m.gold.optional && !m.dateOk);
	lines.push('', `Wrong dates (${wrongDates.length}):`);
	for (const m of wrongDates) {
		lines.push(`  - ${file(m.unit)} [${m.gold.type}] ${m.unit.event.title}`);
		lines.push(
			`      gold ${goldDate(m)} (${m.gold.derivation ?? m.gold.date.rule}); got ${describeDate(m.unit.event.date)}`
		);
		lines.push(`      ${clip(m.unit.event.date.explanation, 160)}`);
	}
	const wrongPlaces = result.matches.filter((m) => !m.gold.optional && !m.placeOk);
	lines.push('', `Wrong places (${wrongPlaces.length}):`);
	for (const m of wrongPlaces) {
		lines.push(
			`  - ${file(m.unit)} ${m.unit.event.title}: gold "${m.gold.place}", got "${m.unit.event.place}"`
		);
	}
	const failedMerges = score.mergeChecks.filter((c) => c.checkable && !c.ok);
	lines.push('', `Merge errors (${failedMerges.length}):`);
	for (const c of failedMerges) lines.push(`  - ${c.kind} ${c.id}: ${c.detail}`);
	lines.push('', `Must-not violations (${score.violations.length}):`);
	for (const v of score.violations) lines.push(`  - ${v.rule}: ${v.detail}`);
	return lines.join('\n');
}
