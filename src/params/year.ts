import type { ParamMatcher } from '@sveltejs/kit';

/**
 * A path segment shaped like a year: digits. The month page checks the value itself, so that
 * `/20201/07` gets a page saying what is wrong rather than "not found".
 */
export const match = ((param: string): param is string =>
	/^\d{1,8}$/.test(param)) satisfies ParamMatcher;
