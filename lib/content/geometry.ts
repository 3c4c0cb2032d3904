/** Positions in the viewport of the frame this instance draws in, for elements inside same-origin child frames. */

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** The element's border box in `hostWindow`'s viewport, adding the offsets of every frame in between. */
export function rectInHostViewport(element: Element, hostWindow: Window = window): Box {
  const doc = element.ownerDocument;
  let win: Window | null = doc?.defaultView ?? null;
  // An editor whose whole document is the field (TinyMCE's iframe body) is as big as its frame's viewport,
  // however short the text in it is.
  const wholeDocument = !!doc && (element === doc.body || element === doc.documentElement) && win !== hostWindow;
  const rect = wholeDocument && win
    ? { left: 0, top: 0, width: win.innerWidth, height: win.innerHeight }
    : element.getBoundingClientRect();
  let left = rect.left;
  let top = rect.top;
  while (win && win !== hostWindow) {
    let frame: Element | null = null;
    try {
      frame = win.frameElement;
    } catch {
      frame = null;
    }
    if (!frame) break;
    const frameRect = frame.getBoundingClientRect();
    const style = frame.ownerDocument.defaultView?.getComputedStyle(frame);
    left += frameRect.left + frame.clientLeft + (parseFloat(style?.paddingLeft ?? '') || 0);
    top += frameRect.top + frame.clientTop + (parseFloat(style?.paddingTop ?? '') || 0);
    win = win.parent === win ? null : win.parent;
  }
  return { left, top, width: rect.width, height: rect.height };
}

/**
 * Where the launcher goes: the field's bottom-right corner, inside it, like a spell-checker's badge; outside to the
 * right when the field is too small to hold it. Always kept inside the viewport.
 */
export function launcherPosition(
  field: Box,
  size: { width: number; height: number },
  viewport: { width: number; height: number },
  margin = 6,
): { left: number; top: number } {
  const fitsInside = field.width >= size.width * 3 && field.height >= size.height + 2 * margin;
  let left = fitsInside ? field.left + field.width - size.width - margin : field.left + field.width + margin;
  let top = fitsInside ? field.top + field.height - size.height - margin : field.top + (field.height - size.height) / 2;
  // Stay on screen even when the field is partly scrolled away.
  const visibleBottom = Math.min(field.top + field.height, viewport.height);
  if (fitsInside && top + size.height > visibleBottom - margin) top = visibleBottom - size.height - margin;
  left = clamp(left, margin, viewport.width - size.width - margin);
  top = clamp(top, margin, viewport.height - size.height - margin);
  return { left, top };
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(max, value));
}

/** Is any part of the field on screen? (The launcher hides while the field is scrolled out of view.) */
export function isOnScreen(field: Box, viewport: { width: number; height: number }): boolean {
  return field.top + field.height > 0 && field.left + field.width > 0 && field.top < viewport.height && field.left < viewport.width;
}
