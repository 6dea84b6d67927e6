import { describe, expect, it } from 'vitest';
import { slug } from './slug';

describe('slug', () => {
	it.each([
		['Recep Tayyip Erdoğan', 'recep-tayyip-erdogan'],
		["Hashd al-Sha'abi", 'hashd-al-shaabi'],
		['U.S. Department of Defense', 'u-s-department-of-defense']
	])('%s → %s', (name, id) => {
		expect(slug(name)).toBe(id);
	});
});
