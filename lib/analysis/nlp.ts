/**
 * The one place compromise is called. Everything downstream works on plain `Term` objects, so rules and
 * the classifier are testable without knowing compromise, and the per-sentence cache can hold them.
 *
 * compromise/two is enough: it tags (#Modal, #Copula, #PastTense, #Pronoun...), gives offsets, and `compute('root')`
 * gives lemmas. We never call `verbs().json()` (it is pathologically slow on long texts). The parse itself is in
 * ./nlp-fast.ts: the same result as `nlp(text)`, about twice as fast (its post-tagger skips patterns that cannot
 * match; tests/bench/nlp-equivalence.ts checks the terms and tags are identical). We read compromise's terms
 * directly rather than through `.json()`, which copies every term.
 */
import { parseFast } from './nlp-fast';

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

/**
 * compromise slows down far faster than linearly on one enormous "sentence" (a pasted run-on of 20,000 words took
 * ~25 s), so text longer than this is read in pieces cut at a space (after a comma or semicolon when there is one
 * near). Real sentences are far shorter, so ordinary essays never reach this.
 */
const PIECE_CHARS = 2_000;

/** Tokenise and tag a piece of text (normally one sentence). Never throws. */
export function readTerms(text: string): Term[] {
  return readTermsWith(text, readPiece);
}

/**
 * `readTerms` with another way of reading one piece: tests/bench/nlp-equivalence.ts passes the plain-`nlp()` reader
 * to check that the fast parse changes nothing.
 */
export function readTermsWith(text: string, read: (piece: string, shift: number) => Term[]): Term[] {
  if (!/[\p{L}\p{N}]/u.test(text)) return [];
  if (text.length <= PIECE_CHARS) return read(text, 0);
  const out: Term[] = [];
  let from = 0;
  while (from < text.length) {
    const to = pieceEnd(text, from);
    for (const term of read(text.slice(from, to), from)) out.push(term);
    from = to;
  }
  return out;
}

/** Where the piece starting at `from` should end: a space near PIECE_CHARS on, preferably after , or ;. */
function pieceEnd(text: string, from: number): number {
  const limit = from + PIECE_CHARS;
  if (limit >= text.length) return text.length;
  let space = -1;
  for (let i = limit; i > from + PIECE_CHARS / 2; i--) {
    if (/\s/.test(text[i])) {
      if (/[,;:]/.test(text[i - 1])) return i;
      if (space < 0) space = i;
    }
  }
  return space > 0 ? space : limit - (/[\uDC00-\uDFFF]/.test(text[limit]) ? 1 : 0);
}

function readPiece(text: string, shift: number): Term[] {
  if (!/[\p{L}\p{N}]/u.test(text)) return [];
  let sentences: ReturnType<typeof parseFast>;
  try {
    sentences = parseFast(text);
  } catch {
    return [];
  }
  return termsOf(sentences, text, shift);
}

/** A term as compromise holds it (its `docs`) or prints it (`json()`): tags as a Set or an array. */
export interface RawTerm {
  text: string;
  normal?: string;
  root?: string;
  tags?: Iterable<string>;
  pre?: string;
  post?: string;
  offset: { start: number; length: number };
}

/** compromise's terms of one piece as our `Term`s, with offsets shifted into the whole text. */
export function termsOf(sentences: Iterable<Iterable<RawTerm>>, text: string, shift: number): Term[] {
  const out: Term[] = [];
  for (const s of sentences) {
    for (const t of s) {
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
        tags: Array.from(t.tags ?? []),
        start: start + shift,
        end: start + shift + t.text.length,
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
