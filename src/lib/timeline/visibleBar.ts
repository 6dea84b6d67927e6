/**
 * The part of a bar the plot shows. At month zoom a long event's bar runs thousands of pixels
 * past both edges of the plot; drawn whole in SVG, the browser rasterised its whole length on
 * every frame of a drag (without a GPU, a planned event's dashed outline of thousands of dashes
 * above all: most of a frame's raster time for a month of 10,000 events). Cut to the plot and
 * a margin, the same pixels are drawn: each end is cut by whole dash periods, so a dashed
 * outline's dashes fall where they fell on the whole bar and move with it, and a soft bar's
 * gradient is laid out along the whole bar, not the part drawn (see the SVG marks).
 */
import { PLANNED_DASH } from './dateShape';

/** Pixels kept at least beyond each edge of the plot, so no cut end is ever in view. */
export const BAR_MARGIN = 16;
/** Ends are cut by whole multiples of this: one dash and one gap of a planned outline. */
export const CUT_STEP = PLANNED_DASH[0] + PLANNED_DASH[1];

/**
 * [x0, x1] with whatever lies more than BAR_MARGIN beyond the plot's edges [0, width] cut off,
 * in whole CUT_STEPs; a bar wholly outside becomes an empty one at its end nearest the plot.
 */
export function visibleBar(x0: number, x1: number, width: number): { x0: number; x1: number } {
	const left = x0 + CUT_STEP * Math.max(0, Math.floor((-BAR_MARGIN - x0) / CUT_STEP));
	const right = x1 - CUT_STEP * Math.max(0, Math.floor((x1 - width - BAR_MARGIN) / CUT_STEP));
	if (right <= left) return x1 < 0 ? { x0: x1, x1 } : { x0, x1: x0 };
	return { x0: left, x1: right };
}
