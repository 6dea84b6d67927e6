import type { EventDate } from '../types';
import type { ResolveContext, TemporalExpression } from './types';

/** Resolves one expression to an interval with precision, derivation and explanation. */
export function resolveTemporal(expr: TemporalExpression, ctx: ResolveContext): EventDate {
	void ctx;
	return {
		start: null,
		end: null,
		precision: 'unknown',
		derivation: 'unresolved',
		text: expr.text,
		explanation: `The text says '${expr.text}', which is not resolved yet.`,
		approximate: false
	};
}
