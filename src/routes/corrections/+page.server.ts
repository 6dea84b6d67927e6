import { appDb } from '$lib/server/appDb';
import { correctionsPageActions, correctionsPath } from '$lib/server/correctionActions';
import { emptyCorrectionsReport, storedCorrectionsReport } from '$lib/server/corrections';
import type { PageServerLoad } from './$types';

/** Every correction of the file, what it did or why it could not, and the entries skipped. */
export const load: PageServerLoad = () => {
	const report = storedCorrectionsReport(appDb()) ?? emptyCorrectionsReport(correctionsPath());
	const entries = report.entries.map((entry) => ({
		...entry,
		applied: report.applied.filter((a) => a.index === entry.index),
		orphan: report.orphans.find((o) => o.index === entry.index)?.message ?? null,
		conflicts: report.conflicts.filter((c) => c.line === entry.line)
	}));
	return { file: report.file, entries, bad: report.bad };
};

export const actions = correctionsPageActions;
