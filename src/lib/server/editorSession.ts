import { createHash, createHmac, randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';

/**
 * Sign-in for editors. Editing is off unless `TIMELINE_EDITOR_PASSWORD` (or
 * `TIMELINE_EDITOR_PASSWORD_HASH`, made by `npm run editor-password-hash`) is set. A session is a
 * cookie `<name in base64url>.<expiry>.<signature>`, signed with a key derived from the configured secret, so
 * it survives a restart and dies when the password changes.
 */

export const SESSION_COOKIE = 'timeline_editor';
export const SESSION_SECONDS = 12 * 60 * 60;

export interface Editor {
	/** The name the editor signed in with: it is the `by` of their corrections. */
	name: string;
}

interface EditorConfig {
	password?: string;
	passwordHash?: string;
}

export function editorConfig(env: Record<string, string | undefined> = process.env): EditorConfig {
	const config: EditorConfig = {};
	if (env.TIMELINE_EDITOR_PASSWORD) config.password = env.TIMELINE_EDITOR_PASSWORD;
	if (env.TIMELINE_EDITOR_PASSWORD_HASH) config.passwordHash = env.TIMELINE_EDITOR_PASSWORD_HASH;
	return config;
}

export function editingEnabled(config: EditorConfig = editorConfig()): boolean {
	return config.password !== undefined || config.passwordHash !== undefined;
}

/** `scrypt:<salt>:<key>` (hex) of a password, for `TIMELINE_EDITOR_PASSWORD_HASH`. */
export function hashPassword(password: string, salt = randomBytes(16)): string {
	return `scrypt:${salt.toString('hex')}:${scryptSync(password, salt, 32).toString('hex')}`;
}

export function passwordMatches(given: string, config: EditorConfig = editorConfig()): boolean {
	if (config.passwordHash) {
		const [scheme, salt, key] = config.passwordHash.split(':');
		if (scheme !== 'scrypt' || !salt || !key) return false;
		const expected = Buffer.from(key, 'hex');
		const actual = scryptSync(given, Buffer.from(salt, 'hex'), expected.length);
		return timingSafeEqual(actual, expected);
	}
	if (config.password === undefined) return false;
	// Digests of equal length, so the comparison takes the same time whatever was typed.
	return timingSafeEqual(sha256(given), sha256(config.password));
}

export function sessionValue(
	editor: Editor,
	now = Date.now(),
	config: EditorConfig = editorConfig()
): string {
	const payload = `${Buffer.from(editor.name).toString('base64url')}.${Math.floor(now / 1000) + SESSION_SECONDS}`;
	return `${payload}.${sign(payload, config)}`;
}

/** The editor a session cookie stands for, or null (no cookie, forged, expired, editing off). */
export function editorOf(
	cookie: string | undefined,
	now = Date.now(),
	config: EditorConfig = editorConfig()
): Editor | null {
	if (!cookie || !editingEnabled(config)) return null;
	const parts = cookie.split('.');
	if (parts.length !== 3) return null;
	const [name, expires, signature] = parts;
	const expected = Buffer.from(sign(`${name}.${expires}`, config));
	const given = Buffer.from(signature);
	if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
	if (!/^\d+$/.test(expires) || Number(expires) * 1000 < now) return null;
	return { name: Buffer.from(name, 'base64url').toString() };
}

function sign(payload: string, config: EditorConfig): string {
	const secret = config.passwordHash ?? config.password ?? '';
	const key = createHash('sha256').update(`timeline-editor-session\0${secret}`).digest();
	return createHmac('sha256', key).update(payload).digest('base64url');
}

function sha256(text: string): Buffer {
	return createHash('sha256').update(text).digest();
}
