/**
 * Underlines in contenteditable fields with the CSS Custom Highlight API: live Ranges registered in the FIELD's
 * document (`CSS.highlights` of the iframe's window for TinyMCE), painted by ::highlight() rules added through
 * that document's adoptedStyleSheets. Neither shows up as a DOM mutation, and the editor's DOM is never touched.
 *
 * Highlight names are shared per document, so two fields on one page each add and remove only their own ranges
 * in the shared Highlight objects; the style sheet goes away with the last user.
 */
import { kindName, kindStyle, tintDeclarations, tintName, TINT_PRIORITY } from './styles';

type FieldWindow = Window & typeof globalThis;

interface DocumentHighlights {
  sheet: CSSStyleSheet;
  users: number;
  highlights: Map<string, Highlight>;
  ruleNames: Set<string>;
}

const registries = new WeakMap<Document, DocumentHighlights>();

export function supportsCustomHighlights(win: FieldWindow): boolean {
  return typeof win.Highlight === 'function' && !!win.CSS && 'highlights' in win.CSS;
}

function acquire(doc: Document, win: FieldWindow): DocumentHighlights {
  let registry = registries.get(doc);
  if (!registry) {
    // A constructed sheet can only be adopted by the document of the window whose constructor made it.
    const sheet = new win.CSSStyleSheet();
    registry = { sheet, users: 0, highlights: new Map(), ruleNames: new Set() };
    registries.set(doc, registry);
  }
  ensureAdopted(doc, registry.sheet);
  registry.users++;
  return registry;
}

function ensureAdopted(doc: Document, sheet: CSSStyleSheet): void {
  const adopted = doc.adoptedStyleSheets;
  if (!adopted.includes(sheet)) doc.adoptedStyleSheets = [...adopted, sheet];
}

function release(doc: Document, win: FieldWindow): void {
  const registry = registries.get(doc);
  if (!registry) return;
  registry.users--;
  if (registry.users > 0) return;
  for (const [name, highlight] of registry.highlights) {
    if (win.CSS.highlights.get(name) === highlight) win.CSS.highlights.delete(name);
  }
  doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((sheet) => sheet !== registry.sheet);
  registries.delete(doc);
}

export interface PaintedRange {
  /** 'kind:<kind>' or 'tint:<slot>' */
  key: string;
  range: Range;
}

export class CustomHighlightPainter {
  private readonly registry: DocumentHighlights;
  private painted: Array<{ name: string; range: Range }> = [];
  private destroyed = false;

  constructor(
    private readonly doc: Document,
    private readonly win: FieldWindow,
  ) {
    this.registry = acquire(doc, win);
  }

  /**
   * Replace everything this painter drew with these ranges. Ranges equal to one already drawn under the same
   * name keep the one drawn (a live Range follows the editor's DOM edits by itself): a keystroke then changes
   * one or two registrations instead of all of them, and the browser repaints only those, not every underline
   * in a 3,000-word essay (tests/e2e/speed.e2e.test.ts).
   */
  paint(kindRanges: Array<{ kind: string; range: Range }>, tintRanges: Array<{ slot: number; range: Range }>): void {
    if (this.destroyed) return;
    // The page may have replaced adoptedStyleSheets since (some frameworks assign the whole list): re-add ours.
    ensureAdopted(this.doc, this.registry.sheet);
    const wanted: Array<{ name: string; declarations: string; priority: number; range: Range }> = [];
    for (const { slot, range } of tintRanges) {
      wanted.push({ name: tintName(slot), declarations: tintDeclarations(slot), priority: TINT_PRIORITY, range });
    }
    for (const { kind, range } of kindRanges) {
      const style = kindStyle(kind);
      wanted.push({ name: kindName(kind), declarations: style.declarations, priority: style.priority, range });
    }
    const drawn = new Map<string, Array<{ name: string; range: Range }>>();
    for (const entry of this.painted) {
      const key = `${entry.name}|${entry.range.startOffset}|${entry.range.endOffset}`;
      const list = drawn.get(key);
      if (list) list.push(entry);
      else drawn.set(key, [entry]);
    }
    const painted: Array<{ name: string; range: Range }> = [];
    const toAdd: typeof wanted = [];
    for (const entry of wanted) {
      const key = `${entry.name}|${entry.range.startOffset}|${entry.range.endOffset}`;
      const candidates = drawn.get(key);
      const at = candidates ? candidates.findIndex((old) => sameRange(old.range, entry.range)) : -1;
      const highlight = this.registry.highlights.get(entry.name);
      // Kept only while still registered (another script, or our previous run, may have dropped it).
      if (candidates && at >= 0 && highlight && this.win.CSS.highlights.get(entry.name) === highlight && highlight.has(candidates[at].range)) {
        painted.push(candidates[at]);
        candidates.splice(at, 1);
      } else {
        toAdd.push(entry);
      }
    }
    for (const list of drawn.values()) {
      for (const { name, range } of list) this.registry.highlights.get(name)?.delete(range);
    }
    this.painted = painted;
    for (const { name, declarations, priority, range } of toAdd) this.add(name, declarations, priority, range);
  }

  clear(): void {
    for (const { name, range } of this.painted) this.registry.highlights.get(name)?.delete(range);
    this.painted = [];
  }

  destroy(): void {
    if (this.destroyed) return;
    this.clear();
    this.destroyed = true;
    release(this.doc, this.win);
  }

  private add(name: string, declarations: string, priority: number, range: Range): void {
    let highlight = this.registry.highlights.get(name);
    if (!highlight) {
      highlight = new this.win.Highlight();
      highlight.priority = priority;
      this.registry.highlights.set(name, highlight);
    }
    // Another script (or our previous run) may have dropped the registration: put it back.
    if (this.win.CSS.highlights.get(name) !== highlight) this.win.CSS.highlights.set(name, highlight);
    if (!this.registry.ruleNames.has(name)) {
      this.registry.sheet.insertRule(`::highlight(${name}) { ${declarations} }`, this.registry.sheet.cssRules.length);
      this.registry.ruleNames.add(name);
    }
    highlight.add(range);
    this.painted.push({ name, range });
  }
}

function sameRange(a: Range, b: Range): boolean {
  return (
    a.startContainer === b.startContainer &&
    a.startOffset === b.startOffset &&
    a.endContainer === b.endContainer &&
    a.endOffset === b.endOffset
  );
}
