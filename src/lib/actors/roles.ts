/**
 * The vocabulary of titles and roles: which words make a role phrase ("Iraqi Foreign Minister",
 * "national security adviser", "Secretary of State"), which are honorifics before a name
 * (Sheikh, Mr., Lt. Gen.), and the role classes used to resolve descriptions such as
 * "the Iraqi premier" or "the top Iranian diplomat" to a person named earlier.
 */

/** Words that end a role phrase and make it a title. */
export const ROLE_HEADS = new Set([
	'president',
	'president-elect',
	'minister',
	'ministers',
	'premier',
	'secretary',
	'secretary-general',
	'speaker',
	'chairman',
	'chairwoman',
	'chairperson',
	'chief',
	'commander',
	'leader',
	'leaders',
	'king',
	'queen',
	'emir',
	'sultan',
	'prince',
	'princess',
	'ayatollah',
	'imam',
	'cleric',
	'pope',
	'pontiff',
	'patriarch',
	'cardinal',
	'archbishop',
	'rabbi',
	'mufti',
	'chancellor',
	'ambassador',
	'envoy',
	'adviser',
	'advisor',
	'aide',
	'spokesman',
	'spokeswoman',
	'spokesperson',
	'governor',
	'governor-general',
	'mayor',
	'senator',
	'congressman',
	'congresswoman',
	'lawmaker',
	'director',
	'director-general',
	'head',
	'coordinator',
	'representative',
	'commissioner',
	'negotiator',
	'mediator',
	'general',
	'admiral',
	'colonel',
	'marshal',
	'official',
	'officials',
	'diplomat',
	'counterpart',
	'deputy',
	'second-in-command',
	'justice',
	'judge',
	'prosecutor',
	'monarch',
	'emperor',
	'figure',
	'billionaire',
	'businessman',
	'activist',
	'dissident',
	'journalist'
]);

/** Words that may stand inside a role phrase before its head. */
export const ROLE_MODIFIERS = new Set([
	'foreign',
	'defence',
	'defense',
	'interior',
	'finance',
	'economy',
	'economic',
	'trade',
	'energy',
	'oil',
	'health',
	'education',
	'prime',
	'vice',
	'deputy',
	'assistant',
	'under',
	'state',
	'national',
	'security',
	'supreme',
	'grand',
	'top',
	'senior',
	'former',
	'outgoing',
	'incoming',
	'acting',
	'interim',
	'new',
	'presidential',
	'press',
	'policy',
	'intelligence',
	'military',
	'army',
	'navy',
	'special',
	'high',
	'political',
	'opposition',
	'parliament',
	'parliamentary',
	'judiciary',
	'cabinet',
	'crown',
	'first',
	'executive',
	'permanent',
	'spiritual',
	'religious',
	'royal',
	'jailed',
	'exiled',
	'veteran',
	'regional',
	'diplomatic',
	'affairs',
	'external',
	'humanitarian',
	'chief',
	'general',
	'lieutenant',
	'major',
	'brigadier',
	'lt.',
	'gen.',
	'maj.',
	'brig.',
	'col.',
	'adm.',
	'force',
	'staff',
	'and'
]);

/** Courtesy and rank words that precede a name without being a role of their own. */
export const HONORIFICS = new Set([
	'mr.',
	'mrs.',
	'ms.',
	'dr.',
	'mr',
	'mrs',
	'ms',
	'dr',
	'sir',
	'dame',
	'lord',
	'sheikh',
	'shaikh',
	'sayyed',
	'sayed',
	'seyed',
	'hojatoleslam',
	'martyr',
	'lt.',
	'gen.',
	'maj.',
	'brig.',
	'col.',
	'adm.',
	'sgt.',
	'capt.',
	'rev.',
	'prof.',
	'sen.',
	'rep.',
	'gov.'
]);

export type RoleClass =
	| 'president'
	| 'prime minister'
	| 'foreign minister'
	| 'minister'
	| 'ruler'
	| 'leader'
	| 'speaker'
	| 'cleric'
	| 'envoy'
	| 'spokesperson'
	| 'commander'
	| 'official';

const CLASS_RULES: [RegExp, RoleClass][] = [
	[/\b(?:vice|deputy)\b/, 'official'],
	[
		/\bforeign (?:minister|secretary)|\bsecretary of state\b|minister of foreign affairs|\bdiplomat/,
		'foreign minister'
	],
	[/\bprime minister|\bpremier\b/, 'prime minister'],
	[/\bminister/, 'minister'],
	[/\bpresident/, 'president'],
	[/\bsupreme leader|\bleader/, 'leader'],
	[/\b(?:king|queen|emir|sultan|prince|monarch|emperor)\b/, 'ruler'],
	[/\bspeaker\b/, 'speaker'],
	[/\b(?:ayatollah|imam|cleric|mufti|pope|patriarch|rabbi|cardinal|archbishop)\b/, 'cleric'],
	[/\b(?:ambassador|envoy)\b/, 'envoy'],
	[/\bspokes(?:man|woman|person)|press secretary/, 'spokesperson'],
	[/\b(?:commander|general|admiral|colonel|marshal)\b/, 'commander'],
	[/\bsecretary\b(?!-)/, 'minister'],
	[/\bchancellor\b/, 'prime minister']
];

/**
 * The classes of a role phrase ("Iraqi Foreign Minister" → ['foreign minister'];
 * "vice president and prime minister" → ['official', 'prime minister']).
 */
export function roleClasses(role: string): RoleClass[] {
	const classes = new Set<RoleClass>();
	for (const part of role.toLowerCase().split(/\s+and\s+/)) {
		const rule = CLASS_RULES.find(([pattern]) => pattern.test(part));
		classes.add(rule ? rule[1] : 'official');
	}
	return [...classes];
}

/**
 * Which actor role classes a description's head word may refer to. A map, not an object literal:
 * words such as "constructor" must not find the object's inherited properties.
 */
const DESCRIPTION_TARGETS = new Map<string, readonly RoleClass[]>(
	Object.entries({
		president: ['president'],
		premier: ['prime minister'],
		'prime minister': ['prime minister'],
		'foreign minister': ['foreign minister'],
		diplomat: ['foreign minister', 'envoy'],
		minister: ['foreign minister', 'minister', 'prime minister'],
		ministers: ['foreign minister', 'minister', 'prime minister'],
		leader: ['president', 'prime minister', 'ruler', 'leader'],
		leaders: ['president', 'prime minister', 'ruler', 'leader'],
		king: ['ruler'],
		queen: ['ruler'],
		emir: ['ruler'],
		sultan: ['ruler'],
		monarch: ['ruler'],
		chancellor: ['prime minister'],
		// "the defence secretary": a minister where ministers are called secretaries.
		secretary: ['foreign minister', 'minister'],
		cleric: ['cleric'],
		pontiff: ['cleric'],
		pope: ['cleric'],
		patriarch: ['cleric'],
		prince: ['ruler'],
		mediator: ['envoy', 'official'],
		speaker: ['speaker'],
		envoy: ['envoy'],
		ambassador: ['envoy'],
		spokesman: ['spokesperson'],
		spokeswoman: ['spokesperson'],
		spokesperson: ['spokesperson'],
		negotiator: ['envoy', 'official'],
		commander: ['commander'],
		official: [
			'official',
			'minister',
			'foreign minister',
			'speaker',
			'envoy',
			'commander',
			'spokesperson'
		],
		officials: ['official', 'minister', 'foreign minister', 'speaker', 'envoy', 'commander']
	} satisfies Record<string, readonly RoleClass[]>)
);

/** Role classes a description head ("premier", "top diplomat") can denote, or [] if none. */
export function describedClasses(head: string): readonly RoleClass[] {
	const lower = head.toLowerCase();
	const singular = lower.endsWith('s') ? lower.slice(0, -1) : lower;
	return DESCRIPTION_TARGETS.get(lower) ?? DESCRIPTION_TARGETS.get(singular) ?? [];
}
