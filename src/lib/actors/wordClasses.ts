/**
 * Closed word classes used when reading names out of news sentences: capitalised words that are
 * never part of a person's name, heads that make a capitalised phrase a place or an organisation,
 * Arabic and European name particles, and nouns that denote a group acting for a state.
 */

/** Capitalised words that do not start or continue a person's name. */
export const NON_NAME_WORDS = new Set(
	`a an the in on at for with by from to of and but or nor as after before during since following
	while when where who whom whose which that this these those it its he she they his her their we our
	i you both earlier later meanwhile also speaking referring according elsewhere however then there here
	visiting touring arriving meeting
	last next some many most all each other another such no not yes if unless until upon over under about
	between among amid against without within into onto across around near outside inside beyond through
	monday tuesday wednesday thursday friday saturday sunday january february march april may june july
	august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
	islamic republic revolution revolutionary supreme national security council ministry foreign affairs
	party front forces force army guards guard corps state states united nations union european middle
	east west north south western eastern northern southern gulf black red sea lake mount cold war new year
	lunar summit conference arab arabs kurdish shiite zionist persian muslim christian jewish
	government administration parliament mps lawmakers legislators deputies cabinet presidency kingdom
	emirates president minister prime
	foreign defence defense interior finance secretary speaker leader king queen emir sheikh prince
	princess ayatollah imam general lt. gen. maj. mr. mrs. ms. dr. chief commander ambassador envoy
	spokesman spokeswoman advisor adviser aide deputy director head official officials media press news
	agency times post daily weekly review report monitor dispatch bulletin chronicle wire network desk tv
	radio online today share tags topics related read more subscribe follow cookie cookies privacy terms
	video photo photos opinion analysis explainer live update updates feature editor source category date
	published updated posted home politics world region economy sports culture health business markets
	covid coronavirus senior top former`
		.split(/\s+/)
		.filter((w) => w.length > 0)
);

/** Last words that make a capitalised phrase a venue, a place or an organisation. */
export const PLACE_OR_ORG_HEADS = new Set(
	`hotel palace house airport council ministry party corps forces force assembly parliament committee
	organisation organization union agency office department bank fund court commission front movement
	army guards government administration conference summit forum group alliance league federation
	republic kingdom emirates states nations hall centre center university institute square street avenue
	sea ocean lake river mountain mountains island islands region province governorate strip peninsula
	accords accord treaty agreement deal plan format process pipeline plant war day week cup games
	olympics prize award act law resolution declaration initiative programme program project station
	shrine mosque church temple cathedral museum tower gate bridge port base camp complex resort villa
	residence building compound embassy consulate list network news times post review monitor dispatch
	daily weekly bulletin chronicle wire desk tv radio online press service services guard brigade brigades
	division command authority authorities presidency cabinet senate congress knesset majlis`
		.split(/\s+/)
		.filter((w) => w.length > 0)
);

/** First words that make a capitalised phrase a venue or a place ("Lake Geneva", "Villa La Grange"). */
export const PLACE_PREFIXES = new Set(['lake', 'mount', 'villa', 'camp', 'fort', 'port', 'cape']);

/** Lower-case particles inside Arabic, Persian and European names ("bin", "al", "van"). */
export const NAME_PARTICLES = new Set([
	'al',
	'el',
	'bin',
	'ibn',
	'bint',
	'ben',
	'de',
	'da',
	'di',
	'du',
	'van',
	'von',
	'der',
	'la',
	'le',
	'y'
]);

/** Nouns that, after a people's adjective, stand for the state itself ("US forces", "Iranian strikes"). */
export const STATE_GROUP_NOUNS = new Set(
	`officials negotiators delegation delegations delegates forces troops government side team diplomats
	leaders ministers strike strikes airstrike airstrikes attack attacks missile missiles drone drones
	bombardment shelling assassination military warplanes jets navy army authorities counterparts
	envoys representatives embassy embassies consulate consulates detainees prisoners hostages mediators
	emissaries intermediaries`
		.split(/\s+/)
		.filter((w) => w.length > 0)
);

/** Groups of people who act as one: they travel, meet and sign, as a person does. */
export const PEOPLE_GROUP_NOUNS = new Set(
	`delegation delegations team negotiators officials diplomats envoys delegates representatives
	mission ministers leaders mediators emissaries intermediaries`
		.split(/\s+/)
		.filter((w) => w.length > 0)
);

/** Prepositions after which a country or city names a place rather than an actor. */
export const LOCATION_PREPOSITIONS = new Set([
	'in',
	'at',
	'near',
	'from',
	'across',
	'throughout',
	'through',
	'inside',
	'within',
	'outside',
	'around',
	'into',
	'via',
	'to',
	'toward',
	'towards'
]);
