/**
 * Wheel, drag and pinch on an SVG move a `ZoomState`. Pointer events cover mouse, pen and
 * touch alike; the behaviour only writes the state, at most once per animation frame, and the
 * axis and marks are derived from the state. A gesture starts from the domain on screen, so
 * moves made elsewhere (buttons, keys, animations) need no syncing back.
 */
import type { Attachment } from 'svelte/attachments';
import { gestureDomain, wheelZoomFactor, type GestureStart } from './gestureDomain';
import type { ZoomState } from './zoomState.svelte';

/** A press that moves this far (px) is a drag, and the click that ends it is not a click. */
const CLICK_DISTANCE = 4;

/** A wheel event that is mostly sideways (trackpad swipe): it pans rather than zooms. */
function isSidewaysWheel(event: WheelEvent): boolean {
	return Math.abs(event.deltaX) > Math.abs(event.deltaY);
}

/** Swallows one event, in the capture phase, before anything else sees it. */
function swallow(event: Event) {
	event.preventDefault();
	event.stopImmediatePropagation();
}

/** `width` reads the reactive pixel width of the plot. */
export function zoomGesture(state: ZoomState, width: () => number): Attachment<SVGSVGElement> {
	return (svg) => {
		const view = svg.ownerDocument.defaultView ?? window;
		let frame = 0;
		let wheelFactor = 1;
		let wheelFraction = 0.5;
		let pendingPan = 0;
		/** Pointers down on the plot, by id: where each is now. */
		const pointers = new Map<number, { x: number; y: number }>();
		let gesture: GestureStart | null = null;
		/** The pointers moved since the gesture (re)started: a press alone moves nothing. */
		let gestureMoved = false;
		let pressedAt: { x: number; y: number } | null = null;
		let dragged = false;

		const pointAt = (event: MouseEvent) => {
			const box = svg.getBoundingClientRect();
			return { x: event.clientX - box.left - svg.clientLeft, y: event.clientY - box.top };
		};

		const flush = () => {
			// Also called directly when pointers come and go: the frame it was waiting for is moot.
			if (frame) cancelAnimationFrame(frame);
			frame = 0;
			const plotWidth = width();
			if (gesture && gestureMoved && plotWidth > 0) {
				const [from, to] = gestureDomain(gesture, [...pointers.values()], plotWidth);
				state.setDomain(new Date(from), new Date(to));
			}
			if (wheelFactor !== 1) state.zoomAbout(wheelFraction, wheelFactor);
			if (pendingPan && plotWidth > 0) state.panByPixels(pendingPan, plotWidth);
			wheelFactor = 1;
			pendingPan = 0;
		};
		const schedule = () => {
			frame ||= requestAnimationFrame(flush);
		};

		/**
		 * Adds or lifts a pointer: the move so far is applied with the pointers it began with,
		 * then the pointers now down become the anchors, so the view does not jump.
		 */
		const changePointers = (change: () => void) => {
			flush();
			change();
			gesture = pointers.size ? { domain: state.domain, points: [...pointers.values()] } : null;
			gestureMoved = false;
		};

		const onWheel = (event: WheelEvent) => {
			if (isSidewaysWheel(event)) {
				pendingPan += event.deltaX * (event.deltaMode === 1 ? 16 : 1);
			} else {
				// Even at a zoom limit the wheel is the timeline's: a page that scrolls away from
				// under the pointer at the end of a zoom loses the reader's place.
				wheelFactor *= wheelZoomFactor(event);
				wheelFraction = pointAt(event).x / Math.max(1, width());
			}
			event.preventDefault();
			schedule();
		};

		const onPointerDown = (event: PointerEvent) => {
			// The primary button only, and ctrl-click is the context menu on macOS.
			if (event.button !== 0 || event.ctrlKey || pointers.size >= 2) return;
			changePointers(() => pointers.set(event.pointerId, pointAt(event)));
			if (pointers.size === 1) {
				pressedAt = pointAt(event);
				dragged = false;
				view.addEventListener('pointermove', onPointerMove);
				view.addEventListener('pointerup', onPointerUp);
				view.addEventListener('pointercancel', onPointerUp);
				// Dragging past the plot must not select the page's text.
				view.addEventListener('selectstart', swallow, true);
			}
		};

		const onPointerMove = (event: PointerEvent) => {
			if (!pointers.has(event.pointerId)) return;
			const point = pointAt(event);
			pointers.set(event.pointerId, point);
			gestureMoved = true;
			if (pressedAt && !dragged) {
				dragged = Math.hypot(point.x - pressedAt.x, point.y - pressedAt.y) > CLICK_DISTANCE;
			}
			schedule();
		};

		const onPointerUp = (event: PointerEvent) => {
			if (!pointers.has(event.pointerId)) return;
			changePointers(() => pointers.delete(event.pointerId));
			if (pointers.size) return;
			view.removeEventListener('pointermove', onPointerMove);
			view.removeEventListener('pointerup', onPointerUp);
			view.removeEventListener('pointercancel', onPointerUp);
			view.removeEventListener('selectstart', swallow, true);
			if (dragged) {
				// The click that ends a drag would select the mark under the pointer: swallow it.
				view.addEventListener('click', swallow, { capture: true, once: true });
				setTimeout(() => view.removeEventListener('click', swallow, true));
			}
		};

		svg.addEventListener('wheel', onWheel, { passive: false });
		svg.addEventListener('pointerdown', onPointerDown);

		return () => {
			if (frame) cancelAnimationFrame(frame);
			svg.removeEventListener('wheel', onWheel);
			svg.removeEventListener('pointerdown', onPointerDown);
			view.removeEventListener('pointermove', onPointerMove);
			view.removeEventListener('pointerup', onPointerUp);
			view.removeEventListener('pointercancel', onPointerUp);
			view.removeEventListener('selectstart', swallow, true);
		};
	};
}
