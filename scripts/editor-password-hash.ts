/**
 * npm run editor-password-hash -- PASSWORD
 * Prints the value for TIMELINE_EDITOR_PASSWORD_HASH, so the server's environment need not hold
 * the editors' password itself.
 */
import { hashPassword } from '../src/lib/server/editorSession';

const [password] = process.argv.slice(2);
if (!password) {
	console.error('usage: npm run editor-password-hash -- PASSWORD');
	process.exit(2);
}
console.log(hashPassword(password));
