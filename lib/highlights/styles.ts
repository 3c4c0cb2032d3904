/**
 * How each kind looks. The same look is written twice: as ::highlight() rules for contenteditable fields, and as
 * inline styles for the textarea mirror. Colours are mid-tone so they read on light and dark pages alike; the
 * line style differs by kind as well, so colour is never the only cue.
 */
import type { HighlightKind } from './types';

interface KindStyle {
  /** Declarations valid inside ::highlight() (colour, background, text-decoration). */
  declarations: string;
  /** Painting order: higher draws over lower where ranges overlap. */
  priority: number;
}

const UNDERLINE_EXTRAS = 'text-decoration-thickness: 2px; text-decoration-skip-ink: none; text-underline-offset: 3px';

export const KIND_STYLES: Record<string, KindStyle> = {
  'long-sentence': { declarations: `text-decoration: underline dotted #1c7ed6; ${UNDERLINE_EXTRAS}`, priority: 2 },
  impersonal: { declarations: `text-decoration: underline dashed #868e96; ${UNDERLINE_EXTRAS}`, priority: 3 },
  formal: { declarations: `text-decoration: underline wavy #7048e8; ${UNDERLINE_EXTRAS}`, priority: 4 },
  passive: { declarations: `text-decoration: underline wavy #e8590c; ${UNDERLINE_EXTRAS}`, priority: 5 },
  other: { declarations: `text-decoration: underline wavy #c2255c; ${UNDERLINE_EXTRAS}`, priority: 4 },
  /** The finding the writer just clicked. */
  active: { declarations: 'background-color: rgba(252, 196, 25, 0.45)', priority: 6 },
};

/** Section tints, by palette slot (cycled): soft enough that the text stays readable over them. */
export const TINT_COLOURS = [
  'rgba(51, 154, 240, 0.16)',
  'rgba(64, 192, 87, 0.16)',
  'rgba(190, 75, 219, 0.16)',
  'rgba(253, 126, 20, 0.16)',
  'rgba(21, 170, 191, 0.16)',
  'rgba(230, 73, 128, 0.16)',
];
export const TINT_PRIORITY = 1;

export function kindStyle(kind: HighlightKind): KindStyle {
  return KIND_STYLES[kind] ?? KIND_STYLES.other;
}

/** A CSS identifier for a kind (highlight names are <custom-ident>s). */
export function kindName(kind: HighlightKind): string {
  return `reflect-lens-${String(kind).toLowerCase().replace(/[^a-z0-9-]/g, '-')}`;
}

export function tintName(slot: number): string {
  return `reflect-lens-tint-${slot % TINT_COLOURS.length}`;
}

export function tintDeclarations(slot: number): string {
  return `background-color: ${TINT_COLOURS[slot % TINT_COLOURS.length]}`;
}
