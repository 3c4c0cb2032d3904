/**
 * One colour per section position (a framework has up to 6 sections), shared by the section cards' swatches and
 * the "show structure" sentence tints in the field, so the trainee can match a tinted sentence to its card.
 * `swatch` is opaque (for the card), `tint` is a translucent background (for text in the field, light or dark page).
 * Chosen to be told apart with common colour-vision differences (Okabe & Ito palette, 2008).
 */
export interface SectionTint {
  swatch: string;
  tint: string;
}

export const SECTION_TINTS: readonly SectionTint[] = [
  { swatch: '#0072b2', tint: 'rgba(0, 114, 178, 0.16)' }, // blue
  { swatch: '#e69f00', tint: 'rgba(230, 159, 0, 0.20)' }, // orange
  { swatch: '#009e73', tint: 'rgba(0, 158, 115, 0.18)' }, // bluish green
  { swatch: '#cc79a7', tint: 'rgba(204, 121, 167, 0.20)' }, // reddish purple
  { swatch: '#56b4e9', tint: 'rgba(86, 180, 233, 0.20)' }, // sky blue
  { swatch: '#d55e00', tint: 'rgba(213, 94, 0, 0.16)' }, // vermilion
];

/** The tint for the section at `index` of the framework (wraps around for longer models). */
export function sectionTint(index: number): SectionTint {
  return SECTION_TINTS[((index % SECTION_TINTS.length) + SECTION_TINTS.length) % SECTION_TINTS.length];
}
