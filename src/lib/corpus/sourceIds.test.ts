import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { memorySourceIds, sourceIdAssigner } from './sourceIds';

const hex6 = (file: string) => createHash('sha256').update(file).digest('hex').slice(0, 6);

describe('sourceIdAssigner', () => {
	it.each([
		['new files with distinct slugs get their slugs', [], ['a.txt', 'b c.txt'], ['a', 'b-c']],
		[
			'a new file whose slug an earlier file took gets the slug and a hash of its path',
			[],
			['a b.txt', 'a-b.txt'],
			['a-b', `a-b-${hex6('a-b.txt')}`]
		],
		[
			'a stored file keeps its id, and a new file with its slug is told apart',
			[{ id: 'a-b', file: 'a-b.txt' }],
			['a b.txt', 'a-b.txt'],
			[`a-b-${hex6('a b.txt')}`, 'a-b']
		],
		[
			'a stored file keeps a disambiguated id',
			[{ id: 'x-123abc', file: 'x.txt' }],
			['x.txt'],
			['x-123abc']
		]
	])('%s', (_, stored, files, expected) => {
		const idFor = sourceIdAssigner(memorySourceIds(stored));
		expect(files.map((file) => idFor(file))).toEqual(expected);
		// Asked again in the same run, a file has the same id.
		expect(files.map((file) => idFor(file))).toEqual(expected);
	});
});
