import { describe, expect, it } from 'vitest';
import { isBoilerplateLine, isListHeader, isMastheadLine, isNavigationLine } from './boilerplate';

describe('boilerplate lines', () => {
	it.each([
		'0 Persons',
		'News ID: 4411',
		'Back to top button',
		'Security Key:',
		'Captcha refresh',
		'Page Generated in 0/0412 sec',
		'Tags: Chile · Argentina · diplomacy',
		'Share on Facebook | Share on Twitter | Print',
		'Subscribe to our newsletter',
		'We use cookies to improve your experience. Accept',
		'© 2024 Andes Wire. All rights reserved.',
		'Comments (12)',
		'Politics | World | Economy | Sport',
		'Home / News / Region',
		'The writer is a professor of law at a university in Quito.',
		'Opinions expressed in this column are the author’s own.',
		'The views here do not necessarily reflect those of the editors.'
	])('chrome: %s', (line) => {
		expect(isBoilerplateLine(line)).toBe(true);
	});

	it.each([
		'Chilean Foreign Minister Gabriela Fuentes met her Argentine counterpart in Santiago on Monday.',
		'The minister said the views of both capitals were her own concern, not the bloc’s.',
		'The two sides agreed to sign up to a new customs code by March, officials said, adding that talks would continue over the coming months in both capitals and at the regional bloc.'
	])('article text: %s', (line) => {
		expect(isBoilerplateLine(line)).toBe(false);
	});

	it.each(['Read More:', 'Related', 'Most viewed', 'More on Chile', 'You might also like:'])(
		'list header: %s',
		(line) => expect(isListHeader(line)).toBe(true)
	);

	it('tells mastheads and navigation from headlines', () => {
		expect(isMastheadLine('ANDES WIRE')).toBe(true);
		expect(isMastheadLine('Chile and Argentina sign border deal')).toBe(false);
		expect(isNavigationLine('World › Americas')).toBe(true);
		expect(isNavigationLine('Chile, Argentina sign deal')).toBe(false);
	});
});
