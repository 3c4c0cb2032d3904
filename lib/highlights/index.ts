export { createHighlighter, type Highlighter, type HighlighterOptions } from './highlighter';
export type { HighlightKind, HighlightSpan, SectionTint } from './types';
export { shiftSpans, findEdit, type Span, type TextEdit } from './shift-spans';
export { KIND_STYLES, TINT_COLOURS, kindName } from './styles';
export { supportsCustomHighlights } from './custom-highlight';
