import { foldDiacritics } from './phoneticKey';

/** A stable id for an actor: the canonical name folded to lower-case ASCII words joined by '-'. */
export function slug(name: string): string {
	return foldDiacritics(name)
		.replace(/['’]/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}
