/**
 * Draws a layout's marks on a canvas: the renderer for views with thousands of marks, where
 * SVG nodes would make every zoom frame slow. Same geometry and colours as the SVG marks,
 * without labels.
 */
import type { TimelineLayout } from './layout';

const CLUSTER_HEIGHT = 16;
const BAR_HEIGHT = 8;

/** The part of CanvasRenderingContext2D used here, so tests can pass a recorder. */
export type MarkCanvas = Pick<
	CanvasRenderingContext2D,
	| 'setTransform'
	| 'clearRect'
	| 'beginPath'
	| 'arc'
	| 'rect'
	| 'fill'
	| 'stroke'
	| 'setLineDash'
	| 'fillStyle'
	| 'strokeStyle'
	| 'globalAlpha'
	| 'lineWidth'
>;

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
		context.fillStyle = lane.lane.colour;
		context.strokeStyle = lane.lane.colour;
		for (const mark of lane.marks) {
			if (mark.x1 < 0 || mark.x0 > size.width) continue;
			const planned = mark.placed?.planned ?? false;
			context.beginPath();
			if (mark.kind === 'cluster') {
				context.rect(mark.x0, mark.y - CLUSTER_HEIGHT / 2, mark.x1 - mark.x0, CLUSTER_HEIGHT);
			} else if (mark.placed?.shape === 'point') {
				context.arc((mark.x0 + mark.x1) / 2, mark.y, pointRadius, 0, 2 * Math.PI);
			} else {
				context.rect(mark.x0, mark.y - BAR_HEIGHT / 2, mark.x1 - mark.x0, BAR_HEIGHT);
			}
			context.globalAlpha =
				mark.kind === 'cluster' || mark.placed?.certainty !== 'firm' ? 0.45 : 0.9;
			context.setLineDash(planned ? [3, 2] : []);
			if (!planned) context.fill();
			context.globalAlpha = 1;
			context.stroke();
		}
	}
}
