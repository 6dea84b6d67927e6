import type { Correction, Target } from './correctionsFile';

/** One line saying what a correction does, for the list of corrections. */
export function describeCorrection(correction: Correction): string {
	switch (correction.kind) {
		case 'reject':
			return `reject ${describeTarget(correction.target)}`;
		case 'date': {
			const { start, end, precision } = correction.date;
			const span = end && end !== start ? `${start} – ${end}` : start;
			return `date ${span}${precision ? ` (${precision})` : ''} for ${describeTarget(correction.target)}`;
		}
		case 'set': {
			const fields = Object.entries(correction.set).map(
				([field, value]) =>
					`${field} ${Array.isArray(value) ? value.join(', ') : value === null ? 'none' : value}`
			);
			return `set ${fields.join('; ')} for ${describeTarget(correction.target)}`;
		}
		case 'merge_into':
			return `merge ${describeTarget(correction.target)} into ${describeTarget(correction.into)}`;
		case 'split':
			return `split ${describeTarget(correction.target)} off its event`;
		case 'add':
			return `add ${correction.add.type} “${correction.add.title}” at ${describeTarget(correction.add)}`;
	}
}

export function describeTarget(target: Target): string {
	if ('event' in target) return `event ${target.event}`;
	const quote = target.quote.length > 60 ? `${target.quote.slice(0, 57)}…` : target.quote;
	return `“${quote}” in ${target.source}`;
}
