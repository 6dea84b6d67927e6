import { phoneticKey } from './phoneticKey';
import { NAME_PARTICLES } from './wordClasses';

/**
 * Whether two spellings name the same actor, compared by phonetic key: the same full name in any
 * transliteration ("Hossein Karim-Zadeh" / "Hosein Karimzadeh"), or a shorter form
 * of it ("Khalid bin Nasser" / "Khalid bin Nasser Al Hamdan", "Mensah" / "Kofi Atta Mensah").
 */

const HONORIFIC =
	/^(?:prince|princess|sheikh|king|queen|emir|sultan|ayatollah|grand|imam|mr\.?|mrs\.?|dr\.?)$/i;

function wordKeys(name: string): string[] {
	return name
		.split(/\s+/)
		.filter((w) => !NAME_PARTICLES.has(w.toLowerCase()) && !HONORIFIC.test(w))
		.map((w) => phoneticKey(w))
		.filter((k) => k.length > 0);
}

export function sameName(a: string, b: string): boolean {
	if (phoneticKey(a) === phoneticKey(b)) return true;
	const ka = wordKeys(a);
	const kb = wordKeys(b);
	if (!ka.length || !kb.length) return false;
	if (ka.join('') === kb.join('')) return true;
	const [short, long] = ka.length <= kb.length ? [ka, kb] : [kb, ka];
	if (short.length === 1) return long[long.length - 1] === short[0];
	let i = 0;
	for (const key of long) if (key === short[i]) i++;
	return i === short.length;
}
