/** What the highlighter draws. Offsets are UTF-16 offsets into the adapter's getText(). */

/** The finding kinds we underline; any other string works too (drawn like 'other'). */
export type HighlightKind = 'passive' | 'formal' | 'long-sentence' | 'impersonal' | 'active' | (string & {});

export interface HighlightSpan {
  start: number;
  end: number;
  kind: HighlightKind;
}

/** A sentence tinted by its reflection section ("show structure"). */
export interface SectionTint {
  start: number;
  end: number;
  section: string;
  /** Palette slot (the section's position in the framework); defaults to the order sections first appear. */
  index?: number;
}
