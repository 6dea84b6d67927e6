import type { TemporalExpression } from './types';

/** Every temporal expression in `text`, with offsets into `text` and an unresolved value. */
export function findTemporalExpressions(text: string): TemporalExpression[] {
	void text;
	return [];
}
