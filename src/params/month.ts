import type { ParamMatcher } from '@sveltejs/kit';

/**
 * A path segment shaped like a month: digits. The month page checks the value itself, so that
 * `/2020/13` gets a page saying what is wrong rather than "not found".
 */
export const match = ((param: string): param is string =>
	/^\d{1,4}$/.test(param)) satisfies ParamMatcher;
