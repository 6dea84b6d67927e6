import { describe, expect, it } from 'vitest';
import {
	editingEnabled,
	editorOf,
	hashPassword,
	passwordMatches,
	sessionValue
} from './editorSession';

const PLAIN = { password: 'correct horse' };
const HASHED = { passwordHash: hashPassword('correct horse') };
const NOW = Date.UTC(2026, 11, 6, 12);

describe('editor sign-in', () => {
	it('is off unless a password or its hash is configured', () => {
		expect(editingEnabled({})).toBe(false);
		expect(editingEnabled(PLAIN)).toBe(true);
		expect(editingEnabled(HASHED)).toBe(true);
		expect(passwordMatches('', {})).toBe(false);
	});

	it.each([
		{ config: PLAIN, name: 'a password' },
		{ config: HASHED, name: 'a scrypt hash' }
	])('checks the password against $name', ({ config }) => {
		expect(passwordMatches('correct horse', config)).toBe(true);
		expect(passwordMatches('correct hors', config)).toBe(false);
		expect(passwordMatches('', config)).toBe(false);
	});

	it('accepts its own session and refuses forged, expired or re-keyed ones', () => {
		const cookie = sessionValue({ name: 'Desk. Night' }, NOW, PLAIN);
		expect(editorOf(cookie, NOW, PLAIN)).toEqual({ name: 'Desk. Night' });
		expect(editorOf(cookie, NOW + 13 * 3600_000, PLAIN)).toBeNull();
		expect(editorOf(cookie, NOW, { password: 'another' })).toBeNull();
		expect(editorOf(cookie, NOW, {})).toBeNull();
		const [, expires, signature] = cookie.split('.');
		expect(editorOf(`Mallory.${expires}.${signature}`, NOW, PLAIN)).toBeNull();
		expect(editorOf(undefined, NOW, PLAIN)).toBeNull();
		expect(editorOf('garbage', NOW, PLAIN)).toBeNull();
	});
});
