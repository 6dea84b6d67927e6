/**
 * Why a file or folder could not be read, in words, from a Node file system error: the reason a
 * file is rejected with, while the other files of the corpus are ingested.
 */
export function fileErrorReason(error: unknown): string {
	const code = (error as NodeJS.ErrnoException | null)?.code;
	const known = code ? FILE_ERRORS[code] : undefined;
	if (known) return `${known} (${code})`;
	return `cannot be read: ${error instanceof Error ? error.message : String(error)}`;
}

const FILE_ERRORS: Record<string, string> = {
	ENOENT: 'disappeared while the corpus was read (removed or renamed)',
	EACCES: 'cannot be read: permission denied',
	EPERM: 'cannot be read: operation not permitted',
	EISDIR: 'is a folder, not a file',
	ELOOP: 'cannot be read: too many symbolic links',
	EIO: 'cannot be read: input/output error',
	EMFILE: 'cannot be read: too many open files',
	ENAMETOOLONG: 'cannot be read: name too long'
};
