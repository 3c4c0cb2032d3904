/**
 * Inline SVG icons (no image files, no icon fonts: nothing is fetched, page CSP cannot block them).
 * All are decorative: the buttons around them carry the accessible names.
 */

const SVG_PROPS = {
  width: 16,
  height: 16,
  viewBox: '0 0 16 16',
  'aria-hidden': 'true' as const,
  focusable: 'false' as const,
  fill: 'none',
  stroke: 'currentColor',
  'stroke-width': 1.6,
  'stroke-linecap': 'round' as const,
  'stroke-linejoin': 'round' as const,
};

/** A magnifying lens over lines of text: the product's mark. */
export function LensIcon({ size = 16 }: { size?: number }) {
  return (
    <svg {...SVG_PROPS} width={size} height={size}>
      <circle cx="6.5" cy="6.5" r="4.5" />
      <path d="M10 10l4 4" />
      <path d="M4.5 5.5h4M4.5 7.5h3" />
    </svg>
  );
}

export function CloseIcon() {
  return (
    <svg {...SVG_PROPS}>
      <path d="M4 4l8 8M12 4l-8 8" />
    </svg>
  );
}

export function CheckIcon() {
  return (
    <svg {...SVG_PROPS}>
      <path d="M3.5 8.5l3 3 6-7" />
    </svg>
  );
}

/** An open circle: "not there yet" (calmer than a warning sign). */
export function GapIcon() {
  return (
    <svg {...SVG_PROPS}>
      <circle cx="8" cy="8" r="5" stroke-dasharray="2.2 2" />
    </svg>
  );
}

export function StructureIcon() {
  return (
    <svg {...SVG_PROPS}>
      <path d="M2.5 4h6M2.5 8h11M2.5 12h8" />
    </svg>
  );
}
