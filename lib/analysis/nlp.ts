/**
 * The one place compromise is called. Everything downstream works on plain `Term` objects, so rules and
 * the classifier are testable without knowing compromise, and the per-sentence cache can hold them.
 *
 * compromise/two is enough: it tags (incl. #Passive, #Modal, #Copula...), gives offsets, and `compute('root')`
 * gives lemmas. We never call `verbs().json()` (it is pathologically slow on long texts).
 */
import nlp from 'compromise/two';

export interface Term {
  /** The word as written, without surrounding punctuation or whitespace. */
  text: string;
  /** compromise's normal form: lower case, apostrophes/diacritics normalised. */
  normal: string;
  /** Lemma when compromise knows one (verbs and plural nouns), else the normal form. */
  root: string;
  tags: string[];
  /** UTF-16 offsets of `text` in the string given to `readTerms`, end-exclusive. */
  start: number;
  end: number;
  /** Punctuation/whitespace before and after the word, as compromise split it. */
  pre: string;
  post: string;
}

interface JsonTerm {
  text: string;
  normal?: string;
  root?: string;
  tags?: string[];
  pre?: string;
  post?: string;
  offset: { start: number; length: number };
}

/** Tokenise and tag a piece of text (normally one sentence). Never throws. */
export function readTerms(text: string): Term[] {
  if (!/[\p{L}\p{N}]/u.test(text)) return [];
  let json: { terms: JsonTerm[] }[];
  try {
    const doc = nlp(text);
    doc.compute('root');
    json = doc.json({ offset: true, terms: { offset: true } }) as { terms: JsonTerm[] }[];
  } catch {
    return [];
  }
  const out: Term[] = [];
  for (const s of json) {
    for (const t of s.terms) {
      if (!t.text) continue;
      // compromise's term offset covers the word itself; guard against any drift by searching nearby.
      let start = t.offset.start;
      if (text.slice(start, start + t.text.length) !== t.text) {
        const found = text.indexOf(t.text, Math.max(0, start - 4));
        if (found < 0) continue;
        start = found;
      }
      const normal = t.normal ?? t.text.toLowerCase();
      out.push({
        text: t.text,
        normal,
        root: t.root ?? normal,
        tags: t.tags ?? [],
        start,
        end: start + t.text.length,
        pre: t.pre ?? '',
        post: t.post ?? '',
      });
    }
  }
  return out;
}

export function hasTag(term: Term | undefined, tag: string): boolean {
  return !!term && term.tags.includes(tag);
}
