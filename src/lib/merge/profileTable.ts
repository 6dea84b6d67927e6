import type { MatchProfile } from './mentionProfile';

/** Match profiles by canonical index (`index` = position): an array, or a `ProfileTable`. */
export type ProfileList =
	readonly MatchProfile[] | { readonly length: number; at(index: number): MatchProfile };

/** The profile at `index` of a list that has it. */
export function profileAt(profiles: ProfileList, index: number): MatchProfile {
	return profiles.at(index) as MatchProfile;
}

/** `array`, or a copy with room for `needed` values (at least twice as long). */
function grown<T extends Int32Array | Uint32Array>(array: T, needed: number): T {
	if (needed <= array.length) return array;
	const larger = new (array.constructor as new (length: number) => T)(
		Math.max(needed, 2 * array.length)
	);
	larger.set(array);
	return larger;
}

const joined = (values: Iterable<string>) => [...values].join('\u0001');

/** Bits of `ProfileTable`'s per-mention flags; the type's number is stored above them. */
const PLANNED = 1;
const PRECISE = 2;
const TYPE_SHIFT = 2;

/**
 * A corpus's match profiles in typed arrays, each made again as an object when asked for (`at`):
 * an object per mention, a typed-array view of its words and lists of its bucket keys cost several
 * times the few integers kept here per mention. Equal parts (participants, places, dates, sources,
 * key strings) are kept once and numbered; profiles never change their parts, so sharing them is
 * safe. Words, and each mention's key numbers, lie end to end in one array each. `add` in
 * canonical order, then `seal`.
 */
export class ProfileTable {
	private count = 0;
	/** Per mention: the numbers of its source, participants, place and date, and its flags. */
	private fields = new Int32Array(5 * 1024);
	/** Words of mention i: `words[wordStarts[i]..wordStarts[i + 1])`. */
	private wordStarts = new Int32Array(1025);
	private words = new Uint32Array(16_384);
	/**
	 * Keys of mention i from `keyStarts[i]`: how many actor keys, how many strong ones, then the
	 * numbers of the actor, strong and place keys, up to `keyStarts[i + 1]`.
	 */
	private keyStarts = new Int32Array(1025);
	private keyNumbers = new Int32Array(16_384);
	private readonly parts = {
		sources: new PartList<string>(),
		types: new PartList<MatchProfile['type']>(),
		participants: new PartList<MatchProfile['participants']>(),
		places: new PartList<MatchProfile['place']>(),
		dates: new PartList<MatchProfile['date']>(),
		keys: new PartList<string>()
	};

	get length(): number {
		return this.count;
	}

	/** Appends `profile`, whose `index` must be the table's length. */
	add(profile: MatchProfile): void {
		const at = this.count;
		if (profile.index !== at) throw new Error(`profile ${profile.index} added at ${at}`);
		const { parts } = this;
		const { ids, persons, implied } = profile.participants;
		this.fields = grown(this.fields, 5 * (at + 1));
		this.fields.set(
			[
				parts.sources.number(profile.sourceId, () => profile.sourceId),
				parts.participants.number(
					`${joined(ids)}\u0002${joined(persons)}\u0002${joined(implied)}`,
					() => profile.participants
				),
				parts.places.number(JSON.stringify(profile.place), () => profile.place),
				parts.dates.number(JSON.stringify(profile.date), () => profile.date),
				(parts.types.number(profile.type, () => profile.type) << TYPE_SHIFT) |
					(profile.precise ? PRECISE : 0) |
					(profile.planned ? PLANNED : 0)
			],
			5 * at
		);

		this.wordStarts = grown(this.wordStarts, at + 2);
		const wordsFrom = this.wordStarts[at];
		this.words = grown(this.words, wordsFrom + profile.words.length);
		this.words.set(profile.words, wordsFrom);
		this.wordStarts[at + 1] = wordsFrom + profile.words.length;

		const { actors, strong, places } = profile.keys;
		const numbers = [actors.length, strong.length, ...actors, ...strong, ...places].map((key) =>
			typeof key === 'number' ? key : parts.keys.number(key, () => key)
		);
		this.keyStarts = grown(this.keyStarts, at + 2);
		const keysFrom = this.keyStarts[at];
		this.keyNumbers = grown(this.keyNumbers, keysFrom + numbers.length);
		this.keyNumbers.set(numbers, keysFrom);
		this.keyStarts[at + 1] = keysFrom + numbers.length;
		this.count++;
	}

	/** Frees what only adding needs: the keys parts were numbered by, the room to grow. */
	seal(): this {
		for (const list of Object.values(this.parts)) list.seal();
		const used = this.count;
		this.fields = this.fields.slice(0, 5 * used);
		this.wordStarts = this.wordStarts.slice(0, used + 1);
		this.words = this.words.slice(0, this.wordStarts[used]);
		this.keyStarts = this.keyStarts.slice(0, used + 1);
		this.keyNumbers = this.keyNumbers.slice(0, this.keyStarts[used]);
		return this;
	}

	at(index: number): MatchProfile {
		const { parts, fields } = this;
		const at = 5 * index;
		const flags = fields[at + 4];
		return new TableProfile(
			this,
			index,
			parts.sources.at(fields[at]),
			parts.types.at(flags >>> TYPE_SHIFT),
			(flags & PLANNED) !== 0,
			parts.participants.at(fields[at + 1]),
			parts.places.at(fields[at + 2]),
			parts.dates.at(fields[at + 3]),
			(flags & PRECISE) !== 0
		);
	}

	/** The words of mention `index`. */
	wordsOf(index: number): Uint32Array {
		return this.words.subarray(this.wordStarts[index], this.wordStarts[index + 1]);
	}

	/** The bucket keys of mention `index`. */
	keysOf(index: number): MatchProfile['keys'] {
		const { keyNumbers, parts } = this;
		const from = this.keyStarts[index];
		const strongFrom = from + 2 + keyNumbers[from];
		const placesFrom = strongFrom + keyNumbers[from + 1];
		const keys = (start: number, end: number) => {
			const list = new Array<string>(end - start);
			for (let at = start; at < end; at++) list[at - start] = parts.keys.at(keyNumbers[at]);
			return list;
		};
		return {
			actors: keys(from + 2, strongFrom),
			strong: keys(strongFrom, placesFrom),
			places: keys(placesFrom, this.keyStarts[index + 1])
		};
	}
}

/**
 * A profile from a `ProfileTable`: its words and keys are read from the table when first asked
 * for (a profile made to be compared often needs neither).
 */
class TableProfile implements MatchProfile {
	private readWords: Uint32Array | null = null;
	private readKeys: MatchProfile['keys'] | null = null;

	constructor(
		private readonly table: ProfileTable,
		readonly index: number,
		readonly sourceId: string,
		readonly type: MatchProfile['type'],
		readonly planned: boolean,
		readonly participants: MatchProfile['participants'],
		readonly place: MatchProfile['place'],
		readonly date: MatchProfile['date'],
		readonly precise: boolean
	) {}

	get words(): Uint32Array {
		return (this.readWords ??= this.table.wordsOf(this.index));
	}

	get keys(): MatchProfile['keys'] {
		return (this.readKeys ??= this.table.keysOf(this.index));
	}
}

/** Distinct values, each numbered by the key it was first added under. */
class PartList<T> {
	private readonly values: T[] = [];
	private numbers: Map<string, number> | null = new Map();

	/** The number of the value added under `key`, made by `make` when it is the first. */
	number(key: string, make: () => T): number {
		const { numbers } = this;
		if (!numbers) throw new Error('no parts can be added to a sealed table');
		let known = numbers.get(key);
		if (known === undefined) {
			numbers.set(key, (known = this.values.length));
			this.values.push(make());
		}
		return known;
	}

	at(number: number): T {
		return this.values[number];
	}

	seal(): void {
		this.numbers = null;
	}
}
