/** The big screen is designed on a fixed 1920×1080 stage and scaled to fit any wall. */
export const STAGE_WIDTH = 1920;
export const STAGE_HEIGHT = 1080;

export type StageFit = { scale: number; left: number; top: number };

/**
 * Contain scaling of the stage into a viewport of `width` × `height` CSS pixels: the largest
 * scale at which the whole stage is visible, centred (letterboxed on the other axis).
 */
export function containFit(width: number, height: number): StageFit {
  if (!(width > 0) || !(height > 0)) return { scale: 1, left: 0, top: 0 };
  const scale = Math.min(width / STAGE_WIDTH, height / STAGE_HEIGHT);
  return { scale, left: (width - STAGE_WIDTH * scale) / 2, top: (height - STAGE_HEIGHT * scale) / 2 };
}

/**
 * The device pixel ratio to give ECharts' canvas so that a chart drawn at stage size stays sharp
 * after the CSS transform: one canvas pixel per device pixel of the wall (3840×2160 at scale 2 →
 * ratio 2). Never below 1; capped at 4 so an 8K wall does not allocate canvases it cannot show.
 */
export function chartPixelRatio(scale: number, devicePixelRatio: number): number {
  const r = scale * (devicePixelRatio > 0 ? devicePixelRatio : 1);
  return Math.min(4, Math.max(1, Math.round(r * 100) / 100));
}
