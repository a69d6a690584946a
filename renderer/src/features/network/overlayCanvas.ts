// A canvas laid over Cytoscape's, drawn once per animation frame at the screen's pixel ratio:
// what the highlight overlay and the grouped layout's titles share.

export type OverlayCanvas = {
  /** Asks for one redraw on the next frame (several asks in a frame draw once). */
  schedule: () => void;
  /** Stops any pending redraw and takes the canvas out of the page. */
  remove: () => void;
};

/**
 * Adds a decorative canvas (hidden from assistive technology: what it shows is also in the
 * page's text) to `container`. `draw` gets a context already scaled to CSS pixels and the
 * container's size, after the canvas was resized to it.
 */
export function attachOverlayCanvas(
  container: HTMLElement,
  className: string,
  draw: (ctx: CanvasRenderingContext2D, width: number, height: number) => void,
): OverlayCanvas {
  const canvas = document.createElement('canvas');
  canvas.className = className;
  canvas.setAttribute('aria-hidden', 'true');
  container.appendChild(canvas);
  const ctx = canvas.getContext('2d');
  let frame = 0;
  const redraw = () => {
    frame = 0;
    if (ctx === null) return;
    const w = container.clientWidth;
    const h = container.clientHeight;
    const ratio = window.devicePixelRatio || 1;
    if (canvas.width !== Math.round(w * ratio) || canvas.height !== Math.round(h * ratio)) {
      canvas.width = Math.round(w * ratio);
      canvas.height = Math.round(h * ratio);
    }
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    draw(ctx, w, h);
  };
  return {
    schedule: () => {
      if (frame === 0) frame = requestAnimationFrame(redraw);
    },
    remove: () => {
      cancelAnimationFrame(frame);
      canvas.remove();
    },
  };
}
