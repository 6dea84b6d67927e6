/**
 * Draws a layout's marks on a canvas: the renderer for views with thousands of marks, where
 * SVG nodes would make every zoom frame slow. Same geometry, colours and date grammar (see
 * `dateShape`) as the SVG marks, without labels.
 */
import { BAR_HEIGHT, BOUND_EDGE_HEIGHT, fillStops, PLANNED_DASH } from './dateShape';
import type { TimelineLayout } from './layout';

const CLUSTER_HEIGHT = 16;

/** The part of CanvasRenderingContext2D used here, so tests can pass a recorder. */
export type MarkCanvas = Pick<
	CanvasRenderingContext2D,
	| 'setTransform'
	| 'clearRect'
	| 'beginPath'
	| 'arc'
	| 'rect'
	| 'fill'
	| 'fillRect'
	| 'stroke'
	| 'setLineDash'
	| 'createLinearGradient'
	| 'fillStyle'
	| 'strokeStyle'
	| 'globalAlpha'
	| 'lineWidth'
>;

/** `#rrggbb` at an opacity, as a CSS colour. */
export function withOpacity(hex: string, opacity: number): string {
	const value = parseInt(hex.slice(1), 16);
	return `rgba(${value >> 16},${(value >> 8) & 255},${value & 255},${opacity})`;
}

export function drawMarks(
	context: MarkCanvas,
	layout: TimelineLayout,
	size: { width: number; height: number; pixelRatio: number },
	pointRadius: number
): void {
	context.setTransform(size.pixelRatio, 0, 0, size.pixelRatio, 0, 0);
	context.clearRect(0, 0, size.width, size.height);
	context.lineWidth = 1;
	for (const lane of layout.lanes) {
		const colour = lane.lane.colour;
		for (const mark of lane.marks) {
			if (mark.x1 < 0 || mark.x0 > size.width) continue;
			const placed = mark.placed;
			const planned = placed?.planned ?? false;
			const stops = placed ? fillStops(placed.shape) : null;
			context.fillStyle = colour;
			context.strokeStyle = colour;
			context.globalAlpha = 1;
			context.beginPath();
			if (!placed) {
				context.rect(mark.x0, mark.y - CLUSTER_HEIGHT / 2, mark.x1 - mark.x0, CLUSTER_HEIGHT);
				context.globalAlpha = 0.45;
			} else if (placed.shape === 'day') {
				context.arc((mark.x0 + mark.x1) / 2, mark.y, pointRadius, 0, 2 * Math.PI);
				context.globalAlpha = 0.9;
			} else {
				context.rect(mark.x0, mark.y - BAR_HEIGHT / 2, mark.x1 - mark.x0, BAR_HEIGHT);
				if (stops && !planned) {
					// Soft ends: the fill fades along the bar, and no outline gives it hard ones.
					const gradient = context.createLinearGradient(mark.x0, 0, mark.x1, 0);
					for (const [offset, opacity] of stops) {
						gradient.addColorStop(offset, withOpacity(colour, opacity));
					}
					context.fillStyle = gradient;
				} else {
					context.globalAlpha = 0.9;
				}
			}
			context.setLineDash(planned ? [...PLANNED_DASH] : []);
			if (!planned) context.fill();
			context.globalAlpha = 1;
			if (!stops || planned) context.stroke();
			if (placed?.shape === 'by') {
				context.fillStyle = colour;
				context.fillRect(mark.x1 - 2, mark.y - BOUND_EDGE_HEIGHT / 2, 2, BOUND_EDGE_HEIGHT);
			}
		}
	}
}
