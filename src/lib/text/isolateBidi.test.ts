import { describe, expect, it } from 'vitest';
import { isolateBidi } from './isolateBidi';

const [RLO, PDF, LRI, FSI, PDI] = ['\u202e', '\u202c', '\u2066', '\u2068', '\u2069'];

describe('isolateBidi', () => {
	it.each([
		['plain text', 'Ministers meet in Geneva', 'Ministers meet in Geneva'],
		['right-to-left text without controls', 'وزیران دیدار کردند', 'وزیران دیدار کردند'],
		['an override left open', `Talks ${RLO}in Oslo`, `${FSI}Talks ${RLO}in Oslo${PDF}${PDI}`],
		['an override closed', `a ${RLO}b${PDF} c`, `${FSI}a ${RLO}b${PDF} c${PDI}`],
		[
			'a stray isolate closer that would end the wrapper early',
			`x${PDI}${RLO}y`,
			`${FSI}x${RLO}y${PDF}${PDI}`
		],
		['a stray embedding closer', `x${PDF}y`, `${FSI}xy${PDI}`],
		[
			'an isolate closing an override opened inside it',
			`${LRI}a${RLO}b${PDI}c`,
			`${FSI}${LRI}a${RLO}b${PDI}c${PDI}`
		],
		['nested openers left open', `${LRI}a${RLO}b`, `${FSI}${LRI}a${RLO}b${PDF}${PDI}${PDI}`]
	])('%s', (_, text, shown) => {
		expect(isolateBidi(text)).toBe(shown);
	});
});
