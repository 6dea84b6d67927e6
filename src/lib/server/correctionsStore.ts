import {
	closeSync,
	fsyncSync,
	openSync,
	renameSync,
	rmSync,
	statSync,
	unlinkSync,
	writeSync
} from 'node:fs';
import { dirname } from 'node:path';
import { randomBytes } from 'node:crypto';
import { isSeq, parseDocument } from 'yaml';
import { appendEntry, removeEntry } from '../corrections/editFile';
import { parseCorrections } from '../corrections/correctionsFile';
import { describeCorrection } from '../corrections/describeCorrection';
import {
	bringCorrectionsUpToDate,
	readCorrectionsText,
	type CorrectionsOutcome
} from './corrections';
import type { Db } from './db';
import { rebuildEvents } from './rebuildEvents';

/**
 * Browser edits of the corrections file. The file is the single truth: each edit reads it afresh
 * under a lock (so two editors, or an editor and a second server, cannot interleave), writes the
 * whole new text to a temporary file, syncs it and renames it over the old one, so a process
 * killed mid-write leaves the old file or the new one, never half of one.
 */

export class CorrectionsFileChanged extends Error {}

/** Appends an entry and applies the file to the events; `index` is the entry's place in it. */
export function appendCorrection(
	db: Db,
	path: string,
	entry: Record<string, unknown>
): { outcome: CorrectionsOutcome; index: number } {
	const index = withFileLock(path, () => {
		const text = appendEntry(readCorrectionsText(path), entry);
		writeAtomically(path, text);
		return entryCount(text) - 1;
	});
	return { outcome: applyFile(db, path), index };
}

/**
 * Removes the entry at `index`, if it is still the one described by `summary` (the file may have
 * been edited since the page was shown; null takes it whatever it is), and applies the file.
 */
export function removeCorrection(
	db: Db,
	path: string,
	index: number,
	summary: string | null
): CorrectionsOutcome {
	withFileLock(path, () => {
		const text = readCorrectionsText(path);
		const entry = parseCorrections(text).corrections.find((c) => c.index === index);
		const same = summary === null || (entry !== undefined && describeCorrection(entry) === summary);
		const removed = same ? removeEntry(text, index) : null;
		if (removed === null) {
			throw new CorrectionsFileChanged(
				'the corrections file changed since this page was shown: nothing was removed'
			);
		}
		writeAtomically(path, removed);
	});
	return applyFile(db, path);
}

function entryCount(text: string): number {
	const contents = parseDocument(text).contents;
	return isSeq(contents) ? contents.items.length : 0;
}

/** When the file was last looked at, and its size and time then: one entry per file. */
const lastLook = new Map<string, { at: number; stamp: string }>();
const LOOK_EVERY_MS = 1_000;

/**
 * Applies the file if it changed since it was last looked at (a hand edit), at most once a
 * second; true when it was applied.
 */
export function applyFileIfChanged(db: Db, path: string, now = Date.now()): boolean {
	const seen = lastLook.get(path);
	if (seen && now - seen.at < LOOK_EVERY_MS) return false;
	const stamp = fileStamp(path);
	lastLook.set(path, { at: now, stamp });
	if (seen?.stamp === stamp) return false;
	return !applyFile(db, path).unchanged;
}

function fileStamp(path: string): string {
	try {
		const stat = statSync(path);
		return `${stat.size}:${stat.mtimeMs}:${stat.ino}`;
	} catch {
		return 'none';
	}
}

/** Applies the file when it differs from the one the events were corrected with. */
export function applyFile(db: Db, path: string): CorrectionsOutcome {
	return db.transaction(() =>
		bringCorrectionsUpToDate(db, path, { rebuilt: false, rebuild: () => rebuildEvents(db) })
	)();
}

/** How long a lock may be held before another writer takes it as left by a dead process. */
const STALE_LOCK_MS = 30_000;
const LOCK_WAIT_MS = 5_000;

function withFileLock<T>(path: string, work: () => T): T {
	const lock = `${path}.lock`;
	const deadline = Date.now() + LOCK_WAIT_MS;
	for (;;) {
		try {
			closeSync(openSync(lock, 'wx'));
			break;
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
			if (Date.now() - lockedSince(lock) > STALE_LOCK_MS) rmSync(lock, { force: true });
			else if (Date.now() > deadline)
				throw new Error(`${lock} is held by another writer`, { cause: error });
			else Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 25);
		}
	}
	try {
		return work();
	} finally {
		rmSync(lock, { force: true });
	}
}

function lockedSince(lock: string): number {
	try {
		return statSync(lock).mtimeMs;
	} catch {
		return Date.now();
	}
}

/** Replaces the file's content all at once: temporary file, fsync, rename, fsync of the folder. */
export function writeAtomically(path: string, text: string): void {
	const temporary = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
	const file = openSync(temporary, 'w');
	try {
		writeSync(file, text);
		fsyncSync(file);
	} catch (error) {
		closeSync(file);
		unlinkSync(temporary);
		throw error;
	}
	closeSync(file);
	renameSync(temporary, path);
	const folder = openSync(dirname(path), 'r');
	try {
		fsyncSync(folder);
	} finally {
		closeSync(folder);
	}
}
