import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { appDb } from './appDb';
import { configuredCorrectionsPath, eventCorrections } from './corrections';
import { correctionEntries, EditError, mergeCandidates } from './correctionEdits';
import {
	appendCorrection,
	applyFileIfChanged,
	CorrectionsFileChanged,
	removeCorrection
} from './correctionsStore';
import { configuredCorpusDir } from './db';
import { eventDetail } from './eventDetail';

/**
 * The form actions that write corrections: on an event page, on a source page and on the
 * corrections page. Every one refuses with 403 anyone not signed in as an editor. They work
 * without JavaScript: a successful edit redirects to where its result shows.
 */

export function correctionsPath(): string {
	return configuredCorrectionsPath(configuredCorpusDir());
}

/**
 * Applies the corrections file when it was edited by hand since it was last looked at (at most
 * once a second). A failure (the database busy with an ingest) is retried on a later request.
 */
export function refreshCorrections(): void {
	try {
		applyFileIfChanged(appDb(), correctionsPath());
	} catch (problem) {
		console.error(`corrections file not applied yet: ${(problem as Error).message}`);
	}
}

type ActionEvent = RequestEvent<Record<string, string>>;

function editorName(event: ActionEvent): string {
	if (!event.locals.editor) error(403, { message: 'Sign in as an editor to make corrections.' });
	return event.locals.editor.name;
}

/**
 * Appends the entry the form makes and applies it; an entry that turns out to apply to nothing
 * (its quote is ambiguous after all) is taken out again and the form says why.
 */
async function record(
	event: ActionEvent,
	makeEntry: (form: FormData, by: string) => Record<string, unknown>
) {
	const by = editorName(event);
	const form = await event.request.formData();
	let entry: Record<string, unknown>;
	try {
		entry = makeEntry(form, by);
	} catch (problem) {
		if (problem instanceof EditError) return { failure: fail(400, { message: problem.message }) };
		throw problem;
	}
	const db = appDb();
	const path = correctionsPath();
	const { outcome, index } = appendCorrection(db, path, entry);
	const orphan = outcome.orphans.find((o) => o.index === index);
	if (orphan || !outcome.entries.some((e) => e.index === index)) {
		removeCorrection(db, path, index, null);
		const message = orphan?.message ?? 'the correction could not be read back';
		return { failure: fail(422, { message: `Not applied: ${message}` }) };
	}
	return { applied: outcome.applied.filter((a) => a.index === index) };
}

function eventOf(event: ActionEvent) {
	const lookup = eventDetail(appDb(), event.params.id);
	if (!lookup.found) error(404, { message: `No event has the id “${event.params.id}”.` });
	return lookup.detail;
}

/** After an edit of an event: its page, under the id it now has (or the list, if it is gone). */
function backToEvent(applied: { eventId: string | null; what: string }[] | undefined): never {
	const shown = applied?.find((a) => a.what === 'merge') ?? applied?.at(-1);
	redirect(303, shown?.eventId ? `/events/${encodeURIComponent(shown.eventId)}` : '/corrections');
}

export const eventCorrectionActions = {
	reject: async (event: ActionEvent) => {
		const id = eventOf(event).event.id;
		const result = await record(event, (form, by) =>
			correctionEntries.reject(appDb(), id, form, by)
		);
		if (result.failure) return result.failure;
		redirect(303, '/corrections');
	},
	date: async (event: ActionEvent) => {
		const id = eventOf(event).event.id;
		const result = await record(event, (form, by) => correctionEntries.date(appDb(), id, form, by));
		return result.failure ?? backToEvent(result.applied);
	},
	set: async (event: ActionEvent) => {
		const detail = eventOf(event);
		const current = { ...detail.event, participants: detail.participants };
		const result = await record(event, (form, by) =>
			correctionEntries.set(appDb(), current, form, by)
		);
		return result.failure ?? backToEvent(result.applied);
	},
	merge: async (event: ActionEvent) => {
		const id = eventOf(event).event.id;
		const result = await record(event, (form, by) =>
			correctionEntries.merge(appDb(), id, form, by)
		);
		return result.failure ?? backToEvent(result.applied);
	},
	split: async (event: ActionEvent) => {
		const id = eventOf(event).event.id;
		const result = await record(event, (form, by) =>
			correctionEntries.split(appDb(), id, form, by)
		);
		if (result.failure) return result.failure;
		// The event keeps its page; the excerpt split off has one of its own.
		redirect(303, `/events/${encodeURIComponent(id)}`);
	}
};

export const sourceCorrectionActions = {
	add: async (event: ActionEvent) => {
		const result = await record(event, (form, by) =>
			correctionEntries.add(appDb(), event.params.id, form, by)
		);
		return result.failure ?? backToEvent(result.applied);
	}
};

export const correctionsPageActions = {
	undo: async (event: ActionEvent) => {
		editorName(event);
		const form = await event.request.formData();
		const index = Number(form.get('index'));
		const summary = String(form.get('summary') ?? '');
		if (!Number.isInteger(index) || index < 0) return fail(400, { message: 'index: not an entry' });
		try {
			removeCorrection(appDb(), correctionsPath(), index, summary);
		} catch (problem) {
			if (problem instanceof CorrectionsFileChanged) return fail(409, { message: problem.message });
			throw problem;
		}
		redirect(303, '/corrections');
	}
};

/**
 * What an event page shows of corrections: those applied to it (for every reader) and, for an
 * editor, the events found for `?merge=` words.
 */
export function eventCorrectionsData(event: ActionEvent, eventId: string) {
	const db = appDb();
	const mergeQuery = event.url.searchParams.get('merge') ?? '';
	return {
		corrections: eventCorrections(db, eventId),
		editing: event.locals.editor
			? { mergeQuery, candidates: mergeCandidates(db, eventId, mergeQuery) }
			: null
	};
}
